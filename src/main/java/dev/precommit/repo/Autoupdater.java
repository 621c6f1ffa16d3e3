package dev.precommit.repo;

import dev.precommit.FatalException;
import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.RepoConfig;
import dev.precommit.output.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code precommit autoupdate}: moves each remote repository's {@code rev} to its latest tag (or
 * {@code HEAD} with bleeding edge, or a SHA with freeze), unless a configured hook is gone there,
 * and rewrites only the {@code rev:} lines of the config. Repositories are looked up {@code jobs}
 * at a time; messages come out in config order.
 */
public final class Autoupdater {
  private final RepoCloner cloner;
  private final Output out;

  public Autoupdater(RepoCloner cloner, Output out) {
    this.cloner = cloner;
    this.out = out;
  }

  /** What to update. {@code repos} empty means all; {@code jobs} 0 means one per core. */
  public record Options(boolean bleedingEdge, boolean freeze, List<String> repos, int jobs) {
    public Options {
      repos = List.copyOf(repos);
    }
  }

  /** Returns 0, or 1 when a repository could not be updated. */
  public int run(Path configFile, String name, Options options) {
    Config config = ConfigLoader.load(configFile, name, out::warn).config();
    List<RepoConfig> remotes = config.repos().stream().filter(RepoConfig::isRemote).toList();
    Set<String> missing = new LinkedHashSet<>(options.repos());
    remotes.forEach(r -> missing.remove(r.repo()));
    if (!missing.isEmpty()) {
      throw new FatalException(
          "repos (" + String.join(", ", missing) + ") were not found in " + name);
    }
    List<RepoConfig> selected =
        remotes.stream()
            .filter(r -> options.repos().isEmpty() || options.repos().contains(r.repo()))
            .toList();
    int jobs = options.jobs() == 0 ? Runtime.getRuntime().availableProcessors() : options.jobs();
    jobs = Math.max(1, Math.min(jobs, Math.max(1, selected.size())));
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    LatestRev latest = new LatestRev(cloner);
    int rc = 0;
    List<RevInfo> updates = new ArrayList<>();
    try {
      List<Future<RevInfo>> found = new ArrayList<>();
      for (RepoConfig repo : selected) {
        found.add(
            pool.submit(() -> latest.find(repo.repo(), !options.bleedingEdge(), options.freeze())));
      }
      int next = 0;
      for (RepoConfig repo : remotes) {
        if (!selected.contains(repo)) {
          updates.add(null);
          continue;
        }
        RevInfo info;
        try {
          info = get(found.get(next++));
        } catch (FatalException e) {
          out.writeLine("[" + repo.repo() + "] " + e.getMessage());
          updates.add(null);
          rc = 1;
          continue;
        }
        if (info.rev().equals(repo.rev())) {
          out.writeLine("[" + repo.repo() + "] already up to date!");
          updates.add(null);
          continue;
        }
        Set<String> gone = new TreeSet<>();
        for (var hook : repo.hooks()) {
          String id = String.valueOf(hook.get("id"));
          if (!info.hookIds().contains(id)) {
            gone.add(id);
          }
        }
        if (!gone.isEmpty()) {
          out.writeLine(
              "["
                  + repo.repo()
                  + "] Cannot update because the update target is missing these"
                  + " hooks: "
                  + String.join(", ", gone));
          updates.add(null);
          rc = 1;
          continue;
        }
        String to = info.frozen() == null ? info.rev() : info.frozen() + " (frozen)";
        out.writeLine("[" + repo.repo() + "] updating " + repo.rev() + " -> " + to);
        updates.add(info);
      }
    } finally {
      pool.shutdownNow();
    }
    if (updates.stream().anyMatch(u -> u != null)) {
      write(configFile, remotes.size(), updates);
    }
    return rc;
  }

  private static void write(Path configFile, int remotes, List<RevInfo> updates) {
    try {
      String text = Files.readString(configFile, StandardCharsets.UTF_8);
      if (RevLines.count(text) != remotes) {
        throw new FatalException(
            "cannot update "
                + configFile
                + " in place: expected one `rev:` line per remote"
                + " repository ("
                + remotes
                + "), found "
                + RevLines.count(text));
      }
      // In place, not by rename: the config may be a symlink or have its own permissions.
      Files.writeString(configFile, RevLines.rewrite(text, updates), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + configFile, e);
    }
  }

  private static RevInfo get(Future<RevInfo> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FatalException("interrupted");
    }
  }
}
