package dev.precommit.hooks.builtin;

import static dev.precommit.hooks.builtin.GitCheckFixture.context;
import static dev.precommit.hooks.builtin.GitCheckFixture.output;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.googlejavaformat.java.Main;
import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.Finding;
import dev.precommit.testing.TempGitRepo;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The oracle is google-java-format's own CLI ({@link Main}) run in-process on a copy of the same
 * file: what it prints to stdout is what {@code --replace} would write.
 */
class GoogleJavaFormatCheckTest {
  private static final String UGLY =
      "package p;\n"
          + "import java.util.Map;\n"
          + "import java.util.List;\n"
          + "import java.io.File;\n"
          + "class A {\n"
          + "/** Doc   comment. */\n"
          + "void f( List<String> x ){ int y=1;\n"
          + "    String s = \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
          + " bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb cccccccccccccccccccccc\";\n"
          + "Map<String,String> m; }\n"
          + "}\n";

  private final GoogleJavaFormatCheck check = new GoogleJavaFormatCheck();
  private TempGitRepo repo;
  private Path oracleDir;

  @BeforeEach
  void setUp(@TempDir Path dir) {
    repo = TempGitRepo.init(dir.resolve("repo"));
    oracleDir = dir.resolve("oracle");
  }

  /**
   * What the gjf CLI prints for {@code source} with {@code flags}: stdout, stderr and exit code.
   */
  private String[] cli(String name, String source, String... flags) throws Exception {
    TempGitRepo.init(oracleDir).write(name, source);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(List.of(flags));
    args.add(oracleDir.resolve(name).toString());
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = new Main(o, e, InputStream.nullInputStream()).format(args.toArray(String[]::new));
    }
    return new String[] {
      out.toString(), err.toString().replace(oracleDir.resolve(name).toString(), name), "" + code
    };
  }

  @Test
  void formatsExactlyAsTheCliAndSaysWhichFilesChanged() throws Exception {
    repo.write("src/A.java", UGLY);

    CheckResult result = check.run(context(repo), List.of("src/A.java"), List.of());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result)).isEqualTo("Formatted src/A.java\n");
    assertThat(result.modifiedFiles()).containsExactly("src/A.java");
    String formatted = repo.read("src/A.java");
    assertThat(formatted).isEqualTo(cli("A.java", UGLY)[0]);
    assertThat(formatted).doesNotContain("java.io.File").contains("    String s =\n");

    CheckResult again = check.run(context(repo), List.of("src/A.java"), List.of());
    assertThat(again.exitCode()).isZero();
    assertThat(output(again)).isEmpty();
    assertThat(again.modifiedFiles()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--aosp",
        "--skip-sorting-imports",
        "--skip-removing-unused-imports",
        "--skip-reflowing-long-strings",
        "--skip-javadoc-formatting"
      })
  void eachOptionMatchesTheCliFlagOfTheSameName(String flag) throws Exception {
    repo.write("A.java", UGLY);

    check.run(context(repo), List.of("A.java"), List.of(flag));

    String expected = cli("A.java", UGLY, flag)[0];
    assertThat(repo.read("A.java")).isEqualTo(expected).isNotEqualTo(cli("B.java", UGLY)[0]);
  }

  @Test
  void checkModeListsFilesAndLeavesThemAlone() throws Exception {
    String clean = cli("Clean.java", UGLY)[0];
    repo.write("A.java", UGLY).write("Clean.java", clean);

    CheckResult result =
        check.run(context(repo), List.of("A.java", "Clean.java"), List.of("--check"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result)).isEqualTo("A.java\n");
    assertThat(result.modifiedFiles()).isEmpty();
    assertThat(repo.read("A.java")).isEqualTo(UGLY);
  }

  @Test
  void syntaxErrorGivesTheClisDiagnosticAndOtherFilesAreStillFormatted() throws Exception {
    String broken = "package p;\n\nclass Bad {\n  void f() { int x = ; }\n}\n";
    repo.write("Bad.java", broken).write("A.java", UGLY);

    CheckResult result = check.run(context(repo), List.of("A.java", "Bad.java"), List.of());

    String[] cli = cli("Bad.java", broken);
    assertThat(cli[2]).isEqualTo("1");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result))
        .isEqualTo("Formatted A.java\n" + cli[1])
        .contains("Bad.java:4:22: error: illegal start of expression\n");
    assertThat(repo.read("Bad.java")).isEqualTo(broken);
    assertThat(result.findings())
        .containsExactly(
            new Finding("A.java", 2, "Formatted A.java"),
            new Finding("Bad.java", 4, "Bad.java:4:22: error: illegal start of expression"));
  }

  @Test
  void manyFilesInParallelGiveTheSameBytesInInputOrder() throws Exception {
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String name = "F" + i + ".java";
      repo.write(name, UGLY.replace("class A", "class F" + i));
      files.add(name);
    }

    CheckResult result = check.run(context(repo), files, List.of());

    StringBuilder expected = new StringBuilder();
    files.forEach(f -> expected.append("Formatted ").append(f).append('\n'));
    assertThat(output(result)).isEqualTo(expected.toString());
    assertThat(repo.read("F17.java"))
        .isEqualTo(cli("F17.java", UGLY.replace("class A", "class F17"))[0]);
  }

  @Test
  void nonJavaFilesAreSkippedAsTheCliSkipsThem() throws Exception {
    repo.write("notes.txt", "not java");

    CheckResult result = check.run(context(repo), List.of("notes.txt"), List.of());

    assertThat(result.exitCode()).isZero();
    assertThat(output(result)).isEqualTo("Skipping non-Java file: notes.txt\n");
    assertThat(repo.read("notes.txt")).isEqualTo("not java");
  }

  @Test
  void unknownOptionIsAUsageError() throws Exception {
    CheckResult result = check.run(context(repo), List.of(), List.of("--frobnicate"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(output(result)).startsWith("google-java-format: unknown option: --frobnicate");
  }
}
