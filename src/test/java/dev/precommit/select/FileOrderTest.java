package dev.precommit.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Expected values come from CPython 3.11: {@code random.Random(1542676187).shuffle(list)}. */
class FileOrderTest {

  private static List<Integer> shuffled(int n) {
    return FileOrder.shuffle(IntStream.range(0, n).boxed().toList());
  }

  private static String sha256(String text) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String joined(List<Integer> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  @Test
  void ordersGitsSortedListAsPreCommitWasObservedTo() {
    List<String> files =
        List.of(".pre-commit-config.yaml", "a.txt", "b.py", "d.txt", "f.txt", "g.txt");

    assertThat(FileOrder.shuffle(files))
        .containsExactly(".pre-commit-config.yaml", "b.py", "g.txt", "a.txt", "d.txt", "f.txt");
  }

  @Test
  void generatorMatchesCpythonsFirstWords() {
    FileOrder.MersenneTwister random = new FileOrder.MersenneTwister(FileOrder.SEED);

    assertThat(List.of(random.bits(32), random.bits(32), random.bits(32), random.bits(32)))
        .containsExactly(2472326011L, 2061721674L, 2625518588L, 881996946L);
  }

  @Test
  void smallListsMatchCpython() {
    assertThat(shuffled(0)).isEmpty();
    assertThat(shuffled(1)).containsExactly(0);
    assertThat(shuffled(3)).containsExactly(0, 1, 2);
    assertThat(shuffled(4)).containsExactly(1, 0, 2, 3);
    assertThat(shuffled(7)).containsExactly(0, 2, 5, 1, 6, 3, 4);
    assertThat(shuffled(8)).containsExactly(0, 5, 3, 6, 2, 1, 4, 7);
    assertThat(shuffled(9)).containsExactly(4, 0, 5, 1, 8, 6, 2, 3, 7);
    assertThat(shuffled(12)).containsExactly(4, 0, 6, 1, 8, 10, 2, 5, 3, 11, 7, 9);
  }

  @Test
  void everySizeUpToFiftyMatchesCpython() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int n = 0; n <= 50; n++) {
      lines.append(n).append(':').append(joined(shuffled(n))).append('\n');
    }

    assertThat(sha256(lines.toString()))
        .isEqualTo("447a8deed08a647e827c8fb93279c9c4abf59d20e5d107bc868b109c473429e9");
  }

  @Test
  void tenThousandFilesMatchCpython() throws Exception {
    List<Integer> order = shuffled(10_000);

    assertThat(order.subList(0, 10))
        .containsExactly(4868, 6136, 1611, 7780, 1739, 6226, 2093, 6532, 9338, 592);
    assertThat(order.subList(9_995, 10_000)).containsExactly(5413, 5126, 3364, 7864, 9431);
    assertThat(sha256(joined(order)))
        .isEqualTo("080f625f19261b2d875c680c8d5b95653136bfb2352521c113b5dbd2b983b966");
  }

  @Test
  void leavesTheInputAlone() {
    List<String> files = new ArrayList<>(List.of("a", "b", "c", "d"));

    List<String> result = FileOrder.shuffle(files);

    assertThat(files).containsExactly("a", "b", "c", "d");
    assertThat(result).containsExactlyInAnyOrder("a", "b", "c", "d");
  }
}
