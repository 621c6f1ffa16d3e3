package dev.precommit.list;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precommit.config.Stage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code precommit list --output-format json}: prek's array of hook objects, with its keys in its
 * order and laid out as prek prints them (two-space indent, {@code "key": value}, {@code []} when
 * empty), so scripts written against prek read ours unchanged.
 */
public final class JsonListing {
  private JsonListing() {}

  public static String render(List<ListedHook> hooks) {
    List<Map<String, Object>> array = hooks.stream().map(JsonListing::object).toList();
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    printer.indentArraysWith(indent);
    printer.indentObjectsWith(indent);
    try {
      return new ObjectMapper().writer(printer).writeValueAsString(array) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("strings and lists always serialize", e);
    }
  }

  private static Map<String, Object> object(ListedHook hook) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("id", hook.id());
    object.put("full_id", hook.fullId());
    object.put("name", hook.name());
    object.put("alias", hook.alias());
    object.put("language", hook.language());
    object.put("description", hook.description());
    object.put("stages", hook.stages().stream().map(Stage::id).toList());
    return object;
  }
}
