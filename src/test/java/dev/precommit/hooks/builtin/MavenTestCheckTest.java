package dev.precommit.hooks.builtin;

import static dev.precommit.hooks.builtin.GitCheckFixture.context;
import static dev.precommit.hooks.builtin.GitCheckFixture.output;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.CheckResult;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenTestCheckTest {
  private final MavenTestCheck check = new MavenTestCheck();
  private TempGitRepo repo;

  @BeforeEach
  void setUp(@TempDir Path dir) {
    repo = TempGitRepo.init(dir.resolve("repo"));
  }

  private static String pom(String artifact, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
        + "  <modelVersion>4.0.0</modelVersion>\n"
        + "  <groupId>t</groupId>\n"
        + "  <artifactId>"
        + artifact
        + "</artifactId>\n"
        + "  <version>1</version>\n"
        + body
        + "</project>\n";
  }

  private static String modules(String... names) {
    StringBuilder out = new StringBuilder("  <packaging>pom</packaging>\n  <modules>\n");
    for (String name : names) {
      out.append("    <module>").append(name).append("</module>\n");
    }
    return out.append("  </modules>\n").toString();
  }

  /** A wrapper that prints its arguments and exits 3: shows the exact command the check ran. */
  private void fakeWrapper() {
    repo.write("mvnw", "#!/bin/sh\necho \"args: $*\"\nexit 3\n").executable("mvnw");
  }

  @Test
  void reactorModulesAreReadRecursivelyAndProfilesLeftOut() throws Exception {
    repo.write(
        "pom.xml",
        pom(
            "root",
            modules("a", "c", "b/pom.xml")
                + "  <profiles><profile><id>x</id><modules><module>extra</module></modules>"
                + "</profile></profiles>\n"));
    repo.write("c/pom.xml", pom("c", modules("d")));
    repo.write("b/pom.xml", pom("b", ""));

    MavenReactor reactor = MavenReactor.read(repo.root());

    assertThat(reactor.modules()).containsExactlyInAnyOrder("a", "b", "c", "c/d");
    assertThat(reactor.moduleOf("c/d/src/main/java/X.java")).contains("c/d");
    assertThat(reactor.moduleOf("c/README")).contains("c");
    assertThat(reactor.moduleOf("extra/src/X.java")).isEmpty();
    assertThat(reactor.moduleOf("README.md")).isEmpty();
  }

  @Test
  void changedFilesSelectTheirModules() {
    MavenReactor reactor = new MavenReactor(java.util.Set.of("a", "b", "c/d"));

    assertThat(MavenTestCheck.select(reactor, List.of("b/src/X.java", "a/pom.xml", "b/y")))
        .contains(List.of("a", "b"));
    assertThat(MavenTestCheck.select(reactor, List.of("README.md", "docs/x.md"))).isEmpty();
    assertThat(MavenTestCheck.select(reactor, List.of("b/x", "pom.xml"))).contains(List.of());
    assertThat(MavenTestCheck.select(reactor, List.of(".mvn/maven.config"))).contains(List.of());
    assertThat(MavenTestCheck.select(new MavenReactor(java.util.Set.of()), List.of("README.md")))
        .contains(List.of());
    assertThat(MavenTestCheck.select(reactor, List.of())).isEqualTo(Optional.empty());
  }

  @Test
  void wrapperRunsWithTheSelectedModulesAndItsExitCodeIsTheChecks() throws Exception {
    repo.write("pom.xml", pom("root", modules("a", "b")));
    fakeWrapper();

    CheckResult result = check.run(context(repo), List.of("b/src/X.java"), List.of("-o"));

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(output(result))
        .isEqualTo("maven-test: ./mvnw -B -q -o -pl b -am test\nargs: -B -q -o -pl b -am test\n");
  }

  @Test
  void withoutFilesTheStagedFilesDecideAndAllModulesRunsEverything() throws Exception {
    repo.write("pom.xml", pom("root", modules("a", "b")));
    fakeWrapper();
    repo.write("a/src/X.java", "class X {}").stage("a/src/X.java");

    CheckResult staged = check.run(context(repo), List.of(), List.of());
    CheckResult all = check.run(context(repo), List.of("a/src/X.java"), List.of("--all-modules"));

    assertThat(output(staged)).endsWith("args: -B -q -pl a -am test\n");
    assertThat(output(all)).isEqualTo("maven-test: ./mvnw -B -q test\nargs: -B -q test\n");
  }

  @Test
  void filesOutsideEveryModuleRunNothing() throws Exception {
    repo.write("pom.xml", pom("root", modules("a")));
    fakeWrapper();

    CheckResult result = check.run(context(repo), List.of("README.md"), List.of());

    assertThat(result.exitCode()).isZero();
    assertThat(output(result))
        .isEqualTo("maven-test: no Maven module contains the changed files\n");
  }

  @Test
  void noPomIsAClearFailure() throws Exception {
    CheckResult result = check.run(context(repo), List.of("x"), List.of());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result))
        .isEqualTo("maven-test: no pom.xml at the repository root (" + repo.root() + ")\n");
  }

  /**
   * A real two-module build, offline against the local repository: module a has a failing test, b a
   * passing one, and neither depends on the other.
   */
  @Test
  void realMavenRunsOnlyTheChangedModulesTests() throws Exception {
    String plugins =
        "  <properties><maven.compiler.release>17</maven.compiler.release>"
            + "<project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>\n"
            + "  <dependencies><dependency><groupId>org.junit.jupiter</groupId>"
            + "<artifactId>junit-jupiter</artifactId><version>5.14.1</version>"
            + "<scope>test</scope></dependency></dependencies>\n"
            + "  <build><pluginManagement><plugins>\n"
            + plugin("maven-resources-plugin", "3.3.1")
            + plugin("maven-compiler-plugin", "3.14.0")
            + plugin("maven-surefire-plugin", "3.5.4")
            + "  </plugins></pluginManagement></build>\n";
    repo.write("pom.xml", pom("root", modules("a", "b") + plugins));
    for (String module : List.of("a", "b")) {
      repo.write(
          module + "/pom.xml",
          "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
              + "<parent><groupId>t</groupId><artifactId>root</artifactId><version>1</version>"
              + "</parent><artifactId>"
              + module
              + "</artifactId></project>\n");
    }
    repo.write(
        "a/src/test/java/t/ATest.java",
        "package t;\n"
            + "class ATest {\n"
            + "  @org.junit.jupiter.api.Test\n"
            + "  void fails() { org.junit.jupiter.api.Assertions.fail(\"module a is broken\"); }\n"
            + "}\n");
    repo.write(
        "b/src/test/java/t/BTest.java",
        "package t;\nclass BTest {\n  @org.junit.jupiter.api.Test\n  void passes() {}\n}\n");
    String localRepo =
        System.getProperty(
            "maven.repo.local",
            Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
    List<String> args = List.of("-o", "-Dmaven.repo.local=" + localRepo);
    Map<String, String> fastJvm = Map.of("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");

    CheckResult onlyB =
        check.run(context(repo, fastJvm), List.of("b/src/test/java/t/BTest.java"), args);

    assertThat(onlyB.exitCode()).as(output(onlyB)).isZero();
    assertThat(output(onlyB)).startsWith("maven-test: mvn -B -q -o -Dmaven.repo.local=");
    assertThat(repo.path("b/target/test-classes/t/BTest.class")).exists();
    assertThat(repo.path("a/target")).doesNotExist();

    CheckResult onlyA =
        check.run(context(repo, fastJvm), List.of("a/src/test/java/t/ATest.java"), args);

    assertThat(onlyA.exitCode()).isEqualTo(1);
    assertThat(output(onlyA)).contains("ATest.fails:4 module a is broken");
    assertThat(Files.exists(repo.path("a/target/surefire-reports"))).isTrue();
  }

  private static String plugin(String artifact, String version) {
    return "    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>"
        + artifact
        + "</artifactId><version>"
        + version
        + "</version></plugin>\n";
  }
}
