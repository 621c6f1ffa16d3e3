package dev.precommit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XargsTest {

  @Test
  void argumentLengthsAreTheirUtf8Length() {
    for (String s :
        List.of(
            "",
            "a.txt",
            "caf\u00e9/\u00fc.md",
            "\u65e5\u672c.py",
            "\ud83d\ude00.txt",
            "x\ud800y",
            "\udc00")) {
      assertThat(Xargs.length(s))
          .as(s)
          .isEqualTo(s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
  }

  @Test
  void partitionsAtLeastFourArgumentsEach() throws Exception {
    List<String> files = IntStream.range(0, 10).mapToObj(i -> "f" + i).toList();
    List<List<String>> batches = Xargs.partition(List.of("cmd"), files, 8, 131072);
    assertThat(batches).hasSize(3);
    assertThat(batches.get(0)).containsExactly("cmd", "f0", "f1", "f2", "f3");
    assertThat(batches.get(2)).containsExactly("cmd", "f8", "f9");
  }

  @Test
  void partitionsEvenlyOverJobs() throws Exception {
    List<String> files = IntStream.range(0, 10).mapToObj(i -> "f" + i).toList();
    assertThat(Xargs.partition(List.of("cmd"), files, 2, 131072)).hasSize(2);
    assertThat(Xargs.partition(List.of("cmd"), files, 1, 131072)).hasSize(1);
  }

  @Test
  void noFilesStillRunsTheCommandOnce() throws Exception {
    assertThat(Xargs.partition(List.of("cmd", "-x"), List.of(), 4, 131072))
        .containsExactly(List.of("cmd", "-x"));
  }

  @Test
  void respectsTheLengthLimit() throws Exception {
    // "cmd" + 1 = 4; each "aaaa" costs 5: 4 + 5 + 5 = 14 fits in 15, a third does not.
    List<String> files = List.of("aaaa", "bbbb", "cccc");
    assertThat(Xargs.partition(List.of("cmd"), files, 1, 15))
        .containsExactly(List.of("cmd", "aaaa", "bbbb"), List.of("cmd", "cccc"));
  }

  @Test
  void anArgumentLongerThanTheLimitIsAnError() {
    assertThatThrownBy(() -> Xargs.partition(List.of("cmd"), List.of("x".repeat(100)), 1, 50))
        .isInstanceOf(Xargs.ArgumentTooLongException.class);
  }

  @Test
  void maxLengthIsClampedAsInPreCommit() {
    assertThat(Xargs.maxLength(Map.of())).isEqualTo(131072);
    assertThat(Xargs.maxLength(Map.of("BIG", "x".repeat(3_000_000)))).isEqualTo(4096);
  }

  @Test
  void runsBatchesAndJoinsOutputInBatchOrder(@TempDir Path dir) throws Exception {
    Map<String, String> env = TempGitRepo.isolatedEnv(dir);
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      files.add(String.format("file%02d", i));
    }
    ProcessResult result = new Xargs(ProcessRunner.merged(env), dir).run(List.of("echo"), files, 4);
    assertThat(result.exitCode()).isZero();
    String[] lines = result.outputText().split("\n");
    assertThat(lines).hasSize(4);
    assertThat(String.join(" ", lines)).isEqualTo(String.join(" ", files));
  }

  @Test
  void exitCodeIsTheLargestInMagnitude(@TempDir Path dir) throws Exception {
    Map<String, String> env = TempGitRepo.isolatedEnv(dir);
    List<String> command =
        List.of("sh", "-c", "for f; do case $f in *3) exit 3;; *5) exit 5;; esac; done", "sh");
    List<String> files = IntStream.range(0, 8).mapToObj(i -> "f" + i).toList();
    ProcessResult result = new Xargs(ProcessRunner.merged(env), dir).run(command, files, 2);
    assertThat(result.exitCode()).isEqualTo(5);
  }

  @Test
  void missingExecutableIsReportedAsOutput(@TempDir Path dir) throws Exception {
    ProcessResult result =
        new Xargs(ProcessRunner.merged(TempGitRepo.isolatedEnv(dir)), dir)
            .run(List.of("does-not-exist"), List.of("a"), 1);
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outputText()).isEqualTo("Executable `does-not-exist` not found");
  }
}
