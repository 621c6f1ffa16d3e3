package dev.precommit.repo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which revs of a hook repository an in-process check answers for, hook by hook: the releases the
 * checks know (tag and commit, oldest first) and, per hook id, the oldest release from which the
 * real hook behaves as the check does, and the names older releases' manifests gave a hook. Read
 * from a tab-separated resource ({@code release TAG SHA}, {@code hook ID SINCE}, {@code name ID
 * BEFORE NAME}; {@code #} starts a comment).
 *
 * @param releases the known releases, oldest first
 * @param since per hook id, the index in {@code releases} of the oldest release it answers for
 * @param names per hook id, the names it had before a release, oldest rename first
 */
public record RevTable(
    List<Release> releases, Map<String, Integer> since, Map<String, List<OldName>> names) {
  /** A release: its tag and the full SHA of the commit the tag names. */
  public record Release(String tag, String commit) {}

  /**
   * A hook's manifest name at the releases before one.
   *
   * @param before the index in {@code releases} of the first release that no longer has the name
   * @param name the name releases before it give the hook
   */
  public record OldName(int before, String name) {}

  public RevTable {
    releases = List.copyOf(releases);
    since = Map.copyOf(since);
    names = Map.copyOf(names);
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
    Map<String, List<OldName>> names = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length == 4 && f[0].equals("name")) {
        int before = indexOf(releases, f[2]);
        if (before < 0) {
          throw new IllegalStateException("unknown release in rev table: " + line);
        }
        names.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new OldName(before, f[3]));
        continue;
      }
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
    names.values().forEach(l -> l.sort(Comparator.comparingInt(OldName::before)));
    return new RevTable(releases, since, names);
  }

  /**
   * The name the manifest of release {@code rev} gives hook {@code id}, when it is not the newest
   * releases' name (the in-process check's default); empty for other revs.
   */
  public Optional<String> oldName(String id, String rev) {
    Optional<Integer> at = release(rev);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    return names.getOrDefault(id, List.of()).stream()
        .filter(n -> at.get() < n.before())
        .map(OldName::name)
        .findFirst();
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
