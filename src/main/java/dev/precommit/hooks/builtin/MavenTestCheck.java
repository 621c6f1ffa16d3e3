package dev.precommit.hooks.builtin;

import dev.precommit.config.Stage;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code maven-test}: runs the unit tests a commit can break, and no others. The changed files are
 * mapped to the reactor modules that contain them (nearest enclosing module listed in {@code
 * <modules>}), and Maven builds only those and what they depend on: {@code mvn -B -q -pl <modules>
 * -am test}. A single-module project runs {@code mvn -B -q test}; a change to the root {@code
 * pom.xml} or {@code .mvn/} runs the whole reactor; files outside every module (a root README) run
 * nothing. The build's output is the hook's output, its exit code the hook's.
 *
 * <p>Uses {@code ./mvnw} when the repository has an executable Maven wrapper, else {@code mvn} from
 * {@code PATH}. Arguments other than {@code --all-modules} go to Maven (e.g. {@code -o}, {@code
 * -Pci}, {@code -Dsurefire.failIfNoSpecifiedTests=false}).
 *
 * <p>To run the whole suite instead, whatever changed: {@code args: [--all-modules]}. The engine
 * hands the check the hook's files even though it passes none to a process ({@code pass_filenames:
 * false}); when it gets none it asks git for the staged files (or the {@code
 * PRE_COMMIT_FROM_REF...PRE_COMMIT_TO_REF} range on push).
 */
public final class MavenTestCheck implements Check {
  static final String ALL_MODULES = "--all-modules";

  private static final CheckInfo INFO =
      new CheckInfo(
          "maven-test",
          "maven test",
          "runs the tests of the Maven modules that contain changed files.",
          "",
          "^$",
          List.of("file"),
          List.of(),
          List.of(),
          List.of(Stage.PRE_COMMIT, Stage.PRE_PUSH, Stage.MANUAL),
          false,
          false,
          true,
          false);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public CheckResult run(CheckContext context, List<String> files, List<String> args)
      throws IOException {
    Path root = context.root();
    if (!Files.isRegularFile(root.resolve("pom.xml"))) {
      return message(1, "maven-test: no pom.xml at the repository root (" + root + ")");
    }
    boolean allModules = args.contains(ALL_MODULES);
    List<String> mavenArgs = args.stream().filter(arg -> !arg.equals(ALL_MODULES)).toList();
    MavenReactor reactor;
    try {
      reactor = MavenReactor.read(root);
    } catch (IOException e) {
      return message(1, "maven-test: " + e.getMessage());
    }
    Optional<List<String>> selection =
        allModules ? Optional.of(List.of()) : select(reactor, changedFiles(context, files));
    if (selection.isEmpty()) {
      return message(0, "maven-test: no Maven module contains the changed files");
    }
    List<String> command = command(root, mavenArgs, selection.get());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("maven-test: " + String.join(" ", display(root, command)) + "\n")
            .getBytes(StandardCharsets.UTF_8));
    ProcessResult result;
    try {
      result = ProcessRunner.merged(context.environment()).run(command, root);
    } catch (IOException e) {
      return message(
          1,
          "maven-test: cannot run "
              + command.get(0)
              + ": "
              + e.getMessage()
              + ". Install Maven or commit the Maven wrapper (mvn wrapper:wrapper).");
    }
    out.writeBytes(result.output());
    return new CheckResult(result.exitCode(), out.toByteArray(), Set.of());
  }

  /** The modules to build: empty list for the whole reactor, empty optional for nothing to do. */
  static Optional<List<String>> select(MavenReactor reactor, List<String> files) {
    if (files.isEmpty()) {
      return Optional.empty();
    }
    if (reactor.singleModule()) {
      return Optional.of(List.of());
    }
    Set<String> modules = new TreeSet<>();
    for (String file : files) {
      if (file.equals("pom.xml") || file.startsWith(".mvn/")) {
        return Optional.of(List.of());
      }
      reactor.moduleOf(file).ifPresent(modules::add);
    }
    return modules.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(modules));
  }

  /** The Maven command: wrapper or {@code mvn}, quiet batch mode, then {@code -pl … -am test}. */
  static List<String> command(Path root, List<String> mavenArgs, List<String> modules) {
    Path wrapper = root.resolve("mvnw");
    List<String> command = new ArrayList<>();
    command.add(
        Files.isRegularFile(wrapper) && Files.isExecutable(wrapper) ? wrapper.toString() : "mvn");
    command.add("-B");
    command.add("-q");
    command.addAll(mavenArgs);
    if (!modules.isEmpty()) {
      command.add("-pl");
      command.add(String.join(",", modules));
      command.add("-am");
    }
    command.add("test");
    return command;
  }

  private static List<String> changedFiles(CheckContext context, List<String> files) {
    if (!files.isEmpty()) {
      return files;
    }
    Map<String, String> env = context.environment();
    if (env.containsKey("PRE_COMMIT_FROM_REF") && env.containsKey("PRE_COMMIT_TO_REF")) {
      return context.projectPaths(
          context.git().changedFiles(env.get("PRE_COMMIT_FROM_REF"), env.get("PRE_COMMIT_TO_REF")));
    }
    return context.projectPaths(context.git().stagedFiles());
  }

  /** The command as a user would type it in the root: {@code ./mvnw} rather than its full path. */
  static List<String> display(Path root, List<String> command) {
    List<String> shown = new ArrayList<>(command);
    Path first = Path.of(shown.get(0));
    if (first.isAbsolute() && first.startsWith(root)) {
      shown.set(0, "./" + root.relativize(first));
    }
    return shown;
  }

  private static CheckResult message(int exitCode, String line) {
    return new CheckResult(exitCode, (line + "\n").getBytes(StandardCharsets.UTF_8), Set.of());
  }
}
