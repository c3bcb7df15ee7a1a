package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.FinancialAsset;
import org.jiuzhu.core.household.FinancialAssetType;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.synthetic.HouseholdGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the rulebook over seeded generated households. A failure message names the
 * seed and the household index, so it can be reproduced.
 */
final class RulebookPropertiesTest {
  private static final CnRulebook RULEBOOK = CnRulebook.create(Policy.installed());
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private static final List<RegionCode> REGIONS = List.of("620825", "230300", "330105", "330300", "320509", "150602",
      "350500", "610630", "370983").stream().map(RegionCode::parse).toList();

  private static HouseholdGenerator generator(long seed) {
    return new HouseholdGenerator(seed, REGIONS, DATE);
  }

  @ParameterizedTest
  @ValueSource(longs = {20251001L})
  void fastModeDecidesExactlyAsExplainModeOnTenThousandHouseholds(long seed) {
    HouseholdGenerator g = generator(seed);
    int eligible = 0;
    for (int i = 0; i < 10_000; i++) {
      Household h = g.next();
      Screening explained = RULEBOOK.evaluate(h, DATE);
      Screening fast = RULEBOOK.evaluateFast(h, DATE);
      assertThat(fast.equalsIgnoringExplanation(explained)).as("seed %s household %s: %s vs %s", seed, i, fast, explained).isTrue();
      for (Determination d : explained.determinations()) {
        assertThat(d.monthlyAmount().isNegative() || d.oneOffAmount().isNegative()).as("seed %s household %s", seed, i).isFalse();
        assertThat(d.explanationZh()).as("seed %s household %s", seed, i).isNotEmpty();
        assertThat(d.explanationEn()).isNotEmpty();
        assertThat(fast.determinations().get(0).findings()).isEmpty();
        if (d.isEligible()) {
          eligible++;
        }
      }
    }
    assertThat(eligible).as("the generator reaches eligible outcomes").isGreaterThan(2000);
  }

  @ParameterizedTest
  @ValueSource(longs = {7L, 8L})
  void sameInputSameOutputAndFingerprint(long seed) {
    HouseholdGenerator a = generator(seed);
    HouseholdGenerator b = generator(seed);
    for (int i = 0; i < 500; i++) {
      Household h1 = a.next();
      Household h2 = b.next();
      assertThat(h2).isEqualTo(h1);
      Screening s1 = RULEBOOK.evaluate(h1, DATE);
      Screening s2 = CnRulebook.create(Policy.installed()).evaluate(h2, DATE);
      assertThat(s2.determinations()).as("seed %s household %s", seed, i).isEqualTo(s1.determinations());
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11L, 12L})
  void reorderingMembersChangesNothing(long seed) {
    HouseholdGenerator g = generator(seed);
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 2_000; i++) {
      Household h = g.next();
      List<Member> shuffled = new ArrayList<>(h.members());
      Collections.shuffle(shuffled, new java.util.Random(r.nextLong()));
      Household reordered = copy(h, shuffled, h.incomes(), h.financialAssets());
      assertThat(RULEBOOK.evaluateFast(reordered, DATE).equalsIgnoringExplanation(RULEBOOK.evaluateFast(h, DATE)))
          .as("seed %s household %s", seed, i).isTrue();
    }
  }

  /**
   * More income never raises the 低保 amount nor turns INELIGIBLE into ELIGIBLE — except where
   * the extra income ends the 特困 status that excluded the household from 低保 (the two are
   * exclusive), which the test checks is the only way it happens.
   */
  @ParameterizedTest
  @ValueSource(longs = {21L, 22L})
  void moreIncomeNeverHelps(long seed) {
    HouseholdGenerator g = generator(seed);
    SplittableRandom r = new SplittableRandom(seed);
    int changed = 0;
    for (int i = 0; i < 3_000; i++) {
      Household h = g.next();
      Member m = h.members().get(r.nextInt(h.members().size()));
      List<IncomeItem> incomes = new ArrayList<>(h.incomes());
      incomes.add(new IncomeItem.Builder().memberId(m.id()).category(IncomeCategory.values()[r.nextInt(4)])
          .month(YearMonth.from(DATE).minusMonths(1 + r.nextInt(12))).gross(Money.ofFen(1 + r.nextLong(300_000))).build());
      Household richer = copy(h, h.members(), incomes, h.financialAssets());
      Screening before = RULEBOOK.evaluateFast(h, DATE);
      Screening after = RULEBOOK.evaluateFast(richer, DATE);
      if (!checkMonotone(before, after, "seed " + seed + " household " + i)) {
        continue;
      }
      if (!after.get(CnRulebook.DIBAO).orElseThrow().monthlyAmount().equals(before.get(CnRulebook.DIBAO).orElseThrow().monthlyAmount())) {
        changed++;
      }
      Determination tb = before.get(CnRulebook.TEKUN).orElseThrow();
      Determination ta = after.get(CnRulebook.TEKUN).orElseThrow();
      assertThat(ta.monthlyAmount().isGreaterThan(tb.monthlyAmount()) && tb.outcome() != Outcome.NEEDS_REVIEW)
          .as("seed %s household %s: 特困 rose with income", seed, i).isFalse();
    }
    assertThat(changed).as("extra income lowered some 低保 amounts").isGreaterThan(50);
  }

  @ParameterizedTest
  @ValueSource(longs = {31L, 32L})
  void moreAssetsNeverHelp(long seed) {
    HouseholdGenerator g = generator(seed);
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 3_000; i++) {
      Household h = g.next();
      List<FinancialAsset> assets = new ArrayList<>(h.financialAssets());
      FinancialAsset.Builder extra = new FinancialAsset.Builder().type(FinancialAssetType.DEPOSIT)
          .value(Money.ofFen(1 + r.nextLong(5_000_000)));
      if (r.nextBoolean()) {
        extra.ownerMemberId(h.members().get(r.nextInt(h.members().size())).id());
      }
      assets.add(extra.build());
      Household richer = copy(h, h.members(), h.incomes(), assets);
      checkMonotone(RULEBOOK.evaluateFast(h, DATE), RULEBOOK.evaluateFast(richer, DATE), "seed " + seed + " household " + i);
    }
  }

  /** Checks the 低保 part; returns false when a member lost 特困 (the documented 特困 → 低保 exception). */
  private static boolean checkMonotone(Screening before, Screening after, String what) {
    Determination db = before.get(CnRulebook.DIBAO).orElseThrow();
    Determination da = after.get(CnRulebook.DIBAO).orElseThrow();
    // a member who loses 特困 is no longer excluded from the 低保 shares, so 低保 may appear or grow
    boolean tekunEnded = before.get(CnRulebook.TEKUN).orElseThrow().isEligible()
        && (!after.get(CnRulebook.TEKUN).orElseThrow().isEligible()
            || after.get(CnRulebook.TEKUN).orElseThrow().memberShares().size() < before.get(CnRulebook.TEKUN).orElseThrow().memberShares().size());
    if (tekunEnded) {
      return false;
    }
    assertThat(db.outcome() == Outcome.INELIGIBLE && da.outcome() == Outcome.ELIGIBLE).as("%s: %s -> %s", what, db, da).isFalse();
    assertThat(da.monthlyAmount().isGreaterThan(db.monthlyAmount())).as("%s: %s -> %s", what, db, da).isFalse();
    return true;
  }

  private static Household copy(Household h, List<Member> members, List<IncomeItem> incomes, List<FinancialAsset> assets) {
    return new Household.Builder().id(h.id()).region(h.region()).applicantId(h.applicantId()).addAllMembers(members)
        .addAllIncomes(incomes).addAllFinancialAssets(assets).addAllVehicles(h.vehicles()).addAllHomes(h.homes())
        .addAllNonResidentialProperties(h.nonResidentialProperties()).addAllBusinesses(h.businesses())
        .addAllExpenditures(h.expenditures()).addAllEvents(h.events()).addAllCurrentBenefits(h.currentBenefits()).build();
  }
}
