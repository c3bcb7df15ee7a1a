package org.jiuzhu.rules.catalogue;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Finding;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.AbsenceReason;
import org.jiuzhu.core.household.Expenditure;
import org.jiuzhu.core.household.ExpenditureCategory;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.Illness;
import org.jiuzhu.core.household.LifeEvent;
import org.jiuzhu.core.household.LifeEventType;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.Supporter;
import org.jiuzhu.core.household.SupporterCondition;
import org.jiuzhu.core.household.WorkCapacity;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.cn.CnRulebook;

/**
 * Screens one application against the whole catalogue in one call (一件事一次办): the rulebook's
 * programmes first, then every catalogue programme in order, each reading the results before it.
 *
 * <pre>{@code
 * CatalogueScreener screener = new CatalogueScreener(CnRulebook.create(Policy.installed()), Catalogue.cn());
 * CatalogueScreening s = screener.screen(household, LocalDate.of(2025, 10, 1));
 * s.byDepartment();   // what the household gets, by department
 * s.checklist();      // one list of documents
 * }</pre>
 *
 * <p>Thread-safe. Members counted for member programmes are those living in the household (no
 * absence, or living elsewhere for work). Near misses come from the rulebook's findings and are
 * found in explain mode ({@link #screen}) only.
 *
 * @since 0.1.0
 */
public final class CatalogueScreener {
  private final CnRulebook rulebook;
  private final Catalogue catalogue;

  /** A screener over {@code rulebook}'s policy and {@code catalogue}. */
  public CatalogueScreener(CnRulebook rulebook, Catalogue catalogue) {
    this.rulebook = checkNotNull(rulebook, "rulebook");
    this.catalogue = checkNotNull(catalogue, "catalogue");
  }

  /** Screens with findings, explanations, reasons in both languages and near misses. */
  public CatalogueScreening screen(Household household, LocalDate date) {
    return run(household, date, true);
  }

  /** The same decisions and amounts, without findings, reasons or near misses. */
  public CatalogueScreening screenFast(Household household, LocalDate date) {
    return run(household, date, false);
  }

  private CatalogueScreening run(Household h, LocalDate date, boolean explain) {
    Screening s = explain ? rulebook.evaluate(h, date) : rulebook.evaluateFast(h, date);
    PolicySnapshot snap = rulebook.policy().snapshot(h.region(), date);
    Run run = new Run(h, date, snap, s, explain);
    ImmutableList.Builder<ProgrammeResult> out = ImmutableList.builder();
    for (CatalogueProgramme p : catalogue.programmes(h.region())) {
      ProgrammeResult r = p.isRulebook() ? run.fromRulebook(p) : run.evaluate(p);
      run.done.put(p.id(), r);
      out.add(r);
    }
    return new CatalogueScreening(s, out.build());
  }

  /** One screening in progress. */
  private final class Run {
    final Household h;
    final LocalDate date;
    final PolicySnapshot snap;
    final Screening s;
    final boolean explain;
    final Map<String, ProgrammeResult> done = new HashMap<>();
    final int[] ages;

    Run(Household h, LocalDate date, PolicySnapshot snap, Screening s, boolean explain) {
      this.h = h;
      this.date = date;
      this.snap = snap;
      this.s = s;
      this.explain = explain;
      this.ages = new int[h.members().size()];
      for (int i = 0; i < ages.length; i++) {
        ages[i] = h.members().get(i).ageOn(date);
      }
    }

    <T> T param(String name, Class<T> type) {
      return snap.get(catalogue.key(name, type));
    }

    ProgrammeResult fromRulebook(CatalogueProgramme p) {
      Determination d = s.get(p.id()).orElseThrow();
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      Optional<String> near = Optional.empty();
      if (d.outcome() == Outcome.NEEDS_REVIEW) {
        d.reviewReason().ifPresent(r -> {
          zh.add(r);
          en.add(r);
        });
      } else if (d.outcome() == Outcome.INELIGIBLE && explain) {
        BigDecimal margin = param("screening.near-miss-margin", BigDecimal.class);
        for (Finding f : d.findings()) {
          if (!f.passed()) {
            zh.add(f.zh());
            en.add(f.en());
            near = near.isPresent() ? near : nearMiss(f, margin);
          }
        }
      }
      return new ProgrammeResult(p, d.outcome(), d.memberShares().keySet().asList(), d.monthlyAmount(), Money.ZERO,
          d.oneOffAmount(), Optional.empty(), ImmutableList.copyOf(zh), ImmutableList.copyOf(en), near);
    }

    /** A failed finding whose actual value lies within {@code margin} of its threshold. */
    Optional<String> nearMiss(Finding f, BigDecimal margin) {
      try {
        BigDecimal actual = new BigDecimal(f.actual());
        BigDecimal threshold = new BigDecimal(f.threshold());
        if (threshold.signum() > 0 && actual.subtract(threshold).abs().compareTo(margin.multiply(threshold)) <= 0) {
          return Optional.of(f.criterionId() + ": " + f.actual() + " vs " + f.threshold());
        }
      } catch (NumberFormatException e) {
        // not a numeric threshold: no near miss
      }
      return Optional.empty();
    }

    ProgrammeResult evaluate(CatalogueProgramme p) {
      Docs.ProgrammeDoc doc = p.doc;
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      // prerequisites
      if (doc.anyOf != null && !doc.anyOf.isEmpty()) {
        boolean any = false;
        for (String pre : doc.anyOf) {
          ProgrammeResult r = done.get(pre);
          any |= r != null && r.isEligible();
        }
        if (!any) {
          if (explain) {
            zh.add("需先符合以下之一：" + names(doc.anyOf, true) + "。");
            en.add("Requires one of: " + names(doc.anyOf, false) + ".");
          }
          return no(p, zh, en);
        }
      }
      // household conditions
      if (doc.household != null && !householdPasses(doc.household, zh, en)) {
        return no(p, zh, en);
      }
      // members
      List<Integer> members = new ArrayList<>();
      boolean memberProgramme = doc.member != null || (doc.amount != null && doc.amount.type.contains("MEMBER"))
          || (doc.amount != null && doc.amount.type.equals("MEDICAL_REIMBURSEMENT"));
      if (memberProgramme) {
        for (int i = 0; i < h.members().size(); i++) {
          if (present(h.members().get(i)) && (doc.member == null || memberPasses(doc.member, i))) {
            members.add(i);
          }
        }
        if (members.isEmpty()) {
          if (explain) {
            zh.add("家庭中没有符合条件的成员（" + describe(doc.member, true) + "）。");
            en.add("No member meets the conditions (" + describe(doc.member, false) + ").");
          }
          return no(p, zh, en);
        }
      }
      Money monthly = Money.ZERO;
      Money yearly = Money.ZERO;
      Money oneOff = Money.ZERO;
      List<String> ids = new ArrayList<>();
      if (doc.amount != null) {
        String type = doc.amount.type;
        switch (type) {
          case "MONTHLY_PER_MEMBER":
            monthly = param(doc.amount.key, Money.class).times(members.size());
            break;
          case "YEARLY_PER_MEMBER":
            yearly = param(doc.amount.key, Money.class).times(members.size());
            break;
          case "ONE_OFF_PER_MEMBER":
            oneOff = param(doc.amount.key, Money.class).times(members.size());
            break;
          case "MONTHLY_PER_HOUSEHOLD":
            monthly = param(doc.amount.key, Money.class);
            break;
          case "YEARLY_PER_HOUSEHOLD":
            yearly = param(doc.amount.key, Money.class);
            break;
          case "ONE_OFF_PER_HOUSEHOLD":
            oneOff = param(doc.amount.key, Money.class);
            break;
          case "YEARLY_PER_MEMBER_BY_CATEGORY": {
            List<Integer> covered = new ArrayList<>();
            for (int i : members) {
              String c = category(i, doc.amount.categories);
              if (c != null) {
                yearly = yearly.plus(param(doc.amount.key + "." + c, Money.class));
                covered.add(i);
              }
            }
            members = covered;
            break;
          }
          case "MEDICAL_REIMBURSEMENT": {
            List<Integer> covered = new ArrayList<>();
            for (int i : members) {
              String c = category(i, doc.amount.categories);
              if (c == null) {
                continue;
              }
              long oop = outOfPocket(h.members().get(i).id());
              Money deductible = param(doc.amount.key + ".deductible." + c, Money.class);
              BigDecimal ratio = param(doc.amount.key + ".ratio." + c, BigDecimal.class);
              Money cap = param(doc.amount.key + ".cap." + c, Money.class);
              Money paid = Money.min(cap, Money.ofFen(Math.max(0, oop - deductible.fen())).times(ratio, RoundingMode.DOWN));
              if (paid.isPositive()) {
                oneOff = oneOff.plus(paid);
                covered.add(i);
              }
            }
            members = covered;
            if (members.isEmpty() && explain) {
              zh.add("过去 12 个月没有超过起付线的自付医疗费用。");
              en.add("No out-of-pocket medical costs above the deductible in the last 12 months.");
            }
            break;
          }
          default:
            throw new IllegalStateException(type);
        }
        if (memberProgramme && members.isEmpty()) {
          if (explain && zh.isEmpty()) {
            zh.add("家庭成员不属于本项目资助的类别（" + String.join("、", doc.amount.categories) + "）。");
            en.add("No member is in a category the programme covers (" + String.join(", ", doc.amount.categories) + ").");
          }
          return no(p, zh, en);
        }
      }
      for (int i : members) {
        ids.add(h.members().get(i).id());
      }
      Optional<String> quantity = Optional.empty();
      if (doc.service != null) {
        quantity = Optional.of(doc.service.quantity + " " + doc.service.unit + "/" + doc.service.per);
      } else if (doc.inKind != null) {
        quantity = Optional.of(param(doc.inKind.key, Integer.class) + " " + doc.inKind.unit + "/" + doc.inKind.per);
      }
      return new ProgrammeResult(p, Outcome.ELIGIBLE, ImmutableList.copyOf(ids), monthly, yearly, oneOff, quantity,
          ImmutableList.of(), ImmutableList.of(), Optional.empty());
    }

    ProgrammeResult no(CatalogueProgramme p, List<String> zh, List<String> en) {
      return new ProgrammeResult(p, Outcome.INELIGIBLE, ImmutableList.of(), Money.ZERO, Money.ZERO, Money.ZERO,
          Optional.empty(), ImmutableList.copyOf(zh), ImmutableList.copyOf(en), Optional.empty());
    }

    String names(List<String> ids, boolean zh) {
      List<String> out = new ArrayList<>();
      for (String id : ids) {
        ProgrammeResult r = done.get(id);
        out.add(r == null ? id : zh ? r.programme().nameZh() : r.programme().nameEn());
      }
      return String.join(zh ? "、" : ", ", out);
    }

    boolean present(Member m) {
      return m.absence().isEmpty() || m.absence().get().reason() == AbsenceReason.LIVING_ELSEWHERE;
    }

    /** The first of {@code categories} the member is in: 特困, 低保 (household or alone), marginal, rigid. */
    String category(int i, List<String> categories) {
      String id = h.members().get(i).id();
      for (String c : categories) {
        boolean in;
        switch (c) {
          case "tekun":
            in = sharesOf(CnRulebook.TEKUN, id);
            break;
          case "dibao":
            in = sharesOf(CnRulebook.DIBAO, id) || sharesOf(CnRulebook.DIBAO_SINGLE, id);
            break;
          case "marginal":
            in = s.get(CnRulebook.MARGINAL).orElseThrow().isEligible();
            break;
          default:
            in = s.get(CnRulebook.RIGID).orElseThrow().isEligible();
        }
        if (in) {
          return c;
        }
      }
      return null;
    }

    boolean sharesOf(String programme, String memberId) {
      Determination d = s.get(programme).orElseThrow();
      return d.isEligible() && d.memberShares().containsKey(memberId);
    }

    long outOfPocket(String memberId) {
      YearMonth month = YearMonth.from(date);
      long total = 0;
      for (Expenditure x : h.expenditures()) {
        if (x.category() == ExpenditureCategory.MEDICAL_OUT_OF_POCKET && x.memberId().isPresent()
            && x.memberId().get().equals(memberId) && x.month().isBefore(month) && !x.month().isBefore(month.minusMonths(12))) {
          total += x.net().fen();
        }
      }
      return total;
    }

    boolean householdPasses(Docs.HouseholdDoc c, List<String> zh, List<String> en) {
      boolean ok = true;
      if (c.hukou != null && !h.applicant().hukouType().name().equals(c.hukou)) {
        ok = false;
        if (explain) {
          zh.add("需要" + (c.hukou.equals("URBAN") ? "城镇" : "农村") + "户籍。");
          en.add("Requires " + c.hukou.toLowerCase(java.util.Locale.ROOT) + " hukou.");
        }
      }
      if (c.ownsHome != null && (!h.homes().isEmpty()) != c.ownsHome) {
        ok = false;
        if (explain) {
          zh.add(c.ownsHome ? "需要有自有住房。" : "需要无自有住房。");
          en.add(c.ownsHome ? "Requires a home of one's own." : "Requires having no home of one's own.");
        }
      }
      if (c.regionFlag != null && !param(c.regionFlag, Boolean.class)) {
        ok = false;
        if (explain) {
          zh.add("本地没有此项目（" + c.regionFlag + "）。");
          en.add("The region has no such programme (" + c.regionFlag + ").");
        }
      }
      if (c.recentDeath != null) {
        int days = param(c.recentDeath, Integer.class);
        boolean death = false;
        for (LifeEvent e : h.events()) {
          death |= e.type() == LifeEventType.DEATH && !e.date().isAfter(date) && e.date().plusDays(days).isAfter(date);
        }
        if (!death) {
          ok = false;
          if (explain) {
            zh.add("近 " + days + " 天内没有家庭成员去世。");
            en.add("No member died within the last " + days + " days.");
          }
        }
      }
      return ok;
    }

    boolean memberPasses(Docs.MemberDoc c, int i) {
      Member m = h.members().get(i);
      int age = ages[i];
      if (c.minAge != null && age < param(c.minAge, Integer.class)) {
        return false;
      }
      if (c.ageBelow != null && age >= param(c.ageBelow, Integer.class)) {
        return false;
      }
      if (c.orphan != null && m.orphan() != c.orphan) {
        return false;
      }
      if (Boolean.TRUE.equals(c.noEffectiveGuardian) && !noEffectiveGuardian(m)) {
        return false;
      }
      if (Boolean.TRUE.equals(c.selfCareNeed) && (m.selfCare().isEmpty()
          || m.selfCare().get().failedItems() < snap.get(CnParameters.TEKUN_CARE_PARTIAL_MIN_FAILED))) {
        return false;
      }
      if (Boolean.TRUE.equals(c.chronicOrDialysis) && !m.illnesses().stream().anyMatch(x -> x.chronic() || x.dialysisSessionsPerWeek() > 0)) {
        return false;
      }
      if (Boolean.TRUE.equals(c.illOrDisabled) && m.illnesses().isEmpty() && m.disability().isEmpty()) {
        return false;
      }
      if (Boolean.TRUE.equals(c.majorIllness) && !m.illnesses().stream().anyMatch(Illness::major)) {
        return false;
      }
      if (Boolean.TRUE.equals(c.disabled) && m.disability().isEmpty()) {
        return false;
      }
      if (Boolean.TRUE.equals(c.severeDisability) && !severe(m)) {
        return false;
      }
      if (Boolean.TRUE.equals(c.unemployedAbleToWork) && !(m.workStatus() == WorkStatus.UNEMPLOYED && ableToWork(m, age))) {
        return false;
      }
      if (c.schooling != null && !c.schooling.contains(m.schooling().name())) {
        return false;
      }
      return c.workStatus == null || c.workStatus.contains(m.workStatus().name());
    }

    boolean severe(Member m) {
      return m.disability().isPresent() && m.disability().get().grade() <= param("disability.severe-grade-max", Integer.class);
    }

    boolean ableToWork(Member m, int age) {
      if (m.workCapacity().isPresent()) {
        return m.workCapacity().get() != WorkCapacity.NONE;
      }
      return age >= snap.get(CnParameters.TEKUN_AGE_CHILD) && age < snap.get(CnParameters.TEKUN_AGE_ELDERLY) && !severe(m);
    }

    /** Listed supporters, none of whom can act: missing, imprisoned, incapacitated, severely disabled or 特困. */
    boolean noEffectiveGuardian(Member m) {
      if (m.supporters().isEmpty()) {
        return false;
      }
      for (Supporter s : m.supporters()) {
        boolean unable = s.conditions().contains(SupporterCondition.MISSING) || s.conditions().contains(SupporterCondition.IMPRISONED)
            || s.conditions().contains(SupporterCondition.LEGALLY_INCAPACITATED)
            || s.conditions().contains(SupporterCondition.SEVERE_DISABILITY) || s.conditions().contains(SupporterCondition.TEKUN);
        if (!unable) {
          return false;
        }
      }
      return true;
    }

    String describe(Docs.MemberDoc c, boolean zh) {
      if (c == null) {
        return zh ? "属于本项目资助的类别" : "in a category the programme covers";
      }
      List<String> parts = new ArrayList<>();
      if (c.minAge != null) {
        parts.add(zh ? "年满" + param(c.minAge, Integer.class) + "周岁" : "aged " + param(c.minAge, Integer.class) + " or over");
      }
      if (c.ageBelow != null) {
        parts.add(zh ? "未满" + param(c.ageBelow, Integer.class) + "周岁" : "under " + param(c.ageBelow, Integer.class));
      }
      if (c.orphan != null) {
        parts.add(zh ? (c.orphan ? "孤儿" : "非孤儿") : (c.orphan ? "an orphan" : "not an orphan"));
      }
      if (Boolean.TRUE.equals(c.noEffectiveGuardian)) {
        parts.add(zh ? "无有效监护" : "without effective guardians");
      }
      if (Boolean.TRUE.equals(c.selfCareNeed)) {
        parts.add(zh ? "生活不能完全自理" : "needing help with daily activities");
      }
      if (Boolean.TRUE.equals(c.chronicOrDialysis)) {
        parts.add(zh ? "患慢性病或需透析" : "with a chronic illness or on dialysis");
      }
      if (Boolean.TRUE.equals(c.illOrDisabled)) {
        parts.add(zh ? "患病或残疾" : "ill or disabled");
      }
      if (Boolean.TRUE.equals(c.majorIllness)) {
        parts.add(zh ? "患重特大疾病" : "with a major illness");
      }
      if (Boolean.TRUE.equals(c.disabled)) {
        parts.add(zh ? "持残疾人证" : "with a certified disability");
      }
      if (Boolean.TRUE.equals(c.severeDisability)) {
        parts.add(zh ? "重度残疾" : "with a severe disability");
      }
      if (Boolean.TRUE.equals(c.unemployedAbleToWork)) {
        parts.add(zh ? "有劳动能力的失业人员" : "unemployed and able to work");
      }
      if (c.schooling != null) {
        parts.add((zh ? "在读阶段：" : "in ") + String.join("/", c.schooling));
      }
      if (c.workStatus != null) {
        parts.add((zh ? "就业状况：" : "working as ") + String.join("/", c.workStatus));
      }
      return String.join(zh ? "，" : ", ", parts);
    }
  }
}
