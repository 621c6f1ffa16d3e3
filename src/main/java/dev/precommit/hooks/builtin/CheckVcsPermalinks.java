package dev.precommit.hooks.builtin;

import dev.precommit.config.PythonRepr;
import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FileCheck;
import dev.precommit.hooks.FileVerdict;
import dev.precommit.hooks.Finding;
import dev.precommit.select.PythonRegex;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code check-vcs-permalinks}: flags GitHub links to a line of a branch ({@code blob/main/...#L5})
 * rather than of a commit. Lines are matched as bytes (Latin-1 here, one char per byte), and a line
 * matched by several domains is printed once per domain, as the script does.
 */
public final class CheckVcsPermalinks implements ContentCheck {

  @Override
  public CheckInfo info() {
    return Manifest.typed(
        "check-vcs-permalinks",
        "check vcs permalinks",
        "ensures that links to vcs websites are permalinks.",
        List.of("text"),
        Manifest.ALL_STAGES,
        false);
  }

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    ArgumentParser parser =
        new ArgumentParser("check-vcs-permalinks")
            .append(
                "additional_github_domains", List.of("github.com"), "--additional-github-domain")
            .metavar("ADDITIONAL_GITHUB_DOMAINS");
    List<Pattern> patterns = new ArrayList<>();
    for (String domain :
        parser.parse(args).requireNoPositionals().list("additional_github_domains")) {
      String regex =
          "https://" + domain + "/[^/ ]+/[^/ ]+/blob/(?![a-fA-F0-9]{4,64}/)([^/. ]+)/[^# ]+#L\\d+";
      try {
        patterns.add(
            PythonRegex.compile(
                new String(regex.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
      } catch (PatternSyntaxException e) {
        throw parser.error("bad --additional-github-domain " + PythonRepr.string(domain));
      }
    }
    return new FileCheck() {
      @Override
      public FileVerdict check(String path, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Finding> findings = new ArrayList<>();
        int lineNo = 0;
        for (byte[] line : PythonText.byteLines(content)) {
          lineNo++;
          String text = new String(line, StandardCharsets.ISO_8859_1);
          for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
              byte[] place = (path + ":" + lineNo + ":").getBytes(StandardCharsets.UTF_8);
              out.writeBytes(place);
              out.writeBytes(line);
              String shown =
                  new String(place, StandardCharsets.UTF_8)
                      + new String(line, StandardCharsets.UTF_8);
              findings.add(new Finding(path, lineNo, shown.strip()));
            }
          }
        }
        return out.size() == 0
            ? FileVerdict.ok()
            : FileVerdict.fail(out.toByteArray()).withFindings(findings);
      }

      @Override
      public byte[] trailer(boolean anyFailed) {
        return anyFailed
            ? ("\nNon-permanent github link detected.\n"
                    + "On any page on github press [y] to load a permalink.\n")
                .getBytes(StandardCharsets.UTF_8)
            : new byte[0];
      }
    };
  }
}
