package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.money.Rounding;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.policy.ParameterStatus;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.core.region.RegionCode;
import org.junit.jupiter.api.Test;

final class CnPolicyModuleTest {
  private static final Policy POLICY = Policy.installed();
  private static final LocalDate DAY = LocalDate.of(2025, 10, 1);

  /** The places of the founding article (DOMAIN.md §14). */
  static final List<String> PLACES =
      List.of("620825", "230300", "330105", "330300", "320509", "150602", "350500", "610630", "370983");

  @Test
  void isFoundOnTheClassPath() {
    assertThat(POLICY.moduleIds()).contains(CnPolicyModule.ID);
  }

  @Test
  void everyPlaceOfTheFoundingArticleResolvesEveryProgrammesStandards() {
    for (String code : PLACES) {
      PolicySnapshot s = POLICY.snapshot(RegionCode.parse(code), DAY);
      assertThat(s.find(CnParameters.DIBAO_STANDARD_URBAN)).as(code).isPresent();
      assertThat(s.find(CnParameters.DIBAO_STANDARD_RURAL)).as(code).isPresent();
      assertThat(s.find(CnParameters.TEKUN_BASIC_RURAL)).as(code).isPresent();
      assertThat(s.find(CnParameters.RIGID_SPENDING_RATIO)).as(code).isPresent();
      assertThat(s.find(CnParameters.TEKUN_CARE_FULL_HOME)).as(code).isPresent();
      assertThat(POLICY.region(RegionCode.parse(code))).as(code).isPresent();
      for (ParameterValue v : s.values()) {
        if (!v.region().equals(RegionCode.NATIONAL)) {
          assertThat(v.status()).as("%s is an example value", v).isEqualTo(ParameterStatus.ILLUSTRATIVE);
        }
      }
    }
  }

  @Test
  void everyRequiredKeyHasAnOpenEndedNationalValue() {
    List<ParameterKey<?>> required = CnParameters.all().stream().filter(ParameterKey::isRequired).collect(Collectors.toList());
    assertThat(required).hasSizeGreaterThan(20);
    PolicySnapshot far = POLICY.snapshot(RegionCode.NATIONAL, LocalDate.of(2040, 1, 1));
    PolicySnapshot start = POLICY.snapshot(RegionCode.NATIONAL, LocalDate.of(2025, 1, 1));
    for (ParameterKey<?> k : required) {
      assertThat(far.find(k)).as(k.name()).isPresent();
      assertThat(start.find(k)).as(k.name()).isPresent();
    }
  }

  @Test
  void everyValueHasAReferenceAndEveryVerifiedValueASource() {
    for (RegionCode r : POLICY.regions().keySet()) {
      POLICY.ownValues(r).values().forEach(series -> series.forEach(v -> {
        assertThat(v.legalReference()).as(v.toString()).isNotBlank();
        if (v.status() == ParameterStatus.VERIFIED) {
          assertThat(v.source()).as(v.toString()).isPresent();
        } else {
          assertThat(v.note()).as("an illustrative value says why: %s", v).isPresent();
        }
      }));
    }
  }

  @Test
  void aTownshipOfZhuanglangClimbsEveryLevel() {
    PolicySnapshot s = POLICY.snapshot(RegionCode.parse("620825100"), DAY);
    assertThat(s.provenance(CnParameters.DIBAO_STANDARD_RURAL).orElseThrow().region()).isEqualTo(RegionCode.parse("620825"));
    assertThat(s.provenance(CnParameters.RIGID_SPENDING_RATIO).orElseThrow().region()).isEqualTo(RegionCode.parse("620000"));
    assertThat(s.provenance(CnParameters.PUBLIC_NOTICE_DAYS).orElseThrow().region()).isEqualTo(RegionCode.NATIONAL);
    assertThat(s.get(CnParameters.PUBLIC_NOTICE_DAYS)).isEqualTo(7);
  }

  @Test
  void zhuanglangsOwnStandardAppliesFromItsDateAndPingliangsTheDayBefore() {
    RegionCode zhuanglang = RegionCode.parse("620825");
    PolicySnapshot before = POLICY.snapshot(zhuanglang, LocalDate.of(2025, 6, 30));
    PolicySnapshot from = POLICY.snapshot(zhuanglang, LocalDate.of(2025, 7, 1));
    assertThat(before.get(CnParameters.DIBAO_STANDARD_RURAL)).isEqualTo(Money.parse("550"));
    assertThat(before.provenance(CnParameters.DIBAO_STANDARD_RURAL).orElseThrow().region()).isEqualTo(RegionCode.parse("620800"));
    assertThat(from.get(CnParameters.DIBAO_STANDARD_RURAL)).isEqualTo(Money.parse("570"));
    assertThat(from.provenance(CnParameters.DIBAO_STANDARD_RURAL).orElseThrow().region()).isEqualTo(zhuanglang);
  }

  @Test
  void aProvinceOverridesANationalDefaultOnlyFromItsOwnDate() {
    RegionCode gongshu = RegionCode.parse("330105");
    // Zhejiang's illustrative marginal multiple 2 from 2025-01-01; the national 1.5 the day before.
    assertThat(POLICY.snapshot(gongshu, LocalDate.of(2024, 12, 31)).get(CnParameters.MARGINAL_INCOME_MULTIPLE))
        .isEqualByComparingTo("1.5");
    assertThat(POLICY.snapshot(gongshu, LocalDate.of(2025, 1, 1)).get(CnParameters.MARGINAL_INCOME_MULTIPLE))
        .isEqualByComparingTo("2");
    assertThat(POLICY.snapshot(gongshu, DAY).get(CnParameters.DIBAO_AMOUNT_ROUNDING)).isEqualTo(Rounding.parse("HALF_UP:1"));
    assertThat(POLICY.snapshot(RegionCode.parse("230300"), DAY).get(CnParameters.DIBAO_AMOUNT_ROUNDING))
        .isEqualTo(Rounding.TO_FEN);
  }

  @Test
  void thePensionExclusionBeyond2025IsMarkedAsAnAssumption() {
    ParameterValue v = POLICY.snapshot(RegionCode.NATIONAL, LocalDate.of(2026, 1, 1))
        .provenance(CnParameters.INCOME_EXCLUDE_RESIDENTS_PENSION).orElseThrow();
    assertThat(v.status()).isEqualTo(ParameterStatus.ILLUSTRATIVE);
    assertThat(v.note().orElseThrow()).contains("ASSUMED");
  }
}
