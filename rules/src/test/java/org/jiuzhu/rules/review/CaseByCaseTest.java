package org.jiuzhu.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.review.CaseByCase;
import org.jiuzhu.core.review.CaseRecord;
import org.jiuzhu.core.review.Decision;
import org.jiuzhu.core.review.SituationCatalogue;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.jiuzhu.rules.synthetic.HouseholdGenerator;
import org.junit.jupiter.api.Test;

final class CaseByCaseTest {
  private static final CnRulebook RULEBOOK = CnRulebook.create(Policy.installed());
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private static final SituationCatalogue SITUATIONS = SituationFiles.example();

  /** A fire of 6000 yuan in Zhuanglang: above the cap of 5700, so the county decides. */
  private static Determination aboveCap() throws Exception {
    String yaml = "id: fire\nregion: \"620825\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-01-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: FARMING}\n"
        + "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2024-10, to: 2025-09}, gross: \"2000\"}]\n"
        + "events: [{date: 2025-09-15, type: FIRE, amount: \"6000\"}]\n";
    Household h = HouseholdReader.read("f.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), true);
    return RULEBOOK.evaluate(h, DATE).get(CnRulebook.TEMPORARY).orElseThrow();
  }

  @Test
  void theExamplePackHasSevenFourAndFourSituations() {
    assertThat(SITUATIONS.at(DecisionLevel.TOWNSHIP)).hasSize(7);
    assertThat(SITUATIONS.at(DecisionLevel.COUNTY)).hasSize(4);
    assertThat(SITUATIONS.at(DecisionLevel.CITY)).hasSize(4);
    assertThat(SITUATIONS.region()).isEqualTo(RegionCode.parse("620800"));
  }

  @Test
  void everySituationTheRulebookRaisesIsInThePackAtItsLevel() {
    HouseholdGenerator g = new HouseholdGenerator(99, List.of(RegionCode.parse("620825"), RegionCode.parse("230300")), DATE);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 5_000; i++) {
      for (Determination d : RULEBOOK.evaluateFast(g.next(), DATE).determinations()) {
        if (d.outcome() == Outcome.NEEDS_REVIEW) {
          String code = CaseByCase.situationCode(d);
          seen.add(code);
          assertThat(SITUATIONS.situation(code)).as(code).isPresent();
          assertThat(SITUATIONS.situation(code).orElseThrow().level()).as(code).isEqualTo(d.level().orElseThrow());
        }
      }
    }
    assertThat(seen).contains("temporary.above-cap", "temporary.loss-unassessed", "tekun.missing-facts");
  }

  @Test
  void theCountyDecidesWithinItsAuthorityAndTheRecordKeepsIt() throws Exception {
    Determination d = aboveCap();
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    CaseRecord record = new CaseRecord("fire");
    Decision decision = new Decision("temporary.above-cap", DecisionLevel.COUNTY, "county-committee-3",
        "house burnt down; the family has no other shelter", LocalDate.of(2025, 10, 3), Outcome.ELIGIBLE, Money.parse("6000"));
    Determination decided = new CaseByCase(SITUATIONS).decide(d, decision, record);
    assertThat(decided.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(decided.oneOffAmount()).isEqualTo(Money.parse("6000.00"));
    assertThat(decided.level()).contains(DecisionLevel.COUNTY);
    assertThat(decided.details()).containsEntry("situation", "temporary.above-cap").containsEntry("decider", "county-committee-3");
    assertThat(decided.explanationEn()).endsWith("Decided case by case by the county on 2025-10-03: house burnt down; the family has no other shelter");
    assertThat(record.entries()).extracting(CaseRecord.Entry::type).containsExactly("DETERMINATION", "DECISION");
    record.verify();
  }

  @Test
  void aLowerLevelOrALargerAmountIsRefused() throws Exception {
    Determination d = aboveCap();
    CaseByCase desk = new CaseByCase(SITUATIONS);
    CaseRecord record = new CaseRecord("fire");
    assertThatThrownBy(() -> desk.decide(d, new Decision("temporary.above-cap", DecisionLevel.TOWNSHIP, "t-1", "urgent",
        DATE, Outcome.ELIGIBLE, Money.parse("6000")), record))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a TOWNSHIP may not decide situation temporary.above-cap (Temporary assistance above the cap): it is for the COUNTY or above");
    assertThatThrownBy(() -> desk.decide(d, new Decision("temporary.above-cap", DecisionLevel.COUNTY, "c-1", "urgent",
        DATE, Outcome.ELIGIBLE, Money.parse("30000.01")), record))
        .hasMessageContaining("the COUNTY may grant at most 30000.00 yuan in situation temporary.above-cap, not 30000.01");
    // the city above may
    assertThat(desk.decide(d, new Decision("temporary.above-cap", DecisionLevel.CITY, "city-1", "exceptional",
        DATE, Outcome.ELIGIBLE, Money.parse("30000.01")), record).oneOffAmount()).isEqualTo(Money.parse("30000.01"));
    assertThatThrownBy(() -> desk.decide(d, new Decision("hardship.other", DecisionLevel.CITY, "city-1", "x", DATE,
        Outcome.ELIGIBLE, Money.parse("1")), record)).hasMessageContaining("needs a decision on temporary.above-cap");
    Household single = HouseholdReader.fromTree(org.jiuzhu.rules.io.HouseholdReaderTestSupport.yaml(
        "id: p\nregion: \"230300\"\napplicant: m1\nmembers:\n  - {id: m1, relationship: APPLICANT, birthDate: 1980-01-01,"
            + " hukouType: RURAL, hukouRegion: \"230300\", workStatus: FARMING}\n"));
    Determination plain = RULEBOOK.evaluate(single, DATE).get(CnRulebook.DIBAO).orElseThrow();
    assertThatThrownBy(() -> desk.decide(plain, new Decision("x", DecisionLevel.CITY, "c", "r", DATE, Outcome.ELIGIBLE,
        Money.ZERO), record)).hasMessageContaining("cn.dibao is ELIGIBLE, not NEEDS_REVIEW");
    assertThatThrownBy(() -> new Decision("x", DecisionLevel.CITY, "c", "r", DATE, Outcome.INELIGIBLE, Money.parse("5")))
        .hasMessageContaining("a refusal grants no amount");
    assertThatThrownBy(() -> new Decision("x", DecisionLevel.CITY, " ", "r", DATE, Outcome.ELIGIBLE, Money.ZERO))
        .hasMessageContaining("names its decider");
  }

  @Test
  void badSituationFilesNameTheirProblems() {
    assertThatThrownBy(() -> SituationFiles.load("s.yaml", new ByteArrayInputStream(("format: jiuzhu-situations/1\nregion: \"99\"\n"
        + "situations:\n  - {code: a, level: PROVINCE, nameZh: 甲, nameEn: A}\n  - {code: a, level: CITY, maxAmount: \"-1\","
        + " nameZh: 甲, nameEn: A}\n").getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region: region code '99'")
        .hasMessageContaining("no 'source'")
        .hasMessageContaining("situation a: level 'PROVINCE'")
        .hasMessageContaining("situation a: the code is used twice")
        .hasMessageContaining("negative maxAmount -1.00");
  }
}
