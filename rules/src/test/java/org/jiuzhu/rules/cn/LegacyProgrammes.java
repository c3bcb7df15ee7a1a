package org.jiuzhu.rules.cn;

// The rulebook before the batch (issue 13), kept verbatim as the oracle of BatchEquivalenceTest.

import static org.jiuzhu.rules.cn.CnCriteria.*;
import static org.jiuzhu.rules.cn.CnParameters.*;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jiuzhu.core.eligibility.Bilingual;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Explainer;
import org.jiuzhu.core.eligibility.Finding;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.household.CarePlacement;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.ExpenditureCategory;
import org.jiuzhu.core.household.FinancialAsset;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.LifeEvent;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.SchoolingStage;
import org.jiuzhu.core.household.Supporter;
import org.jiuzhu.core.household.SupporterCondition;
import org.jiuzhu.core.household.Vehicle;
import org.jiuzhu.core.household.WorkCapacity;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.money.Rounding;
import org.jiuzhu.core.text.Lang;

/** The programmes of {@link CnRulebook}, evaluated in order for one household; not thread-safe. */
final class LegacyProgrammes {
  private final LegacyFacts f;
  private final boolean explain;
  /** True when display values are needed (explain mode); in fast mode they are never computed. */
  private final boolean on;
  private final Rounding rounding;

  private Determination dibao;
  private Determination tekun;
  private Determination marginal;
  private boolean marginalPasses;
  /** The failed alternative ground an eligible explanation leaves out (the other kind of temporary assistance). */
  private String alternativeGround;

  LegacyProgrammes(LegacyFacts f, boolean explain) {
    this.f = f;
    this.explain = explain;
    this.on = explain;
    this.rounding = f.p.rounding;
  }

  ImmutableList<Determination> all() {
    if (f.n > 0) {
      f.computeIncome();
    }
    tekun = tekun();
    dibao = dibao();
    Determination single = single();
    marginal = marginal();
    Determination rigid = rigid();
    Determination temporary = temporary();
    return ImmutableList.of(tekun, dibao, single, marginal, rigid, temporary);
  }

  // ---------------------------------------------------------------- helpers

  private Determination.Builder start(String id) {
    return Determination.builder(id).provenance(CnRulebook.VERSION, f.p.fingerprint);
  }

  private LocalDate nextMonth;

  private LocalDate nextMonth() {
    if (nextMonth == null) {
      nextMonth = f.date.withDayOfMonth(1).plusMonths(1);
    }
    return nextMonth;
  }

  private static Money yuan(long fen) {
    return Money.ofFen(fen);
  }

  /** {@code a / b} in fen, rounded up: consistent with an "at most" test against a whole-fen line. */
  private static Money ceilDiv(long a, long b) {
    return yuan(-Math.floorDiv(-a, b));
  }

  private static String programmeZh(String id) {
    return CnTexts.programme(Lang.ZH, id);
  }

  private static String programmeEn(String id) {
    return CnTexts.programme(Lang.EN, id);
  }

  /** Writes the findings, notes and a short explanation built from them. */
  private Determination finish(Determination.Builder b, Explainer ex, String id, Outcome outcome, Money monthly, Money oneOff,
      String reviewZh, String reviewEn) {
    b.outcome(outcome);
    String alternative = alternativeGround;
    alternativeGround = null;
    if (!ex.isOn()) {
      return b.build();
    }
    ImmutableList<Finding> findings = ex.findings();
    b.findings(findings);
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    if (outcome == Outcome.ELIGIBLE) {
      String amountKey = monthly.isPositive() ? "explain.eligible.monthly" : oneOff.isPositive() ? "explain.eligible.once"
          : "explain.eligible";
      Money amount = monthly.isPositive() ? monthly : oneOff;
      zh.append(CnTexts.zh(amountKey, programmeZh(id), amount));
      en.append(CnTexts.en(amountKey, programmeEn(id), amount));
      for (Finding fi : findings) {
        if (!fi.passed() && fi.criterionId().equals(alternative)) {
          continue;
        }
        zh.append(fi.zh());
        en.append(' ').append(fi.en());
      }
    } else if (outcome == Outcome.INELIGIBLE) {
      zh.append(CnTexts.zh("explain.ineligible", programmeZh(id)));
      en.append(CnTexts.en("explain.ineligible", programmeEn(id)));
      for (Finding fi : findings) {
        if (!fi.passed() && fi.status() != Finding.Status.NOT_ASSESSED) {
          zh.append(fi.zh());
          en.append(' ').append(fi.en());
        }
      }
    } else {
      zh.append(CnTexts.zh("explain.review", programmeZh(id), reviewZh));
      String head = CnTexts.en("explain.review", programmeEn(id), reviewEn);
      en.append(Character.toUpperCase(head.charAt(0))).append(head.substring(1));
    }
    for (String[] note : ex.notes()) {
      // as the rulebook: a sentence before a note that ends without a stop gets one
      if (zh.length() > 0 && "。.！!？?；;".indexOf(zh.charAt(zh.length() - 1)) < 0) {
        zh.append('。');
      }
      if (en.length() > 0 && "。.！!？?；;".indexOf(en.charAt(en.length() - 1)) < 0) {
        en.append('.');
      }
      zh.append(note[0]);
      en.append(' ').append(note[1]);
    }
    b.explanation(zh.toString(), en.toString());
    return b.build();
  }

  /** The 分类施保 addition of a member: the highest that applies (就高不累加). */
  /** The additions of the counted members who keep their share (rounding at the end takes them in). */
  private Money keptAdditions(boolean[] sanctioned) {
    Money sum = Money.ZERO;
    for (int i = 0; i < f.members.size(); i++) {
      if (f.counted[i] && !sanctioned[i]) {
        sum = sum.plus(addition(i));
      }
    }
    return sum;
  }

  /** The age on the first day of payment (the first of the next month), as Programmes. */
  private int payAge(int i) {
    return f.members.get(i).ageOn(nextMonth());
  }

  private Money addition(int i) {
    return addition(i, payAge(i));
  }

  private Money addition(int i, int age) {
    Member m = f.members.get(i);
    Money a = Money.ZERO;
    if (age >= f.p.additionElderlyAge) {
      a = Money.max(a, f.p.additionElderly);
    }
    if (age < f.p.additionMinorAge) {
      a = Money.max(a, f.p.additionMinor);
    }
    if (LegacyFacts.severelyDisabled(m)) {
      a = Money.max(a, f.p.additionSevereDisability);
    }
    if (LegacyFacts.majorIllness(m)) {
      a = Money.max(a, f.p.additionMajorIllness);
    }
    return a;
  }

  /** Why member {@code i} has its addition: the first of the highest ({@code null} for none). */
  private String additionWhy(int i) {
    Member m = f.members.get(i);
    Money a = addition(i);
    if (a.isZero()) {
      return null;
    }
    int age = payAge(i);
    if (age >= f.p.additionElderlyAge && f.p.additionElderly.equals(a)) {
      return "elderly";
    }
    if (age < f.p.additionMinorAge && f.p.additionMinor.equals(a)) {
      return "minor";
    }
    if (LegacyFacts.severelyDisabled(m) && f.p.additionSevereDisability.equals(a)) {
      return "severe-disability";
    }
    return "major-illness";
  }

  /** Where the additions of the members with a share end because of age (as Programmes). */
  private LocalDate additionEnds(Explainer ex, Determination.Builder b, java.util.function.IntPredicate withShare, Money total,
      LocalDate review) {
    int minor = f.p.additionMinorAge;
    java.util.TreeMap<String, LocalDate> ends = new java.util.TreeMap<>();
    LocalDate first = null;
    for (int i = 0; i < f.members.size(); i++) {
      if (!f.counted[i] || !withShare.test(i)) {
        continue;
      }
      Money a = addition(i);
      if (a.isZero() || payAge(i) >= minor || addition(i, minor).compareTo(a) >= 0) {
        continue;
      }
      LocalDate end = AgeBounds.birthday(f.members.get(i).birthDate(), minor);
      ends.put(f.members.get(i).id(), end);
      first = first == null || end.isBefore(first) ? end : first;
    }
    if (first == null) {
      return null;
    }
    LocalDate by = review.isBefore(first) ? review : first;
    StringBuilder detail = new StringBuilder();
    for (java.util.Map.Entry<String, LocalDate> e : ends.entrySet()) {
      detail.append(detail.length() == 0 ? "" : ",").append(e.getKey()).append(':').append(e.getValue());
      if (ex.isOn()) {
        ex.note(CnTexts.zh("dibao.addition.ends", e.getKey(), CnTexts.date(Lang.ZH, e.getValue()), minor,
                CnTexts.zh("dibao.addition.why.minor", minor), total, CnTexts.date(Lang.ZH, first.minusDays(1)), CnTexts.date(Lang.ZH, by)),
            CnTexts.en("dibao.addition.ends", e.getKey(), CnTexts.date(Lang.EN, e.getValue()), minor,
                CnTexts.en("dibao.addition.why.minor", minor), total, CnTexts.date(Lang.EN, first.minusDays(1)), CnTexts.date(Lang.EN, by)));
      }
    }
    b.detail("additionEnds", detail.toString());
    return first;
  }

  private Object additionAge(String why) {
    return why.equals("elderly") ? f.p.additionElderlyAge : why.equals("minor") ? f.p.additionMinorAge : 0;
  }

  /** Where the granted 低保 amount comes from (the same notes and details as Programmes). */
  private Money keptBeforeAdditions;

  private void explainAmount(Explainer ex, Determination.Builder b, long gap, Money base, boolean banded, Money total,
      boolean[] sanctioned) {
    java.util.TreeMap<String, String> adds = new java.util.TreeMap<>();
    java.util.TreeMap<String, String[]> addNotes = new java.util.TreeMap<>();
    Money sum = Money.ZERO;
    for (int i = 0; i < f.members.size(); i++) {
      if (!f.counted[i] || sanctioned[i]) {
        continue;
      }
      String why = additionWhy(i);
      if (why == null) {
        continue;
      }
      Money a = addition(i);
      sum = sum.plus(a);
      String id = f.members.get(i).id();
      adds.put(id, id + ":" + why + ":" + a);
      String k = "dibao.addition.why." + why;
      addNotes.put(id, new String[] {CnTexts.zh("dibao.amount.addition", id, CnTexts.zh(k, additionAge(why)), a),
          CnTexts.en("dibao.amount.addition", id, CnTexts.en(k, additionAge(why)), a)});
    }
    b.detail("gapAmount", total.minus(sum).toString());
    if (!sum.isZero()) {
      b.detail("additions", String.join(",", adds.values()));
    }
    if (!ex.isOn()) {
      return;
    }
    if (!banded) {
      ex.note(CnTexts.zh("dibao.amount.gap", f.n, base), CnTexts.en("dibao.amount.gap", f.n, base));
      if (base.isZero() && gap > 0) {
        Money monthly = Money.ofFen(new java.math.BigDecimal(gap).divide(java.math.BigDecimal.valueOf(f.window), 0,
            java.math.RoundingMode.HALF_UP).longValueExact());
        String rk = "dibao.rounding." + f.p.rounding.mode().name();
        String rz = CnTexts.zh(rk, f.p.rounding.step());
        String re = CnTexts.en(rk, f.p.rounding.step());
        if (monthly.isZero()) {
          ex.note(CnTexts.zh("dibao.amount.zero.tiny", rz), CnTexts.en("dibao.amount.zero.tiny", re));
        } else {
          ex.note(CnTexts.zh("dibao.amount.zero", monthly, rz), CnTexts.en("dibao.amount.zero", monthly, re));
        }
      }
    }
    if (!keptBeforeAdditions.equals(base)) {
      java.util.TreeSet<String> out = new java.util.TreeSet<>();
      for (int i = 0; i < f.members.size(); i++) {
        if (f.counted[i] && sanctioned[i]) {
          out.add(f.members.get(i).id());
        }
      }
      org.jiuzhu.core.eligibility.Sentence kept = Programmes.keptSentence(base, base.minus(keptBeforeAdditions), List.copyOf(out),
          keptBeforeAdditions);
      ex.note(kept.in(Lang.ZH), kept.in(Lang.EN));
    }
    for (String[] n : addNotes.values()) {
      ex.note(n[0], n[1]);
    }
    if (!sum.isZero()) {
      ex.note(CnTexts.zh("dibao.amount.total", total, total.minus(sum), sum),
          CnTexts.en("dibao.amount.total", total, total.minus(sum), sum));
    }
  }

  private boolean ableToWork(int i) {
    return LegacyFacts.ableToWork(f.members.get(i), f.ages[i], f.p.tekunAgeChild, f.p.tekunAgeElderly);
  }

  /**
   * The asset tests shared by 低保 and (with looser limits) the marginal and rigid categories:
   * {@code cars} ordinary cars worth at most {@code carMax} are exempt (the programme's own
   * values). Exempted vehicles are explained: which one and under which rule.
   */
  private boolean assetsPass(Explainer ex, String programmeId, int financialMonths, int cars, Money carMax) {
    Money s = f.standard();
    long limit = s.fen() * financialMonths * f.n;
    long fin = f.financialAssets(null);
    boolean ok = ex.check(FINANCIAL, fin <= limit, on ? ceilDiv(fin, f.n) : null, on ? yuan(s.fen() * financialMonths) : null);
    if (on) {
      explainEarmarked(ex, null);
    }
    List<String[]> exempted = on && !f.h.vehicles().isEmpty() ? new ArrayList<>() : null;
    Vehicle v = f.disqualifyingVehicle(null, cars, carMax, exempted);
    ok &= ex.check(VEHICLES, v == null, on ? (v == null ? Integer.toString(f.h.vehicles().size())
        : Integer.toString(f.h.vehicles().indexOf(v) + 1)) : null, on && v != null ? v.value() : "",
        !on ? null : v == null ? Programmes.counted(f.h.vehicles().size(), "vehicles-within")
            : Programmes.vehicleRefusal(f.p, programmeId, v, cars, carMax));
    if (exempted != null) {
      explainExempted(ex, programmeId, exempted, cars, carMax);
    }
    ok &= ex.check(HOMES, f.homesPass(), f.h.homes().size(), f.p.maxHomes, on ? Programmes.counted(f.h.homes().size(), "home") : null);
    int nonRes = f.nonResidential();
    ok &= ex.check(NON_RESIDENTIAL, nonRes == 0, nonRes, 0);
    int biz = f.disqualifyingBusinesses();
    ok &= ex.check(BUSINESS, biz == 0, biz, 0);
    return ok;
  }

  /** A note for each financial asset left out as earmarked for a major illness ({@code onlyMember}'s, or the household's counted). */
  private void explainEarmarked(Explainer ex, String onlyMember) {
    LocalDate limit = f.date.plusMonths(f.p.earmarkMaxMonths);
    for (int k = 0; k < f.h.financialAssets().size(); k++) {
      FinancialAsset a = f.h.financialAssets().get(k);
      String owner = a.ownerMemberId().orElse(null);
      if (onlyMember != null && !onlyMember.equals(owner) || owner != null && !f.counted[f.index(owner)]) {
        continue;
      }
      if (!(a.earmarkedForMajorIllness() && a.earmarkedUntil().isPresent() && !a.earmarkedUntil().get().isAfter(limit)
          && !a.earmarkedUntil().get().isBefore(f.date))) {
        continue;
      }
      String zhOwner = owner == null ? CnTexts.zh("asset.owner.none") : CnTexts.zh("asset.owner.member", owner);
      String enOwner = owner == null ? CnTexts.en("asset.owner.none") : CnTexts.en("asset.owner.member", owner);
      ex.note(CnTexts.zh("asset.exempted.earmarked", k + 1, zhOwner, CnTexts.zh("asset.type." + a.type().name()), a.value(),
              CnTexts.date(Lang.ZH, a.earmarkedUntil().get())),
          CnTexts.en("asset.exempted.earmarked", k + 1, enOwner, CnTexts.en("asset.type." + a.type().name()), a.value(),
              CnTexts.date(Lang.EN, a.earmarkedUntil().get())));
    }
  }

  /** A note for each exempted vehicle: which one, and under which rule. */
  private void explainExempted(Explainer ex, String programmeId, List<String[]> exempted, int cars, Money carMax) {
    for (String[] e : exempted) {
      int i = Integer.parseInt(e[0]);
      Vehicle v = f.h.vehicles().get(i);
      String rule = e[1];
      String ruleKey = "vehicle.exempt." + (rule.equals("exempt-cars") ? (carMax == null ? "cars" : "cars-capped")
          : rule.equals("disability-mobility") ? "disability" : rule.equals(DIBAO_EXEMPT_MOTORCYCLES.name()) ? "motorcycles"
          : rule.equals(DIBAO_EXEMPT_LIVELIHOOD_VEHICLE.name()) ? "livelihood" : "value");
      Object limit = rule.equals(DIBAO_ASSETS_VEHICLE_EXEMPT_MAX.name()) ? f.p.vehicleExemptMax
          : carMax == null ? "" : carMax;
      int ruleCode = rule.equals("exempt-cars") ? Facts.RULE_CARS : rule.equals("disability-mobility") ? Facts.RULE_DISABILITY
          : rule.equals(DIBAO_EXEMPT_MOTORCYCLES.name()) ? Facts.RULE_MOTORCYCLES
          : rule.equals(DIBAO_EXEMPT_LIVELIHOOD_VEHICLE.name()) ? Facts.RULE_LIVELIHOOD : Facts.RULE_VALUE;
      org.jiuzhu.core.eligibility.Sentence reference = Programmes.exemptionReference(f.p, programmeId, ruleCode, cars);
      ex.note(CnTexts.zh("vehicle.exempted", i + 1, CnTexts.zh("vehicle.type." + v.type().name()), v.value(),
              CnTexts.zh(ruleKey, cars, limit), reference.in(org.jiuzhu.core.text.Lang.ZH)),
          CnTexts.en("vehicle.exempted", i + 1, CnTexts.en("vehicle.type." + v.type().name()), v.value(),
              CnTexts.en(ruleKey, cars, limit), reference.in(org.jiuzhu.core.text.Lang.EN)));
    }
  }

  // ---------------------------------------------------------------- 低保

  private Determination dibao() {
    Explainer ex = CnRulebook.explainer(explain);
    Determination.Builder b = start(CnRulebook.DIBAO);
    boolean anyMembers = ex.check(MEMBERS, f.n > 0, f.n, 1);
    if (ex.isOn()) {
      // every member left out, with why; every member back from custody, with the day
      for (int i = 0; i < f.members.size(); i++) {
        org.jiuzhu.core.household.Member m = f.members.get(i);
        java.util.Optional<java.time.LocalDate> released = f.h.releasedFromCustody(m, f.date);
        if (released.isPresent()) {
          ex.note(CnTexts.sentence("household.counted.released", m.id(), CnTexts.date(released.get()),
              CnTexts.sentence("household.custody." + m.absence().get().reason().name())));
        } else if (!f.counted[i] && m.absence().isPresent()) {
          org.jiuzhu.core.household.Absence a = m.absence().get();
          org.jiuzhu.core.eligibility.Sentence why = a.reason() == org.jiuzhu.core.household.AbsenceReason.RELIGIOUS_SITE
              ? CnTexts.sentence("household.absence.RELIGIOUS_SITE.years", CnTexts.date(a.since()), f.p.religiousSiteYears)
              : CnTexts.sentence("household.absence." + a.reason().name());
          ex.note(CnTexts.sentence("household.not-counted", m.id(), why));
        }
      }
    }
    if (!anyMembers) {
      return finish(b, ex, CnRulebook.DIBAO, Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, null, null);
    }
    if (!ex.check(NOT_TEKUN, !(tekun.isEligible() && tekun.shareCount() == f.n), "", "", on ? notTekunText(NOT_TEKUN.id()) : null)) {
      return finish(b, ex, CnRulebook.DIBAO, Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, null, null);
    }
    Money s = f.standard();
    long line = s.fen() * f.n * f.window;
    boolean ok = lastIncomeBeforeWindow() != null ? unassessed(ex, DIBAO_INCOME, null, f.window) : ex.check(DIBAO_INCOME, f.incomeTotal < line, on ? Programmes.perCapita(f.incomeTotal, (long) f.n * f.window, f.incomeTotal < line, s.fen()) : null, s);
    if (ex.isOn() && lastIncomeBeforeWindow() == null) {
      String key = f.medicalDeduction > 0 ? "dibao.income.note.medical" : "dibao.income.note";
      ex.note(CnTexts.zh(key, f.window, yuan(f.employmentDeduction), yuan(f.medicalDeduction)),
          CnTexts.en(key, f.window, yuan(f.employmentDeduction), yuan(f.medicalDeduction)));
      if (f.withdrawal) {
        ex.note(CnTexts.zh("dibao.withdrawal.disregarded", yuan(f.disregardedNewJob)),
            CnTexts.en("dibao.withdrawal.disregarded", yuan(f.disregardedNewJob)));
      }
      missingMonths(ex);
    }
    ok &= assetsPass(ex, CnRulebook.DIBAO, f.need(f.p.financialMonths, DIBAO_ASSETS_FINANCIAL_MONTHS), f.p.dibaoExemptCars, f.p.dibaoExemptCarMax);
    if (!ok) {
      return finish(b, ex, CnRulebook.DIBAO, Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, null, null);
    }
    if (lastIncomeBeforeWindow() != null) {
      return incomeReview(CnRulebook.DIBAO, ex);
    }

    // the amount, on household totals: (standard x members x months - income) / months
    long gap = line - f.incomeTotal;
    Money base;
    if (f.p.bands != null) {
      BigDecimal share = f.p.bands.payShare(gap, line);
      base = f.p.amounts.dibaoBanded(s, f.n, share);
      b.detail("band", share.stripTrailingZeros().toPlainString());
      if (ex.isOn()) {
        ex.note(CnTexts.zh("dibao.bands", share.toPlainString()), CnTexts.en("dibao.bands", share.toPlainString()));
      }
    } else {
      base = f.p.amounts.dibaoBase(gap, f.window, f.n);
    }

    // Art. 45: members who refused work repeatedly lose their own share
    boolean[] sanctioned = new boolean[f.members.size()];
    int k = 0;
    boolean irregular = false;
    for (int i = 0; i < f.members.size(); i++) {
      Member m = f.members.get(i);
      if (!f.counted[i]) {
        continue;
      }
      boolean able = ableToWork(i);
      irregular |= able;
      if (tekun.hasShare(m.id())) {
        // exclusive per person: a member supported as 特困 gets no 低保 share
        sanctioned[i] = true;
        k++;
        ex.check(NOT_TEKUN_MEMBER, false, m.id(), "");
        continue;
      }
      if (able && m.workStatus() == WorkStatus.UNEMPLOYED && m.consecutiveRefusedJobOffers() > 0) {
        sanctioned[i] = !ex.check(SANCTION, m.consecutiveRefusedJobOffers() < f.p.sanctionRefusals, m.id(),
            m.consecutiveRefusedJobOffers());
        if (sanctioned[i]) {
          k++;
        }
      }
    }
    Money kept = k == 0 ? base : f.p.amounts.kept(base, f.n - k, f.n);
    keptBeforeAdditions = kept;
    // shares: the base split evenly over the members who keep theirs, the remaining fen going one
    // each to the first member ids in sorted order (so that the order of members changes nothing)
    List<String> keeperIds = new ArrayList<>(f.n);
    for (int i = 0; i < f.members.size(); i++) {
      if (f.counted[i] && !sanctioned[i]) {
        keeperIds.add(f.members.get(i).id());
      }
    }
    keeperIds.sort(null);
    if (f.p.amounts.stage() == org.jiuzhu.core.money.RoundingStage.END) {
      kept = f.p.amounts.beforeAdditions(kept, keptAdditions(sanctioned));
    }
    int keepers = keeperIds.size();
    long each = keepers == 0 ? 0 : kept.fen() / keepers;
    long remainder = keepers == 0 ? 0 : kept.fen() - each * keepers;
    Money monthly = Money.ZERO;
    for (int i = 0; i < f.members.size(); i++) {
      if (!f.counted[i]) {
        continue;
      }
      Member m = f.members.get(i);
      Money share = Money.ZERO;
      if (!sanctioned[i]) {
        int rank = keeperIds.indexOf(m.id());
        share = Money.ofFen(each + (rank < remainder ? 1 : 0)).plus(addition(i));
      }
      b.memberShare(m.id(), share);
      monthly = monthly.plus(share);
    }
    LocalDate review = f.date.plusMonths(irregular ? f.p.reviewIrregularMonths : f.p.reviewStableMonths);
    if (f.withdrawal) {
      // 渐退期: the continued benefit ends when the first disregarded member's period ends; the
      // household is reviewed then at the latest
      LocalDate end = f.withdrawalEnd();
      b.detail("withdrawal", "true").detail("withdrawalLastDay", end.minusDays(1).toString()).validUntil(end);
      if (end.isBefore(review)) {
        review = end;
      }
      if (ex.isOn()) {
        ex.note(CnTexts.zh("dibao.withdrawal.end", CnTexts.date(Lang.ZH, end.minusDays(1)), CnTexts.date(Lang.ZH, review)),
            CnTexts.en("dibao.withdrawal.end", CnTexts.date(Lang.EN, end.minusDays(1)), CnTexts.date(Lang.EN, review)));
      }
    }
    b.monthlyAmount(monthly).validFrom(nextMonth()).nextReview(review);
    explainAmount(ex, b, gap, base, f.p.bands != null, monthly, sanctioned);
    LocalDate ageEnd = additionEnds(ex, b, x -> !sanctioned[x], monthly, review);
    if (ageEnd != null) {
      LocalDate until = f.withdrawal && f.withdrawalEnd().isBefore(ageEnd) ? f.withdrawalEnd() : ageEnd;
      b.validUntil(until).nextReview(review.isBefore(ageEnd) ? review : ageEnd);
    }
    procedure(ex, "dibao.procedure", irregular ? f.p.reviewIrregularMonths : f.p.reviewStableMonths);
    return finish(b, ex, CnRulebook.DIBAO, Outcome.ELIGIBLE, monthly, Money.ZERO, null, null);
  }

  /** Members able to work with income records in only some months of the window (as Programmes). */
  private void missingMonths(Explainer ex) {
    java.time.YearMonth app = java.time.YearMonth.from(f.date);
    for (int i = 0; i < f.members.size(); i++) {
      if (!f.counted[i] || !ableToWork(i)) {
        continue;
      }
      String id = f.members.get(i).id();
      java.util.Set<java.time.YearMonth> months = new java.util.HashSet<>();
      for (org.jiuzhu.core.household.IncomeItem it : f.h.incomes()) {
        long k = it.month().until(app, java.time.temporal.ChronoUnit.MONTHS);
        if (it.memberId().equals(id) && k >= 1 && k <= f.window) {
          months.add(it.month());
        }
      }
      if (!months.isEmpty() && months.size() < f.window) {
        ex.note(CnTexts.zh("dibao.income.missing-months", id, f.window, f.window - months.size()),
            CnTexts.en("dibao.income.missing-months", id, f.window, f.window - months.size()));
      }
    }
  }

  // ---------------------------------------------------------------- 单人户

  /** The marginal tests' result, reused in fast mode (explain mode re-runs them to record the findings). */
  private Boolean marginalResult;

  private boolean marginalTests(Explainer ex) {
    if (!on && marginalResult != null) {
      return marginalResult;
    }
    Money s = f.standard();
    long line = s.fen() * f.n * f.window;
    Ratio multiple = f.p.marginalMultiple;
    boolean ok = lastIncomeBeforeWindow() != null ? unassessed(ex, MARGINAL_INCOME, null, f.window) : ex.check(MARGINAL_INCOME, multiple.isAbove(f.incomeTotal, line),
        on ? Programmes.perCapita(f.incomeTotal, (long) f.n * f.window, multiple.isAbove(f.incomeTotal, line),
            multiple.floorTimes(s.fen())) : null, on ? yuan(multiple.floorTimes(s.fen())) : null, multiple);
    ok &= assetsPass(ex, CnRulebook.MARGINAL, f.need(f.p.marginalFinancialMonths, MARGINAL_ASSETS_FINANCIAL_MONTHS), f.p.marginalExemptCars, f.p.marginalExemptCarMax);
    marginalResult = ok;
    return ok;
  }

  /** The procedure note of a grant (the same text as Programmes writes). */
  private void procedure(Explainer ex, String key, int reviewMonths) {
    if (!ex.isOn()) {
      return;
    }
    Object[] zh;
    Object[] en;
    String cz = CnTexts.zh("level.COUNTY");
    String tz = CnTexts.zh("level.TOWNSHIP");
    String ce = CnTexts.en("level.COUNTY");
    String te = CnTexts.en("level.TOWNSHIP");
    if (key.equals("dibao.procedure") && f.h.receives(CnRulebook.DIBAO)) {
      ex.note(CnTexts.zh("dibao.procedure.review", cz, tz, reviewMonths), CnTexts.en("dibao.procedure.review", ce, te, reviewMonths));
      return;
    }
    if (key.equals("tekun.procedure")) {
      zh = new Object[] {cz, tz, f.p.tekunInvestigationDays, f.p.publicNoticeDays, f.p.tekunConfirmationDays, f.p.refusalNoticeDays};
      en = new Object[] {ce, te, f.p.tekunInvestigationDays, f.p.publicNoticeDays, f.p.tekunConfirmationDays, f.p.refusalNoticeDays};
    } else {
      zh = new Object[] {cz, tz, f.p.publicNoticeDays, f.p.dibaoTimeLimitDays, f.p.refusalNoticeDays};
      en = new Object[] {ce, te, f.p.publicNoticeDays, f.p.dibaoTimeLimitDays, f.p.refusalNoticeDays};
    }
    ex.note(CnTexts.zh(key, zh), CnTexts.en(key, en));
  }

  /** The latest month of the household's income records when all lie before the 低保 window, else null. */
  private java.time.YearMonth lastIncomeBeforeWindow() {
    return lastIncomeBefore(null, f.window);
  }

  /**
   * The latest month of the income records (of member {@code memberId}, or of the household when
   * null) when all lie before a window of {@code window} months, else null.
   */
  private java.time.YearMonth lastIncomeBefore(String memberId, int window) {
    if (f.n == 0 || window == 0) {
      return null;
    }
    java.time.YearMonth app = java.time.YearMonth.from(f.date);
    java.time.YearMonth last = null;
    for (org.jiuzhu.core.household.IncomeItem x : f.h.incomes()) {
      if (memberId != null && !x.memberId().equals(memberId)) {
        continue;
      }
      long k = x.month().until(app, java.time.temporal.ChronoUnit.MONTHS);
      if (k >= 1 && k <= window) {
        return null;
      }
      if (k > window && (last == null || x.month().isAfter(last))) {
        last = x.month();
      }
    }
    return last;
  }

  private org.jiuzhu.core.eligibility.Coded notTekunText(String criterionId) {
    String one = null;
    for (int i = 0; i < f.members.size() && f.n == 1; i++) {
      if (f.counted[i]) {
        one = f.members.get(i).id();
      }
    }
    return Programmes.notTekunText(criterionId, one, tekun.outcome() == Outcome.NEEDS_REVIEW);
  }

  private static boolean unassessed(Explainer ex, org.jiuzhu.core.eligibility.Criterion c, String memberId, int window) {
    if (ex.isOn()) {
      ex.notAssessed(c, Programmes.unassessedText(memberId, window));
    }
    return true;
  }

  private Determination incomeReview(String id, Explainer ex) {
    return incomeReview(id, ex, f.window);
  }

  private Determination incomeReview(String id, Explainer ex, int window) {
    java.time.YearMonth last = lastIncomeBefore(null, window);
    Object[] args = {last.getYear(), last.getMonthValue(), window};
    Determination.Builder rb = start(id).level(DecisionLevel.TOWNSHIP)
        .reviewReason("income.before-window", org.jiuzhu.core.eligibility.Sentence.of(CnTexts.zh("income.before-window", args),
            CnTexts.en("income.before-window", args)))
        .detail("situation", "income.before-window").detail("lastIncomeMonth", last.toString());
    return finish(rb, ex, id, Outcome.NEEDS_REVIEW, Money.ZERO, Money.ZERO,
        CnTexts.zh("income.before-window", args), CnTexts.en("income.before-window", args));
  }

  private Determination single() {
    Explainer ex = CnRulebook.explainer(explain);
    Determination.Builder b = start(CnRulebook.DIBAO_SINGLE);
    if (f.n == 0 || !ex.check(NOT_DIBAO, !dibao.isEligible(), "", "")) {
      return finish(b, ex, CnRulebook.DIBAO_SINGLE, Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, null, null);
    }
    if (!marginalTests(ex)) {
      return finish(b, ex, CnRulebook.DIBAO_SINGLE, Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, null, null);
    }
    Money s = f.standard();
    Money monthly = Money.ZERO;
    boolean any = false;
    boolean unknownIncome = false;
    for (int i = 0; i < f.members.size(); i++) {
      Member m = f.members.get(i);
      if (!f.counted[i]) {
        continue;
      }
      if (tekun.hasShare(m.id())) {
        ex.check(NOT_TEKUN_MEMBER, false, m.id(), "");
        continue;
      }
      String whyKey = LegacyFacts.severelyDisabled(m) ? "severe-disability"
          : LegacyFacts.grade3IntellectualOrMental(m) ? "grade3-intellectual-or-mental" : LegacyFacts.majorIllness(m) ? "major-illness" : null;
      Object why = whyKey == null ? "" : !on ? whyKey
          : new Bilingual(whyKey, CnTexts.zh("single.why." + whyKey), CnTexts.en("single.why." + whyKey));
      if (!ex.check(SINGLE_CONDITION, whyKey != null, m.id(), why)) {
        continue;
      }
      if (lastIncomeBeforeWindow() != null) {
        unassessed(ex, SINGLE_INCOME, m.id(), f.window);
        unknownIncome = true;
        continue;
      }
      long own = f.memberIncome[i];
      long line = s.fen() * f.window;
      if (!ex.check(SINGLE_INCOME, own < line, on ? Programmes.perCapita(own, f.window, own < line, s.fen()) : null, s, m.id())) {
        continue;
      }
      Money share = f.p.amounts.single(line - own, f.window, addition(i));
      b.memberShare(m.id(), share);
      singleShares.add(m.id());
      if (on) {
        String addWhy = additionWhy(i);
        Money a = addition(i);
        if (addWhy == null) {
          ex.note(CnTexts.zh("dibao.single.amount", m.id(), share), CnTexts.en("dibao.single.amount", m.id(), share));
        } else {
          String k = "dibao.addition.why." + addWhy;
          ex.note(CnTexts.zh("dibao.single.amount.addition", m.id(), share.minus(a), CnTexts.zh(k, additionAge(addWhy)), a, share),
              CnTexts.en("dibao.single.amount.addition", m.id(), share.minus(a), CnTexts.en(k, additionAge(addWhy)), a, share));
        }
      }
      monthly = monthly.plus(share);
      any = true;
    }
    if (unknownIncome) {
      return incomeReview(CnRulebook.DIBAO_SINGLE, ex);
    }
    if (!any) {
      return finish(b, ex, CnRulebook.DIBAO_SINGLE, Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, null, null);
    }
    LocalDate singleReview = f.date.plusMonths(f.p.reviewStableMonths);
    b.monthlyAmount(monthly).validFrom(nextMonth()).nextReview(singleReview);
    LocalDate singleEnd = additionEnds(ex, b, k -> singleShares.contains(f.members.get(k).id()), monthly, singleReview);
    if (singleEnd != null) {
      b.validUntil(singleEnd).nextReview(singleReview.isBefore(singleEnd) ? singleReview : singleEnd);
    }
    procedure(ex, "dibao.procedure", f.p.reviewStableMonths);
    return finish(b, ex, CnRulebook.DIBAO_SINGLE, Outcome.ELIGIBLE, monthly, Money.ZERO, null, null);
  }

  // ---------------------------------------------------------------- 特困

  private static final int CAPABLE = 0;
  private static final int ASSESSED = 1;
  private static final int ELDERLY = 2;
  private static final int CHILD = 3;
  private static final int DISABLED = 4;

  /** Why member {@code i} has no work capacity ({@link #CAPABLE} when it has some). */
  private int noCapacity(int i) {
    Member m = f.members.get(i);
    int age = f.ages[i];
    if (m.workCapacity().isPresent()) {
      return m.workCapacity().get() == WorkCapacity.NONE ? ASSESSED : CAPABLE;
    }
    if (age >= f.p.tekunAgeElderly) {
      return ELDERLY;
    }
    if (age < f.p.tekunAgeChild) {
      return CHILD;
    }
    return disabledForWork(m) ? DISABLED : CAPABLE;
  }

  /** A disability that takes the capacity to work (as Programmes): intellectual or mental 1–3, physical or multiple 1–2, visual 1. */
  private static boolean disabledForWork(Member m) {
    if (m.disability().isEmpty()) {
      return false;
    }
    DisabilityCategory c = m.disability().get().category();
    int g = m.disability().get().grade();
    return ((c == DisabilityCategory.INTELLECTUAL || c == DisabilityCategory.MENTAL) && g <= 3)
        || ((c == DisabilityCategory.PHYSICAL || c == DisabilityCategory.MULTIPLE) && g <= 2)
        || (c == DisabilityCategory.VISUAL && g == 1);
  }

  private Bilingual noCapacityText(int i, int why, boolean minor) {
    Member m = f.members.get(i);
    switch (why) {
      case ASSESSED:
        return bi("assessed", "tekun.capacity.assessed");
      case ELDERLY:
        return bi("elderly:" + f.ages[i], "tekun.capacity.elderly", f.ages[i], f.p.tekunAgeElderly);
      case CHILD:
        return bi("child:" + f.ages[i], "tekun.capacity.child", f.ages[i], f.p.tekunAgeChild);
      case DISABLED: {
        String cat = m.disability().get().category().name();
        int g = m.disability().get().grade();
        return new Bilingual("disability:" + cat + ":" + g,
            CnTexts.zh("tekun.capacity.disabled", CnTexts.zh("disability.category." + cat), g),
            CnTexts.en("tekun.capacity.disabled", CnTexts.en("disability.category." + cat), g));
      }
      default:
        if (!minor && f.ages[i] < f.p.tekunMinorCoverage) {
          // a minor on the date who is of age by the first day of payment
          LocalDate start = f.date.withDayOfMonth(1).plusMonths(1);
          return new Bilingual("adult-at-start:" + start,
              CnTexts.zh("tekun.capacity.adult-at-start", CnTexts.date(Lang.ZH, start), f.p.tekunMinorCoverage),
              CnTexts.en("tekun.capacity.adult-at-start", CnTexts.date(Lang.EN, start), f.p.tekunMinorCoverage));
        }
        return minor ? bi("minor", "tekun.capacity.minor") : new Bilingual("", "", "");
    }
  }

  /** A value for a sentence, in both languages from bundle key {@code key}. */
  private static Bilingual bi(String code, String key, Object... args) {
    return new Bilingual(code, CnTexts.zh(key, args), CnTexts.en(key, args));
  }

  /** Where a 特困 share ends because of age (as Programmes). */
  private LocalDate tekunEnds(int i, int why) {
    Member m = f.members.get(i);
    SchoolingStage st = m.schooling();
    boolean school = st == SchoolingStage.PRIMARY || st == SchoolingStage.JUNIOR_SECONDARY || st == SchoolingStage.SENIOR_SECONDARY
        || st == SchoolingStage.SECONDARY_VOCATIONAL;
    if ((why != CHILD && why != CAPABLE) || school || disabledForWork(m)) {
      return null;
    }
    return AgeBounds.birthday(m.birthDate(), Math.max(f.p.tekunMinorCoverage, why == CHILD ? f.p.tekunAgeChild : 0));
  }

  private final java.util.TreeMap<String, LocalDate> coverageEnds = new java.util.TreeMap<>();
  private final java.util.Set<String> singleShares = new java.util.HashSet<>();

  private boolean minor(int i) {
    if (payAge(i) < f.p.tekunMinorCoverage) {
      return true;
    }
    SchoolingStage st = f.members.get(i).schooling();
    return st == SchoolingStage.PRIMARY || st == SchoolingStage.JUNIOR_SECONDARY || st == SchoolingStage.SENIOR_SECONDARY
        || st == SchoolingStage.SECONDARY_VOCATIONAL;
  }

  /**
   * True when {@code y} has a statutory duty to support {@code m} as far as relationships to the
   * applicant tell: spouses, parents and children of each other.
   */
  private static boolean statutory(Member m, Member y) {
    Relationship a = m.relationship();
    Relationship b = y.relationship();
    if (a == Relationship.APPLICANT) {
      return b == Relationship.SPOUSE || b == Relationship.CHILD || b == Relationship.PARENT;
    }
    if (b == Relationship.APPLICANT) {
      return a == Relationship.SPOUSE || a == Relationship.CHILD || a == Relationship.PARENT;
    }
    return (a == Relationship.CHILD && b == Relationship.SPOUSE) || (a == Relationship.SPOUSE && b == Relationship.CHILD);
  }

  private static final int SUPPORTED = 0;
  private static final int UNSUPPORTED = 1;
  private static final int SUPPORT_UNKNOWN = 2;

  /** Adds a reason, in both languages and as a code, to {@code why} ({code, zh, en} builders) in explain mode. */
  private static void reason(StringBuilder[] why, String code, String key, Object... args) {
    if (why != null) {
      boolean first = why[0].length() == 0;
      why[0].append(first ? "" : ",").append(code);
      why[1].append(first ? "" : "；").append(CnTexts.zh(key, args));
      why[2].append(first ? "" : "; ").append(CnTexts.en(key, args));
    }
  }

  /**
   * Whether member {@code i} has someone able to support them: household members with a
   * statutory duty who can work, or a listed supporter who passes none of the "cannot support"
   * tests. {@link #SUPPORT_UNKNOWN} when a supporter's income or assets needed for a test are
   * not given. Reasons go to {@code why} in explain mode.
   */
  private int support(int i, StringBuilder[] why) {
    Member m = f.members.get(i);
    for (int k = 0; k < f.members.size(); k++) {
      Member y = f.members.get(k);
      if (k == i || !f.counted[k] || !statutory(m, y)) {
        continue;
      }
      if (ableToWork(k)) {
        return SUPPORTED;
      }
      reason(why, y.id() + ":cannot-work", "tekun.supporter.cannot-work", y.id());
    }
    Money d = null;
    for (Supporter sup : m.supporters()) {
      int age = sup.birthDate().until(f.date).getYears();
      if (sup.conditions().contains(SupporterCondition.TEKUN)
          || sup.conditions().contains(SupporterCondition.LEGALLY_INCAPACITATED)
          || sup.conditions().contains(SupporterCondition.MISSING)
          || sup.conditions().contains(SupporterCondition.IMPRISONED)) {
        reason(why, "supporter:unable", "tekun.supporter.unable");
        continue;
      }
      if (sup.conditions().contains(SupporterCondition.DIBAO) && age >= f.p.supporterDibaoAge) {
        reason(why, "supporter:dibao:" + age, "tekun.supporter.dibao", age);
        continue;
      }
      boolean lowTest = age >= f.p.supporterElderlyAge || sup.conditions().contains(SupporterCondition.SEVERE_DISABILITY)
          || sup.conditions().contains(SupporterCondition.GRADE3_INTELLECTUAL_OR_MENTAL);
      if (lowTest) {
        if (sup.annualIncome().isEmpty() || sup.assetsWithinLowIncomeRules().isEmpty()) {
          return SUPPORT_UNKNOWN;
        }
        if (d == null) {
          d = f.disposableIncome();
        }
        if (sup.annualIncome().get().isLessThan(d) && sup.assetsWithinLowIncomeRules().get()) {
          reason(why, "supporter:low-income", "tekun.supporter.low-income");
          continue;
        }
      }
      return SUPPORTED;
    }
    if (why != null && why[0].length() == 0) {
      reason(why, "no-supporter", "tekun.supporter.none");
    }
    return UNSUPPORTED;
  }

  private static void missingCare(List<String> review, Member m) {
    if (m.selfCare().isEmpty()) {
      review.add(m.id() + ":self-care-missing");
    }
    if (m.carePlacement().isEmpty()) {
      review.add(m.id() + ":placement-missing");
    }
  }

  private Determination tekun() {
    Explainer ex = CnRulebook.explainer(explain);
    Determination.Builder b = start(CnRulebook.TEKUN);
    Money s = f.n > 0 ? f.standard() : null;
    Money monthly = Money.ZERO;
    int eligible = 0;
    List<String> review = null;
    java.time.YearMonth unknownLatest = null;
    List<String> unknownZh = new ArrayList<>();
    List<String> unknownEn = new ArrayList<>();
    for (int i = 0; i < f.members.size() && f.n > 0; i++) {
      Member m = f.members.get(i);
      if (!f.counted[i]) {
        continue;
      }
      int why = noCapacity(i);
      boolean isMinor = minor(i);
      if (!ex.check(TEKUN_CAPACITY, why != CAPABLE || isMinor, m.id(), on ? noCapacityText(i, why, isMinor) : null)) {
        continue;
      }
      if (!ex.check(TEKUN_ORPHAN, !(m.orphan() && isMinor), m.id(), "")) {
        continue;
      }
      java.time.YearMonth unknown = lastIncomeBefore(m.id(), f.window);
      long own = f.tekunIncome(i);
      if (unknown != null) {
        unassessed(ex, TEKUN_INCOME, m.id(), f.window);
      } else if (!ex.check(TEKUN_INCOME, own < s.fen() * f.window,
          on ? Programmes.perCapita(own, f.window, own < s.fen() * f.window, s.fen()) : null, s, m.id())) {
        continue;
      }
      long fin = f.financialAssets(m.id());
      long finLimit = s.fen() * f.need(f.p.tekunFinancialMonths, TEKUN_ASSETS_FINANCIAL_MONTHS);
      if (on) {
        explainEarmarked(ex, m.id());
      }
      List<String[]> exempted = on && !f.h.vehicles().isEmpty() ? new ArrayList<>() : null;
      Vehicle v = f.disqualifyingVehicle(m.id(), f.p.tekunExemptCars, f.p.tekunExemptCarMax, exempted);
      if (exempted != null) {
        explainExempted(ex, CnRulebook.TEKUN, exempted, f.p.tekunExemptCars, f.p.tekunExemptCarMax);
      }
      if (!ex.check(TEKUN_ASSETS, fin <= finLimit && v == null, on ? yuan(fin) : null, on ? yuan(finLimit) : null, m.id(),
          on ? (f.h.vehicles().isEmpty() ? bi("none", "tekun.assets.no-vehicle") : bi("exempt", "tekun.assets.no-disqualifying-vehicle")) : null)) {
        continue;
      }
      if (unknown != null) {
        unknownLatest = unknownLatest == null || unknown.isAfter(unknownLatest) ? unknown : unknownLatest;
        Object[] args = {m.id(), unknown.getYear(), unknown.getMonthValue(), f.window};
        unknownZh.add(CnTexts.zh("income.before-window.member", args));
        unknownEn.add(CnTexts.en("income.before-window.member", args));
        continue;
      }
      StringBuilder[] reasons = on ? new StringBuilder[] {new StringBuilder(), new StringBuilder(), new StringBuilder()} : null;
      int support = support(i, reasons);
      if (support == SUPPORT_UNKNOWN) {
        review = review == null ? new ArrayList<>() : review;
        review.add(m.id() + ":supporter-unknown");
        missingCare(review, m);
        continue;
      }
      if (!ex.check(TEKUN_SUPPORTERS, support == UNSUPPORTED, m.id(),
          on ? new Bilingual(reasons[0].toString(), reasons[1].toString(), reasons[2].toString()) : null)) {
        continue;
      }
      // amount: basic standard (at least the national multiple of the 低保 standard) plus care
      Money regional = f.hukou == HukouType.URBAN
          ? f.need(f.p.tekunBasicUrban, TEKUN_BASIC_URBAN) : f.need(f.p.tekunBasicRural, TEKUN_BASIC_RURAL);
      Money floor = f.p.amounts.tekunFloor(s, f.p.tekunMinMultiple.num, f.p.tekunMinMultiple.den);
      Money basic = Money.max(regional, floor);
      if (on && floor.isGreaterThan(regional)) {
        ex.note(CnTexts.zh("tekun.floor", regional, f.p.tekunMinMultiple.toString(), floor),
            CnTexts.en("tekun.floor", regional, f.p.tekunMinMultiple.toString(), floor));
      }
      if (m.selfCare().isEmpty() || m.carePlacement().isEmpty()) {
        review = review == null ? new ArrayList<>() : review;
        missingCare(review, m);
        continue;
      }
      int failed = m.selfCare().get().failedItems();
      String tier = failed >= f.p.careFullMinFailed ? "FULL" : failed >= f.p.carePartialMinFailed ? "PARTIAL" : "SELF_CARE";
      boolean home = m.carePlacement().get() == CarePlacement.HOME;
      Money care;
      switch (tier) {
        case "FULL":
          care = home ? f.need(f.p.careFullHome, TEKUN_CARE_FULL_HOME) : f.need(f.p.careFullInstitution, TEKUN_CARE_FULL_INSTITUTION);
          break;
        case "PARTIAL":
          care = home ? f.need(f.p.carePartialHome, TEKUN_CARE_PARTIAL_HOME)
              : f.need(f.p.carePartialInstitution, TEKUN_CARE_PARTIAL_INSTITUTION);
          break;
        default:
          care = home ? f.need(f.p.careSelfHome, TEKUN_CARE_SELF_HOME) : f.need(f.p.careSelfInstitution, TEKUN_CARE_SELF_INSTITUTION);
      }
      Money share = rounding.roundQuotient(basic.plus(care), 12);
      b.memberShare(m.id(), share).detail(m.id() + ".careTier", tier).detail(m.id() + ".placement", m.carePlacement().get().name())
          .detail(m.id() + ".basicAnnual", basic.toString()).detail(m.id() + ".careAnnual", care.toString());
      if (on) {
        String placement = "tekun.placement." + m.carePlacement().get().name();
        ex.note(CnTexts.zh("tekun.member.amount", m.id(), basic, care, CnTexts.zh("tekun.tier." + tier), CnTexts.zh(placement), share),
            CnTexts.en("tekun.member.amount", m.id(), basic, care, CnTexts.en("tekun.tier." + tier), CnTexts.en(placement), share));
      }
      monthly = monthly.plus(share);
      eligible++;
      LocalDate end = tekunEnds(i, why);
      if (end != null) {
        coverageEnds.put(m.id(), end);
      }
    }
    if (unknownLatest != null) {
      String reasonZh = String.join("", unknownZh);
      String reasonEn = String.join(" ", unknownEn);
      Determination.Builder rb = start(CnRulebook.TEKUN).level(DecisionLevel.TOWNSHIP)
          .reviewReason("income.before-window", org.jiuzhu.core.eligibility.Sentence.of(reasonZh, reasonEn))
          .detail("situation", "income.before-window").detail("lastIncomeMonth", unknownLatest.toString());
      return finish(rb, ex, CnRulebook.TEKUN, Outcome.NEEDS_REVIEW, Money.ZERO, Money.ZERO, reasonZh, reasonEn);
    }
    if (review != null) {
      review.sort(java.util.Comparator.comparing(r -> r.substring(0, r.lastIndexOf(':'))));
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      for (String r : review) {
        int colon = r.lastIndexOf(':');
        zh.add(CnTexts.zh("tekun.missing." + r.substring(colon + 1), r.substring(0, colon)));
        en.add(CnTexts.en("tekun.missing." + r.substring(colon + 1), r.substring(0, colon)));
      }
      String reasonZh = CnTexts.zh("tekun.missing", String.join("；", zh));
      String reasonEn = CnTexts.en("tekun.missing", String.join("; ", en));
      Determination.Builder rb = start(CnRulebook.TEKUN).level(DecisionLevel.COUNTY)
          .reviewReason("tekun.missing-facts", org.jiuzhu.core.eligibility.Sentence.of(reasonZh, reasonEn))
          .detail("situation", "tekun.missing-facts").detail("missingFacts", String.join(";", review));
      return finish(rb, ex, CnRulebook.TEKUN, Outcome.NEEDS_REVIEW, Money.ZERO, Money.ZERO, reasonZh, reasonEn);
    }
    if (eligible == 0) {
      return finish(b, ex, CnRulebook.TEKUN, Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, null, null);
    }
    LocalDate tekunReview = f.date.plusMonths(f.p.reviewStableMonths);
    b.monthlyAmount(monthly).validFrom(nextMonth()).nextReview(tekunReview);
    if (!coverageEnds.isEmpty()) {
      LocalDate first = java.util.Collections.min(coverageEnds.values());
      LocalDate by = tekunReview.isBefore(first) ? tekunReview : first;
      b.validUntil(first).nextReview(by);
      StringBuilder detail = new StringBuilder();
      for (java.util.Map.Entry<String, LocalDate> e : coverageEnds.entrySet()) {
        detail.append(detail.length() == 0 ? "" : ",").append(e.getKey()).append(':').append(e.getValue());
        if (on) {
          int age = java.time.Period.between(f.members.stream().filter(x -> x.id().equals(e.getKey())).findFirst().orElseThrow()
              .birthDate(), e.getValue()).getYears();
          ex.note(CnTexts.zh("tekun.coverage.ends", e.getKey(), CnTexts.date(Lang.ZH, e.getValue()), age,
                  CnTexts.date(Lang.ZH, first.minusDays(1)), CnTexts.date(Lang.ZH, by)),
              CnTexts.en("tekun.coverage.ends", e.getKey(), CnTexts.date(Lang.EN, e.getValue()), age,
                  CnTexts.date(Lang.EN, first.minusDays(1)), CnTexts.date(Lang.EN, by)));
        }
      }
      b.detail("coverageEnds", detail.toString());
    }
    procedure(ex, "tekun.procedure", 0);
    return finish(b, ex, CnRulebook.TEKUN, Outcome.ELIGIBLE, monthly, Money.ZERO, null, null);
  }

  // ---------------------------------------------------------------- 低保边缘

  private Determination marginal() {
    Explainer ex = CnRulebook.explainer(explain);
    Determination.Builder b = start(CnRulebook.MARGINAL);
    if (f.n == 0 || !ex.check(NOT_DIBAO, !dibao.isEligible(), "", "")
        || !ex.check(NOT_ALL_TEKUN, !(tekun.isEligible() && tekun.shareCount() == f.n), "", "", on ? notTekunText(NOT_ALL_TEKUN.id()) : null)) {
      return finish(b, ex, CnRulebook.MARGINAL, Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, null, null);
    }
    marginalPasses = marginalTests(ex);
    if (!marginalPasses) {
      return finish(b, ex, CnRulebook.MARGINAL, Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, null, null);
    }
    if (lastIncomeBeforeWindow() != null) {
      return incomeReview(CnRulebook.MARGINAL, ex);
    }
    b.validFrom(nextMonth()).nextReview(f.date.plusMonths(f.p.reviewStableMonths));
    return finish(b, ex, CnRulebook.MARGINAL, Outcome.ELIGIBLE, Money.ZERO, Money.ZERO, null, null);
  }

  // ---------------------------------------------------------------- 刚性支出

  private Determination rigid() {
    Explainer ex = CnRulebook.explainer(explain);
    Determination.Builder b = start(CnRulebook.RIGID);
    String category = dibao.isEligible() ? "dibao" : marginal.isEligible() ? "marginal"
        : tekun.isEligible() && tekun.shareCount() == f.n ? "tekun" : null;
    if (f.n == 0 || !ex.check(NOT_OTHER_CATEGORY, category == null,
        category == null ? "" : on ? bi(category, "category." + category) : category, "")) {
      return finish(b, ex, CnRulebook.RIGID, Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, null, null);
    }
    int w = f.p.rigidWindow;
    long income = f.incomeOver(w);
    Money d = f.disposableIncome();
    // yearly income per person < D  <=>  income x 12 < D x n x w
    boolean rigidUnknown = lastIncomeBefore(null, w) != null;
    boolean ok = rigidUnknown ? unassessed(ex, RIGID_INCOME, null, w) : ex.check(RIGID_INCOME, income * 12 < d.fen() * f.n * w, on ? Programmes.perCapita(income * 12, (long) f.n * w, income * 12 < d.fen() * f.n * w, d.fen()) : null, d);
    ok &= assetsPass(ex, CnRulebook.RIGID, f.need(f.p.rigidFinancialMonths, RIGID_ASSETS_FINANCIAL_MONTHS), f.p.rigidExemptCars, f.p.rigidExemptCarMax);
    Money s = f.standard();
    long living = Math.min(f.spendingOver(w, ExpenditureCategory.LIVING), s.fen() * f.n * w);
    long spending = f.spendingOver(w, ExpenditureCategory.MEDICAL_OUT_OF_POCKET) + f.spendingOver(w, ExpenditureCategory.EDUCATION)
        + f.spendingOver(w, ExpenditureCategory.REHABILITATION) + living;
    // the ratio is read only when there is rigid spending to compare (none never exceeds it)
    Ratio ratio = spending > 0 ? f.need(f.p.rigidRatio, RIGID_SPENDING_RATIO) : f.p.rigidRatio;
    ok &= rigidUnknown && spending > 0 ? unassessed(ex, RIGID_RATIO, null, w) : ex.check(rigidUnknown ? RIGID_RATIO_NO_SPENDING : RIGID_RATIO,
        spending > 0 && ratio.isBelow(spending, income),
        on ? yuan(spending) : null,
        on ? (ratio == null ? "—" : ratio.value.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%") : null, w,
        on ? Programmes.rigidIncome(income, spending, ratio, ratio == null ? "—" : ratio.value.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%") : null);
    if (!ok) {
      return finish(b, ex, CnRulebook.RIGID, Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, null, null);
    }
    if (lastIncomeBefore(null, w) != null) {
      return incomeReview(CnRulebook.RIGID, ex, w);
    }
    b.validFrom(nextMonth()).validUntil(f.date.plusMonths(f.p.rigidValidity)).nextReview(f.date.plusMonths(f.p.rigidValidity));
    if (ex.isOn()) {
      LocalDate last = f.date.plusMonths(f.p.rigidValidity).minusDays(1);
      ex.note(CnTexts.zh("rigid.valid-until", CnTexts.date(Lang.ZH, last)), CnTexts.en("rigid.valid-until", CnTexts.date(Lang.EN, last)));
    }
    return finish(b, ex, CnRulebook.RIGID, Outcome.ELIGIBLE, Money.ZERO, Money.ZERO, null, null);
  }

  // ---------------------------------------------------------------- 临时救助

  private static boolean sudden(LifeEvent e) {
    switch (e.type()) {
      case SUDDEN_SERIOUS_ILLNESS:
      case MAJOR_ILLNESS_DIAGNOSIS:
      case TRAFFIC_ACCIDENT:
      case FIRE:
      case NATURAL_DISASTER:
      case DEATH:
      case NEW_SEVERE_DISABILITY:
        return true;
      default:
        return false;
    }
  }

  private Determination temporary() {
    Explainer ex = CnRulebook.explainer(explain);
    Determination.Builder b = start(CnRulebook.TEMPORARY);
    if (f.n == 0) {
      ex.check(MEMBERS, false, 0, 1);
      return finish(b, ex, CnRulebook.TEMPORARY, Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, null, null);
    }
    Money s = f.standard();
    // emergency (急难型): sudden events in the window, with the loss they caused
    LocalDate windowStart = f.date.minusDays(f.p.temporaryEventWindowDays);
    long loss = 0;
    boolean event = false;
    boolean unassessed = false;
    StringBuilder events = ex.isOn() ? new StringBuilder() : null;
    StringBuilder eventsZh = ex.isOn() ? new StringBuilder() : null;
    StringBuilder eventsEn = ex.isOn() ? new StringBuilder() : null;
    for (LifeEvent e : f.h.events()) {
      if (sudden(e) && e.date().isAfter(windowStart) && !e.date().isAfter(f.date)) {
        event = true;
        if (e.amount().isPresent()) {
          loss += e.amount().get().fen();
        } else {
          unassessed = true;
        }
        if (events != null) {
          eventsZh.append(eventsZh.length() == 0 ? "" : "、")
              .append(CnTexts.zh("event.dated", CnTexts.zh("event." + e.type().name()), CnTexts.date(Lang.ZH, e.date())));
          eventsEn.append(eventsEn.length() == 0 ? "" : ", ").append(CnTexts.en("event." + e.type().name())).append(" on ")
              .append(CnTexts.date(Lang.EN, e.date()));
          events.append(events.length() == 0 ? "" : ",").append(e.type().name()).append(':').append(e.date());
        }
      }
    }
    ex.check(TEMPORARY_EVENT, event, events == null ? "" : new Bilingual(events.toString(), eventsZh.toString(), eventsEn.toString()),
        f.p.temporaryEventWindowDays);
    // the caps are read only when there is something to cap (a region need not set them otherwise)
    long emergencyCap = event ? f.need(f.p.temporaryMaxMonths, TEMPORARY_MAX_MONTHS).floorTimes(s.fen()) : 0;

    // expenditure (支出型): rigid spending beyond what income above the 低保 line can bear
    int w = f.p.temporaryExpenditureWindow;
    long income = f.incomeOver(w);
    long spending = f.spendingOver(w, ExpenditureCategory.MEDICAL_OUT_OF_POCKET) + f.spendingOver(w, ExpenditureCategory.EDUCATION)
        + f.spendingOver(w, ExpenditureCategory.REHABILITATION);
    long bearable = Math.max(0, income - s.fen() * f.n * w);
    long need = Math.max(0, spending - bearable);
    boolean expenditure = need > 0
        && f.p.marginalMultiple.isAbove(income, s.fen() * f.n * w)
        && f.financialAssets(null) <= s.fen() * f.need(f.p.marginalFinancialMonths, MARGINAL_ASSETS_FINANCIAL_MONTHS) * f.n;
    long expenditureCap = expenditure
        ? f.need(f.p.temporaryExpenditurePerPerson, TEMPORARY_EXPENDITURE_MAX_PER_PERSON).floorTimes(s.fen()) * f.n : 0;
    boolean expenditureUnknown = expenditure && lastIncomeBefore(null, w) != null;
    if (expenditureUnknown) {
      unassessed(ex, TEMPORARY_EXPENDITURE, null, w);
    } else {
      ex.check(TEMPORARY_EXPENDITURE, expenditure, on ? yuan(need) : null,
          on ? (expenditure || f.p.temporaryExpenditurePerPerson != null
              ? yuan(f.p.temporaryExpenditurePerPerson.floorTimes(s.fen()) * f.n) : "—") : null, w);
    }

    if (!event && !expenditure) {
      return finish(b, ex, CnRulebook.TEMPORARY, Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, null, null);
    }
    if (expenditureUnknown) {
      return incomeReview(CnRulebook.TEMPORARY, ex, w);
    }
    if (event && unassessed && !expenditure) {
      b.level(DecisionLevel.TOWNSHIP)
          .reviewReason("temporary.loss-unassessed", org.jiuzhu.core.eligibility.Sentence.of(CnTexts.zh("temporary.loss-unassessed"),
              CnTexts.en("temporary.loss-unassessed")))
          .detail("situation", "temporary.loss-unassessed");
      return finish(b, ex, CnRulebook.TEMPORARY, Outcome.NEEDS_REVIEW, Money.ZERO, Money.ZERO,
          CnTexts.zh("temporary.loss-unassessed"), CnTexts.en("temporary.loss-unassessed"));
    }
    long emergencyAmount = event ? Math.min(loss, emergencyCap) : 0;
    long expenditureAmount = expenditure ? Math.min(need, expenditureCap) : 0;
    boolean useEmergency = emergencyAmount >= expenditureAmount && event;
    long rawNeed = useEmergency ? loss : need;
    long cap = useEmergency ? emergencyCap : expenditureCap;
    b.detail("kind", useEmergency ? "EMERGENCY" : "EXPENDITURE");
    if (rawNeed > cap) {
      b.level(DecisionLevel.COUNTY)
          .reviewReason("temporary.above-cap", org.jiuzhu.core.eligibility.Sentence.of(CnTexts.zh("temporary.above-cap", yuan(rawNeed),
              yuan(cap)), CnTexts.en("temporary.above-cap", yuan(rawNeed), yuan(cap))))
          .detail("situation", "temporary.above-cap")
          .detail("proposedAmount", rounding.apply(Money.ofFen(cap)).toString());
      return finish(b, ex, CnRulebook.TEMPORARY, Outcome.NEEDS_REVIEW, Money.ZERO, Money.ZERO,
          CnTexts.zh("temporary.above-cap", yuan(rawNeed), yuan(cap)), CnTexts.en("temporary.above-cap", yuan(rawNeed), yuan(cap)));
    }
    long granted = useEmergency ? emergencyAmount : expenditureAmount;
    if (f.p.temporaryBands != null) {
      // paid in bands: the smallest band (months of the standard) that covers the need, within the cap
      Money band = f.p.temporaryBands.smallestCovering(granted, s.fen()).orElse(Money.ofFen(cap));
      granted = Math.min(band.fen(), cap);
      b.detail("band", band.toString());
      if (on) {
        ex.note(CnTexts.zh("temporary.bands", band), CnTexts.en("temporary.bands", band));
      }
    }
    Money amount = rounding.apply(Money.ofFen(granted));
    if (!amount.isPositive()) {
      return finish(b, ex, CnRulebook.TEMPORARY, Outcome.INELIGIBLE, Money.ZERO, Money.ZERO, null, null);
    }
    if (ex.isOn()) {
      String ground = "temporary.ground." + (event && expenditure ? "both." : "") + (useEmergency ? "EMERGENCY" : "EXPENDITURE");
      ex.note(CnTexts.zh(ground), CnTexts.en(ground));
      if (!(event && expenditure)) {
        alternativeGround = useEmergency ? TEMPORARY_EXPENDITURE.id() : TEMPORARY_EVENT.id();
      }
    }
    long townshipLimit = f.need(f.p.temporaryTownshipMonths, TEMPORARY_TOWNSHIP_MAX_MONTHS).floorTimes(s.fen());
    DecisionLevel level = amount.fen() > townshipLimit ? DecisionLevel.COUNTY : DecisionLevel.TOWNSHIP;
    boolean fast = useEmergency && amount.fen() <= f.p.temporaryFastMonths.floorTimes(s.fen());
    b.level(level).oneOffAmount(amount).validFrom(f.date).detail("fastTier", Boolean.toString(fast));
    if (ex.isOn()) {
      String key = fast ? "temporary.approved.fast" : "temporary.approved";
      ex.note(CnTexts.zh(key, CnTexts.zh("level." + level.name()), f.p.temporaryFastDays),
          CnTexts.en(key, CnTexts.en("level." + level.name()), f.p.temporaryFastDays));
    }
    return finish(b, ex, CnRulebook.TEMPORARY, Outcome.ELIGIBLE, Money.ZERO, amount, null, null);
  }
}
