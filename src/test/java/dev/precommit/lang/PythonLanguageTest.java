package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.FatalException;
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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A python hook repository (setup.py + console script, no dependencies), end to end. */
class PythonLanguageTest {
  @TempDir Path tmp;

  @Test
  void installsOnceRunsAndRebuildsABrokenOrHalfBuiltEnvironment() throws Exception {
    TempGitRepo work = TempGitRepo.init(tmp.resolve("work"));
    Map<String, String> env = work.env();
    // pip fetches setuptools to build the hook: give it the developer's registry settings (the
    // isolated HOME hides them), and fail over at once from an unreachable index.
    Network.passRegistrySettings(env);
    env.put("PIP_RETRIES", "0");
    assumeTrue(Executables.find("python3", env).isPresent(), "python3 is not on PATH");
    TempGitRepo hookRepo =
        TempGitRepo.init(tmp.resolve("pyhooks"))
            .write(
                "setup.py",
                "from setuptools import setup\n"
                    + "setup(name='hello', version='1.0', packages=['hello'],\n"
                    + "      entry_points={'console_scripts': ['hello-hook=hello:main']})\n")
            .write(
                "hello/__init__.py",
                "import sys\n"
                    + "def main():\n"
                    + "    print('hello', *sys.argv[1:])\n"
                    + "    return 1 if any('bad' in open(f).read() for f in sys.argv[2:]) else 0\n")
            .write(
                ".pre-commit-hooks.yaml",
                "- id: hello\n  name: Hello\n  entry: hello-hook\n  language: python\n")
            .stageAll()
            .commit("hooks");
    hookRepo.git("tag", "v1");
    work.write("good.txt", "fine\n").write("bad.txt", "bad\n");

    Store store = Store.forEnvironment(env);
    RepoConfig repo =
        new RepoConfig(
            hookRepo.root().toString(),
            "v1",
            List.of(Map.of("id", "hello", "args", List.of("-v"))));
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
    Language python = languages.find("python").orElseThrow();

    String installLog;
    try {
      installLog = install(languages, hook, context);
    } catch (FatalException e) {
      assumeFalse(
          e.getMessage().contains("No matching distribution found for setuptools"),
          "no Python package index reachable to build the hook: " + e.getMessage());
      throw e;
    }
    assertThat(installLog)
        .isEqualTo(
            "[INFO] Installing environment for "
                + hookRepo.root()
                + ".\n"
                + "[INFO] Once installed this environment will be reused.\n"
                + "[INFO] This may take a few minutes...\n");
    Path envDir = hook.prefix().resolve("py_env-default");
    assertThat(envDir.resolve(EnvironmentDir.MARKER)).exists();

    ProcessResult good = python.run(hook, List.of("good.txt"), context);
    assertThat(good.outputText()).isEqualTo("hello -v good.txt\n");
    assertThat(good.exitCode()).isZero();
    ProcessResult bad = python.run(hook, List.of("good.txt", "bad.txt"), context);
    assertThat(bad.exitCode()).isEqualTo(1);

    // Installed: a second install says nothing and changes nothing.
    assertThat(install(languages, hook, context)).isEmpty();
  }

  @Test
  void aHalfBuiltOrBrokenEnvironmentIsRebuilt() throws Exception {
    TempGitRepo work = TempGitRepo.init(tmp.resolve("work"));
    Map<String, String> env = work.env();
    assumeTrue(Executables.find("python3", env).isPresent(), "python3 is not on PATH");
    // A local hook without dependencies: its environment is a bare venv under the store.
    Hook hook =
        Hooks.of(
            "local",
            work.root(),
            "python",
            "python -c 'import sys; print(sys.prefix)'",
            List.of(),
            List.of());
    Store store = Store.forEnvironment(env);
    HookContext context = new HookContext(work.root(), env, 1, false, store.dir());
    Languages languages = Languages.standard();
    EnvironmentLanguage python = (EnvironmentLanguage) languages.find("python").orElseThrow();
    install(languages, hook, context);
    Path envDir = EnvironmentDir.of(hook, context, PythonLanguage.ENV_DIR);
    assertThat(envDir.getParent()).isEqualTo(store.localEnvironments());
    assertThat(python.run(hook, List.of(), context).outputText().strip())
        .isEqualTo(envDir.toString());

    // A killed install leaves no marker: the environment is not used but rebuilt.
    Files.delete(envDir.resolve(EnvironmentDir.MARKER));
    Files.writeString(envDir.resolve("half-written"), "x");
    assertThat(python.isInstalled(hook, context)).isFalse();
    assertThat(install(languages, hook, context)).contains("Installing environment for local.");
    assertThat(envDir.resolve("half-written")).doesNotExist();
    assertThat(python.isInstalled(hook, context)).isTrue();

    // A broken interpreter fails the health check and is rebuilt too.
    Files.delete(envDir.resolve("bin/python"));
    assertThat(python.isInstalled(hook, context)).isFalse();
    install(languages, hook, context);
    assertThat(python.run(hook, List.of(), context).outputText().strip())
        .isEqualTo(envDir.toString());
  }

  private static String install(Languages languages, Hook hook, HookContext context)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EnvironmentSetup(languages)
        .install(List.of(hook), context, new Output(out, new ByteArrayOutputStream(), false));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aBareLanguageVersionNamesThePythonOfThatVersionAsVirtualenvReadsIt() {
    assertThat(PythonLanguage.interpreterName("default")).isEqualTo("python3");
    assertThat(PythonLanguage.interpreterName("3.10")).isEqualTo("python3.10");
    assertThat(PythonLanguage.interpreterName("3.10.4")).isEqualTo("python3.10");
    assertThat(PythonLanguage.interpreterName("3")).isEqualTo("python3");
    assertThat(PythonLanguage.interpreterName("python3.11")).isEqualTo("python3.11");
    assertThat(PythonLanguage.interpreterName("/opt/py/bin/python"))
        .isEqualTo("/opt/py/bin/python");
  }
}
