package dev.precommit.hooks.builtin;

import dev.precommit.config.Stage;
import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code check-executables-have-shebangs}: an executable text file without {@code #!} fails when
 * run, usually because the bit was set by accident. Where git does not trust the file system's
 * executable bit ({@code core.fileMode=false}, as on Windows), the mode staged in the index decides
 * which files are executable.
 */
public final class ExecutablesHaveShebangsCheck implements Check {
  private static final ArgumentParser ARGS =
      new ArgumentParser("check-executables-have-shebangs").strict();

  private static final CheckInfo INFO =
      new CheckInfo(
          "check-executables-have-shebangs",
          "check that executables have shebangs",
          "ensures that (non-binary) executables have a shebang.",
          "",
          "^$",
          List.of("text", "executable"),
          List.of(),
          List.of(),
          List.of(Stage.PRE_COMMIT, Stage.PRE_PUSH, Stage.MANUAL),
          true,
          false,
          false,
          false);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public CheckResult run(CheckContext context, List<String> files, List<String> args)
      throws IOException {
    ArgumentParser.Parsed parsed;
    try {
      parsed = ARGS.parse(args);
    } catch (CheckAbortedException e) {
      return e.toResult();
    }
    List<String> paths = parsed.filenames(files);
    List<String> executables;
    if (context.git().config("core.fileMode").equals("false")) {
      executables = new ArrayList<>();
      for (IndexEntry entry : IndexEntry.of(context.git(), paths)) {
        if (entry.executable()) {
          executables.add(entry.path());
        }
      }
    } else {
      executables = paths;
    }
    List<Boolean> shebangs =
        ParallelFiles.map(
            context.jobs(), executables, file -> Shebang.present(context.root().resolve(file)));
    StringBuilder out = new StringBuilder();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < executables.size(); i++) {
      if (!shebangs.get(i)) {
        String path = executables.get(i);
        String quoted = Shlex.quote(path);
        String headline = path + ": marked executable but has no (or invalid) shebang!";
        findings.add(new Finding(path, 0, headline));
        out.append(headline)
            .append('\n')
            .append("  If it isn't supposed to be executable, try: `chmod -x ")
            .append(quoted)
            .append("`\n")
            .append("  If on Windows, you may also need to: `git add --chmod=-x ")
            .append(quoted)
            .append("`\n")
            .append("  If it is supposed to be executable, double-check its shebang.\n");
      }
    }
    return new CheckResult(
        findings.isEmpty() ? 0 : 1,
        out.toString().getBytes(StandardCharsets.UTF_8),
        Set.of(),
        findings);
  }
}
