package dev.precommit.stash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random repositories (staged, unstaged, partially staged, untracked, deleted, renamed, binary,
 * CRLF under each core.autocrlf, executable-bit and intent-to-add files) and random hooks (pass,
 * fail, fix, collide, built-in fix, crash) run inside the stash. After every scenario the index and
 * the working tree must be exactly what the model says, byte for byte.
 */
class StagedFilesOnlyPropertyTest {
  static final int TRIES = 300;

  /** How often each interesting situation came up, printed after the run. */
  private static final Map<String, Integer> COVERAGE = new java.util.TreeMap<>();

  private static synchronized void count(String what) {
    COVERAGE.merge(what, 1, Integer::sum);
  }

  enum Category {
    CLEAN,
    STAGED,
    UNSTAGED,
    PARTIAL,
    UNTRACKED,
    DELETED_UNSTAGED,
    DELETED_STAGED,
    REMOVED_FROM_INDEX_KEPT,
    RENAMED,
    RENAMED_AND_EDITED,
    NEW_STAGED,
    NEW_PARTIAL,
    EXEC_UNSTAGED,
    EXEC_STAGED_EDITED,
    INTENT_TO_ADD
  }

  enum Content {
    LF,
    CRLF,
    MIXED,
    BINARY
  }

  enum HookKind {
    PASS,
    FAIL,
    FIX_CLEAN,
    FIX_COLLIDING,
    FIX_UNTRACKED,
    BUILTIN_FIX,
    BUILTIN_FIX_STAGED,
    ENGINE_FIX,
    CRASH
  }

  record FileSpec(String name, Category category, Content content, long seed) {}

  record Scenario(String autocrlf, List<FileSpec> files, List<HookKind> hooks, long seed) {
    @Override
    public String toString() {
      return "autocrlf=" + autocrlf + " files=" + files + " hooks=" + hooks;
    }
  }

  static Scenario randomScenario(Random random) {
    String[] autocrlf = {"false", "false", "true", "input"};
    int fileCount = 1 + random.nextInt(4);
    List<FileSpec> files = new ArrayList<>();
    Category[] categories = Category.values();
    Content[] contents = Content.values();
    for (int i = 0; i < fileCount; i++) {
      files.add(
          new FileSpec(
              "d" + (i % 2) + "/f" + i + (random.nextInt(3) == 0 ? " sp" : "") + ".txt",
              categories[random.nextInt(categories.length)],
              contents[random.nextInt(contents.length)],
              random.nextLong()));
    }
    List<HookKind> hooks = new ArrayList<>();
    int hookCount = random.nextInt(4);
    HookKind[] kinds = HookKind.values();
    for (int i = 0; i < hookCount; i++) {
      hooks.add(kinds[random.nextInt(kinds.length)]);
    }
    return new Scenario(autocrlf[random.nextInt(autocrlf.length)], files, hooks, random.nextLong());
  }

  /** A fixed seed: the same scenarios on every run, so a failure replays exactly. */
  static final long SEED = 20261126L;

  @TestFactory
  Stream<DynamicTest> theStashNeverLosesOrAltersAByte() {
    Random random = new Random(SEED);
    return IntStream.range(0, TRIES)
        .mapToObj(
            i -> {
              Scenario scenario = randomScenario(random);
              return DynamicTest.dynamicTest(
                  "scenario " + i + ": " + scenario,
                  () -> {
                    Path dir = Files.createTempDirectory("stash-prop");
                    try {
                      run(scenario, dir);
                    } finally {
                      deleteTree(dir);
                    }
                  });
            });
  }

  @AfterAll
  static void report() {
    System.out.println("stash property coverage: " + COVERAGE);
  }

  private void run(Scenario scenario, Path dir) throws Exception {
    count("scenarios");
    count("autocrlf=" + scenario.autocrlf());
    StashFixture f = new StashFixture(dir);
    TempGitRepo repo = f.repo;
    Files.writeString(
        repo.path(".git/config"),
        "[core]\n\tautocrlf = " + scenario.autocrlf() + "\n\tsafecrlf = false\n",
        StandardOpenOption.APPEND);
    Set<String> committed = new TreeSet<>();
    Set<String> removeFromIndex = new TreeSet<>();
    Set<String> stage = new TreeSet<>();
    Set<String> intentToAdd = new TreeSet<>();
    Map<String, byte[]> worktree = new HashMap<>();
    Set<String> delete = new TreeSet<>();
    Set<String> executable = new TreeSet<>();
    Map<String, String> renames = new HashMap<>();
    Map<String, byte[]> staged = new HashMap<>();
    // HEAD versions
    for (FileSpec spec : scenario.files()) {
      Random r = new Random(spec.seed());
      byte[] head = content(spec.content(), r, "head");
      switch (spec.category()) {
        case UNTRACKED, NEW_STAGED, NEW_PARTIAL, INTENT_TO_ADD -> {}
        default -> {
          repo.write(spec.name(), head);
          committed.add(spec.name());
        }
      }
    }
    if (!committed.isEmpty()) {
      repo.stageAll();
    }
    repo.commit("init");
    for (FileSpec spec : scenario.files()) {
      Random r = new Random(spec.seed() + 1);
      String name = spec.name();
      byte[] v2 = content(spec.content(), r, "staged");
      byte[] v3 = content(spec.content(), r, "unstaged");
      switch (spec.category()) {
        case CLEAN -> {}
        case STAGED -> {
          staged.put(name, v2);
          stage.add(name);
        }
        case UNSTAGED -> worktree.put(name, v3);
        case PARTIAL -> {
          staged.put(name, v2);
          stage.add(name);
          worktree.put(name, v3);
        }
        case UNTRACKED -> worktree.put(name, v2);
        case DELETED_UNSTAGED -> delete.add(name);
        case DELETED_STAGED -> {
          removeFromIndex.add(name);
          delete.add(name);
        }
        case REMOVED_FROM_INDEX_KEPT -> removeFromIndex.add(name);
        case RENAMED, RENAMED_AND_EDITED -> {
          String to = name.replace(".txt", ".moved");
          removeFromIndex.add(name);
          renames.put(name, to);
          stage.add(to);
          if (spec.category() == Category.RENAMED_AND_EDITED) {
            worktree.put(to, v3);
          }
        }
        case NEW_STAGED -> {
          staged.put(name, v2);
          stage.add(name);
        }
        case NEW_PARTIAL -> {
          staged.put(name, v2);
          stage.add(name);
          worktree.put(name, v3);
        }
        case EXEC_UNSTAGED -> {
          executable.add(name);
          if (r.nextBoolean()) {
            worktree.put(name, v3);
          }
        }
        case EXEC_STAGED_EDITED -> {
          repo.executable(name);
          stage.add(name);
          worktree.put(name, v3);
        }
        case INTENT_TO_ADD -> {
          repo.write(name, v2);
          intentToAdd.add(name);
          if (r.nextBoolean()) {
            worktree.put(name, v3);
          }
        }
      }
    }
    if (!removeFromIndex.isEmpty()) {
      List<String> args = new ArrayList<>(List.of("rm", "--cached", "-q", "--"));
      args.addAll(removeFromIndex);
      repo.git(args.toArray(String[]::new));
    }
    for (Map.Entry<String, String> rename : renames.entrySet()) {
      Files.createDirectories(repo.path(rename.getValue()).getParent());
      Files.move(repo.path(rename.getKey()), repo.path(rename.getValue()));
    }
    staged.forEach(repo::write);
    if (!stage.isEmpty()) {
      List<String> args = new ArrayList<>(List.of("add", "--"));
      args.addAll(stage);
      repo.git(args.toArray(String[]::new));
    }
    if (!intentToAdd.isEmpty()) {
      List<String> args = new ArrayList<>(List.of("add", "--intent-to-add", "--"));
      args.addAll(intentToAdd);
      repo.git(args.toArray(String[]::new));
    }
    worktree.forEach(repo::write);
    for (String name : delete) {
      Files.deleteIfExists(repo.path(name));
    }
    for (String name : executable) {
      repo.executable(name);
    }

    // What git sees before the run: the model's inputs.
    Map<String, String> before = StashFixture.worktree(repo.root());
    String indexBefore = f.index();
    Set<String> tracked = new TreeSet<>(lines(repo.git("ls-files")));
    tracked.removeAll(intentToAdd);
    Map<String, Boolean> unstaged = new HashMap<>(); // path -> content differs (not mode only)
    for (String line : repo.git("diff", "--numstat", "--no-renames").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\t", 3);
      String path = parts[2];
      if (intentToAdd.contains(path)) {
        continue;
      }
      // numstat says "-\t-" for any binary change, mode-only ones included: ask the model then.
      boolean binary = parts[0].equals("-");
      unstaged.put(
          path,
          binary
              ? worktree.containsKey(path) || delete.contains(path)
              : !(parts[0].equals("0") && parts[1].equals("0")));
    }
    Set<String> untracked = new TreeSet<>(before.keySet());
    untracked.removeAll(tracked);
    Set<String> cleanTracked = new TreeSet<>(tracked);
    cleanTracked.removeAll(unstaged.keySet());
    cleanTracked.retainAll(before.keySet());
    Set<String> partiallyStaged = new TreeSet<>(unstaged.keySet());
    partiallyStaged.retainAll(before.keySet());

    // The run.
    Random hookRandom = new Random(scenario.seed());
    Map<String, UnaryOperator<byte[]>> fixedByHooks = new HashMap<>();
    Set<String> registered = new HashSet<>();
    Set<String> stagedFixes = new HashSet<>();
    Set<String> colliding = new HashSet<>();
    // Files the engine's built-ins fixed (as the fused pass reports them), and those an external
    // hook changed too, before or after: the latter follow pre-commit's rule.
    Set<String> engineFixed = new HashSet<>();
    Set<String> externallyChanged = new HashSet<>();
    boolean crashed = false;
    Path patch;
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      patch = stash.patch();
      assertThat(repo.git("diff", "--name-only")).as("hooks see exactly the index").isEmpty();
      assertThat(stash.partiallyStaged()).isEqualTo(partiallyStaged);
      for (HookKind hook : scenario.hooks()) {
        switch (hook) {
          case PASS, FAIL -> {}
          case CRASH -> {
            crashed = true;
            throw new HookCrash();
          }
          case FIX_CLEAN -> fixOne(repo, cleanTracked, hookRandom, fixedByHooks, APPEND);
          case FIX_UNTRACKED -> fixOne(repo, untracked, hookRandom, fixedByHooks, APPEND);
          case FIX_COLLIDING -> {
            List<String> targets =
                unstaged.entrySet().stream()
                    .filter(Map.Entry::getValue)
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            if (!targets.isEmpty()) {
              String target = targets.get(hookRandom.nextInt(targets.size()));
              repo.write(target, "collides " + hookRandom.nextInt() + "\n");
              colliding.add(target);
              externallyChanged.add(target);
            }
          }
          case ENGINE_FIX -> {
            for (String path : stash.partiallyStaged()) {
              Path file = repo.path(path);
              byte[] read = Files.readAllBytes(file);
              byte[] fixed = UPPER.apply(read);
              if (!java.util.Arrays.equals(read, fixed)) {
                Files.write(file, fixed);
                stash.builtinFixWritten(path, read, fixed, UPPER);
                engineFixed.add(path);
              }
            }
          }
          case BUILTIN_FIX, BUILTIN_FIX_STAGED -> {
            for (String path : stash.partiallyStaged()) {
              Path file = repo.path(path);
              Files.write(file, UPPER.apply(Files.readAllBytes(file)));
              if (hook == HookKind.BUILTIN_FIX_STAGED) {
                stash.applyFixToStagedAndWorkingCopy(path, UPPER);
                stagedFixes.add(path);
              } else {
                stash.applyFixToWorkingCopy(path, UPPER);
                stagedFixes.remove(path);
              }
              registered.add(path);
            }
          }
        }
      }
    } catch (HookCrash expected) {
      assertThat(crashed).isTrue();
      patch = f.output().contains("Stashing") ? Path.of(f.patchFromOutput()) : null;
    }

    // The model.
    colliding.removeAll(registered);
    engineFixed.removeAll(registered);
    engineFixed.removeAll(externallyChanged);
    boolean rolledBack = !colliding.isEmpty();
    if (patch != null) {
      count("stashed");
    }
    if (rolledBack) {
      count("fixes rolled back");
    }
    if (crashed) {
      count("hook crashed");
    }
    if (!registered.isEmpty()) {
      count("built-in fix of partially staged files");
    }
    if (!stagedFixes.isEmpty()) {
      count("built-in fix staged");
    }
    if (!engineFixed.isEmpty()) {
      count("engine's built-in fix kept apart");
    }
    if (externallyChanged.stream().anyMatch(p -> !registered.contains(p))
        && scenario.hooks().contains(HookKind.ENGINE_FIX)) {
      count("engine's built-in fix mixed with an external fix");
    }
    if (!intentToAdd.isEmpty()) {
      count("intent-to-add");
    }
    if (!fixedByHooks.isEmpty()) {
      count("hook fixes kept or rolled back");
    }
    Map<String, String> expected = new HashMap<>(before);
    for (Map.Entry<String, UnaryOperator<byte[]>> fix : fixedByHooks.entrySet()) {
      String path = fix.getKey();
      if (untracked.contains(path) || !rolledBack) {
        expected.put(path, render(repo.path(path), before.get(path), fix.getValue()));
      } else {
        expected.put(path, checkedOut(repo, dir, path, before.get(path)));
      }
    }
    for (String path : registered) {
      expected.put(path, render(repo.path(path), before.get(path), UPPER));
    }
    for (String path : engineFixed) {
      expected.put(path, render(repo.path(path), before.get(path), UPPER));
    }
    Map<String, String> after = StashFixture.worktree(repo.root());
    assertThat(after).as("working tree").isEqualTo(expected);
    String expectedIndex = indexBefore;
    if (!stagedFixes.isEmpty()) {
      expectedIndex = expectedIndexWithStagedFixes(f, stagedFixes, indexBefore);
    }
    assertThat(f.index()).as("index").isEqualTo(expectedIndex);
    assertThat(patch != null).as("stashed").isEqualTo(!unstaged.isEmpty());
    if (patch != null) {
      assertThat(patch).exists();
    }
    assertThat(f.output().contains("Rolling back fixes")).isEqualTo(rolledBack);
    assertThat(f.output().contains("[WARNING] Unstaged intent-to-add files detected."))
        .isEqualTo(!intentToAdd.isEmpty());
    assertThat(repo.path(".git/" + StashJournal.FILE_NAME)).doesNotExist();
  }

  private static final UnaryOperator<byte[]> UPPER =
      bytes -> {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
          if (out[i] >= 'a' && out[i] <= 'z') {
            out[i] = (byte) (out[i] - 32);
          }
        }
        return out;
      };

  private static final UnaryOperator<byte[]> APPEND =
      bytes -> {
        byte[] out = new byte[bytes.length + 6];
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        System.arraycopy("fixed\n".getBytes(StandardCharsets.US_ASCII), 0, out, bytes.length, 6);
        return out;
      };

  private static void fixOne(
      TempGitRepo repo,
      Set<String> candidates,
      Random random,
      Map<String, UnaryOperator<byte[]>> fixed,
      UnaryOperator<byte[]> fix)
      throws IOException {
    List<String> list = new ArrayList<>(candidates);
    list.removeAll(fixed.keySet());
    if (list.isEmpty()) {
      return;
    }
    String target = list.get(random.nextInt(list.size()));
    Path file = repo.path(target);
    Files.write(file, fix.apply(Files.readAllBytes(file)));
    fixed.put(target, fix);
  }

  /** {@code fix} applied to the bytes described by {@code rendered} (as StashFixture prints). */
  private static String render(Path file, String rendered, UnaryOperator<byte[]> fix) {
    String mode = rendered.substring(0, 2);
    byte[] bytes = unescape(rendered.substring(2));
    return mode + StashFixture.escape(fix.apply(bytes));
  }

  /** What git checkout writes for {@code path} from the index (its fixes rolled back). */
  private static String checkedOut(TempGitRepo repo, Path dir, String path, String rendered) {
    Path scratch = dir.resolve("expected-checkout");
    repo.git("checkout-index", "-f", "--prefix=" + scratch + "/", "--", path);
    try {
      return rendered.substring(0, 2)
          + StashFixture.escape(Files.readAllBytes(scratch.resolve(path)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index before, with each fixed path's blob replaced by UPPER(its staged blob). */
  private static String expectedIndexWithStagedFixes(
      StashFixture f, Set<String> paths, String indexBefore) {
    StringBuilder out = new StringBuilder();
    for (String line : indexBefore.split("\n", -1)) {
      String[] tab = line.split("\t", 2);
      if (tab.length == 2 && paths.contains(tab[1])) {
        String[] meta = tab[0].split(" ");
        byte[] blob = f.repo.gitResult("cat-file", "blob", meta[1]).output();
        line = meta[0] + " " + blobId(UPPER.apply(blob)) + " " + meta[2] + "\t" + tab[1];
      }
      out.append(line).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  static String blobId(byte[] content) {
    try {
      java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
      sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
      sha1.update(content);
      return java.util.HexFormat.of().formatHex(sha1.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] unescape(String text) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        out.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
        i += 3;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  private static byte[] content(Content kind, Random r, String version) {
    if (kind == Content.BINARY) {
      byte[] bytes = new byte[4 + r.nextInt(40)];
      r.nextBytes(bytes);
      bytes[r.nextInt(bytes.length)] = 0;
      return bytes;
    }
    String[] words = {"alpha", "beta  ", "gamma\t", "", "delta", "x"};
    StringBuilder s = new StringBuilder();
    int lines = 1 + r.nextInt(6);
    for (int i = 0; i < lines; i++) {
      String eol =
          switch (kind) {
            case LF -> "\n";
            case CRLF -> "\r\n";
            default -> r.nextBoolean() ? "\n" : "\r\n";
          };
      s.append(version).append(' ').append(words[r.nextInt(words.length)]).append(eol);
    }
    if (r.nextInt(5) == 0) {
      s.append("no newline at end");
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> lines(String text) {
    return text.lines().filter(l -> !l.isEmpty()).toList();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!Files.isSymbolicLink(p)) {
          p.toFile().setWritable(true);
        }
        Files.deleteIfExists(p);
      }
    }
  }

  private static final class HookCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
