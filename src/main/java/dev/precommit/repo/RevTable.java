package dev.precommit.repo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which revs of a hook repository an in-process check answers for, hook by hook: the releases the
 * checks know (tag and commit, oldest first) and, per hook id, the oldest release from which the
 * real hook behaves as the check does. Read from a tab-separated resource ({@code release TAG SHA},
 * {@code hook ID SINCE}; {@code #} starts a comment).
 *
 * @param releases the known releases, oldest first
 * @param since per hook id, the index in {@code releases} of the oldest release it answers for
 */
public record RevTable(List<Release> releases, Map<String, Integer> since) {
  /** A release: its tag and the full SHA of the commit the tag names. */
  public record Release(String tag, String commit) {}

  public RevTable {
    releases = List.copyOf(releases);
    since = Map.copyOf(since);
  }

  /** The table in the resource {@code name} next to this class. */
  public static RevTable load(String name) {
    try (InputStream in = RevTable.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return parse(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RevTable parse(List<String> lines) {
    List<Release> releases = new ArrayList<>();
    Map<String, Integer> since = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException("bad rev table line: " + line);
      }
      if (f[0].equals("release")) {
        releases.add(new Release(f[1], f[2].toLowerCase(Locale.ROOT)));
      } else if (f[0].equals("hook")) {
        int at = indexOf(releases, f[2]);
        if (at < 0) {
          throw new IllegalStateException("unknown release in rev table: " + line);
        }
        since.put(f[1], at);
      } else {
        throw new IllegalStateException("bad rev table line: " + line);
      }
    }
    return new RevTable(releases, since);
  }

  /** True when hook {@code id} at {@code rev} (a release tag or its full commit SHA) is known. */
  public boolean answers(String id, String rev) {
    Integer from = since.get(id);
    if (from == null) {
      return false;
    }
    return release(rev).map(at -> at >= from).orElse(false);
  }

  /** The ids the table knows, sorted. */
  public Iterable<String> ids() {
    return since.keySet().stream().sorted().toList();
  }

  /** The index of the release {@code rev} names (by tag or full commit SHA), if known. */
  private Optional<Integer> release(String rev) {
    int at = indexOf(releases, rev);
    if (at < 0 && RepoCloner.isFullSha(rev)) {
      String sha = rev.toLowerCase(Locale.ROOT);
      for (int i = 0; i < releases.size(); i++) {
        if (releases.get(i).commit().equals(sha)) {
          at = i;
        }
      }
    }
    return at < 0 ? Optional.empty() : Optional.of(at);
  }

  private static int indexOf(List<Release> releases, String tag) {
    for (int i = 0; i < releases.size(); i++) {
      if (releases.get(i).tag().equals(tag)) {
        return i;
      }
    }
    return -1;
  }
}
