package dev.precommit.hooks.builtin;

import static dev.precommit.hooks.builtin.GitCheckFixture.context;
import static dev.precommit.hooks.builtin.GitCheckFixture.output;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.CheckResult;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradleTestCheckTest {
  private final GradleTestCheck check = new GradleTestCheck();
  private TempGitRepo repo;

  @BeforeEach
  void setUp(@TempDir Path dir) {
    repo = TempGitRepo.init(dir.resolve("repo"));
  }

  @Test
  void withoutAWrapperTheCheckSaysWhatToAdd() throws Exception {
    CheckResult result = check.run(context(repo), List.of("build.gradle"), List.of());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result))
        .isEqualTo(
            "gradle-test: no executable ./gradlew in "
                + repo.root()
                + "; add the Gradle wrapper (gradle wrapper) and commit it\n");
  }

  @Test
  void wrapperRunsTestThenTheArgsAndItsOutcomeIsTheChecks() throws Exception {
    repo.write("gradlew", "#!/bin/sh\necho \"ran: $*\"\nexit 4\n").executable("gradlew");

    CheckResult result =
        check.run(context(repo), List.of("src/X.java"), List.of("--tests", "x.Y", "--offline"));

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(output(result))
        .isEqualTo(
            "gradle-test: ./gradlew test --tests x.Y --offline\nran: test --tests x.Y --offline\n");
  }
}
