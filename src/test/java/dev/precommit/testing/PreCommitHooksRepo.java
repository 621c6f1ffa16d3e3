package dev.precommit.testing;

import dev.precommit.lang.Network;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A local stand-in for https://github.com/pre-commit/pre-commit-hooks at one release, made from
 * that release's source distribution on PyPI (downloaded once into {@code target/}): the sdist's
 * files committed and tagged {@code vX.Y.Z}. The sdist has no {@code .pre-commit-hooks.yaml}, so
 * the fixture writes one with the release's entries for the hooks the tests use (ids, names,
 * entries, filters as the release's manifest has them); the hooks' code is the release's own.
 *
 * <p>Tests reach it under its GitHub URL through git's {@code url.<base>.insteadOf} ({@link
 * #redirect}), as a company mirror would be reached.
 */
public final class PreCommitHooksRepo {
  public static final String URL = "https://github.com/pre-commit/pre-commit-hooks";

  private static final Path CACHE = Path.of("target", "pre-commit-hooks-sdist").toAbsolutePath();

  private PreCommitHooksRepo() {}

  /**
   * The repository at {@code version} (e.g. {@code 6.0.0}) in {@code dir}, or the reason it cannot
   * be made here (PyPI unreachable, no python3).
   */
  public static Result make(String version, Path dir) throws IOException {
    Path sdist = CACHE.resolve("pre_commit_hooks-" + version + ".tar.gz");
    if (!Files.exists(sdist)) {
      Map<String, String> env = new HashMap<>(System.getenv());
      Network.passRegistrySettings(env);
      env.put("PIP_RETRIES", "0");
      Files.createDirectories(CACHE);
      ProcessResult download =
          ProcessRunner.merged(env)
              .run(
                  List.of(
                      "python3",
                      "-m",
                      "pip",
                      "download",
                      "-q",
                      "--no-deps",
                      "--no-binary",
                      ":all:",
                      "--timeout",
                      "20",
                      "-d",
                      CACHE.toString(),
                      "pre-commit-hooks==" + version),
                  CACHE);
      if (!download.succeeded() || !Files.exists(sdist)) {
        return new Result(
            null,
            "cannot download pre-commit-hooks "
                + version
                + " from PyPI: "
                + download.outputText().strip());
      }
    }
    TempGitRepo repo = TempGitRepo.init(dir);
    ProcessResult untar =
        ProcessRunner.merged(repo.env())
            .run(
                List.of(
                    "tar", "xzf", sdist.toString(), "--strip-components=1", "-C", dir.toString()),
                dir);
    if (!untar.succeeded()) {
      throw new IOException("tar: " + untar.outputText());
    }
    repo.write(".pre-commit-hooks.yaml", manifest(version)).stageAll().commit("v" + version);
    repo.git("tag", "v" + version);
    return new Result(repo, null);
  }

  /** {@code env} with {@link #URL} fetched from {@code repo} instead ({@code GIT_CONFIG_COUNT}). */
  public static Map<String, String> redirect(Map<String, String> env, Path repo) {
    Map<String, String> redirected = new HashMap<>(env);
    redirected.put("GIT_CONFIG_COUNT", "1");
    redirected.put("GIT_CONFIG_KEY_0", "url." + repo + ".insteadOf");
    redirected.put("GIT_CONFIG_VALUE_0", URL);
    return redirected;
  }

  /** The release's manifest entries for the hooks the tests use. */
  private static String manifest(String version) {
    if (version.compareTo("4.1") < 0) {
      // Before 4.1.0 the names were capitalised (3.4.0's entries).
      return "-   id: check-ast\n"
          + "    name: Check python ast\n"
          + "    description: Simply check whether the files parse as valid python.\n"
          + "    entry: check-ast\n"
          + "    language: python\n"
          + "    types: [python]\n"
          + "-   id: check-yaml\n"
          + "    name: Check Yaml\n"
          + "    description: This hook checks yaml files for parseable syntax.\n"
          + "    entry: check-yaml\n"
          + "    language: python\n"
          + "    types: [yaml]\n"
          + "-   id: end-of-file-fixer\n"
          + "    name: Fix End of Files\n"
          + "    description: Ensures that a file is either empty, or ends with one newline.\n"
          + "    entry: end-of-file-fixer\n"
          + "    language: python\n"
          + "    types: [text]\n"
          + "    stages: [commit, push, manual]\n"
          + "-   id: mixed-line-ending\n"
          + "    name: Mixed line ending\n"
          + "    description: Replaces or checks mixed line ending\n"
          + "    entry: mixed-line-ending\n"
          + "    language: python\n"
          + "    types: [text]\n"
          + "-   id: trailing-whitespace\n"
          + "    name: Trim Trailing Whitespace\n"
          + "    description: This hook trims trailing whitespace.\n"
          + "    entry: trailing-whitespace-fixer\n"
          + "    language: python\n"
          + "    types: [text]\n"
          + "    stages: [commit, push, manual]\n";
    }
    boolean oldStages = version.compareTo("5") < 0;
    String stages = oldStages ? "[commit, push, manual]" : "[pre-commit, pre-push, manual]";
    String minimum = oldStages ? "" : "    minimum_pre_commit_version: 3.2.0\n";
    return "-   id: check-ast\n"
        + "    name: check python ast\n"
        + "    description: simply checks whether the files parse as valid python.\n"
        + "    entry: check-ast\n"
        + "    language: python\n"
        + "    types: [python]\n"
        + "-   id: check-shebang-scripts-are-executable\n"
        + "    name: check that scripts with shebangs are executable\n"
        + "    description: ensures that (non-binary) files with a shebang are executable.\n"
        + "    entry: check-shebang-scripts-are-executable\n"
        + "    language: python\n"
        + "    types: [text]\n"
        + "    stages: "
        + stages
        + "\n"
        + minimum
        + "-   id: debug-statements\n"
        + "    name: debug statements (python)\n"
        + "    description: checks for debugger imports and py37+ `breakpoint()` calls in python"
        + " source.\n"
        + "    entry: debug-statement-hook\n"
        + "    language: python\n"
        + "    types: [python]\n"
        + "-   id: name-tests-test\n"
        + "    name: python tests naming\n"
        + "    description: verifies that test files are named correctly.\n"
        + "    entry: name-tests-test\n"
        + "    language: python\n"
        + "    files: (^|/)tests/.+\\.py$\n"
        + "-   id: trailing-whitespace\n"
        + "    name: trim trailing whitespace\n"
        + "    description: trims trailing whitespace.\n"
        + "    entry: trailing-whitespace-fixer\n"
        + "    language: python\n"
        + "    types: [text]\n"
        + "    stages: "
        + stages
        + "\n"
        + minimum;
  }

  /**
   * @param repo the repository, or null when it could not be made
   * @param whyNot why not, when {@code repo} is null
   */
  public record Result(TempGitRepo repo, String whyNot) {
    public Optional<TempGitRepo> made() {
      return Optional.ofNullable(repo);
    }
  }
}
