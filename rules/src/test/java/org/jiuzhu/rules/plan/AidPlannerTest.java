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

  /** A 低保 household in its gradual withdrawal (渐退): the father found work on 1 June 2025; the trial's household. */
  private static final String WITHDRAWAL = """
      {"id":"h4-withdrawal","region":"620825","applicant":"m1",
       "members":[{"id":"m1","relationship":"APPLICANT","birthDate":"1985-08-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"EMPLOYED"},
                  {"id":"m2","relationship":"CHILD","birthDate":"2014-01-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"STUDENT","schooling":"PRIMARY"}],
       "incomes":[{"member":"m1","category":"WAGES","months":{"from":"2025-06","to":"2025-09"},"gross":"3500","tags":["NEW_JOB"]}],
       "events":[{"date":"2025-06-01","type":"NEW_JOB","member":"m1"}],
       "currentBenefits":[{"programme":"cn.dibao","since":"2024-03-01"}]}
      """;

  @Test
  void aPlanInAGradualWithdrawalIsReviewedWhenTheWithdrawalEndsAndTheEndIsAReviewItem() throws Exception {
    Policy policy = Policy.installed();
    Household h = HouseholdReader.fromJsonLine("h4-withdrawal.json", WITHDRAWAL.replace("\n", ""));
    AidPlan plan = new AidPlanner(policy).plan(h, new CatalogueScreener(CnRulebook.create(policy), Catalogue.cn()).screen(h, DATE), DATE);
    PlanItem dibao = item(plan, "Minimum living allowance");
    assertThat(dibao.end()).contains(LocalDate.of(2025, 12, 1)); // 渐退 ends on 30 November
    // no item is reviewed after the first end or review of what the items rest on (the 低保 review of 1 December)
    for (PlanItem i : plan.items()) {
      assertThat(i.review()).as(i.id()).isEqualTo(LocalDate.of(2025, 12, 1));
      assertThat(i.end().map(e -> !i.review().isAfter(e)).orElse(true)).as(i.id()).isTrue();
    }
    // the yearly education subsidy would fall due on 31 December 2025 (the day before the plan's
    // ordinary review of 1 January 2026), after the withdrawal ends: not promised, decided at the review
    PlanItem subsidy = item(plan, "Living subsidy for pupils");
    assertThat(subsidy.type()).isEqualTo(ItemType.PENDING);
    assertThat(subsidy.amount()).isEqualTo(Money.parse("1250.00"));
    assertThat(subsidy.expectedBy(LocalDate.of(2026, 6, 1))).isEqualTo(1); // one decision, no payment
    // the end of 渐退: who reviews the household, and by when
    PlanItem review = item(plan, "Review at the end of the gradual withdrawal");
    assertThat(review.type()).isEqualTo(ItemType.PENDING);
    assertThat(review.programmeId()).contains(CnRulebook.DIBAO);
    assertThat(review.department()).isEqualTo("civil-affairs");
    assertThat(review.level()).contains(org.jiuzhu.core.eligibility.DecisionLevel.COUNTY);
    assertThat(review.members()).containsExactly("m1", "m2");
    assertThat(review.firstDue()).isEqualTo(LocalDate.of(2025, 11, 30));
    assertThat(review.review()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(review.titleZh()).isEqualTo("渐退期满复核：最低生活保障");
    assertThat(review.targetZh()).isEqualTo("渐退期至2025年11月30日止：由县级民政部门复核家庭经济状况（最迟于2025年12月1日），决定是否继续给予最低生活保障。");
    assertThat(review.targetEn()).isEqualTo("the gradual withdrawal ends on 30 November 2025: the county civil-affairs bureau reviews the"
        + " household's means (1 December 2025 at the latest) and decides whether Minimum living allowance continues.");
  }

  private static AidPlan withdrawalPlan(LocalDate date) {
    Policy policy = Policy.installed();
    Household h = HouseholdReader.fromJsonLine("h4-withdrawal.json", WITHDRAWAL.replace("\n", ""));
    return new AidPlanner(policy).plan(h, new CatalogueScreener(CnRulebook.create(policy), Catalogue.cn()).screen(h, date), date);
  }

  @Test
  void aYearlyPaymentDueOnTheLastDayOfTheWithdrawalIsPaidThen() {
    // plan of 1 September 2025: reviewed (3 months) on 1 December, so the year falls due on 30 November,
    // the last day of the withdrawal (the father found work on 1 June: 6 months)
    AidPlan plan = withdrawalPlan(LocalDate.of(2025, 9, 1));
    PlanItem subsidy = item(plan, "Living subsidy for pupils");
    assertThat(subsidy.type()).isEqualTo(ItemType.CASH);
    assertThat(subsidy.frequency()).isEqualTo(Frequency.YEARLY);
    assertThat(subsidy.end()).contains(LocalDate.of(2025, 12, 1));
    assertThat(subsidy.firstDue()).isEqualTo(LocalDate.of(2025, 11, 30));
    assertThat(subsidy.expectedBy(LocalDate.of(2025, 11, 29))).isZero();
    assertThat(subsidy.expectedBy(LocalDate.of(2025, 11, 30))).isEqualTo(1);
    assertThat(item(plan, "Winter heating subsidy").type()).isEqualTo(ItemType.CASH);
  }

  @Test
  void aYearlyPaymentDueOneDayAfterTheWithdrawalIsNotPromisedButDecidedAtTheReview() {
    // plan of 2 September 2025: the year would fall due on 1 December, the day after the withdrawal's last day
    AidPlan plan = withdrawalPlan(LocalDate.of(2025, 9, 2));
    PlanItem subsidy = item(plan, "Living subsidy for pupils");
    assertThat(subsidy.type()).isEqualTo(ItemType.PENDING);
    assertThat(subsidy.programmeId()).contains("cn.education.compulsory-living-subsidy");
    assertThat(subsidy.department()).isEqualTo("education");
    assertThat(subsidy.members()).containsExactly("m2");
    assertThat(subsidy.amount()).isEqualTo(Money.parse("1250.00"));
    assertThat(subsidy.level()).contains(org.jiuzhu.core.eligibility.DecisionLevel.COUNTY);
    assertThat(subsidy.firstDue()).isEqualTo(LocalDate.of(2025, 11, 30)); // decided by the withdrawal's last day
    assertThat(subsidy.review()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(subsidy.titleZh()).isEqualTo("义务教育家庭经济困难学生生活补助（待所依据的项目期满复核后决定）");
    assertThat(subsidy.targetZh()).isEqualTo("本年度 1,250.00 元应于2025年12月1日发放，晚于其所依据的最低生活保障的终止（2025年11月30日为最后一天）："
        + "由县级民政部门复核后决定继续给予最低生活保障的，方予发放；此前不承诺发放。");
    assertThat(subsidy.targetEn()).isEqualTo("the year's 1,250.00 yuan would fall due on 1 December 2025, after Minimum living allowance,"
        + " which it rests on, ends (30 November 2025 is its last day): it is paid only if the county civil-affairs bureau continues"
        + " Minimum living allowance at that review; no payment is promised before then.");
    // no item of the plan promises a payment after the 低保 it rests on ends
    for (PlanItem i : plan.items()) {
      if (i.type() == ItemType.CASH && i.end().isPresent()) {
        assertThat(i.firstDue()).as(i.id()).isBefore(i.end().get());
        assertThat(i.frequency() != Frequency.YEARLY || !i.review().isAfter(i.end().get())).as(i.id()).isTrue();
      }
    }
    // the monthly 低保 itself is paid to its last month
    assertThat(item(plan, "Minimum living allowance").type()).isEqualTo(ItemType.CASH);
  }

  @Test
  void aPlanOfTheWithdrawalsLastDaysPromisesNothingThatWouldStartAfterIt() {
    // 29 November 2025: 低保 applies from the next month, but the withdrawal ends on 30 November; before, every
    // item ran from 1 December without an end
    AidPlan plan = withdrawalPlan(LocalDate.of(2025, 11, 29));
    assertThat(plan.items()).noneMatch(i -> i.type() != ItemType.PENDING);
    // 低保 itself is decided by the withdrawal's review, not repeated as an item of its own
    assertThat(plan.items()).filteredOn(i -> i.programmeId().filter(CnRulebook.DIBAO::equals).isPresent()).hasSize(1)
        .allMatch(i -> i.titleEn().startsWith("Review at the end of the gradual withdrawal"));
    PlanItem electricity = item(plan, "Free electricity");
    assertThat(electricity.review()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(electricity.targetZh()).isEqualTo("本项目自2025年12月1日起才开始，而其所依据的最低生活保障在此之前终止（2025年11月30日为最后一天）："
        + "由县级民政部门复核后决定继续给予最低生活保障的，方予提供；此前不承诺提供。");
    assertThat(item(plan, "Living subsidy for pupils").amount()).isEqualTo(Money.parse("1250.00"));
    // every need still has its measure
    assertThat(plan.measures()).allSatisfy(m -> assertThat(m.itemIds().isEmpty() ? m.noMeasureEn() : java.util.Optional.of("x")).isPresent());
  }

  /** A child out of school in a 低保 household under gradual withdrawal: the planner's own subsidy once back in school. */
  private static AidPlan outOfSchoolPlan(LocalDate date) {
    Policy policy = Policy.installed();
    Household h = HouseholdReader.fromJsonLine("h5.json", WITHDRAWAL.replace("\n", "")
        .replace("\"birthDate\":\"2014-01-01\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"620825\",\"workStatus\":\"STUDENT\",\"schooling\":\"PRIMARY\"",
            "\"birthDate\":\"2015-01-01\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"620825\",\"workStatus\":\"NOT_WORKING\",\"schooling\":\"NONE\"")
        .replace("\"to\":\"2025-09\"", "\"to\":\"2025-08\""));
    return new AidPlanner(policy).plan(h, new CatalogueScreener(CnRulebook.create(policy), Catalogue.cn()).screen(h, date), date);
  }

  @Test
  void theSubsidyOfAChildBackInSchoolFollowsTheSameRuleAtTheWithdrawalsEnd() {
    PlanItem paid = item(outOfSchoolPlan(LocalDate.of(2025, 9, 1)), "Living subsidy for compulsory education, paid once");
    assertThat(paid.type()).isEqualTo(ItemType.CASH);
    assertThat(paid.end()).contains(LocalDate.of(2025, 12, 1));
    assertThat(paid.firstDue()).isEqualTo(LocalDate.of(2025, 11, 30));
    PlanItem decided = item(outOfSchoolPlan(LocalDate.of(2025, 9, 2)), "Living subsidy for compulsory education, paid once");
    assertThat(decided.type()).isEqualTo(ItemType.PENDING);
    assertThat(decided.review()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(decided.targetEn()).startsWith("the year's 1,250.00 yuan would fall due on 1 December 2025, after Minimum living allowance");
  }

  @Test
  void everyNeedOfEveryExampleHouseholdHasAMeasureOrASaidReason() throws Exception {
    List<Path> files;
    try (var s = java.nio.file.Files.list(HOUSEHOLDS)) {
      files = s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    int needs = 0;
    for (Path p : files) {
      AidPlan plan = plan(p.getFileName().toString());
      for (Need n : plan.needs()) {
        needs++;
        List<org.jiuzhu.core.plan.NeedMeasure> ms = plan.measures().stream().filter(m -> m.need() == n).toList();
        assertThat(ms).as("%s: need %s", p.getFileName(), n).hasSize(1);
        org.jiuzhu.core.plan.NeedMeasure m = ms.get(0);
        // either items that exist in the plan, or a reason in both languages why no measure is available
        if (m.itemIds().isEmpty()) {
          assertThat(m.noMeasureZh()).as("%s: need %s", p.getFileName(), n).isPresent();
          assertThat(m.noMeasureEn()).as("%s: need %s", p.getFileName(), n).isPresent();
        } else {
          assertThat(plan.items().stream().map(PlanItem::id).toList()).containsAll(m.itemIds());
        }
      }
    }
    assertThat(needs).isGreaterThan(files.size());
  }

  @Test
  void itemsCarryTheirProgrammeDepartmentAmountFrequencyAndTarget() throws Exception {
    AidPlan plan = plan("dialysis-story.json");
    assertThat(plan.needs()).containsExactlyInAnyOrder(Need.ILLNESS, Need.SCHOOLING, Need.MEDICAL_DEBT);
    PlanItem dibao = plan.items().get(0);
    assertThat(dibao.noteZh()).startsWith("由县级民政部门（或经其授权的乡镇（街道））审核确认"); // its procedure, AidPlanProcedureNoteTest
    assertThat(dibao.withNote("", "")).isEqualTo(new PlanItem("i1", ItemType.CASH, java.util.Optional.of("cn.dibao"), "civil-affairs",
        "最低生活保障", "Minimum living allowance", com.google.common.collect.ImmutableList.of("m1", "m2", "m3"),
        Money.parse("982.00"), 1, "payment", Frequency.MONTHLY, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 1),
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
    assertThat(market.targetZh()).isEqualTo("复核时每月至少售出 4 件");
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
    // a yearly item (the school year's living subsidy) falls due by the plan's review, like every other item
    assertThat(subsidy.firstDue()).isEqualTo(subsidy.review().minusDays(1));
    for (AidPlan p : List.of(craftsman, job, school, ill)) {
      for (PlanItem i : p.items()) {
        assertThat(i.firstDue()).as("%s %s", p.householdId(), i.titleEn()).isBefore(i.review());
      }
    }
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
    // 低保 is paid from the month after the decision (its validFrom), so its item starts on 1 November
    assertThat(dibao.start()).isEqualTo(LocalDate.of(2025, 11, 1));
    plan.record(new Delivery(dibao.id(), LocalDate.of(2025, 11, 10), 1, dibao.amount(), "civil-1"));
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
    // units fall due at the end of their period: November's are due on 30 November, overdue from 1 December
    AidPlan.Status nov = plan.status(LocalDate.of(2025, 11, 30));
    assertThat(nov.overdue()).doesNotContain(market, dibao);
    assertThat(nov.items().stream().filter(x -> x.item().equals(market)).findFirst().orElseThrow().expected()).isEqualTo(8);
    AidPlan.Status dec = plan.status(LocalDate.of(2025, 12, 1));
    assertThat(dec.overdue()).contains(market).doesNotContain(dibao); // November's payment was made
    assertThat(plan.status(LocalDate.of(2026, 1, 1)).overdue()).contains(dibao); // December's was not
    AidPlan.ItemStatus md = dec.items().stream().filter(x -> x.item().equals(market)).findFirst().orElseThrow();
    assertThat(md.deliveries()).extracting(Delivery::date).containsExactly(LocalDate.of(2025, 10, 20));
    assertThat(md.evaluations()).extracting(Evaluation::note).containsExactly("four baskets sold");
    assertThat(plan.status(LocalDate.of(2025, 9, 30)).deliveredShare()).isEqualByComparingTo("1");
    assertThat(plan.record().entries()).hasSize(4);
    List<String> lines = plan.record().toLines();
    assertThat(lines.get(3)).contains("EVALUATION").contains("targetMet=true");
  }

  private static AidPlan planOf(String yaml, LocalDate date, Policy policy) throws Exception {
    Household h = HouseholdReader.read("t.yaml", new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        true);
    return new AidPlanner(policy).plan(h, new CatalogueScreener(CnRulebook.create(policy), Catalogue.cn()).screen(h, date), date);
  }

  private static final String FIRE_UNASSESSED = "id: t\nregion: \"230300\"\napplicant: m1\nmembers:\n"
      + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-05-01, hukouType: RURAL, hukouRegion: \"230300\", workStatus: FARMING}\n"
      + "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"2000\"}]\n"
      + "events: [{date: 2025-09-20, type: FIRE}]\n";

  @Test
  void aProgrammeThatNeedsReviewBecomesAPendingItemWithLevelDeadlineAndFastPayment() throws Exception {
    AidPlan plan = planOf(FIRE_UNASSESSED, DATE, Policy.installed());
    PlanItem pending = plan.items().stream().filter(i -> i.type() == ItemType.PENDING).findFirst().orElseThrow();
    assertThat(pending.programmeId()).contains("cn.temporary-assistance");
    assertThat(pending.level()).contains(org.jiuzhu.core.eligibility.DecisionLevel.TOWNSHIP);
    // 10 working days from Wednesday 1 October 2025: the National Day holiday runs to 8 October (11 October is worked)
    LocalDate deadline = org.jiuzhu.rules.calendar.HolidayCalendars.national().plusWorkingDays(DATE, 10);
    assertThat(pending.review()).isEqualTo(deadline.plusDays(1));
    assertThat(pending.firstDue()).isEqualTo(deadline);
    assertThat(pending.targetZh()).startsWith("由乡镇（街道）于" + org.jiuzhu.core.text.Messages.date(org.jiuzhu.core.text.Lang.ZH, deadline)
        + "前作出决定（10 个工作日）。");
    assertThat(pending.targetEn()).startsWith("decided by the township (乡镇街道) by ");
    PlanItem fast = plan.items().stream().filter(i -> i.titleEn().startsWith("Fast small payment")).findFirst().orElseThrow();
    // one month of the rural standard of Jixi (540), within temporary.fast-decision-days
    assertThat(fast.amount()).isEqualTo(Money.parse("540.00"));
    assertThat(fast.type()).isEqualTo(ItemType.CASH);
    // nothing is overdue on the day the plan is made; a decision not yet taken (PENDING) promises
    // nothing, so it is never overdue, on its last day or after — but past its deadline the
    // decision itself is late (逾期未决定), said apart from payments overdue
    assertThat(plan.status(DATE).overdue()).isEmpty();
    assertThat(plan.status(deadline).overdue()).doesNotContain(pending);
    assertThat(plan.status(deadline).decisionsOverdue()).isEmpty();
    AidPlan.Status late = plan.status(deadline.plusDays(1));
    assertThat(late.overdue()).doesNotContain(pending);
    assertThat(late.decisionsOverdue()).extracting(AidPlan.ItemStatus::item).containsExactly(pending);
    assertThat(late.decisionsOverdue().get(0).decisionDeadline()).contains(deadline);
    plan.record(new Delivery(pending.id(), deadline, 1, Money.ZERO, "township-1"));
    assertThat(plan.status(deadline.plusDays(1)).overdue()).doesNotContain(pending);
    assertThat(plan.status(deadline.plusDays(1)).decisionsOverdue()).isEmpty(); // decided on its last day
  }

  @Test
  void aGranted低保OfZeroStaysAMonthlyItemWhoseTargetSaysWhy() throws Exception {
    // the trial's h1b: 0.01 a person below the line of Zhuanglang, so the gap rounds to 0.00
    String yaml = "{\"id\": \"h1b\", \"region\": \"620825\", \"applicant\": \"m1\", \"members\": ["
        + "{\"id\": \"m1\", \"relationship\": \"APPLICANT\", \"birthDate\": \"1980-05-06\", \"hukouType\": \"RURAL\","
        + " \"hukouRegion\": \"620825\", \"workStatus\": \"EMPLOYED\"},"
        + "{\"id\": \"m2\", \"relationship\": \"SPOUSE\", \"birthDate\": \"1982-07-08\", \"hukouType\": \"RURAL\","
        + " \"hukouRegion\": \"620825\", \"workStatus\": \"NOT_WORKING\", \"workCapacity\": \"NONE\"}],"
        + " \"incomes\": [{\"member\": \"m1\", \"category\": \"WAGES\", \"months\": {\"from\": \"2024-10\", \"to\": \"2025-09\"},"
        + " \"gross\": \"1310.99\"}]}";
    AidPlan plan = planOf(yaml, LocalDate.of(2025, 10, 1), Policy.installed());
    PlanItem dibao = plan.items().stream().filter(i -> i.programmeId().filter(CnRulebook.DIBAO::equals).isPresent()).findFirst()
        .orElseThrow();
    assertThat(dibao.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(dibao.amount()).isEqualTo(Money.ZERO);
    assertThat(dibao.targetZh()).isEqualTo("每月 0.00 元：差额按本地舍入规则计为 0.00 元；家庭仍获认定，其他救助照常");
    assertThat(dibao.targetEn()).startsWith("0.00 yuan a month: the gap comes to 0.00 under the local rounding rule");
  }

  @Test
  void anAllocationInKindWithNoQuantityIsOneDeliveryNotAMonthlyQuantity() throws Exception {
    // an urban 低保 household without a home: public rental housing, allocated once
    String yaml = "id: t\nregion: \"230300\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-05-01, hukouType: URBAN, hukouRegion: \"230300\", workStatus: EMPLOYED}\n"
        + "incomes: [{member: m1, category: WAGES, months: {from: 2024-10, to: 2025-09}, gross: \"300\"}]\n";
    AidPlan plan = planOf(yaml, DATE, Policy.installed());
    PlanItem flat = plan.items().stream().filter(i -> i.programmeId().filter("cn.housing.public-rental"::equals).isPresent()).findFirst()
        .orElseThrow();
    assertThat(flat.type()).isEqualTo(ItemType.IN_KIND);
    assertThat(flat.frequency()).isEqualTo(Frequency.ONCE);
    assertThat(flat.unit()).isEqualTo("home");
    assertThat(flat.targetZh()).startsWith("配租到户并记录（一次），复核时核查是否仍符合条件；家庭也可改选住房租赁补贴（每月 ")
        .endsWith(" 元），改选后调整本计划");
    assertThat(flat.targetEn()).contains("the household may choose the rent subsidy (住房租赁补贴, ");
    // the rent subsidy is the alternative the household may take instead: no item of its own, not paid beside the flat
    assertThat(plan.items()).noneMatch(i -> i.programmeId().filter("cn.housing.rent-subsidy"::equals).isPresent());
    // three months on, one allocation is due, not three
    assertThat(plan.status(DATE.plusMonths(3)).items().stream().filter(x -> x.item().equals(flat)).findFirst().orElseThrow().expected())
        .isEqualTo(1);
  }

  @Test
  void aRecentSuddenEventIsAnEmergencyNeedMetByTheTemporaryAssistanceItems() throws Exception {
    AidPlan plan = planOf(FIRE_UNASSESSED, DATE, Policy.installed());
    assertThat(plan.needs()).contains(Need.EMERGENCY);
    List<String> temporary = plan.items().stream().filter(i -> i.programmeId().filter("cn.temporary-assistance"::equals).isPresent())
        .map(PlanItem::id).toList();
    assertThat(temporary).hasSize(2); // the pending decision and the fast small payment
    org.jiuzhu.core.plan.NeedMeasure emergency = plan.measures().stream().filter(m -> m.need() == Need.EMERGENCY).findFirst()
        .orElseThrow();
    assertThat(emergency.itemIds()).containsExactlyElementsOf(temporary);
    // the event window of temporary assistance (Jixi: temporary.event-window-days before the date), as the rulebook counts it
    int window = Policy.installed().snapshot(org.jiuzhu.core.region.RegionCode.parse("230300"), DATE)
        .get(org.jiuzhu.rules.cn.CnParameters.TEMPORARY_EVENT_WINDOW_DAYS);
    String edge = FIRE_UNASSESSED.replace("2025-09-20", DATE.minusDays(window - 1).toString());
    assertThat(planOf(edge, DATE, Policy.installed()).needs()).contains(Need.EMERGENCY);
    String past = FIRE_UNASSESSED.replace("2025-09-20", DATE.minusDays(window).toString());
    assertThat(planOf(past, DATE, Policy.installed()).needs()).doesNotContain(Need.EMERGENCY);
    // an event of another kind (a new job) is no emergency
    String job = FIRE_UNASSESSED.replace("type: FIRE", "type: NEW_JOB, member: m1");
    assertThat(planOf(job, DATE, Policy.installed()).needs()).doesNotContain(Need.EMERGENCY);
  }

  @Test
  void aPendingTekunDeadlineCountsInvestigationPublicNoticeAndConfirmation() throws Exception {
    // the trial's h11: aged 75, self-care not assessed, so 特困 waits for a decision
    String yaml = "{\"id\": \"h11\", \"region\": \"620825\", \"applicant\": \"m1\", \"members\": [{\"id\": \"m1\","
        + " \"relationship\": \"APPLICANT\", \"birthDate\": \"1950-10-01\", \"hukouType\": \"RURAL\", \"hukouRegion\": \"620825\","
        + " \"workStatus\": \"NOT_WORKING\", \"carePlacement\": \"HOME\", \"supporters\": [{\"relationship\": \"CHILD\","
        + " \"birthDate\": \"1963-02-01\", \"conditions\": [\"DIBAO\"]}]}], \"incomes\": [{\"member\": \"m1\","
        + " \"category\": \"TRANSFER_NET\", \"months\": {\"from\": \"2024-09\", \"to\": \"2025-08\"}, \"gross\": \"143\","
        + " \"tags\": [\"RESIDENTS_BASIC_PENSION\"]}]}";
    // from Saturday 20 September 2025: 15 working days of investigation (28 September and 11 October are worked,
    // 1–8 October are the National Day holiday) end on 16 October; 7 days of public notice end on 23 October;
    // 10 working days of confirmation end on Thursday 6 November
    LocalDate date = LocalDate.of(2025, 9, 20);
    AidPlan plan = planOf(yaml, date, Policy.installed());
    PlanItem pending = plan.items().stream().filter(i -> i.type() == ItemType.PENDING
        && i.programmeId().equals(java.util.Optional.of("cn.tekun"))).findFirst().orElseThrow();
    assertThat(pending.firstDue()).isEqualTo(LocalDate.of(2025, 11, 6));
    assertThat(pending.review()).isEqualTo(LocalDate.of(2025, 11, 7));
    assertThat(pending.targetZh()).startsWith("由县级民政部门于2025年11月6日前作出决定（调查核实 15 个工作日，公示 7 天，公示期满后确认 10 个工作日）。");
    assertThat(pending.targetEn()).startsWith("decided by the county civil-affairs bureau by 6 November 2025 (investigation within 15"
        + " working days, public notice (公示) for 7 days, then confirmation within 10 working days). ");
  }

  @Test
  void aPendingTekunDeadlineOfAMinorHasNoPublicNotice() throws Exception {
    // a child of ten alone, no supporter (not an orphan: orphans have their own allowance), self-care not
    // assessed: 特困 waits for a decision, and a minor's case
    // is not posted for public notice (DOMAIN.md §7)
    String yaml = "{\"id\": \"orphan\", \"region\": \"620825\", \"applicant\": \"m1\", \"members\": [{\"id\": \"m1\","
        + " \"relationship\": \"APPLICANT\", \"birthDate\": \"2015-03-01\", \"hukouType\": \"RURAL\", \"hukouRegion\": \"620825\","
        + " \"workStatus\": \"STUDENT\", \"schooling\": \"PRIMARY\", \"carePlacement\": \"HOME\"}]}";
    // from Saturday 20 September 2025: 15 working days of investigation end on 16 October (as above); no
    // notice; 10 working days of confirmation end on Thursday 30 October
    AidPlan plan = planOf(yaml, LocalDate.of(2025, 9, 20), Policy.installed());
    PlanItem pending = plan.items().stream().filter(i -> i.type() == ItemType.PENDING
        && i.programmeId().equals(java.util.Optional.of("cn.tekun"))).findFirst().orElseThrow();
    assertThat(pending.firstDue()).isEqualTo(LocalDate.of(2025, 10, 30));
    assertThat(pending.targetZh()).startsWith("由县级民政部门于2025年10月30日前作出决定（调查核实 15 个工作日，未成年人不公示，确认 10 个工作日）。");
    assertThat(pending.targetEn()).startsWith("decided by the county civil-affairs bureau by 30 October 2025 (investigation within 15"
        + " working days, no public notice for a minor, then confirmation within 10 working days). ");
  }

  @Test
  void aRegionWithoutFastPaymentsGetsOnlyThePendingItem() throws Exception {
    String own = "format: jiuzhu-policy/1\nparameters:\n  - {key: temporary.fast-tier.allowed, region: \"230300\", unit: flag,"
        + " reference: test, status: illustrative, note: test, values: [{from: 2025-01-01, value: false}]}\n";
    org.jiuzhu.rules.policyfile.PolicyFile file = new org.jiuzhu.rules.policyfile.PolicyFileLoader(org.jiuzhu.rules.cn.CnParameters.catalog())
        .load("own.yaml", new java.io.ByteArrayInputStream(own.getBytes(java.nio.charset.StandardCharsets.UTF_8))).orThrow();
    Policy policy = Policy.installed().toBuilder().override(new org.jiuzhu.core.policy.PolicyModule() {
      @Override
      public String id() {
        return "own";
      }

      @Override
      public List<org.jiuzhu.core.region.Region> regions() {
        return file.regions();
      }

      @Override
      public List<org.jiuzhu.core.policy.ParameterValue> values() {
        return file.values();
      }
    }).build();
    AidPlan plan = planOf(FIRE_UNASSESSED, DATE, policy);
    assertThat(plan.items()).anyMatch(i -> i.type() == ItemType.PENDING);
    assertThat(plan.items()).noneMatch(i -> i.titleEn().startsWith("Fast small payment"));
  }

  @Test
  void pastTheHolidayCalendarTheDeadlineIsProvisional() throws Exception {
    // far past any holiday calendar jiuzhu ships
    LocalDate late = LocalDate.of(2039, 12, 28);
    String yaml = FIRE_UNASSESSED.replace("2025-04", "2039-06").replace("2025-09-20", "2039-12-20").replace("2025-09", "2039-11");
    AidPlan plan = planOf(yaml, late, Policy.installed());
    PlanItem pending = plan.items().stream().filter(i -> i.type() == ItemType.PENDING).findFirst().orElseThrow();
    assertThat(pending.targetZh()).contains("暂按周末计算");
    assertThat(pending.targetEn()).contains("provisional");
  }

  /** A contribution subsidy granted to members whose scheme is not recorded says in the plan what to check before paying. */
  @Test
  void aSubsidyForMembersWithoutARecordedSchemeSaysWhatToCheck() throws Exception {
    AidPlan none = plan("dibao.json"); // the example records no schemes
    PlanItem medical = item(none, "Subsidy of the residents' health-insurance contribution");
    assertThat(medical.noteZh()).isEqualTo("发放前须查验成员 m1、m2 的参保记录：其基本医疗保险参保情况未登记，本项按参加或可参加城乡居民医保核定，"
        + "参加职工基本医疗保险的不予资助。");
    assertThat(medical.noteEn()).startsWith("before paying, check the enrolment record (参保记录) of members m1, m2: the medical-insurance"
        + " scheme is not recorded; this item assumes the residents' medical insurance (or none)");
    assertThat(item(none, "Payment of the residents' pension contribution").noteZh()).startsWith("发放前须查验成员 m1、m2 的参保记录：其基本养老保险");
    // recorded schemes: no such note
    String json = java.nio.file.Files.readString(HOUSEHOLDS.resolve("dibao.json"))
        .replace("\"id\": \"m1\",", "\"id\": \"m1\", \"pensionScheme\": \"RESIDENTS\", \"medicalScheme\": \"RESIDENTS\",")
        .replace("\"id\": \"m2\",", "\"id\": \"m2\", \"pensionScheme\": \"NONE\", \"medicalScheme\": \"RESIDENTS\",");
    Policy policy = Policy.installed();
    Household h = HouseholdReader.read("dibao.json", new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), false);
    AidPlan recorded = new AidPlanner(policy).plan(h, new CatalogueScreener(CnRulebook.create(policy), Catalogue.cn()).screen(h, DATE), DATE);
    assertThat(item(recorded, "Subsidy of the residents' health-insurance contribution").hasNote()).isFalse();
    assertThat(item(recorded, "Payment of the residents' pension contribution").hasNote()).isFalse();
  }
}
