package dev.precommit.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precommit.FatalException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expected tags follow identify's rules by hand and were checked against identify's own {@code
 * tags_from_path} run (with the same 2.6.19 tables) on an identical tree.
 */
class FileClassifierTest {
  @TempDir Path root;

  private record Case(String path, String content, boolean executable, Set<String> tags) {}

  private static Case file(String path, String content, Set<String> tags) {
    return new Case(path, content, false, tags);
  }

  private static Case executable(String path, String content, Set<String> tags) {
    return new Case(path, content, true, tags);
  }

  /** Contents are written one char per byte (ISO-8859-1), so they can hold any bytes. */
  private static final List<Case> CASES =
      List.of(
          file("a.txt", "hello\n", Set.of("file", "non-executable", "plain-text", "text")),
          executable(
              "script",
              "#!/bin/sh\necho hi\n",
              Set.of("executable", "file", "sh", "shell", "text")),
          executable(
              "env-python",
              "#!/usr/bin/env python3.11\nprint(1)\n",
              Set.of("executable", "file", "python", "python3", "text")),
          executable(
              "env-split",
              "#!/usr/bin/env -S node --flag\n",
              Set.of("executable", "file", "javascript", "text")),
          executable(
              "nix",
              "#!/usr/bin/env nix-shell\n"
                  + "#! nix-shell -i bash -p jq\n"
                  + "#! nix-shell -i python3\n"
                  + "echo\n",
              Set.of("executable", "file", "python", "python3", "text")),
          executable(
              "unbalanced",
              "#!/bin/bash \"oops\n",
              Set.of("bash", "executable", "file", "shell", "text")),
          executable(
              "quoted",
              "#!\"/usr/local/bin/ruby\" -w\n",
              Set.of("executable", "file", "ruby", "text")),
          executable(
              "crlf-shebang",
              "#!/usr/bin/perl\r\nprint 1;\r\n",
              Set.of("executable", "file", "perl", "text")),
          executable("env-only", "#!/usr/bin/env\n", Set.of("executable", "file", "text")),
          executable(
              "nonascii-shebang",
              "#!/usr/bin/pyth\u00c3\u00b6n\n",
              Set.of("executable", "file", "text")),
          executable(
              "long-shebang",
              "#!/" + "x".repeat(2000) + "/python2\n",
              Set.of("executable", "file", "python", "python2", "text")),
          executable("build.py", "#!/bin/sh\n", Set.of("executable", "file", "python", "text")),
          file("noexec", "#!/bin/bash\necho\n", Set.of("file", "non-executable", "text")),
          executable(
              "tool", "\u007fELF\u0002\u0001\u0001\0\0", Set.of("binary", "executable", "file")),
          file(
              "image.png",
              "\u0089PNG\r\n\u001a\n\0\0",
              Set.of("binary", "file", "image", "non-executable", "png")),
          file("data.bin", "abc\0def", Set.of("binary", "file", "non-executable")),
          file("latin1.dat", "caf\u00e9\n", Set.of("file", "non-executable", "text")),
          file("crlf.dat", "one\r\ntwo\r\n", Set.of("file", "non-executable", "text")),
          file(
              "esc.dat",
              "\u001b[31mred\u001b[0m\u0007\u0008\u000b\u000c\n",
              Set.of("file", "non-executable", "text")),
          file("del.dat", "abc\u007f", Set.of("binary", "file", "non-executable")),
          file("ctl.dat", "abc\u0001", Set.of("binary", "file", "non-executable")),
          file("late-nul.dat", "a".repeat(1024) + "\0", Set.of("file", "non-executable", "text")),
          file("empty", "", Set.of("file", "non-executable", "text")),
          file(
              "name with spaces.md",
              "# hi\n",
              Set.of("file", "markdown", "non-executable", "text")),
          file(
              "\u00fcn\u00efc\u00f6d\u00e9.py",
              "x = 1\n",
              Set.of("file", "non-executable", "python", "text")),
          file("-leading-dash.sh", "echo\n", Set.of("file", "non-executable", "shell", "text")),
          file(
              "Dockerfile.xenial",
              "FROM x\n",
              Set.of("dockerfile", "file", "non-executable", "text")),
          file("pom.xml", "<project/>\n", Set.of("file", "non-executable", "pom", "text", "xml")),
          file(
              "lib.jar",
              "PK\u0003\u0004\0",
              Set.of("binary", "file", "jar", "non-executable", "zip")),
          file("build.gradle", "plugins {}\n", Set.of("file", "groovy", "non-executable", "text")),
          file("settings.gradle.kts", "x\n", Set.of("file", "kotlin", "non-executable", "text")),
          file(
              "Jenkinsfile",
              "pipeline {}\n",
              Set.of("file", "groovy", "jenkins", "non-executable", "text")),
          file(".bashrc", "alias x=y\n", Set.of("bash", "file", "non-executable", "shell", "text")),
          file("UPPER.JAVA", "class A {}\n", Set.of("file", "java", "non-executable", "text")),
          file("Makefile.am", "all:\n", Set.of("file", "makefile", "non-executable", "text")),
          file("trailing.", "x\n", Set.of("file", "non-executable", "text")),
          file("...", "x\n", Set.of("file", "non-executable", "text")),
          file("..hidden.yaml", "a: 1\n", Set.of("file", "non-executable", "text", "yaml")),
          file(".gitignore", "*.o\n", Set.of("file", "gitignore", "non-executable", "text")),
          file(
              "Info.plist",
              "bplist00\0\u0001",
              Set.of("binary", "file", "non-executable", "plist")),
          file("text.plist", "<plist/>\n", Set.of("file", "non-executable", "plist", "text")),
          file(
              "README.md",
              "# r\n",
              Set.of("file", "markdown", "non-executable", "plain-text", "text")),
          file(
              "foo.tar.gz",
              "\u001f\u008b\u0008\0",
              Set.of("binary", "file", "gzip", "non-executable")),
          executable("run.bat", "echo\r\n", Set.of("batch", "executable", "file", "text")),
          file("App.kt", "fun main() {}\n", Set.of("file", "kotlin", "non-executable", "text")),
          file(
              "a.properties", "a=b\n", Set.of("file", "java-properties", "non-executable", "text")),
          file("x.aj", "aspect A {}\n", Set.of("aspectj", "file", "non-executable", "text")),
          file(
              "b.sbt", "name := \"x\"\n", Set.of("file", "non-executable", "sbt", "scala", "text")),
          file("c.PY", "x\n", Set.of("file", "non-executable", "python", "text")),
          executable("exec.txt", "\0", Set.of("executable", "file", "plain-text", "text")),
          file(
              "sub/deeper/Cargo.toml",
              "[package]\n",
              Set.of("cargo", "file", "non-executable", "text", "toml")));

  private void write(Case c) throws IOException {
    Path file = root.resolve(c.path());
    Files.createDirectories(file.getParent());
    Files.write(file, c.content().getBytes(StandardCharsets.ISO_8859_1));
    Files.setPosixFilePermissions(
        file, PosixFilePermissions.fromString(c.executable() ? "rwxr-xr-x" : "rw-r--r--"));
  }

  @Test
  void tagsFilesAsIdentifyDoes() throws IOException {
    for (Case c : CASES) {
      write(c);
    }
    FileClassifier classifier = new FileClassifier(root);

    for (Case c : CASES) {
      assertThat(classifier.tags(c.path())).as(c.path()).isEqualTo(c.tags());
    }
  }

  @Test
  void oddFileNamesWork() throws IOException {
    List<String> names =
        List.of(
            "new\nline.py",
            "tab\there.sh",
            "quo\"te's.md",
            "back\\slash.java",
            "-rf",
            "--x.yaml",
            " space.txt",
            "\u65e5\u672c\u8a9e.kt",
            "emoji\ud83d\ude00.rs");
    for (String name : names) {
      Files.writeString(root.resolve(name), "x\n");
    }
    FileClassifier classifier = new FileClassifier(root);

    assertThat(classifier.tags("new\nline.py")).contains("python", "text");
    assertThat(classifier.tags("tab\there.sh")).contains("shell");
    assertThat(classifier.tags("quo\"te's.md")).contains("markdown");
    assertThat(classifier.tags("back\\slash.java")).contains("java");
    assertThat(classifier.tags("-rf")).isEqualTo(Set.of("file", "non-executable", "text"));
    assertThat(classifier.tags("--x.yaml")).contains("yaml");
    assertThat(classifier.tags(" space.txt")).contains("plain-text");
    assertThat(classifier.tags("\u65e5\u672c\u8a9e.kt")).contains("kotlin");
    assertThat(classifier.tags("emoji\ud83d\ude00.rs")).contains("rust");
    assertThat(FileFilter.of(classifier, names, null, null).candidates()).isEqualTo(names);
  }

  @Test
  void namesTheJvmCannotUseAreAClearError() {
    assertThatThrownBy(() -> FileFilter.of(root, List.of("a\0b"), null, null))
        .isInstanceOf(FatalException.class)
        .hasMessageStartingWith("cannot open `a\0b`: ");
  }

  @Test
  void linksAreSymlinksOnlyEvenWhenBrokenOrPointingAtDirectories() throws IOException {
    Files.writeString(root.resolve("a.txt"), "a\n");
    Files.createDirectory(root.resolve("dir"));
    Files.createSymbolicLink(root.resolve("link"), Path.of("a.txt"));
    Files.createSymbolicLink(root.resolve("link.py"), Path.of("a.txt"));
    Files.createSymbolicLink(root.resolve("broken"), Path.of("missing"));
    Files.createSymbolicLink(root.resolve("dir-link"), Path.of("dir"));
    FileClassifier classifier = new FileClassifier(root);

    assertThat(classifier.tags("link")).containsExactly("symlink");
    assertThat(classifier.tags("link.py")).containsExactly("symlink");
    assertThat(classifier.tags("broken")).containsExactly("symlink");
    assertThat(classifier.tags("dir-link")).containsExactly("symlink");
  }

  @Test
  void directoriesAndSubmodulesAreDirectoriesOnly() throws IOException {
    Files.createDirectories(root.resolve("src/main.py"));
    Files.createDirectories(root.resolve("submodule"));
    Files.writeString(root.resolve("submodule/.git"), "gitdir: ../.git/modules/submodule\n");
    FileClassifier classifier = new FileClassifier(root);

    assertThat(classifier.tags("src/main.py")).containsExactly("directory");
    assertThat(classifier.tags("submodule")).containsExactly("directory");
  }

  @Test
  void socketsAreSocketsOnly() throws IOException {
    Path socket = root.resolve("s.sock");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));

      assertThat(new FileClassifier(root).tags("s.sock")).containsExactly("socket");
    }
  }

  @Test
  void missingFilesAreAnError() {
    FileClassifier classifier = new FileClassifier(root);

    assertThatThrownBy(() -> classifier.tags("nope.txt"))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class);
  }

  @Test
  void cachesPerPathSoLaterChangesAreNotSeen() throws IOException {
    Files.writeString(root.resolve("data"), "text\n");
    FileClassifier classifier = new FileClassifier(root);
    Set<String> first = classifier.tags("data");

    Files.write(root.resolve("data"), new byte[] {0, 1, 2});

    assertThat(classifier.tags("data")).isSameAs(first).contains("text");
    assertThat(new FileClassifier(root).tags("data")).contains("binary");
  }

  @Test
  void classifiesFromManyThreadsConsistently() throws IOException {
    for (int i = 0; i < 200; i++) {
      Files.writeString(root.resolve("f" + i + (i % 2 == 0 ? ".java" : "")), "x\n");
    }
    FileClassifier classifier = new FileClassifier(root);
    List<String> paths = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < 200; i++) {
        paths.add("f" + i + (i % 2 == 0 ? ".java" : ""));
      }
    }
    ConcurrentHashMap<String, Set<Set<String>>> seen = new ConcurrentHashMap<>();

    paths.parallelStream()
        .forEach(
            p ->
                seen.computeIfAbsent(p, k -> ConcurrentHashMap.newKeySet())
                    .add(classifier.tags(p)));

    assertThat(seen).hasSize(200);
    assertThat(seen.get("f0.java"))
        .containsExactly(Set.of("file", "non-executable", "java", "text"));
    assertThat(seen.get("f1")).containsExactly(Set.of("file", "non-executable", "text"));
  }

  @Test
  void tenThousandFilesAreClassified() throws IOException {
    String[] names = {".java", ".py", ".txt", "", ".bin"};
    for (int i = 0; i < 10_000; i++) {
      Path dir = root.resolve("d" + (i / 500));
      Files.createDirectories(dir);
      String ext = names[i % names.length];
      Files.write(
          dir.resolve("f" + i + ext), ext.equals(".bin") ? new byte[] {0} : new byte[] {'x'});
    }
    FileClassifier classifier = new FileClassifier(root);

    List<Set<String>> tags =
        IntStream.range(0, 10_000)
            .parallel()
            .mapToObj(i -> classifier.tags("d" + (i / 500) + "/f" + i + names[i % names.length]))
            .toList();

    assertThat(tags.get(0)).isEqualTo(Set.of("file", "non-executable", "java", "text"));
    assertThat(tags.get(1)).isEqualTo(Set.of("file", "non-executable", "python", "text"));
    assertThat(tags.get(2)).isEqualTo(Set.of("file", "non-executable", "plain-text", "text"));
    assertThat(tags.get(3)).isEqualTo(Set.of("file", "non-executable", "text"));
    assertThat(tags.get(9_999)).isEqualTo(Set.of("file", "non-executable", "binary"));
    assertThat(tags.stream().filter(t -> t.contains("binary")).count()).isEqualTo(2_000);
  }

  @Test
  void namesMatchWholeOrAnyDotSeparatedPartAndExtensionsIgnoreCase() {
    assertThat(FileClassifier.tagsFromFilename("Dockerfile"))
        .containsExactlyInAnyOrder("dockerfile", "text");
    assertThat(FileClassifier.tagsFromFilename("prod.Dockerfile.bak"))
        .containsExactlyInAnyOrder("dockerfile", "text");
    assertThat(FileClassifier.tagsFromFilename("dockerfile")).isEmpty();
    assertThat(FileClassifier.tagsFromFilename("pom.xml"))
        .containsExactlyInAnyOrder("pom", "xml", "text");
    assertThat(FileClassifier.tagsFromFilename("LICENSE.TXT"))
        .containsExactlyInAnyOrder("text", "plain-text");
    assertThat(FileClassifier.tagsFromFilename("x.JAR"))
        .containsExactlyInAnyOrder("binary", "zip", "jar");
    assertThat(FileClassifier.tagsFromFilename("x.plist")).containsExactly("plist");
    assertThat(FileClassifier.tagsFromFilename(".bashrc")).contains("bash");
    assertThat(FileClassifier.tagsFromFilename("bashrc")).isEmpty();
    assertThat(FileClassifier.tagsFromFilename(".py")).isEmpty();
    assertThat(FileClassifier.tagsFromFilename("a.")).isEmpty();
  }

  @Test
  void interpretersDropDottedSuffixesOneAtATime() {
    assertThat(FileClassifier.tagsFromInterpreter("/usr/bin/python3.11"))
        .containsExactlyInAnyOrder("python", "python3");
    assertThat(FileClassifier.tagsFromInterpreter("python3.11.4"))
        .containsExactlyInAnyOrder("python", "python3");
    assertThat(FileClassifier.tagsFromInterpreter("bash"))
        .containsExactlyInAnyOrder("bash", "shell");
    assertThat(FileClassifier.tagsFromInterpreter("/opt/x/")).isEmpty();
    assertThat(FileClassifier.tagsFromInterpreter("pythonista")).isEmpty();
    assertThat(FileClassifier.tagsFromInterpreter("")).isEmpty();
  }

  private static List<String> shebang(String content) throws IOException {
    return Shebang.parse(new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void shebangsParseAsIdentifyDoes() throws IOException {
    assertThat(shebang("#!/bin/sh -e\n")).containsExactly("/bin/sh", "-e");
    assertThat(shebang("#! /usr/bin/env python3\n")).containsExactly("python3");
    assertThat(shebang("#!/usr/bin/env -S deno run\n")).containsExactly("deno", "run");
    assertThat(shebang("#!/usr/bin/env\n")).isEmpty();
    assertThat(shebang("#!/bin/env python\n")).containsExactly("/bin/env", "python");
    assertThat(shebang("#!'/a b/py' -x\"y z\"w\n")).containsExactly("/a b/py", "-xy zw");
    assertThat(shebang("#!/bin/x \"a\\\"b\\c\"\n")).containsExactly("/bin/x", "a\"b\\c");
    assertThat(shebang("#!/bin/x a\\ b ''\n")).containsExactly("/bin/x", "a b", "");
    assertThat(shebang("#!/bin/x 'open\n")).containsExactly("/bin/x", "'open");
    assertThat(shebang("#!/bin/x\targ\u000bmore\n")).containsExactly("/bin/x", "arg\u000bmore");
    assertThat(shebang("#!/bin/caf\u00e9\n")).isEmpty();
    assertThat(shebang("#!/bin/x\u0001\n")).isEmpty();
    assertThat(shebang("#/bin/sh\n")).isEmpty();
    assertThat(shebang("#!")).isEmpty();
    assertThat(shebang("")).isEmpty();
    assertThat(shebang("#!/usr/bin/env nix-shell\n#!nix-shell -i zsh\n")).containsExactly("zsh");
    assertThat(shebang("#!/usr/bin/env nix-shell\necho\n")).containsExactly("nix-shell");
    assertThat(shebang("#!/usr/bin/env nix-shell\n#!nix-shell -i\n")).containsExactly("nix-shell");
  }

  @Test
  void knowsIdentifysTagNames() {
    assertThat(TagNames.isKnown("file")).isTrue();
    assertThat(TagNames.isKnown("java")).isTrue();
    assertThat(TagNames.isKnown("jenkins")).isTrue();
    assertThat(TagNames.isKnown("non-executable")).isTrue();
    assertThat(TagNames.isKnown("Java")).isFalse();
    assertThat(TagNames.isKnown("javascript ")).isFalse();
    assertThat(TagNames.isKnown("nushell")).isFalse();
  }
}
