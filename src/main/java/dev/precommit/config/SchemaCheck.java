package dev.precommit.config;

import dev.precommit.select.PythonRegex;
import dev.precommit.select.TagNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.PatternSyntaxException;

/**
 * The type checks of pre-commit's schema (cfgv's {@code check_*} functions), with their message
 * texts, for one file. Each failure is an {@link InvalidConfigException} with cfgv's context lines
 * ({@code At key: repos}, {@code At Repository(repo='local')}, {@code At index 1}, …); warnings go
 * to the sink as they arise, so they come out in pre-commit's order.
 */
final class SchemaCheck {
  private final String file;
  private final Consumer<String> warnings;

  SchemaCheck(String file, Consumer<String> warnings) {
    this.file = file;
    this.warnings = warnings;
  }

  String file() {
    return file;
  }

  void warn(String message) {
    warnings.accept(message);
  }

  InvalidConfigException error(List<String> path, String problem) {
    return new InvalidConfigException(file, path, problem);
  }

  /** {@code path} inside the value of {@code key} ({@code At key: KEY}). */
  static List<String> at(List<String> path, String key) {
    return within(path, "At key: " + key);
  }

  /** {@code path} inside item {@code index} of a list of scalars ({@code At index N}). */
  static List<String> at(List<String> path, int index) {
    return within(path, "At index " + index);
  }

  /**
   * {@code path} inside the mapping {@code map}, named as cfgv names it: {@code At
   * Repository(repo='local')}, {@code At Hook(id='echo')}, {@code At Hook(id=MISSING)}.
   */
  static List<String> object(
      List<String> path, String objectName, String idKey, Map<Object, Object> map) {
    if (idKey == null) {
      return within(path, "At " + objectName + "()");
    }
    String id = map.containsKey(idKey) ? PythonRepr.repr(map.get(idKey)) : "MISSING";
    return within(path, "At " + objectName + "(" + idKey + "=" + id + ")");
  }

  private static List<String> within(List<String> path, String context) {
    List<String> longer = new ArrayList<>(path.size() + 1);
    longer.addAll(path);
    longer.add(context);
    return List.copyOf(longer);
  }

  @SuppressWarnings("unchecked")
  Map<Object, Object> map(Object value, String objectName, List<String> path) {
    if (value instanceof Map<?, ?> map) {
      return (Map<Object, Object>) map;
    }
    throw error(path, "Expected a " + objectName + " map but got a " + PythonRepr.typeName(value));
  }

  List<?> array(Object value, List<String> path) {
    if (value instanceof List<?> list) {
      return list;
    }
    throw error(path, "Expected array but got " + PythonRepr.string(PythonRepr.typeName(value)));
  }

  String string(Object value, List<String> path) {
    if (value instanceof String s) {
      return s;
    }
    throw error(path, "Expected string got " + PythonRepr.typeName(value));
  }

  boolean bool(Object value, List<String> path) {
    if (value instanceof Boolean b) {
      return b;
    }
    throw error(path, "Expected bool got " + PythonRepr.typeName(value));
  }

  /** A whole number from 0 up, as prek's {@code priority} is (YAML ints only, not bools). */
  int nonNegative(Object value, List<String> path) {
    if (value instanceof Integer i && i >= 0) {
      return i;
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof java.math.BigInteger) {
      throw error(path, "Expected a whole number from 0 to 2147483647 got " + value);
    }
    throw error(path, "Expected int got " + PythonRepr.typeName(value));
  }

  List<String> strings(Object value, List<String> path) {
    List<?> list = array(value, path);
    List<String> strings = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      strings.add(string(list.get(i), at(path, i)));
    }
    return List.copyOf(strings);
  }

  /** A string that compiles as a (Python-flavoured) regex. */
  String regex(Object value, List<String> path) {
    String pattern = string(value, path);
    try {
      PythonRegex.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw error(path, PythonRepr.string(pattern) + " is not a valid python regex");
    }
    return pattern;
  }

  /** A list of identify tags. */
  List<String> tags(Object value, List<String> path) {
    List<?> list = array(value, path);
    List<String> tags = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object tag = list.get(i);
      if (!(tag instanceof String s) || !TagNames.isKnown(s)) {
        throw error(
            at(path, i),
            "Type tag " + PythonRepr.repr(tag) + " is not recognized.  Try upgrading precommit?");
      }
      tags.add(s);
    }
    return List.copyOf(tags);
  }

  /** One of {@code allowed} (already sorted for the message). */
  String oneOf(Object value, Collection<String> allowed, List<String> path) {
    if (value instanceof String s && allowed.contains(s)) {
      return s;
    }
    throw error(path, notOneOf(value, allowed));
  }

  static String notOneOf(Object value, Collection<String> allowed) {
    return "Expected one of " + String.join(", ", allowed) + " but got: " + PythonRepr.repr(value);
  }

  /** Rejects a key that must not be there, with cfgv's wording. */
  void absent(
      Map<Object, Object> map,
      String key,
      String conditionKey,
      String explanation,
      List<String> path) {
    if (map.containsKey(key)) {
      throw error(
          path,
          "Expected "
              + key
              + " to be absent when "
              + conditionKey
              + " "
              + explanation
              + ", found "
              + key
              + ": "
              + PythonRepr.repr(map.get(key)));
    }
  }

  Object required(Map<Object, Object> map, String key, List<String> path) {
    return required(map, key, path, List.of(key));
  }

  /**
   * As {@link #required(Map, String, List)}; when the key is missing and a key of {@code map} that
   * is not in {@code known} looks like a misspelling of it, the error says so on a second line.
   */
  Object required(
      Map<Object, Object> map, String key, List<String> path, Collection<String> known) {
    if (!map.containsKey(key)) {
      throw new InvalidConfigException(
          file, path, "Missing required key: " + key, typoHint(map, key, known));
    }
    return map.get(key);
  }

  /** {@code unknown key 'entyr' -- did you mean 'entry'?}, or null. */
  private static String typoHint(Map<Object, Object> map, String key, Collection<String> known) {
    for (Object present : map.keySet()) {
      if (present instanceof String s
          && !known.contains(s)
          && NearestName.to(s, List.of(key)).isPresent()) {
        return "unknown key "
            + PythonRepr.string(s)
            + " -- did you mean "
            + PythonRepr.string(key)
            + "?";
      }
    }
    return null;
  }
}
