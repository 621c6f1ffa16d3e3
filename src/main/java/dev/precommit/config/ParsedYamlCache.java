package dev.precommit.config;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Parsed config YAML kept in the cache directory, keyed by the file's text: a cold YAML parse is
 * the largest single cost of a commit's hook run (~30 ms of ~170), and reading back a few hundred
 * bytes of plain values is not. An entry stores the whole text it was parsed from and is used only
 * when that text is identical, so a stale or colliding entry is never believed; one written by
 * another build of precommit is ignored. Trees with values other than strings, booleans, ints,
 * longs, doubles, null, lists and maps (timestamps, binary, sets, pairs, shared or recursive
 * aliases are all rare in configs) are parsed every time. Every cache failure falls back to
 * parsing: the cache can make a run faster, never different.
 */
public final class ParsedYamlCache {
  private static final String FORMAT = "precommit-parsed-yaml 1 ";

  /** Entries kept before pruning: a few configs, each edited a few times. */
  static final int MAX_ENTRIES = 64;

  private final Path dir;
  private final String version;

  /**
   * @param dir where entries live (created on first write)
   * @param version names the build, part of every entry's header; null turns caching off
   */
  public ParsedYamlCache(Path dir, String version) {
    this.dir = dir;
    this.version = version;
  }

  /**
   * A cache in {@code dir} for this very build: entries carry the size and time of the jar (or
   * class directory) this class came from, so a rebuilt jar never reads an entry an earlier build
   * wrote. (Not the version number: reading it from the jar costs as much as the parse.)
   */
  public static ParsedYamlCache forThisBuild(Path dir) {
    return new ParsedYamlCache(dir, buildStamp());
  }

  /**
   * The size and time of the jar (or class directory) this class came from, or null when there is
   * no way to tell builds apart (then nothing is cached).
   */
  static String buildStamp() {
    try {
      Path code =
          Path.of(
              ParsedYamlCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
    } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
      return null;
    }
  }

  /** The tree {@link YamlReader#parse} gives for {@code text}, from the cache when it has it. */
  Object parse(String text, String name) {
    if (version == null) {
      return YamlReader.parse(text, name);
    }
    Path entry =
        dir.resolve(
            "config-" + Integer.toHexString(text.hashCode()) + "-" + text.length() + ".bin");
    Object cached = read(entry, text);
    if (cached != Miss.MISS) {
      return cached;
    }
    Object tree = YamlReader.parse(text, name);
    write(entry, text, tree);
    return tree;
  }

  /** What {@link #read} returns when the entry cannot be used. */
  private enum Miss {
    MISS
  }

  private Object read(Path entry, String text) {
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(entry)))) {
      if (!readString(in).equals(FORMAT + version) || !readString(in).equals(text)) {
        return Miss.MISS;
      }
      return readValue(in);
    } catch (IOException | RuntimeException e) {
      return Miss.MISS;
    }
  }

  private void write(Path entry, String text, Object tree) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeString(out, FORMAT + version);
      writeString(out, text);
      writeValue(out, tree, new IdentityHashMap<>());
    } catch (IOException | Unsupported e) {
      return;
    }
    try {
      writeAtomically(entry, bytes.toByteArray());
      prune();
    } catch (IOException | RuntimeException e) {
      // A read-only or full cache only costs the next run a parse.
    }
  }

  /**
   * Writes {@code bytes} to {@code file} (creating its directory) through a temporary file moved
   * over it, so a reader sees the old file or the new one, never half of one.
   */
  static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    // Not Files.createTempFile: its SecureRandom costs ~20 ms to set up on a cold JVM.
    Path temporary =
        file.resolveSibling(
            file.getFileName()
                + "."
                + ProcessHandle.current().pid()
                + "."
                + System.nanoTime()
                + ".tmp");
    try {
      Files.write(temporary, bytes);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Keeps the directory small: a config edited many times leaves an entry per version, so past
   * {@link #MAX_ENTRIES} the least recently written half goes. Runs only after a miss.
   */
  private void prune() throws IOException {
    List<Path> entries;
    try (Stream<Path> listed = Files.list(dir)) {
      entries = listed.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
    }
    if (entries.size() <= MAX_ENTRIES) {
      return;
    }
    Map<Path, Long> written = new HashMap<>();
    for (Path entry : entries) {
      written.put(entry, Files.getLastModifiedTime(entry).toMillis());
    }
    List<Path> oldestFirst = new ArrayList<>(entries);
    oldestFirst.sort(Comparator.comparing(written::get));
    for (Path old : oldestFirst.subList(0, entries.size() - MAX_ENTRIES / 2)) {
      Files.deleteIfExists(old);
    }
  }

  /** A tree this format does not hold. */
  static final class Unsupported extends Exception {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * Writes {@code value}; a list or map met twice (a shared or recursive alias) is {@link
   * Unsupported}, except an empty one (the JDK shares its empty immutable collections).
   */
  static void writeValue(DataOutputStream out, Object value, Map<Object, Object> seen)
      throws IOException, Unsupported {
    if (value == null) {
      out.writeByte('N');
    } else if (value instanceof String s) {
      out.writeByte('S');
      writeString(out, s);
    } else if (value instanceof Boolean b) {
      out.writeByte(b ? 'T' : 'F');
    } else if (value instanceof Integer i) {
      out.writeByte('I');
      out.writeInt(i);
    } else if (value instanceof Long l) {
      out.writeByte('J');
      out.writeLong(l);
    } else if (value instanceof Double d) {
      out.writeByte('D');
      out.writeDouble(d);
    } else if (value instanceof List<?> list
        && (list.isEmpty() || seen.put(value, value) == null)) {
      out.writeByte('L');
      out.writeInt(list.size());
      for (Object item : list) {
        writeValue(out, item, seen);
      }
    } else if (value instanceof Map<?, ?> map
        && (map.isEmpty() || seen.put(value, value) == null)) {
      out.writeByte('M');
      out.writeInt(map.size());
      for (Map.Entry<?, ?> pair : map.entrySet()) {
        writeValue(out, pair.getKey(), seen);
        writeValue(out, pair.getValue(), seen);
      }
    } else {
      throw new Unsupported();
    }
  }

  static Object readValue(DataInputStream in) throws IOException {
    int tag = in.readByte();
    switch (tag) {
      case 'N':
        return null;
      case 'S':
        return readString(in);
      case 'T':
        return Boolean.TRUE;
      case 'F':
        return Boolean.FALSE;
      case 'I':
        return in.readInt();
      case 'J':
        return in.readLong();
      case 'D':
        return in.readDouble();
      case 'L':
        {
          int size = in.readInt();
          List<Object> list = new ArrayList<>(Math.min(size, 1024));
          for (int i = 0; i < size; i++) {
            list.add(readValue(in));
          }
          return list;
        }
      case 'M':
        {
          int size = in.readInt();
          Map<Object, Object> map = new LinkedHashMap<>();
          for (int i = 0; i < size; i++) {
            Object key = readValue(in);
            map.put(key, readValue(in));
          }
          return map;
        }
      default:
        throw new IOException("unknown tag " + tag);
    }
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("bad length " + length);
    }
    byte[] utf8 = new byte[length];
    in.readFully(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }
}
