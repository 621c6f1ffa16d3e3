package dev.precommit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.ExitCodes;
import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precommit list} over real repositories, compared with what prek 0.5.3 prints. */
class ListCommandTest {
  @TempDir Path dir;

  private static final String CONFIG =
      """
      repos:
      -   repo: https://github.com/pre-commit/pre-commit-hooks
          rev: v5.0.0
          hooks:
          -   id: trailing-whitespace
      -   repo: builtin
          hooks:
          -   id: check-yaml
              alias: cy
      -   repo: meta
          hooks:
          -   id: check-hooks-apply
      -   repo: local
          hooks:
          -   id: marker
              name: Make marker
              entry: touch marker
              language: system
              description: makes a marker
          -   id: push-only
              name: Push only
              entry: "true"
              language: script
              alias: po
              stages: [pre-push, manual]
      """;

  private TempGitRepo repo(String config) {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", config).stageAll();
    return repo;
  }

  @Test
  void textPrintsOneHookIdPerLineInConfigOrder() {
    CliRun run = CliRun.in(repo(CONFIG), "list");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo("trailing-whitespace\ncheck-yaml\ncheck-hooks-apply\nmarker\npush-only\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void verboseShowsNamesFromBuiltinAndMetaDefinitions() {
    CliRun run = CliRun.in(repo(CONFIG), "list", "-v", "trailing-whitespace", "cy", "marker");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            trailing-whitespace
              ID: trailing-whitespace
              Name: trim trailing whitespace
              Description: trims trailing whitespace.
              Language: builtin
              Stages: manual, pre-commit, pre-push

            check-yaml
              ID: check-yaml
              Alias: cy
              Name: check yaml
              Description: checks yaml files for parseable syntax.
              Language: builtin
              Stages: all

            marker
              ID: marker
              Name: Make marker
              Description: makes a marker
              Language: system
              Stages: all

            """);
  }

  @Test
  void jsonHasPrekKeysValuesAndLayout() {
    CliRun run = CliRun.in(repo(CONFIG), "list", "--output-format", "json", "po", "marker");

    assertThat(run.exitCode()).as(run.err()).isZero();
    // Byte for byte what prek 0.5.3 prints for the same two hooks.
    assertThat(run.out())
        .isEqualTo(
            """
            [
              {
                "id": "marker",
                "full_id": ".:marker",
                "name": "Make marker",
                "alias": "",
                "language": "system",
                "description": "makes a marker",
                "stages": [
                  "manual",
                  "commit-msg",
                  "post-checkout",
                  "post-commit",
                  "post-merge",
                  "post-rewrite",
                  "pre-commit",
                  "pre-merge-commit",
                  "pre-push",
                  "pre-rebase",
                  "prepare-commit-msg"
                ]
              },
              {
                "id": "push-only",
                "full_id": ".:push-only",
                "name": "Push only",
                "alias": "po",
                "language": "script",
                "description": null,
                "stages": [
                  "manual",
                  "pre-push"
                ]
              }
            ]
            """);
  }

  @Test
  void jsonOfNoHooksIsAnEmptyArray() {
    CliRun run = CliRun.in(repo(CONFIG), "list", "--output-format", "json", "--language", "rust");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("[]\n");
  }

  @Test
  void stageLanguageAndSkipFiltersCombine() {
    TempGitRepo repo = repo(CONFIG);

    assertThat(CliRun.in(repo, "list", "--hook-stage", "pre-push").out())
        .isEqualTo("trailing-whitespace\ncheck-yaml\ncheck-hooks-apply\nmarker\npush-only\n");
    assertThat(CliRun.in(repo, "list", "--hook-stage", "commit-msg").out())
        .isEqualTo("check-yaml\ncheck-hooks-apply\nmarker\n");
    assertThat(CliRun.in(repo, "list", "--language", "builtin", "--skip", "cy").out())
        .isEqualTo("trailing-whitespace\ncheck-hooks-apply\n");
    assertThat(CliRun.in(repo, "list", "--language", "system").out()).isEqualTo("marker\n");
    assertThat(CliRun.in(repo, "list", "--skip", "marker", "--skip", "trailing-whitespace").out())
        .isEqualTo("check-yaml\ncheck-hooks-apply\npush-only\n");
  }

  @Test
  void skipEnvironmentVariableLeavesHooksOut() {
    TempGitRepo repo = repo(CONFIG);
    Map<String, String> env = repo.env();
    env.put("SKIP", "po, check-hooks-apply");

    CliRun run = CliRun.in(repo.root(), env, "list");

    assertThat(run.out()).isEqualTo("trailing-whitespace\ncheck-yaml\nmarker\n");
  }

  @Test
  void selectorsThatMatchNothingWarnOnStderr() {
    CliRun run = CliRun.in(repo(CONFIG), "list", "nope", "--skip", "gone", "marker");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("marker\n");
    assertThat(run.err())
        .isEqualTo(
            "[WARNING] selector `nope` did not match any hooks\n"
                + "[WARNING] selector `--skip=gone` did not match any hooks\n");
  }

  @Test
  void badValuesAreUsageErrors() {
    TempGitRepo repo = repo(CONFIG);

    CliRun format = CliRun.in(repo, "list", "--output-format", "yaml");
    CliRun stage = CliRun.in(repo, "list", "--hook-stage", "nope");
    CliRun language = CliRun.in(repo, "list", "--language", "cobol");

    assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(format.err()).contains("invalid --output-format `yaml`: expected one of text, json");
    assertThat(stage.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(stage.err()).contains("invalid --hook-stage `nope`");
    assertThat(language.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(language.err()).contains("invalid --language `cobol`");
  }

  @Test
  void invalidConfigFailsAsRunDoes() {
    TempGitRepo repo = repo("repos:\n-   repo: local\n    hooks:\n    -   id: x\n");

    CliRun list = CliRun.in(repo, "list");
    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(list.exitCode()).isEqualTo(1).isEqualTo(run.exitCode());
    assertThat(list.out()).isEqualTo(run.out());
    assertThat(list.err()).isEqualTo(run.err()).contains("Missing required key: name");
  }

  @Test
  void missingConfigFailsAsRunDoes() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("empty"));

    CliRun list = CliRun.in(repo, "list", "-c", "other.yaml");
    CliRun run = CliRun.in(repo, "run", "-c", "other.yaml", "--all-files");

    assertThat(list.exitCode()).isEqualTo(1).isEqualTo(run.exitCode());
    assertThat(list.err()).isEqualTo(run.err()).contains("other.yaml");
  }

  @Test
  void alternateConfigIsListed() {
    TempGitRepo repo = repo(CONFIG);
    repo.write(
        "ci/other.yaml",
        "repos:\n"
            + "-   repo: local\n"
            + "    hooks:\n"
            + "    -   id: lint\n"
            + "        name: Lint\n"
            + "        entry: lint\n"
            + "        language: system\n");

    CliRun run = CliRun.in(repo, "list", "--config", "ci/other.yaml");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("lint\n");
  }

  @Test
  void remoteRepositoryNotInTheStoreIsListedFromTheConfigWithoutCloning() {
    TempGitRepo hooks = hookRepository();
    TempGitRepo repo = repo(REMOTE);

    CliRun run = CliRun.in(repo, "list", "-v");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            shout
              ID: shout
              Name: shout
              Stages: all
              Repo: ../hooks (not installed: `precommit install-hooks` fetches it)

            whisper
              ID: whisper
              Name: Quiet please
              Language: system
              Stages: pre-push
              Repo: ../hooks (not installed: `precommit install-hooks` fetches it)

            """);
    assertThat(run.err())
        .isEqualTo(
            "[WARNING] ../hooks is not installed: its hooks are listed as the config names them."
                + " `precommit install-hooks` fetches it.\n");
    assertThat(store(repo)).doesNotExist();
    assertThat(hooks.root()).exists();
  }

  @Test
  void remoteRepositoryInTheStoreIsListedFromItsManifest() {
    hookRepository();
    TempGitRepo repo = repo(REMOTE);
    assertThat(CliRun.in(repo, "install-hooks").exitCode()).isZero();

    CliRun run = CliRun.in(repo, "list", "--output-format", "json", "shout");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("\"name\": \"Shout at files\"")
        .contains("\"language\": \"system\"")
        .contains("\"description\": \"Prints file names loudly.\"")
        .contains("\"stages\": [\n      \"pre-commit\"\n    ]");
  }

  private static final String REMOTE =
      """
      repos:
      -   repo: ../hooks
          rev: v1.0.0
          hooks:
          -   id: shout
          -   id: whisper
              name: Quiet please
              language: system
              stages: [pre-push]
      """;

  private TempGitRepo hookRepository() {
    TempGitRepo hooks = TempGitRepo.init(dir.resolve("hooks"));
    hooks
        .write(
            ".pre-commit-hooks.yaml",
            """
            -   id: shout
                name: Shout at files
                description: Prints file names loudly.
                entry: echo
                language: system
                stages: [pre-commit]
            -   id: whisper
                name: Whisper
                entry: echo
                language: system
            """)
        .stageAll()
        .commit("hooks");
    hooks.git("tag", "v1.0.0");
    return hooks;
  }

  /** The store (cache) directory of {@code repo}'s environment: list must not create it. */
  private static Path store(TempGitRepo repo) {
    return Path.of(repo.env().get("PRECOMMIT_HOME"));
  }
}
