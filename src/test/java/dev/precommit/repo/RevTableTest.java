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
    assertThat(table.answers("trailing-whitespace", "v4.0.1")).isFalse();
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
