package dev.precommit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.TempGitRepo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** try-repo with node hooks that need no packages (fast and offline; node must be installed). */
class TryRepoCommandTest {
  private static final String RULE = "=".repeat(79);

  @TempDir Path tmp;
  TempGitRepo hooks;
  TempGitRepo work;
  String head;
  ByteArrayOutputStream out = new ByteArrayOutputStream();
  ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void setUp() throws IOException {
    work = TempGitRepo.init(tmp.resolve("work"));
    boolean node;
    try {
      node = ProcessRunner.merged(work.env()).run(List.of("node", "--version"), tmp).succeeded();
    } catch (IOException e) {
      node = false;
    }
    assumeTrue(node, "node is not on PATH");
    hooks = TempGitRepo.init(tmp.resolve("hooks"));
    hooks.write(".pre-commit-hooks.yaml", manifest("ok")).stageAll().commit("hooks");
    head = hooks.git("rev-parse", "HEAD").strip();
    work.write("a.txt", "a\n").write("b.md", "b\n").stageAll().commit("files");
  }

  private static String manifest(String word) {
    return "- id: zeta\n  name: Zeta\n  entry: node -e \"process.exit(1)\"\n  language: node\n"
        + "  files: \\.md$\n"
        + "- id: alpha\n  name: Alpha\n"
        + "  entry: node -e \"console.log('"
        + word
        + "', process.argv.slice(1).join(' '))\"\n"
        + "  language: node\n  files: \\.txt$\n  verbose: true\n";
  }

  private int tryRepo(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "try-repo";
    System.arraycopy(args, 0, all, 1, args.length);
    return new Cli(new ByteArrayInputStream(new byte[0]), out, err, work.root(), work.env())
        .execute(all);
  }

  @Test
  void oneHookAtHead() {
    int rc = tryRepo("../hooks", "alpha", "--all-files");
    assertThat(
            out.toString(StandardCharsets.UTF_8)
                .replaceAll("- duration: [0-9.]+s", "- duration: Ns"))
        .isEqualTo(
            RULE
                + "\nUsing config:\n"
                + RULE
                + "\n"
                + "repos:\n-   repo: ../hooks\n    rev: "
                + head
                + "\n    hooks:\n"
                + "    -   id: alpha\n"
                + RULE
                + "\n"
                + "[INFO] Initializing environment for ../hooks.\n"
                + "[INFO] Installing environment for ../hooks.\n"
                + "[INFO] Once installed this environment will be reused.\n"
                + "[INFO] This may take a few minutes...\n"
                + "Alpha"
                + ".".repeat(68)
                + "Passed\n"
                + "- hook id: alpha\n- duration: Ns\n\nok a.txt\n\n");
    assertThat(rc).isZero();
  }

  @Test
  void allHooksSortedByIdAndUncommittedChangesAreTried() {
    hooks.write(".pre-commit-hooks.yaml", manifest("changed"));
    int rc = tryRepo("../hooks", "--all-files");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("[WARNING] Creating temporary repo with uncommitted changes...\n");
    assertThat(text).contains("    hooks:\n    -   id: alpha\n    -   id: zeta\n" + RULE + "\n");
    assertThat(text).contains("\nchanged a.txt\n");
    assertThat(text)
        .contains("Zeta" + ".".repeat(69) + "Failed\n- hook id: zeta\n- exit code: 1\n");
    assertThat(rc).isEqualTo(1);
  }

  @Test
  void explicitRef() {
    hooks.git("tag", "v1");
    hooks.write(".pre-commit-hooks.yaml", manifest("two")).stageAll().commit("two");
    int rc = tryRepo(hooks.root().toString(), "alpha", "--ref", "v1", "--files", "a.txt");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("    rev: v1\n")
        .contains("\nok a.txt\n");
    assertThat(rc).isZero();
  }
}
