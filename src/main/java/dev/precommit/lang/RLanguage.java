package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import dev.precommit.repo.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code language: r}, as pre-commit builds it: the hook repository's {@code renv.lock} and {@code
 * renv/} copied into {@code renv-default}, {@code renv::restore()} there, the repository installed
 * when it is an R package, then {@code renv::install} of the {@code additional_dependencies}. The
 * entry is {@code Rscript -e <expr>} or {@code Rscript <script in the hook repository>}, run with
 * {@code R_PROFILE_USER} at the environment's {@code activate.R}. {@code Rscript} is {@code
 * $R_HOME/bin/Rscript} when {@code R_HOME} is set.
 */
final class RLanguage extends ToolchainLanguage {
  private static final List<String> RENV_ACTIVATED =
      List.of("--no-save", "--no-restore", "--no-site-file", "--no-environ");

  /** Options pre-commit sets before each of its R snippets. */
  private static final String SETUP =
      "options(\n"
          + "    install.packages.compile.from.source = \"never\",\n"
          + "    pkgType = \"binary\"\n"
          + ")\n\n";

  RLanguage() {
    super("r", "renv");
  }

  @Override
  Toolchain toolchain(Map<String, String> env) {
    String rHome = env.get("R_HOME");
    return Toolchain.of(
        "R",
        rHome == null ? "Rscript" : Path.of(rHome, "bin", "Rscript").toString(),
        "r-base-core",
        "R",
        "r",
        "https://cloud.r-project.org");
  }

  @Override
  Map<String, String> inEnvironment(Path env, Map<String, String> vars) {
    Map<String, String> patched = new HashMap<>(vars);
    patched.put("R_PROFILE_USER", env.resolve("activate.R").toString());
    patched.remove("RENV_PROJECT");
    return patched;
  }

  @Override
  void build(Hook hook, Path env, Map<String, String> vars) throws IOException {
    Path prefix = hook.prefix();
    if (EnvironmentDir.isRemote(hook)) {
      Files.copy(prefix.resolve("renv.lock"), env.resolve("renv.lock"));
      copyTree(prefix.resolve("renv"), env.resolve("renv"));
    } else {
      // pre-commit's template for local hooks: an empty lock file and an activate.R that
      // loads the renv installed on the machine.
      Files.writeString(
          env.resolve("renv.lock"),
          "{\"R\": {\"Version\": \"4.0.3\", \"Repositories\": [{\"Name\": \"CRAN\","
              + " \"URL\": \"https://cloud.r-project.org\"}]}, \"Packages\": {}}\n",
          StandardCharsets.UTF_8);
      Files.createDirectories(env.resolve("renv"));
      Files.writeString(
          env.resolve("renv").resolve("activate.R"),
          "local({\n  requireNamespace(\"renv\", quietly = TRUE)\n})\n",
          StandardCharsets.UTF_8);
    }
    String install =
        "prefix_dir <- "
            + rString(prefix.toString())
            + "\n"
            + "options(\n"
            + "    repos = c(CRAN = \"https://cran.rstudio.com\"),\n"
            + "    renv.consent = TRUE\n"
            + ")\n"
            + "source(\"renv/activate.R\")\n"
            + "renv::restore()\n"
            + "activate_statement <- paste0(\n"
            + "  'suppressWarnings({',\n"
            + "  'old <- setwd(\"', getwd(), '\"); ',\n"
            + "  'source(\"renv/activate.R\"); ',\n"
            + "  'setwd(old); ',\n"
            + "  'renv::load(\"', getwd(), '\");})'\n"
            + ")\n"
            + "writeLines(activate_statement, 'activate.R')\n"
            + "is_package <- tryCatch(\n"
            + "  {\n"
            + "      path_desc <- file.path(prefix_dir, 'DESCRIPTION')\n"
            + "      suppressWarnings(desc <- read.dcf(path_desc))\n"
            + "      \"Package\" %in% colnames(desc)\n"
            + "  },\n"
            + "  error = function(...) FALSE\n"
            + ")\n"
            + "if (is_package) {\n"
            + "    renv::install(prefix_dir)\n"
            + "}\n";
    rscript(hook, env, vars, List.of("--vanilla"), install, List.of());
    rscript(
        hook,
        env,
        vars,
        RENV_ACTIVATED,
        "renv::settings$r.version(as.character(getRversion()))\n",
        List.of());
    List<String> dependencies = hook.config().additionalDependencies();
    if (!dependencies.isEmpty()) {
      rscript(
          hook,
          env,
          vars,
          RENV_ACTIVATED,
          "renv::install(commandArgs(trailingOnly = TRUE))\n",
          dependencies);
    }
  }

  /** Runs {@code code} from a temporary file, as pre-commit does to avoid quoting. */
  private void rscript(
      Hook hook,
      Path env,
      Map<String, String> vars,
      List<String> options,
      String code,
      List<String> args)
      throws IOException {
    Path dir = Files.createTempDirectory("precommit-r");
    try {
      Path script = dir.resolve("script.R");
      Files.writeString(script, SETUP + code, StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>();
      command.add(tool(vars));
      command.addAll(options);
      command.add(script.toString());
      command.addAll(args);
      EnvironmentDir.runStep(hook, command, env, inEnvironment(env, vars));
    } finally {
      Store.deleteRecursively(dir);
    }
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException {
    List<String> entry = CommandLine.of(hook);
    int entryWords = entry.size() - hook.config().args().size();
    List<String> words = entry.subList(0, entryWords);
    String problem = entryProblem(words);
    if (problem != null) {
      return EntryProcess.failure("hook `" + hook.id() + "` (language r): " + problem);
    }
    List<String> command = new ArrayList<>();
    command.add(tool(context.environment()));
    command.addAll(RENV_ACTIVATED);
    if (words.get(1).equals("-e") || !EnvironmentDir.isRemote(hook)) {
      command.addAll(words.subList(1, words.size()));
    } else {
      command.add(hook.prefix().resolve(words.get(1)).toString());
    }
    command.addAll(hook.config().args());
    HookContext inEnvironment =
        new HookContext(
            context.root(),
            inEnvironment(environment(hook, context), context.environment()),
            context.jobs(),
            context.color(),
            context.cacheDir());
    return SystemLanguage.runCommand(command, hook, files, inEnvironment);
  }

  /** pre-commit's {@code _entry_validate}: {@code Rscript -e expr} or {@code Rscript path}. */
  static String entryProblem(List<String> entry) {
    if (!entry.get(0).equals("Rscript") || entry.size() < 2) {
      return "entry must start with `Rscript`.";
    }
    if (entry.get(1).equals("-e")) {
      return entry.size() > 3 ? "You can supply at most one expression." : null;
    }
    return entry.size() > 2
        ? "The only valid syntax is `Rscript -e {expr}`or `Rscript path/to/hook/script`"
        : null;
  }

  /** An R string literal (Python's repr of a str, which R reads the same for paths). */
  private static String rString(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      throw new IOException(from + " is missing");
    }
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
