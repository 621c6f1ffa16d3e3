package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.config.HookConfig;
import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import dev.precommit.testing.TempGitRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pygrep's output, per pre-commit's pygrep module: {@code file:line:content}, or the file name. */
class PygrepLanguageTest {
  @TempDir Path dir;
  private TempGitRepo repo;

  @BeforeEach
  void setUp() {
    repo = TempGitRepo.init(dir.resolve("r"));
  }

  private ProcessResult grep(String pattern, List<String> args, String... files) throws Exception {
    HookConfig base = HookConfig.of("g", "g", pattern, "pygrep");
    HookConfig config =
        new HookConfig(
            base.id(),
            base.name(),
            base.entry(),
            base.language(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            args,
            false,
            false,
            true,
            null,
            null,
            null,
            false,
            null,
            false,
            null,
            null);
    HookContext context = new HookContext(repo.root(), repo.env(), 2, false, dir);
    return new PygrepLanguage()
        .run(new Hook("local", config, repo.root()), List.of(files), context);
  }

  @Test
  void printsEachMatchingLineWithoutItsLineEnding() throws Exception {
    repo.write("a.txt", "ok\nhas TODO\r\nfine\nTODO again").write("b.txt", "clean\n");

    ProcessResult result = grep("TODO", List.of(), "a.txt", "b.txt");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outputText()).isEqualTo("a.txt:2:has TODO\na.txt:4:TODO again\n");
  }

  @Test
  void passesWhenNothingMatches() throws Exception {
    repo.write("b.txt", "clean\n");
    ProcessResult result = grep("TODO", List.of(), "b.txt");
    assertThat(result.exitCode()).isZero();
    assertThat(result.output()).isEmpty();
  }

  @Test
  void ignoreCase() throws Exception {
    repo.write("a.txt", "todo\n");
    assertThat(grep("TODO", List.of(), "a.txt").exitCode()).isZero();
    assertThat(grep("TODO", List.of("-i"), "a.txt").outputText()).isEqualTo("a.txt:1:todo\n");
  }

  @Test
  void dollarMatchesBeforeTheLineEnding() throws Exception {
    repo.write("a.txt", "trailing \nnone\n");
    assertThat(grep(" $", List.of(), "a.txt").outputText()).isEqualTo("a.txt:1:trailing \n");
  }

  @Test
  void multilineShowsTheWholeFirstLineAndTheRestOfTheMatch() throws Exception {
    repo.write("a.txt", "one\nfoo(\n  bar)\nend\n");
    ProcessResult result = grep("\\(\\s+bar", List.of("--multiline"), "a.txt");
    assertThat(result.outputText()).isEqualTo("a.txt:2:foo(\n  bar\n");
  }

  @Test
  void negateFailsFilesWithoutAMatch() throws Exception {
    repo.write("a.txt", "Copyright 2026\n").write("b.txt", "nothing\n").write("empty.txt", "");
    ProcessResult result = grep("Copyright", List.of("--negate"), "a.txt", "b.txt", "empty.txt");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outputText()).isEqualTo("b.txt\nempty.txt\n");
    assertThat(grep("Copy.*2026", List.of("--negate", "--multiline"), "a.txt").exitCode()).isZero();
  }

  @Test
  void binaryAndNonUtf8ContentIsMatchedByteForByte() throws Exception {
    byte[] content = {'o', 'k', '\n', (byte) 0xff, 'T', 'O', 'D', 'O', 0, '\n'};
    repo.write("bin.dat", content);
    ProcessResult result = grep("TODO", List.of(), "bin.dat");
    byte[] expected = {
      'b', 'i', 'n', '.', 'd', 'a', 't', ':', '2', ':', (byte) 0xff, 'T', 'O', 'D', 'O', 0, '\n'
    };
    assertThat(result.output()).isEqualTo(expected);
  }

  @Test
  void nonAsciiPatternsMatchTheirUtf8Bytes() throws Exception {
    repo.write("a.txt", "naïve\n");
    assertThat(grep("ï", List.of(), "a.txt").output())
        .isEqualTo("a.txt:1:naïve\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void badRegexNamesTheHookAndPattern() throws Exception {
    repo.write("a.txt", "x\n");
    ProcessResult result = grep("(unclosed", List.of(), "a.txt");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outputText()).startsWith("hook `g` has an invalid regex `(unclosed`: ");
  }

  @Test
  void unknownArgumentIsAUsageError() throws Exception {
    repo.write("a.txt", "x\n");
    ProcessResult result = grep("x", List.of("--bogus"), "a.txt");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.outputText()).contains("unrecognized arguments: --bogus");
  }
}
