package org.jiuzhu.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.plan.AidPlan;
import org.jiuzhu.core.plan.Delivery;
import org.jiuzhu.core.plan.Evaluation;
import org.jiuzhu.core.plan.Frequency;
import org.jiuzhu.core.plan.ItemType;
import org.jiuzhu.core.plan.Need;
import org.jiuzhu.core.plan.PlanItem;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.junit.jupiter.api.Test;

final class AidPlannerTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private static final Path HOUSEHOLDS = Path.of(System.getProperty("jiuzhu.households", "../examples/households"));

  private static AidPlan plan(String file) throws Exception {
    Policy policy = Policy.installed();
    Household h = HouseholdReader.read(HOUSEHOLDS.resolve(file));
    return new AidPlanner(policy).plan(h, new CatalogueScreener(CnRulebook.create(policy), Catalogue.cn()).screen(h, DATE), DATE);
  }

  private static PlanItem item(AidPlan plan, String titleStart) {
    return plan.items().stream().filter(i -> i.titleEn().startsWith(titleStart)).findFirst().orElseThrow();
  }

  @Test
  void itemsCarryTheirProgrammeDepartmentAmountFrequencyAndTarget() throws Exception {
    AidPlan plan = plan("dialysis-story.json");
    assertThat(plan.needs()).containsExactlyInAnyOrder(Need.ILLNESS, Need.SCHOOLING, Need.MEDICAL_DEBT);
    PlanItem dibao = plan.items().get(0);
    assertThat(dibao).isEqualTo(new PlanItem("i1", ItemType.CASH, java.util.Optional.of("cn.dibao"), "civil-affairs",
        "最低生活保障", "Minimum living allowance", com.google.common.collect.ImmutableList.of("m1", "m2", "m3"),
        Money.parse("982.00"), 1, "payment", Frequency.MONTHLY, DATE, LocalDate.of(2026, 1, 1),
        "按时足额发放 982.00 元", "982.00 yuan paid in full and on time"));
    assertThat(item(plan, "Subsidy of the residents'").frequency()).isEqualTo(Frequency.YEARLY);
    assertThat(item(plan, "Medical assistance").frequency()).isEqualTo(Frequency.ONCE);
    PlanItem electricity = item(plan, "Free electricity");
    assertThat(electricity.type()).isEqualTo(ItemType.IN_KIND);
    assertThat(electricity.quantity()).isEqualTo(10);
    assertThat(electricity.unit()).isEqualTo("kWh");
    assertThat(item(plan, "Water fee").type()).isEqualTo(ItemType.FEE_WAIVER);
    assertThat(item(plan, "Legal aid").type()).isEqualTo(ItemType.REFERRAL);
    assertThat(item(plan, "Legal aid").targetEn()).isEqualTo("referral decided by the review");
    assertThat(plan.items()).noneMatch(i -> i.programmeId().filter(p -> p.equals("cn.dibao-marginal")).isPresent());
    assertThat(plan.items()).extracting(PlanItem::id).doesNotHaveDuplicates();
  }

  @Test
  void needsBringDevelopmentMeasures() throws Exception {
    AidPlan craftsman = plan("craftsman.json");
    PlanItem market = item(craftsman, "Route to market");
    assertThat(market.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(market.quantity()).isEqualTo(4);
    assertThat(market.targetZh()).isEqualTo("复核时每月至少 4 笔销售");
    AidPlan job = plan("dibao-job-placement.json");
    PlanItem placement = item(job, "Employment assistance");
    assertThat(placement.type()).isEqualTo(ItemType.DEVELOPMENT);
    assertThat(placement.members()).containsExactly("m1");
    assertThat(placement.review()).isEqualTo(LocalDate.of(2026, 4, 1));
    AidPlan school = plan("boy-back-to-school.json");
    assertThat(item(school, "Back to school").department()).isEqualTo("education");
    PlanItem subsidy = item(school, "Living subsidy for compulsory education");
    assertThat(subsidy.programmeId()).contains("cn.education.compulsory-living-subsidy");
    assertThat(subsidy.frequency()).isEqualTo(Frequency.YEARLY);
    assertThat(item(school, "Home care services").frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(school.items()).noneMatch(i -> i.titleEn().startsWith("Referral for care"));
    AidPlan ill = plan("seriously-ill-resident.json");
    assertThat(ill.needs()).containsExactlyInAnyOrder(Need.ILLNESS, Need.MEDICAL_DEBT);
    assertThat(ill.items()).noneMatch(i -> i.type() == ItemType.DEVELOPMENT);
  }

  @Test
  void anOldPersonWithoutAGrantedCareServiceIsReferred() throws Exception {
    AidPlan car = plan("dibao-marginal-car-story.json");
    assertThat(car.needs()).contains(Need.DISABILITY).doesNotContain(Need.ELDERLY_CARE, Need.UNEMPLOYMENT);
    AidPlan tekun = plan("tekun.json");
    assertThat(tekun.needs()).contains(Need.ELDERLY_CARE, Need.HOUSING);
    assertThat(tekun.items().stream().map(PlanItem::titleEn).toList())
        .anyMatch(t -> t.startsWith("Home care services") || t.startsWith("Referral for care"));
  }

  @Test
  void trackingSaysWhatIsDeliveredOverdueAndFound() throws Exception {
    AidPlan plan = plan("craftsman.json");
    PlanItem market = item(plan, "Route to market");
    PlanItem dibao = plan.items().get(0);
    plan.record(new Delivery(dibao.id(), LocalDate.of(2025, 10, 10), 1, dibao.amount(), "civil-1"));
    plan.record(new Delivery(market.id(), LocalDate.of(2025, 10, 20), 4, Money.ZERO, "coop"));
    plan.record(new Evaluation(market.id(), LocalDate.of(2025, 10, 31), true, "four baskets sold", "coop"));
    AidPlan.Status oct = plan.status(LocalDate.of(2025, 10, 31));
    AidPlan.ItemStatus m = oct.items().stream().filter(s -> s.item().equals(market)).findFirst().orElseThrow();
    assertThat(m.expected()).isEqualTo(4);
    assertThat(m.delivered()).isEqualTo(4);
    assertThat(m.overdue()).isFalse();
    assertThat(m.evaluations()).hasSize(1);
    assertThat(oct.targetsMet()).isEqualTo(1);
    assertThat(oct.targetsMissed()).isZero();
    assertThat(oct.overdue()).doesNotContain(market, dibao);
    assertThat(oct.deliveredShare()).isLessThan(BigDecimal.ONE).isGreaterThan(BigDecimal.ZERO);
    AidPlan.Status nov = plan.status(LocalDate.of(2025, 11, 30));
    assertThat(nov.overdue()).contains(market, dibao);
    assertThat(plan.status(LocalDate.of(2025, 9, 30)).deliveredShare()).isEqualByComparingTo("1");
    assertThat(plan.record().entries()).hasSize(4);
    List<String> lines = plan.record().toLines();
    assertThat(lines.get(3)).contains("EVALUATION").contains("targetMet=true");
  }
}
