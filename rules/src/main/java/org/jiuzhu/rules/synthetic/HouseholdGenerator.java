package org.jiuzhu.rules.synthetic;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.jiuzhu.core.household.Absence;
import org.jiuzhu.core.household.AbsenceReason;
import org.jiuzhu.core.household.BusinessRegistration;
import org.jiuzhu.core.household.BusinessType;
import org.jiuzhu.core.household.CarePlacement;
import org.jiuzhu.core.household.CurrentBenefit;
import org.jiuzhu.core.household.Disability;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.Expenditure;
import org.jiuzhu.core.household.ExpenditureCategory;
import org.jiuzhu.core.household.FinancialAsset;
import org.jiuzhu.core.household.FinancialAssetType;
import org.jiuzhu.core.household.Home;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.Illness;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.household.IncomeTag;
import org.jiuzhu.core.household.LifeEvent;
import org.jiuzhu.core.household.LifeEventType;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.InsuranceScheme;
import org.jiuzhu.core.household.SchoolingStage;
import org.jiuzhu.core.household.SelfCareAssessment;
import org.jiuzhu.core.household.Supporter;
import org.jiuzhu.core.household.SupporterCondition;
import org.jiuzhu.core.household.Vehicle;
import org.jiuzhu.core.household.VehicleType;
import org.jiuzhu.core.household.VehicleUse;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.region.RegionCode;

/**
 * Seeded synthetic households for property tests and benchmarks: the same seed always gives the
 * same households. The mix is deliberately concentrated near the thresholds of the rulebook
 * (low incomes, some disability and illness, some assets, events) so that every programme and
 * both sides of each test are exercised; it is not calibrated to any population. Each member's
 * pension and medical-insurance schemes are drawn from a stream of their own (a quarter each not
 * recorded, residents', employees', not insured), so the other draws are those of a seed before
 * schemes were drawn.
 *
 * @since 0.1.0
 */
public final class HouseholdGenerator {
  private final SplittableRandom random;
  /** The insurance schemes' draws, apart from {@link #random}. */
  private final SplittableRandom schemes;
  private final ImmutableList<RegionCode> regions;
  private final LocalDate date;
  private long serial;

  /**
   * A generator of households applying in {@code regions} on {@code date}.
   *
   * @param seed the seed; print it with any failure so it can be reproduced
   */
  public HouseholdGenerator(long seed, List<RegionCode> regions, LocalDate date) {
    checkArgument(!regions.isEmpty(), "at least one region");
    this.random = new SplittableRandom(seed);
    this.schemes = new SplittableRandom(seed ^ 0x5CE4E5B9L);
    this.regions = ImmutableList.copyOf(regions);
    this.date = date;
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private Money yuan(int maxYuan) {
    return Money.ofFen(random.nextLong(maxYuan * 100L + 1));
  }

  private LocalDate birth(int minAge, int maxAge) {
    return date.minusYears(minAge).minusDays(random.nextInt((maxAge - minAge) * 365 + 1));
  }

  /** The next household, with id {@code gen-N}. */
  public Household next() {
    return next("gen-" + (++serial));
  }

  /** The next household, with id {@code householdId}. */
  public Household next(String householdId) {
    RegionCode region = regions.get(random.nextInt(regions.size()));
    HukouType hukou = chance(0.6) ? HukouType.RURAL : HukouType.URBAN;
    int size = 1 + random.nextInt(5);
    Household.Builder h = new Household.Builder().id(householdId).region(region).applicantId("m1");
    YearMonth month = YearMonth.from(date);
    boolean old = size <= 2 && chance(0.35);
    for (int i = 1; i <= size; i++) {
      String id = "m" + i;
      Relationship rel = i == 1 ? Relationship.APPLICANT : i == 2 ? Relationship.SPOUSE : chance(0.7) ? Relationship.CHILD : Relationship.PARENT;
      LocalDate birth = rel == Relationship.CHILD ? birth(1, 25) : old ? birth(60, 90) : rel == Relationship.PARENT ? birth(55, 90) : birth(18, 75);
      int age = java.time.Period.between(birth, date).getYears();
      Member.Builder m = new Member.Builder().id(id).relationship(rel).birthDate(birth).hukouType(hukou).hukouRegion(region);
      WorkStatus status = age < 6 ? WorkStatus.NOT_WORKING : age < 18 ? WorkStatus.STUDENT
          : age >= 60 ? (chance(0.5) ? WorkStatus.RETIRED : WorkStatus.NOT_WORKING)
          : new WorkStatus[] {WorkStatus.EMPLOYED, WorkStatus.FARMING, WorkStatus.UNEMPLOYED, WorkStatus.SELF_EMPLOYED,
              WorkStatus.NOT_WORKING}[random.nextInt(5)];
      m.workStatus(status);
      if (age >= 6 && age < 18) {
        m.schooling(age < 12 ? SchoolingStage.PRIMARY : age < 15 ? SchoolingStage.JUNIOR_SECONDARY : SchoolingStage.SENIOR_SECONDARY);
      }
      // insurance schemes from a stream of their own (the other draws stay as they were): each not
      // recorded, residents', employees' or not insured, a quarter each
      int pension = schemes.nextInt(4);
      if (pension > 0) {
        m.pensionScheme(InsuranceScheme.values()[pension - 1]);
      }
      int medical = schemes.nextInt(4);
      if (medical > 0) {
        m.medicalScheme(InsuranceScheme.values()[medical - 1]);
      }
      if (chance(0.1)) {
        m.disability(Disability.of(DisabilityCategory.values()[random.nextInt(DisabilityCategory.values().length)], 1 + random.nextInt(4)));
      }
      if (chance(0.07)) {
        m.addIllnesses(new Illness.Builder().description("illness").major(chance(0.6)).chronic(chance(0.5))
            .dialysisSessionsPerWeek(chance(0.2) ? 3 : 0).build());
      }
      if (age >= 60 || chance(0.05)) {
        m.selfCare(new SelfCareAssessment.Builder().eating(chance(0.9)).dressing(chance(0.8)).bedTransfer(chance(0.8))
            .toileting(chance(0.8)).indoorWalking(chance(0.8)).bathing(chance(0.7)).build());
        if (chance(0.9)) {
          m.carePlacement(chance(0.7) ? CarePlacement.HOME : CarePlacement.INSTITUTION);
        }
      }
      if (i > 1 && chance(0.03)) {
        m.absence(Absence.of(AbsenceReason.values()[random.nextInt(AbsenceReason.values().length)], date.minusDays(random.nextInt(2000))));
      }
      if (status == WorkStatus.UNEMPLOYED && chance(0.2)) {
        m.consecutiveRefusedJobOffers(random.nextInt(5));
      }
      if (age < 18 && size == 1) {
        m.orphan(chance(0.5));
      }
      if (size == 1 && chance(0.5)) {
        Supporter.Builder s = new Supporter.Builder().relationship(Relationship.CHILD).birthDate(birth(30, 80));
        if (chance(0.5)) {
          s.addConditions(SupporterCondition.values()[random.nextInt(SupporterCondition.values().length)]);
        }
        if (chance(0.8)) {
          s.annualIncome(yuan(40000)).assetsWithinLowIncomeRules(chance(0.7));
        }
        m.addSupporters(s.build());
      }
      h.addMembers(m.build());
      // income: twelve months of up to two items, most near the poverty lines
      int items = chance(0.3) ? 0 : 1 + random.nextInt(2);
      for (int k = 0; k < items; k++) {
        IncomeCategory cat = IncomeCategory.values()[random.nextInt(4)];
        Money monthly = yuan(chance(0.7) ? 1200 : 5000);
        boolean tagged = chance(0.15);
        IncomeTag tag = IncomeTag.values()[random.nextInt(IncomeTag.values().length)];
        for (int back = 1; back <= 12; back++) {
          IncomeItem.Builder it = new IncomeItem.Builder().memberId(id).category(cat).month(month.minusMonths(back)).gross(monthly);
          if (cat == IncomeCategory.WAGES && chance(0.3)) {
            it.deductions(Money.ofFen(monthly.fen() / 10));
          }
          if (tagged) {
            it.addTags(tag);
          }
          h.addIncomes(it.build());
        }
      }
      if (chance(0.12)) {
        h.addExpenditures(new Expenditure.Builder().memberId(id).category(ExpenditureCategory.MEDICAL_OUT_OF_POCKET)
            .month(month.minusMonths(1 + random.nextInt(12))).amount(yuan(30000)).build());
      }
    }
    if (chance(0.5)) {
      h.addFinancialAssets(new FinancialAsset.Builder().type(FinancialAssetType.DEPOSIT).value(yuan(chance(0.8) ? 20000 : 120000))
          .ownerMemberId("m1").build());
    }
    if (chance(0.15)) {
      VehicleType t = VehicleType.values()[random.nextInt(VehicleType.values().length)];
      h.addVehicles(new Vehicle.Builder().type(t).use(VehicleUse.values()[random.nextInt(3)]).value(yuan(200000)).build());
    }
    int homes = chance(0.1) ? 2 : chance(0.8) ? 1 : 0;
    for (int k = 0; k < homes; k++) {
      h.addHomes(new Home.Builder().floorArea(BigDecimal.valueOf(20 + random.nextInt(120))).build());
    }
    if (chance(0.05)) {
      h.addBusinesses(new BusinessRegistration.Builder().type(BusinessType.INDIVIDUAL_BUSINESS).employees(random.nextInt(3)).build());
    }
    if (chance(0.05)) {
      h.addNonResidentialProperties(new org.jiuzhu.core.household.NonResidentialProperty.Builder()
          .type(org.jiuzhu.core.household.NonResidentialType.SHOP).build());
    }
    if (chance(0.1)) {
      LifeEvent.Builder e = new LifeEvent.Builder().date(date.minusDays(random.nextInt(120)))
          .type(new LifeEventType[] {LifeEventType.FIRE, LifeEventType.SUDDEN_SERIOUS_ILLNESS, LifeEventType.TRAFFIC_ACCIDENT,
              LifeEventType.NATURAL_DISASTER}[random.nextInt(4)]);
      if (chance(0.9)) {
        e.amount(yuan(12000));
      }
      h.addEvents(e.build());
    }
    if (chance(0.1)) {
      h.addCurrentBenefits(CurrentBenefit.of("cn.dibao", date.minusYears(1)));
      if (chance(0.5)) {
        h.addEvents(new LifeEvent.Builder().date(date.minusMonths(2)).type(LifeEventType.NEW_JOB).memberId("m1").build());
      }
    }
    return h.build();
  }
}
