package dev.precommit.hooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathChunksTest {
  @Test
  void groupsStayUnderTheCountAndCharacterLimitsAndKeepOrder() {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      paths.add("dir/file-" + i);
    }
    paths.add("x".repeat(70_000));

    List<List<String>> chunks = PathChunks.of(paths);

    assertThat(chunks).allSatisfy(chunk -> assertThat(chunk).hasSizeLessThanOrEqualTo(2048));
    assertThat(chunks.subList(0, chunks.size() - 1))
        .allSatisfy(
            chunk ->
                assertThat(chunk.stream().mapToInt(p -> p.length() + 1).sum())
                    .isLessThanOrEqualTo(64 * 1024));
    assertThat(chunks.get(chunks.size() - 1)).containsExactly("x".repeat(70_000));
    assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(paths);
    assertThat(PathChunks.of(List.of())).isEmpty();
  }
}
