package dev.precommit.lang;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A tool a language needs on {@code PATH} and never downloads (docker, ruby, cpan, cabal, …), with
 * the command that installs it. A hook whose toolchain is missing fails with one line naming the
 * hook and that command, e.g. {@code hook `mdl` needs ruby (`gem` is not on PATH): install it with
 * `sudo apt-get install ruby`}; {@code validate-config} and {@code install-hooks} say the same line
 * first.
 *
 * @param name what to install, as users call it ({@code docker}, {@code ruby})
 * @param executables the commands that must be on {@code PATH}; each entry lists alternatives, any
 *     one of which will do ({@code cs} or {@code coursier})
 * @param apt the Debian/Ubuntu package, or empty when Debian has none
 * @param dnf the Fedora/RHEL package, or empty
 * @param brew the Homebrew formula or cask ({@code --cask docker}), or empty
 * @param url how to install it when no package manager above has it: a page, or a shell command
 */
record Toolchain(
    String name, List<List<String>> executables, String apt, String dnf, String brew, String url) {

  static final Toolchain DOCKER =
      new Toolchain(
          "docker",
          List.of(List.of("docker")),
          "docker.io",
          "docker",
          "--cask docker",
          "https://docs.docker.com/get-docker/");

  static final Toolchain RUBY =
      new Toolchain(
          "ruby",
          List.of(List.of("ruby"), List.of("gem")),
          "ruby",
          "ruby rubygems",
          "ruby",
          "https://www.ruby-lang.org/en/documentation/installation/");

  static final Toolchain PYTHON =
      new Toolchain(
          "python",
          List.of(List.of("python3")),
          "python3 python3-venv",
          "python3",
          "python",
          "https://www.python.org/downloads/");

  static final Toolchain NODE =
      new Toolchain(
          "node",
          List.of(List.of("node"), List.of("npm")),
          "nodejs npm",
          "nodejs npm",
          "node",
          "https://nodejs.org/en/download");

  static final Toolchain MAVEN =
      Toolchain.of(
          "maven", "mvn", "maven", "maven", "maven", "https://maven.apache.org/install.html");

  Toolchain {
    executables = executables.stream().map(List::copyOf).toList();
  }

  /** A toolchain of one executable. */
  static Toolchain of(
      String name, String executable, String apt, String dnf, String brew, String url) {
    return new Toolchain(name, List.of(List.of(executable)), apt, dnf, brew, url);
  }

  /** The first executable of the first entry found on {@code env}'s {@code PATH}. */
  Optional<Path> find(Map<String, String> env) {
    return executables.get(0).stream()
        .map(exe -> Executables.find(exe, env))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * The line hook {@code hookId} fails with when one of the executables (none of its alternatives)
   * is on {@code env}'s {@code PATH}; empty when all are there.
   */
  Optional<String> missing(String hookId, Map<String, String> env) {
    return executables.stream()
        .filter(any -> any.stream().allMatch(exe -> Executables.find(exe, env).isEmpty()))
        .findFirst()
        .map(
            any ->
                "hook `"
                    + hookId
                    + "` needs "
                    + name
                    + " ("
                    + any.stream().map(e -> "`" + e + "`").collect(Collectors.joining(" or "))
                    + (any.size() == 1 ? " is" : " are")
                    + " not on PATH): install it "
                    + installCommand(env));
  }

  /**
   * With the package manager found on {@code PATH}: apt-get, dnf, then Homebrew; else {@link #url}.
   */
  private String installCommand(Map<String, String> env) {
    if (!apt.isEmpty() && Executables.find("apt-get", env).isPresent()) {
      return "with `sudo apt-get install " + apt + "`";
    }
    if (!dnf.isEmpty() && Executables.find("dnf", env).isPresent()) {
      return "with `sudo dnf install " + dnf + "`";
    }
    if (!brew.isEmpty() && Executables.find("brew", env).isPresent()) {
      return "with `brew install " + brew + "`";
    }
    return url.startsWith("http") ? "(see " + url + ")" : "with `" + url + "`";
  }
}
