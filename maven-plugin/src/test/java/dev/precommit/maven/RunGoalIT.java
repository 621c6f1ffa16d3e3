package dev.precommit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn precommit:run} in real Maven builds: the CLI's output, the build's result. */
class RunGoalIT {

  @Test
  void runFailsTheBuildWhenAHookFailsAndPassesOnceFixed(@TempDir Path dir) {
    Sample sample = Sample.create(dir, 2).write("m2/bad.txt", "x \n").initGit();

    Sample.Result failed =
        sample.mvn(
            "precommit:run",
            "-Dprecommit.allFiles",
            "-Dprecommit.hook=trailing-whitespace",
            "-Dprecommit.report=junit=target/precommit.xml");
    assertThat(failed.code()).as(failed.output()).isEqualTo(1);
    assertThat(failed.output())
        .contains("trim trailing whitespace.................................................Failed")
        .contains("- hook id: trailing-whitespace")
        .contains("Fixing m2/bad.txt")
        .contains("BUILD FAILURE")
        .contains("precommit: hooks failed");
    assertThat(failed.count("trim trailing whitespace....")).isEqualTo(1);
    assertThat(sample.root().resolve("target/precommit.xml")).exists();

    Sample.Result passed = sample.mvn("precommit:run", "-Dprecommit.allFiles");
    assertThat(passed.code()).as(passed.output()).isZero();
    assertThat(passed.output())
        .contains("trim trailing whitespace.................................................Passed")
        .contains("BUILD SUCCESS");
  }
}
