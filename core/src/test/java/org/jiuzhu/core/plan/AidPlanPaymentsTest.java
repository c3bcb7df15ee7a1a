package org.jiuzhu.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiuzhu.core.money.Money;
import org.junit.jupiter.api.Test;

/** The money of each period of a plan item: short, over, arrears filling the earliest periods, items without money. */
class AidPlanPaymentsTest {
  private static final LocalDate PLAN = LocalDate.of(2025, 10, 1);
  private static final LocalDate NOV = LocalDate.of(2025, 11, 1);

  private static PlanItem dibao(String amount) {
    return new PlanItem("i1", ItemType.CASH, Optional.of("cn.dibao"), "civil-affairs", "最低生活保障", "Minimum living allowance",
        ImmutableList.of(), Money.parse(amount), 1, "payment", Frequency.MONTHLY, NOV, LocalDate.of(2026, 4, 1),
        "按时足额发放", "paid in full and on time");
  }

  private static AidPlan plan(PlanItem... items) {
    return new AidPlan("h6", PLAN, Set.of(), List.of(items));
  }

  private static void pay(AidPlan plan, String item, int month, int day, String amount) {
    plan.record(new Delivery(item, LocalDate.of(month >= 10 ? 2025 : 2026, month, day), 1, Money.parse(amount), "civil-1"));
  }

  private static AidPlan.ItemStatus at(AidPlan plan, int year, int month, int day) {
    return plan.status(LocalDate.of(year, month, day)).items().get(0);
  }

  @Test
  void aPaymentBelowTheAmountIsShortInItsPeriodAndTheItemIsNotPaidInFull() {
    AidPlan plan = plan(dibao("724.00"));
    pay(plan, "i1", 11, 10, "724.00");
    pay(plan, "i1", 12, 10, "700.00");
    AidPlan.ItemStatus s = at(plan, 2025, 12, 31);
    assertThat(s.payments()).extracting(AidPlan.PeriodPayment::from, AidPlan.PeriodPayment::lastDay, AidPlan.PeriodPayment::due,
        AidPlan.PeriodPayment::paid, AidPlan.PeriodPayment::received, AidPlan.PeriodPayment::shortfall)
        .containsExactly(
            tuple(NOV, LocalDate.of(2025, 11, 30), Money.parse("724.00"), Money.parse("724.00"), Money.parse("724.00"), Money.ZERO),
            tuple(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), Money.parse("724.00"), Money.parse("700.00"),
                Money.parse("700.00"), Money.parse("24.00")));
    // main's totals stay as they were
    assertThat(s.amountDue()).isEqualTo(Money.parse("1448.00"));
    assertThat(s.amountPaid()).isEqualTo(Money.parse("1424.00"));
    assertThat(s.shortfall()).isEqualTo(Money.parse("24.00"));
    assertThat(s.shortPaid()).isEqualTo(Money.parse("24.00"));
    assertThat(s.overpaid()).isEqualTo(Money.ZERO);
    assertThat(s.paidInFull()).isFalse();
    assertThat(s.overdue()).isFalse(); // December's last day: still payable
    assertThat(plan.status(LocalDate.of(2025, 12, 31)).notPaidInFull()).extracting(x -> x.item().id()).containsExactly("i1");
    AidPlan.Status jan = plan.status(LocalDate.of(2026, 1, 1));
    assertThat(jan.overdue()).isEmpty(); // December ended 24.00 short: short (notPaidInFull), not overdue
    assertThat(jan.notPaidInFull()).hasSize(1);
  }

  @Test
  void arrearsFillTheEarliestPeriodsFirst() {
    // 24.00 short in November, made up with December's payment
    AidPlan late = plan(dibao("724.00"));
    pay(late, "i1", 11, 10, "700.00");
    pay(late, "i1", 12, 10, "748.00");
    AidPlan.ItemStatus s = at(late, 2025, 12, 31);
    assertThat(s.payments()).extracting(AidPlan.PeriodPayment::paid, AidPlan.PeriodPayment::received, AidPlan.PeriodPayment::shortfall)
        .containsExactly(tuple(Money.parse("700.00"), Money.parse("724.00"), Money.ZERO),
            tuple(Money.parse("748.00"), Money.parse("724.00"), Money.ZERO));
    assertThat(s.shortfall()).isEqualTo(Money.ZERO);
    assertThat(s.shortPaid()).isEqualTo(Money.ZERO);
    assertThat(s.paidInFull()).isTrue();
    // before December's payment November was short: short, not overdue (its payment was made)
    AidPlan.ItemStatus dec5 = at(late, 2025, 12, 5);
    assertThat(dec5.payments()).extracting(AidPlan.PeriodPayment::shortfall).containsExactly(Money.parse("24.00"));
    assertThat(dec5.overdue()).isFalse();
    assertThat(dec5.shortPaid()).isEqualTo(Money.parse("24.00"));

    // nothing in November, 700.00 in December: the 700.00 fills November first
    AidPlan none = plan(dibao("724.00"));
    pay(none, "i1", 12, 10, "700.00");
    AidPlan.ItemStatus n = at(none, 2025, 12, 31);
    assertThat(n.payments()).extracting(AidPlan.PeriodPayment::paid, AidPlan.PeriodPayment::received, AidPlan.PeriodPayment::shortfall)
        .containsExactly(tuple(Money.ZERO, Money.parse("700.00"), Money.parse("24.00")),
            tuple(Money.parse("700.00"), Money.ZERO, Money.parse("724.00")));
    assertThat(n.shortfall()).isEqualTo(Money.parse("748.00"));
    // one payment of two was made: it is 24.00 short; the missing one is said by the count, and is
    // overdue once December has ended without it (on its last day it is still payable)
    assertThat(n.delivered()).isEqualTo(1);
    assertThat(n.shortPaid()).isEqualTo(Money.parse("24.00"));
    assertThat(n.overdue()).isFalse();
    assertThat(at(none, 2026, 1, 1).overdue()).isTrue();

    // December's 24.00 paid with January's money, on 10 January: December is whole, January not yet due
    AidPlan jan = plan(dibao("724.00"));
    pay(jan, "i1", 11, 10, "724.00");
    pay(jan, "i1", 12, 10, "700.00");
    pay(jan, "i1", 1, 10, "748.00");
    AidPlan.ItemStatus j = at(jan, 2026, 1, 10);
    assertThat(j.payments()).extracting(AidPlan.PeriodPayment::shortfall).containsExactly(Money.ZERO, Money.ZERO);
    assertThat(j.amountPaid()).isEqualTo(Money.parse("2172.00"));
    assertThat(j.overpaid()).isEqualTo(Money.ZERO); // January's own 724.00 is provided on its first day
    assertThat(j.paidInFull()).isTrue();
    assertThat(j.overdue()).isFalse();
  }

  @Test
  void anOverpaymentIsRefusedAndLeavesTheStatusAsItWas() {
    AidPlan plan = plan(dibao("724.00"));
    pay(plan, "i1", 11, 10, "724.00");
    assertThatThrownBy(() -> pay(plan, "i1", 12, 10, "724.01")).isInstanceOf(PlanRecordException.class)
        .extracting(e -> ((PlanRecordException) e).code()).isEqualTo("delivery.amount-over");
    assertThatThrownBy(() -> pay(plan, "i1", 11, 20, "0.01")).isInstanceOf(PlanRecordException.class);
    AidPlan.ItemStatus s = at(plan, 2025, 12, 31);
    assertThat(s.amountPaid()).isEqualTo(Money.parse("724.00"));
    assertThat(s.overpaid()).isEqualTo(Money.ZERO);
    // December's payment not made: not a short payment, the count and overdue say it
    assertThat(s.shortfall()).isEqualTo(Money.parse("724.00"));
    assertThat(s.shortPaid()).isEqualTo(Money.ZERO);
    assertThat(s.paidInFull()).isTrue();
    assertThat(plan.status(LocalDate.of(2026, 1, 1)).overdue()).extracting(PlanItem::id).containsExactly("i1");
  }

  @Test
  void itemsWithoutMoneyHaveNoPeriodsOfMoneyAndAreAlwaysPaidInFull() {
    PlanItem coal = new PlanItem("i2", ItemType.IN_KIND, Optional.empty(), "civil-affairs", "取暖煤", "Heating coal",
        ImmutableList.of(), Money.ZERO, 2, "bag", Frequency.MONTHLY, NOV, LocalDate.of(2026, 4, 1), "每月 2 袋", "2 bags a month");
    AidPlan plan = plan(coal);
    plan.record(new Delivery("i2", LocalDate.of(2025, 11, 5), 1, Money.ZERO, "civil-1"));
    AidPlan.ItemStatus s = at(plan, 2025, 12, 1);
    assertThat(s.payments()).isEmpty();
    assertThat(s.amountDue()).isEqualTo(Money.ZERO);
    assertThat(s.shortfall()).isEqualTo(Money.ZERO);
    assertThat(s.shortPaid()).isEqualTo(Money.ZERO);
    assertThat(s.paidInFull()).isTrue();
    assertThat(s.overdue()).isTrue(); // one bag of two: the count says it
    assertThat(plan.status(LocalDate.of(2025, 12, 1)).notPaidInFull()).isEmpty();
  }

  @Test
  void aCashItemOfZeroHasNothingToPayAndNothingShort() {
    // a 低保 whose gap rounds to 0.00: a monthly item of 0.00, its recognition the point
    AidPlan plan = plan(dibao("0.00"));
    plan.record(new Delivery("i1", LocalDate.of(2025, 11, 10), 1, Money.ZERO, "civil-1"));
    assertThatThrownBy(() -> pay(plan, "i1", 12, 10, "0.01")).isInstanceOf(PlanRecordException.class)
        .extracting(e -> ((PlanRecordException) e).code()).isEqualTo("delivery.no-money");
    AidPlan.ItemStatus s = at(plan, 2025, 12, 31);
    assertThat(s.payments()).isEmpty();
    assertThat(s.amountDue()).isEqualTo(Money.ZERO);
    assertThat(s.amountPaid()).isEqualTo(Money.ZERO);
    assertThat(s.shortfall()).isEqualTo(Money.ZERO);
    assertThat(s.overpaid()).isEqualTo(Money.ZERO);
    assertThat(s.paidInFull()).isTrue();
    assertThat(plan.status(LocalDate.of(2025, 12, 31)).notPaidInFull()).isEmpty();
  }

  @Test
  void theOlderConstructorHasNoPeriodsAndNothingOverpaid() {
    AidPlan.ItemStatus s = new AidPlan.ItemStatus(dibao("724.00"), 1, 1, false, ImmutableList.of(),
        ImmutableList.of(new Delivery("i1", LocalDate.of(2025, 11, 10), 1, Money.parse("700.00"), "civil-1")), Optional.empty());
    assertThat(s.payments()).isEmpty();
    assertThat(s.overpaid()).isEqualTo(Money.ZERO);
    assertThat(s.shortPaid()).isEqualTo(Money.parse("24.00"));
    assertThat(s.paidInFull()).isFalse();
  }
}
