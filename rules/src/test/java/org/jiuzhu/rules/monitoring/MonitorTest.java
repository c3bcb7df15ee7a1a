package org.jiuzhu.rules.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.household.CurrentBenefit;
import org.jiuzhu.core.household.Disability;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.Illness;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.monitoring.Alert;
import org.jiuzhu.core.monitoring.Colour;
import org.jiuzhu.core.monitoring.ColourChange;
import org.jiuzhu.core.monitoring.Due;
import org.jiuzhu.core.monitoring.DueKind;
import org.jiuzhu.core.monitoring.MonthlyRecord;
import org.jiuzhu.core.monitoring.ProgrammeHint;
import org.jiuzhu.core.monitoring.RecordType;
import org.jiuzhu.core.monitoring.Severity;
import org.jiuzhu.core.monitoring.WarningRule;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.UnknownRegionException;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.rules.cn.CnRulebook;
import org.junit.jupiter.api.Test;

final class MonitorTest {
  static final Policy POLICY = Policy.installed();
  static final RegionCode ZHUANGLANG = RegionCode.parse("620825");

  /** Collects everything a month produces. */
  static final class Collect implements MonitorSink {
    final List<Alert> alerts = new ArrayList<>();
    final List<ColourChange> changes = new ArrayList<>();
    final List<Due> dues = new ArrayList<>();
    final List<Problem> rejected = new ArrayList<>();
    final List<org.jiuzhu.core.monitoring.OverdueVisit> overdue = new ArrayList<>();

    @Override
    public void overdueVisit(org.jiuzhu.core.monitoring.OverdueVisit o) {
      overdue.add(o);
    }

    @Override
    public void alert(Alert alert) {
      alerts.add(alert);
    }

    @Override
    public void colourChange(ColourChange change) {
      changes.add(change);
    }

    @Override
    public void due(Due due) {
      dues.add(due);
    }

    @Override
    public void rejected(MonthlyRecord record, Problem problem) {
      rejected.add(problem);
    }

    List<Alert> alerts(WarningRule rule) {
      return alerts.stream().filter(a -> a.rule() == rule).toList();
    }
  }

  static Member member(String id, Relationship rel, LocalDate birth, WorkStatus work) {
    return new Member.Builder().id(id).relationship(rel).birthDate(birth).hukouType(HukouType.RURAL)
        .hukouRegion(ZHUANGLANG).workStatus(work).build();
  }

  /** A 低保 household since 2024-04-15: a farmer of working age (so reviewed six-monthly) and his retired mother. */
  static Household dibaoHousehold(String id) {
    return dibaoHousehold(id, ZHUANGLANG);
  }

  static Household dibaoHousehold(String id, RegionCode region) {
    Household.Builder b = new Household.Builder().id(id).region(region).applicantId("m1")
        .addMembers(member("m1", Relationship.APPLICANT, LocalDate.of(1980, 5, 1), WorkStatus.FARMING))
        .addMembers(member("m2", Relationship.PARENT, LocalDate.of(1950, 3, 1), WorkStatus.RETIRED))
        .addCurrentBenefits(CurrentBenefit.of(CnRulebook.DIBAO, LocalDate.of(2024, 4, 15)));
    for (int m = 1; m <= 12; m++) {
      b.addIncomes(new IncomeItem.Builder().memberId("m1").category(IncomeCategory.TRANSFER_NET)
          .month(YearMonth.of(2024, m)).gross(Money.parse("600")).build());
    }
    return b.build();
  }

  /** A monitor of the households registered; with none, of no register at all ({@link HouseholdRegister#empty()}). */
  static Monitor monitor(Household... registered) {
    return Monitor.create(POLICY, ZHUANGLANG, registered.length == 0 ? HouseholdRegister.empty()
        : HouseholdRegister.of(List.of(registered)));
  }

  /** A monitor of the households registered and of any other a feed names, unscreened (a register not complete). */
  static Monitor partial(Household... registered) {
    HouseholdRegister of = HouseholdRegister.of(List.of(registered));
    return Monitor.create(POLICY, ZHUANGLANG, new HouseholdRegister() {
      @Override
      public java.util.Optional<Household> find(String id) {
        return of.find(id);
      }

      @Override
      public boolean complete() {
        return false;
      }
    });
  }

  static MonthlyRecord bill(String household, LocalDate date, String amount, boolean inpatient) {
    return new MonthlyRecord.Builder().householdId(household).type(RecordType.MEDICAL_BILL).date(date).memberId("m1")
        .amount(Money.parse(amount)).inpatient(inpatient).build();
  }

  static MonthlyRecord record(String household, RecordType type, LocalDate date, String member) {
    MonthlyRecord.Builder b = new MonthlyRecord.Builder().householdId(household).type(type).date(date);
    if (member != null) {
      b.memberId(member);
    }
    return b.build();
  }

  static MonthlyRecord income(String household, YearMonth month, String amount) {
    return new MonthlyRecord.Builder().householdId(household).type(RecordType.INCOME).date(month.atDay(1)).memberId("m1")
        .amount(Money.parse(amount)).incomeCategory(IncomeCategory.WAGES).build();
  }

  static Collect run(Monitor monitor, YearMonth month, MonthlyRecord... records) {
    Collect c = new Collect();
    monitor.process(month, List.of(records), c);
    return c;
  }

  @Test
  void hospitalStayWarnsAboveTheThresholdForMonitoredAndOtherHouseholds() {
    Monitor monitor = partial(dibaoHousehold("d1"), dibaoHousehold("d2"));
    Collect c = run(monitor, YearMonth.of(2025, 3),
        bill("d1", LocalDate.of(2025, 3, 3), "6000.00", true), // at the monitored threshold: no alert
        bill("d2", LocalDate.of(2025, 3, 3), "6000.01", true), // one fen above
        bill("x1", LocalDate.of(2025, 3, 5), "10000.00", true), // not registered: the other threshold
        bill("x2", LocalDate.of(2025, 3, 5), "10000.01", true));
    List<Alert> stays = c.alerts(WarningRule.HOSPITAL_STAY);
    assertThat(stays).extracting(Alert::householdId).containsExactly("d2", "x2");
    Alert d2 = stays.get(0);
    assertThat(d2.severity()).isEqualTo(Severity.WARNING);
    assertThat(d2.raised()).isEqualTo(LocalDate.of(2025, 4, 1));
    // 5 working days after Tue 1 April 2025: 2, 3, (Qingming 4-6 April), 7, 8, 9 April
    assertThat(d2.visitBy()).isEqualTo(LocalDate.of(2025, 4, 9));
    assertThat(d2.evidence().parameterKey()).isEqualTo("monitoring.medical.hospital-stay-monitored");
    assertThat(d2.evidence().threshold()).isEqualTo("6,000.00 yuan");
    assertThat(d2.evidence().thresholdZh()).isEqualTo("6,000.00 元");
    // and as a machine reads it: a plain decimal of yuan
    assertThat(d2.evidence().thresholdValue()).hasValue(new java.math.BigDecimal("6000.00"));
    assertThat(d2.evidence().records()).containsExactly("d2/medical-bill/2025-03-03");
    assertThat(d2.evidence().actualEn()).isEqualTo("member m1 paid 6,000.01 yuan out of pocket for one hospital stay");
    assertThat(d2.explainZh()).isEqualTo("【预警】单次住院自付费用超标：成员 m1 单次住院自付 6,000.01 元（阈值：6,000.00 元）；请于2025年4月9日前入户走访。");
    assertThat(d2.explainEn()).endsWith("; visit by 9 April 2025.");
    assertThat(d2.screened()).isTrue();
    Alert x2 = stays.get(1);
    assertThat(x2.evidence().parameterKey()).isEqualTo("monitoring.medical.hospital-stay-other");
    assertThat(x2.screened()).isFalse();
    assertThat(x2.screeningNote()).isEqualTo(java.util.Optional.of("household not in the register"));
    assertThat(x2.screeningNoteZh()).isEqualTo(java.util.Optional.of("登记册中无此户"));
    assertThat(x2.programmes()).isEmpty();
  }

  @Test
  void yearlyOutOfPocketWarnsOnceWhenItCrossesAndRollsOffAfterTwelveMonths() {
    Monitor monitor = monitor(dibaoHousehold("d1"));
    // Gansu's illustrative rural disposable income 14,000 x 0.5 = 7,000; low-income threshold 10,000
    Collect jan = run(monitor, YearMonth.of(2025, 1), bill("d1", LocalDate.of(2025, 1, 10), "6000.00", false));
    assertThat(jan.alerts).isEmpty();
    Collect feb = run(monitor, YearMonth.of(2025, 2), bill("d1", LocalDate.of(2025, 2, 10), "4000.00", false));
    assertThat(feb.alerts).extracting(Alert::rule).containsExactly(WarningRule.MEDICAL_COST_SHARE_OF_INCOME);
    assertThat(feb.alerts.get(0).evidence().threshold()).isEqualTo("more than 50% of the local rural per-capita disposable income of 14,000.00 yuan, that is 7,000.00 yuan");
    assertThat(feb.alerts.get(0).evidence().thresholdZh()).isEqualTo("超过当地农村居民人均可支配收入 14,000.00 元的 50%，即 7,000.00 元");
    // a share's machine value is the amount it comes to
    assertThat(feb.alerts.get(0).evidence().thresholdValue()).hasValue(new java.math.BigDecimal("7000.00"));
    // the alert sums two bills and cites both
    assertThat(feb.alerts.get(0).evidence().records()).containsExactly("d1/medical-bill/2025-01-10", "d1/medical-bill/2025-02-10");
    assertThat(feb.alerts.get(0).evidence().actualZh()).isEqualTo("近 12 个月医疗自付合计 10,000.00 元");
    Collect mar = run(monitor, YearMonth.of(2025, 3), bill("d1", LocalDate.of(2025, 3, 10), "0.01", false));
    assertThat(mar.alerts).extracting(Alert::rule).containsExactly(WarningRule.MEDICAL_COST_LOW_INCOME);
    Collect apr = run(monitor, YearMonth.of(2025, 4), bill("d1", LocalDate.of(2025, 4, 10), "100.00", false));
    assertThat(apr.alerts).isEmpty(); // already above: no second alert
    // January 2026: January 2025's 6,000 has rolled off (4,100.01 left); 6,000 more crosses again
    for (int m = 5; m <= 12; m++) {
      run(monitor, YearMonth.of(2025, m));
    }
    Collect jan26 = run(monitor, YearMonth.of(2026, 1), bill("d1", LocalDate.of(2026, 1, 10), "5899.99", false));
    assertThat(jan26.alerts).extracting(Alert::rule).containsExactly(WarningRule.MEDICAL_COST_SHARE_OF_INCOME);
    assertThat(jan26.alerts.get(0).evidence().actualEn()).isEqualTo("out-of-pocket medical cost over 12 months 10,000.00 yuan");
    // what it sums: the bills of February to April 2025 and January 2026, not January 2025's, which rolled off
    assertThat(jan26.alerts.get(0).evidence().records()).containsExactly("d1/medical-bill/2025-02-10",
        "d1/medical-bill/2025-03-10", "d1/medical-bill/2025-04-10", "d1/medical-bill/2026-01-10");
  }

  @Test
  void highCostWithoutMedicalAssistanceWarnsAtTheThreshold() {
    Monitor monitor = monitor();
    MonthlyRecord assisted = new MonthlyRecord.Builder().householdId("x2").type(RecordType.MEDICAL_BILL)
        .date(LocalDate.of(2025, 5, 6)).memberId("m1").amount(Money.parse("50000")).medicalAssistance(Money.parse("1")).build();
    Collect c = run(monitor, YearMonth.of(2025, 5), bill("x1", LocalDate.of(2025, 5, 6), "50000.00", false), assisted);
    assertThat(c.alerts(WarningRule.MEDICAL_COST_NO_ASSISTANCE)).extracting(Alert::householdId).containsExactly("x1");
    assertThat(c.alerts(WarningRule.MEDICAL_COST_NO_ASSISTANCE).get(0).severity()).isEqualTo(Severity.URGENT);
    assertThat(c.alerts(WarningRule.MEDICAL_COST_ANYONE)).extracting(Alert::householdId).containsExactly("x1", "x2");
  }

  @Test
  void deathsDiagnosesAndNewSevereDisabilitiesWarn() {
    Household registered = dibaoHousehold("d1");
    Monitor monitor = monitor(registered);
    MonthlyRecord dialysis = new MonthlyRecord.Builder().householdId("d1").type(RecordType.DIAGNOSIS)
        .date(LocalDate.of(2025, 6, 3)).memberId("m2")
        .illness(new Illness.Builder().description("uraemia").dialysisSessionsPerWeek(3).build()).build();
    MonthlyRecord grade3 = new MonthlyRecord.Builder().householdId("d1").type(RecordType.DISABILITY)
        .date(LocalDate.of(2025, 6, 4)).memberId("m1").disability(Disability.of(DisabilityCategory.PHYSICAL, 3)).build();
    Collect june = run(monitor, YearMonth.of(2025, 6), dialysis, grade3);
    assertThat(june.alerts).extracting(Alert::rule).containsExactly(WarningRule.MAJOR_ILLNESS);
    assertThat(june.alerts.get(0).evidence().actualEn()).isEqualTo("member m2 on dialysis 3 times a week");
    assertThat(june.alerts.get(0).explainEn()).doesNotContain("uraemia");

    MonthlyRecord grade2 = new MonthlyRecord.Builder().householdId("d1").type(RecordType.DISABILITY)
        .date(LocalDate.of(2025, 7, 4)).memberId("m1").disability(Disability.of(DisabilityCategory.PHYSICAL, 2)).build();
    MonthlyRecord grade1 = new MonthlyRecord.Builder().householdId("d1").type(RecordType.DISABILITY)
        .date(LocalDate.of(2025, 7, 20)).memberId("m1").disability(Disability.of(DisabilityCategory.PHYSICAL, 1)).build();
    Collect july = run(monitor, YearMonth.of(2025, 7), grade2, grade1);
    // grade 3 -> 2 is a new severe disability; 2 -> 1 was severe already
    assertThat(july.alerts).extracting(Alert::rule).containsExactly(WarningRule.SEVERE_DISABILITY);
    assertThat(july.alerts.get(0).evidence().actualEn()).isEqualTo("member m1 newly certified with a grade 2 disability (was grade 3)");

    MonthlyRecord death = record("d1", RecordType.DEATH, LocalDate.of(2025, 8, 2), "m2");
    Collect aug = run(monitor, YearMonth.of(2025, 8), death, record("d1", RecordType.DEATH, LocalDate.of(2025, 8, 9), "m2"));
    assertThat(aug.alerts).extracting(Alert::rule).containsExactly(WarningRule.DEATH);
    assertThat(aug.alerts.get(0).severity()).isEqualTo(Severity.URGENT);
    // 2 working days after Mon 1 September 2025
    assertThat(aug.alerts.get(0).visitBy()).isEqualTo(LocalDate.of(2025, 9, 3));
    assertThat(aug.rejected).extracting(Problem::code).containsExactly("record.death.repeated");
    assertThat(aug.alerts.get(0).screened()).isTrue();
  }

  @Test
  void losingHalfTheRecentIncomeIsLosingTheMainIncome() {
    Monitor monitor = monitor();
    for (int m = 1; m <= 3; m++) {
      YearMonth month = YearMonth.of(2025, m);
      assertThat(run(monitor, month, income("x1", month, "3000"), income("x2", month, "3000")).alerts).isEmpty();
    }
    // April: x1 falls to 1,500 (lost 1,500 = 0.5 x 3,000), x2 to 1,500.01 (lost 1,499.99)
    Collect apr = run(monitor, YearMonth.of(2025, 4), income("x1", YearMonth.of(2025, 4), "1500"),
        income("x2", YearMonth.of(2025, 4), "1500.01"));
    assertThat(apr.alerts).extracting(Alert::householdId).containsExactly("x1");
    assertThat(apr.alerts.get(0).rule()).isEqualTo(WarningRule.INCOME_LOSS);
    assertThat(apr.alerts.get(0).evidence().actualEn())
        .isEqualTo("household income 1,500.00 yuan in April 2025 against an average of 3,000.00 yuan over the last 3 months");
    // the threshold in words, with the least drop that meets it — not a formula
    assertThat(apr.alerts.get(0).evidence().threshold())
        .isEqualTo("a drop of at least 50% of the recent average household income of 3,000.00 yuan, that is 1,500.00 yuan or more");
    assertThat(apr.alerts.get(0).evidence().thresholdZh()).isEqualTo("减少额达到近期家庭月均收入 3,000.00 元的 50%，即 1,500.00 元及以上");
    assertThat(apr.alerts.get(0).evidence().thresholdValue()).hasValue(new java.math.BigDecimal("1500.00"));
    // a job loss that reports the earnings lost warns in the month it happens, once
    MonthlyRecord jobLoss = new MonthlyRecord.Builder().householdId("x2").type(RecordType.JOB_LOSS)
        .date(LocalDate.of(2025, 5, 12)).memberId("m1").amount(Money.parse("1600")).build();
    Collect may = run(monitor, YearMonth.of(2025, 5), jobLoss, income("x2", YearMonth.of(2025, 5), "0"));
    assertThat(may.alerts).extracting(Alert::householdId, Alert::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("x2", WarningRule.INCOME_LOSS));
    assertThat(may.alerts.get(0).evidence().records()).containsExactly("x2/job-loss/2025-05-12");
    // the loss lasts: no new alert while it is within the reference months
    assertThat(run(monitor, YearMonth.of(2025, 6), income("x2", YearMonth.of(2025, 6), "0")).alerts).isEmpty();
  }

  @Test
  void aMonthlyVisitReadsEveryMonthInEnglishAndChineseDatesAsScreeningWritesThem() {
    Monitor monitor = monitor(dibaoHousehold("d1"));
    monitor.track("d1", LocalDate.of(2025, 3, 1));
    Collect mar = run(monitor, YearMonth.of(2025, 3), record("d1", RecordType.DISASTER, LocalDate.of(2025, 3, 20), null));
    assertThat(mar.alerts.get(0).explainZh()).endsWith("；请于2025年4月3日前入户走访。");
    // red households are visited every month: from 1 April, so on 1 May, a holiday (1-5 May 2025)
    Collect apr = run(monitor, YearMonth.of(2025, 4));
    Due visit = apr.dues.stream().filter(d -> d.kind() == DueKind.VISIT).findFirst().orElseThrow();
    assertThat(visit.date()).isEqualTo(LocalDate.of(2025, 5, 6));
    assertThat(visit.basisEn()).isEqualTo("red (closely accompanied) households are visited every month, counted from 1 April 2025 (the later of the day the"
        + " colour was given and the last visit); 1 May 2025 is not a working day");
    assertThat(visit.basisZh()).isEqualTo("红色·连心户每 1 个月走访，自2025年4月1日起算（变为该颜色之日与上次走访之日中较晚者）；"
        + "2025年5月1日非工作日，顺延");
    assertThat(Texts.en("due.review", "support", "2025-01-01", 1)).isEqualTo("support since 2025-01-01, reviewed every month");
    assertThat(Texts.en("due.review", "support", "2025-01-01", 3)).isEqualTo("support since 2025-01-01, reviewed every 3 months");
    assertThat(Texts.en("due.rigid", "support", "2025-01-01", 1)).isEqualTo("support recognised on 2025-01-01, valid 1 month");
    assertThat(Texts.en("colour.leaver", 1)).isEqualTo("left assistance less than a month ago");
    assertThat(Texts.zh("due.review", "低保", "2025年1月1日", 1)).isEqualTo("低保自2025年1月1日起，每 1 个月复核");
  }

  @Test
  void coloursFollowAlertsAndFadeAfterTheMemoryWithEveryChangeRecorded() {
    Monitor monitor = partial(dibaoHousehold("d1"));
    monitor.track("d1", LocalDate.of(2025, 1, 1));
    Collect first = run(monitor, YearMonth.of(2025, 1), record("d1", RecordType.DISASTER, LocalDate.of(2025, 1, 20), null));
    assertThat(first.changes).containsExactly(new ColourChange("d1", LocalDate.of(2025, 2, 1), Colour.GREEN, Colour.RED,
        "近 6 个月内有紧急级预警：遭遇灾害", "an urgent alert (disaster) within the last 6 months"));
    for (int m = 2; m <= 6; m++) {
      assertThat(run(monitor, YearMonth.of(2025, m)).changes).isEmpty();
    }
    // the alert is out of memory in July; the colour falls back on a recorded reason, the visit
    Collect visited = run(monitor, YearMonth.of(2025, 7), record("d1", RecordType.VISIT, LocalDate.of(2025, 7, 12), null));
    assertThat(visited.changes).hasSize(1);
    assertThat(visited.changes.get(0).to()).isEqualTo(Colour.GREEN);
    assertThat(visited.changes.get(0).date()).isEqualTo(LocalDate.of(2025, 8, 1));
    assertThat(visited.changes.get(0).reasonEn()).endsWith("; the household was visited on 12 July 2025");
    assertThat(visited.changes.get(0).reasonZh()).endsWith("；已于2025年7月12日走访核实");
    assertThat(monitor.colour("d1")).contains(Colour.GREEN);

    // orange from the 12-month cost alone, and from having left assistance
    Collect aug = run(monitor, YearMonth.of(2025, 8), bill("x9", LocalDate.of(2025, 8, 1), "10000.00", false),
        new MonthlyRecord.Builder().householdId("d1").type(RecordType.LEFT_ASSISTANCE).date(LocalDate.of(2025, 8, 31))
            .programmeId(CnRulebook.DIBAO).build());
    assertThat(aug.changes).extracting(ColourChange::householdId, ColourChange::to, ColourChange::reasonEn).containsExactly(
        org.assertj.core.groups.Tuple.tuple("d1", Colour.ORANGE, "left assistance less than 12 months ago"),
        org.assertj.core.groups.Tuple.tuple("x9", Colour.ORANGE, "a warning alert (out-of-pocket medical cost above a share"
            + " of last year's rural per-capita disposable income) within the last 6 months"));
    // six months on the alert is out of memory, but 10,000 yuan over 12 months keeps x9 orange, now for its cost
    for (int m = 9; m <= 12; m++) {
      assertThat(run(monitor, YearMonth.of(2025, m)).changes).extracting(ColourChange::householdId).doesNotContain("x9");
    }
    Collect jan = run(monitor, YearMonth.of(2026, 1));
    assertThat(jan.changes).extracting(ColourChange::householdId).doesNotContain("x9");
    assertThat(monitor.colour("x9")).contains(Colour.ORANGE);
    // the 12 months run from September 2025 to the August 2026 feed: then the cost rolls off and x9 is green again
    for (int m = 2; m <= 7; m++) {
      assertThat(run(monitor, YearMonth.of(2026, m)).changes).extracting(ColourChange::householdId).doesNotContain("x9");
    }
    Collect aug26 = run(monitor, YearMonth.of(2026, 8), record("x9", RecordType.VISIT, LocalDate.of(2026, 8, 5), null));
    assertThat(aug26.changes).filteredOn(c -> c.householdId().equals("x9"))
        .extracting(ColourChange::from, ColourChange::to, ColourChange::date, ColourChange::reasonEn)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Colour.ORANGE, Colour.GREEN, LocalDate.of(2026, 9, 1),
            "no alert of severity warning or above within 6 months, out-of-pocket medical cost 0.00 yuan over 12 months,"
                + " below 10,000.00 yuan; the household was visited on 5 August 2026"));
  }

  @Test
  void aMissedVisitIsReportedOverdueEveryMonthUntilAVisitIsRecorded() {
    Monitor monitor = monitor(dibaoHousehold("d1"));
    monitor.track("d1", LocalDate.of(2025, 1, 1));
    Collect jan = run(monitor, YearMonth.of(2025, 1), record("d1", RecordType.DISASTER, LocalDate.of(2025, 1, 20), null));
    assertThat(jan.alerts.get(0).visitBy()).isEqualTo(LocalDate.of(2025, 2, 6));
    assertThat(jan.overdue).isEmpty(); // not due yet
    // February's feed has no visit: the alert's visit of 6 February is 23 days overdue on 1 March
    Collect feb = run(monitor, YearMonth.of(2025, 2));
    assertThat(feb.overdue).singleElement().satisfies(o -> {
      assertThat(o.householdId()).isEqualTo("d1");
      assertThat(o.dueDate()).isEqualTo(LocalDate.of(2025, 2, 6));
      assertThat(o.asOf()).isEqualTo(LocalDate.of(2025, 3, 1));
      assertThat(o.daysOverdue()).isEqualTo(23);
      assertThat(o.basisZh()).isEqualTo("2025年2月1日的预警（遭遇灾害）要求于2025年2月6日前入户走访，此后未记录走访");
      assertThat(o.basisEn()).isEqualTo("the alert (disaster) raised on 1 February 2025 called for a visit by 6 February 2025;"
          + " no visit has been recorded since");
    });
    // the red colour's visit of 3 March is missed too: the earliest missed visit is kept, and counted on
    Collect mar = run(monitor, YearMonth.of(2025, 3));
    assertThat(mar.overdue).extracting(o -> o.dueDate(), o -> o.daysOverdue())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 2, 6), 54L));
    // a visit settles it; the next colour visit falls a month after it
    Collect apr = run(monitor, YearMonth.of(2025, 4), record("d1", RecordType.VISIT, LocalDate.of(2025, 4, 10), null));
    assertThat(apr.overdue).isEmpty();
    assertThat(apr.dues).filteredOn(d -> d.kind() == DueKind.VISIT).extracting(Due::date)
        .containsExactly(LocalDate.of(2025, 5, 12));
    // May's feed has none: the colour's visit is overdue, with what called for it
    Collect may = run(monitor, YearMonth.of(2025, 5));
    assertThat(may.overdue).singleElement().satisfies(o -> {
      assertThat(o.dueDate()).isEqualTo(LocalDate.of(2025, 5, 12));
      assertThat(o.daysOverdue()).isEqualTo(20);
      assertThat(o.basisZh()).isEqualTo("红色·连心户每 1 个月走访，自2025年4月10日起算，应于2025年5月12日走访，此后未记录走访");
      assertThat(o.basisEn()).isEqualTo("red (closely accompanied) households are visited every month, counted from 10 April 2025:"
          + " the visit was due on 12 May 2025; no visit has been recorded since");
    });
    MonthSummary june = monitor.process(YearMonth.of(2025, 6), List.of(), new Collect());
    assertThat(june.overdueVisits()).isEqualTo(1);
    assertThat(monitor.process(YearMonth.of(2025, 7), List.of(record("d1", RecordType.VISIT, LocalDate.of(2025, 7, 1), null)),
        new Collect()).overdueVisits()).isZero();
  }

  @Test
  void overdueVisitGivesWhatTheRunReportsAndWhatFellDueSinceWhichScheduleNeverLists() {
    Monitor monitor = monitor(dibaoHousehold("d1"));
    monitor.track("d1", LocalDate.of(2025, 1, 1));
    assertThat(monitor.overdueVisit("d1", LocalDate.of(2025, 1, 1))).isEmpty();
    run(monitor, YearMonth.of(2025, 1), record("d1", RecordType.DISASTER, LocalDate.of(2025, 1, 20), null));
    // on the matching day the alert's visit (by 6 February) is not yet due; the day after it, it is
    assertThat(monitor.overdueVisit("d1", LocalDate.of(2025, 2, 1))).isEmpty();
    assertThat(monitor.overdueVisit("d1", LocalDate.of(2025, 2, 6))).isEmpty();
    assertThat(monitor.overdueVisit("d1", LocalDate.of(2025, 2, 7))).hasValueSatisfying(o -> {
      assertThat(o.dueDate()).isEqualTo(LocalDate.of(2025, 2, 6));
      assertThat(o.daysOverdue()).isEqualTo(1);
      assertThat(o.basisEn()).isEqualTo("the alert (disaster) raised on 1 February 2025 called for a visit by 6 February 2025;"
          + " no visit has been recorded since");
    });
    // schedule lists only what is to come: the red colour's next visit, never the one missed
    assertThat(monitor.schedule("d1", LocalDate.of(2025, 2, 7))).filteredOn(d -> d.kind() == DueKind.VISIT)
        .extracting(Due::date).containsExactly(LocalDate.of(2025, 3, 3));
    // after each month, on its matching day: exactly the visit the month reported
    for (YearMonth m : List.of(YearMonth.of(2025, 2), YearMonth.of(2025, 3))) {
      Collect c = run(monitor, m);
      assertThat(monitor.overdueVisit("d1", m.plusMonths(1).atDay(1))).contains(c.overdue.get(0));
    }
    assertThat(monitor.overdueVisit("d1", LocalDate.of(2025, 4, 1)).orElseThrow().daysOverdue()).isEqualTo(54);
    assertThat(monitor.overdueVisit("d1", LocalDate.of(2025, 4, 15)).orElseThrow().daysOverdue()).isEqualTo(68);
    assertThat(monitor.overdueVisit("nobody", LocalDate.of(2025, 4, 1))).isEmpty();
    assertThatThrownBy(() -> monitor.overdueVisit("d1", LocalDate.of(2025, 3, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("asOf 2025-03-31 is before 2025-04-01, the matching day of the last month processed (2025-03);"
            + " expected that day or later");
    // a visit settles it; the colour's visit a month later is owed once its day has passed
    Collect apr = run(monitor, YearMonth.of(2025, 4), record("d1", RecordType.VISIT, LocalDate.of(2025, 4, 10), null));
    assertThat(apr.overdue).isEmpty();
    assertThat(monitor.overdueVisit("d1", LocalDate.of(2025, 5, 1))).isEmpty();
    assertThat(monitor.overdueVisit("d1", LocalDate.of(2025, 5, 12))).isEmpty();
    assertThat(monitor.overdueVisit("d1", LocalDate.of(2025, 5, 13))).hasValueSatisfying(o -> {
      assertThat(o.dueDate()).isEqualTo(LocalDate.of(2025, 5, 12));
      assertThat(o.basisZh()).isEqualTo("红色·连心户每 1 个月走访，自2025年4月10日起算，应于2025年5月12日走访，此后未记录走访");
    });
    Collect may = run(monitor, YearMonth.of(2025, 5));
    assertThat(monitor.overdueVisit("d1", LocalDate.of(2025, 6, 1))).contains(may.overdue.get(0));
    // while a month is open its records are not all applied: the question waits for finish()
    Monitor.MonthRun june = monitor.begin(YearMonth.of(2025, 6), new Collect());
    assertThatThrownBy(() -> monitor.overdueVisit("d1", LocalDate.of(2025, 7, 1))).isInstanceOf(IllegalStateException.class)
        .hasMessage("month 2025-06 is still open; finish it before asking for overdue visits");
    june.finish();
  }

  @Test
  void aColourDoesNotFallBackWithoutAVisitAfterItWasRaised() {
    Monitor monitor = monitor(dibaoHousehold("d1"));
    monitor.track("d1", LocalDate.of(2025, 1, 1));
    run(monitor, YearMonth.of(2025, 1), record("d1", RecordType.VISIT, LocalDate.of(2025, 1, 5), null),
        record("d1", RecordType.DISASTER, LocalDate.of(2025, 1, 20), null));
    assertThat(monitor.colour("d1")).contains(Colour.RED);
    // the visit of 5 January was before the household turned red on 1 February: it is no reason to fall back
    for (int m = 2; m <= 9; m++) {
      assertThat(run(monitor, YearMonth.of(2025, m)).changes).as("2025-%02d", m).isEmpty();
    }
    assertThat(monitor.colour("d1")).contains(Colour.RED);
    Collect oct = run(monitor, YearMonth.of(2025, 10), record("d1", RecordType.VISIT, LocalDate.of(2025, 10, 2), null));
    assertThat(oct.changes).extracting(ColourChange::from, ColourChange::to).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Colour.RED, Colour.GREEN));
    assertThat(oct.changes.get(0).reasonEn()).isEqualTo("no alert of severity warning or above within 6 months, out-of-pocket"
        + " medical cost 0.00 yuan over 12 months, below 10,000.00 yuan; the household was visited on 2 October 2025");
  }

  @Test
  void aGapInTheMonthsOfTheFeedsIsReported() {
    Monitor monitor = monitor(dibaoHousehold("d1"));
    List<String> gaps = new ArrayList<>();
    MonitorSink sink = new MonitorSink() {
      @Override
      public void monthsMissing(YearMonth month, List<YearMonth> missing, String zh, String en) {
        gaps.add(month + " " + missing + " | " + zh + " | " + en);
      }
    };
    monitor.process(YearMonth.of(2025, 1), List.of(), sink);
    monitor.process(YearMonth.of(2025, 2), List.of(), sink);
    assertThat(gaps).isEmpty();
    monitor.process(YearMonth.of(2025, 5), List.of(), sink);
    assertThat(gaps).containsExactly("2025-05 [2025-03, 2025-04] | 缺少2025年3月至2025年4月的数据：这些月份的医疗费用和收入按未报告计，"
        + "近 12 个月合计可能偏低 | no feed for March 2025 to April 2025: their medical costs and income count as not reported, so"
        + " 12-month totals may be low");
  }

  @Test
  void billsKeepTheirMemberInTheHouseholdAsItStands() {
    Household h = dibaoHousehold("d1");
    HouseholdState s = new HouseholdState("d1", true, true, false, 0, List.of("m1", "m2"), List.of());
    int jan = 2025 * 12;
    s.advance(jan);
    s.addMedical(jan, 30_000, 0, 1, 0L); // m2 alone in January
    s.advance(jan + 1);
    s.addMedical(jan + 1, 10_000, 2_000, 0, 0L); // m1 and m2 in February
    s.addMedical(jan + 1, 5_000, 0, 1, 0L);
    Household now = AsItStands.build(h, s, jan + 1);
    assertThat(now.expenditures()).extracting(e -> e.month() + " " + e.memberId().orElse("-") + " " + e.amount() + " "
        + e.grantsReceived()).containsExactly("2025-01 m2 300.00 0.00", "2025-02 m1 100.00 20.00", "2025-02 m2 50.00 0.00");
    // a household whose bills are all one member's keeps that member without the per-member table
    HouseholdState one = new HouseholdState("d1", true, true, false, 0, List.of("m1", "m2"), List.of());
    one.advance(jan);
    one.addMedical(jan, 12_345, 0, 1, 0L);
    assertThat(one.split).isNull();
    assertThat(AsItStands.build(h, one, jan).expenditures()).extracting(e -> e.memberId().orElse("-")).containsExactly("m2");
  }

  /** The members' insurance schemes stay in the household as it stands: the contribution subsidies read them. */
  @Test
  void theMembersInsuranceSchemesStayInTheHouseholdAsItStands() {
    Household h = new Household.Builder().id("d1").region(ZHUANGLANG).applicantId("m1")
        .addMembers(new Member.Builder().id("m1").relationship(Relationship.APPLICANT)
            .birthDate(LocalDate.of(1980, 5, 1)).hukouType(HukouType.RURAL).hukouRegion(ZHUANGLANG)
            .workStatus(WorkStatus.EMPLOYED).pensionScheme(org.jiuzhu.core.household.InsuranceScheme.EMPLOYEES)
            .medicalScheme(org.jiuzhu.core.household.InsuranceScheme.RESIDENTS).build())
        .addMembers(member("m2", Relationship.PARENT, LocalDate.of(1950, 3, 1), WorkStatus.RETIRED)).build();
    HouseholdState s = new HouseholdState("d1", true, true, false, 0, List.of("m1", "m2"), List.of());
    int jan = 2025 * 12;
    s.advance(jan);
    Household now = AsItStands.build(h, s, jan);
    assertThat(now.members().get(0).pensionScheme()).contains(org.jiuzhu.core.household.InsuranceScheme.EMPLOYEES);
    assertThat(now.members().get(0).medicalScheme()).contains(org.jiuzhu.core.household.InsuranceScheme.RESIDENTS);
    assertThat(now.members().get(1).pensionScheme()).isEqualTo(h.members().get(1).pensionScheme());
  }

  @Test
  void theCompactStateKeepsSignedIncomeItsCategoryAndTheLastAlertOfEachSeverity() {
    HouseholdState s = new HouseholdState("d1", true, true, false, 0, List.of("m1"), List.of());
    int jan = 2025 * 12;
    s.advance(jan);
    s.addIncome(jan, 250_000, IncomeCategory.WAGES);
    s.addIncome(jan, -300_000, IncomeCategory.BUSINESS_NET); // a business loss: the month is negative, its category the last one
    s.addMedical(jan, 12_345, 678, 0, 0L);
    s.advance(jan + 1);
    s.addIncome(jan + 1, 90_000, IncomeCategory.PROPERTY_NET);
    assertThat(s.income(HouseholdState.ring(jan))).isEqualTo(-50_000);
    assertThat(s.incomeCategory(HouseholdState.ring(jan))).isEqualTo(IncomeCategory.BUSINESS_NET);
    assertThat(s.income(HouseholdState.ring(jan + 1))).isEqualTo(90_000);
    assertThat(s.incomeCategory(HouseholdState.ring(jan + 1))).isEqualTo(IncomeCategory.PROPERTY_NET);
    assertThat(s.medicalYear()).isEqualTo(12_345);
    assertThat(s.assistanceYear()).isEqualTo(678);
    assertThat(s.incomeAverageBefore(jan + 2, 2)).isEqualTo(20_000);
    s.advance(jan + 12); // January leaves the 12-month window, February stays
    assertThat(s.income(HouseholdState.ring(jan + 12))).isZero();
    assertThat(s.incomeReported(jan + 1)).isTrue();
    assertThat(s.medicalYear()).isZero();
    for (int p = HouseholdState.DIBAO; p <= HouseholdState.RIGID; p++) {
      assertThat(s.since(p)).isEqualTo(HouseholdState.NONE);
      s.since(p, 20_000 + p);
    }
    assertThat(List.of(s.since(0), s.since(1), s.since(2), s.since(3))).containsExactly(20_000, 20_001, 20_002, 20_003);
    s.alerted(Severity.URGENT.ordinal(), jan, WarningRule.values().length - 1);
    s.alerted(Severity.NOTICE.ordinal(), jan + 1, 2);
    s.alerted(Severity.URGENT.ordinal(), jan + 2, 1);
    assertThat(s.lastAlert(Severity.NOTICE.ordinal())).isEqualTo(jan + 1);
    assertThat(s.lastAlert(Severity.WARNING.ordinal())).isEqualTo(HouseholdState.NONE);
    assertThat(s.lastAlert(Severity.URGENT.ordinal())).isEqualTo(jan + 2);
    assertThat(List.of(s.lastRule(0), s.lastRule(1), s.lastRule(2))).containsExactly(2, 0, 1);
  }

  private static Household.Builder oldMan() {
    return new Household.Builder().id("t1").region(ZHUANGLANG).applicantId("m1")
        .addMembers(member("m1", Relationship.APPLICANT, LocalDate.of(1944, 11, 20), WorkStatus.RETIRED));
  }

  /** The programmes an alert of {@code household} suggests after a hospital bill of {@code amount} for m1. */
  private static List<String> suggested(Household household, String amount) {
    Collect c = run(monitor(household), YearMonth.of(2025, 3), bill(household.id(), LocalDate.of(2025, 3, 5), amount, true));
    assertThat(c.alerts).isNotEmpty();
    Alert a = c.alerts.get(0);
    assertThat(a.screeningNote()).isEmpty();
    return a.programmes().stream().map(h -> h.programmeId() + (h.alreadyReceived() ? " (received)" : "")).toList();
  }

  @Test
  void anAlertSuggestsWhatAppliesToTheProgrammeTheHouseholdReceives() {
    // an old man on 特困 alone: the screening as it stands cannot confirm 特困 (no supporter facts) and finds 低保 —
    // but 特困 excludes 低保 (docs/rulebook.md, exclusion matrix): the alert suggests the 特困 review, never 低保
    Household tekun = oldMan().addCurrentBenefits(CurrentBenefit.of(CnRulebook.TEKUN, LocalDate.of(2024, 10, 1))).build();
    List<String> t = suggested(tekun, "30000");
    assertThat(t).first().isEqualTo(CnRulebook.TEKUN + " (received)");
    assertThat(t).doesNotContain(CnRulebook.DIBAO, CnRulebook.DIBAO_SINGLE, CnRulebook.MARGINAL, CnRulebook.RIGID)
        .contains("cn.medical.reimbursement");
    // the same man without 特困: the screening's 低保 is suggested
    Household none = oldMan().build();
    assertThat(suggested(none, "30000")).contains(CnRulebook.DIBAO).doesNotContain(CnRulebook.TEKUN + " (received)");
    // one member on 特困 of two: 低保 for the household stays possible (the 特困 member has no share), 单人户 for him is not
    Household part = oldMan().addMembers(member("m2", Relationship.SPOUSE, LocalDate.of(1946, 1, 1), WorkStatus.RETIRED))
        .addCurrentBenefits(new CurrentBenefit.Builder().programmeId(CnRulebook.TEKUN).since(LocalDate.of(2024, 10, 1))
            .memberId("m1").build()).build();
    List<String> p = suggested(part, "30000");
    assertThat(p).first().isEqualTo(CnRulebook.TEKUN + " (received)");
    assertThat(p).doesNotContain(CnRulebook.DIBAO_SINGLE);
    // a 低保 household: the 低保 review first, never 单人户, 低保边缘 or 刚性支出 beside it
    List<String> d = suggested(dibaoHousehold("d1"), "30000");
    assertThat(d).first().isEqualTo(CnRulebook.DIBAO + " (received)");
    assertThat(d).doesNotContain(CnRulebook.DIBAO_SINGLE, CnRulebook.MARGINAL, CnRulebook.RIGID);
  }

  @Test
  void reviewsAndVisitsComeDueOnWorkingDays() {
    Household rigid = new Household.Builder().id("r1").region(ZHUANGLANG).applicantId("m1")
        .addMembers(member("m1", Relationship.APPLICANT, LocalDate.of(1948, 5, 1), WorkStatus.RETIRED))
        .addCurrentBenefits(CurrentBenefit.of(CnRulebook.RIGID, LocalDate.of(2024, 10, 20)))
        .addCurrentBenefits(CurrentBenefit.of(CnRulebook.TEKUN, LocalDate.of(2024, 10, 1))).build();
    Monitor monitor = monitor(dibaoHousehold("d1"), rigid);
    monitor.track("d1", LocalDate.of(2025, 3, 1));
    monitor.track("r1", LocalDate.of(2025, 3, 1));
    // March feed: the window is April 2025. d1: 低保 since 2024-04-15, six-monthly (a working-age member)
    Collect mar = run(monitor, YearMonth.of(2025, 3));
    assertThat(mar.dues).extracting(Due::householdId, Due::kind, Due::date).containsExactly(
        org.assertj.core.groups.Tuple.tuple("d1", DueKind.PERIODIC_REVIEW, LocalDate.of(2025, 4, 15)));
    assertThat(mar.dues.get(0).basisEn()).isEqualTo("minimum living allowance since 15 April 2024, reviewed every 6 months");
    assertThat(mar.dues.get(0).basisZh()).isEqualTo("低保自2024年4月15日起，每 6 个月复核");
    // each household's calendar, whatever the window: the next of everything, on working days
    assertThat(monitor.schedule("r1", LocalDate.of(2025, 4, 1))).extracting(Due::kind, Due::date).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DueKind.VISIT, LocalDate.of(2025, 9, 1)),
        org.assertj.core.groups.Tuple.tuple(DueKind.PERIODIC_REVIEW, LocalDate.of(2025, 10, 9)),
        org.assertj.core.groups.Tuple.tuple(DueKind.RIGID_RECOGNITION_END, LocalDate.of(2025, 10, 20)));
    assertThat(monitor.schedule("nobody", LocalDate.of(2025, 4, 1))).isEmpty();
    Due far = monitor.schedule("d1", LocalDate.of(2027, 3, 1)).stream().filter(d -> d.kind() == DueKind.PERIODIC_REVIEW)
        .findFirst().orElseThrow();
    assertThat(far.date()).isEqualTo(LocalDate.of(2027, 4, 15));
    assertThat(far.basisEn()).endsWith("provisional: the holiday calendar does not cover 2027, so only weekends and the statutory"
        + " holidays on fixed dates (1 January, 1–2 May, 1–3 October) were skipped");
    assertThat(far.basisZh()).endsWith("；暂定日期：节假日日历未覆盖2027年，仅按周末和法定固定日期节日（1月1日，5月1日、5月2日，10月1日至10月3日）顺延");
    // a new job starts a 6-month gradual withdrawal for the 低保 household
    run(monitor, YearMonth.of(2025, 4), record("d1", RecordType.NEW_JOB, LocalDate.of(2025, 4, 10), "m1"));
    for (int m = 5; m <= 7; m++) {
      run(monitor, YearMonth.of(2025, m));
    }
    // green households are visited every 6 months, counted from when monitoring started (1 March)
    Collect aug = run(monitor, YearMonth.of(2025, 8));
    assertThat(aug.dues).extracting(Due::householdId, Due::kind, Due::date).containsExactly(
        org.assertj.core.groups.Tuple.tuple("d1", DueKind.VISIT, LocalDate.of(2025, 9, 1)),
        org.assertj.core.groups.Tuple.tuple("r1", DueKind.VISIT, LocalDate.of(2025, 9, 1)));
    // September feed: the window is October 2025, with the National Day holiday (1-8 October)
    Collect sep = run(monitor, YearMonth.of(2025, 9));
    assertThat(sep.dues).extracting(Due::householdId, Due::kind, Due::date).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("d1", DueKind.WITHDRAWAL_END, LocalDate.of(2025, 10, 10)),
        org.assertj.core.groups.Tuple.tuple("d1", DueKind.PERIODIC_REVIEW, LocalDate.of(2025, 10, 15)),
        org.assertj.core.groups.Tuple.tuple("r1", DueKind.PERIODIC_REVIEW, LocalDate.of(2025, 10, 9)),
        org.assertj.core.groups.Tuple.tuple("r1", DueKind.RIGID_RECOGNITION_END, LocalDate.of(2025, 10, 20)));
    Due tekun = sep.dues.stream().filter(d -> d.householdId().equals("r1") && d.kind() == DueKind.PERIODIC_REVIEW)
        .findFirst().orElseThrow();
    assertThat(tekun.basisEn()).isEqualTo("extreme-poverty support since 1 October 2024, reviewed every 12 months; 1 October 2025 is not a working day");
    assertThat(tekun.basisZh()).isEqualTo("特困供养自2024年10月1日起，每 12 个月复核；2025年10月1日非工作日，顺延");
  }

  @Test
  void aDistrictWithQuarterlyReviewsUsesItsOwnInterval() {
    RegionCode gongshu = RegionCode.parse("330105");
    Household h = new Household.Builder().id("g1").region(gongshu).applicantId("m1")
        .addMembers(new Member.Builder().id("m1").relationship(Relationship.APPLICANT).birthDate(LocalDate.of(1985, 1, 1))
            .hukouType(HukouType.URBAN).hukouRegion(gongshu).workStatus(WorkStatus.UNEMPLOYED).build())
        .addCurrentBenefits(CurrentBenefit.of(CnRulebook.DIBAO, LocalDate.of(2025, 1, 6))).build();
    Monitor monitor = Monitor.create(POLICY, gongshu, HouseholdRegister.of(List.of(h)));
    monitor.track("g1", LocalDate.of(2025, 3, 1));
    Collect mar = run(monitor, YearMonth.of(2025, 3));
    assertThat(mar.dues).extracting(Due::kind, Due::date).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DueKind.PERIODIC_REVIEW, LocalDate.of(2025, 4, 7)));
  }

  @Test
  void alertsNameTheProgrammesTheHouseholdNowProbablyQualifiesFor() {
    Household h = new Household.Builder().id("p1").region(ZHUANGLANG).applicantId("m1")
        .addMembers(member("m1", Relationship.APPLICANT, LocalDate.of(1970, 5, 1), WorkStatus.EMPLOYED))
        .addMembers(member("m2", Relationship.SPOUSE, LocalDate.of(1972, 3, 1), WorkStatus.NOT_WORKING)).build();
    Monitor monitor = monitor(h);
    for (int m = 1; m <= 5; m++) {
      run(monitor, YearMonth.of(2025, m), income("p1", YearMonth.of(2025, m), "1000"));
    }
    MonthlyRecord lost = new MonthlyRecord.Builder().householdId("p1").type(RecordType.JOB_LOSS)
        .date(LocalDate.of(2025, 6, 2)).memberId("m1").amount(Money.parse("1000")).build();
    Collect jun = run(monitor, YearMonth.of(2025, 6), lost, income("p1", YearMonth.of(2025, 6), "0"));
    assertThat(jun.alerts).hasSize(1);
    Alert a = jun.alerts.get(0);
    assertThat(a.screened()).isTrue();
    // Gansu averages 12 months: 5 x 1,000 / 12 / 2 people = 208.33 a person, below Zhuanglang's 570
    assertThat(a.programmes()).extracting(ProgrammeHint::programmeId).contains(CnRulebook.DIBAO);
    assertThat(a.programmes()).allMatch(p -> !p.alreadyReceived());
  }

  @Test
  void monthsRunInOrderAndRecordsOutsideTheMonthAreRejected() {
    Monitor monitor = monitor();
    Collect mar = run(monitor, YearMonth.of(2025, 3), bill("x1", LocalDate.of(2025, 4, 1), "1.00", false));
    assertThat(mar.rejected).extracting(Problem::message)
        .containsExactly("date 2025-04-01 is outside the feed's month 2025-03; expected a date in 2025-03");
    assertThat(mar.rejected).extracting(p -> p.message(org.jiuzhu.core.text.Lang.ZH))
        .containsExactly("日期 2025-04-01 不在本期数据的月份 2025-03 内，应为 2025-03 内的日期");
    assertThat(monitor.households()).isZero();
    assertThatThrownBy(() -> run(monitor, YearMonth.of(2025, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("month 2025-03 is not after the last month processed, 2025-03; months are processed in order, each once");
    // December 2026: its deadlines fall in 2027, which the calendar does not cover; processed, not refused
    assertThat(run(monitor, YearMonth.of(2026, 12)).rejected).isEmpty();
    assertThatThrownBy(() -> Monitor.create(POLICY, RegionCode.parse("110101"), HouseholdRegister.empty()))
        .isInstanceOf(UnknownRegionException.class).hasMessageContaining("unknown region 110101");
  }

  @Test
  void aSeverityOutOfRangeIsRefusedWhenThePolicyFileIsLoadedNamingFileKeyValueAndRange(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("bad.yaml");
    java.nio.file.Files.writeString(file, String.join("\n",
        "format: jiuzhu-policy/1",
        "module: test.bad",
        "parameters:",
        "  - key: monitoring.severity.death",
        "    region: \"620825\"",
        "    unit: count",
        "    reference: test",
        "    status: illustrative",
        "    note: an impossible severity",
        "    values:",
        "      - from: 2025-01-01",
        "        value: 4",
        "  - key: monitoring.colour.red.min-severity",
        "    region: \"620825\"",
        "    unit: count",
        "    reference: test",
        "    status: illustrative",
        "    values:",
        "      - from: 2025-01-01",
        "        value: 0",
        ""));
    // refused at load (what check-policy and --policy report), before any monitor runs
    assertThatThrownBy(() -> org.jiuzhu.rules.policyfile.PolicyFileModule.fromFiles("test",
        org.jiuzhu.rules.cn.CnParameters.catalog(), List.of(file)))
        .isInstanceOf(org.jiuzhu.rules.policyfile.PolicyFileException.class)
        .satisfies(e -> {
          org.jiuzhu.rules.policyfile.PolicyFileException p = (org.jiuzhu.rules.policyfile.PolicyFileException) e;
          assertThat(p.problems()).extracting(x -> x.toString(org.jiuzhu.core.text.Lang.EN)).containsExactly(
              file + ":11: monitoring.severity.death: value 4 is out of range: expected 1 to 3 (both included)",
              file + ":19: monitoring.colour.red.min-severity: value 0 is out of range: expected 1 to 3 (both included)");
          assertThat(p.problems()).extracting(x -> x.toString(org.jiuzhu.core.text.Lang.ZH)).containsExactly(
              file + ":11: monitoring.severity.death: 取值 4 超出有效范围：应在 1 至 3 之间（含两端）",
              file + ":19: monitoring.colour.red.min-severity: 取值 0 超出有效范围：应在 1 至 3 之间（含两端）");
        });
  }

  @Test
  void aSeverityOutOfRangeInAPolicyBuiltInCodeIsRefusedWhenTheMonitorRunsNamingKeyRegionAndDate() {
    org.jiuzhu.core.policy.ParameterValue four = org.jiuzhu.core.policy.ParameterValue
        .builder(MonitoringParameters.SEVERITY.get(WarningRule.DEATH)).region(ZHUANGLANG)
        .effective(org.jiuzhu.core.time.DateRange.from(LocalDate.of(2025, 1, 1))).value(4).legalReference("test")
        .status(org.jiuzhu.core.policy.ParameterStatus.ILLUSTRATIVE).build();
    Policy bad = POLICY.toBuilder().override(new org.jiuzhu.core.policy.PolicyModule() {
      @Override
      public String id() {
        return "test.in-code";
      }

      @Override
      public List<org.jiuzhu.core.region.Region> regions() {
        return List.of();
      }

      @Override
      public List<org.jiuzhu.core.policy.ParameterValue> values() {
        return List.of(four);
      }
    }).build();
    Monitor monitor = Monitor.create(bad, ZHUANGLANG, HouseholdRegister.empty());
    assertThatThrownBy(() -> monitor.begin(YearMonth.of(2025, 3), new Collect()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter monitoring.severity.death is 4 for region 620825 on 2025-04-01;"
            + " expected 1 (notice), 2 (warning) or 3 (urgent)");
  }

  @Test
  void aRecordOfAMemberTheRegisteredHouseholdDoesNotHaveIsRejectedWhateverItsTypeAndChangesNothing() {
    Monitor monitor = monitor(dibaoHousehold("d1"));
    YearMonth march = YearMonth.of(2025, 3);
    LocalDate day = LocalDate.of(2025, 3, 2);
    MonthlyRecord.Builder b = new MonthlyRecord.Builder().householdId("d1").date(day).memberId("m9");
    List<MonthlyRecord> strangers = List.of(
        b.type(RecordType.DEATH).build(),
        new MonthlyRecord.Builder().householdId("d1").type(RecordType.MEDICAL_BILL).date(day).memberId("m7")
            .amount(Money.parse("30000")).inpatient(true).build(),
        new MonthlyRecord.Builder().householdId("d1").type(RecordType.INCOME).date(day).memberId("m7")
            .amount(Money.parse("100")).incomeCategory(IncomeCategory.WAGES).build(),
        new MonthlyRecord.Builder().householdId("d1").type(RecordType.DISABILITY).date(day).memberId("m7")
            .disability(Disability.of(DisabilityCategory.VISUAL, 1)).build(),
        new MonthlyRecord.Builder().householdId("d1").type(RecordType.DIAGNOSIS).date(day).memberId("m7")
            .illness(new Illness.Builder().description("x").major(true).build()).build(),
        record("d1", RecordType.JOB_LOSS, day, "m7"),
        record("d1", RecordType.NEW_JOB, day, "m7"));
    Collect c = new Collect();
    monitor.process(march, strangers, c);
    assertThat(c.alerts).isEmpty();
    assertThat(c.changes).isEmpty();
    assertThat(c.rejected).hasSize(strangers.size()).allSatisfy(p -> {
      assertThat(p.path()).isEqualTo("member");
      assertThat(p.code()).isEqualTo("record.member.unknown");
    });
    assertThat(c.rejected.get(0).message()).isEqualTo("member m9 is not in the household; members are m1, m2");
    assertThat(c.rejected.get(0).message(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("成员 m9 不在本家庭中；成员为 m1、m2");
    // not even seen: the household's first record was rejected
    assertThat(monitor.households()).isZero();

    // the household's own members still count, and a stranger later changes nothing either
    Collect april = run(monitor, YearMonth.of(2025, 4), record("d1", RecordType.DEATH, LocalDate.of(2025, 4, 3), "m2"),
        record("d1", RecordType.DEATH, LocalDate.of(2025, 4, 4), "m3"));
    assertThat(april.alerts).extracting(Alert::rule).containsExactly(WarningRule.DEATH);
    assertThat(april.alerts.get(0).evidence().actualEn()).contains("m2");
    assertThat(april.rejected).extracting(Problem::message).containsExactly("member m3 is not in the household; members are m1, m2");
  }

  @Test
  void aHouseholdTheRegisterDoesNotHaveIsRejectedByItsIdMaskedWhenItIsAnIdNumber() {
    Monitor monitor = monitor(dibaoHousehold("d1"));
    monitor.track("t1", LocalDate.of(2025, 3, 1)); // tracked: monitored, though not registered
    List<MonthlyRecord> records = List.of(record("x9", RecordType.DEATH, LocalDate.of(2025, 3, 9), "m9"),
        bill("620825196503120017", LocalDate.of(2025, 3, 10), "30000.00", true),
        record("x8", RecordType.DISASTER, LocalDate.of(2025, 3, 11), null),
        record("t1", RecordType.DISASTER, LocalDate.of(2025, 3, 12), null));
    Collect c = new Collect();
    MonthSummary s = monitor.process(YearMonth.of(2025, 3), records, c);
    assertThat(c.rejected).hasSize(3).allSatisfy(p -> {
      assertThat(p.path()).isEqualTo("household");
      assertThat(p.code()).isEqualTo("record.household.unknown");
    });
    assertThat(c.rejected.get(0).message()).isEqualTo("household x9 is not in the register; expected the id of a household being monitored");
    assertThat(c.rejected.get(0).message(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("住户 x9 不在登记册中；应为登记册中受监测住户的编号");
    // a register keyed by the applicant's ID number: never in clear in a rejection
    assertThat(c.rejected.get(1).message()).isEqualTo("household 620825********0017 is not in the register; expected the id of a"
        + " household being monitored");
    assertThat(c.rejected.get(1).message(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("住户 620825********0017 不在登记册中；应为登记册中受监测住户的编号");
    // nothing of them is kept: no alert, no colour, not even their first sight; the tracked household's record counts
    assertThat(c.alerts).extracting(Alert::householdId).containsExactly("t1");
    assertThat(c.changes).extracting(ColourChange::householdId).containsExactly("t1");
    assertThat(s.rejected()).isEqualTo(3);
    assertThat(s.records()).isEqualTo(1);
    assertThat(monitor.colour("x9")).isEmpty();
    assertThat(monitor.colour("x8")).isEmpty();
  }

  @Test
  void withoutARegisterOrWithOneNotCompleteAnyHouseholdWarnsUnscreenedWithItsMembersUnchecked() {
    for (Monitor monitor : List.of(monitor(), partial(dibaoHousehold("d1")))) {
      Collect c = run(monitor, YearMonth.of(2025, 3), record("x9", RecordType.DEATH, LocalDate.of(2025, 3, 9), "m9"));
      assertThat(c.rejected).isEmpty();
      assertThat(c.alerts).singleElement().satisfies(a -> {
        assertThat(a.screened()).isFalse();
        assertThat(a.screeningNote()).contains("household not in the register");
        assertThat(a.screeningNoteZh()).contains("登记册中无此户");
      });
    }
  }

  @Test
  void whenTheApplicantDiesTheAlertSaysWhyItWasNotScreened() {
    Monitor monitor = monitor(dibaoHousehold("d1"));
    Collect c = run(monitor, YearMonth.of(2025, 3), record("d1", RecordType.DEATH, LocalDate.of(2025, 3, 9), "m1"));
    assertThat(c.alerts).singleElement().satisfies(a -> {
      assertThat(a.screened()).isFalse();
      assertThat(a.screeningNote()).hasValueSatisfying(n -> assertThat(n).startsWith("the applicant (m1) died"));
    });
  }

  @Test
  void seededFeedsGiveOnlyScreenableHouseholdsWorkingDayDuesAndTheSameResultsTwice() {
    org.jiuzhu.rules.synthetic.MonitoringFeedGenerator feed = new org.jiuzhu.rules.synthetic.MonitoringFeedGenerator(
        20251130L, 3_000, List.of(ZHUANGLANG, RegionCode.parse("330105")), LocalDate.of(2025, 1, 1));
    org.jiuzhu.core.time.HolidayCalendar calendar = org.jiuzhu.rules.calendar.HolidayCalendars.national();
    List<String> first = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      Monitor monitor = Monitor.create(POLICY, ZHUANGLANG, feed::household);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < feed.households(); i++) {
        ids.add(org.jiuzhu.rules.synthetic.MonitoringFeedGenerator.id(i));
      }
      monitor.trackAll(ids, LocalDate.of(2025, 1, 1));
      List<String> seen = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        YearMonth month = YearMonth.of(2025, m);
        Collect c = new Collect();
        Monitor.MonthRun run = monitor.begin(month, c);
        feed.month(month, run::accept);
        MonthSummary summary = run.finish();
        LocalDate windowStart = month.plusMonths(1).atDay(1);
        for (Alert a : c.alerts) {
          assertThat(a.screeningNote()).as("seed 20251130, %s", a).satisfiesAnyOf(
              n -> assertThat(n).isEmpty(),
              n -> assertThat(n.get()).startsWith("the applicant"),
              n -> assertThat(n.get()).startsWith("a member who died owned assets"));
          assertThat(calendar.isWorkingDay(a.visitBy())).isTrue();
          seen.add(a.householdId() + " " + a.rule() + " " + a.evidence().actualEn() + " " + a.programmes());
        }
        for (Due d : c.dues) {
          assertThat(calendar.isWorkingDay(d.date())).as("%s", d).isTrue();
          assertThat(d.date()).isAfterOrEqualTo(windowStart);
          seen.add(d.toString());
        }
        c.changes.forEach(x -> seen.add(x.toString()));
        assertThat(summary.rejected()).isZero();
        assertThat(summary.green() + summary.orange() + summary.red()).isEqualTo(3_000);
      }
      if (round == 0) {
        first.addAll(seen);
        assertThat(first).isNotEmpty();
      } else {
        assertThat(seen).isEqualTo(first);
      }
    }
  }

  /** A new user's register of households of a region the policy does not know: alerts said only 未筛查：筛查失败. */
  @Test
  void anAlertThatCannotBeScreenedNamesWhyInEachLanguage() {
    RegionCode dongcheng = RegionCode.parse("110101");
    Household h = new Household.Builder().id("b1").region(dongcheng).applicantId("m1")
        .addMembers(new Member.Builder().id("m1").relationship(Relationship.APPLICANT).birthDate(LocalDate.of(1980, 5, 1))
            .hukouType(HukouType.URBAN).hukouRegion(dongcheng).workStatus(WorkStatus.EMPLOYED).build())
        .build();
    Collect c = run(monitor(h), YearMonth.of(2025, 3), bill("b1", LocalDate.of(2025, 3, 3), "20000.00", true));
    Alert a = c.alerts(WarningRule.HOSPITAL_STAY).get(0);
    assertThat(a.screened()).isFalse();
    assertThat(a.screeningNoteZh().orElseThrow()).startsWith("筛查失败：未知地区 110101").doesNotContainPattern("[A-Za-z]{3,}");
    assertThat(a.screeningNote().orElseThrow()).startsWith("screening failed: unknown region 110101 on 1 April 2025: no policy declares it")
        .doesNotContainPattern("\\p{IsHan}(?![^()]*\\))");

    // a region declared without the values the rules need: the parameter, the region and where it was looked for
    RegionCode nanshan = RegionCode.parse("440305");
    Policy declared = declaredWithoutValues(nanshan);
    Household n = employedHousehold("n1", nanshan);
    Collect m = run(Monitor.create(declared, ZHUANGLANG, HouseholdRegister.of(List.of(n))), YearMonth.of(2025, 3),
        bill("n1", LocalDate.of(2025, 3, 3), "20000.00", true));
    Alert b = m.alerts(WarningRule.HOSPITAL_STAY).get(0);
    // the parameter by its label (and its id), the region, the date in words, where it was looked for
    assertThat(b.screeningNoteZh().orElseThrow()).startsWith("筛查失败：440305 南山区在2025年4月1日没有生效的“")
        .contains("（dibao.income.reference-months）取值").contains("已依次查找 440305 → 440300 → 440000 → 全国");
    assertThat(b.screeningNote().orElseThrow()).startsWith("screening failed: no value of '")
        .contains("' (dibao.income.reference-months) is in force for region 440305 Nanshan District on 1 April 2025")
        .contains("searched 440305 → 440300 → 440000 → national");
  }

  /** Monitoring screens its alerted households on the batch path: the same alerts, hints and notes as one household at a time. */
  @Test
  void screeningOnTheBatchGivesTheSameAlertsAsScreeningEachHouseholdOnItsOwn() {
    org.jiuzhu.rules.synthetic.MonitoringFeedGenerator feed = new org.jiuzhu.rules.synthetic.MonitoringFeedGenerator(
        20251208L, 3_000, List.of(ZHUANGLANG, RegionCode.parse("330105")), LocalDate.of(2025, 1, 1));
    List<List<String>> both = new ArrayList<>();
    for (boolean batch : new boolean[] {true, false}) {
      Monitor monitor = Monitor.create(POLICY, ZHUANGLANG, feed::household);
      monitor.batchScreening = batch;
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < feed.households(); i++) {
        ids.add(org.jiuzhu.rules.synthetic.MonitoringFeedGenerator.id(i));
      }
      monitor.trackAll(ids, LocalDate.of(2025, 1, 1));
      List<String> seen = new ArrayList<>();
      for (int m = 1; m <= 6; m++) {
        Collect c = new Collect();
        Monitor.MonthRun run = monitor.begin(YearMonth.of(2025, m), c);
        feed.month(YearMonth.of(2025, m), run::accept);
        run.finish();
        for (Alert a : c.alerts) {
          seen.add(a.householdId() + " " + a.rule() + " " + a.programmes() + " " + a.screeningNote() + " " + a.screeningNoteZh());
        }
      }
      both.add(seen);
    }
    assertThat(both.get(0)).hasSizeGreaterThan(SCREEN_CHUNK_FLOOR);
    // households granted something as they now stand, and some screened on the batch's own columns (no bills)
    assertThat(both.get(0)).anyMatch(x -> x.contains("cn.dibao"));
    assertThat(both.get(0)).isEqualTo(both.get(1));
  }

  /** More alerts than one batch holds, so that several chunks are screened. */
  private static final int SCREEN_CHUNK_FLOOR = Monitor.SCREEN_CHUNK * 2;

  /** A household whose region lacks a value in force gets its note; the others screened beside it get their hints. */
  @Test
  void aHouseholdThatCannotBeScreenedDoesNotStopTheOthersScreenedWithIt() {
    RegionCode nanshan = RegionCode.parse("440305");
    Policy declared = declaredWithoutValues(nanshan);
    Household n = employedHousehold("n1", nanshan);
    Collect c = run(Monitor.create(declared, ZHUANGLANG, HouseholdRegister.of(List.of(dibaoHousehold("d1"), n))),
        YearMonth.of(2025, 3), record("d1", RecordType.DEATH, LocalDate.of(2025, 3, 9), "m2"),
        bill("n1", LocalDate.of(2025, 3, 3), "20000.00", true));
    assertThat(c.alerts).filteredOn(a -> a.householdId().equals("n1")).isNotEmpty()
        .allSatisfy(a -> assertThat(a.screeningNote().orElseThrow()).startsWith("screening failed: no value of '"));
    assertThat(c.alerts).filteredOn(a -> a.householdId().equals("d1")).isNotEmpty()
        .allSatisfy(a -> assertThat(a.screened()).isTrue())
        .anySatisfy(a -> assertThat(a.programmes()).isNotEmpty());
  }

  /**
   * Each household is judged by its own region's thresholds: a prefecture's monitor applies a county's
   * own value to that county's households and the prefecture's to the others.
   */
  @Test
  void eachHouseholdIsJudgedByItsOwnRegionsThresholds() {
    RegionCode pingliang = RegionCode.parse("620800");
    org.jiuzhu.core.policy.ParameterValue countyMinLoss = org.jiuzhu.core.policy.ParameterValue.builder(MonitoringParameters.DISASTER_MIN_LOSS)
        .region(ZHUANGLANG).effective(org.jiuzhu.core.time.DateRange.from(LocalDate.of(2021, 1, 1))).value(Money.parse("5000"))
        .legalReference("test").status(org.jiuzhu.core.policy.ParameterStatus.ILLUSTRATIVE).origin("test:620825").build();
    Policy policy = POLICY.toBuilder().override(new org.jiuzhu.core.policy.PolicyModule() {
      @Override
      public String id() {
        return "county-threshold";
      }

      @Override
      public List<org.jiuzhu.core.region.Region> regions() {
        return List.of();
      }

      @Override
      public List<org.jiuzhu.core.policy.ParameterValue> values() {
        return List.of(countyMinLoss);
      }
    }).build();
    Household county = dibaoHousehold("d1");
    Household prefecture = dibaoHousehold("p1", pingliang);
    MonthlyRecord[] disasters = {
        new MonthlyRecord.Builder().householdId("d1").type(RecordType.DISASTER).date(LocalDate.of(2025, 3, 20)).amount(Money.parse("3000")).build(),
        new MonthlyRecord.Builder().householdId("p1").type(RecordType.DISASTER).date(LocalDate.of(2025, 3, 20)).amount(Money.parse("3000")).build()};
    Collect c = run(Monitor.create(policy, pingliang, HouseholdRegister.of(List.of(county, prefecture))), YearMonth.of(2025, 3), disasters);
    // 3,000 yuan: below Zhuanglang's own 5,000, above the prefecture's (national) 0
    assertThat(c.alerts).extracting(Alert::householdId).containsExactly("p1");
    // the county's monitor: the county's value for its household, the prefecture's for the prefecture's
    Collect d = run(Monitor.create(policy, ZHUANGLANG, HouseholdRegister.of(List.of(county, prefecture))), YearMonth.of(2025, 3), disasters);
    assertThat(d.alerts).extracting(Alert::householdId).containsExactly("p1");
    // without the county's value both warn
    Collect e = run(Monitor.create(POLICY, pingliang, HouseholdRegister.of(List.of(county, prefecture))), YearMonth.of(2025, 3), disasters);
    assertThat(e.alerts).extracting(Alert::householdId).containsExactlyInAnyOrder("d1", "p1");
  }

  /** The policy with {@code region} declared (南山区) and no value of its own: the rules then lack values there. */
  private static Policy declaredWithoutValues(RegionCode region) {
    return POLICY.toBuilder().override(new org.jiuzhu.core.policy.PolicyModule() {
      @Override
      public String id() {
        return "nanshan";
      }

      @Override
      public List<org.jiuzhu.core.region.Region> regions() {
        return List.of(org.jiuzhu.core.region.Region.of(region, "南山区", "Nanshan District"));
      }

      @Override
      public List<org.jiuzhu.core.policy.ParameterValue> values() {
        return List.of();
      }
    }).build();
  }

  /** A household of one employed urban member in {@code region}. */
  private static Household employedHousehold(String id, RegionCode region) {
    return new Household.Builder().id(id).region(region).applicantId("m1")
        .addMembers(new Member.Builder().id("m1").relationship(Relationship.APPLICANT).birthDate(LocalDate.of(1980, 5, 1))
            .hukouType(HukouType.URBAN).hukouRegion(region).workStatus(WorkStatus.EMPLOYED).build())
        .build();
  }
}
