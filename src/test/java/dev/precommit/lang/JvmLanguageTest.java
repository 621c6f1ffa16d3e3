package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.output.Output;
import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import dev.precommit.repo.Store;
import dev.precommit.testing.TempGitRepo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language: jvm}: a tool jar served from a Maven repository the test makes (offline), and
 * checkstyle from Maven Central (skipped with a message when Central is unreachable).
 */
class JvmLanguageTest {
  private static final String TOOL =
      "package demo;\n"
          + "public class Tool {\n"
          + "  public static void main(String[] args) {\n"
          + "    System.out.println(\"out \" + String.join(\" \", args));\n"
          + "    System.err.println(\"err\");\n"
          + "    if (args[0].equals(\"--exit\")) System.exit(Integer.parseInt(args[1]));\n"
          + "    if (args[0].equals(\"--runtime\")) Runtime.getRuntime().exit(5);\n"
          + "    if (args[0].equals(\"--throw\")) throw new IllegalStateException(\"boom\");\n"
          + "    System.out.println(\"cl \" + (Tool.class.getClassLoader().getParent()"
          + " == ClassLoader.getPlatformClassLoader()));\n"
          + "  }\n"
          + "}\n";

  @TempDir Path tmp;
  TempGitRepo work;
  Map<String, String> env;
  HookContext context;
  Languages languages = Languages.standard();
  Language jvm = languages.find("jvm").orElseThrow();

  @BeforeEach
  void setUp() {
    work = TempGitRepo.init(tmp.resolve("work")).write("A.java", "class A {}\n");
    env = work.env();
    context = new HookContext(work.root(), env, 1, false, Store.forEnvironment(env).dir());
  }

  private Hook toolHook(List<String> args) {
    return Hooks.of("local", work.root(), "jvm", "demo.Tool", args, List.of("demo:tool:1.0"));
  }

  @Test
  void runsTheMainClassInProcessAndContainsSystemExit() throws Exception {
    Path repo = mavenRepoWithTool();
    env.put("PRECOMMIT_MAVEN_REPOSITORY", repo.toUri().toString());
    context = new HookContext(work.root(), env, 1, false, Store.forEnvironment(env).dir());
    install(toolHook(List.of()));

    ProcessResult plain = jvm.run(toolHook(List.of("--plain")), List.of("A.java"), context);
    assertThat(plain.exitCode()).isZero();
    // The engine's working directory is not the work tree here: files are passed absolute.
    String file = work.path("A.java").toString();
    assertThat(plain.outputText()).isEqualTo("out --plain " + file + "\nerr\ncl true\n");

    ProcessResult exit = jvm.run(toolHook(List.of("--exit", "3")), List.of("A.java"), context);
    assertThat(exit.exitCode()).isEqualTo(3);
    assertThat(exit.outputText()).isEqualTo("out --exit 3 " + file + "\nerr\n");

    assertThat(jvm.run(toolHook(List.of("--runtime")), List.of(), context).exitCode()).isEqualTo(5);

    ProcessResult thrown = jvm.run(toolHook(List.of("--throw")), List.of(), context);
    assertThat(thrown.exitCode()).isEqualTo(1);
    assertThat(thrown.outputText())
        .startsWith(
            "out --throw\nerr\nException in thread \"main\" java.lang.IllegalStateException: boom");

    Hook missing =
        Hooks.of("local", work.root(), "jvm", "demo.Nope", List.of(), List.of("demo:tool:1.0"));
    ProcessResult notFound = jvm.run(missing, List.of(), context);
    assertThat(notFound.exitCode()).isEqualTo(1);
    assertThat(notFound.outputText())
        .isEqualTo(
            "Error: could not find or load main class demo.Nope in the hook's"
                + " additional_dependencies\n");
    // The engine's own streams were given back.
    assertThat(System.out).isNotNull();
  }

  @Test
  void aHookWithoutAnArtifactIsNamedBeforeAnythingIsInstalled() {
    Hook bare = Hooks.of("local", work.root(), "jvm", "demo.Tool", List.of(), List.of());
    assertThat(jvm.missingToolchain(bare, Map.of()))
        .contains(
            "hook `"
                + bare.id()
                + "` (language jvm) names no Maven artifact: list the tool as"
                + " additional_dependencies, e.g. com.puppycrawl.tools:checkstyle:12.3.1");
    assertThat(jvm.missingToolchain(toolHook(List.of()), Map.of())).isEmpty();
  }

  @Test
  void checkstyleFromMavenCentral() throws Exception {
    assumeTrue(
        Network.reachable(MavenDependencies.CENTRAL),
        "Maven Central unreachable: cannot resolve checkstyle");
    work.write("Bad.java", "public class Bad {\n  public void f() { int x = 1 ; }\n}\n");
    Hook checkstyle =
        Hooks.of(
            "local",
            work.root(),
            "jvm",
            "com.puppycrawl.tools.checkstyle.Main -c /sun_checks.xml",
            List.of(),
            List.of("com.puppycrawl.tools:checkstyle:12.3.1"));
    install(checkstyle);
    ProcessResult result = jvm.run(checkstyle, List.of("Bad.java"), context);
    // Checkstyle calls System.exit(<error count>) when it finds errors: contained, not fatal.
    assertThat(result.exitCode()).isPositive();
    assertThat(result.outputText()).contains("Bad.java:2:", "Checkstyle ends with");
  }

  private void install(Hook hook) throws IOException {
    new EnvironmentSetup(languages)
        .install(
            List.of(hook),
            context,
            new Output(OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), false));
    assertThat(((EnvironmentLanguage) jvm).isInstalled(hook, context)).isTrue();
  }

  /** A Maven repository directory holding demo:tool:1.0 (the class above, compiled now). */
  private Path mavenRepoWithTool() throws IOException {
    Path src = tmp.resolve("src/demo/Tool.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, TOOL);
    Path classes = tmp.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int rc = javac.run(null, log, log, "-d", classes.toString(), src.toString());
    assertThat(rc).as(log.toString()).isZero();
    Path repo = tmp.resolve("m2");
    Path dir = repo.resolve("demo/tool/1.0");
    Files.createDirectories(dir);
    try (JarOutputStream jar =
            new JarOutputStream(Files.newOutputStream(dir.resolve("tool-1.0.jar")));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        jar.putNextEntry(new JarEntry(classes.relativize(file).toString()));
        jar.write(Files.readAllBytes(file));
        jar.closeEntry();
      }
    }
    Files.writeString(
        dir.resolve("tool-1.0.pom"),
        "<project><modelVersion>4.0.0</modelVersion><groupId>demo</groupId>"
            + "<artifactId>tool</artifactId><version>1.0</version></project>\n");
    return repo;
  }
}
