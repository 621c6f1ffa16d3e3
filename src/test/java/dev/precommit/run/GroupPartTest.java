package dev.precommit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupPartTest {
  @Test
  void partsThatOnlyReadNeverConflict() {
    GroupPart a = new GroupPart(List.of(0), Set.of("a.py", "b.py"), true);
    GroupPart b = new GroupPart(List.of(1), Set.of("a.py"), true);

    assertThat(a.conflictsWith(b)).isFalse();
  }

  @Test
  void aWriterConflictsWithAnyPartGivenOneOfItsFiles() {
    GroupPart writer = new GroupPart(List.of(0), Set.of("a.py", "b.py"), false);
    GroupPart reader = new GroupPart(List.of(1), Set.of("b.py"), true);

    assertThat(writer.conflictsWith(reader)).isTrue();
    assertThat(reader.conflictsWith(writer)).isTrue();
  }

  @Test
  void partsWithoutACommonFileDoNotConflict() {
    GroupPart a = new GroupPart(List.of(0), Set.of("a.py"), false);
    GroupPart b = new GroupPart(List.of(1, 2), Set.of("b.py", "c.py"), false);

    assertThat(a.conflictsWith(b)).isFalse();
    assertThat(b.first()).isEqualTo(1);
  }
}
