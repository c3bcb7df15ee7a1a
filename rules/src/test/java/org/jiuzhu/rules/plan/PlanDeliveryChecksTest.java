package org.jiuzhu.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.plan.AidPlan;
import org.jiuzhu.core.plan.Delivery;
import org.jiuzhu.core.plan.Frequency;
import org.jiuzhu.core.plan.ItemType;
import org.jiuzhu.core.plan.Need;
import org.jiuzhu.core.plan.NeedMeasure;
import org.jiuzhu.core.plan.PlanItem;
import org.jiuzhu.core.plan.PlanRecordException;
import org.jiuzhu.core.plan.Withdrawal;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.junit.jupiter.api.Test;

/** Deliveries checked against their item, and a measure for every need of every plan. */
final class PlanDeliveryChecksTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private static final Path HOUSEHOLDS = Path.of(System.getProperty("jiuzhu.households", "../examples/households"));
  private static final Policy POLICY = Policy.installed();

  private static AidPlan plan(Household h, LocalDate date) {
    return new AidPlanner(POLICY).plan(h, new CatalogueScreener(CnRulebook.create(POLICY), Catalogue.cn()).screen(h, date), date);
  }

  private static AidPlan plan(String file) throws Exception {
    return plan(HouseholdReader.read(HOUSEHOLDS.resolve(file)), DATE);
  }

  /** The Chinese message has no Latin letters beyond the item id; the English one names the item. */
  private static void bilingual(PlanRecordException e, String itemId) {
    assertThat(e.messageZh().replace(itemId, "")).doesNotContainPattern("[A-Za-z]");
    assertThat(e.messageZh()).contains(itemId);
    assertThat(e.messageEn()).contains("item " + itemId);
  }

  @Test
  void aCorrectDeliveryIsAcceptedAndItsStatusShown() throws Exception {
    AidPlan plan = plan("craftsman.json");
    PlanItem dibao = plan.items().get(0);
    assertThat(dibao.programmeId()).contains("cn.dibao");
    plan.record(new Delivery(dibao.id(), LocalDate.of(2025, 11, 10), 1, dibao.amount(), "civil-1"));
    AidPlan.ItemStatus s = plan.status(LocalDate.of(2025, 11, 30)).items().stream().filter(x -> x.item().equals(dibao))
        .findFirst().orElseThrow();
    assertThat(s.expected()).isEqualTo(1);
    assertThat(s.delivered()).isEqualTo(1);
    assertThat(s.overdue()).isFalse();
    assertThat(s.deliveries()).extracting(Delivery::amount).containsExactly(Money.parse("760.00"));
    assertThat(s.withdrawal()).isEmpty();
  }

  @Test
  void anOverDeliveryIsRefusedToTheFen() throws Exception {
    AidPlan plan = plan("craftsman.json");
    PlanItem dibao = plan.items().get(0);
    plan.record(new Delivery(dibao.id(), LocalDate.of(2025, 11, 10), 1, Money.parse("759.99"), "civil-1"));
    plan.record(new Delivery(dibao.id(), LocalDate.of(2025, 11, 12), 1, Money.parse("0.01"), "civil-1"));
    PlanRecordException e = catchThrowableOfType(
        () -> plan.record(new Delivery(dibao.id(), LocalDate.of(2025, 11, 20), 1, Money.parse("0.01"), "civil-1")),
        PlanRecordException.class);
    assertThat(e.code()).isEqualTo("delivery.amount-over");
    assertThat(e.messageEn()).contains("provides 760.00 yuan a month").contains("0.01 yuan on 20 November 2025")
        .contains("760.01 yuan would be delivered").contains("expected at most 760.00 yuan");
    assertThat(e.messageZh()).contains("每月发放 760.00 元").contains("累计交付 760.01 元").contains("最多应为 760.00 元");
    bilingual(e, dibao.id());
    // nothing recorded: the next month's payment is still taken in full
    plan.record(new Delivery(dibao.id(), LocalDate.of(2025, 12, 10), 1, dibao.amount(), "civil-1"));
    assertThat(plan.status(LocalDate.of(2025, 12, 31)).items().get(0).deliveries()).hasSize(3);
  }

  @Test
  void aDeliveryForAPeriodTheItemDoesNotCoverIsRefused() throws Exception {
    AidPlan plan = plan("craftsman.json");
    PlanItem dibao = plan.items().get(0);
    // 低保 is paid from the month after the decision: October is not covered
    PlanRecordException before = catchThrowableOfType(
        () -> plan.record(new Delivery(dibao.id(), LocalDate.of(2025, 10, 10), 1, dibao.amount(), "civil-1")),
        PlanRecordException.class);
    assertThat(before.code()).isEqualTo("delivery.before-start");
    assertThat(before.messageEn()).contains("10 October 2025").contains("1 November 2025");
    bilingual(before, dibao.id());
    // an item that ends (e.g. at the end of 渐退期): a delivery on its end day is refused
    PlanItem ending = new PlanItem("i1", ItemType.CASH, Optional.of("cn.dibao"), "civil-affairs", "最低生活保障",
        "Minimum living allowance", com.google.common.collect.ImmutableList.of("m1"), Money.parse("500.00"), 1, "payment",
        Frequency.MONTHLY, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 1), "按时足额发放 500.00 元",
        "500.00 yuan paid in full and on time", Optional.empty(), Optional.of(LocalDate.of(2026, 2, 1)));
    AidPlan short_ = new AidPlan("h", DATE, java.util.Set.of(Need.ILLNESS), List.of(ending),
        List.of(NeedMeasure.of(Need.ILLNESS, List.of("i1"))));
    short_.record(new Delivery("i1", LocalDate.of(2026, 1, 31), 1, Money.parse("500.00"), "civil-1"));
    PlanRecordException after = catchThrowableOfType(
        () -> short_.record(new Delivery("i1", LocalDate.of(2026, 2, 1), 1, Money.parse("500.00"), "civil-1")),
        PlanRecordException.class);
    assertThat(after.code()).isEqualTo("delivery.after-end");
    assertThat(after.messageEn()).contains("1 February 2026").contains("31 January 2026");
    bilingual(after, "i1");
  }

  @Test
  void aDeliveryOnAWithdrawnItemIsRefused() throws Exception {
    AidPlan plan = plan("craftsman.json");
    PlanItem dibao = plan.items().get(0);
    plan.record(new Withdrawal(dibao.id(), LocalDate.of(2025, 12, 1), "income above the standard", "civil-1"));
    PlanRecordException e = catchThrowableOfType(
        () -> plan.record(new Delivery(dibao.id(), LocalDate.of(2025, 12, 5), 1, dibao.amount(), "civil-1")),
        PlanRecordException.class);
    assertThat(e.code()).isEqualTo("delivery.withdrawn");
    assertThat(e.messageEn()).contains("5 December 2025").contains("1 December 2025");
    bilingual(e, dibao.id());
    AidPlan.ItemStatus s = plan.status(LocalDate.of(2026, 1, 1)).items().get(0);
    assertThat(s.withdrawal()).isPresent();
  }

  @Test
  void aStatusOnAnEarlierDayIsThatDaysView() throws Exception {
    // docs/plans.md: what was recorded after the status date is not counted (not refused)
    AidPlan plan = plan("craftsman.json");
    PlanItem dibao = plan.items().get(0);
    plan.record(new Delivery(dibao.id(), LocalDate.of(2025, 11, 10), 1, dibao.amount(), "civil-1"));
    AidPlan.ItemStatus before = plan.status(LocalDate.of(2025, 11, 9)).items().get(0);
    assertThat(before.delivered()).isZero();
    assertThat(before.deliveries()).isEmpty();
    AidPlan.ItemStatus after = plan.status(LocalDate.of(2025, 11, 10)).items().get(0);
    assertThat(after.delivered()).isEqualTo(1);
    assertThat(after.deliveries()).hasSize(1);
  }

  /** Every example household and every scenario household: each need of its plan has items or a reason in both languages. */
  @Test
  void everyNeedOfEveryPlanHasAMeasure() throws Exception {
    List<AidPlan> plans = new ArrayList<>();
    try (Stream<Path> files = Files.list(HOUSEHOLDS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        plans.add(plan(HouseholdReader.read(f), DATE));
      }
    }
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectMapper json = new ObjectMapper();
    int scenarios = 0;
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/scenarios"))) {
      for (Path f : files.filter(p -> !p.getFileName().toString().equals("categories.yaml")).sorted().toList()) {
        for (JsonNode c : yaml.readTree(f.toFile()).path("cases")) {
          byte[] h = json.writeValueAsString(c.get("household")).getBytes(StandardCharsets.UTF_8);
          plans.add(plan(HouseholdReader.read("case.json", new ByteArrayInputStream(h), true), LocalDate.parse(c.get("date").asText())));
          scenarios++;
        }
      }
    }
    assertThat(scenarios).isGreaterThan(20);
    int needs = 0;
    for (AidPlan p : plans) {
      assertThat(p.measures()).extracting(NeedMeasure::need).as(p.householdId()).containsExactlyInAnyOrderElementsOf(p.needs());
      for (NeedMeasure m : p.measures()) {
        needs++;
        if (!m.hasMeasure()) {
          assertThat(m.noMeasureZh().orElseThrow()).isNotBlank().doesNotContainPattern("[A-Za-z]");
          assertThat(m.noMeasureEn().orElseThrow()).startsWith("no measure available in this region");
        }
        for (String id : m.itemIds()) {
          assertThat(p.items()).extracting(PlanItem::id).contains(id);
        }
      }
    }
    assertThat(needs).isGreaterThan(10);
  }
}
