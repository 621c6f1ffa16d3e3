package dev.precommit.hooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.BuiltinChecks;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FileCheck;
import dev.precommit.hooks.FileVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Binary, truncated and non-UTF-8 content must never crash a check: every check returns a verdict,
 * and fixers are idempotent on whatever they produce.
 */
class ArbitraryBytesTest {
  private static final List<String> FIXER_ARGS = List.of();

  private static List<FileCheck> allChecks() throws CheckAbortedException {
    CheckContext context = new CheckContext(null, null, Map.of(), 1, null, List.of());
    List<FileCheck> checks = new ArrayList<>();
    BuiltinChecks registry = BuiltinChecks.standard();
    for (String id : registry.ids()) {
      if (registry.find(id).orElseThrow() instanceof ContentCheck c
          && !id.equals("detect-aws-credentials")) {
        checks.add(c.prepare(FIXER_ARGS, context));
      }
    }
    return checks;
  }

  @Property(tries = 300)
  void noCheckThrowsOnArbitraryBytes(@ForAll @Size(max = 64) byte[] content)
      throws CheckAbortedException {
    for (FileCheck check : allChecks()) {
      FileVerdict verdict = check.check("f.json", content);
      assertThat(verdict).isNotNull();
      if (verdict.newContent() != null) {
        FileVerdict again = check.check("f.json", verdict.newContent());
        assertThat(again.newContent() == null
                || java.util.Arrays.equals(again.newContent(), verdict.newContent()))
            .as("idempotent: %s", check)
            .isTrue();
      }
    }
  }

  @Property(tries = 200)
  void noCheckThrowsOnJsonAndYamlLikeText(
      @ForAll("structured") String text) throws CheckAbortedException {
    byte[] content = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (FileCheck check : allChecks()) {
      assertThat(check.check("f.yaml", content)).isNotNull();
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> structured() {
    return net.jqwik.api.Arbitraries.strings()
        .withChars("{}[]:,\"'\\ -#\n\r\tabu0123456789.eE!&*?|>")
        .ofMaxLength(60);
  }
}
