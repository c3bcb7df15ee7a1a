package org.jiuzhu.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class RegionCodeTest {

  @Test
  void levelsComeFromTheStructure() {
    assertThat(RegionCode.parse("620000").level()).isEqualTo(RegionLevel.PROVINCE);
    assertThat(RegionCode.parse("620800").level()).isEqualTo(RegionLevel.PREFECTURE);
    assertThat(RegionCode.parse("620825").level()).isEqualTo(RegionLevel.COUNTY);
    assertThat(RegionCode.parse("620825100").level()).isEqualTo(RegionLevel.TOWNSHIP);
    assertThat(RegionCode.parse("national")).isSameAs(RegionCode.NATIONAL);
    assertThat(RegionCode.NATIONAL.level()).isEqualTo(RegionLevel.NATIONAL);
  }

  @Test
  void aTownshipClimbsToTheNation() {
    assertThat(RegionCode.parse("620825100").chain()).extracting(RegionCode::toString)
        .containsExactly("620825100", "620825", "620800", "620000", "national");
    assertThat(RegionCode.parse("110105").chain()).extracting(RegionCode::toString)
        .containsExactly("110105", "110100", "110000", "national");
    assertThat(RegionCode.NATIONAL.parent()).isEmpty();
    assertThat(RegionCode.parse("620825").isWithin(RegionCode.parse("620000"))).isTrue();
    assertThat(RegionCode.parse("620825").isWithin(RegionCode.parse("330000"))).isFalse();
  }

  @Test
  void badCodesAreNamed() {
    assertThatThrownBy(() -> RegionCode.parse("62082")).hasMessageContaining("'62082' is not 6 digits");
    assertThatThrownBy(() -> RegionCode.parse("62O825")).hasMessageContaining("not 6 digits");
    assertThatThrownBy(() -> RegionCode.parse("990000")).hasMessageContaining("no province");
    assertThatThrownBy(() -> RegionCode.parse("620025")).hasMessageContaining("prefecture 00");
    assertThatThrownBy(() -> RegionCode.parse("620825000")).hasMessageContaining("township number");
    assertThat(RegionCode.problemWith("620825")).isEmpty();
  }
}
