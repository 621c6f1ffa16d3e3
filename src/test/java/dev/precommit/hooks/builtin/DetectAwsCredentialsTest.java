package dev.precommit.hooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectAwsCredentialsTest {
  @TempDir Path dir;

  private CheckResult run(Map<String, String> env, List<String> args, List<String> files)
      throws IOException {
    CheckContext context = new CheckContext(dir, null, env, 1, null, List.of());
    return new DetectAwsCredentials().run(context, files, args);
  }

  @Test
  void findsSecretsFromTheCredentialFilesAndTheEnvironment() throws IOException {
    Files.createDirectories(dir.resolve(".aws"));
    Files.writeString(
        dir.resolve(".aws/credentials"),
        "[default]\naws_access_key_id = AKIAEXAMPLE\n"
            + "AWS_SECRET_ACCESS_KEY = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
            + "; comment\n[other]\naws_session_token: sessiontoken123\n");
    Files.writeString(dir.resolve("leak.py"), "key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'\n");
    Files.writeString(dir.resolve("env.sh"), "export T=envsecret99 sessiontoken123\n");
    Files.writeString(dir.resolve("clean.txt"), "AKIAEXAMPLE is only the key id\n");
    CheckResult result =
        run(
            Map.of("HOME", dir.toString(), "AWS_SECURITY_TOKEN", "envsecret99"),
            List.of(),
            List.of("leak.py", "clean.txt", "env.sh"));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(new String(result.output(), StandardCharsets.UTF_8))
        .isEqualTo(
            "AWS secret found in leak.py: wJal************************\n"
                + "AWS secret found in env.sh: envs************************\n"
                + "AWS secret found in env.sh: sess************************\n");
  }

  @Test
  void onlyTheRunsEnvironmentCountsNotTheMachines() throws IOException {
    // With nothing in the run's environment and no credential file, there are no keys, whatever
    // AWS variables the JVM running the check has (a developer's shell, .ci/hostile).
    Files.writeString(dir.resolve("a.txt"), "hello\n");
    CheckResult result =
        run(
            Map.of("HOME", dir.resolve("nohome").toString()),
            List.of("--credentials-file", "none.ini"),
            List.of("a.txt"));
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(new String(result.output(), StandardCharsets.UTF_8))
        .startsWith("No AWS keys were found");
  }

  @Test
  void extraCredentialFilesAreRelativeToTheRepository() throws IOException {
    Files.writeString(dir.resolve("creds.ini"), "[x]\naws_secret_access_key=abcdefgh\n");
    Files.writeString(dir.resolve("a.txt"), "abcdefgh\n");
    CheckResult result =
        run(
            Map.of("HOME", dir.resolve("nohome").toString()),
            List.of("--credentials-file", "creds.ini"),
            List.of("a.txt"));
    assertThat(new String(result.output(), StandardCharsets.UTF_8))
        .isEqualTo("AWS secret found in a.txt: abcd************************\n");
  }

  @Test
  void aFileWithoutSectionsHoldsNoKeys() throws IOException {
    Files.writeString(dir.resolve("creds.ini"), "aws_secret_access_key=abcdefgh\n");
    Files.writeString(dir.resolve("a.txt"), "abcdefgh\n");
    CheckResult result =
        run(
            Map.of("HOME", dir.resolve("nohome").toString()),
            List.of("--credentials-file=creds.ini", "--allow-missing-credentials"),
            List.of("a.txt"));
    assertThat(result.exitCode()).isZero();
    assertThat(result.output()).isEmpty();
  }
}
