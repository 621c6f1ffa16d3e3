package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lua hook repository (a rockspec with a module and a script) installed for real with the
 * machine's {@code luarocks}, as pre-commit installs it, with a dependency from a rocks server made
 * by the test ({@code LUAROCKS_CONFIG} names it; luarocks.org is not reachable here).
 */
class LuaLanguageTest {
  @TempDir Path tmp;

  private Map<String, String> env;

  private TempGitRepo work(String rocksServer, String hookExtras) throws Exception {
    TempGitRepo work = TempGitRepo.init(tmp.resolve("work"));
    env = work.env();
    assumeTrue(
        Executables.find("luarocks", env).isPresent()
            && Executables.find("luarocks-admin", env).isPresent(),
        "luarocks is not on PATH (Debian: apt-get install luarocks)");
    env.put("HOME", tmp.resolve("home").toString());
    Path config = tmp.resolve("luarocks-config.lua");
    Files.writeString(config, "rocks_servers = { \"" + rocksServer + "\" }\n");
    env.put("LUAROCKS_CONFIG", config.toString());
    TempGitRepo hooks =
        TempGitRepo.init(tmp.resolve("luahooks"))
            .write(
                "count-hook-0.1-1.rockspec",
                "package = \"count-hook\"\nversion = \"0.1-1\"\n"
                    + "source = { url = \"git+file:///nowhere\" }\n"
                    + "build = { type = \"builtin\",\n"
                    + "  modules = { counthook = \"src/counthook.lua\" },\n"
                    + "  install = { bin = { [\"count-hook\"] = \"bin/count-hook\" } } }\n")
            .write(
                "src/counthook.lua",
                "local M = {}\nfunction M.count(n) return n .. \" files\" end\nreturn M\n")
            .write(
                "bin/count-hook",
                "#!/usr/bin/env lua\n"
                    + "local dep = require(\"localdep\")\n"
                    + "print(dep.hi() .. \" \" .. require(\"counthook\").count(#arg))\n"
                    + "for _, f in ipairs(arg) do if f:find(\"bad\") then os.exit(1) end end\n")
            .executable("bin/count-hook")
            .write(
                ".pre-commit-hooks.yaml",
                "- id: count\n  name: Count files\n  entry: count-hook\n  language: lua\n")
            .stageAll()
            .commit("hooks");
    String rev = hooks.git("rev-parse", "HEAD").strip();
    work.write("a.txt", "a\n")
        .write("b.txt", "b\n")
        .write(
            ".pre-commit-config.yaml",
            "repos:\n-   repo: ../luahooks\n    rev: "
                + rev
                + "\n    hooks:\n    -   id: count\n"
                + hookExtras)
        .stageAll()
        .commit("config");
    return work;
  }

  /** A rocks server in a directory, with one rock: localdep 1.0-1 (the module localdep). */
  private String rocksServer() throws Exception {
    Path server = Files.createDirectories(tmp.resolve("rocks"));
    Path source = Files.createDirectories(tmp.resolve("src/localdep-1.0"));
    Files.writeString(
        source.resolve("localdep.lua"), "return { hi = function() return \"dep\" end }\n");
    Map<String, String> tools = TempGitRepo.isolatedEnv(tmp);
    Path tarball = server.resolve("localdep-1.0.tar.gz");
    assertThat(
            ProcessRunner.merged(tools)
                .run(List.of("tar", "czf", tarball.toString(), "localdep-1.0"), tmp.resolve("src"))
                .succeeded())
        .isTrue();
    Files.writeString(
        server.resolve("localdep-1.0-1.rockspec"),
        "package = \"localdep\"\nversion = \"1.0-1\"\n"
            + "source = { url = \""
            + tarball.toUri()
            + "\", dir = \"localdep-1.0\" }\n"
            + "build = { type = \"builtin\", modules = { localdep = \"localdep.lua\" } }\n");
    assertThat(
            ProcessRunner.merged(tools)
                .run(List.of("luarocks-admin", "make-manifest", server.toString()), server)
                .succeeded())
        .isTrue();
    return server.toUri().toString();
  }

  @Test
  void makesTheRockspecAndInstallsTheDependencyIntoTheTree() throws Exception {
    TempGitRepo work = work(rocksServer(), "        additional_dependencies: [localdep]\n");

    CliRun first = CliRun.in(work.root(), env, "run", "--all-files", "--verbose");

    assertThat(first.err()).isEmpty();
    assertThat(first.outWithoutDurations())
        .endsWith(
            "[INFO] Installing environment for ../luahooks.\n"
                + "[INFO] Once installed this environment will be reused.\n"
                + "[INFO] This may take a few minutes...\n"
                + "Count"
                + " files..............................................................Passed\n"
                + "- hook id: count\n"
                + "- duration: Ns\n\n"
                + "dep 3 files\n\n");
    assertThat(first.exitCode()).isZero();
    work.write("bad.txt", "x\n").stage("bad.txt");
    CliRun second = CliRun.in(work.root(), env, "run");
    assertThat(second.out())
        .isEqualTo(
            "Count files..............................................................Failed\n"
                + "- hook id: count\n"
                + "- exit code: 1\n\n"
                + "dep 1 files\n\n");
    assertThat(second.exitCode()).isEqualTo(1);
  }

  @Test
  void aDependencyNoServerHasStopsTheInstallWithOneLine() throws Exception {
    TempGitRepo work = work("http://127.0.0.1:9/", "        additional_dependencies: [localdep]\n");

    CliRun run = CliRun.in(work.root(), env, "run", "--all-files");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("An error has occurred: cannot install the environment of hook `count` from")
        .contains("install localdep` exited with 1: Error: No results matching query were found")
        .hasLineCount(1);
  }
}
