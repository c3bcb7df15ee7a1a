package org.jiuzhu.examples.modular;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.cn.CnRulebook;

/** Screens one household with the installed policy modules, through exported API only. */
public final class ModularScreening {
  private ModularScreening() {}

  /** The 低保 determination of a one-person household in Zhuanglang with 1,200 yuan of income in the year. */
  public static Determination dibao() {
    RegionCode zhuanglang = RegionCode.parse("620825");
    Household h = new Household.Builder()
        .id("modular-1")
        .region(zhuanglang)
        .applicantId("m1")
        .addMembers(new Member.Builder().id("m1").relationship(Relationship.APPLICANT).birthDate(LocalDate.of(1982, 4, 1))
            .hukouType(HukouType.RURAL).hukouRegion(zhuanglang).workStatus(WorkStatus.FARMING).build())
        .addIncomes(new IncomeItem.Builder().memberId("m1").category(IncomeCategory.TRANSFER_NET)
            .month(YearMonth.of(2025, 9)).gross(Money.parse("1200")).build())
        .build();
    Screening s = CnRulebook.create(Policy.installed()).evaluate(h, LocalDate.of(2025, 10, 1));
    return s.get(CnRulebook.DIBAO).orElseThrow();
  }
}
