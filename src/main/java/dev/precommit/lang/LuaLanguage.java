package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code language: lua}, as pre-commit builds it: {@code luarocks --tree lua_env-default make
 * <rockspec>} for each rockspec at the top of the hook repository, then {@code luarocks --tree …
 * install <dependency>} one dependency at a time. The hook runs with the tree's {@code bin} first
 * on {@code PATH} and {@code LUA_PATH}/{@code LUA_CPATH} at its modules for luarocks' Lua version
 * ({@code luarocks config --lua-ver}, asked once at install and remembered in the environment).
 */
final class LuaLanguage extends ToolchainLanguage {
  private static final Toolchain LUAROCKS =
      Toolchain.of(
          "luarocks", "luarocks", "luarocks", "luarocks", "luarocks", "https://luarocks.org");
  private static final String LUA_VERSION_FILE = ".precommit-lua-version";

  LuaLanguage() {
    super("lua", "lua_env");
  }

  @Override
  Toolchain toolchain(Map<String, String> env) {
    return LUAROCKS;
  }

  @Override
  Map<String, String> inEnvironment(Path env, Map<String, String> vars) {
    Map<String, String> patched = withPath(env.resolve("bin"), vars);
    String version = luaVersion(env, vars);
    Path share = env.resolve("share").resolve("lua").resolve(version);
    patched.put(
        "LUA_PATH", share.resolve("?.lua") + ";" + share.resolve("?").resolve("init.lua") + ";;");
    patched.put(
        "LUA_CPATH", env.resolve("lib").resolve("lua").resolve(version).resolve("?.so") + ";;");
    return patched;
  }

  @Override
  void build(Hook hook, Path env, Map<String, String> vars) throws IOException {
    String version = askLuaVersion(vars);
    Files.writeString(env.resolve(LUA_VERSION_FILE), version, StandardCharsets.UTF_8);
    Map<String, String> installVars = inEnvironment(env, vars);
    String luarocks = tool(installVars);
    if (EnvironmentDir.isRemote(hook)) {
      for (String rockspec : Star.of(hook.prefix(), ".rockspec")) {
        EnvironmentDir.runStep(
            hook,
            List.of(luarocks, "--tree", env.toString(), "make", rockspec),
            hook.prefix(),
            installVars);
      }
    }
    // luarocks installs one package per call.
    for (String dependency : hook.config().additionalDependencies()) {
      EnvironmentDir.runStep(
          hook,
          List.of(luarocks, "--tree", env.toString(), "install", dependency),
          EnvironmentDir.isRemote(hook) ? hook.prefix() : env,
          installVars);
    }
  }

  /** The version remembered at install, else luarocks' answer (an environment being built). */
  private static String luaVersion(Path env, Map<String, String> vars) {
    try {
      return Files.readString(env.resolve(LUA_VERSION_FILE), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return askLuaVersion(vars);
    }
  }

  private static String askLuaVersion(Map<String, String> vars) {
    try {
      String luarocks = Executables.find("luarocks", vars).map(Path::toString).orElse("luarocks");
      ProcessResult result =
          ProcessRunner.merged(vars)
              .run(List.of(luarocks, "config", "--lua-ver"), Path.of(".").toAbsolutePath());
      return result.succeeded() ? result.outputText().strip() : "";
    } catch (IOException e) {
      return "";
    }
  }
}
