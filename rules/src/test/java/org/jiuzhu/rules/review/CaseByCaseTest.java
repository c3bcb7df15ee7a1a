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
import org.jiuzhu.core.review.DecisionRefusedException;
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
    assertThat(decided.explanationEn()).endsWith("Decided case by case (一事一议) by the county on 3 October 2025: house burnt down;"
        + " the family has no other shelter");
    assertThat(decided.explanationZh()).endsWith("一事一议：县级民政部门于2025年10月3日决定，house burnt down; the family has no other shelter");
    assertThat(record.entries()).extracting(CaseRecord.Entry::type).containsExactly("DETERMINATION", "DECISION");
    // the record keeps the reason's code and what it said (the need and the cap)
    assertThat(record.entries().get(0).content()).startsWith("cn.temporary-assistance NEEDS_REVIEW temporary.above-cap: the need of ")
        .contains(" exceeds the cap of ");
    record.verify();
  }

  @Test
  void aLowerLevelOrALargerAmountIsRefused() throws Exception {
    Determination d = aboveCap();
    CaseByCase desk = new CaseByCase(SITUATIONS);
    CaseRecord record = new CaseRecord("fire");
    assertThatThrownBy(() -> desk.decide(d, new Decision("temporary.above-cap", DecisionLevel.TOWNSHIP, "t-1", "urgent",
        DATE, Outcome.ELIGIBLE, Money.parse("6000")), record))
        .isInstanceOfSatisfying(DecisionRefusedException.class, e -> {
          assertThat(e.code()).isEqualTo("level.too-low");
          assertThat(e.messageEn()).isEqualTo("the township may not decide \u201cTemporary assistance above the cap\u201d: it is for the"
              + " county or above");
          assertThat(e.messageZh()).isEqualTo("乡镇（街道）无权决定“超过救助上限的临时救助”：该情形由县级民政部门或更高层级决定");
        });
    assertThatThrownBy(() -> desk.decide(d, new Decision("temporary.above-cap", DecisionLevel.COUNTY, "c-1", "urgent",
        DATE, Outcome.ELIGIBLE, Money.parse("30000.01")), record))
        .hasMessageContaining("the county may grant at most 30,000.00 yuan in the situation \u201cTemporary assistance above the cap\u201d,"
            + " not 30,000.01 yuan");
    // the city above may
    assertThat(desk.decide(d, new Decision("temporary.above-cap", DecisionLevel.CITY, "city-1", "exceptional",
        DATE, Outcome.ELIGIBLE, Money.parse("30000.01")), record).oneOffAmount()).isEqualTo(Money.parse("30000.01"));
    assertThatThrownBy(() -> desk.decide(d, new Decision("hardship.other", DecisionLevel.CITY, "city-1", "x", DATE,
        Outcome.ELIGIBLE, Money.parse("1")), record)).hasMessageContaining("needs a decision on \u201cTemporary assistance above the cap\u201d");
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

  /** A fire in Zhuanglang whose loss is not assessed yet (the trial's h5): the township decides. */
  private static Household unassessedFire() {
    return HouseholdReader.fromTree(org.jiuzhu.rules.io.HouseholdReaderTestSupport.yaml(
        "id: h5-fire\nregion: \"620825\"\napplicant: m1\nmembers:\n"
            + "  - {id: m1, relationship: APPLICANT, birthDate: 1978-04-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: FARMING}\n"
            + "  - {id: m2, relationship: SPOUSE, birthDate: 1979-04-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: FARMING}\n"
            + "incomes: [{member: m1, category: BUSINESS_NET, months: {from: 2024-10, to: 2025-09}, gross: \"3000\"}]\n"
            + "events: [{date: 2025-09-28, type: FIRE, description: not yet assessed}]\n"));
  }

  @Test
  void aTownshipGrantsNoMoreThanTheRegionsParametersAllowItWhateverThePackSays() {
    Household h = unassessedFire();
    Determination d = RULEBOOK.evaluate(h, DATE).get(CnRulebook.TEMPORARY).orElseThrow();
    assertThat(CaseByCase.situationCode(d)).isEqualTo("temporary.loss-unassessed");
    // Gansu: temporary.township-approval-max-months 2 × the rural standard 570 = 1,140 (the pack allows the township 2,000)
    List<org.jiuzhu.core.review.RegionLimit> limits = RegionLimits.of(Policy.installed(), h, DATE);
    assertThat(limits).extracting(l -> l.level() + " " + l.programmeId() + " " + l.maxAmount() + " " + l.parameterKey())
        .containsExactly("TOWNSHIP cn.temporary-assistance 1140.00 temporary.township-approval-max-months");
    CaseByCase desk = new CaseByCase(SITUATIONS, limits);
    CaseRecord record = new CaseRecord("h5-fire");
    assertThatThrownBy(() -> desk.decide(d, new Decision("temporary.loss-unassessed", DecisionLevel.TOWNSHIP, "t-1", "fire",
        DATE, Outcome.ELIGIBLE, Money.parse("1800")), record))
        .isInstanceOfSatisfying(DecisionRefusedException.class, e -> {
          assertThat(e.code()).isEqualTo("amount.above-region-limit");
          assertThat(e.messageZh()).startsWith("乡镇（街道）单次最多可批准 1,140.00 元，依本地区参数：乡镇审批权限（临时救助）为 2 个月农村低保标准"
              + " 570.00 元（依据：社会救助暂行办法 第四十八条").endsWith("示例数值，未经官方文件核对），本次为 1,800.00 元；须报上一级决定")
              // the reference as snapshot renders it: its notes in Chinese, no English word
              .contains("第四十九条（临时救助 由县级以上人民政府审批并确定标准）").contains("［条款未核实］")
              .doesNotContainPattern("[A-Za-z]");
          assertThat(e.messageEn()).startsWith("the township may grant at most 1,140.00 yuan in one decision by the region\u2019s"
              + " parameters (a township approves temporary assistance (临时救助) up to 2 months of the rural minimum living standard"
              + " (低保标准) of 570.00 yuan (township approval limit, 乡镇审批权限); Interim Measures for Social Assistance (社会救助暂行办法),"
              + " Arts. 48 and 49 (temporary assistance (临时救助): approval and standards set by county+ governments); amounts:"
              + " Opinions on Further Improving Temporary Assistance (关于进一步健全完善临时救助制度的意见), Ministry of Civil Affairs and"
              + " Ministry of Finance (民政部、财政部) [article not verified]")
              .endsWith("illustrative, not checked against an official notice), not 1,800.00 yuan; the level above must decide");
        });
    assertThat(record.entries()).extracting(CaseRecord.Entry::type).containsExactly("DETERMINATION", "REFUSED");
    assertThat(record.entries().get(1).content()).contains("refused=amount.above-region-limit");
    // up to the limit the township may; above it the county may
    assertThat(desk.decide(d, new Decision("temporary.loss-unassessed", DecisionLevel.TOWNSHIP, "t-1", "fire", DATE,
        Outcome.ELIGIBLE, Money.parse("1140")), new CaseRecord("h5-fire")).oneOffAmount()).isEqualTo(Money.parse("1140.00"));
    assertThat(desk.decide(d, new Decision("temporary.loss-unassessed", DecisionLevel.COUNTY, "c-1", "fire", DATE,
        Outcome.ELIGIBLE, Money.parse("1800")), new CaseRecord("h5-fire")).oneOffAmount()).isEqualTo(Money.parse("1800.00"));
    // a region limit of another programme does not bind; the pack's own limit still does when it is the lower
    CaseByCase high = new CaseByCase(SITUATIONS, List.of(new org.jiuzhu.core.review.RegionLimit(DecisionLevel.TOWNSHIP,
        CnRulebook.TEMPORARY, Money.parse("5000"), "k", "甲", "a", "ref", org.jiuzhu.core.policy.ParameterStatus.ILLUSTRATIVE)));
    assertThatThrownBy(() -> high.decide(d, new Decision("temporary.loss-unassessed", DecisionLevel.TOWNSHIP, "t-1", "fire",
        DATE, Outcome.ELIGIBLE, Money.parse("2000.01")), new CaseRecord("h5-fire")))
        .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.code()).isEqualTo("amount.above-situation-limit"));
  }

  /** A determination the county must decide with no amount limit of its situation: only the level's limit applies. */
  private static Determination missingFacts() {
    return Determination.builder(CnRulebook.TEKUN).outcome(Outcome.NEEDS_REVIEW).level(DecisionLevel.COUNTY)
        .reviewReason("tekun.missing-facts: the supporters' situation is not known")
        .provenance(CnRulebook.VERSION, "test").explanation("需县级认定", "the county decides")
        .detail("situation", "tekun.missing-facts").build();
  }

  @Test
  void everyLevelHasAnAmountLimitFromTheCatalogueWithItsSource() throws Exception {
    assertThat(SITUATIONS.limits()).extracting(l -> l.level().name() + " " + l.maxAmount() + " " + l.status())
        .containsExactly("TOWNSHIP 2000.00 ILLUSTRATIVE", "COUNTY 30000.00 ILLUSTRATIVE", "CITY 100000.00 ILLUSTRATIVE");
    CaseByCase desk = new CaseByCase(SITUATIONS);
    CaseRecord record = new CaseRecord("t-1");
    // tekun.missing-facts names no amount of its own: before, a county could grant any amount
    assertThatThrownBy(() -> desk.decide(missingFacts(), new Decision("tekun.missing-facts", DecisionLevel.COUNTY, "c-1",
        "supporters unable to support", DATE, Outcome.ELIGIBLE, Money.parse("30000.01")), record))
        .isInstanceOfSatisfying(DecisionRefusedException.class, e -> {
          assertThat(e.code()).isEqualTo("amount.above-level-limit");
          assertThat(e.messageEn()).isEqualTo("the county may grant at most 30,000.00 yuan in one decision (limit from illustrative"
              + " example pack (jiuzhu): the example's county limit for temporary assistance above the cap; illustrative, not checked against"
              + " an official notice), not 30,000.01 yuan; the level above must decide");
          assertThat(e.messageZh()).startsWith("县级民政部门单次最多可决定 30,000.00 元（依据：").endsWith("本次为 30,000.01 元；须报上一级决定");
        });
    assertThat(desk.decide(missingFacts(), new Decision("tekun.missing-facts", DecisionLevel.COUNTY, "c-1", "supporters unable",
        DATE, Outcome.ELIGIBLE, Money.parse("30000.00")), record).oneOffAmount()).isEqualTo(Money.parse("30000.00"));
    assertThatThrownBy(() -> desk.decide(missingFacts(), new Decision("tekun.missing-facts", DecisionLevel.CITY, "city-1", "x",
        DATE, Outcome.ELIGIBLE, Money.parse("100000.01")), record))
        .hasMessageEndingWith("not 100,000.01 yuan; no level of this catalogue may grant more");
  }

  @Test
  void refusedAttemptsAreRecordedInTheChain() throws Exception {
    Determination d = aboveCap();
    CaseByCase desk = new CaseByCase(SITUATIONS);
    CaseRecord record = new CaseRecord("fire");
    assertThatThrownBy(() -> desk.decide(d, new Decision("temporary.above-cap", DecisionLevel.TOWNSHIP, "t-1", "urgent",
        DATE, Outcome.ELIGIBLE, Money.parse("6000")), record)).isInstanceOf(DecisionRefusedException.class);
    desk.decide(d, new Decision("temporary.above-cap", DecisionLevel.COUNTY, "c-1", "house burnt down", DATE, Outcome.ELIGIBLE,
        Money.parse("6000")), record);
    // the refused attempt follows the determination it was checked against
    assertThat(record.entries()).extracting(CaseRecord.Entry::type).containsExactly("DETERMINATION", "REFUSED", "DETERMINATION", "DECISION");
    assertThat(record.entries().get(0).content()).startsWith("cn.temporary-assistance NEEDS_REVIEW temporary.above-cap");
    assertThat(record.entries().get(1).content()).startsWith("temporary.above-cap level=TOWNSHIP decider=t-1 outcome=ELIGIBLE"
        + " amount=6000.00 refused=level.too-low why=the township may not decide");
    CaseRecord.parse(record.toLines()).verify(record.head());
  }

  @Test
  void aCatalogueWithoutALimitForEveryLevelIsRefused() {
    String yaml = "format: jiuzhu-situations/1\nregion: \"620800\"\nsource: a notice\nlevels:\n"
        + "  - {level: TOWNSHIP, maxAmount: \"2000\", status: illustrative, reference: x}\n"
        + "  - {level: COUNTY, status: official, reference: \"\"}\n"
        + "situations: []\n";
    assertThatThrownBy(() -> SituationFiles.load("s.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("levels: COUNTY: no maxAmount")
        .hasMessageContaining("levels: COUNTY: status 'official'; expected verified or illustrative")
        .hasMessageContaining("levels: COUNTY: no reference")
        .hasMessageContaining("levels: no limit for CITY");
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
