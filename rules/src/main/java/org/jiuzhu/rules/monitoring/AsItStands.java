package org.jiuzhu.rules.monitoring;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiuzhu.core.household.CurrentBenefit;
import org.jiuzhu.core.household.Expenditure;
import org.jiuzhu.core.household.ExpenditureCategory;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.household.LifeEvent;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.Supporter;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.household.Disability;
import org.jiuzhu.core.household.Illness;
import org.jiuzhu.core.money.Money;

/**
 * The household as it now stands: the registered household with what the feeds reported since —
 * deaths, new disabilities and diagnoses, lost and new jobs, the reported income and the
 * out-of-pocket medical cost of the last 12 months, this month's events, programmes left.
 */
final class AsItStands {
  private AsItStands() {}

  /** Why the household cannot be rebuilt without a caseworker, or empty. */
  static Optional<Texts.Both> unscreenable(Household h, HouseholdState s) {
    Set<String> dead = dead(s);
    if (dead.isEmpty()) {
      return Optional.empty();
    }
    if (dead.contains(h.applicantId())) {
      return Optional.of(Texts.both("note.applicant-died", h.applicantId()));
    }
    if (dead.size() >= h.members().size()) {
      return Optional.of(Texts.both("note.all-dead"));
    }
    boolean owns = h.financialAssets().stream().anyMatch(a -> a.ownerMemberId().filter(dead::contains).isPresent())
        || h.vehicles().stream().anyMatch(a -> a.ownerMemberId().filter(dead::contains).isPresent())
        || h.homes().stream().anyMatch(a -> a.ownerMemberId().filter(dead::contains).isPresent())
        || h.nonResidentialProperties().stream().anyMatch(a -> a.ownerMemberId().filter(dead::contains).isPresent())
        || h.businesses().stream().anyMatch(a -> a.ownerMemberId().filter(dead::contains).isPresent());
    if (owns) {
      return Optional.of(Texts.both("note.heirs"));
    }
    return Optional.empty();
  }

  private static Set<String> dead(HouseholdState s) {
    Set<String> dead = new HashSet<>();
    for (int i = 0; i < s.memberIds.length; i++) {
      if (s.dead(i)) {
        dead.add(s.memberIds[i]);
      }
    }
    return dead;
  }

  /** The household as it stands in month index {@code month}. */
  static Household build(Household h, HouseholdState s, int month) {
    Set<String> dead = dead(s);
    Household.Builder b = new Household.Builder().id(h.id()).region(h.region()).applicantId(h.applicantId());
    for (Member m : h.members()) {
      if (dead.contains(m.id())) {
        continue;
      }
      int slot = s.find(m.id());
      boolean changed = slot >= 0 && s.members[slot] != 0;
      boolean supportersChange = m.supporters().stream().anyMatch(x -> x.memberId().filter(dead::contains).isPresent());
      b.addMembers(!changed && !supportersChange ? m : member(m, s, slot, dead));
    }
    for (IncomeItem i : h.incomes()) {
      if (!dead.contains(i.memberId()) && !s.incomeReported(i.monthIndex())) {
        b.addIncomes(i);
      }
    }
    for (int m = month - 11; m <= month; m++) {
      if (s.incomeReported(m)) {
        b.addIncomes(new IncomeItem.Builder().memberId(h.applicantId())
            .category(s.incomeCategory(HouseholdState.ring(m)))
            .month(YearMonth.of(Math.floorDiv(m, 12), Math.floorMod(m, 12) + 1))
            .gross(Money.ofFen(s.income(HouseholdState.ring(m)))).description("reported by the monitoring feed").build());
      }
    }
    b.addAllFinancialAssets(h.financialAssets()).addAllVehicles(h.vehicles()).addAllHomes(h.homes())
        .addAllNonResidentialProperties(h.nonResidentialProperties()).addAllBusinesses(h.businesses());
    for (Expenditure e : h.expenditures()) {
      boolean reported = e.category() == ExpenditureCategory.MEDICAL_OUT_OF_POCKET && medicalIn(s, e.month(), month) > 0;
      if (!reported && !e.memberId().filter(dead::contains).isPresent()) {
        b.addExpenditures(e);
      }
    }
    Set<String> registered = new HashSet<>();
    h.members().forEach(x -> registered.add(x.id()));
    for (int m = month - 11; m <= month; m++) {
      int r = HouseholdState.ring(m);
      long paid = s.medical[r];
      if (paid <= 0) {
        continue;
      }
      YearMonth ym = YearMonth.of(Math.floorDiv(m, 12), Math.floorMod(m, 12) + 1);
      // bills keep their member, so that what is decided per member (medical assistance) can be found
      if (s.split != null) {
        for (int k = 0; k < s.memberIds.length; k++) {
          long own = s.split[24 * k + r];
          if (own > 0) {
            b.addExpenditures(bill(ym, own, s.split[24 * k + 12 + r], s.memberIds[k], registered, dead));
          }
        }
      } else {
        int code = s.memberCode(r);
        String member = code > 0 && code < HouseholdState.SEVERAL ? s.memberIds[code - 1] : null;
        b.addExpenditures(bill(ym, paid, s.assistance(r), member, registered, dead));
      }
    }
    for (LifeEvent e : h.events()) {
      if (!e.memberId().filter(dead::contains).isPresent()) {
        b.addEvents(e);
      }
    }
    if (s.events != null) {
      Set<String> known = new HashSet<>();
      h.members().forEach(m -> known.add(m.id()));
      for (LifeEvent e : s.events) {
        if (e.memberId().filter(dead::contains).isPresent()) {
          continue;
        }
        if (e.memberId().isPresent() && !known.contains(e.memberId().get())) {
          // a member the register does not know: the event still happened to the household
          LifeEvent.Builder x = new LifeEvent.Builder().date(e.date()).type(e.type());
          e.amount().ifPresent(x::amount);
          e.description().ifPresent(x::description);
          b.addEvents(x.build());
        } else {
          b.addEvents(e);
        }
      }
    }
    List<CurrentBenefit> benefits = h.currentBenefits();
    for (int i = 0; i < benefits.size(); i++) {
      CurrentBenefit c = benefits.get(i);
      // the register is the one the state was made from: benefit i is the state's benefit i
      boolean left = i < s.benefits.length && s.benefits[i].equals(c.programmeId()) ? s.left(i) : leftAny(s, c.programmeId());
      if (!left && !c.memberId().filter(dead::contains).isPresent()) {
        b.addCurrentBenefits(c);
      }
    }
    return b.build();
  }

  /** A month's out-of-pocket cost of one member (or of the household when the member is not in the register or died). */
  private static Expenditure bill(YearMonth month, long paid, long assisted, String member, Set<String> registered,
      Set<String> dead) {
    Expenditure.Builder e = new Expenditure.Builder().category(ExpenditureCategory.MEDICAL_OUT_OF_POCKET).month(month)
        .amount(Money.ofFen(paid)).grantsReceived(Money.ofFen(Math.min(paid, assisted)));
    if (member != null && registered.contains(member) && !dead.contains(member)) {
      e.memberId(member);
    }
    return e.build();
  }

  private static boolean leftAny(HouseholdState s, String programmeId) {
    for (int i = 0; i < s.benefits.length; i++) {
      if (s.benefits[i].equals(programmeId) && s.left(i)) {
        return true;
      }
    }
    return false;
  }

  private static long medicalIn(HouseholdState s, YearMonth ym, int month) {
    int m = ym.getYear() * 12 + ym.getMonthValue() - 1;
    if (m > month || month - m >= 12) {
      return 0;
    }
    return s.medical[HouseholdState.ring(m)];
  }

  private static Member member(Member m, HouseholdState s, int slot, Set<String> dead) {
    Member.Builder b = new Member.Builder().id(m.id()).relationship(m.relationship()).birthDate(m.birthDate())
        .hukouType(m.hukouType()).hukouRegion(m.hukouRegion()).schooling(m.schooling()).orphan(m.orphan())
        .consecutiveRefusedJobOffers(m.consecutiveRefusedJobOffers());
    m.citizenId().ifPresent(b::citizenId);
    m.name().ifPresent(b::name);
    m.sex().ifPresent(b::sex);
    m.selfCare().ifPresent(b::selfCare);
    m.workCapacity().ifPresent(b::workCapacity);
    m.absence().ifPresent(b::absence);
    m.carePlacement().ifPresent(b::carePlacement);
    m.pensionScheme().ifPresent(b::pensionScheme);
    m.medicalScheme().ifPresent(b::medicalScheme);
    Disability reported = slot < 0 ? null : s.disability(slot);
    if (reported != null) {
      b.disability(reported);
    } else {
      m.disability().ifPresent(b::disability);
    }
    b.addAllIllnesses(m.illnesses());
    Illness illness = slot < 0 ? null : s.illness(slot);
    if (illness != null) {
      b.addIllnesses(illness);
    }
    WorkStatus work = slot < 0 ? null : s.work(slot);
    b.workStatus(work != null ? work : m.workStatus());
    for (Supporter x : m.supporters()) {
      if (!x.memberId().filter(dead::contains).isPresent()) {
        b.addSupporters(x);
      }
    }
    return b.build();
  }
}
