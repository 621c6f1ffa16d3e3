package dev.precommit.hooks.builtin;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FileCheck;
import dev.precommit.hooks.FileVerdict;
import java.io.IOException;
import java.util.List;

/**
 * {@code check-toml}: the file must be valid TOML 1.0 in UTF-8. The script uses Python's {@code
 * tomllib}; this uses Jackson's TOML parser. Messages keep tomllib's layout, {@code f.toml:
 * <reason> (at line 3, column 7)}, with Jackson's wording of the reason.
 */
public final class CheckToml implements ContentCheck {
  /**
   * The parser alone (an ObjectMapper's set-up cost ~50 ms on a commit for nothing we use), made on
   * first use: in a run that is on a worker thread, not while the run is being planned.
   */
  private static final class Parsers {
    static final TomlFactory TOML = new TomlFactory();
  }

  @Override
  public CheckInfo info() {
    return Manifest.typed(
        "check-toml",
        "check toml",
        "checks toml files for parseable syntax.",
        List.of("toml"),
        Manifest.ALL_STAGES,
        false);
  }

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    new ArgumentParser("check-toml").parse(args).requireNoPositionals();
    return FileCheck.mayCrash(
        (path, content) -> {
          String text;
          try {
            text = PythonText.decodeUtf8(content);
          } catch (PythonText.DecodeException e) {
            // Not a TOMLDecodeError: the script dies here, leaving the rest of its batch unchecked.
            return FileVerdict.crash(path + ": UnicodeDecodeError: " + e.getMessage() + "\n");
          }
          try {
            try (JsonParser parser = Parsers.TOML.createParser(text)) {
              while (parser.nextToken() != null) {
                // The whole document is parsed (and duplicate keys found) as the parser is created.
              }
            }
            return FileVerdict.ok();
          } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where =
                at == null || at.getLineNr() < 1
                    ? ""
                    : " (at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return FileVerdict.fail(path + ": " + e.getOriginalMessage() + where + "\n");
          } catch (IOException e) {
            return FileVerdict.fail(path + ": " + e.getMessage() + "\n");
          }
        });
  }
}
