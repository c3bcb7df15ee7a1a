package org.jiuzhu.rules.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.Expenditure;
import org.jiuzhu.core.household.ExpenditureCategory;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.SchoolingStage;
import org.jiuzhu.core.household.WorkCapacity;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.plan.AidPlan;
import org.jiuzhu.core.plan.Frequency;
import org.jiuzhu.core.plan.ItemType;
import org.jiuzhu.core.plan.Need;
import org.jiuzhu.core.plan.PlanItem;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreening;
import org.jiuzhu.rules.catalogue.ProgrammeResult;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.cn.CnTexts;
import org.jiuzhu.core.text.Lang;

/**
 * Proposes an aid plan (一户一策) from a household and its catalogue screening: every programme
 * it gets becomes an item (cash, service, in-kind, waiver, referral) with its department, amount
 * or quantity and frequency; the needs found add development measures (job placement, a route to
 * market for what the family makes, getting a child back to school) and referrals. Each item has
 * a start, a review date and a measurable target. See {@code docs/plans.md}.
 *
 * @since 0.1.0
 */
public final class AidPlanner {
  private final Policy policy;

  /** A planner reading its parameters from {@code policy}. */
  public AidPlanner(Policy policy) {
    this.policy = checkNotNull(policy, "policy");
  }

  private static final Catalogue CATALOGUE = Catalogue.cn();
  private static final ParameterKey<Integer> REVIEW_MONTHS = CATALOGUE.key("plan.review-months", Integer.class);
  private static final ParameterKey<Money> DEBT = CATALOGUE.key("plan.medical-debt-threshold", Money.class);
  private static final ParameterKey<Integer> JOB_MONTHS = CATALOGUE.key("plan.job-target-months", Integer.class);
  private static final ParameterKey<Integer> SALES = CATALOGUE.key("plan.market-sales-target", Integer.class);
  private static final ParameterKey<Integer> SCHOOL_FROM = CATALOGUE.key("plan.school-age-from", Integer.class);
  private static final ParameterKey<Integer> SCHOOL_BELOW = CATALOGUE.key("plan.school-age-below", Integer.class);
  private static final ParameterKey<Integer> HOME_CARE_AGE = CATALOGUE.key("home-care.min-age", Integer.class);
  private static final ParameterKey<Integer> MEDICAL_WINDOW = CATALOGUE.key("medical.reimbursement.window-months", Integer.class);
  private static final ParameterKey<Money> COMPULSORY_SUBSIDY = CATALOGUE.key("education.compulsory.amount", Money.class);

  /** Which catalogue programmes address each need, in order of preference ({@code measures.yaml}). */
  private static final java.util.Map<Need, List<String>> MEASURES = measures();

  private static java.util.Map<Need, List<String>> measures() {
    String name = "measures.yaml";
    com.fasterxml.jackson.databind.JsonNode root;
    try (java.io.InputStream in = AidPlanner.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the plan's " + name + " is missing from the class path");
      }
      root = org.jiuzhu.rules.io.StrictInput.read(name, in, true);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (!"jiuzhu-plan-measures/1".equals(root.path("format").asText())) {
      throw new IllegalStateException(name + ": format is '" + root.path("format").asText() + "'; expected jiuzhu-plan-measures/1");
    }
    java.util.Set<String> known = new java.util.HashSet<>();
    CATALOGUE.programmes().forEach(x -> known.add(x.id()));
    java.util.Map<Need, List<String>> out = new java.util.EnumMap<>(Need.class);
    root.path("needs").fields().forEachRemaining(e -> {
      Need n = Need.valueOf(e.getKey());
      List<String> ids = new ArrayList<>();
      e.getValue().forEach(x -> {
        if (!known.contains(x.asText())) {
          throw new IllegalStateException(name + ": needs." + n + " names programme '" + x.asText()
              + "', which the catalogue does not have");
        }
        ids.add(x.asText());
      });
      out.put(n, List.copyOf(ids));
    });
    for (Need n : Need.values()) {
      if (!out.containsKey(n)) {
        throw new IllegalStateException(name + ": need " + n + " is not listed; expected every need");
      }
    }
    return out;
  }

  /** The catalogue programmes that address {@code need}, in order of preference. */
  public static List<String> programmesFor(Need need) {
    return MEASURES.get(need);
  }

  /** The needs of a household on a date. */
  public Set<Need> needs(Household h, LocalDate date) {
    PolicySnapshot p = policy.snapshot(h.region(), date);
    Set<Need> needs = EnumSet.noneOf(Need.class);
    for (Member m : h.members()) {
      int age = m.ageOn(date);
      if (m.illnesses().stream().anyMatch(i -> i.major() || i.chronic() || i.dialysisSessionsPerWeek() > 0)) {
        needs.add(Need.ILLNESS);
      }
      if (m.disability().isPresent()) {
        needs.add(Need.DISABILITY);
      }
      if (m.schooling() != SchoolingStage.NONE && m.schooling() != SchoolingStage.PRESCHOOL || outOfSchool(m, age, p)) {
        needs.add(Need.SCHOOLING);
      }
      if (age >= p.get(HOME_CARE_AGE) && m.selfCare().isPresent()
          && m.selfCare().get().failedItems() >= p.get(CnParameters.TEKUN_CARE_PARTIAL_MIN_FAILED)) {
        needs.add(Need.ELDERLY_CARE);
      }
      if (m.workStatus() == WorkStatus.UNEMPLOYED && able(m, age, p)) {
        needs.add(Need.UNEMPLOYMENT);
      }
      if (livelihood(m)) {
        needs.add(Need.LIVELIHOOD);
      }
    }
    // no home, or the home lived in recorded as unsafe (危房)
    if (h.homes().isEmpty() || h.homes().stream().anyMatch(x -> x.unsafe() && x.livedIn())) {
      needs.add(Need.HOUSING);
    }
    if (Money.ofFen(outOfPocket(h, date, p.get(MEDICAL_WINDOW))).compareTo(p.get(DEBT)) >= 0) {
      needs.add(Need.MEDICAL_DEBT);
    }
    // a sudden event temporary assistance still counts (within its window before the date, as the rulebook reads it): an emergency
    int window = p.get(CnParameters.TEMPORARY_EVENT_WINDOW_DAYS);
    for (org.jiuzhu.core.household.LifeEvent e : h.events()) {
      if (SUDDEN.contains(e.type()) && !e.date().isAfter(date) && e.date().isAfter(date.minusDays(window))) {
        needs.add(Need.EMERGENCY);
      }
    }
    return needs;
  }

  /** The events temporary assistance counts as sudden (the rulebook's list, docs/rulebook.md). */
  private static final Set<org.jiuzhu.core.household.LifeEventType> SUDDEN = EnumSet.of(
      org.jiuzhu.core.household.LifeEventType.SUDDEN_SERIOUS_ILLNESS, org.jiuzhu.core.household.LifeEventType.MAJOR_ILLNESS_DIAGNOSIS,
      org.jiuzhu.core.household.LifeEventType.TRAFFIC_ACCIDENT, org.jiuzhu.core.household.LifeEventType.FIRE,
      org.jiuzhu.core.household.LifeEventType.NATURAL_DISASTER, org.jiuzhu.core.household.LifeEventType.DEATH,
      org.jiuzhu.core.household.LifeEventType.NEW_SEVERE_DISABILITY);

  private static boolean outOfSchool(Member m, int age, PolicySnapshot p) {
    return m.schooling() == SchoolingStage.NONE && age >= p.get(SCHOOL_FROM) && age < p.get(SCHOOL_BELOW);
  }

  private static boolean able(Member m, int age, PolicySnapshot p) {
    if (m.workCapacity().isPresent()) {
      return m.workCapacity().get() != WorkCapacity.NONE;
    }
    return age >= p.get(CnParameters.TEKUN_AGE_CHILD) && age < p.get(CnParameters.TEKUN_AGE_ELDERLY)
        && (m.disability().isEmpty() || m.disability().get().grade() > 2);
  }

  /** Works for themself (a trade, a farm) with a disability that is not severe: a route to market helps. */
  private static boolean livelihood(Member m) {
    return (m.workStatus() == WorkStatus.SELF_EMPLOYED || m.workStatus() == WorkStatus.FARMING) && m.disability().isPresent()
        && m.disability().get().grade() >= 3 && m.disability().get().category() != DisabilityCategory.MENTAL;
  }

  private static long outOfPocket(Household h, LocalDate date, int months) {
    YearMonth month = YearMonth.from(date);
    long total = 0;
    for (Expenditure x : h.expenditures()) {
      if (x.category() == ExpenditureCategory.MEDICAL_OUT_OF_POCKET && x.month().isBefore(month)
          && !x.month().isBefore(month.minusMonths(months))) {
        total += x.net().fen();
      }
    }
    return total;
  }

  /** Proposes the plan. */
  public AidPlan plan(Household h, CatalogueScreening screening, LocalDate date) {
    PolicySnapshot p = policy.snapshot(h.region(), date);
    LocalDate review = date.plusMonths(p.get(REVIEW_MONTHS));
    // the plan is reviewed no later than the first end or review of what its items rest on (the end of a
    // gradual withdrawal, a 低保 review): a review after the items have ended reviews nothing
    for (ProgrammeResult r : screening.results()) {
      if (!r.isEligible() || r.programme().id().equals(CnRulebook.MARGINAL) || r.programme().id().equals(CnRulebook.RIGID)) {
        continue;
      }
      LocalDate start = start(r, screening, date);
      for (Determination d : basis(r, screening)) {
        for (Optional<LocalDate> x : List.of(d.validUntil(), d.nextReview())) {
          if (x.isPresent() && x.get().isAfter(start) && x.get().isBefore(review)) {
            review = x.get();
          }
        }
      }
    }
    Set<Need> needs = needs(h, date);
    List<PlanItem> items = new ArrayList<>();
    java.util.Map<String, Need> developmentFor = new java.util.HashMap<>();
    for (ProgrammeResult r : screening.results()) {
      if (!r.isEligible() || r.programme().id().equals(CnRulebook.MARGINAL) || r.programme().id().equals(CnRulebook.RIGID)) {
        continue;
      }
      if (!screening.counted(r)) {
        // the alternative of a granted programme (the rent subsidy beside a public rental flat): the household
        // takes one, so it is no item of its own; the item of the one counted says it may be chosen instead
        continue;
      }
      // an item runs from when its determination applies (validFrom: 低保 and 特困 from the next month), not the plan date
      LocalDate start = start(r, screening, date);
      LocalDate itemReview = review.isAfter(start) ? review : start.plusMonths(p.get(REVIEW_MONTHS));
      PlanItem item = fromProgramme("i" + (items.size() + 1), r, start, itemReview, end(r, screening, start),
          screening.rulebook().get(r.programme().id()).flatMap(Determination::level));
      Optional<ProgrammeResult> instead = screening.grantedAlternative(r);
      if (instead.isPresent()) {
        org.jiuzhu.rules.catalogue.CatalogueProgramme a = instead.get().programme();
        String amountZh = instead.get().monthly().isPositive() ? CnTexts.zh("plan.alternative.monthly", instead.get().monthly()) : "";
        String amountEn = instead.get().monthly().isPositive() ? CnTexts.en("plan.alternative.monthly", instead.get().monthly()) : "";
        item = new PlanItem(item.id(), item.type(), item.programmeId(), item.department(), item.titleZh(), item.titleEn(), item.members(),
            item.amount(), item.quantity(), item.unit(), item.frequency(), item.start(), item.review(),
            item.targetZh() + CnTexts.zh("plan.alternative", a.nameZh(), amountZh),
            item.targetEn() + CnTexts.en("plan.alternative", a.nameEn().isEmpty() ? "" : Character.toLowerCase(a.nameEn().charAt(0))
                + a.nameEn().substring(1), amountEn, a.nameZh()), item.level(), item.end());
      }
      Optional<LocalDate> groundEnd = groundEnd(r, screening);
      if (groundEnd.isPresent() && !groundEnd.get().isAfter(start)) {
        // what it rests on ends before the item would start (a decision of the withdrawal's last days applies
        // from the next month): nothing is promised; 低保 itself is decided by the withdrawal's review item
        String pid = r.programme().id();
        boolean reviewed = (pid.equals(CnRulebook.DIBAO) || pid.equals(CnRulebook.DIBAO_SINGLE))
            && screening.rulebook().get(pid).filter(d -> "true".equals(d.details().get("withdrawal"))).isPresent();
        if (!reviewed) {
          items.add(afterEnd(item, basis(r, screening), screening, date, start, groundEnd.get(), "plan.after-end.none.target"));
        }
        continue;
      }
      items.add(schemeNote(procedureNote(yearAfterEnd(item, basis(r, screening), screening, date, start, p).orElse(item), h, screening,
          date, p), r));
    }
    // the end of a gradual withdrawal (渐退期满) is a decision of its own: who reviews the household, and by when
    for (ProgrammeResult r : screening.results()) {
      String pid = r.programme().id();
      if (r.isEligible() && (pid.equals(CnRulebook.DIBAO) || pid.equals(CnRulebook.DIBAO_SINGLE))) {
        screening.rulebook().get(pid).filter(d -> "true".equals(d.details().get("withdrawal")))
            .ifPresent(d -> withdrawalReview(items, r, d, date));
      }
    }
    // a programme that needs a decision is never dropped: it waits as a pending item
    for (ProgrammeResult r : screening.results()) {
      if (r.outcome() == Outcome.NEEDS_REVIEW) {
        pending(items, h, screening, r, date, p);
      }
    }
    List<String> unemployed = new ArrayList<>();
    List<String> craftsmen = new ArrayList<>();
    List<String> outOfSchool = new ArrayList<>();
    for (Member m : h.members()) {
      int age = m.ageOn(date);
      if (m.workStatus() == WorkStatus.UNEMPLOYED && able(m, age, p)) {
        unemployed.add(m.id());
      }
      if (livelihood(m)) {
        craftsmen.add(m.id());
      }
      if (outOfSchool(m, age, p)) {
        outOfSchool.add(m.id());
      }
    }
    if (!unemployed.isEmpty()) {
      int months = p.get(JOB_MONTHS);
      items.add(new PlanItem("i" + (items.size() + 1), ItemType.DEVELOPMENT, Optional.empty(), "human-resources",
          CnTexts.zh("plan.job.title"), CnTexts.en("plan.job.title"),
          ImmutableList.copyOf(unemployed), Money.ZERO, 1, "placement", Frequency.ONCE, date, date.plusMonths(months),
          CnTexts.zh("plan.job.target", months), CnTexts.en("plan.job.target", months)));
      developmentFor.put(items.get(items.size() - 1).id(), Need.UNEMPLOYMENT);
    }
    if (!craftsmen.isEmpty()) {
      int sales = p.get(SALES);
      items.add(new PlanItem("i" + (items.size() + 1), ItemType.DEVELOPMENT, Optional.empty(), "commerce",
          CnTexts.zh("plan.market.title"), CnTexts.en("plan.market.title"),
          ImmutableList.copyOf(craftsmen), Money.ZERO, sales, "sales", Frequency.MONTHLY, date, review,
          CnTexts.zh("plan.market.target", sales), CnTexts.en("plan.market.target", sales)));
      developmentFor.put(items.get(items.size() - 1).id(), Need.LIVELIHOOD);
    }
    if (!outOfSchool.isEmpty()) {
      items.add(new PlanItem("i" + (items.size() + 1), ItemType.REFERRAL, Optional.empty(), "education",
          CnTexts.zh("plan.school.title"), CnTexts.en("plan.school.title"),
          ImmutableList.copyOf(outOfSchool), Money.ZERO, 1, "enrolment", Frequency.ONCE, date, review,
          CnTexts.zh("plan.school.target"), CnTexts.en("plan.school.target")));
      developmentFor.put(items.get(items.size() - 1).id(), Need.SCHOOLING);
      boolean assisted = screening.results().stream().anyMatch(r -> r.isEligible() && (r.programme().id().equals(CnRulebook.DIBAO)
          || r.programme().id().equals(CnRulebook.TEKUN) || r.programme().id().equals(CnRulebook.MARGINAL)));
      if (assisted) {
        Money subsidy = p.get(COMPULSORY_SUBSIDY).times(outOfSchool.size());
        // it rests on the household's 低保, 特困 or marginal recognition: it ends when every one of those granted ends
        List<Determination> through = new ArrayList<>();
        for (String pid : List.of(CnRulebook.DIBAO, CnRulebook.TEKUN, CnRulebook.MARGINAL)) {
          screening.rulebook().get(pid).filter(d -> d.outcome() == Outcome.ELIGIBLE).ifPresent(through::add);
        }
        Optional<LocalDate> end = through.stream().allMatch(d -> d.validUntil().isPresent())
            ? through.stream().map(d -> d.validUntil().get()).max(LocalDate::compareTo) : Optional.empty();
        PlanItem item = new PlanItem("i" + (items.size() + 1), ItemType.CASH, Optional.of("cn.education.compulsory-living-subsidy"),
            "education", CnTexts.zh("plan.school-subsidy.title"), CnTexts.en("plan.school-subsidy.title"),
            ImmutableList.copyOf(outOfSchool), subsidy, 1, "payment", Frequency.YEARLY, date, review,
            CnTexts.zh("plan.school-subsidy.target", subsidy), CnTexts.en("plan.school-subsidy.target", subsidy), Optional.empty(),
            end.filter(x -> x.isAfter(date)));
        if (end.isPresent() && !end.get().isAfter(date)) {
          items.add(afterEnd(item, through, screening, date, date, end.get(), "plan.after-end.none.target"));
        } else {
          items.add(yearAfterEnd(item, through, screening, date, date, p).orElse(item));
        }
      }
    }
    if (needs.contains(Need.ELDERLY_CARE) && items.stream().noneMatch(i -> i.type() == ItemType.SERVICE
        && i.programmeId().filter(x -> x.equals("cn.home-care-services")).isPresent())) {
      items.add(new PlanItem("i" + (items.size() + 1), ItemType.REFERRAL, Optional.empty(), "civil-affairs",
          CnTexts.zh("plan.care.title"), CnTexts.en("plan.care.title"), ImmutableList.of(),
          Money.ZERO, 1, "referral", Frequency.ONCE, date, review, CnTexts.zh("plan.care.target"), CnTexts.en("plan.care.target")));
      developmentFor.put(items.get(items.size() - 1).id(), Need.ELDERLY_CARE);
    }
    return new AidPlan(h.id(), date, needs, items, measures(needs, items, developmentFor, screening));
  }

  /**
   * For every need: the items whose programme addresses it ({@code measures.yaml}; granted, or
   * pending a decision) and the development measure added for it; or, when there is none, that no
   * measure is available in this region, with each addressing programme of the region's catalogue
   * and the reason the screening gave for not granting it.
   */
  private static List<org.jiuzhu.core.plan.NeedMeasure> measures(Set<Need> needs, List<PlanItem> items,
      java.util.Map<String, Need> developmentFor, CatalogueScreening screening) {
    List<org.jiuzhu.core.plan.NeedMeasure> out = new ArrayList<>();
    for (Need n : needs) {
      List<String> programmes = MEASURES.get(n);
      List<String> ids = new ArrayList<>();
      for (PlanItem i : items) {
        if (n == developmentFor.get(i.id()) || i.programmeId().filter(programmes::contains).isPresent()) {
          ids.add(i.id());
        }
      }
      if (!ids.isEmpty()) {
        out.add(org.jiuzhu.core.plan.NeedMeasure.of(n, ids));
        continue;
      }
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      for (String pid : programmes) {
        Optional<ProgrammeResult> r = screening.get(pid);
        if (r.isEmpty()) {
          continue; // not in the region's catalogue
        }
        String whyZh = r.get().reasonsZh().isEmpty() ? CnTexts.zh("plan.no-measure.not-granted") : String.join(" ", r.get().reasonsZh());
        String whyEn = r.get().reasonsEn().isEmpty() ? CnTexts.en("plan.no-measure.not-granted") : String.join(" ", r.get().reasonsEn());
        zh.add(CnTexts.zh("plan.no-measure.programme", r.get().programme().nameZh(), whyZh.replaceAll("[。.]+$", "")));
        en.add(CnTexts.en("plan.no-measure.programme", r.get().programme().nameEn(), whyEn.replaceAll("[。.]+$", "")));
      }
      if (zh.isEmpty()) {
        out.add(org.jiuzhu.core.plan.NeedMeasure.none(n, CnTexts.zh("plan.no-measure.none"), CnTexts.en("plan.no-measure.none")));
      } else {
        out.add(org.jiuzhu.core.plan.NeedMeasure.none(n,
            CnTexts.zh("plan.no-measure.programmes", String.join(CnTexts.zh("plan.no-measure.separator"), zh)),
            CnTexts.en("plan.no-measure.programmes", String.join(CnTexts.en("plan.no-measure.separator"), en))));
      }
    }
    return out;
  }

  /**
   * The first day of a programme's item: its determination's {@code validFrom} for a programme
   * of the rulebook (低保 and 特困 apply from the month after the decision); for a catalogue
   * programme that needs one of the rulebook's first ({@code prerequisites}), the earliest day
   * one of those it is granted through applies; otherwise the plan date.
   */
  private static LocalDate start(ProgrammeResult r, CatalogueScreening screening, LocalDate date) {
    List<Determination> through = basis(r, screening);
    LocalDate start = null;
    for (Determination d : through) {
      LocalDate from = d.validFrom().orElse(date);
      start = start == null || from.isBefore(start) ? from : start;
    }
    return start == null || start.isBefore(date) ? date : start;
  }

  /**
   * The end of a programme's item: when every determination it rests on ends ({@code validUntil}), if
   * they all do, or when the programme's own result ends (a catalogue {@code validUntil} or {@code
   * <member>.until}: the orphan allowance at the 18th birthday), whichever is first.
   */
  private static Optional<LocalDate> end(ProgrammeResult r, CatalogueScreening screening, LocalDate start) {
    List<Determination> through = basis(r, screening);
    LocalDate end = null;
    boolean all = true;
    for (Determination d : through) {
      if (d.validUntil().isEmpty()) {
        all = false;
        break;
      }
      end = end == null || d.validUntil().get().isAfter(end) ? d.validUntil().get() : end;
    }
    if (!all) {
      end = null;
    }
    if (r.validUntil().isPresent() && (end == null || r.validUntil().get().isBefore(end))) {
      end = r.validUntil().get();
    }
    return end == null || !end.isAfter(start) ? Optional.empty() : Optional.of(end);
  }

  /** The rulebook determinations a granted programme rests on: its own, or its granted prerequisites'. */
  private static List<Determination> basis(ProgrammeResult r, CatalogueScreening screening) {
    List<Determination> out = new ArrayList<>();
    if (r.programme().isRulebook()) {
      screening.rulebook().get(r.programme().id()).ifPresent(out::add);
      return out;
    }
    for (String pre : r.programme().prerequisites()) {
      screening.rulebook().get(pre).filter(d -> d.outcome() == Outcome.ELIGIBLE).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The pending item of a programme that needs review: the level that decides (from the
   * determination), the deadline in working days (低保 and 单人户: {@code
   * dibao.process.time-limit-working-days}; 特困: investigation, the public notice in calendar days
   * (none for minors) and confirmation after it; 临时救助: {@code
   * temporary.process.decision-working-days}), and for an emergency whose loss is not assessed a
   * fast small payment (小额快救) where the region allows it.
   */
  private void pending(List<PlanItem> items, Household h, CatalogueScreening screening, ProgrammeResult r, LocalDate date,
      PolicySnapshot p) {
    String pid = r.programme().id();
    Optional<Determination> d = screening.rulebook().get(pid);
    DecisionLevel level = d.flatMap(Determination::level).orElse(DecisionLevel.COUNTY);
    String levelKey = "level." + level.name();
    String reasonZh = String.join(" ", r.reasonsZh());
    String reasonEn = String.join(" ", r.reasonsEn());
    org.jiuzhu.core.time.HolidayCalendar calendar = org.jiuzhu.rules.calendar.HolidayCalendars.national();
    LocalDate decideBy;
    boolean provisional;
    String targetZh;
    String targetEn;
    if (pid.equals(CnRulebook.TEKUN)) {
      // 特困: investigation (working days), then the public notice (calendar days; none when every
      // member concerned is a minor), then confirmation (working days after the notice)
      int investigation = p.get(CnParameters.TEKUN_INVESTIGATION);
      int confirmation = p.get(CnParameters.TEKUN_CONFIRMATION);
      int minorAge = p.get(CnParameters.TEKUN_AGE_MINOR_COVERAGE);
      // the members concerned: those the result names, or (a decision still to be made names none)
      // every member of the household
      boolean minorsOnly = r.members().isEmpty()
          ? h.members().stream().allMatch(m -> m.ageOn(date) < minorAge)
          : r.members().stream().allMatch(id -> h.member(id).map(m -> m.ageOn(date) < minorAge).orElse(false));
      int notice = minorsOnly ? 0 : p.get(CnParameters.PUBLIC_NOTICE_DAYS);
      org.jiuzhu.core.time.HolidayCalendar.Deadline investigated = calendar.deadline(date, investigation);
      org.jiuzhu.core.time.HolidayCalendar.Deadline confirmed =
          calendar.deadline(investigated.date().plusDays(notice), confirmation);
      decideBy = confirmed.date();
      provisional = investigated.provisional() || confirmed.provisional();
      String partsKey = minorsOnly ? "plan.pending.tekun.parts.minor" : "plan.pending.tekun.parts";
      String key = provisional ? "plan.pending.target.parts.provisional" : "plan.pending.target.parts";
      targetZh = CnTexts.zh(key, CnTexts.zh(levelKey), CnTexts.date(Lang.ZH, decideBy),
          CnTexts.zh(partsKey, investigation, notice, confirmation), reasonZh);
      targetEn = CnTexts.en(key, CnTexts.en(levelKey), CnTexts.date(Lang.EN, decideBy),
          CnTexts.en(partsKey, investigation, notice, confirmation), reasonEn);
    } else {
      int days = pid.equals(CnRulebook.TEMPORARY) ? p.get(CnParameters.TEMPORARY_DECISION_DAYS) : p.get(CnParameters.DIBAO_TIME_LIMIT);
      org.jiuzhu.core.time.HolidayCalendar.Deadline deadline = calendar.deadline(date, days);
      decideBy = deadline.date();
      provisional = deadline.provisional();
      String key = provisional ? "plan.pending.target.provisional" : "plan.pending.target";
      targetZh = CnTexts.zh(key, CnTexts.zh(levelKey), CnTexts.date(Lang.ZH, decideBy), days, reasonZh);
      targetEn = CnTexts.en(key, CnTexts.en(levelKey), CnTexts.date(Lang.EN, decideBy), days, reasonEn);
    }
    Money proposed = d.map(x -> x.details().get("proposedAmount")).filter(x -> x != null).map(Money::parse).orElse(Money.ZERO);
    items.add(new PlanItem("i" + (items.size() + 1), ItemType.PENDING, Optional.of(pid), r.programme().department().id(),
        CnTexts.zh("plan.pending.title", r.programme().nameZh()), CnTexts.en("plan.pending.title", r.programme().nameEn()),
        r.members(), proposed, 1, "decision", Frequency.ONCE, date, decideBy.plusDays(1), targetZh, targetEn, Optional.of(level)));
    boolean unassessedEmergency = pid.equals(CnRulebook.TEMPORARY)
        && d.map(x -> "temporary.loss-unassessed".equals(x.details().get("situation"))).orElse(false);
    if (unassessedEmergency && p.get(CnParameters.TEMPORARY_FAST_ALLOWED)) {
      Money standard = h.applicant().hukouType() == org.jiuzhu.core.household.HukouType.URBAN
          ? p.get(CnParameters.DIBAO_STANDARD_URBAN) : p.get(CnParameters.DIBAO_STANDARD_RURAL);
      Money fast = standard.times(p.get(CnParameters.TEMPORARY_FAST_MAX_MONTHS), java.math.RoundingMode.DOWN);
      int fastDays = p.get(CnParameters.TEMPORARY_FAST_DAYS);
      LocalDate by = date.plusDays(fastDays);
      items.add(new PlanItem("i" + (items.size() + 1), ItemType.CASH, Optional.of(pid), r.programme().department().id(),
          CnTexts.zh("plan.fast.title"), CnTexts.en("plan.fast.title"), r.members(), fast, 1, "payment", Frequency.ONCE, date,
          by.plusDays(1), CnTexts.zh("plan.fast.target", fast, CnTexts.date(Lang.ZH, by), fastDays),
          CnTexts.en("plan.fast.target", fast, CnTexts.date(Lang.EN, by), fastDays), Optional.of(DecisionLevel.TOWNSHIP)));
    }
  }

  /**
   * A yearly payment that would fall due after the programme it rests on ends is not promised: a
   * yearly CASH item with an end (a gradual withdrawal, 渐退期, or a recognition's validity) whose
   * year falls due — the day before the plan's review or the year's last day, whichever comes
   * first, counted from the review the plan would have without that end ({@code
   * plan.review-months} after the plan date) — on or after the end's day becomes a {@code PENDING}
   * decision instead: decided by the level of what it rests on by the last day the programme
   * covers, paid only if the review at the end continues that programme. A year that falls due on
   * the last day or before stays a payment, due then. The medical-assistance cap (paid on bills) is
   * no promised payment and stays as it is.
   */
  private static Optional<PlanItem> yearAfterEnd(PlanItem item, List<Determination> through, CatalogueScreening screening,
      LocalDate date, LocalDate start, PolicySnapshot p) {
    if (item.type() != ItemType.CASH || item.frequency() != Frequency.YEARLY || item.end().isEmpty()
        || item.programmeId().filter(x -> x.equals("cn.medical.reimbursement")).isPresent()) {
      return Optional.empty();
    }
    LocalDate ordinary = date.plusMonths(p.get(REVIEW_MONTHS));
    if (!ordinary.isAfter(start)) {
      ordinary = start.plusMonths(p.get(REVIEW_MONTHS));
    }
    LocalDate year = start.plusYears(1);
    LocalDate due = (ordinary.isBefore(year) ? ordinary : year).minusDays(1);
    LocalDate end = item.end().get();
    if (due.isBefore(end)) {
      return Optional.empty(); // due on the last day the programme covers, or before: a payment
    }
    return Optional.of(afterEnd(item, through, screening, date, due, end, "plan.after-end.target"));
  }

  /**
   * {@code item} as a {@code PENDING} decision at the review when what it rests on ({@code through})
   * ends on {@code end} (exclusive): nothing of it is promised; decided by the level of what it
   * rests on, by the last day that covers, paid or given only if that review continues it. {@code
   * key}'s text names the amount, {@code when} (the day it would fall due, or start), the last day
   * and what it rests on, and the level.
   */
  private static PlanItem afterEnd(PlanItem item, List<Determination> through, CatalogueScreening screening, LocalDate date,
      LocalDate when, LocalDate end, String key) {
    LocalDate lastDay = end.minusDays(1);
    LocalDate by = end.isAfter(date) ? end : date.plusDays(1);
    DecisionLevel level = through.stream().map(Determination::level).flatMap(Optional::stream).findFirst().orElse(DecisionLevel.COUNTY);
    String groundZh = through.isEmpty() ? item.titleZh() : programmeName(screening, through, Lang.ZH);
    String groundEn = through.isEmpty() ? item.titleEn() : programmeName(screening, through, Lang.EN);
    return new PlanItem(item.id(), ItemType.PENDING, item.programmeId(), item.department(),
        CnTexts.zh("plan.after-end.title", item.titleZh()), CnTexts.en("plan.after-end.title", item.titleEn()),
        item.members(), item.amount(), 1, "decision", Frequency.ONCE, date, by,
        CnTexts.zh(key, item.amount(), CnTexts.date(Lang.ZH, when), CnTexts.date(Lang.ZH, lastDay), groundZh,
            CnTexts.zh("level." + level.name())),
        CnTexts.en(key, item.amount(), CnTexts.date(Lang.EN, when), CnTexts.date(Lang.EN, lastDay), groundEn,
            CnTexts.en("level." + level.name())),
        Optional.of(level));
  }

  /**
   * A granted 低保 or 单人户 item with the procedure the screening explains for it: who decides, the
   * public notice and the time limit of an application ({@code dibao.procedure}), or, for a
   * household already receiving 低保, the review (复核) with no time limit or notice in the rules
   * modelled and how often it is reviewed ({@code dibao.procedure.review}, the months from the
   * date to the determination's next review).
   */
  /**
   * An item granted to members whose insurance scheme is not recorded (details {@code
   * <member>.pensionScheme} / {@code .medicalScheme} {@code not-recorded}) says what the caseworker
   * must check before paying, as the screening does; other items as they are.
   */
  static PlanItem schemeNote(PlanItem item, ProgrammeResult r) {
    for (String kind : List.of("pension", "medical")) {
      List<String> ids = new ArrayList<>();
      for (java.util.Map.Entry<String, String> e : r.details().entrySet()) {
        if (e.getKey().endsWith("." + kind + "Scheme") && "not-recorded".equals(e.getValue())) {
          ids.add(e.getKey().substring(0, e.getKey().length() - kind.length() - ".Scheme".length()));
        }
      }
      if (!ids.isEmpty() && item.noteZh().isEmpty()) {
        return item.withNote(CnTexts.zh("plan.scheme-not-recorded." + kind, String.join("、", ids), ids.size()),
            CnTexts.en("plan.scheme-not-recorded." + kind, String.join(", ", ids), ids.size()));
      }
    }
    return item;
  }

  private static PlanItem procedureNote(PlanItem item, Household h, CatalogueScreening screening, LocalDate date, PolicySnapshot p) {
    String pid = item.programmeId().orElse("");
    if (item.type() != ItemType.CASH || !pid.equals(CnRulebook.DIBAO) && !pid.equals(CnRulebook.DIBAO_SINGLE)) {
      return item;
    }
    String county = "level." + DecisionLevel.COUNTY.name();
    String township = "level." + DecisionLevel.TOWNSHIP.name();
    if (h.receives(CnRulebook.DIBAO)) {
      int months = screening.rulebook().get(pid).flatMap(Determination::nextReview)
          .map(x -> Math.toIntExact(java.time.temporal.ChronoUnit.MONTHS.between(date, x)))
          .orElse(p.get(CnParameters.DIBAO_REVIEW_STABLE));
      return item.withNote(CnTexts.zh("dibao.procedure.review", CnTexts.zh(county), CnTexts.zh(township), months),
          CnTexts.en("dibao.procedure.review", CnTexts.en(county), CnTexts.en(township), months));
    }
    int notice = p.get(CnParameters.PUBLIC_NOTICE_DAYS);
    int limit = p.get(CnParameters.DIBAO_TIME_LIMIT);
    int refusal = p.get(CnParameters.DIBAO_REFUSAL_NOTICE);
    return item.withNote(CnTexts.zh("dibao.procedure", CnTexts.zh(county), CnTexts.zh(township), notice, limit, refusal),
        CnTexts.en("dibao.procedure", CnTexts.en(county), CnTexts.en(township), notice, limit, refusal));
  }

  /** When every determination a programme rests on ends ({@code validUntil}, exclusive), if they all do. */
  private static Optional<LocalDate> groundEnd(ProgrammeResult r, CatalogueScreening screening) {
    LocalDate end = null;
    for (Determination d : basis(r, screening)) {
      if (d.validUntil().isEmpty()) {
        return Optional.empty();
      }
      end = end == null || d.validUntil().get().isAfter(end) ? d.validUntil().get() : end;
    }
    return Optional.ofNullable(end);
  }

  /** The name of the programme the first of {@code through} decides, in {@code lang}. */
  private static String programmeName(CatalogueScreening screening, List<Determination> through, Lang lang) {
    String id = through.get(0).programmeId();
    return screening.get(id).map(x -> lang == Lang.ZH ? x.programme().nameZh() : x.programme().nameEn()).orElse(id);
  }

  /**
   * The review at the end of a gradual withdrawal (渐退期满复核): a pending item of the programme, for
   * its members, decided by the determination's level whether the benefit continues: due by the
   * withdrawal's last day, reviewed (the plan's review too) on the determination's next review, at
   * the latest the day after that last day.
   */
  private static void withdrawalReview(List<PlanItem> items, ProgrammeResult r, Determination d, LocalDate date) {
    LocalDate lastDay = d.validUntil().map(x -> x.minusDays(1)).orElse(date);
    LocalDate by = d.nextReview().orElse(lastDay.plusDays(1));
    if (!by.isAfter(date)) {
      by = date.plusDays(1);
    }
    DecisionLevel level = d.level().orElse(DecisionLevel.COUNTY);
    String levelKey = "level." + level.name();
    items.add(new PlanItem("i" + (items.size() + 1), ItemType.PENDING, Optional.of(r.programme().id()),
        r.programme().department().id(),
        CnTexts.zh("plan.withdrawal-review.title", r.programme().nameZh()), CnTexts.en("plan.withdrawal-review.title", r.programme().nameEn()),
        r.members(), Money.ZERO, 1, "decision", Frequency.ONCE, date, by,
        CnTexts.zh("plan.withdrawal-review.target", CnTexts.zh(levelKey), CnTexts.date(Lang.ZH, lastDay), CnTexts.date(Lang.ZH, by),
            r.programme().nameZh()),
        CnTexts.en("plan.withdrawal-review.target", CnTexts.en(levelKey), CnTexts.date(Lang.EN, lastDay), CnTexts.date(Lang.EN, by),
            r.programme().nameEn()),
        Optional.of(level)));
  }

  private static PlanItem fromProgramme(String id, ProgrammeResult r, LocalDate date, LocalDate review, Optional<LocalDate> end,
      Optional<DecisionLevel> level) {
    String pid = r.programme().id();
    String dept = r.programme().department().id();
    String zh = r.programme().nameZh();
    String en = r.programme().nameEn();
    ImmutableList<String> members = r.members();
    switch (r.programme().kind()) {
      case SERVICE:
      case IN_KIND: {
        if (r.quantity().isEmpty() && r.programme().kind() == org.jiuzhu.rules.catalogue.Kind.IN_KIND) {
          // an allocation in kind with no quantity a period (a flat of public rental housing) is made once,
          // then reviewed: not a monthly quantity
          String unit = dept.equals("housing") ? "home" : "unit";
          return new PlanItem(id, ItemType.IN_KIND, Optional.of(pid), dept, zh, en, members, Money.ZERO, 1, unit, Frequency.ONCE, date,
              review, CnTexts.zh("plan.allocation.target"), CnTexts.en("plan.allocation.target"), level, end);
        }
        String q = r.quantity().orElse("1 unit/month");
        String[] parts = q.split("[ /]");
        int quantity = Integer.parseInt(parts[0]);
        Frequency f = parts[2].equals("week") ? Frequency.WEEKLY : parts[2].equals("year") ? Frequency.YEARLY : Frequency.MONTHLY;
        ItemType t = r.programme().kind() == org.jiuzhu.rules.catalogue.Kind.SERVICE ? ItemType.SERVICE : ItemType.IN_KIND;
        return new PlanItem(id, t, Optional.of(pid), dept, zh, en, members, Money.ZERO, quantity, parts[1], f, date, review,
            CnTexts.zh("plan.service.target", CnTexts.quantity(Lang.ZH, q)), CnTexts.en("plan.service.target", CnTexts.quantity(Lang.EN, q)),
            level, end);
      }
      case FEE_WAIVER:
        return new PlanItem(id, ItemType.FEE_WAIVER, Optional.of(pid), dept, zh, en, members, Money.ZERO, 1, "waiver",
            Frequency.ONCE, date, review, CnTexts.zh("plan.waiver.target"), CnTexts.en("plan.waiver.target"), level, end);
      case REFERRAL:
        return new PlanItem(id, ItemType.REFERRAL, Optional.of(pid), dept, zh, en, members, Money.ZERO, 1, "referral",
            Frequency.ONCE, date, review, CnTexts.zh("plan.referral.target"), CnTexts.en("plan.referral.target"), level, end);
      default: {
        // a granted 低保 of 0.00 (a gap that rounds to nothing) is still paid monthly: a monthly item of 0.00
        boolean monthly = r.showsMonthly();
        Frequency f = monthly ? Frequency.MONTHLY : r.yearly().isPositive() ? Frequency.YEARLY : Frequency.ONCE;
        Money amount = monthly ? r.monthly() : r.yearly().isPositive() ? r.yearly() : r.oneOff();
        if (!amount.isPositive() && pid.equals("cn.medical.reimbursement")) {
          // the standing entitlement: paid on the bills recorded from now on, up to the members' yearly caps
          Money cap = Money.ZERO;
          for (java.util.Map.Entry<String, String> e : r.details().entrySet()) {
            if (e.getKey().endsWith(".cap")) {
              cap = cap.plus(Money.parse(e.getValue()));
            }
          }
          if (cap.isPositive()) {
            return new PlanItem(id, ItemType.CASH, Optional.of(pid), dept, zh, en, members, cap, 1, "payment", Frequency.YEARLY,
                date, review, CnTexts.zh("plan.medical.target.cap", cap), CnTexts.en("plan.medical.target.cap", cap), level, end);
          }
          return new PlanItem(id, ItemType.CASH, Optional.of(pid), dept, zh, en, members, amount, 1, "payment", f, date, review,
              CnTexts.zh("plan.medical.target"), CnTexts.en("plan.medical.target"), level, end);
        }
        if (monthly && amount.isZero()) {
          return new PlanItem(id, ItemType.CASH, Optional.of(pid), dept, zh, en, members, amount, 1, "payment", f, date, review,
              CnTexts.zh("plan.cash.target.zero"), CnTexts.en("plan.cash.target.zero"), level, end);
        }
        return new PlanItem(id, ItemType.CASH, Optional.of(pid), dept, zh, en, members, amount, 1, "payment", f, date, review,
            CnTexts.zh("plan.cash.target", amount), CnTexts.en("plan.cash.target", amount), level, end);
      }
    }
  }
}
