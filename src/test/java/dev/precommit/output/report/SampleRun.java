package dev.precommit.output.report;

import dev.precommit.hooks.Finding;
import dev.precommit.run.HookResult.Status;
import java.nio.file.Path;
import java.util.List;

/** A run with one hook in each state, for the report formats' tests. */
public final class SampleRun {
  private SampleRun() {}

  public static HookReport hook(
      String id,
      String name,
      Status status,
      int exitCode,
      boolean modified,
      String output,
      List<Finding> findings) {
    return new HookReport(
        id,
        name,
        status,
        exitCode,
        modified,
        0.25,
        List.of("a.txt", "dir/b c.java"),
        output,
        findings,
        false,
        null);
  }

  /**
   * Passed, failed with findings, failed without (modified files, colourful output with a control
   * character), skipped, no files.
   */
  public static RunReport of(Path root) {
    return new RunReport(
        root,
        ".pre-commit-config.yaml",
        1,
        List.of(
            hook("ok", "ok hook", Status.PASSED, 0, false, "", List.of()),
            hook(
                "lint",
                "lint <java> & more",
                Status.FAILED,
                1,
                false,
                "dir/b c.java:3: missing semicolon\ndir/b c.java:9: \"tab\"\na.txt:1: bad\n",
                List.of(
                    new Finding("dir/b c.java", 3, "missing semicolon"),
                    new Finding("dir/b c.java", 9, "\"tab\""),
                    new Finding("a.txt", 0, "bad"))),
            hook(
                "fix",
                "fixer",
                Status.FAILED,
                0,
                true,
                "\u001b[31mFixing\u001b[m a.txt\u0001\n",
                List.of()),
            hook("skipped", "skipped hook", Status.SKIPPED, 0, false, "", List.of()),
            hook("none", "no files hook", Status.NO_FILES, 0, false, "", List.of())),
        7,
        1.5);
  }
}
