package dev.precommit.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FusedPassTest {
  @TempDir Path dir;

  private final BuiltinChecks checks = BuiltinChecks.standard();

  private ContentCheck check(String id) {
    return (ContentCheck) checks.find(id).orElseThrow();
  }

  private CheckContext context(int jobs) {
    return new CheckContext(dir, null, Map.of("HOME", dir.toString()), jobs, null, List.of());
  }

  /** Counts reads and writes per file on top of the real file system. */
  private static final class CountingStore implements FusedPass.FileStore {
    final Map<Path, AtomicInteger> reads = new ConcurrentHashMap<>();
    final Map<Path, AtomicInteger> writes = new ConcurrentHashMap<>();

    @Override
    public byte[] read(Path file) throws IOException {
      reads.computeIfAbsent(file, f -> new AtomicInteger()).incrementAndGet();
      return Files.readAllBytes(file);
    }

    @Override
    public void write(Path file, byte[] content) throws IOException {
      writes.computeIfAbsent(file, f -> new AtomicInteger()).incrementAndGet();
      Files.write(file, content);
    }
  }

  private static final Map<String, String> FILES = new HashMap<>();

  static {
    FILES.put("a.txt", "trailing   \r\nmixed\nend\n\n\n");
    FILES.put("b.md", "\ufeffhard break  \ntrail \t\nno newline");
    FILES.put("c.txt", "clean\n");
    FILES.put("d.txt", "x\r\ny\rz   ");
    FILES.put("e.txt", "");
  }

  private void writeFiles() throws IOException {
    for (Map.Entry<String, String> e : FILES.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
  }

  private List<FusedPass.Step> steps(List<String> files) {
    return List.of(
        FusedPass.Step.of(check("fix-byte-order-marker"), List.of(), files),
        FusedPass.Step.of(
            check("trailing-whitespace"), List.of("--markdown-linebreak-ext=md"), files),
        FusedPass.Step.of(check("mixed-line-ending"), List.of(), files),
        FusedPass.Step.of(check("end-of-file-fixer"), List.of(), files.subList(1, files.size())),
        FusedPass.Step.of(check("detect-private-key"), List.of(), files));
  }

  @Test
  void fusedStepsEqualSequentialHooksAndReadEachFileOnce() throws IOException {
    List<String> files = List.of("d.txt", "a.txt", "b.md", "c.txt", "e.txt");
    writeFiles();
    List<CheckResult> sequential = new ArrayList<>();
    for (FusedPass.Step step : steps(files)) {
      sequential.add(FusedPass.run(context(1), List.of(step)).get(0));
    }
    Map<String, byte[]> expected = new HashMap<>();
    for (String f : files) {
      expected.put(f, Files.readAllBytes(dir.resolve(f)));
    }

    writeFiles();
    CountingStore store = new CountingStore();
    List<CheckResult> fused = FusedPass.run(context(2), steps(files), store);

    for (String f : files) {
      assertThat(Files.readAllBytes(dir.resolve(f))).as(f).isEqualTo(expected.get(f));
      assertThat(store.reads.get(dir.resolve(f))).as("reads of " + f).hasValue(1);
    }
    assertThat(store.writes.values()).allMatch(n -> n.get() == 1);
    assertThat(store.writes.keySet())
        .containsExactlyInAnyOrder(dir.resolve("a.txt"), dir.resolve("b.md"), dir.resolve("d.txt"));
    assertThat(fused).hasSize(sequential.size());
    for (int i = 0; i < fused.size(); i++) {
      assertThat(new String(fused.get(i).output(), StandardCharsets.UTF_8))
          .isEqualTo(new String(sequential.get(i).output(), StandardCharsets.UTF_8));
      assertThat(fused.get(i).exitCode()).isEqualTo(sequential.get(i).exitCode());
      assertThat(fused.get(i).modifiedFiles()).isEqualTo(sequential.get(i).modifiedFiles());
    }
    assertThat(Files.readString(dir.resolve("b.md")))
        .isEqualTo("hard break  \ntrail\nno newline\n");
    assertThat(new String(fused.get(1).output(), StandardCharsets.UTF_8))
        .isEqualTo("Fixing d.txt\nFixing a.txt\nFixing b.md\n");
    assertThat(fused.get(4).exitCode()).isZero();
  }

  @Test
  void outputFollowsEachStepsFileOrderWhateverTheThreads() throws IOException {
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String name = "f" + i + ".txt";
      files.add(name);
      Files.writeString(dir.resolve(name), i % 3 == 0 ? "x \n" : "x\n");
    }
    java.util.Collections.reverse(files);
    CheckResult result =
        FusedPass.run(
                context(4),
                List.of(FusedPass.Step.of(check("trailing-whitespace"), List.of(), files)))
            .get(0);
    StringBuilder expected = new StringBuilder();
    for (String f : files) {
      if (Integer.parseInt(f.substring(1, f.indexOf('.'))) % 3 == 0) {
        expected.append("Fixing ").append(f).append('\n');
      }
    }
    assertThat(new String(result.output(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    assertThat(result.modifiedFiles()).hasSize(67);
  }

  @Test
  void aHaltingStepLeavesTheRestOfItsFilesToLaterSteps() throws IOException {
    Files.writeString(dir.resolve("1.json"), "{\"b\":1,\"a\":2}");
    // Not UTF-8: the script dies reading it.
    Files.write(dir.resolve("2.json"), new byte[] {'[', (byte) 0xff, ']', ' ', ' '});
    Files.writeString(dir.resolve("3.json"), "{\"b\":1,\"a\":2}   ");
    List<String> files = List.of("1.json", "2.json", "3.json");
    CountingStore store = new CountingStore();
    List<CheckResult> results =
        FusedPass.run(
            context(2),
            List.of(
                FusedPass.Step.of(check("pretty-format-json"), List.of("--autofix"), files),
                FusedPass.Step.of(check("trailing-whitespace"), List.of(), files)),
            store);
    assertThat(new String(results.get(0).output(), StandardCharsets.UTF_8))
        .isEqualTo(
            "Fixing file 1.json\n"
                + "2.json: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1:"
                + " invalid start byte\n");
    assertThat(results.get(0).exitCode()).isEqualTo(1);
    assertThat(results.get(0).modifiedFiles()).containsExactly("1.json");
    assertThat(Files.readString(dir.resolve("1.json")))
        .isEqualTo("{\n  \"a\": 2,\n  \"b\": 1\n}\n");
    assertThat(Files.readAllBytes(dir.resolve("2.json")))
        .isEqualTo(new byte[] {'[', (byte) 0xff, ']'});
    assertThat(Files.readString(dir.resolve("3.json"))).isEqualTo("{\"b\":1,\"a\":2}");
    assertThat(new String(results.get(1).output(), StandardCharsets.UTF_8))
        .isEqualTo("Fixing 2.json\nFixing 3.json\n");
    assertThat(store.reads.values()).allMatch(n -> n.get() == 1);
  }

  @Test
  void aFileThatIsNotValidJsonIsReportedAndTheNextOnesChecked() throws IOException {
    Files.writeString(dir.resolve("a.json"), "{not json");
    Files.writeString(dir.resolve("b.json"), "{\"b\":1,\"a\":2}");
    Files.writeString(dir.resolve("c.json"), "[1]");
    List<String> files = List.of("a.json", "b.json", "c.json");
    List<CheckResult> results =
        FusedPass.run(
            context(2),
            List.of(
                FusedPass.Step.of(check("pretty-format-json"), List.of(), files),
                FusedPass.Step.of(check("pretty-format-json"), List.of("--autofix"), files)));
    assertThat(new String(results.get(0).output(), StandardCharsets.UTF_8))
        .isEqualTo(
            "Input File a.json is not a valid JSON, consider using check-json\n"
                + "--- b.json\n"
                + "+++ b.json\n"
                + "@@ -1 +1,4 @@\n"
                + "-{\"b\":1,\"a\":2}+{\n"
                + "+  \"a\": 2,\n"
                + "+  \"b\": 1\n"
                + "+}\n"
                + "--- c.json\n"
                + "+++ c.json\n"
                + "@@ -1 +1,3 @@\n"
                + "-[1]+[\n"
                + "+  1\n"
                + "+]\n");
    assertThat(new String(results.get(1).output(), StandardCharsets.UTF_8))
        .isEqualTo(
            "Input File a.json is not a valid JSON, consider using check-json\n"
                + "Fixing file b.json\n"
                + "Fixing file c.json\n");
    assertThat(results.get(1).modifiedFiles()).containsExactlyInAnyOrder("b.json", "c.json");
    assertThat(Files.readString(dir.resolve("c.json"))).isEqualTo("[\n  1\n]\n");
  }

  @Test
  void checksThatCrashOnAFileThatIsNotUtf8EndOnlyThatBatch() throws IOException {
    byte[] latin1 = {'a', ':', ' ', (byte) 0xe9, '\n'};
    Files.write(dir.resolve("1.yaml"), latin1);
    Files.writeString(dir.resolve("2.yaml"), "z: [  \n\na: 1\n");
    Files.writeString(dir.resolve("3.yaml"), "z: 1\n\na: [\n");
    Files.write(dir.resolve("1.toml"), new byte[] {'a', '=', (byte) 0xe9, '\n'});
    Files.writeString(dir.resolve("2.toml"), "a = \n");
    Files.writeString(dir.resolve("3.toml"), "b = \n");
    List<List<String>> yaml = List.of(List.of("1.yaml", "2.yaml"), List.of("3.yaml"));
    List<CheckResult> results =
        FusedPass.run(
            context(2),
            List.of(
                new FusedPass.Step(check("check-yaml"), List.of(), yaml),
                new FusedPass.Step(
                    check("check-toml"),
                    List.of(),
                    List.of(List.of("1.toml", "2.toml"), List.of("3.toml"))),
                new FusedPass.Step(check("sort-simple-yaml"), List.of(), yaml),
                new FusedPass.Step(check("trailing-whitespace"), List.of(), yaml)));
    String crash =
        ": UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 3: invalid"
            + " continuation byte\n";
    assertThat(new String(results.get(0).output(), StandardCharsets.UTF_8))
        .isEqualTo(
            "1.yaml"
                + crash
                + "while parsing a flow node\n"
                + "expected the node content, but found '<stream end>'\n"
                + "  in \"3.yaml\", line 4, column 1\n");
    assertThat(new String(results.get(1).output(), StandardCharsets.UTF_8))
        .startsWith("1.toml" + crash.replace("position 3", "position 2") + "3.toml: ")
        .doesNotContain("2.toml");
    // sort-simple-yaml dies on 1.yaml and leaves 2.yaml unsorted; it sorts 3.yaml.
    assertThat(new String(results.get(2).output(), StandardCharsets.UTF_8))
        .isEqualTo("1.yaml" + crash + "Fixing file `3.yaml`\n");
    assertThat(results.get(2).modifiedFiles()).containsExactly("3.yaml");
    // Later steps still see every file.
    assertThat(Files.readString(dir.resolve("2.yaml"))).isEqualTo("z: [\n\na: 1\n");
    assertThat(new String(results.get(3).output(), StandardCharsets.UTF_8))
        .isEqualTo("Fixing 2.yaml\n");
  }

  @Test
  void aFixerThatCrashesLeavesTheRestOfItsBatchAsItIs() throws IOException {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    Files.write(dir.resolve("1.txt"), new byte[] {bom[0], bom[1], bom[2], (byte) 0xff, '\n'});
    Files.write(dir.resolve("2.txt"), new byte[] {bom[0], bom[1], bom[2], 'x', '\n'});
    Files.write(dir.resolve("3.txt"), new byte[] {bom[0], bom[1], bom[2], 'y', '\n'});
    CheckResult result =
        FusedPass.run(
                context(2),
                List.of(
                    new FusedPass.Step(
                        check("fix-byte-order-marker"),
                        List.of(),
                        List.of(List.of("1.txt", "2.txt"), List.of("3.txt")))))
            .get(0);
    assertThat(new String(result.output(), StandardCharsets.UTF_8))
        .isEqualTo(
            "1.txt: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0:"
                + " invalid start byte\n"
                + "3.txt: removed byte-order marker\n");
    assertThat(result.modifiedFiles()).containsExactly("3.txt");
    assertThat(Files.readAllBytes(dir.resolve("2.txt")))
        .isEqualTo(new byte[] {bom[0], bom[1], bom[2], 'x', '\n'});
    assertThat(Files.readString(dir.resolve("3.txt"))).isEqualTo("y\n");
  }

  @Test
  void badArgumentsAbortOnlyTheirStep() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "a \r\nb\n");
    List<CheckResult> results =
        FusedPass.run(
            context(1),
            List.of(
                FusedPass.Step.of(
                    check("mixed-line-ending"), List.of("--fix=bogus"), List.of("a.txt")),
                FusedPass.Step.of(check("trailing-whitespace"), List.of(), List.of("a.txt"))));
    assertThat(results.get(0).exitCode()).isEqualTo(2);
    assertThat(new String(results.get(0).output(), StandardCharsets.UTF_8))
        .isEqualTo(
            "usage: mixed-line-ending [-h] [-f {auto,no,cr,crlf,lf}] [filenames ...]\n"
                + "mixed-line-ending: error: argument -f/--fix: invalid choice: 'bogus' (choose"
                + " from 'auto', 'no', 'cr', 'crlf', 'lf')\n");
    assertThat(results.get(1).exitCode()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo("a\r\nb\n");
  }

  @Test
  void rewritingKeepsTheFileMode() throws IOException {
    Path script = dir.resolve("run.sh");
    Files.writeString(script, "#!/bin/sh\necho hi   \n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
    check("trailing-whitespace").run(context(1), List.of("run.sh"), List.of());
    assertThat(Files.readString(script)).isEqualTo("#!/bin/sh\necho hi\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script)))
        .isEqualTo("rwxr-x---");
  }

  @Test
  void anUnreadableFileFailsWithoutStoppingTheOthers() throws IOException {
    Files.writeString(dir.resolve("ok.txt"), "x \n");
    CheckResult result =
        check("trailing-whitespace").run(context(2), List.of("missing.txt", "ok.txt"), List.of());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(new String(result.output(), StandardCharsets.UTF_8))
        .startsWith("missing.txt: could not read the file (")
        .endsWith("Fixing ok.txt\n");
    assertThat(Files.readString(dir.resolve("ok.txt"))).isEqualTo("x\n");
  }

  @Test
  void eachBatchIsAnInvocationOfItsOwn() throws IOException {
    Files.writeString(dir.resolve("a.md"), "https://github.com/o/r/blob/main/f#L1\n");
    Files.writeString(dir.resolve("b.md"), "fine\n");
    Files.writeString(dir.resolve("c.md"), "https://github.com/o/r/blob/dev/f#L2\n");
    Files.write(dir.resolve("1.json"), new byte[] {'[', (byte) 0xfe, ']'});
    Files.writeString(dir.resolve("2.json"), "[1]");
    Files.writeString(dir.resolve("3.json"), "[2]");
    List<CheckResult> results =
        FusedPass.run(
            context(2),
            List.of(
                new FusedPass.Step(
                    check("check-vcs-permalinks"),
                    List.of(),
                    List.of(List.of("a.md", "b.md"), List.of("c.md"))),
                new FusedPass.Step(
                    check("pretty-format-json"),
                    List.of("--autofix"),
                    List.of(List.of("1.json", "2.json"), List.of("3.json")))));
    String trailer =
        "\nNon-permanent github link detected.\n"
            + "On any page on github press [y] to load a permalink.\n";
    assertThat(new String(results.get(0).output(), StandardCharsets.UTF_8))
        .isEqualTo(
            "a.md:1:https://github.com/o/r/blob/main/f#L1\n"
                + trailer
                + "c.md:1:https://github.com/o/r/blob/dev/f#L2\n"
                + trailer);
    assertThat(new String(results.get(1).output(), StandardCharsets.UTF_8))
        .isEqualTo(
            "1.json: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xfe in position 1:"
                + " invalid start byte\n"
                + "Fixing file 3.json\n");
    assertThat(results.get(1).findings())
        .containsExactly(
            new Finding(
                "1.json",
                0,
                "1.json: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xfe in position 1:"
                    + " invalid start byte"),
            new Finding("3.json", 0, "Fixing file 3.json"));
    assertThat(Files.readString(dir.resolve("2.json"))).isEqualTo("[1]");
    assertThat(Files.readString(dir.resolve("3.json"))).isEqualTo("[\n  2\n]\n");
  }

  @Test
  void noFilesStillRunsTheScriptOnce() throws IOException {
    CheckResult result =
        check("trailing-whitespace")
            .run(context(1), List.of(), List.of("--no-markdown-linebreak-ext"));
    assertThat(new String(result.output(), StandardCharsets.UTF_8))
        .isEqualTo("--no-markdown-linebreak-ext now does nothing!\n");
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void aScriptThatNeedsFileNamesFailsWithoutThem() throws IOException {
    CheckResult result = check("file-contents-sorter").run(context(1), List.of(), List.of());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(new String(result.output(), StandardCharsets.UTF_8))
        .isEqualTo(
            "usage: file-contents-sorter [-h] [--ignore-case | --unique]\n"
                + "                            filenames [filenames ...]\n"
                + "file-contents-sorter: error: the following arguments are required: filenames\n");
  }

  @Test
  void aFailedWriteIsReportedByTheLastStepThatChangedTheFile() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "x \ny");
    Files.writeString(dir.resolve("b.txt"), "z \n");
    FusedPass.FileStore store =
        new FusedPass.FileStore() {
          @Override
          public byte[] read(Path file) throws IOException {
            return Files.readAllBytes(file);
          }

          @Override
          public void write(Path file, byte[] content) throws IOException {
            if (file.endsWith("a.txt")) {
              throw new IOException("disk full");
            }
            Files.write(file, content);
          }
        };
    List<String> files = List.of("a.txt", "b.txt");
    List<CheckResult> results =
        FusedPass.run(
            context(2),
            List.of(
                FusedPass.Step.of(check("trailing-whitespace"), List.of(), files),
                FusedPass.Step.of(check("end-of-file-fixer"), List.of(), files)),
            store);
    assertThat(new String(results.get(0).output(), StandardCharsets.UTF_8))
        .isEqualTo("Fixing a.txt\nFixing b.txt\n");
    assertThat(new String(results.get(1).output(), StandardCharsets.UTF_8))
        .isEqualTo("Fixing a.txt\na.txt: could not write the file (disk full)\n");
    assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo("x \ny");
    assertThat(Files.readString(dir.resolve("b.txt"))).isEqualTo("z\n");
  }

  @Test
  void theDiskStoreReadsEveryByteOfFilesOfAnySize() throws IOException {
    java.util.Random random = new java.util.Random(20261126);
    for (int size : new int[] {0, 1, 1023, 8192, 8193, 65_537, (1 << 20) - 1, 1 << 20, 3 << 20}) {
      byte[] content = new byte[size];
      random.nextBytes(content);
      Path file = dir.resolve("f" + size);
      Files.write(file, content);

      assertThat(FusedPass.FileStore.disk().read(file)).as("size %d", size).isEqualTo(content);
    }
  }

  @Test
  void theDiskStoreOverwritesInPlaceKeepingTheFileAndItsMode() throws IOException {
    Path file = dir.resolve("script.sh");
    Files.writeString(file, "#!/bin/sh\necho a long first version   \n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
    Object inode = Files.getAttribute(file, "unix:ino");

    FusedPass.FileStore.disk().write(file, "#!/bin/sh\necho\n".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(file)).isEqualTo("#!/bin/sh\necho\n");
    FusedPass.FileStore.disk()
        .write(file, "#!/bin/sh\necho longer than before\n".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.readString(file)).isEqualTo("#!/bin/sh\necho longer than before\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rwxr-x---");
    assertThat(Files.getAttribute(file, "unix:ino")).isEqualTo(inode);
  }

  @Test
  void fixesToTheFilesTheRecorderWantsAreReportedAsTheChangingStepsInOrder() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "one  \ntwo");
    Files.writeString(dir.resolve("b.txt"), "b  \n");
    Files.writeString(dir.resolve("c.json"), "{\"a\": 1}\n");
    Map<String, List<byte[]>> reported = new ConcurrentHashMap<>();
    Map<String, java.util.function.UnaryOperator<byte[]>> fixes = new ConcurrentHashMap<>();
    FixRecorder recorder =
        new FixRecorder() {
          @Override
          public boolean wants(String path) {
            return !path.equals("b.txt");
          }

          @Override
          public void written(
              String path,
              byte[] before,
              byte[] after,
              java.util.function.UnaryOperator<byte[]> fix) {
            reported.put(path, List.of(before, after));
            fixes.put(path, fix);
          }
        };
    CheckContext context =
        new CheckContext(dir, null, Map.of("HOME", dir.toString()), 2, null, List.of(), recorder);
    List<String> texts = List.of("a.txt", "b.txt");
    FusedPass.run(
        context,
        List.of(
            FusedPass.Step.of(check("trailing-whitespace"), List.of(), texts),
            FusedPass.Step.of(check("mixed-line-ending"), List.of(), texts),
            FusedPass.Step.of(check("end-of-file-fixer"), List.of(), texts),
            FusedPass.Step.of(
                check("pretty-format-json"), List.of("--autofix"), List.of("c.json"))));

    assertThat(reported).containsOnlyKeys("a.txt", "c.json");
    assertThat(new String(reported.get("a.txt").get(0), StandardCharsets.UTF_8))
        .isEqualTo("one  \ntwo");
    assertThat(new String(reported.get("a.txt").get(1), StandardCharsets.UTF_8))
        .isEqualTo("one\ntwo\n");
    // trailing-whitespace and end-of-file-fixer changed a.txt; mixed-line-ending did not, so its
    // fix leaves CRLF alone.
    byte[] users = "one \r\ntwo\r\nthree  ".getBytes(StandardCharsets.UTF_8);
    assertThat(new String(fixes.get("a.txt").apply(users), StandardCharsets.UTF_8))
        .isEqualTo("one\r\ntwo\r\nthree\n");
    assertThat(fixes.get("c.json").apply("{\"b\": 2}".getBytes(StandardCharsets.UTF_8)))
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("{\n  \"b\": 2\n}\n");
    assertThat(fixes.get("c.json").apply("{\"b\": ".getBytes(StandardCharsets.UTF_8)))
        .as("content the fixer cannot fix")
        .isNull();
  }
}
