package org.jiuzhu.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jiuzhu.core.money.Money;
import org.junit.jupiter.api.Test;

/** Deliveries are checked against their item: period, amount, quantity, withdrawal; errors in zh and en. */
class AidPlanDeliveryTest {
  private static final LocalDate PLAN = LocalDate.of(2025, 10, 1);
  private static final LocalDate START = LocalDate.of(2025, 11, 1);
  /** Latin letters in Chinese text: none expected outside ids like i1. */
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

  private static AidPlan plan() {
    PlanItem cash = new PlanItem("i1", ItemType.CASH, Optional.of("cn.dibao"), "civil-affairs", "最低生活保障", "Minimum living allowance",
        ImmutableList.of("m1"), Money.parse("982.00"), 1, "payment", Frequency.MONTHLY, START, LocalDate.of(2026, 1, 1),
        "按时足额发放 982.00 元", "982.00 yuan paid in full and on time");
    PlanItem visits = new PlanItem("i2", ItemType.SERVICE, Optional.empty(), "health", "上门探访", "Home visits",
        ImmutableList.of("m1"), Money.ZERO, 2, "visit", Frequency.MONTHLY, PLAN, LocalDate.of(2026, 1, 1),
        "每月探访 2 次", "2 visits a month", Optional.empty(), Optional.of(LocalDate.of(2025, 12, 1)));
    return new AidPlan("h1", PLAN, Set.of(Need.ILLNESS), List.of(cash, visits),
        List.of(new NeedMeasure(Need.ILLNESS, ImmutableList.of("i1", "i2"), Optional.empty(), Optional.empty())));
  }

  private static PlanRecordException refused(AidPlan plan, Delivery d) {
    try {
      plan.record(d);
    } catch (PlanRecordException e) {
      assertThat(LATIN_WORD.matcher(e.messageZh().replace("i1", "").replace("i2", "")).find())
          .as("Chinese message without English: %s", e.messageZh()).isFalse();
      assertThat(e.messageEn()).contains(d.itemId());
      return e;
    }
    throw new AssertionError("accepted " + d);
  }

  @Test
  void aCorrectDeliveryIsAcceptedAndCounted() {
    AidPlan plan = plan();
    plan.record(new Delivery("i1", LocalDate.of(2025, 11, 10), 1, Money.parse("982.00"), "civil-1"));
    plan.record(new Delivery("i2", LocalDate.of(2025, 10, 5), 2, Money.ZERO, "clinic-1"));
    AidPlan.Status s = plan.status(LocalDate.of(2025, 11, 30));
    AidPlan.ItemStatus cash = s.items().get(0);
    assertThat(cash.expected()).isEqualTo(1);
    assertThat(cash.delivered()).isEqualTo(1);
    assertThat(cash.overdue()).isFalse();
    assertThat(cash.deliveries()).extracting(Delivery::amount).containsExactly(Money.parse("982.00"));
    AidPlan.ItemStatus visits = s.items().get(1);
    assertThat(visits.expected()).isEqualTo(4); // October's and November's, due at the end of each month
    assertThat(visits.delivered()).isEqualTo(2);
    assertThat(visits.overdue()).isFalse(); // November's fall due on its last day, 30 November
    assertThat(s.deliveredShare()).isEqualByComparingTo("0.6000");
    assertThat(plan.status(LocalDate.of(2025, 12, 1)).items().get(1).overdue()).isTrue(); // November's were not made
  }

  @Test
  void aPaymentBelowTheItemsAmountIsShortAndBehindScheduleUntilTheRestIsPaid() {
    AidPlan plan = plan();
    plan.record(new Delivery("i1", LocalDate.of(2025, 11, 10), 1, Money.parse("982.00"), "civil-1"));
    plan.record(new Delivery("i1", LocalDate.of(2025, 12, 10), 1, Money.parse("958.00"), "civil-1"));
    // on 31 December: two payments due and two made, but 24.00 short of 1,964.00
    AidPlan.ItemStatus dec = plan.status(LocalDate.of(2025, 12, 31)).items().get(0);
    assertThat(dec.expected()).isEqualTo(2);
    assertThat(dec.delivered()).isEqualTo(2);
    assertThat(dec.amountDue()).isEqualTo(Money.parse("1964.00"));
    assertThat(dec.amountPaid()).isEqualTo(Money.parse("1940.00"));
    assertThat(dec.shortfall()).isEqualTo(Money.parse("24.00"));
    assertThat(dec.overdue()).isFalse(); // December's period ends that day: still payable
    AidPlan.Status jan = plan.status(LocalDate.of(2026, 1, 1));
    // December ended 24.00 short: both payments were made, so the item is short, not overdue
    assertThat(jan.items().get(0).overdue()).isFalse();
    assertThat(jan.items().get(0).shortPaid()).isEqualTo(Money.parse("24.00"));
    assertThat(jan.overdue()).extracting(PlanItem::id).doesNotContain("i1");
    // the arrears paid late: nothing short, on schedule again
    plan.record(new Delivery("i1", LocalDate.of(2025, 12, 20), 1, Money.parse("24.00"), "civil-1"));
    AidPlan.ItemStatus paid = plan.status(LocalDate.of(2026, 1, 1)).items().get(0);
    assertThat(paid.shortfall()).isEqualTo(Money.ZERO);
    assertThat(paid.overdue()).isFalse();
    // an item without money is never short
    assertThat(plan.status(LocalDate.of(2026, 1, 1)).items().get(1).shortfall()).isEqualTo(Money.ZERO);
  }

  @Test
  void aPaymentWithoutAnAmountIsRefusedNotCountedAsPaid() {
    AidPlan plan = plan();
    PlanRecordException e = refused(plan, new Delivery("i1", LocalDate.of(2025, 11, 10), 1, Money.ZERO, "civil-1"));
    assertThat(e.messageZh()).isEqualTo("事项 i1（最低生活保障）每月发放 982.00 元：2025年11月10日的交付没有金额；应填写实际发放的金额（大于 0）");
    assertThat(e.messageEn()).isEqualTo("item i1 (Minimum living allowance) pays 982.00 yuan a month: the delivery on 10 November 2025 gives"
        + " no amount; expected the amount paid, above 0");
    assertThat(plan.status(LocalDate.of(2025, 11, 30)).items().get(0).delivered()).isZero();
  }

  @Test
  void theShareIsGivenPerUnitRoundedHalfUpNeverAddingPaymentsAndVisits() {
    AidPlan plan = plan();
    plan.record(new Delivery("i2", LocalDate.of(2025, 10, 5), 2, Money.ZERO, "clinic-1"));
    plan.record(new Delivery("i2", LocalDate.of(2025, 11, 5), 2, Money.ZERO, "clinic-1"));
    // on 30 November: 1 payment due, none made; 4 visits due, 4 made
    AidPlan.Status s = plan.status(LocalDate.of(2025, 11, 30));
    assertThat(s.byUnit()).containsExactly(new AidPlan.UnitShare("payment", 1, 0, new java.math.BigDecimal("0.0000")),
        new AidPlan.UnitShare("visit", 4, 4, new java.math.BigDecimal("1.0000")));
    assertThat(s.deliveredShare()).isEqualByComparingTo("0.8000");
    // 2 of 3 visits is 0.6667 (half up), not 0.6666
    PlanItem three = new PlanItem("i3", ItemType.SERVICE, Optional.empty(), "health", "上门探访", "Home visits",
        ImmutableList.of("m1"), Money.ZERO, 3, "visit", Frequency.MONTHLY, PLAN, LocalDate.of(2026, 1, 1), "每月 3 次", "3 a month");
    AidPlan p3 = new AidPlan("h3", PLAN, Set.of(), List.of(three));
    p3.record(new Delivery("i3", LocalDate.of(2025, 10, 5), 2, Money.ZERO, "clinic-1"));
    assertThat(p3.status(LocalDate.of(2025, 10, 31)).byUnit().get(0).share()).isEqualByComparingTo("0.6667");
    assertThat(p3.status(LocalDate.of(2025, 10, 31)).deliveredShare()).isEqualByComparingTo("0.6667");
  }

  @Test
  void aYearlyItemFallsDueByThePlansReviewNotAYearOn() {
    // a winter heating subsidy of a plan made on 1 October, reviewed on 1 April: due by 31 March
    PlanItem heating = new PlanItem("i4", ItemType.CASH, Optional.of("cn.heating.subsidy"), "heating", "冬季取暖补贴",
        "Winter heating subsidy", ImmutableList.of(), Money.parse("1000.00"), 1, "payment", Frequency.YEARLY, PLAN,
        LocalDate.of(2026, 4, 1), "按时发放", "paid on time");
    assertThat(heating.firstDue()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(heating.expectedBy(LocalDate.of(2026, 3, 30))).isZero();
    assertThat(heating.expectedBy(LocalDate.of(2026, 3, 31))).isEqualTo(1);
    // then whole years from the review: the next year's payment is due by 31 March 2027
    assertThat(heating.periodOf(LocalDate.of(2026, 3, 31))).isZero();
    assertThat(heating.periodOf(LocalDate.of(2026, 4, 1))).isEqualTo(1);
    assertThat(heating.periodEnd(1)).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(heating.expectedBy(LocalDate.of(2027, 3, 31))).isEqualTo(2);
    AidPlan plan = new AidPlan("h4", PLAN, Set.of(), List.of(heating));
    plan.record(new Delivery("i4", LocalDate.of(2025, 11, 15), 1, Money.parse("1000.00"), "heat-1"));
    assertThat(plan.status(LocalDate.of(2026, 4, 1)).overdue()).isEmpty();
    // a second payment within the first period is more than it provides
    assertThat(refusedCode(plan, new Delivery("i4", LocalDate.of(2026, 3, 1), 1, Money.parse("1000.00"), "heat-1")))
        .isEqualTo("delivery.amount-over");
    plan.record(new Delivery("i4", LocalDate.of(2026, 4, 10), 1, Money.parse("1000.00"), "heat-1"));
    // a review more than a year on keeps whole years from the start
    PlanItem longer = new PlanItem("i5", ItemType.CASH, Optional.empty(), "education", "生活补助", "Living subsidy",
        ImmutableList.of(), Money.parse("500.00"), 1, "payment", Frequency.YEARLY, PLAN, LocalDate.of(2027, 1, 1), "按时发放",
        "paid on time");
    assertThat(longer.firstDue()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(longer.expectedBy(LocalDate.of(2027, 9, 30))).isEqualTo(2);
  }

  private static String refusedCode(AidPlan plan, Delivery d) {
    try {
      plan.record(d);
    } catch (PlanRecordException e) {
      return e.code();
    }
    throw new AssertionError("accepted " + d);
  }

  @Test
  void aDeliveryBeforeTheItemStartsIsRefused() {
    PlanRecordException e = refused(plan(), new Delivery("i1", LocalDate.of(2025, 10, 10), 1, Money.parse("982.00"), "civil-1"));
    assertThat(e.code()).isEqualTo("delivery.before-start");
    assertThat(e.messageZh()).contains("2025年11月1日");
    assertThat(e.messageEn()).contains("1 November 2025");
  }

  @Test
  void aDeliveryAfterTheItemEndsIsRefused() {
    PlanRecordException e = refused(plan(), new Delivery("i2", LocalDate.of(2025, 12, 3), 1, Money.ZERO, "clinic-1"));
    assertThat(e.code()).isEqualTo("delivery.after-end");
    assertThat(e.messageEn()).contains("30 November 2025");
  }

  @Test
  void moreMoneyThanThePeriodsSoFarProvideIsRefused() {
    AidPlan plan = plan();
    plan.record(new Delivery("i1", LocalDate.of(2025, 11, 10), 1, Money.parse("982.00"), "civil-1"));
    // a second payment in November: 1,964.00 by 30 November, against 982.00 provided
    PlanRecordException e = refused(plan, new Delivery("i1", LocalDate.of(2025, 11, 20), 1, Money.parse("982.00"), "civil-1"));
    assertThat(e.code()).isEqualTo("delivery.amount-over");
    assertThat(e.messageZh()).isEqualTo("事项 i1（最低生活保障）每月发放 982.00 元：加上2025年11月20日交付的 982.00 元，"
        + "2025年11月1日至2025年11月30日累计交付 1,964.00 元；最多应为 982.00 元");
    assertThat(e.messageEn()).isEqualTo("item i1 (Minimum living allowance) provides 982.00 yuan a month: with the delivery of 982.00"
        + " yuan on 20 November 2025, 1,964.00 yuan would be delivered from 1 November 2025 to 30 November 2025;"
        + " expected at most 982.00 yuan");
    // paying December's in December is fine
    plan.record(new Delivery("i1", LocalDate.of(2025, 12, 10), 1, Money.parse("982.00"), "civil-1"));
    // one fen more than two months provide is not
    assertThat(refused(plan, new Delivery("i1", LocalDate.of(2025, 12, 11), 1, Money.parse("0.01"), "civil-1")).code())
        .isEqualTo("delivery.amount-over");
  }

  @Test
  void moreUnitsThanProvidedAndMoneyOnAnItemWithoutMoneyAreRefused() {
    AidPlan plan = plan();
    plan.record(new Delivery("i2", LocalDate.of(2025, 10, 5), 2, Money.ZERO, "clinic-1"));
    PlanRecordException over = refused(plan, new Delivery("i2", LocalDate.of(2025, 10, 6), 1, Money.ZERO, "clinic-1"));
    assertThat(over.code()).isEqualTo("delivery.quantity-over");
    // counts name the item's unit, singular and plural, never "unit(s)"
    assertThat(over.messageEn()).contains("with the delivery of 1 visit on 6 October 2025, 3 visits would be delivered")
        .doesNotContain("(s)");
    assertThat(over.messageZh()).contains("加上2025年10月6日交付的 1 次").contains("累计交付 3 次");
    assertThat(refused(plan, new Delivery("i2", LocalDate.of(2025, 11, 6), 1, Money.parse("50.00"), "clinic-1")).code())
        .isEqualTo("delivery.no-money");
  }

  @Test
  void aDeliveryOnAWithdrawnItemIsRefusedAndNothingFallsDueAfterTheWithdrawal() {
    AidPlan plan = plan();
    plan.record(new Delivery("i1", LocalDate.of(2025, 11, 10), 1, Money.parse("982.00"), "civil-1"));
    plan.record(new Withdrawal("i1", LocalDate.of(2025, 12, 1), "moved away", "civil-1"));
    PlanRecordException e = refused(plan, new Delivery("i1", LocalDate.of(2025, 12, 10), 1, Money.parse("982.00"), "civil-1"));
    assertThat(e.code()).isEqualTo("delivery.withdrawn");
    AidPlan.ItemStatus cash = plan.status(LocalDate.of(2026, 1, 31)).items().get(0);
    assertThat(cash.expected()).isEqualTo(1);
    assertThat(cash.overdue()).isFalse();
    assertThat(cash.withdrawal()).isPresent();
    // a status on a day before the withdrawal does not show it
    assertThat(plan.status(LocalDate.of(2025, 11, 30)).items().get(0).withdrawal()).isEmpty();
  }

  @Test
  void anUnknownItemIsRefusedNamingTheItemsThereAre() {
    PlanRecordException e = refused(plan(), new Delivery("i9", LocalDate.of(2025, 11, 10), 1, Money.ZERO, "civil-1"));
    assertThat(e.code()).isEqualTo("item.unknown");
    assertThat(e.messageEn()).contains("i1").contains("i2");
  }

  @Test
  void aNeedWithoutAMeasureIsRefused() {
    PlanItem cash = plan().items().get(0);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new AidPlan("h1", PLAN, Set.of(Need.ILLNESS, Need.SCHOOLING), List.of(cash),
            List.of(new NeedMeasure(Need.ILLNESS, ImmutableList.of("i1"), Optional.empty(), Optional.empty()))))
        .withMessageContaining("SCHOOLING");
  }

  @Test
  void aDecisionPastItsDeadlineIsDecisionOverdueNotOverdue() {
    // decided by the county by 14 November 2025 (the day before its review)
    PlanItem pending = new PlanItem("i1", ItemType.PENDING, Optional.of("cn.temporary-assistance"), "civil-affairs", "临时救助",
        "Temporary assistance", ImmutableList.of("m1"), Money.parse("300.00"), 1, "decision", Frequency.ONCE, PLAN,
        LocalDate.of(2025, 11, 15), "由县级民政部门于2025年11月14日前作出决定", "decided by the county by 14 November 2025",
        Optional.of(org.jiuzhu.core.eligibility.DecisionLevel.COUNTY));
    PlanItem other = new PlanItem("i2", ItemType.PENDING, Optional.empty(), "civil-affairs", "复核", "Review",
        ImmutableList.of(), Money.ZERO, 1, "decision", Frequency.ONCE, PLAN, LocalDate.of(2025, 11, 15), "复核", "review",
        Optional.of(org.jiuzhu.core.eligibility.DecisionLevel.COUNTY));
    AidPlan plan = new AidPlan("h1", PLAN, Set.of(Need.EMERGENCY), List.of(pending, other),
        List.of(new NeedMeasure(Need.EMERGENCY, ImmutableList.of("i1", "i2"), Optional.empty(), Optional.empty())));
    AidPlan.Status onDeadline = plan.status(LocalDate.of(2025, 11, 14));
    assertThat(onDeadline.decisionsOverdue()).isEmpty();
    assertThat(onDeadline.items().get(0).decisionDeadline()).contains(LocalDate.of(2025, 11, 14));
    AidPlan.Status after = plan.status(LocalDate.of(2026, 1, 15));
    assertThat(after.overdue()).isEmpty(); // a decision promises no payment: nothing of it is overdue
    assertThat(after.decisionsOverdue()).extracting(s -> s.item().id()).containsExactly("i1", "i2");
    assertThat(after.items().get(0).amountDue()).isEqualTo(Money.ZERO);
    // i1 decided late, i2 withdrawn (the decision is no longer owed)
    plan.record(new Delivery("i1", LocalDate.of(2025, 11, 20), 1, Money.ZERO, "county-1"));
    plan.record(new Withdrawal("i2", LocalDate.of(2025, 11, 25), "moved away", "county-1"));
    assertThat(plan.status(LocalDate.of(2025, 11, 19)).decisionsOverdue()).extracting(s -> s.item().id())
        .containsExactly("i1", "i2");
    assertThat(plan.status(LocalDate.of(2025, 11, 20)).decisionsOverdue()).extracting(s -> s.item().id()).containsExactly("i2");
    assertThat(plan.status(LocalDate.of(2026, 1, 15)).decisionsOverdue()).isEmpty();
    // decisions are awaited, not delivered: never among the units due
    AidPlan.Status later = plan.status(LocalDate.of(2026, 1, 15));
    assertThat(later.byUnit()).isEmpty();
    assertThat(later.deliveredShare()).isEqualByComparingTo("1");
    assertThat(later.decided()).extracting(s -> s.item().id()).containsExactly("i1");
    assertThat(later.awaitingDecision()).isEmpty();
    assertThat(plan.status(LocalDate.of(2025, 11, 19)).awaitingDecision()).extracting(s -> s.item().id()).containsExactly("i1", "i2");
    assertThat(onDeadline.awaitingDecision()).hasSize(2);
    // a cash item has no decision deadline
    assertThat(plan().status(LocalDate.of(2026, 1, 15)).items().get(0).decisionDeadline()).isEmpty();
  }

  @Test
  void anItemsLastDayIsTheDayBeforeItsEnd() {
    AidPlan plan = plan();
    assertThat(plan.items().get(1).end()).contains(LocalDate.of(2025, 12, 1));
    assertThat(plan.items().get(1).lastDay()).contains(LocalDate.of(2025, 11, 30));
    assertThat(plan.items().get(0).lastDay()).isEmpty();
  }
}
