package dev.precommit.lang;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tool a language needs on {@code PATH} and never downloads (docker, ruby), with the command that
 * installs it. A hook whose toolchain is missing fails with one line naming the hook and that
 * command, and {@code validate-config} and {@code install-hooks} say the same line first.
 *
 * @param name what to install, as users call it ({@code docker}, {@code ruby})
 * @param executables the commands that must be on {@code PATH}
 * @param apt the Debian/Ubuntu package
 * @param dnf the Fedora/RHEL package
 * @param brew the Homebrew formula or cask ({@code --cask docker})
 * @param url where to read how to install it, when no known package manager is on {@code PATH}
 */
record Toolchain(
    String name, List<String> executables, String apt, String dnf, String brew, String url) {

  static final Toolchain DOCKER =
      new Toolchain(
          "docker",
          List.of("docker"),
          "docker.io",
          "docker",
          "--cask docker",
          "https://docs.docker.com/get-docker/");

  static final Toolchain RUBY =
      new Toolchain(
          "ruby",
          List.of("ruby", "gem"),
          "ruby",
          "ruby rubygems",
          "ruby",
          "https://www.ruby-lang.org/en/documentation/installation/");

  Toolchain {
    executables = List.copyOf(executables);
  }

  /**
   * The line hook {@code hookId} fails with when one of the executables is not on {@code env}'s
   * {@code PATH}, e.g. {@code hook `mdl` needs ruby (`gem` is not on PATH): install it with `sudo
   * apt-get install ruby`}; empty when all are there.
   */
  Optional<String> missing(String hookId, Map<String, String> env) {
    return executables.stream()
        .filter(exe -> Executables.find(exe, env).isEmpty())
        .findFirst()
        .map(
            exe ->
                "hook `"
                    + hookId
                    + "` needs "
                    + name
                    + " (`"
                    + exe
                    + "` is not on PATH): install it "
                    + installCommand(env));
  }

  /** With the package manager found on {@code PATH}: apt-get, dnf, then Homebrew. */
  private String installCommand(Map<String, String> env) {
    if (Executables.find("apt-get", env).isPresent()) {
      return "with `sudo apt-get install " + apt + "`";
    }
    if (Executables.find("dnf", env).isPresent()) {
      return "with `sudo dnf install " + dnf + "`";
    }
    if (Executables.find("brew", env).isPresent()) {
      return "with `brew install " + brew + "`";
    }
    return "(see " + url + ")";
  }
}
