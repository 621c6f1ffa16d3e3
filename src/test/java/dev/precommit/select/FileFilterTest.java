package dev.precommit.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precommit.config.HookConfig;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFilterTest {
  @TempDir static Path dir;
  private static TempGitRepo repo;
  private static List<String> tracked;

  /** One repository for all tests: they only read it (one adds untracked files). */
  @BeforeAll
  static void repository() throws IOException {
    TempGitRepo lib = TempGitRepo.init(dir.resolve("lib")).write("x", "x\n").stageAll().commit("l");
    repo =
        TempGitRepo.init(dir.resolve("repo"))
            .write(".pre-commit-config.yaml", "repos: []\n")
            .write("README.md", "# r\n")
            .write("src/Main.java", "class Main {}\n")
            .write("src/main.py", "print(1)\n")
            .write("src/run", "#!/usr/bin/env bash\necho\n")
            .executable("src/run")
            .write("vendor/lib.js", "x\n")
            .write("docs/a b.md", "# ü\n")
            .write("data.bin", new byte[] {0, 1, 2})
            .write("gone.txt", "soon deleted\n");
    Files.createSymbolicLink(repo.path("link.txt"), Path.of("README.md"));
    Files.createSymbolicLink(repo.path("broken.py"), Path.of("missing.py"));
    repo.stageAll().commit("init");
    repo.git(
        "-c", "protocol.file.allow=always", "submodule", "add", "-q", lib.root().toString(), "sub");
    repo.commit("submodule");
    Files.delete(repo.path("gone.txt"));
    tracked = Arrays.asList(repo.git("ls-files", "-z").split("\0"));
  }

  private static HookConfig hook(
      String files,
      String exclude,
      List<String> types,
      List<String> typesOr,
      List<String> excludeTypes) {
    return new HookConfig(
        "h",
        null,
        "true",
        "system",
        null,
        files,
        exclude,
        types,
        typesOr,
        excludeTypes,
        null,
        null,
        false,
        false,
        true,
        null,
        null,
        null,
        false,
        null,
        false,
        null,
        null);
  }

  private static List<String> run(HookConfig hook) {
    return FileFilter.of(repo.root(), tracked, null, null).forHook(hook);
  }

  @Test
  void candidatesKeepExistingPathsAndBrokenLinksInGitOrder() {

    assertThat(tracked).contains("gone.txt", "sub");
    assertThat(FileFilter.of(repo.root(), tracked, "", "^$").candidates())
        .containsExactly(
            ".gitmodules",
            ".pre-commit-config.yaml",
            "README.md",
            "broken.py",
            "data.bin",
            "docs/a b.md",
            "link.txt",
            "src/Main.java",
            "src/main.py",
            "src/run",
            "sub",
            "vendor/lib.js");
  }

  @Test
  void globalFilesAndExcludeAreSearchedPythonRegexes() {

    assertThat(FileFilter.of(repo.root(), tracked, "^src/", "(?x) \\.py $").candidates())
        .containsExactly("src/Main.java", "src/run");
    assertThat(FileFilter.of(repo.root(), tracked, "main", "^$").candidates())
        .containsExactly("src/main.py");
    assertThat(FileFilter.of(repo.root(), tracked, "(?i)main", "^vendor/").candidates())
        .containsExactly("src/Main.java", "src/main.py");
    assertThat(FileFilter.of(repo.root(), tracked, "", "^(?P<top>src|vendor)/").candidates())
        .doesNotContain("src/run", "vendor/lib.js");
  }

  @Test
  void defaultTypesSelectFilesOnly() {
    assertThat(run(hook(null, null, null, null, null)))
        .containsExactly(
            ".gitmodules",
            ".pre-commit-config.yaml",
            "README.md",
            "data.bin",
            "docs/a b.md",
            "src/Main.java",
            "src/main.py",
            "src/run",
            "vendor/lib.js");
  }

  @Test
  void typesNeedEveryTag() {
    assertThat(run(hook(null, null, List.of("text", "executable"), null, null)))
        .containsExactly("src/run");
    assertThat(run(hook(null, null, List.of("symlink"), null, null)))
        .containsExactly("broken.py", "link.txt");
    assertThat(run(hook(null, null, List.of("directory"), null, null))).containsExactly("sub");
    assertThat(run(hook(null, null, List.of(), null, null))).hasSize(12);
  }

  @Test
  void typesOrNeedsAnyTagAndExcludeTypesNone() {
    assertThat(run(hook(null, null, null, List.of("java", "python", "shell"), null)))
        .containsExactly("src/Main.java", "src/main.py", "src/run");
    assertThat(run(hook(null, null, List.of("text"), List.of("markdown"), List.of("plain-text"))))
        .containsExactly("docs/a b.md");
    assertThat(run(hook(null, null, null, null, List.of("binary", "yaml"))))
        .containsExactly(
            ".gitmodules",
            "README.md",
            "docs/a b.md",
            "src/Main.java",
            "src/main.py",
            "src/run",
            "vendor/lib.js");
  }

  @Test
  void hookFilesAndExcludeComeBeforeTypes() {
    assertThat(run(hook("\\.(java|py|md)$", "^docs/", List.of("text"), null, null)))
        .containsExactly("README.md", "src/Main.java", "src/main.py");
    assertThat(run(hook("\\.py$", null, List.of("symlink"), null, null)))
        .containsExactly("broken.py");
  }

  @Test
  void patternsAreCompiledOncePerString() {

    FileFilter filter = FileFilter.of(repo.root(), tracked, null, null);

    assertThat(filter.pattern("^src/")).isSameAs(filter.pattern("^src/"));
    assertThat(filter.pattern("\\d").matcher("\u0663").find()).isTrue();
  }

  @Test
  void theDefaultPatternsDropWhatPythonsSearchOfCaretDollarMatches() {
    FileFilter filter = FileFilter.of(repo.root(), List.of(), null, null);
    List<String> names = List.of("a.py", "", "\n", "\n\n", "x\n", "\nx");

    List<String> byDefault = filter.filterByIncludeExclude(names, null, null);
    List<String> byRegex =
        names.stream()
            .filter(n -> filter.pattern("").matcher(n).find())
            .filter(n -> !filter.pattern("^$").matcher(n).find())
            .toList();

    assertThat(byDefault).containsExactly("a.py", "\n\n", "x\n", "\nx").isEqualTo(byRegex);
  }

  @Test
  void badPatternsFailWithPythonsMessage() {

    assertThatThrownBy(() -> FileFilter.of(repo.root(), tracked, "src/(", null).candidates())
        .isInstanceOf(PatternSyntaxException.class)
        .hasMessageContaining("missing ), unterminated subpattern");
  }

  @Test
  void manyFilesKeepTheirOrderWhenClassifiedInParallel() {
    for (int i = 0; i < 1_000; i++) {
      repo.write("many/f" + i + (i % 3 == 0 ? ".py" : ".txt"), "x\n");
    }
    List<String> paths =
        IntStream.range(0, 1_000)
            .mapToObj(i -> "many/f" + i + (i % 3 == 0 ? ".py" : ".txt"))
            .toList();

    FileFilter filter = FileFilter.of(repo.root(), List.of(), null, null);

    List<String> python = filter.byTypes(paths, List.of("python"), List.of(), List.of());

    assertThat(python).hasSize(334).startsWith("many/f0.py", "many/f3.py");
    assertThat(python).isEqualTo(paths.stream().filter(p -> p.endsWith(".py")).toList());
  }
}
