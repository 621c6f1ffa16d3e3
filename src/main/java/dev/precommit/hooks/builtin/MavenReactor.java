package dev.precommit.hooks.builtin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The modules of a Maven build, read from the root {@code pom.xml} and, recursively, from each
 * module's: the directories {@code -pl} accepts. Modules listed only inside {@code <profiles>} are
 * left out, since {@code -pl} fails on a module whose profile is not active; files in them count as
 * files of the nearest enclosing module.
 *
 * @param modules module directories relative to the root, with {@code /}; the root is not one
 */
record MavenReactor(Set<String> modules) {

  MavenReactor {
    modules = Set.copyOf(modules);
  }

  /** True for a project with no {@code <modules>}: it is its own only module. */
  boolean singleModule() {
    return modules.isEmpty();
  }

  /**
   * Reads the reactor rooted at {@code root}.
   *
   * @throws IOException when a pom cannot be read or is not well-formed XML
   */
  static MavenReactor read(Path root) throws IOException {
    Set<String> modules = new TreeSet<>();
    collect(root, root, modules, new LinkedHashSet<>());
    return new MavenReactor(modules);
  }

  private static void collect(Path root, Path pom, Set<String> modules, Set<Path> visited)
      throws IOException {
    Path pomFile = Files.isRegularFile(pom) ? pom : pom.resolve("pom.xml");
    if (!visited.add(pomFile.normalize()) || !Files.isRegularFile(pomFile)) {
      return;
    }
    for (String module : moduleEntries(pomFile)) {
      Path target = pomFile.getParent().resolve(module).normalize();
      Path directory = Files.isRegularFile(target) ? target.getParent() : target;
      if (directory == null || !directory.startsWith(root) || directory.equals(root)) {
        continue;
      }
      modules.add(root.relativize(directory).toString().replace('\\', '/'));
      collect(root, target, modules, visited);
    }
  }

  /** The text of {@code project/modules/module} (and Maven 4's {@code subprojects/subproject}). */
  static List<String> moduleEntries(Path pomFile) throws IOException {
    Document document;
    try {
      DocumentBuilder builder = secureFactory().newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      document = builder.parse(pomFile.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(pomFile + " is not a readable pom: " + e.getMessage(), e);
    }
    Element project = document.getDocumentElement();
    List<String> entries = new ArrayList<>();
    for (String[] names : new String[][] {{"modules", "module"}, {"subprojects", "subproject"}}) {
      for (Element list : children(project, names[0])) {
        for (Element module : children(list, names[1])) {
          String text = module.getTextContent().strip();
          if (!text.isEmpty()) {
            entries.add(text);
          }
        }
      }
    }
    return entries;
  }

  /**
   * The reactor module that owns {@code file}: its nearest enclosing module directory, or empty
   * when only the root encloses it.
   */
  Optional<String> moduleOf(String file) {
    String directory = file;
    for (int slash = directory.lastIndexOf('/'); slash > 0; slash = directory.lastIndexOf('/')) {
      directory = directory.substring(0, slash);
      if (modules.contains(directory)) {
        return Optional.of(directory);
      }
    }
    return Optional.empty();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && name.equals(localName(element))) {
        found.add(element);
      }
    }
    return found;
  }

  private static String localName(Element element) {
    return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
  }

  private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }
}
