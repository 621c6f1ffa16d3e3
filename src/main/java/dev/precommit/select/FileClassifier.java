package dev.precommit.select;

import dev.precommit.FatalException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tags files the way identify's {@code tags_from_path} does, because a hook's {@code types}, {@code
 * types_or} and {@code exclude_types} are written against identify's tags and must select exactly
 * the files pre-commit would. One instance serves one run: tags are cached per path and the cache
 * is safe to fill from several threads.
 *
 * <p>Only what identify reads is read: the file's metadata, its name, and for files the name does
 * not explain, the shebang line and the first 1024 bytes. Links are never followed. One deliberate
 * difference: a FIFO or device is not opened (identify would block reading a FIFO); its content is
 * taken as empty, so it is tagged as text.
 */
public final class FileClassifier {
  static final String DIRECTORY = "directory";
  static final String SYMLINK = "symlink";
  static final String SOCKET = "socket";
  static final String FILE = "file";
  static final String EXECUTABLE = "executable";
  static final String NON_EXECUTABLE = "non-executable";
  static final String TEXT = "text";
  static final String BINARY = "binary";

  private static final Set<String> DIRECTORY_TAGS = Set.of(DIRECTORY);
  private static final Set<String> SYMLINK_TAGS = Set.of(SYMLINK);
  private static final Set<String> SOCKET_TAGS = Set.of(SOCKET);
  private static final int SNIFF_BYTES = 1024;
  private static final int S_IFMT = 0170000;
  private static final int S_IFSOCK = 0140000;

  private final Path root;
  private final boolean posix;
  private final ConcurrentHashMap<String, Set<String>> cache = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, BasicFileAttributes> statted = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<TagParts, Set<String>> combinations = new ConcurrentHashMap<>();

  /** Classifies paths relative to {@code root} (the repository's top level). */
  public FileClassifier(Path root) {
    this.root = root;
    this.posix = root.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** The directory paths are relative to. */
  public Path root() {
    return root;
  }

  /**
   * The tags of {@code path}, a repository-relative path with {@code /} separators.
   *
   * @throws UncheckedIOException wrapping {@link NoSuchFileException} when nothing is there (not
   *     even a broken link), or the error met reading it
   */
  public Set<String> tags(String path) {
    Set<String> tags = cache.get(path);
    if (tags == null) {
      try {
        tags = classify(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Set<String> raced = cache.putIfAbsent(path, tags);
      tags = raced != null ? raced : tags;
    }
    return tags;
  }

  /**
   * {@code os.path.lexists}: whether anything is at {@code path}, a broken symlink included. The
   * metadata read to answer is kept for {@link #tags}, so a file that is filtered and classified
   * costs one {@code lstat}; its tags describe the file as it was at this call.
   */
  public boolean exists(String path) {
    try {
      statted.put(path, lstat(resolve(root, path)));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The file's metadata, with permission bits where the file system has them. */
  private BasicFileAttributes lstat(Path path) throws IOException {
    return posix
        ? Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        : Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  private Set<String> classify(String relative) throws IOException {
    BasicFileAttributes attributes = statted.remove(relative);
    Path path = resolve(root, relative);
    if (attributes == null) {
      attributes = lstat(path);
    }
    if (attributes.isDirectory()) {
      return DIRECTORY_TAGS;
    }
    if (attributes.isSymbolicLink()) {
      return SYMLINK_TAGS;
    }
    boolean regular = attributes.isRegularFile();
    if (!regular && isSocket(path)) {
      return SOCKET_TAGS;
    }
    boolean executable = isExecutable(path, attributes);
    Set<String> byName = tagsFromFilename(basename(relative));
    Set<String> byInterpreter = Set.of();
    if (byName.isEmpty() && executable && regular) {
      List<String> command;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
        command = Shebang.parse(in);
      }
      if (!command.isEmpty()) {
        byInterpreter = tagsFromInterpreter(command.get(0));
      }
    }
    boolean decided =
        byName.contains(TEXT)
            || byName.contains(BINARY)
            || byInterpreter.contains(TEXT)
            || byInterpreter.contains(BINARY);
    Boolean text = decided ? null : !regular || isText(path);
    return combined(new TagParts(byName, byInterpreter, executable, text));
  }

  /**
   * What a file's tags are made of; equal parts give the same, shared, tag set. {@code equals} and
   * {@code hashCode} are written out: a record's generated ones are linked through {@code
   * invokedynamic} on first use, which costs more at start-up than a run's worth of calls.
   */
  private record TagParts(
      Set<String> byName, Set<String> byInterpreter, boolean executable, Boolean text) {
    @Override
    public boolean equals(Object other) {
      return other instanceof TagParts o
          && executable == o.executable
          && Objects.equals(text, o.text)
          && byName.equals(o.byName)
          && byInterpreter.equals(o.byInterpreter);
    }

    @Override
    public int hashCode() {
      return ((byName.hashCode() * 31 + byInterpreter.hashCode()) * 31 + Objects.hashCode(text)) * 2
          + (executable ? 1 : 0);
    }
  }

  /**
   * The tag set for {@code parts}, built once per distinct combination: a repository has thousands
   * of files but a few dozen distinct tag sets, and sharing them lets {@link FileFilter} decide a
   * hook's {@code types} once per set.
   */
  private Set<String> combined(TagParts parts) {
    Set<String> tags = combinations.get(parts);
    if (tags == null) {
      Set<String> all = new HashSet<>();
      all.add(FILE);
      all.add(parts.executable() ? EXECUTABLE : NON_EXECUTABLE);
      all.addAll(parts.byName());
      all.addAll(parts.byInterpreter());
      if (parts.text() != null) {
        all.add(parts.text() ? TEXT : BINARY);
      }
      tags = Set.copyOf(all);
      Set<String> raced = combinations.putIfAbsent(parts, tags);
      tags = raced != null ? raced : tags;
    }
    return tags;
  }

  /**
   * {@code root} joined with a repository-relative path.
   *
   * @throws FatalException when the JVM cannot name the path: a NUL, or a non-ASCII name while the
   *     JVM's file-name encoding (from the locale) is not UTF-8
   */
  static Path resolve(Path root, String relative) {
    try {
      return root.resolve(relative);
    } catch (InvalidPathException e) {
      String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
      String hint =
          encoding.equalsIgnoreCase("UTF-8")
              ? ""
              : " (file names are read as "
                  + encoding
                  + " here: run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8)";
      throw new FatalException("cannot open `" + relative + "`: " + e.getReason() + hint, e);
    }
  }

  /**
   * {@code os.access(path, X_OK)}. Where the metadata has permission bits, a file with no execute
   * bit is not executable for anyone (root included), which settles most files without a system
   * call; the rest ask {@code access} through {@link java.io.File}, which answers without throwing.
   */
  private static boolean isExecutable(Path path, BasicFileAttributes attributes) {
    if (attributes instanceof PosixFileAttributes posix) {
      Set<PosixFilePermission> permissions = posix.permissions();
      boolean anyExecuteBit =
          permissions.contains(PosixFilePermission.OWNER_EXECUTE)
              || permissions.contains(PosixFilePermission.GROUP_EXECUTE)
              || permissions.contains(PosixFilePermission.OTHERS_EXECUTE);
      return anyExecuteBit && path.toFile().canExecute();
    }
    return Files.isExecutable(path);
  }

  private static boolean isSocket(Path path) {
    try {
      Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      return mode instanceof Integer m && (m & S_IFMT) == S_IFSOCK;
    } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
      return false; // no unix attribute view (Windows): sockets do not occur in repositories there
    }
  }

  private static boolean isText(Path path) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    return isText(head);
  }

  /**
   * libmagic's rule as identify applies it: binary when any byte is NUL, DEL, or a C0 control other
   * than BEL, BS, TAB, LF, VT, FF, CR and ESC. Bytes from 0x80 up count as text.
   */
  static boolean isText(byte[] head) {
    for (byte b : head) {
      if (b == 0x7f || (b >= 0 && b < 0x20 && (b < 7 || b > 13) && b != 27)) {
        return false;
      }
    }
    return true;
  }

  private static String basename(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * The tags a file name alone implies: those of the first of the whole name and its dot-separated
   * parts that is a special name ({@code Dockerfile.xenial} is a Dockerfile), plus those of its
   * lower-cased extension (as {@code os.path.splitext} finds it: leading dots do not start one, so
   * {@code .bashrc} has none).
   */
  public static Set<String> tagsFromFilename(String filename) {
    Set<String> named = IdentifyTables.NAMES.get(filename);
    if (named == null) {
      for (String part : filename.split("\\.", -1)) {
        named = IdentifyTables.NAMES.get(part);
        if (named != null) {
          break;
        }
      }
    }
    Set<String> byExtension = null;
    String extension = extension(filename);
    if (extension != null) {
      extension = extension.toLowerCase(Locale.ROOT);
      byExtension = IdentifyTables.EXTENSIONS.get(extension);
      if (byExtension == null) {
        byExtension = IdentifyTables.EXTENSIONS_NEED_BINARY_CHECK.get(extension);
      }
    }
    if (named == null || byExtension == null) {
      Set<String> only = named != null ? named : byExtension;
      return only != null ? only : Set.of();
    }
    Set<String> tags = new HashSet<>(named);
    tags.addAll(byExtension);
    return Set.copyOf(tags);
  }

  /** The text after the last dot, or null when the name has no extension. */
  private static String extension(String filename) {
    int dot = filename.lastIndexOf('.');
    for (int i = 0; i < dot; i++) {
      if (filename.charAt(i) != '.') {
        return filename.substring(dot + 1);
      }
    }
    return null;
  }

  /**
   * The tags of a shebang interpreter: its base name, then shorter names made by dropping a {@code
   * .suffix} at a time ({@code python3.11} → {@code python3}).
   */
  public static Set<String> tagsFromInterpreter(String interpreter) {
    String name = interpreter.substring(interpreter.lastIndexOf('/') + 1);
    while (!name.isEmpty()) {
      Set<String> tags = IdentifyTables.INTERPRETERS.get(name);
      if (tags != null) {
        return tags;
      }
      int dot = name.lastIndexOf('.');
      name = dot < 0 ? "" : name.substring(0, dot);
    }
    return Set.of();
  }
}
