package dev.precommit.stash;

import dev.precommit.git.GitRepo;
import dev.precommit.output.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A stand-in for the engine in a process of its own, for the crash tests: takes the lock, stashes,
 * runs a "hook", restores. Usage: {@code <repo> <cache> <mode> [arg]} where mode is
 *
 * <ul>
 *   <li>{@code stop-at <STEP>}: blocks forever once the stash reaches that step;
 *   <li>{@code hook-writes}: the hook rewrites a.txt (partially staged), then blocks;
 *   <li>{@code loop <n>}: stashes and restores n times (to be killed at a random moment);
 *   <li>{@code hook-waits-for-child}: the hook runs {@code sleep 600} and waits for it.
 * </ul>
 *
 * It prints a line when it gets somewhere ({@code AT <STEP>}, {@code IN_HOOK}, {@code ITER <i>}).
 */
public final class StashProcessMain {
  private StashProcessMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    Path root = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    String mode = args[2];
    Output out = new Output(System.out, System.err, false);
    GitRepo repo = GitRepo.discover(root, env);
    Checkpoint checkpoint = Checkpoint.NONE;
    if (mode.equals("stop-at")) {
      Checkpoint.Step target = Checkpoint.Step.valueOf(args[3]);
      checkpoint =
          step -> {
            if (step == target) {
              say("AT " + step);
              blockForever();
            }
          };
    }
    int iterations = mode.equals("loop") ? Integer.parseInt(args[3]) : 1;
    for (int i = 0; i < iterations; i++) {
      try (RepoLock lock = RepoLock.acquire(repo, out, Duration.ofSeconds(5));
          StagedFilesOnly stash = StagedFilesOnly.enter(lock, cache, out, checkpoint)) {
        switch (mode) {
          case "hook-writes" -> {
            if (stash.partiallyStaged().contains("a.txt")) {
              Files.writeString(root.resolve("a.txt"), "written by the hook\n");
            }
            say("IN_HOOK");
            blockForever();
          }
          case "hook-waits-for-child" -> {
            Process child = new ProcessBuilder("sleep", "600").start();
            say("IN_HOOK " + child.pid());
            child.waitFor();
          }
          case "loop" -> say("ITER " + i);
          default -> {}
        }
      }
    }
    say("DONE");
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }

  private static void blockForever() {
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
