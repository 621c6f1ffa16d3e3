import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;

/**
 * Times one git operation in a fresh JVM, done with JGit or with the git command, so that
 * bench/git-access.sh can compare the two on the hook path, where every commit starts a new JVM.
 *
 * <p>Usage: {@code java -cp precommit-all.jar[:classes] JGitAccess REPO OP IMPL [WARM [OUT]]},
 * where OP is {@code staged} (the staged file list), {@code diff} (the working tree's diff from the
 * index, the snapshot taken around a hook) or {@code diff-index} (the unstaged diff the stash
 * saves: against the tree of the index, as {@code git diff-index --binary}), and IMPL is {@code
 * jgit} or {@code git}. Prints one line: {@code OP IMPL open=MS first=MS warm=MS bytes=N items=N
 * sha=HEX}: the time to open the repository (JGit only), the first call (cold classes), the median
 * of WARM (default 10) further calls, and the size and a hash of the result so the two
 * implementations' results can be compared (OUT, when given, receives the bytes).
 */
public final class JGitAccess {
  private JGitAccess() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: JGitAccess REPO staged|diff|diff-index jgit|git [WARM]");
      System.exit(2);
    }
    File dir = new File(args[0]);
    String op = args[1];
    String impl = args[2];
    int warm = args.length > 3 ? Integer.parseInt(args[3]) : 10;

    long t0 = System.nanoTime();
    Repository repo = null;
    if (impl.equals("jgit")) {
      repo = new FileRepositoryBuilder().setWorkTree(dir).setMustExist(true).build();
    } else if (!impl.equals("git")) {
      throw new IllegalArgumentException("IMPL must be jgit or git: " + impl);
    }
    long t1 = System.nanoTime();
    byte[] first = call(repo, dir, op, impl);
    long t2 = System.nanoTime();
    long[] times = new long[warm];
    for (int i = 0; i < warm; i++) {
      long a = System.nanoTime();
      byte[] again = call(repo, dir, op, impl);
      times[i] = System.nanoTime() - a;
      if (!Arrays.equals(again, first)) {
        throw new IllegalStateException(op + " " + impl + " gave another result on call " + i);
      }
    }
    Arrays.sort(times);
    double median =
        warm == 0
            ? Double.NaN
            : (warm % 2 == 1 ? times[warm / 2] : (times[warm / 2 - 1] + times[warm / 2]) / 2.0);
    System.out.printf(
        "%s %s open=%.1f first=%.1f warm=%.1f bytes=%d items=%d sha=%s%n",
        op,
        impl,
        (t1 - t0) / 1e6,
        (t2 - t1) / 1e6,
        median / 1e6,
        first.length,
        items(op, first),
        ObjectId.fromRaw(java.security.MessageDigest.getInstance("SHA-1").digest(first))
            .abbreviate(12)
            .name());
    if (args.length > 4) {
      java.nio.file.Files.write(java.nio.file.Path.of(args[4]), first);
    }
    if (repo != null) {
      repo.close();
    }
  }

  private static byte[] call(Repository repo, File dir, String op, String impl) throws Exception {
    if (impl.equals("git")) {
      return switch (op) {
        case "staged" -> git(dir, "diff", "--cached", "--name-only", "--no-ext-diff", "-z");
        case "diff" -> git(dir, "diff", "--no-ext-diff", "--no-textconv", "--ignore-submodules");
        case "diff-index" -> {
          String tree = new String(git(dir, "write-tree"), StandardCharsets.UTF_8).strip();
          yield git(
              dir,
              "diff-index",
              "--ignore-submodules",
              "--binary",
              "--no-color",
              "--no-ext-diff",
              tree,
              "--");
        }
        default -> throw new IllegalArgumentException("unknown OP " + op);
      };
    }
    return switch (op) {
      case "staged" -> {
        // HEAD's tree against the index, names only; sorted NUL-separated like git's -z list.
        List<DiffEntry> entries;
        try (Git g = new Git(repo)) {
          entries = g.diff().setCached(true).setShowNameAndStatusOnly(true).call();
        }
        TreeSet<String> names = new TreeSet<>();
        for (DiffEntry e : entries) {
          names.add(
              e.getChangeType() == DiffEntry.ChangeType.DELETE ? e.getOldPath() : e.getNewPath());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String n : names) {
          out.write(n.getBytes(StandardCharsets.UTF_8));
          out.write(0);
        }
        yield out.toByteArray();
      }
      case "diff" -> {
        // The index against the working tree, as a patch (git diff).
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Git g = new Git(repo)) {
          g.diff().setOutputStream(out).call();
        }
        yield out.toByteArray();
      }
      case "diff-index" -> {
        // The index written as a tree (git write-tree), then that tree against the working tree.
        // JGit's formatter has no --binary: binary changes come out as "Binary files differ",
        // which a stash could not re-apply; the bytes of such files would have to be saved apart.
        ObjectId tree;
        DirCache index = repo.readDirCache();
        try (ObjectInserter inserter = repo.newObjectInserter()) {
          tree = index.writeTree(inserter);
          inserter.flush();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectReader reader = repo.newObjectReader();
            DiffFormatter formatter = new DiffFormatter(out)) {
          formatter.setRepository(repo);
          formatter.format(new CanonicalTreeParser(null, reader, tree), new FileTreeIterator(repo));
          formatter.flush();
        }
        yield out.toByteArray();
      }
      default -> throw new IllegalArgumentException("unknown OP " + op);
    };
  }

  private static byte[] git(File dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(Arrays.asList(args));
    Process p =
        new ProcessBuilder(command)
            .directory(dir)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    byte[] out;
    try (InputStream in = p.getInputStream()) {
      out = in.readAllBytes();
    }
    int code = p.waitFor();
    if (code > 1) {
      throw new IOException("git " + String.join(" ", args) + " exited " + code);
    }
    return out;
  }

  private static int items(String op, byte[] result) {
    int n = 0;
    if (op.equals("staged")) {
      for (byte b : result) {
        n += b == 0 ? 1 : 0;
      }
      return n;
    }
    String text = new String(result, StandardCharsets.ISO_8859_1);
    int at = -1;
    while ((at = text.indexOf("diff --git ", at + 1)) >= 0) {
      n++;
    }
    return n;
  }
}
