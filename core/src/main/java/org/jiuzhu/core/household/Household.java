package org.jiuzhu.core.household;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationTexts;

/**
 * An applying household (申请家庭): its members, income, assets, rigid spending and life
 * events. Immutable and checked on construction: every inconsistency between its parts (an
 * unknown member id, a duplicate member or citizen ID, a missing applicant) is reported at
 * once, in a {@link org.jiuzhu.core.validation.ValidationException}.
 *
 * <pre>{@code
 * Household h = new Household.Builder()
 *     .id("case-1").region(RegionCode.parse("620825")).applicantId("m1")
 *     .addMembers(applicant)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Household {
  Household() {}

  /** The case id; not personal data. */
  public abstract String id();

  /** Where the application is made (the township or county of the applicant's hukou, or of residence). */
  public abstract RegionCode region();

  /** The member who applies on the household's behalf. */
  public abstract String applicantId();

  /** Every member, counted or not. */
  public abstract List<Member> members();

  /** Income items by member, category and month. */
  public abstract List<IncomeItem> incomes();

  /** Deposits, securities and other financial assets. */
  public abstract List<FinancialAsset> financialAssets();

  /** Motor vehicles. */
  public abstract List<Vehicle> vehicles();

  /** Dwellings owned. */
  public abstract List<Home> homes();

  /** Shops, offices and other property that is not a dwelling. */
  public abstract List<NonResidentialProperty> nonResidentialProperties();

  /** Business registrations of members. */
  public abstract List<BusinessRegistration> businesses();

  /** Rigid spending by month. */
  public abstract List<Expenditure> expenditures();

  /** Dated life events. */
  public abstract List<LifeEvent> events();

  /** Benefits the household or its members receive now. */
  public abstract List<CurrentBenefit> currentBenefits();

  /** True when the household (not one member alone) receives {@code programmeId} now. */
  public boolean receives(String programmeId) {
    for (CurrentBenefit b : currentBenefits()) {
      if (b.programmeId().equals(programmeId) && b.memberId().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The member with this id. */
  public Optional<Member> member(String memberId) {
    for (Member m : members()) {
      if (m.id().equals(memberId)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The applicant. */
  public Member applicant() {
    return member(applicantId()).orElseThrow();
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (id().isBlank()) {
      p.add("id", "household.id.blank", ValidationTexts.text("problem.household.id.blank"));
    }
    if (members().isEmpty()) {
      p.add("members", "household.members.empty", ValidationTexts.text("problem.household.members.empty"));
    }
    // member ids in a plain array: households are small, and a hash set per household cost more
    // than the scans (population runs build millions of households)
    int n = members().size();
    String[] ids = new String[n];
    int distinct = 0;
    Map<CitizenId, String> citizenIds = null;
    for (int i = 0; i < n; i++) {
      Member m = members().get(i);
      if (indexOf(ids, distinct, m.id()) >= 0) {
        p.add("members[" + i + "].id", "household.member.duplicateId", ValidationTexts.text("problem.household.member.duplicateId", m.id()));
      } else {
        ids[distinct++] = m.id();
      }
      if (m.citizenId().isPresent()) {
        if (citizenIds == null) {
          citizenIds = new HashMap<>();
        }
        String other = citizenIds.putIfAbsent(m.citizenId().get(), m.id());
        if (other != null) {
          p.add("members[" + i + "].citizenId", "household.member.duplicateCitizenId",
              ValidationTexts.text("problem.household.member.duplicateCitizenId", m.citizenId().get().masked(), String.valueOf(other), m.id()));
        }
      }
    }
    if (!members().isEmpty() && indexOf(ids, distinct, applicantId()) < 0) {
      p.add("applicantId", "household.applicant.unknown",
          ValidationTexts.text("problem.household.applicant.unknown", applicantId(), String.valueOf(idSet(ids, distinct))));
    }
    for (int i = 0; i < members().size(); i++) {
      Member m = members().get(i);
      if (m.relationship() == Relationship.APPLICANT && !m.id().equals(applicantId())) {
        p.add("members[" + i + "].relationship", "household.applicant.relationship",
            ValidationTexts.text("problem.household.applicant.relationship", m.id(), applicantId()));
      }
      for (int s = 0; s < m.supporters().size(); s++) {
        checkMember(p, ids, distinct, "members[" + i + "].supporters", s, ".memberId", m.supporters().get(s).memberId());
      }
    }
    for (int i = 0; i < incomes().size(); i++) {
      checkMember(p, ids, distinct, "incomes", i, ".memberId", Optional.of(incomes().get(i).memberId()));
    }
    for (int i = 0; i < financialAssets().size(); i++) {
      checkMember(p, ids, distinct, "financialAssets", i, ".ownerMemberId", financialAssets().get(i).ownerMemberId());
    }
    for (int i = 0; i < vehicles().size(); i++) {
      checkMember(p, ids, distinct, "vehicles", i, ".ownerMemberId", vehicles().get(i).ownerMemberId());
    }
    for (int i = 0; i < homes().size(); i++) {
      checkMember(p, ids, distinct, "homes", i, ".ownerMemberId", homes().get(i).ownerMemberId());
    }
    for (int i = 0; i < nonResidentialProperties().size(); i++) {
      checkMember(p, ids, distinct, "nonResidentialProperties", i, ".ownerMemberId",
          nonResidentialProperties().get(i).ownerMemberId());
    }
    for (int i = 0; i < businesses().size(); i++) {
      checkMember(p, ids, distinct, "businesses", i, ".ownerMemberId", businesses().get(i).ownerMemberId());
    }
    for (int i = 0; i < expenditures().size(); i++) {
      checkMember(p, ids, distinct, "expenditures", i, ".memberId", expenditures().get(i).memberId());
    }
    for (int i = 0; i < events().size(); i++) {
      checkMember(p, ids, distinct, "events", i, ".memberId", events().get(i).memberId());
    }
    for (int i = 0; i < currentBenefits().size(); i++) {
      checkMember(p, ids, distinct, "currentBenefits", i, ".memberId", currentBenefits().get(i).memberId());
    }
    if (!p.isEmpty()) { // the subject is only written for a problem
      p.throwIfAny(ValidationTexts.subject("household.id", id()));
    }
  }

  /**
   * Every part of this household dated after {@code date}: members (and members' supporters,
   * {@code members[i].supporters[j].birthDate}) not yet born, income and
   * spending of a month after {@code date}'s month, events after {@code date}, benefits received
   * only from a day after {@code date} ({@code currentBenefits[i].since}). A household is
   * evaluated on a date only with what was known on it, so each of these is a problem naming its
   * path (e.g. {@code members[2].birthDate}); the list is empty when there is none.
   */
  public java.util.List<org.jiuzhu.core.validation.Problem> problemsOn(java.time.LocalDate date) {
    return problemsOn(date, members(), incomes(), expenditures(), events(), currentBenefits());
  }

  /**
   * The {@link #problemsOn(java.time.LocalDate) problems on} {@code date} of the dated parts of a
   * household that is not (or not yet) built — a reader reports them together with the problems
   * that keep it from being built; paths index the given lists ({@code incomes[3].month}).
   *
   * @since 0.3.0
   */
  public static java.util.List<org.jiuzhu.core.validation.Problem> problemsOn(java.time.LocalDate date,
      List<Member> members, List<IncomeItem> incomes, List<Expenditure> expenditures, List<LifeEvent> events) {
    return problemsOn(date, members, incomes, expenditures, events, List.of());
  }

  /**
   * The {@link #problemsOn(java.time.LocalDate) problems on} {@code date} of the dated parts of a
   * household not (yet) built, its current benefits too ({@code currentBenefits[i].since}).
   *
   * @since 0.4.0
   */
  public static java.util.List<org.jiuzhu.core.validation.Problem> problemsOn(java.time.LocalDate date,
      List<Member> members, List<IncomeItem> incomes, List<Expenditure> expenditures, List<LifeEvent> events,
      List<CurrentBenefit> benefits) {
    Problems p = new Problems();
    java.time.YearMonth month = java.time.YearMonth.from(date);
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      if (m.birthDate().isAfter(date)) {
        p.add("members[" + i + "].birthDate", "household.member.notYetBorn",
            ValidationTexts.text("problem.household.member.notYetBorn", m.id(), m.birthDate(), date));
      }
      // a supporter's own birth date too (each supporter carries one, also one who lives elsewhere)
      for (int s = 0; s < m.supporters().size(); s++) {
        Supporter x = m.supporters().get(s);
        if (x.birthDate().isAfter(date)) {
          p.add("members[" + i + "].supporters[" + s + "].birthDate", "household.supporter.notYetBorn",
              ValidationTexts.text("problem.household.supporter.notYetBorn", m.id(), Integer.toString(s + 1), x.birthDate(), date));
        }
      }
    }
    for (int i = 0; i < incomes.size(); i++) {
      IncomeItem x = incomes.get(i);
      if (x.month().isAfter(month)) {
        p.add("incomes[" + i + "].month", "household.income.afterDate",
            ValidationTexts.text("problem.household.income.afterDate", x.memberId(), x.month(), month));
      }
    }
    for (int i = 0; i < expenditures.size(); i++) {
      Expenditure x = expenditures.get(i);
      if (x.month().isAfter(month)) {
        p.add("expenditures[" + i + "].month", "household.expenditure.afterDate",
            ValidationTexts.text("problem.household.expenditure.afterDate", x.month(), month));
      }
    }
    for (int i = 0; i < events.size(); i++) {
      LifeEvent e = events.get(i);
      if (e.date().isAfter(date)) {
        p.add("events[" + i + "].date", "household.event.afterDate",
            ValidationTexts.text("problem.household.event.afterDate", e.date(), date));
      }
    }
    for (int i = 0; i < benefits.size(); i++) {
      CurrentBenefit b = benefits.get(i);
      if (b.since().isAfter(date)) {
        // a benefit received only from a later day is not received on the date
        p.add("currentBenefits[" + i + "].since", "household.benefit.afterDate",
            ValidationTexts.text("problem.household.benefit.afterDate", b.since(), date));
      }
    }
    return p.toList();
  }

  /**
   * Throws a {@link org.jiuzhu.core.validation.ValidationException} with every {@link
   * #problemsOn problem on} {@code date}, if there is one.
   */
  public void checkOn(java.time.LocalDate date) {
    // an allocation-free pass first: population runs call this for every household
    boolean any = false;
    for (Member m : members()) {
      any |= m.birthDate().isAfter(date);
      for (Supporter s : m.supporters()) {
        any |= s.birthDate().isAfter(date);
      }
    }
    int month = date.getYear() * 12 + date.getMonthValue() - 1;
    for (IncomeItem x : incomes()) {
      any |= x.monthIndex() > month;
    }
    for (Expenditure x : expenditures()) {
      any |= x.month().getYear() * 12 + x.month().getMonthValue() - 1 > month;
    }
    for (LifeEvent e : events()) {
      any |= e.date().isAfter(date);
    }
    for (CurrentBenefit b : currentBenefits()) {
      any |= b.since().isAfter(date);
    }
    if (!any) {
      return;
    }
    java.util.List<org.jiuzhu.core.validation.Problem> problems = problemsOn(date);
    if (!problems.isEmpty()) {
      throw new org.jiuzhu.core.validation.ValidationException(ValidationTexts.subject("household.on", id(), date), problems);
    }
  }

  /** Checks that a member id names a member; the path ({@code list[i]field}) is only built for a problem. */
  private static void checkMember(Problems p, String[] ids, int distinct, String list, int i, String field, Optional<String> memberId) {
    if (memberId.isPresent() && indexOf(ids, distinct, memberId.get()) < 0) {
      // a supporter outside the household is given without a member id: said with the problem
      String key = list.endsWith(".supporters") ? "problem.household.supporter.unknown" : "problem.household.member.unknown";
      p.add(list + "[" + i + "]" + field, "household.member.unknown", ValidationTexts.text(key, memberId.get(),
          java.util.List.copyOf(new java.util.TreeSet<>(idSet(ids, distinct)))));
    }
  }

  /** The index of {@code id} among the first {@code n} of {@code ids}, or -1. */
  private static int indexOf(String[] ids, int n, String id) {
    for (int k = 0; k < n; k++) {
      if (ids[k].equals(id)) {
        return k;
      }
    }
    return -1;
  }

  /** The first {@code n} ids as a hash set, for a problem's text (the order a hash set of them gives). */
  private static Set<String> idSet(String[] ids, int n) {
    Set<String> set = new HashSet<>();
    for (int k = 0; k < n; k++) {
      set.add(ids[k]);
    }
    return set;
  }

  /**
   * The day {@code m} came home from custody: the latest release from custody (刑满释放、假释、暂予监外执行,
   * {@link LifeEventType#RELEASE_FROM_CUSTODY}) of theirs on or after the first day of an absence
   * serving a sentence or in compulsory drug rehabilitation, and on or before {@code date}. Such a
   * member counts again (DOMAIN.md §3: people back home after release, on parole or medical parole).
   *
   * @return the day of release, or empty when the member is not back from custody
   * @since 0.12.0
   */
  public Optional<LocalDate> releasedFromCustody(Member m, LocalDate date) {
    if (m.absence().isEmpty() || (m.absence().get().reason() != AbsenceReason.SERVING_SENTENCE
        && m.absence().get().reason() != AbsenceReason.COMPULSORY_DRUG_REHABILITATION)) {
      return Optional.empty();
    }
    LocalDate since = m.absence().get().since();
    LocalDate released = null;
    for (LifeEvent e : events()) {
      if (e.type() == LifeEventType.RELEASE_FROM_CUSTODY && e.memberId().filter(m.id()::equals).isPresent()
          && !e.date().isBefore(since) && !e.date().isAfter(date) && (released == null || e.date().isAfter(released))) {
        released = e.date();
      }
    }
    return Optional.ofNullable(released);
  }

  /**
   * The absence of {@code m} in force on {@code date}: the member's absence, unless a release from
   * custody has ended it ({@link #releasedFromCustody}).
   *
   * @since 0.12.0
   */
  public Optional<Absence> absenceOn(Member m, LocalDate date) {
    return releasedFromCustody(m, date).isPresent() ? Optional.empty() : m.absence();
  }

  /** Builds a {@link Household}. */
  public static final class Builder extends ImmutableHousehold.Builder {}
}
