package dev.precommit.install;

import dev.precommit.FatalException;
import dev.precommit.config.Stage;
import dev.precommit.git.GitException;
import dev.precommit.output.Output;
import dev.precommit.repo.CacheDir;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The engine's door for a build tool plugin that keeps the engine off its own class path (the Maven
 * plugin: every dependency of a plugin costs Maven time on every build, to resolve it and to build
 * the plugin's class realm). The plugin opens the runnable jar in a class loader of its own, whose
 * parent is the platform class loader, and calls this as a {@link Function}: JDK types in and out,
 * so that nothing of the engine crosses the class loaders, and each outcome is a value (the
 * engine's exceptions are not the plugin's classes).
 *
 * <p>The request: {@code goal} ({@code install}, {@code uninstall} or {@code command}), {@code
 * start} (a {@link Path} in the work tree), {@code env} ({@code Map<String, String>}), {@code jar}
 * (the {@link Path} of this runnable jar), {@code out} and {@code err} ({@link OutputStream}s for
 * what {@code precommit install} would print), {@code hookTypes} ({@code List<String>}, may be
 * empty), {@code config} (a {@link String}), {@code allowMissingConfig} and {@code startupArchive}
 * ({@link Boolean}s).
 *
 * <p>The answer: {@code outcome}, one of {@code unchanged}, {@code installed}, {@code refused}
 * ({@code core.hooksPath} is set), {@code not-git}, {@code invalid} (a bad request: {@code message}
 * says what), {@code failed} ({@code message} says why), {@code uninstalled}, {@code command};
 * {@code training} (true when a start-up archive trainer was started); {@code command} (for the
 * goal {@code command}: the {@code java … -jar <jar>} that runs this jar as the shims' launcher
 * does, as a {@code List<String>}).
 */
public final class BuildPluginCall implements Function<Map<String, Object>, Map<String, Object>> {

  @Override
  public Map<String, Object> apply(Map<String, Object> request) {
    Map<String, Object> answer = new HashMap<>();
    @SuppressWarnings("unchecked")
    Map<String, String> env = (Map<String, String>) request.get("env");
    Path start = (Path) request.get("start");
    Output out =
        new Output((OutputStream) request.get("out"), (OutputStream) request.get("err"), false);
    String goal = (String) request.get("goal");
    List<Stage> hookTypes = new ArrayList<>();
    for (Object name : (List<?>) request.getOrDefault("hookTypes", List.of())) {
      String id = String.valueOf(name).strip();
      Optional<Stage> type = Stage.fromId(id).filter(Stage::isHookType);
      if (type.isEmpty()) {
        answer.put("outcome", "invalid");
        answer.put("message", "not a git hook type: " + id);
        return answer;
      }
      hookTypes.add(type.get());
    }
    try {
      JarLauncher launcher = JarLauncher.ofThisJvm((Path) request.get("jar"));
      StartupArchive archive = launcher.archive(CacheDir.resolve(env).resolve("startup"));
      switch (goal) {
        case "install" -> {
          BuildHooks.Outcome outcome =
              new BuildHooks(start, env, out)
                  .install(
                      launcher,
                      archive,
                      hookTypes,
                      (String) request.get("config"),
                      (Boolean) request.get("allowMissingConfig"),
                      (Boolean) request.get("startupArchive"));
          answer.put("outcome", outcome.name().toLowerCase(Locale.ROOT));
          answer.put(
              "training",
              outcome != BuildHooks.Outcome.REFUSED
                  && (Boolean) request.get("startupArchive")
                  && archive.startTraining(launcher, env));
        }
        case "uninstall" -> {
          new BuildHooks(start, env, out).uninstall(hookTypes, (String) request.get("config"));
          answer.put("outcome", "uninstalled");
        }
        case "command" -> {
          answer.put("command", command(launcher, archive));
          answer.put("outcome", "command");
        }
        default -> {
          answer.put("outcome", "invalid");
          answer.put("message", "no such goal: " + goal);
        }
      }
    } catch (GitException e) {
      answer.put("outcome", "not-git");
      answer.put("message", e.getMessage());
    } catch (FatalException | IOException | UncheckedIOException e) {
      answer.put("outcome", "failed");
      answer.put("message", e.getMessage());
    }
    return answer;
  }

  /** {@code java [archive] flags -jar <jar>}: how the shims' launcher runs the engine. */
  private static List<String> command(JarLauncher launcher, StartupArchive archive) {
    List<String> command = new ArrayList<>();
    command.add(launcher.java().toString());
    if (Files.isRegularFile(archive.file())) {
      command.add(archive.useFlag() + archive.file());
    }
    command.addAll(launcher.jvmFlags());
    command.add("-jar");
    command.add(launcher.jar().toString());
    return command;
  }
}
