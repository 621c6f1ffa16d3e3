package dev.precommit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonReprTest {
  @Test
  void stringsQuoteAsPythonDoes() {
    assertThat(PythonRepr.string("a")).isEqualTo("'a'");
    assertThat(PythonRepr.string("it's")).isEqualTo("\"it's\"");
    assertThat(PythonRepr.string("it's \"x\"")).isEqualTo("'it\\'s \"x\"'");
    assertThat(PythonRepr.string("a\\b\n\t\u0001")).isEqualTo("'a\\\\b\\n\\t\\x01'");
    assertThat(PythonRepr.string("café ☃")).isEqualTo("'café ☃'");
    assertThat(PythonRepr.string("\u00a0\u200b")).isEqualTo("'\\xa0\\u200b'");
  }

  @Test
  void otherValues() {
    assertThat(PythonRepr.repr(null)).isEqualTo("None");
    assertThat(PythonRepr.repr(true)).isEqualTo("True");
    assertThat(PythonRepr.repr(3)).isEqualTo("3");
    assertThat(PythonRepr.repr(List.of("a", 1))).isEqualTo("['a', 1]");
    assertThat(PythonRepr.repr(Map.of("k", false))).isEqualTo("{'k': False}");
  }

  @Test
  void typeNames() {
    assertThat(PythonRepr.typeName(null)).isEqualTo("NoneType");
    assertThat(PythonRepr.typeName(1)).isEqualTo("int");
    assertThat(PythonRepr.typeName(1L)).isEqualTo("int");
    assertThat(PythonRepr.typeName(1.5)).isEqualTo("float");
    assertThat(PythonRepr.typeName("s")).isEqualTo("str");
    assertThat(PythonRepr.typeName(List.of())).isEqualTo("list");
    assertThat(PythonRepr.typeName(Map.of())).isEqualTo("dict");
    assertThat(PythonRepr.typeName(false)).isEqualTo("bool");
  }
}
