package dev.precommit.hooks.builtin;

import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FileCheck;
import dev.precommit.hooks.FileVerdict;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code check-json}: the file must decode as Python's {@code json.load} decodes it (UTF-8/16/32
 * detection, NaN and Infinity allowed) with no duplicate key in any object. Messages are Python's,
 * e.g. {@code a.json: Failed to json decode (Expecting value: line 1 column 1 (char 0))}.
 */
public final class CheckJson implements ContentCheck {

  @Override
  public CheckInfo info() {
    return Manifest.typed(
        "check-json",
        "check json",
        "checks json files for parseable syntax.",
        List.of("json"),
        Manifest.ALL_STAGES,
        false);
  }

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    new ArgumentParser("check-json").parse(args).requireNoPositionals();
    return (path, content) -> {
      try {
        PythonJson.loads(
            content,
            pairs -> {
              Set<String> seen = new HashSet<>();
              for (var pair : pairs) {
                if (!seen.add(pair.getKey())) {
                  throw new PythonJson.DecodeError("Duplicate key: " + pair.getKey());
                }
              }
              return null;
            });
        return FileVerdict.ok();
      } catch (PythonJson.DecodeError e) {
        return FileVerdict.fail(path + ": Failed to json decode (" + e.getMessage() + ")\n")
            .at(path, e.line());
      }
    };
  }
}
