package org.jiuzhu.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jiuzhu.core.household.FinancialAsset;
import org.jiuzhu.core.household.FinancialAssetType;
import org.jiuzhu.core.household.Home;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.SchoolingStage;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.synthetic.HouseholdGenerator;

/**
 * The households of the benchmarks: a typical applying household (a rural couple and a
 * schoolchild in Zhuanglang) and a mixed pool of generated ones.
 */
final class Typical {
  private Typical() {}

  /** The nine regions of the shipped packs, from which the mixed pool draws. */
  private static final List<RegionCode> PACK_REGIONS = List.of("620825", "230300", "330105", "330300", "320509",
      "150602", "350500", "610630", "370983").stream().map(RegionCode::parse).toList();

  /**
   * The households a benchmark cycles through: {@code typical} is {@link #household()} alone;
   * {@code mixed} is 1,024 generated households (seed 42) across the pack regions, as of {@code date}.
   */
  static Household[] pool(String kind, LocalDate date) {
    switch (kind) {
      case "typical":
        return new Household[] {household()};
      case "mixed":
        HouseholdGenerator g = new HouseholdGenerator(42, PACK_REGIONS, date);
        Household[] list = new Household[1024];
        for (int i = 0; i < list.length; i++) {
          list[i] = g.next();
        }
        return list;
      default:
        throw new IllegalArgumentException("households is '" + kind + "'; expected typical or mixed");
    }
  }

  /**
   * A batch of {@code size} households for {@code rulebook} on {@code date}: {@code typical} is
   * {@link #household()} repeated; {@code mixed} streams {@code size} generated households (seed 42,
   * the first 1,024 being those of {@link #pool}) straight into the batch, so that a million
   * households never exist as objects at once.
   */
  static org.jiuzhu.rules.batch.HouseholdBatch batch(String kind, int size, org.jiuzhu.rules.cn.CnRulebook rulebook,
      LocalDate date) {
    return batch(kind, size, rulebook, date, false);
  }

  /** As {@link #batch(String, int, org.jiuzhu.rules.cn.CnRulebook, LocalDate)}; {@code keepObjects} keeps the household objects too. */
  static org.jiuzhu.rules.batch.HouseholdBatch batch(String kind, int size, org.jiuzhu.rules.cn.CnRulebook rulebook,
      LocalDate date, boolean keepObjects) {
    org.jiuzhu.rules.batch.HouseholdBatch batch = rulebook.newBatch(date, size, keepObjects);
    switch (kind) {
      case "typical": {
        Household h = household();
        for (int i = 0; i < size; i++) {
          batch.add(h);
        }
        return batch;
      }
      case "mixed": {
        HouseholdGenerator g = new HouseholdGenerator(42, PACK_REGIONS, date);
        for (int i = 0; i < size; i++) {
          batch.add(g.next());
        }
        return batch;
      }
      default:
        throw new IllegalArgumentException("households is '" + kind + "'; expected typical or mixed");
    }
  }

  static Household household() {
    RegionCode zl = RegionCode.parse("620825");
    Household.Builder h = new Household.Builder().id("typical").region(zl).applicantId("m1")
        .addMembers(member("m1", Relationship.APPLICANT, LocalDate.of(1982, 4, 1), WorkStatus.FARMING, zl).build())
        .addMembers(member("m2", Relationship.SPOUSE, LocalDate.of(1984, 9, 1), WorkStatus.EMPLOYED, zl).build())
        .addMembers(member("m3", Relationship.CHILD, LocalDate.of(2014, 3, 1), WorkStatus.STUDENT, zl)
            .schooling(SchoolingStage.PRIMARY).build());
    for (int back = 1; back <= 12; back++) {
      YearMonth m = YearMonth.of(2025, 10).minusMonths(back);
      h.addIncomes(new IncomeItem.Builder().memberId("m2").category(IncomeCategory.WAGES).month(m).gross(Money.parse("900")).build());
      h.addIncomes(new IncomeItem.Builder().memberId("m1").category(IncomeCategory.BUSINESS_NET).month(m).gross(Money.parse("350")).build());
    }
    return h.addFinancialAssets(new FinancialAsset.Builder().type(FinancialAssetType.DEPOSIT).value(Money.parse("6000")).build())
        .addHomes(new Home.Builder().floorArea(new BigDecimal("85")).build())
        .build();
  }

  private static Member.Builder member(String id, Relationship r, LocalDate birth, WorkStatus status, RegionCode region) {
    Member.Builder b = new Member.Builder();
    b.id(id).relationship(r).birthDate(birth).workStatus(status).hukouType(HukouType.RURAL).hukouRegion(region);
    return b;
  }
}
