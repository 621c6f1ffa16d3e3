package dev.precommit.select;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagNamesTest {
  @Test
  void identifysTagsAreKnown() {
    assertThat(TagNames.all()).hasSize(311);
    assertThat(TagNames.isKnown("file")).isTrue();
    assertThat(TagNames.isKnown("java")).isTrue();
    assertThat(TagNames.isKnown("c#")).isTrue();
    assertThat(TagNames.isKnown("non-executable")).isTrue();
    assertThat(TagNames.isKnown("zsh")).isTrue();
  }

  @Test
  void othersAreNot() {
    assertThat(TagNames.isKnown("notatag")).isFalse();
    assertThat(TagNames.isKnown("Java")).isFalse();
    assertThat(TagNames.isKnown("")).isFalse();
  }
}
