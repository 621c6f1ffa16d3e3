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

/** A node hook repository whose package depends on is-number from the npm registry. */
class NodeLanguageTest {
  @TempDir Path tmp;

  @Test
  void installsTheRepositoryAndItsDependencyIntoAPrivatePrefix() throws Exception {
    TempGitRepo work = TempGitRepo.init(tmp.resolve("work")).write("5", "").write("x", "");
    Map<String, String> env = work.env();
    Network.passRegistrySettings(env);
    assumeTrue(NodeLanguage.nodeAvailable(env), "node is not on PATH");
    assumeTrue(
        Network.reachable("https://registry.npmjs.org/"),
        "npm registry unreachable: cannot install is-number");
    TempGitRepo hookRepo =
        TempGitRepo.init(tmp.resolve("nodehooks"))
            .write(
                "package.json",
                "{\"name\": \"num-hook\", \"version\": \"1.0.0\","
                    + " \"bin\": {\"num-hook\": \"index.js\"},"
                    + " \"dependencies\": {\"is-number\": \"7.0.0\"}}\n")
            .write(
                "index.js",
                "#!/usr/bin/env node\n"
                    + "const isNumber = require('is-number');\n"
                    + "let bad = 0;\n"
                    + "for (const f of process.argv.slice(2)) {\n"
                    + "  console.log(f + ' ' + isNumber(f));\n"
                    + "  if (!isNumber(f)) bad++;\n"
                    + "}\n"
                    + "process.exit(bad ? 1 : 0);\n")
            .executable("index.js")
            .write(
                ".pre-commit-hooks.yaml",
                "- id: num\n  name: Numbers\n  entry: num-hook\n  language: node\n")
            .stageAll()
            .commit("hooks");
    hookRepo.git("tag", "v1");
    Store store = Store.forEnvironment(env);
    RepoConfig repo =
        new RepoConfig(hookRepo.root().toString(), "v1", List.of(Map.of("id", "num")));
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

    Language node = languages.find("node").orElseThrow();
    assertThat(((EnvironmentLanguage) node).isInstalled(hook, context)).isTrue();
    assertThat(hook.prefix().resolve("node_env-default/bin/num-hook")).exists();
    ProcessResult ok = node.run(hook, List.of("5"), context);
    assertThat(ok.outputText()).isEqualTo("5 true\n");
    assertThat(ok.exitCode()).isZero();
    ProcessResult failed = node.run(hook, List.of("5", "x"), context);
    assertThat(failed.outputText()).isEqualTo("5 true\nx false\n");
    assertThat(failed.exitCode()).isEqualTo(1);
  }
}
