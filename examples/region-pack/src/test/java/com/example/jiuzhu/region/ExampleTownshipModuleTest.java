package com.example.jiuzhu.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.cn.CnPolicyModule;
import org.junit.jupiter.api.Test;

final class ExampleTownshipModuleTest {
  private static final Policy POLICY = Policy.installed();
  private static final RegionCode TOWN = RegionCode.parse("620825900");

  @Test
  void isDiscoveredBesideTheShippedModule() {
    assertThat(POLICY.moduleIds()).containsExactly("com.example.township", CnPolicyModule.ID);
    assertThat(POLICY.region(TOWN).orElseThrow().nameZh()).isEqualTo("示例镇");
  }

  @Test
  void itsOwnValueOverridesTheInheritedOneFromItsEffectiveDate() {
    PolicySnapshot before = POLICY.snapshot(TOWN, LocalDate.of(2025, 8, 31));
    PolicySnapshot after = POLICY.snapshot(TOWN, LocalDate.of(2025, 9, 1));
    assertThat(before.get(CnParameters.DIBAO_STANDARD_RURAL)).isEqualTo(Money.parse("570")); // Zhuanglang's
    assertThat(before.provenance(CnParameters.DIBAO_STANDARD_RURAL).orElseThrow().region()).isEqualTo(RegionCode.parse("620825"));
    assertThat(after.get(CnParameters.DIBAO_STANDARD_RURAL)).isEqualTo(Money.parse("600"));
    assertThat(after.provenance(CnParameters.DIBAO_STANDARD_RURAL).orElseThrow().origin())
        .isEqualTo("example-township.yaml:23");
  }

  @Test
  void itOverridesANationalDefaultAndInheritsTheRest() {
    PolicySnapshot s = POLICY.snapshot(TOWN, LocalDate.of(2025, 10, 1));
    assertThat(s.get(CnParameters.DIBAO_TIME_LIMIT)).isEqualTo(20);
    assertThat(POLICY.snapshot(RegionCode.parse("620825"), LocalDate.of(2025, 10, 1)).get(CnParameters.DIBAO_TIME_LIMIT))
        .isEqualTo(30);
    assertThat(s.get(CnParameters.RIGID_SPENDING_RATIO)).isEqualByComparingTo("0.6"); // Gansu's
    assertThat(s.get(CnParameters.PUBLIC_NOTICE_DAYS)).isEqualTo(7); // national
  }

  @Test
  void aNewCountyInheritsItsPrefectureAndProvince() {
    PolicySnapshot s = POLICY.snapshot(RegionCode.parse("620826"), LocalDate.of(2025, 10, 1));
    assertThat(s.get(CnParameters.DIBAO_STANDARD_RURAL)).isEqualTo(Money.parse("550")); // Pingliang's
    assertThat(s.get(CnParameters.DIBAO_INCOME_REFERENCE_MONTHS)).isEqualTo(12);
  }
}
