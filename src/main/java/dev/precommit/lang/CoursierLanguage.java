package dev.precommit.lang;

import dev.precommit.FatalException;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code language: coursier}, as pre-commit builds it: for each app descriptor in the hook
 * repository's {@code .pre-commit-channel} directory, {@code cs fetch} then {@code cs install --dir
 * coursier-default} from that channel alone; {@code additional_dependencies} are fetched and
 * installed the same way from the default channels. {@code cs} or {@code coursier}, whichever is on
 * {@code PATH}; {@code COURSIER_CACHE} inside the environment.
 */
final class CoursierLanguage extends ToolchainLanguage {
  private static final Toolchain CS =
      new Toolchain(
          "coursier",
          List.of(List.of("cs", "coursier")),
          "",
          "",
          "coursier/formulas/coursier",
          "https://get-coursier.io/docs/cli-installation");

  CoursierLanguage() {
    super("coursier", "coursier");
  }

  @Override
  Toolchain toolchain(Map<String, String> env) {
    return CS;
  }

  @Override
  Map<String, String> inEnvironment(Path env, Map<String, String> vars) {
    Map<String, String> patched = withPath(env, vars);
    patched.put("COURSIER_CACHE", env.resolve(".cs-cache").toString());
    return patched;
  }

  @Override
  void build(Hook hook, Path env, Map<String, String> vars) throws IOException {
    Map<String, String> installVars = inEnvironment(env, vars);
    String cs = tool(vars);
    Path channel = hook.prefix().resolve(".pre-commit-channel");
    List<String> dependencies = hook.config().additionalDependencies();
    Path directory = EnvironmentDir.isRemote(hook) ? hook.prefix() : env;
    if (EnvironmentDir.isRemote(hook) && Files.isDirectory(channel)) {
      for (String descriptor : Star.of(channel, "")) {
        int dot = descriptor.lastIndexOf('.');
        String app = dot > 0 ? descriptor.substring(0, dot) : descriptor;
        install(
            hook,
            cs,
            env,
            directory,
            installVars,
            List.of("--default-channels=false", "--channel", channel.toString(), app));
      }
    } else if (dependencies.isEmpty()) {
      throw new FatalException(
          "cannot install the environment of hook `"
              + hook.id()
              + "`: expected .pre-commit-channel dir or additional_dependencies");
    }
    if (!dependencies.isEmpty()) {
      install(hook, cs, env, directory, installVars, dependencies);
    }
  }

  private static void install(
      Hook hook,
      String cs,
      Path env,
      Path directory,
      Map<String, String> vars,
      List<String> options)
      throws IOException {
    List<String> fetch = new ArrayList<>(List.of(cs, "fetch"));
    fetch.addAll(options);
    EnvironmentDir.runStep(hook, fetch, directory, vars);
    List<String> install = new ArrayList<>(List.of(cs, "install", "--dir", env.toString()));
    install.addAll(options);
    EnvironmentDir.runStep(hook, install, directory, vars);
  }
}
