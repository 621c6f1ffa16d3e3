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
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Binary, truncated and non-UTF-8 content must never crash a check: every check returns a verdict,
 * and fixers are idempotent on whatever they produce.
 */
class ArbitraryBytesTest {
  private static final List<String> FIXER_ARGS = List.of();
  private static final String NOISE = " \r\n\t{}[]\":,#-";

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

  @Test
  void noCheckThrowsOnArbitraryBytes() throws CheckAbortedException {
    Random random = new Random(1234);
    List<FileCheck> checks = allChecks();
    for (int i = 0; i < 2_000; i++) {
      byte[] content = new byte[random.nextInt(65)];
      random.nextBytes(content);
      for (int k = 0; k < content.length; k++) {
        if (random.nextInt(4) == 0) {
          content[k] = (byte) NOISE.charAt(random.nextInt(NOISE.length()));
        }
      }
      checkAll(checks, content);
    }
  }

  private static void checkAll(List<FileCheck> checks, byte[] content) {
    for (FileCheck check : checks) {
      FileVerdict verdict = check.check("f.json", content);
      assertThat(verdict).isNotNull();
      if (verdict.newContent() != null) {
        FileVerdict again = check.check("f.json", verdict.newContent());
        assertThat(
                again.newContent() == null
                    || java.util.Arrays.equals(again.newContent(), verdict.newContent()))
            .as("idempotent: %s", check)
            .isTrue();
      }
    }
  }

  @Test
  void noCheckThrowsOnJsonAndYamlLikeText() throws CheckAbortedException {
    String alphabet = "{}[]:,\"'\\ -#\n\r\tabu0123456789.eE!&*?|>\u00e9\ud83d\ude00";
    Random random = new Random(99);
    List<FileCheck> checks = allChecks();
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(61); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      byte[] content = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      for (FileCheck check : checks) {
        assertThat(check.check("f.yaml", content)).isNotNull();
      }
    }
  }
}
