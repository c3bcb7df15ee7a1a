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

  /**
   * Every shipped value, national ones included: a verified value has an official source with
   * title, issuer, date, address and kind of page; no value takes a mirror or republication as
   * its source; a lead only goes with an illustrative value.
   */
  @Test
  void everyVerifiedValueShippedHasAWholeOfficialSource() {
    java.util.List<ParameterValue> all = new java.util.ArrayList<>();
    assertThat(POLICY.regions()).containsKey(RegionCode.NATIONAL);
    for (RegionCode r : POLICY.regions().keySet()) {
      POLICY.ownValues(r).values().forEach(all::addAll);
    }
    long verified = 0;
    for (ParameterValue v : all) {
      if (v.status() == ParameterStatus.VERIFIED) {
        verified++;
        assertThat(v.citation()).as("verified without a source: %s", v).hasValueSatisfying(c -> {
          assertThat(c.title()).as(v.toString()).isNotBlank();
          assertThat(c.issuer()).as(v.toString()).isNotBlank();
          assertThat(c.address()).as("a verified value cites the page's address: %s", v).startsWith("http");
          assertThat(c.date()).as(v.toString()).isBefore(LocalDate.of(2026, 12, 31));
          // a copy on a private host (a compilation on GitHub, a law portal) is a mirror: a lead
          String host = java.net.URI.create(c.address().replace("…", "")).getHost();
          assertThat(host).as("a verified value is read on an official host: %s", v).doesNotContain("github");
          if (c.kind() == org.jiuzhu.core.policy.Source.Kind.OFFICIAL) {
            assertThat(host).as("an official page is on a gov.cn host: %s", v).endsWith(".gov.cn");
          }
        });
        assertThat(v.lead()).as("a verified value needs no lead: %s", v).isEmpty();
      } else {
        assertThat(v.citation()).as("an illustrative value with an official source should be verified: %s", v).isEmpty();
      }
    }
    // 8 for 无锡, 3 for 天津 (丰泽区's page address was not recorded, and 社会救助暂行办法 Arts. 45 and 68
    // were read on a compilation on GitHub: leads)
    assertThat(verified).isEqualTo(11);
  }

  @Test
  void theOfficialFiguresAreThoseOfTheNotices() {
    RegionCode wuxi = RegionCode.parse("320200");
    PolicySnapshot jul2025 = POLICY.snapshot(wuxi, LocalDate.of(2025, 7, 1));
    assertThat(jul2025.get(CnParameters.DIBAO_STANDARD_URBAN)).isEqualTo(Money.parse("1167"));
    assertThat(jul2025.get(CnParameters.DIBAO_STANDARD_RURAL)).isEqualTo(Money.parse("1167"));
    assertThat(jul2025.get(CnParameters.TEKUN_BASIC_RURAL)).isEqualTo(Money.parse("21012")); // 1751 x 12
    assertThat(jul2025.provenance(CnParameters.DIBAO_STANDARD_URBAN).orElseThrow().citation().orElseThrow().documentNumber())
        .contains("锡政发〔2025〕8号");
    PolicySnapshot jun2025 = POLICY.snapshot(wuxi, LocalDate.of(2025, 6, 30));
    assertThat(jun2025.get(CnParameters.DIBAO_STANDARD_URBAN)).isEqualTo(Money.parse("1115"));
    assertThat(jun2025.get(CnParameters.TEKUN_BASIC_URBAN)).isEqualTo(Money.parse("20100")); // 1675 x 12
    PolicySnapshot fengze = POLICY.snapshot(RegionCode.parse("350503"), LocalDate.of(2025, 7, 1));
    assertThat(fengze.get(CnParameters.DIBAO_STANDARD_RURAL)).isEqualTo(Money.parse("900"));
    assertThat(fengze.get(CnParameters.TEKUN_BASIC_URBAN)).isEqualTo(Money.parse("14040")); // 1170 x 12
    // read on the district government's site, but its page address was not recorded: a lead, not verified
    assertThat(fengze.provenanceSummary().isIllustrative(CnParameters.DIBAO_STANDARD_RURAL.name())).isTrue();
    assertThat(fengze.provenance(CnParameters.DIBAO_STANDARD_RURAL).orElseThrow().lead())
        .hasValueSatisfying(l -> assertThat(l).contains("qzfz.gov.cn").contains("900"));
    // before 2025-07-01 丰泽区 inherits 泉州's illustrative figure
    assertThat(POLICY.snapshot(RegionCode.parse("350503"), LocalDate.of(2025, 6, 30))
        .provenance(CnParameters.DIBAO_STANDARD_RURAL).orElseThrow().status()).isEqualTo(ParameterStatus.ILLUSTRATIVE);
    // 吴江's figures stay illustrative: the 2025 notice was read on a mirror, recorded as the lead
    ParameterValue wujiang = POLICY.snapshot(RegionCode.parse("320509"), DAY).provenance(CnParameters.DIBAO_STANDARD_URBAN)
        .orElseThrow();
    assertThat(wujiang.status()).isEqualTo(ParameterStatus.ILLUSTRATIVE);
    assertThat(wujiang.lead()).hasValueSatisfying(l -> assertThat(l).contains("hzjcolor.com").contains("1208"));
  }

  @Test
  void theCalibrationAnchorsAreMarkedUnverified() {
    PolicySnapshot s = POLICY.snapshot(RegionCode.NATIONAL, DAY);
    for (ParameterKey<?> k : CnParameters.all()) {
      if (k.name().startsWith("calibration.")) {
        ParameterValue v = s.provenance(k).orElseThrow();
        assertThat(v.status()).isEqualTo(ParameterStatus.ILLUSTRATIVE);
        assertThat(v.legalReference()).contains("not verified");
        assertThat(v.note()).hasValueSatisfying(n -> assertThat(n).startsWith("UNVERIFIED"));
      }
    }
  }

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
