package dev.precommit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.TempGitRepo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoupdateCommandTest {
  @TempDir Path tmp;
  TempGitRepo hooks;
  TempGitRepo other;
  TempGitRepo work;
  String v110;
  String head;
  ByteArrayOutputStream out = new ByteArrayOutputStream();
  ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static final String MANIFEST =
      "- id: a\n  name: A\n  entry: echo a\n  language: system\n"
          + "- id: b\n  name: B\n  entry: echo b\n  language: system\n";

  @BeforeEach
  void setUp() {
    hooks = TempGitRepo.init(tmp.resolve("hooks"));
    hooks.write(".pre-commit-hooks.yaml", MANIFEST).stageAll().commit("1");
    hooks.git("tag", "v1.0.0");
    hooks.write("x", "2").stageAll().commit("2");
    hooks.git("tag", "-a", "v1.1.0", "-m", "release 1.1.0");
    hooks.git("tag", "stable");
    v110 = hooks.git("rev-parse", "v1.1.0").strip();
    hooks.write("x", "3").stageAll().commit("3");
    head = hooks.git("rev-parse", "HEAD").strip();
    other = TempGitRepo.init(tmp.resolve("other"));
    other.write(".pre-commit-hooks.yaml", MANIFEST).stageAll().commit("1");
    other.git("tag", "v2.0");
    work = TempGitRepo.init(tmp.resolve("work"));
  }

  private int autoupdate(String config, String... args) {
    work.write(".pre-commit-config.yaml", config);
    String[] all = new String[args.length + 1];
    all[0] = "autoupdate";
    System.arraycopy(args, 0, all, 1, args.length);
    return new Cli(new ByteArrayInputStream(new byte[0]), out, err, work.root(), work.env())
        .execute(all);
  }

  private String config(String hooksRev, String otherRev) {
    return "# my hooks\n"
        + "repos:\n"
        + "-   repo: ../hooks\n"
        + "    rev: "
        + hooksRev
        + "   # keep me\n"
        + "    hooks:\n"
        + "    -   id: a\n"
        + "-   repo: local\n"
        + "    hooks:\n"
        + "    -   id: l\n        name: l\n        entry: x\n        language: system\n"
        + "-   repo: ../other\n"
        + "    rev: "
        + otherRev
        + "\n"
        + "    hooks: [{id: b}]\n";
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void updatesToTheLatestTagKeepingTheRestOfTheFile() {
    int rc = autoupdate(config("v1.0.0", "v2.0"));
    assertThat(stdout())
        .isEqualTo("[../hooks] updating v1.0.0 -> v1.1.0\n[../other] already up to date!\n");
    assertThat(rc).isZero();
    assertThat(work.read(".pre-commit-config.yaml")).isEqualTo(config("v1.1.0", "v2.0"));
  }

  @Test
  void keepsQuotesAndCrLf() {
    String before = config("'v1.0.0'", "\"v2.0\"").replace("\n", "\r\n");
    int rc = autoupdate(before);
    assertThat(rc).isZero();
    assertThat(work.read(".pre-commit-config.yaml"))
        .isEqualTo(config("'v1.1.0'", "\"v2.0\"").replace("\n", "\r\n"));
  }

  @Test
  void freezeWritesTheShaAndTheTagAsComment() {
    int rc = autoupdate(config("v1.0.0", "v2.0"), "--freeze", "--repo", "../hooks");
    assertThat(rc).isZero();
    assertThat(stdout()).isEqualTo("[../hooks] updating v1.0.0 -> v1.1.0 (frozen)\n");
    String frozen = work.read(".pre-commit-config.yaml");
    assertThat(frozen).contains("    rev: " + v110 + "  # frozen: v1.1.0\n");
    assertThat(frozen).contains("    rev: v2.0\n");

    // Moving off a frozen rev drops the stale comment.
    out.reset();
    work.write(".pre-commit-config.yaml", frozen);
    autoupdate(frozen.replace(v110, "v1.0.0"), "--bleeding-edge", "--repo", "../hooks");
    assertThat(work.read(".pre-commit-config.yaml")).contains("    rev: " + head + "\n");
  }

  @Test
  void bleedingEdgeTakesHeadOrTheTagExactlyThere() {
    int rc = autoupdate(config("v1.0.0", "v1.0"), "--bleeding-edge", "-j", "2");
    assertThat(rc).isZero();
    assertThat(stdout())
        .isEqualTo(
            "[../hooks] updating v1.0.0 -> " + head + "\n[../other] updating v1.0 -> v2.0\n");
  }

  @Test
  void aRemovedHookBlocksTheUpdate() {
    hooks
        .write(".pre-commit-hooks.yaml", "- id: b\n  name: B\n  entry: b\n  language: system\n")
        .stageAll()
        .commit("drop a");
    hooks.git("tag", "v2.0.0");
    String config = config("v1.0.0", "v2.0");
    int rc = autoupdate(config, "--repo", "../hooks");
    assertThat(rc).isEqualTo(1);
    assertThat(stdout())
        .isEqualTo(
            "[../hooks] Cannot update because the update target is missing these hooks: a\n");
    assertThat(work.read(".pre-commit-config.yaml")).isEqualTo(config);
  }

  @Test
  void anUnknownRepoIsAnError() {
    int rc = autoupdate(config("v1.0.0", "v2.0"), "--repo", "../nope");
    assertThat(rc).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("repos (../nope) were not found in ");
  }
}
