package dev.precommit.output.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precommit.Version;
import dev.precommit.hooks.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0, the static-analysis format code-scanning dashboards read (GitHub code scanning,
 * GitLab, IDE viewers). One run whose tool driver is precommit with one rule per hook id; one
 * result per finding, at its file (relative to {@code %SRCROOT%}) and line. A failed hook that
 * knows no place gets one result at the config file, on the line of its {@code id:} when found,
 * because code-scanning uploads drop results without a location.
 */
public final class SarifReport implements Report {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String SRCROOT = "%SRCROOT%";

  @Override
  public void write(RunReport run, OutputStream out) throws IOException {
    ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode sarifRun = root.putArray("runs").addObject();
    ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
    driver.put("name", "precommit");
    driver.put("version", Version.number());
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (HookReport hook : run.hooks()) {
      if (ruleIndex.putIfAbsent(hook.id(), ruleIndex.size()) == null) {
        ObjectNode rule = rules.addObject();
        rule.put("id", hook.id());
        rule.putObject("shortDescription").put("text", hook.name());
      }
    }
    ObjectNode invocation = sarifRun.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    invocation.put("exitCode", run.exitCode());
    sarifRun
        .putObject("originalUriBaseIds")
        .putObject(SRCROOT)
        .put("uri", run.root().toUri().toString());
    ArrayNode results = sarifRun.putArray("results");
    for (HookReport hook : run.hooks()) {
      if (!hook.failed()) {
        continue;
      }
      int index = ruleIndex.get(hook.id());
      if (hook.findings().isEmpty()) {
        String text = hook.name() + " failed (" + hook.failureReason() + ")";
        String output = hook.cleanOutput();
        ObjectNode result =
            result(results, hook.id(), index, output.isEmpty() ? text : text + "\n\n" + output);
        String config = hook.configFile(run.configFile());
        location(result, config, idLine(run.root().resolve(config), hook.id()));
        project(result, hook);
      } else {
        for (Finding f : hook.findings()) {
          String message = f.message().isEmpty() ? hook.name() + " failed" : f.message();
          ObjectNode result = result(results, hook.id(), index, message);
          location(result, f.file(), f.line());
          project(result, hook);
        }
      }
    }
    mapper.writerWithDefaultPrettyPrinter().writeValue(out, root);
    out.write('\n');
  }

  /** In a workspace, the hook's project, as a result property. */
  private static void project(ObjectNode result, HookReport hook) {
    if (hook.project() != null) {
      result.putObject("properties").put("project", hook.project());
    }
  }

  private static ObjectNode result(ArrayNode results, String ruleId, int index, String text) {
    ObjectNode result = results.addObject();
    result.put("ruleId", ruleId);
    result.put("ruleIndex", index);
    result.put("level", "error");
    result.putObject("message").put("text", text);
    return result;
  }

  private static void location(ObjectNode result, String file, int line) {
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", uriPath(file));
    artifact.put("uriBaseId", SRCROOT);
    if (line > 0) {
      physical.putObject("region").put("startLine", line);
    }
  }

  /** The 1-based line of {@code id: <id>} in the config, or 0 when it cannot be found. */
  static int idLine(Path config, String id) {
    Pattern idKey =
        Pattern.compile("^\\s*(?:-\\s+)?id:\\s*['\"]?" + Pattern.quote(id) + "['\"]?\\s*(?:#.*)?$");
    try {
      List<String> lines = Files.readAllLines(config, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (idKey.matcher(lines.get(i)).matches()) {
          return i + 1;
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  /** A repository path as a relative URI reference: unreserved characters and '/' kept. */
  static String uriPath(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean keep =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~'
              || c == '/';
      if (keep) {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
