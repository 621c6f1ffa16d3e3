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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The checks that run inside the engine, by id. An explicit list: no classpath scanning. */
public final class BuiltinChecks {
  private final Map<String, Supplier<Check>> checks;
  private final Map<String, Check> built = new ConcurrentHashMap<>();

  private BuiltinChecks(Map<String, Supplier<Check>> checks) {
    this.checks = checks;
  }

  /**
   * Every built-in check. Each is built on first use, so a run loads only the classes (and the
   * parsers behind them) of the checks its config names.
   */
  public static BuiltinChecks standard() {
    Map<String, Supplier<Check>> all = new TreeMap<>();
    // keep-sorted start
    all.put("check-added-large-files", AddedLargeFilesCheck::new);
    all.put("check-case-conflict", CaseConflictCheck::new);
    all.put("check-executables-have-shebangs", ExecutablesHaveShebangsCheck::new);
    all.put("check-illegal-windows-names", IllegalWindowsNamesCheck::new);
    all.put("check-json", CheckJson::new);
    all.put("check-merge-conflict", MergeConflictCheck::new);
    all.put("check-shebang-scripts-are-executable", ShebangScriptsAreExecutableCheck::new);
    all.put("check-symlinks", BrokenSymlinksCheck::new);
    all.put("check-toml", CheckToml::new);
    all.put("check-vcs-permalinks", CheckVcsPermalinks::new);
    all.put("check-xml", CheckXml::new);
    all.put("check-yaml", CheckYaml::new);
    all.put("destroyed-symlinks", DestroyedSymlinksCheck::new);
    all.put("detect-aws-credentials", DetectAwsCredentials::new);
    all.put("detect-private-key", DetectPrivateKey::new);
    all.put("end-of-file-fixer", EndOfFileFixer::new);
    all.put("file-contents-sorter", FileContentsSorter::new);
    all.put("fix-byte-order-marker", FixByteOrderMarker::new);
    all.put("forbid-new-submodules", ForbidNewSubmodulesCheck::new);
    all.put("forbid-submodules", ForbidSubmodulesCheck::new);
    all.put("google-java-format", GoogleJavaFormatCheck::new);
    all.put("gradle-test", GradleTestCheck::new);
    all.put("maven-test", MavenTestCheck::new);
    all.put("mixed-line-ending", MixedLineEnding::new);
    all.put("no-commit-to-branch", NoCommitToBranchCheck::new);
    all.put("pretty-format-json", PrettyFormatJson::new);
    all.put("requirements-txt-fixer", RequirementsTxtFixer::new);
    all.put("sort-simple-yaml", SortSimpleYaml::new);
    all.put("trailing-whitespace", TrailingWhitespaceFixer::new);
    // keep-sorted end
    return new BuiltinChecks(Map.copyOf(all));
  }

  public Optional<Check> find(String id) {
    Supplier<Check> factory = checks.get(id);
    return factory == null
        ? Optional.empty()
        : Optional.of(built.computeIfAbsent(id, unused -> factory.get()));
  }

  /** The ids, sorted. */
  public Iterable<String> ids() {
    return new TreeMap<>(checks).keySet();
  }
}
