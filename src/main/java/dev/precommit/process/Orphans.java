package dev.precommit.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Processes that hooks started and that outlived their parent. Ctrl-C in a terminal signals the
 * whole foreground process group at once: a hook's shell dies of it at once, and a child it had put
 * in the background (which ignores SIGINT) is handed to init before precommit can find it as a
 * descendant. It is still in precommit's process group, though, and its parent is not: an orphan in
 * the group that started after the first hook did came from a hook. Found through {@code /proc}
 * (Linux); elsewhere there are none to find.
 */
final class Orphans {
  private Orphans() {}

  /** The orphans in this process's group that started at or after {@code sinceMillis}. */
  static List<ProcessHandle> since(long sinceMillis) {
    long self = ProcessHandle.current().pid();
    long[] mine = stat(self);
    if (mine == null) {
      return List.of();
    }
    long group = mine[1];
    Set<Long> ancestors = new HashSet<>();
    ProcessHandle.current().parent().ifPresent(p -> addWithAncestors(p, ancestors));
    List<ProcessHandle> found = new ArrayList<>();
    ProcessHandle.allProcesses()
        .forEach(
            p -> {
              if (p.pid() == self || ancestors.contains(p.pid())) {
                return;
              }
              long started = p.info().startInstant().map(i -> i.toEpochMilli()).orElse(-1L);
              if (started < sinceMillis) {
                return;
              }
              long[] stat = stat(p.pid());
              if (stat == null || stat[1] != group) {
                return;
              }
              long[] parent = stat(stat[0]);
              if (parent == null || parent[1] != group) {
                found.add(p);
              }
            });
    return found;
  }

  private static void addWithAncestors(ProcessHandle p, Set<Long> into) {
    for (ProcessHandle at = p; at != null; at = at.parent().orElse(null)) {
      if (!into.add(at.pid())) {
        return;
      }
    }
  }

  /** A process's parent and process group from {@code /proc/<pid>/stat}, or null. */
  private static long[] stat(long pid) {
    try {
      String text =
          Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
      // "pid (command) state ppid pgrp …": the command may hold spaces and parentheses.
      String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
      return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[2])};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
