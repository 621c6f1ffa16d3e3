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
import dev.precommit.hooks.builtin.NameTestsTest;
import dev.precommit.hooks.builtin.NoCommitToBranchCheck;
import dev.precommit.hooks.builtin.PrettyFormatJson;
import dev.precommit.hooks.builtin.RequirementsTxtFixer;
import dev.precommit.hooks.builtin.ShebangScriptsAreExecutableCheck;
import dev.precommit.hooks.builtin.SortSimpleYaml;
import dev.precommit.hooks.builtin.TrailingWhitespaceFixer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The checks that run inside the engine, by id. An explicit list: no classpath scanning. */
public final class BuiltinChecks {
  /** Every id, sorted. */
  private static final List<String> IDS =
      List.of(
          // keep-sorted start
          "check-added-large-files",
          "check-case-conflict",
          "check-executables-have-shebangs",
          "check-illegal-windows-names",
          "check-json",
          "check-merge-conflict",
          "check-shebang-scripts-are-executable",
          "check-symlinks",
          "check-toml",
          "check-vcs-permalinks",
          "check-xml",
          "check-yaml",
          "destroyed-symlinks",
          "detect-aws-credentials",
          "detect-private-key",
          "end-of-file-fixer",
          "file-contents-sorter",
          "fix-byte-order-marker",
          "forbid-new-submodules",
          "forbid-submodules",
          "google-java-format",
          "gradle-test",
          "maven-test",
          "mixed-line-ending",
          "name-tests-test",
          "no-commit-to-branch",
          "pretty-format-json",
          "requirements-txt-fixer",
          "sort-simple-yaml",
          "trailing-whitespace"
          // keep-sorted end
          );

  private final Map<String, Check> built = new ConcurrentHashMap<>();

  private BuiltinChecks() {}

  /**
   * Every built-in check. Each is built on first use, so a run loads only the classes (and the
   * parsers behind them) of the checks its config names. A switch rather than a map of constructor
   * references: those cost a lambda each at start-up, on every commit.
   */
  public static BuiltinChecks standard() {
    return new BuiltinChecks();
  }

  public Optional<Check> find(String id) {
    if (!IDS.contains(id)) {
      return Optional.empty();
    }
    return Optional.of(built.computeIfAbsent(id, BuiltinChecks::create));
  }

  private static Check create(String id) {
    return switch (id) {
      case "check-added-large-files" -> new AddedLargeFilesCheck();
      case "check-case-conflict" -> new CaseConflictCheck();
      case "check-executables-have-shebangs" -> new ExecutablesHaveShebangsCheck();
      case "check-illegal-windows-names" -> new IllegalWindowsNamesCheck();
      case "check-json" -> new CheckJson();
      case "check-merge-conflict" -> new MergeConflictCheck();
      case "check-shebang-scripts-are-executable" -> new ShebangScriptsAreExecutableCheck();
      case "check-symlinks" -> new BrokenSymlinksCheck();
      case "check-toml" -> new CheckToml();
      case "check-vcs-permalinks" -> new CheckVcsPermalinks();
      case "check-xml" -> new CheckXml();
      case "check-yaml" -> new CheckYaml();
      case "destroyed-symlinks" -> new DestroyedSymlinksCheck();
      case "detect-aws-credentials" -> new DetectAwsCredentials();
      case "detect-private-key" -> new DetectPrivateKey();
      case "end-of-file-fixer" -> new EndOfFileFixer();
      case "file-contents-sorter" -> new FileContentsSorter();
      case "fix-byte-order-marker" -> new FixByteOrderMarker();
      case "forbid-new-submodules" -> new ForbidNewSubmodulesCheck();
      case "forbid-submodules" -> new ForbidSubmodulesCheck();
      case "google-java-format" -> new GoogleJavaFormatCheck();
      case "gradle-test" -> new GradleTestCheck();
      case "maven-test" -> new MavenTestCheck();
      case "mixed-line-ending" -> new MixedLineEnding();
      case "name-tests-test" -> new NameTestsTest();
      case "no-commit-to-branch" -> new NoCommitToBranchCheck();
      case "pretty-format-json" -> new PrettyFormatJson();
      case "requirements-txt-fixer" -> new RequirementsTxtFixer();
      case "sort-simple-yaml" -> new SortSimpleYaml();
      case "trailing-whitespace" -> new TrailingWhitespaceFixer();
      default -> throw new IllegalArgumentException("no built-in check " + id);
    };
  }

  /** The ids, sorted. */
  public Iterable<String> ids() {
    return IDS;
  }
}
