package dev.precommit.lang;

import dev.precommit.FatalException;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code language: perl}, as pre-commit builds it: {@code cpan -T . <additional_dependencies>} run
 * in the hook repository with {@code PERL_MM_OPT}/{@code PERL_MB_OPT} pointing the install at
 * {@code perl_env-default}; the hook runs with its {@code bin} first on {@code PATH} and {@code
 * PERL5LIB} at its {@code lib/perl5}. {@code cpan} exits 0 when a module failed to install or CPAN
 * could not be reached, so its output is read for failures, and each dependency named as a module
 * is loaded once to be sure it is there.
 */
final class PerlLanguage extends ToolchainLanguage {
  private static final Toolchain CPAN =
      Toolchain.of("perl", "cpan", "perl", "perl-CPAN", "perl", "https://www.perl.org/get.html");
  private static final Pattern MODULE = Pattern.compile("[A-Za-z_]\\w*(::\\w+)*");

  PerlLanguage() {
    super("perl", "perl_env");
  }

  @Override
  Toolchain toolchain(Map<String, String> env) {
    return CPAN;
  }

  @Override
  Map<String, String> inEnvironment(Path env, Map<String, String> vars) {
    Map<String, String> patched = withPath(env.resolve("bin"), vars);
    String quoted = ShellQuote.quote(env.toString());
    patched.put("PERL5LIB", env.resolve("lib").resolve("perl5").toString());
    patched.put("PERL_MB_OPT", "--install_base " + quoted);
    patched.put(
        "PERL_MM_OPT",
        "INSTALL_BASE=" + quoted + " INSTALLSITEMAN1DIR=none INSTALLSITEMAN3DIR=none");
    return patched;
  }

  @Override
  void build(Hook hook, Path env, Map<String, String> vars) throws IOException {
    boolean remote = EnvironmentDir.isRemote(hook);
    List<String> dependencies = hook.config().additionalDependencies();
    if (!remote && dependencies.isEmpty()) {
      return;
    }
    Map<String, String> installVars = new HashMap<>(inEnvironment(env, vars));
    // Answer cpan's and Makefile.PL's questions with their defaults instead of waiting.
    installVars.put("PERL_MM_USE_DEFAULT", "1");
    List<String> command = new ArrayList<>(List.of(tool(installVars), "-T"));
    if (remote) {
      command.add(".");
    }
    command.addAll(dependencies);
    Path directory = remote ? hook.prefix() : env;
    ProcessResult result =
        ProcessRunner.merged(EnvironmentDir.withoutGitState(installVars)).run(command, directory);
    List<String> lines = result.outputText().lines().map(String::strip).toList();
    Optional<String> failure =
        lines.stream().filter(l -> l.startsWith(">(error)") || l.endsWith("-- NOT OK")).findFirst();
    if (!result.succeeded() || failure.isPresent()) {
      fail(hook, command, result, lines, failure.orElse(lastLine(lines)));
    }
    for (String dependency : dependencies) {
      if (MODULE.matcher(dependency).matches() && !loads(dependency, installVars, env)) {
        fail(hook, command, result, lines, dependency + " is not installed");
      }
    }
  }

  /** True when {@code perl -M<module> -e 1} succeeds in the environment. */
  private static boolean loads(String module, Map<String, String> vars, Path env)
      throws IOException {
    String perl = Executables.find("perl", vars).map(Path::toString).orElse("perl");
    return ProcessRunner.merged(vars).run(List.of(perl, "-M" + module, "-e", "1"), env).succeeded();
  }

  private static void fail(
      Hook hook, List<String> command, ProcessResult result, List<String> lines, String why) {
    String unreachable =
        lines.stream()
            .filter(
                l ->
                    l.contains("unable to resolve host")
                        || l.contains("Connection refused")
                        || l.startsWith("No external ftp command available")
                        || l.contains("Could not fetch"))
            .findFirst()
            .map(l -> " (CPAN could not be reached: " + l + ")")
            .orElse("");
    throw new FatalException(
        "cannot install the environment of hook `"
            + hook.id()
            + "` from "
            + hook.repo()
            + ": `cpan "
            + String.join(" ", command.subList(1, command.size()))
            + "` exited with "
            + result.exitCode()
            + ": "
            + why
            + unreachable);
  }

  private static String lastLine(List<String> lines) {
    return lines.stream().filter(l -> !l.isEmpty()).reduce((a, b) -> b).orElse("(no output)");
  }
}
