package dev.precommit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.EngineLauncher;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real configs of public projects ({@code src/test/resources/real-configs/}, verbatim) through the
 * engine, offline: {@code validate-config} accepts the ones whose hooks are local, meta or
 * in-process, and {@code run --all-files} runs their in-process and local hooks in a small
 * repository. Remote hooks are named in {@code SKIP}, so no clone is needed.
 */
class RealConfigsEndToEndTest {
  private static final Path CORPUS = Path.of("src/test/resources/real-configs");

  @TempDir Path dir;

  private TempGitRepo repoWith(String config) throws IOException {
    return TempGitRepo.init(dir.resolve("work"))
        .write(
            ".pre-commit-config.yaml",
            Files.readString(CORPUS.resolve(config), StandardCharsets.UTF_8));
  }

  private ProcessResult precommit(TempGitRepo repo, Map<String, String> extraEnv, String... args)
      throws IOException {
    Map<String, String> env = repo.env();
    env.putAll(extraEnv);
    List<String> command = new ArrayList<>();
    command.add(EngineLauncher.write(dir.resolve("launcher")).toString());
    command.addAll(List.of(args));
    return ProcessRunner.merged(env).run(command, repo.root());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NVIDIA__spark-rapids.yaml",
        "airbytehq__airbyte.yaml",
        "apache__mahout.yaml",
        "datahub-project__datahub.yaml",
        "psf__black.yaml",
        "terraform-aws-modules__terraform-aws-eks.yaml"
      })
  void validateConfigAcceptsIt(String config) throws IOException {
    TempGitRepo repo = repoWith(config).stageAll().commit("config");

    ProcessResult result = precommit(repo, Map.of(), "validate-config");

    assertThat(result.exitCode()).as(result.outputText()).isZero();
  }

  @Test
  void terraformAwsEksRunsItsPreCommitHooksInProcessWithTheTerraformHooksSkipped()
      throws IOException {
    TempGitRepo repo =
        repoWith("terraform-aws-modules__terraform-aws-eks.yaml")
            .write("main.tf", "resource \"null_resource\" \"x\" {}\n")
            .write("README.md", "# eks")
            .stageAll()
            .commit("tree");
    Map<String, String> skip =
        Map.of("SKIP", "terraform_fmt,terraform_validate,terraform_docs,terraform_tflint");

    ProcessResult first = precommit(repo, skip, "run", "--all-files");

    assertThat(first.exitCode()).as(first.outputText()).isEqualTo(1);
    assertThat(first.outputText())
        .containsPattern("check for merge conflicts\\.+Passed")
        .containsPattern("fix end of files\\.+Failed")
        .contains("- files were modified by this hook")
        .contains("Fixing README.md");
    assertThat(repo.read("README.md")).isEqualTo("# eks\n");

    repo.stageAll();
    ProcessResult second = precommit(repo, skip, "run", "--all-files");
    assertThat(second.exitCode()).as(second.outputText()).isZero();
  }

  @Test
  void mahoutRunsItsPreCommitHooksInProcessAndItsRustHooksFindNoFiles() throws IOException {
    TempGitRepo repo =
        repoWith("apache__mahout.yaml")
            .write("conf.yaml", "a: 1\n")
            .write("notes.txt", "trailing \n")
            .stageAll()
            .commit("tree");

    ProcessResult result =
        precommit(repo, Map.of("SKIP", "ruff,ruff-format,insert-license"), "run", "--all-files");

    assertThat(result.exitCode()).as(result.outputText()).isEqualTo(1);
    assertThat(result.outputText())
        .containsPattern("check yaml\\.+Passed")
        .containsPattern("fix end of file\\.+Passed")
        .containsPattern("trim trailing whitespace\\.+Failed")
        .containsPattern("rustfmt\\.+\\(no files to check\\)Skipped")
        .containsPattern("clippy\\.+\\(no files to check\\)Skipped");
    assertThat(repo.read("notes.txt")).isEqualTo("trailing\n");
  }

  @Test
  void sparkRapidsRunsItsLocalScriptOverEveryFile() throws IOException {
    TempGitRepo repo =
        repoWith("NVIDIA__spark-rapids.yaml")
            .write("scripts/auto-copyrighter.sh", "#!/bin/sh\necho \"checked $#\"\n")
            .executable("scripts/auto-copyrighter.sh")
            .write("Main.java", "class Main {}\n")
            .stageAll()
            .commit("tree");

    ProcessResult result = precommit(repo, Map.of(), "run", "--all-files");

    assertThat(result.exitCode()).as(result.outputText()).isZero();
    assertThat(result.outputText())
        .containsPattern("Update copyright year\\.+Passed")
        .contains("- hook id: auto-copyrighter")
        .contains("checked 3");
  }
}
