package dev.precommit.output.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precommit.hooks.Finding;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The run as JSON for scripts, in the versioned shape {@code docs/report-json.md} documents. Fields
 * are only ever added within a version; renaming or removing one bumps {@link #VERSION}.
 */
public final class JsonReport implements Report {
  public static final int VERSION = 1;

  @Override
  public void write(RunReport run, OutputStream out) throws IOException {
    ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    ObjectNode root = mapper.createObjectNode();
    root.put("version", VERSION);
    root.put("exitCode", run.exitCode());
    root.put("filesChecked", run.filesChecked());
    root.put("durationSeconds", seconds(run.durationSeconds()));
    ArrayNode hooks = root.putArray("hooks");
    for (HookReport hook : run.hooks()) {
      ObjectNode h = hooks.addObject();
      h.put("id", hook.id());
      h.put("name", hook.name());
      if (hook.project() != null) {
        h.put("project", hook.project());
      }
      h.put("status", status(hook));
      h.put("exitCode", hook.exitCode());
      h.put("modified", hook.modified());
      h.put("durationSeconds", seconds(hook.durationSeconds()));
      ArrayNode files = h.putArray("files");
      hook.files().forEach(files::add);
      h.put("output", hook.output());
      h.put("findingsFromOutput", hook.findingsFromOutput());
      ArrayNode findings = h.putArray("findings");
      for (Finding f : hook.findings()) {
        ObjectNode finding = findings.addObject();
        finding.put("file", f.file());
        finding.put("line", f.line());
        finding.put("message", f.message());
      }
    }
    mapper.writerWithDefaultPrettyPrinter().writeValue(out, root);
    out.write('\n');
  }

  /** {@code passed}, {@code failed}, {@code skipped} or {@code no-files}. */
  static String status(HookReport hook) {
    return switch (hook.status()) {
      case PASSED -> "passed";
      case FAILED -> "failed";
      case SKIPPED -> "skipped";
      case NO_FILES -> "no-files";
    };
  }

  /** Seconds rounded to milliseconds. */
  private static double seconds(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }
}
