package org.jiuzhu.core.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class CitizenIdTest {

  @Test
  void acceptsValidNumbersAndReadsBirthDateAndSex() {
    CitizenId id = CitizenId.parse("11010519491231002x");
    assertThat(id.unmasked()).isEqualTo("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(CitizenId.parse("620825196503120017").sex()).isEqualTo(Sex.MALE);
  }

  @Test
  void rejectsAWrongCheckCharacterWithoutShowingTheNumber() {
    assertThatThrownBy(() -> CitizenId.parse("620825196503120018"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GB 11643")
        .hasMessageContaining("620825********0018")
        .hasMessageNotContaining("620825196503120018")
        .hasMessageNotContaining("19650312");
  }

  @Test
  void rejectsMalformedNumbers() {
    assertThatThrownBy(() -> CitizenId.parse("62082519650312001")).hasMessageContaining("17 characters; expected 18");
    assertThatThrownBy(() -> CitizenId.parse("6208251965031200A7")).hasMessageContaining("non-digit at position 17");
    assertThatThrownBy(() -> CitizenId.parse("620825196502300017")).hasMessageContaining("valid birth date");
    assertThatThrownBy(() -> CitizenId.parse("")).hasMessageContaining("empty");
  }

  @Test
  void isMaskedWhenPrinted() {
    CitizenId id = CitizenId.parse("620825196503120017");
    assertThat(id.toString()).isEqualTo("620825********0017");
    assertThat(id.masked()).isEqualTo("620825********0017");
    assertThat(CitizenId.mask("12345")).isEqualTo("*****");
  }
}
