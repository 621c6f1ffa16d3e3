package dev.precommit.hooks;

import dev.precommit.hooks.builtin.AddedLargeFilesCheck;
import dev.precommit.hooks.builtin.BrokenSymlinksCheck;
import dev.precommit.hooks.builtin.CaseConflictCheck;
import dev.precommit.hooks.builtin.CheckJson;
import dev.precommit.hooks.builtin.CheckToml;
import dev.precommit.hooks.builtin.CheckVcsPermalinks;
import dev.precommit.hooks.builtin.CheckXml;
import dev.precommit.hooks.builtin.CheckYaml;
import dev.precommit.hooks.builtin.DestroyedSymlinksCheck;
import dev.precommit.hooks.builtin.DetectAwsCredentials;
import dev.precommit.hooks.builtin.DetectPrivateKey;
import dev.precommit.hooks.builtin.EndOfFileFixer;
import dev.precommit.hooks.builtin.ExecutablesHaveShebangsCheck;
import dev.precommit.hooks.builtin.FileContentsSorter;
import dev.precommit.hooks.builtin.FixByteOrderMarker;
import dev.precommit.hooks.builtin.ForbidNewSubmodulesCheck;
import dev.precommit.hooks.builtin.ForbidSubmodulesCheck;
import dev.precommit.hooks.builtin.GoogleJavaFormatCheck;
import dev.precommit.hooks.builtin.GradleTestCheck;
import dev.precommit.hooks.builtin.IllegalWindowsNamesCheck;
import dev.precommit.hooks.builtin.MavenTestCheck;
import dev.precommit.hooks.builtin.MergeConflictCheck;
import dev.precommit.hooks.builtin.MixedLineEnding;
import dev.precommit.hooks.builtin.NoCommitToBranchCheck;
import dev.precommit.hooks.builtin.PrettyFormatJson;
import dev.precommit.hooks.builtin.RequirementsTxtFixer;
import dev.precommit.hooks.builtin.ShebangScriptsAreExecutableCheck;
import dev.precommit.hooks.builtin.SortSimpleYaml;
import dev.precommit.hooks.builtin.TrailingWhitespaceFixer;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The checks that run inside the engine, by id. An explicit list: no classpath scanning. */
public final class BuiltinChecks {
  private final Map<String, Check> checks;

  private BuiltinChecks(Map<String, Check> checks) {
    this.checks = checks;
  }

  /** Every built-in check. */
  public static BuiltinChecks standard() {
    Map<String, Check> all = new TreeMap<>();
    // keep-sorted start
    all.put("check-added-large-files", new AddedLargeFilesCheck());
    all.put("check-case-conflict", new CaseConflictCheck());
    all.put("check-executables-have-shebangs", new ExecutablesHaveShebangsCheck());
    all.put("check-illegal-windows-names", new IllegalWindowsNamesCheck());
    all.put("check-json", new CheckJson());
    all.put("check-merge-conflict", new MergeConflictCheck());
    all.put("check-shebang-scripts-are-executable", new ShebangScriptsAreExecutableCheck());
    all.put("check-symlinks", new BrokenSymlinksCheck());
    all.put("check-toml", new CheckToml());
    all.put("check-vcs-permalinks", new CheckVcsPermalinks());
    all.put("check-xml", new CheckXml());
    all.put("check-yaml", new CheckYaml());
    all.put("destroyed-symlinks", new DestroyedSymlinksCheck());
    all.put("detect-aws-credentials", new DetectAwsCredentials());
    all.put("detect-private-key", new DetectPrivateKey());
    all.put("end-of-file-fixer", new EndOfFileFixer());
    all.put("file-contents-sorter", new FileContentsSorter());
    all.put("fix-byte-order-marker", new FixByteOrderMarker());
    all.put("forbid-new-submodules", new ForbidNewSubmodulesCheck());
    all.put("forbid-submodules", new ForbidSubmodulesCheck());
    all.put("google-java-format", new GoogleJavaFormatCheck());
    all.put("gradle-test", new GradleTestCheck());
    all.put("maven-test", new MavenTestCheck());
    all.put("mixed-line-ending", new MixedLineEnding());
    all.put("no-commit-to-branch", new NoCommitToBranchCheck());
    all.put("pretty-format-json", new PrettyFormatJson());
    all.put("requirements-txt-fixer", new RequirementsTxtFixer());
    all.put("sort-simple-yaml", new SortSimpleYaml());
    all.put("trailing-whitespace", new TrailingWhitespaceFixer());
    // keep-sorted end
    return new BuiltinChecks(Map.copyOf(all));
  }

  public Optional<Check> find(String id) {
    return Optional.ofNullable(checks.get(id));
  }

  /** The ids, sorted. */
  public Iterable<String> ids() {
    return new TreeMap<>(checks).keySet();
  }
}
