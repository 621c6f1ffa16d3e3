package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.config.Config;
import dev.precommit.config.RepoConfig;
import dev.precommit.config.Stage;
import dev.precommit.output.Output;
import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import dev.precommit.repo.HookResolver;
import dev.precommit.repo.RepoCloner;
import dev.precommit.repo.Store;
import dev.precommit.testing.TempGitRepo;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code language: java}: a hook repository that is a Maven project, built with mvn. */
class JavaLanguageTest {
  private static final String POM =
      "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
          + "  <modelVersion>4.0.0</modelVersion>\n"
          + "  <groupId>demo</groupId><artifactId>hello-hook</artifactId><version>1.0</version>\n"
          + "  <properties><maven.compiler.release>17</maven.compiler.release>\n"
          + "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>\n"
          + "  <build><pluginManagement><plugins>\n"
          + plugin("maven-compiler-plugin", "3.14.0")
          + plugin("maven-resources-plugin", "3.3.1")
          + plugin("maven-jar-plugin", "3.4.2")
          + plugin("maven-surefire-plugin", "3.5.4")
          + plugin("maven-dependency-plugin", "3.9.0")
          + "  </plugins></pluginManagement></build>\n"
          + "</project>\n";

  @TempDir Path tmp;

  private static String plugin(String artifact, String version) {
    return "    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>"
        + artifact
        + "</artifactId><version>"
        + version
        + "</version></plugin>\n";
  }

  @Test
  void buildsTheProjectAndRunsItsMainClassInProcess() throws Exception {
    TempGitRepo work = TempGitRepo.init(tmp.resolve("work")).write("ok.txt", "fine\n");
    Map<String, String> env = work.env();
    assumeTrue(Executables.find("mvn", env).isPresent(), "mvn is not on PATH");
    TempGitRepo hookRepo =
        TempGitRepo.init(tmp.resolve("javahooks"))
            .write("pom.xml", POM)
            .write(
                "src/main/java/demo/Hello.java",
                "package demo;\n"
                    + "public class Hello {\n"
                    + "  public static void main(String[] args) {\n"
                    + "    System.out.println(\"hello \" + String.join(\" \", args));\n"
                    + "    System.exit(args.length > 2 ? 2 : 0);\n"
                    + "  }\n"
                    + "}\n")
            .write(
                ".pre-commit-hooks.yaml",
                "- id: hello\n  name: Hello\n  entry: demo.Hello --greet\n  language: java\n")
            .stageAll()
            .commit("hooks");
    hookRepo.git("tag", "v1");
    Store store = Store.forEnvironment(env);
    RepoConfig repo =
        new RepoConfig(hookRepo.root().toString(), "v1", List.of(Map.of("id", "hello")));
    Config config =
        new Config(
            work.path(".pre-commit-config.yaml"),
            "0",
            List.of(repo),
            List.of(Stage.PRE_COMMIT),
            Map.of(),
            List.of(Stage.values()),
            "",
            "^$",
            false);
    Hook hook =
        new HookResolver(store, new RepoCloner(work.root()), m -> {}, w -> {})
            .resolve(repo, config)
            .get(0);
    HookContext context = new HookContext(work.root(), env, 1, false, store.dir());
    Languages languages = Languages.standard();
    new EnvironmentSetup(languages)
        .install(
            List.of(hook),
            context,
            new Output(OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), false));
    Language java = languages.find("java").orElseThrow();
    assertThat(((EnvironmentLanguage) java).isInstalled(hook, context)).isTrue();

    ProcessResult ok = java.run(hook, List.of("ok.txt"), context);
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.outputText()).isEqualTo("hello --greet " + work.path("ok.txt") + "\n");
    ProcessResult failed = java.run(hook, List.of("a", "b"), context);
    assertThat(failed.exitCode()).isEqualTo(2);
  }
}
