package dev.precommit.repo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which pre-commit-hooks revs the in-process checks answer for (the shipped table). */
class RevTableTest {
  private final RevTable table = RevTable.load("pre-commit-hooks.tsv");

  @Test
  void aHookAnswersFromItsSinceReleaseOnByTagOrCommit() {
    assertThat(table.answers("trailing-whitespace", "v6.0.0")).isTrue();
    assertThat(table.answers("trailing-whitespace", "v4.1.0")).isTrue();
    assertThat(table.answers("check-toml", "v4.3.0")).isTrue();
    assertThat(table.answers("check-toml", "v4.2.0")).isFalse();
    // autoupdate --freeze writes the tag's commit
    assertThat(table.answers("trailing-whitespace", "cef0300fd0fc4d2a87a85fa2093c6b283ea36f4b"))
        .isTrue();
    assertThat(table.answers("trailing-whitespace", "CEF0300FD0FC4D2A87A85FA2093C6B283EA36F4B"))
        .isTrue();
    assertThat(table.answers("check-shebang-scripts-are-executable", "v6.0.0")).isTrue();
    assertThat(table.answers("check-shebang-scripts-are-executable", "v5.0.0")).isFalse();
    assertThat(table.answers("pretty-format-json", "v4.6.0")).isFalse();
    assertThat(table.answers("check-illegal-windows-names", "v4.6.0")).isFalse();
  }

  @Test
  void hooksWhoseOlderScriptsDifferOnlyInSyntaxAnswerForOlderReleases() {
    // trailing-whitespace's script is the same but for Python 2 syntax back to v2.4.0 (--chars).
    assertThat(table.answers("trailing-whitespace", "v4.0.1")).isTrue();
    assertThat(table.answers("trailing-whitespace", "v3.4.0")).isTrue();
    assertThat(table.answers("trailing-whitespace", "6e2418c5521b7d606e72914dced3253f9ace1205"))
        .isTrue();
    assertThat(table.answers("trailing-whitespace", "v2.4.0")).isTrue();
    assertThat(table.answers("trailing-whitespace", "v2.3.0")).isFalse();
    assertThat(table.answers("end-of-file-fixer", "v2.2.0")).isTrue();
    assertThat(table.answers("end-of-file-fixer", "v2.1.0")).isFalse();
    assertThat(table.answers("check-json", "v4.0.0")).isTrue();
    assertThat(table.answers("check-yaml", "v3.0.0")).isTrue();
    // v2.x's check-yaml read files in the locale's encoding.
    assertThat(table.answers("check-yaml", "v2.5.0")).isFalse();
    // v3.4.0's check-json let duplicate keys pass; its check-merge-conflict and
    // detect-private-key differ too: they still clone.
    assertThat(table.answers("check-json", "v3.4.0")).isFalse();
    assertThat(table.answers("check-merge-conflict", "v3.4.0")).isFalse();
    assertThat(table.answers("detect-private-key", "v4.0.1")).isFalse();
    assertThat(table.answers("no-commit-to-branch", "v4.0.0")).isTrue();
    assertThat(table.answers("forbid-new-submodules", "v4.0.1")).isFalse();
  }

  @Test
  void olderReleasesGiveTheirManifestsNames() {
    assertThat(table.oldName("trailing-whitespace", "v3.4.0")).hasValue("Trim Trailing Whitespace");
    assertThat(table.oldName("trailing-whitespace", "38b88246ccc552bffaaf54259d064beeee434539"))
        .hasValue("Trim Trailing Whitespace");
    assertThat(table.oldName("trailing-whitespace", "v4.1.0")).isEmpty();
    assertThat(table.oldName("trailing-whitespace", "main")).isEmpty();
    assertThat(table.oldName("fix-byte-order-marker", "v3.3.0"))
        .hasValue("fix UTF-8 byte order marker");
  }

  @Test
  void anOlderRevResolvesInProcessUnderItsOldNameAndTheRestClones() {
    String text =
        "repos:\n- repo: https://github.com/pre-commit/pre-commit-hooks\n  rev: v3.4.0\n"
            + "  hooks:\n  - id: trailing-whitespace\n  - id: check-merge-conflict\n"
            + "  - id: end-of-file-fixer\n    name: eof\n";
    dev.precommit.config.Config config =
        dev.precommit.config.ConfigLoader.parse(text, ".pre-commit-config.yaml").config();
    java.util.List<String> cloned = new java.util.ArrayList<>();
    java.util.List<Hook> hooks =
        ConfiguredHooks.resolve(
            config,
            java.nio.file.Path.of("/work"),
            dev.precommit.hooks.BuiltinChecks.standard(),
            dev.precommit.hooks.meta.MetaHooks.standard(),
            null,
            repo -> {
              java.util.List<Hook> out = new java.util.ArrayList<>();
              for (java.util.Map<String, Object> entry : repo.hooks()) {
                cloned.add((String) entry.get("id"));
                out.add(
                    new Hook(
                        repo.repo(),
                        dev.precommit.config.HookConfigs.fromLocal(
                            java.util.Map.of(
                                "id", entry.get("id"),
                                "name", "from clone",
                                "entry", "x",
                                "language", "python"),
                            config),
                        java.nio.file.Path.of("/work")));
              }
              return out;
            });
    assertThat(cloned).containsExactly("check-merge-conflict");
    assertThat(hooks)
        .extracting(h -> h.config().language())
        .containsExactly("builtin", "python", "builtin");
    assertThat(hooks)
        .extracting(h -> h.config().name())
        .containsExactly("Trim Trailing Whitespace", "from clone", "eof");
  }

  @Test
  void otherRevsAndIdsRunTheRealHook() {
    assertThat(table.answers("trailing-whitespace", "main")).isFalse();
    assertThat(table.answers("trailing-whitespace", "v6.0.1")).isFalse();
    assertThat(table.answers("trailing-whitespace", "cef0300")).isFalse();
    assertThat(table.answers("trailing-whitespace", "0".repeat(40))).isFalse();
    // Python-parsing hooks, and precommit's own checks that pre-commit-hooks does not have.
    assertThat(table.answers("check-ast", "v6.0.0")).isFalse();
    assertThat(table.answers("google-java-format", "v6.0.0")).isFalse();
    assertThat(table.answers("maven-test", "v6.0.0")).isFalse();
  }

  @Test
  void everyIdOfTheTableIsAnInProcessCheck() {
    dev.precommit.hooks.BuiltinChecks builtins = dev.precommit.hooks.BuiltinChecks.standard();
    for (String id : table.ids()) {
      assertThat(builtins.find(id)).as(id).isPresent();
    }
  }
}
