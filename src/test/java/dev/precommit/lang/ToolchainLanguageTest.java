package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Languages built with a toolchain from the machine, on a machine without it: {@code
 * validate-config} and {@code install-hooks} name each hook and the install command first, and at
 * run time each hook fails with that line while the others run.
 */
class ToolchainLanguageTest {
  @TempDir Path tmp;

  /** Language, toolchain name, executables, install fallback (no package manager on PATH). */
  private static final String[][] LANGUAGES = {
    {"conda", "conda", "`conda` is", "(see https://conda-forge.org/download/)"},
    {
      "coursier",
      "coursier",
      "`cs` or `coursier` are",
      "(see https://get-coursier.io/docs/cli-installation)"
    },
    {"dart", "the Dart SDK", "`dart` is", "(see https://dart.dev/get-dart)"},
    {
      "dotnet",
      "the .NET SDK",
      "`dotnet` is",
      "with `curl -sSL https://dot.net/v1/dotnet-install.sh | bash`"
    },
    {"haskell", "ghc and cabal", "`cabal` is", "(see https://www.haskell.org/ghcup/)"},
    {"julia", "julia", "`julia` is", "with `curl -fsSL https://install.julialang.org | sh`"},
    {"lua", "luarocks", "`luarocks` is", "(see https://luarocks.org)"},
    {"perl", "perl", "`cpan` is", "(see https://www.perl.org/get.html)"},
    {"r", "R", "`Rscript` is", "(see https://cloud.r-project.org)"},
    {"swift", "swift", "`swift` is", "(see https://www.swift.org/install/)"},
  };

  private static String line(String[] language) {
    return "hook `"
        + language[0]
        + "-hook` needs "
        + language[1]
        + " ("
        + language[2]
        + " not on PATH): install it "
        + language[3];
  }

  /** A repository whose config has one local hook per language, and a PATH with only git. */
  private CliRun[] runAll() throws Exception {
    TempGitRepo work = TempGitRepo.init(tmp.resolve("work"));
    Map<String, String> env = work.env();
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path git = Executables.find("git", env).orElseThrow();
    Files.writeString(bin.resolve("git"), "#!/bin/sh\nexec '" + git + "' \"$@\"\n");
    bin.resolve("git").toFile().setExecutable(true);
    StringBuilder config = new StringBuilder("repos:\n-   repo: local\n    hooks:\n");
    for (String[] language : LANGUAGES) {
      config
          .append("    -   id: ")
          .append(language[0])
          .append("-hook\n        name: ")
          .append(language[0])
          .append("\n        entry: Rscript -e 1\n        language: ")
          .append(language[0])
          .append('\n');
    }
    config.append(
        "    -   id: other\n        name: other\n        entry: other\n        language: fail\n");
    work.write("a.txt", "a\n")
        .write(".pre-commit-config.yaml", config.toString())
        .stageAll()
        .commit("config");
    env.put("PATH", bin.toString());
    return new CliRun[] {
      CliRun.in(work.root(), env, "validate-config"),
      CliRun.in(work.root(), env, "install-hooks"),
      CliRun.in(work.root(), env, "run", "--all-files")
    };
  }

  @Test
  void validateConfigAndInstallHooksNameEachMissingToolchainAndTheRunFailsEachHook()
      throws Exception {
    CliRun[] runs = runAll();
    CliRun validate = runs[0];
    CliRun install = runs[1];
    CliRun run = runs[2];

    StringBuilder errors = new StringBuilder();
    for (String[] language : LANGUAGES) {
      errors.append("[ERROR] ").append(line(language)).append('\n');
    }
    assertThat(validate.out())
        .isEqualTo(errors.toString().replace("[ERROR] ", "[ERROR] .pre-commit-config.yaml: "));
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(install.out()).isEqualTo(errors.toString());
    assertThat(install.exitCode()).isEqualTo(1);

    assertThat(run.exitCode()).isEqualTo(1);
    for (String[] language : LANGUAGES) {
      assertThat(run.out())
          .contains(
              "- hook id: " + language[0] + "-hook\n- exit code: 1\n\n" + line(language) + "\n\n");
    }
    assertThat(run.out()).contains("- hook id: other\n").doesNotContain("Installing");
  }

  @Test
  void aLanguageVersionOrDependenciesTheLanguageCannotTakeAreNamed() throws Exception {
    TempGitRepo work = TempGitRepo.init(tmp.resolve("work"));
    work.write("a.txt", "a\n")
        .write(
            ".pre-commit-config.yaml",
            "repos:\n-   repo: local\n    hooks:\n"
                + "    -   id: old-perl\n        name: p\n        entry: p\n"
                + "        language: perl\n        language_version: '5.30'\n"
                + "    -   id: tool\n        name: t\n        entry: t\n"
                + "        language: dotnet\n        additional_dependencies: [x]\n")
        .stageAll()
        .commit("config");

    CliRun validate = CliRun.in(work, "validate-config");

    assertThat(validate.out())
        .startsWith(
            "[ERROR] .pre-commit-config.yaml: hook `old-perl` (language perl): precommit uses the"
                + " system-installed perl toolchain, but the hook asks for `language_version:"
                + " 5.30`; remove language_version\n"
                + "[ERROR] .pre-commit-config.yaml: hook `tool` (language dotnet): pre-commit does"
                + " not support additional_dependencies for dotnet, but the hook has [x]\n");
    assertThat(validate.exitCode()).isEqualTo(1);
  }
}
