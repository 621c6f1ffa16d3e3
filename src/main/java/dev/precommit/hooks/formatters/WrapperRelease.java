package dev.precommit.hooks.formatters;

import java.util.List;
import java.util.Optional;

/**
 * A release of {@code macisamuele/language-formatters-pre-commit-hooks} whose {@code
 * pretty-format-java} and {@code pretty-format-kotlin} run in-process: its tag, the commit the tag
 * names ({@code autoupdate --freeze} pins that), and the formatter versions it uses when the hook's
 * args name none (its {@code *.version} files).
 *
 * <p>Only releases whose {@code pretty_format_java.py} behaves as this package reproduces are
 * listed: v2.14.0 to v2.16.0 (palantir support, checksums, the same messages and command lines, and
 * the same {@code pretty_format_kotlin.py} but for v2.14.0's ktfmt jar name). A config naming
 * another rev runs the Python hook, as pre-commit runs it.
 */
record WrapperRelease(
    String tag, String commit, String googleJavaFormat, String ktlint, String ktfmt) {

  private static final List<WrapperRelease> KNOWN =
      List.of(
          new WrapperRelease(
              "v2.14.0", "a6273196190bb0f68caf1dc68073cf62c719f725", "1.22.0", "1.3.1", "0.51"),
          new WrapperRelease(
              "v2.15.0", "19b28a9f0a0102b30776f054bea4176e7af50dbe", "1.27.0", "1.6.0", "0.55"),
          new WrapperRelease(
              "v2.16.0", "4380fbb73a154b5f5624794c1c78d9719ccc860f", "1.33.0", "1.8.0", "0.61"));

  /** The release {@code rev} (a tag or the commit it names) is, if this package knows it. */
  static Optional<WrapperRelease> of(String rev) {
    return KNOWN.stream().filter(r -> r.tag().equals(rev) || r.commit().equals(rev)).findFirst();
  }
}
