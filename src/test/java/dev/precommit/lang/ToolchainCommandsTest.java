package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands precommit runs for the languages whose toolchains are not on the test machines,
 * checked against pre-commit 4.6.2's {@code languages/*.py}: each toolchain is a fake on {@code
 * PATH} that logs its arguments (and working directory) and leaves what the real one would leave
 * for the next step, so the environment is built and the hook runs from it. This checks precommit's
 * side (commands, order, environment directories, variables), not the toolchains.
 */
class ToolchainCommandsTest {
  @TempDir Path tmp;

  /** A fake tool: logs {@code <name> <args>} and runs {@code body} with the arguments. */
  private Path fake(String name, String body) throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("fakebin"));
    Path tool = bin.resolve(name);
    Files.writeString(
        tool,
        "#!/bin/sh\n"
            + "echo \"["
            + name
            + "] $*\" >> \"$FAKE_LOG\"\n"
            + "hook() { mkdir -p \"$(dirname \"$1\")\"; printf '#!/bin/sh\\n"
            + "echo \"%s $# files\"\\n"
            + "' \"$2\" > \"$1\"; chmod +x \"$1\"; }\n"
            + body);
    tool.toFile().setExecutable(true);
    return bin;
  }

  private record Outcome(String log, String out, int exitCode) {}

  private Outcome run(String language, Map<String, String> files, String hookExtras)
      throws Exception {
    return run(language, files, "hello", hookExtras);
  }

  private Outcome run(String language, Map<String, String> files, String entry, String hookExtras)
      throws Exception {
    TempGitRepo hooks = TempGitRepo.init(tmp.resolve("hooks"));
    for (Map.Entry<String, String> file : files.entrySet()) {
      hooks.write(file.getKey(), file.getValue());
    }
    hooks
        .write(
            ".pre-commit-hooks.yaml",
            "- id: h\n  name: H\n  entry: "
                + entry
                + "\n  language: "
                + language
                + "\n  verbose: true\n"
                + hookExtras)
        .stageAll()
        .commit("hooks");
    String rev = hooks.git("rev-parse", "HEAD").strip();
    TempGitRepo work = TempGitRepo.init(tmp.resolve("work"));
    work.write("a.txt", "a\n")
        .write(
            ".pre-commit-config.yaml",
            "repos:\n-   repo: ../hooks\n    rev: " + rev + "\n    hooks:\n    -   id: h\n")
        .stageAll()
        .commit("config");
    Map<String, String> env = work.env();
    Path log = tmp.resolve("log");
    Files.writeString(log, "");
    env.put("FAKE_LOG", log.toString());
    env.put("PATH", tmp.resolve("fakebin") + ":" + env.get("PATH"));
    CliRun run = CliRun.in(work.root(), env, "run", "--all-files");
    assertThat(run.err()).isEmpty();
    String normalized =
        Files.readString(log)
            .replaceAll("/[^\\s=]*/\\.precommit-cache/repo\\d+", "<clone>")
            .replaceAll("\\S*precommit-nuget\\S*", "<nuget.config>")
            .replaceAll("\\S*precommit-r\\d+/script\\.R", "<script.R>");
    String out = run.outWithoutDurations().substring(run.out().indexOf("H....."));
    return new Outcome(normalized, out, run.exitCode());
  }

  private static String passed(String language) {
    return "H........................................................................Passed\n"
        + "- hook id: h\n- duration: Ns\n\n"
        + language
        + " 2 files\n\n";
  }

  @Test
  void haskellRunsCabalUpdateThenCabalInstallIntoTheEnvironment() throws Exception {
    fake("cabal", "if [ \"$1\" = install ]; then hook \"$5/hello\" haskell; fi\n");
    Outcome outcome = run("haskell", Map.of("hello.cabal", "name: hello\n"), "");
    assertThat(outcome.log())
        .isEqualTo(
            "[cabal] update\n"
                + "[cabal] install --install-method copy --installdir <clone>/hs_env-default/bin"
                + " hello.cabal\n");
    assertThat(outcome.out()).isEqualTo(passed("haskell"));
  }

  @Test
  void swiftBuildsTheReleaseConfigurationIntoTheEnvironment() throws Exception {
    fake("swift", "hook \"$7/release/hello\" swift\n");
    Outcome outcome = run("swift", Map.of("Package.swift", "// swift\n"), "");
    assertThat(outcome.log())
        .isEqualTo(
            "[swift] build --package-path <clone> -c release --build-path"
                + " <clone>/swift_env-default/.build\n");
    assertThat(outcome.out()).isEqualTo(passed("swift"));
  }

  @Test
  void dotnetPacksThenInstallsTheToolByItsPackageId() throws Exception {
    Path nupkg = tmp.resolve("Hello.Tool.1.0.0.nupkg");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(nupkg))) {
      zip.putNextEntry(new ZipEntry("Hello.Tool.nuspec"));
      zip.write(
          ("<?xml version=\"1.0\"?><package xmlns=\"http://schemas.microsoft.com/packaging/"
                  + "2012/06/nuspec.xsd\"><metadata><id>Hello.Tool</id></metadata></package>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    fake(
        "dotnet",
        "case \"$1\" in\n"
            + "pack) out=${5#PackageOutputPath=}; mkdir -p \"$out\"; cp '"
            + nupkg
            + "' \"$out\";;\n"
            + "tool) hook \"$6/hello\" dotnet;;\n"
            + "esac\n");
    Outcome outcome = run("dotnet", Map.of("hello.csproj", "<Project/>\n"), "");
    assertThat(outcome.log())
        .isEqualTo(
            "[dotnet] pack --configuration Release --property"
                + " PackageOutputPath=<clone>/pre-commit-build\n"
                + "[dotnet] tool install --configfile <nuget.config> --tool-path"
                + " <clone>/dotnetenv-default/bin --add-source <clone>/pre-commit-build"
                + " Hello.Tool\n");
    assertThat(outcome.out()).isEqualTo(passed("dotnet"));
  }

  @Test
  void dartGetsThePackageAndCompilesEachExecutable() throws Exception {
    fake("dart", "if [ \"$1\" = compile ]; then hook \"$4\" dart; fi\n");
    Outcome outcome =
        run(
            "dart",
            Map.of("pubspec.yaml", "name: hello\nexecutables:\n  hello:\n", "bin/hello.dart", ""),
            "");
    assertThat(outcome.log())
        .isEqualTo(
            "[dart] pub get\n"
                + "[dart] compile exe --output <clone>/dartenv-default/bin/hello"
                + " <clone>/bin/hello.dart\n");
    assertThat(outcome.out()).isEqualTo(passed("dart"));
  }

  @Test
  void condaCreatesTheEnvironmentFromEnvironmentYmlThenInstallsTheDependencies() throws Exception {
    fake("conda", "if [ \"$1\" = env ]; then hook \"$4/bin/hello\" conda; fi\n");
    Outcome outcome =
        run(
            "conda",
            Map.of("environment.yml", "dependencies: [python]\n"),
            "  additional_dependencies: [pytest]\n");
    assertThat(outcome.log())
        .isEqualTo(
            "[conda] env create -p <clone>/conda-default --file environment.yml\n"
                + "[conda] install -p <clone>/conda-default pytest\n");
    assertThat(outcome.out()).isEqualTo(passed("conda"));
  }

  @Test
  void coursierFetchesAndInstallsEachChannelApp() throws Exception {
    fake("cs", "if [ \"$1\" = install ]; then hook \"$3/hello\" coursier; fi\n");
    Outcome outcome = run("coursier", Map.of(".pre-commit-channel/hello.json", "{}\n"), "");
    assertThat(outcome.log())
        .isEqualTo(
            "[cs] fetch --default-channels=false --channel <clone>/.pre-commit-channel hello\n"
                + "[cs] install --dir <clone>/coursier-default --default-channels=false"
                + " --channel <clone>/.pre-commit-channel hello\n");
    assertThat(outcome.out()).isEqualTo(passed("coursier"));
  }

  @Test
  void juliaInstantiatesTheProjectAndRunsTheEntryScriptWithJulia() throws Exception {
    fake(
        "julia",
        "if [ \"$2\" = -e ]; then exit 0; fi\n"
            + "echo \"julia ran $(basename \"$2\") with $(($# - 2)) files,"
            + " load path ${JULIA_LOAD_PATH##*/}\"\n");
    Outcome outcome =
        run("julia", Map.of("Project.toml", "name = \"Hello\"\n", "hello", "# julia\n"), "");
    String[] log = outcome.log().split("\n");
    assertThat(outcome.log())
        .startsWith("[julia] --startup-file=no -e @assert length(ARGS) > 0\n")
        .contains("\n -- <clone>/juliaenv-default\n");
    assertThat(log[log.length - 1]).startsWith("[julia] --startup-file=no <clone>/hello ");
    assertThat(outcome.out()).contains("julia ran hello with 2 files, load path juliaenv-default");
    assertThat(outcome.exitCode()).isZero();
  }

  @Test
  void rRestoresTheRenvThenRunsTheEntryWithRscript() throws Exception {
    fake("Rscript", "case \"$5\" in */hello.R) echo \"R ran hello.R\";; esac\n");
    Outcome outcome =
        run(
            "r",
            Map.of("renv.lock", "{}\n", "renv/activate.R", "\n", "hello.R", "\n"),
            "Rscript hello.R",
            "");
    assertThat(outcome.log())
        .startsWith(
            "[Rscript] --vanilla <script.R>\n"
                + "[Rscript] --no-save --no-restore --no-site-file --no-environ <script.R>\n"
                + "[Rscript] --no-save --no-restore --no-site-file --no-environ <clone>/hello.R"
                + " ");
    assertThat(outcome.out()).contains("R ran hello.R");
    assertThat(outcome.exitCode()).isZero();
  }
}
