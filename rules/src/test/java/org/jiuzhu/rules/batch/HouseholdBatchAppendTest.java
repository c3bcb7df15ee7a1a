package org.jiuzhu.rules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.cn.CnRulebook;
import org.junit.jupiter.api.Test;

/**
 * The appender's shortcuts give the rows their long forms give: a birth as an epoch day against the
 * birth as year, month and day (age, and the flag of a birthday before the first day of payment, on
 * every day of 152 years before a date, leap days included), and one
 * income item for a run of months against one call per month.
 */
final class HouseholdBatchAppendTest {
  private static final CnRulebook RULEBOOK = CnRulebook.create(Policy.installed());
  private static final RegionCode REGION = RegionCode.parse("620825");

  @Test
  void aBirthAsAnEpochDayGivesTheAgeAndFlagsOfTheBirthAsYearMonthAndDay() {
    for (LocalDate date : new LocalDate[] {LocalDate.of(2025, 10, 1), LocalDate.of(2028, 2, 29), LocalDate.of(2025, 2, 28),
        LocalDate.of(2025, 3, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)}) {
      HouseholdBatch byDay = RULEBOOK.newBatch(date, 8);
      HouseholdBatch byDate = RULEBOOK.newBatch(date, 8);
      long from = date.minusYears(152).toEpochDay();
      long to = date.toEpochDay();
      int checked = 0;
      for (long day = from; day <= to; day++) {
        LocalDate birth = LocalDate.ofEpochDay(day);
        byDay.clear();
        byDate.clear();
        byDay.beginHousehold(REGION);
        byDay.member("m1", Relationship.APPLICANT, day, HukouType.RURAL);
        byDay.supporter(day, 0, 0, 1);
        byDay.endHousehold();
        byDate.beginHousehold(REGION);
        byDate.member("m1", Relationship.APPLICANT, birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), HukouType.RURAL);
        byDate.supporter(birth, 0, 0, 1);
        byDate.endHousehold();
        assertThat(byDay.age(0)).as("age on %s of a member born on %s", date, birth).isEqualTo(byDate.age(0));
        assertThat(byDay.supporterAge(0)).as("age on %s of a supporter born on %s", date, birth).isEqualTo(byDate.supporterAge(0));
        assertThat(byDay.memberFlags(0)).as("flags on %s of a member born on %s", date, birth).isEqualTo(byDate.memberFlags(0));
        checked++;
      }
      assertThat(checked).isGreaterThan(152 * 365);
      assertThat(byDay.age(0)).isZero(); // the last: born on the date
    }
  }

  @Test
  void aBirthAfterTheDateIsRefusedAsBefore() {
    LocalDate date = LocalDate.of(2025, 10, 1);
    HouseholdBatch b = RULEBOOK.newBatch(date, 1);
    b.beginHousehold(REGION);
    assertThatThrownBy(() -> b.member("m1", Relationship.APPLICANT, date.plusDays(1).toEpochDay(), HukouType.URBAN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("members[0].birthDate is 2025-10-02")
        .hasMessageContaining("expected on or before 2025-10-01");
  }

  @Test
  void oneItemForARunOfMonthsIsTheSameAsOneItemPerMonth() {
    LocalDate date = LocalDate.of(2025, 10, 1);
    int latest = 2025 * 12 + 8; // September 2025
    int[][] runs = {{latest, 12}, {latest, 3}, {latest - 5, 12}, {latest, 30}, {latest - 40, 12}, {latest, 0}};
    for (int[] run : runs) {
      for (int tags : new int[] {0, HouseholdBatch.tagBit(org.jiuzhu.core.household.IncomeTag.NEW_JOB)}) {
        HouseholdBatch each = RULEBOOK.newBatch(date, 1);
        HouseholdBatch once = RULEBOOK.newBatch(date, 1);
        for (HouseholdBatch b : new HouseholdBatch[] {each, once}) {
          b.beginHousehold(REGION);
          b.member("m1", Relationship.APPLICANT, 1980, 5, 5, HukouType.URBAN);
          b.member("m2", Relationship.SPOUSE, 1982, 6, 6, HukouType.URBAN);
        }
        for (int k = 0; k < run[1]; k++) {
          each.income(1, run[0] - k, IncomeCategory.WAGES, tags, 123_456);
        }
        once.incomeEachMonth(1, run[0], run[1], IncomeCategory.WAGES, tags, 123_456);
        each.endHousehold();
        once.endHousehold();
        String what = "months " + run[1] + " up to " + run[0] + ", tags " + tags;
        assertThat(once.incomeTotal(0)).as(what).isEqualTo(each.incomeTotal(0));
        assertThat(once.memberIncome(1)).as(what).isEqualTo(each.memberIncome(1));
        assertThat(once.tekunIncome(1)).as(what).isEqualTo(each.tekunIncome(1));
        assertThat(once.incomeRigid(0)).as(what).isEqualTo(each.incomeRigid(0));
        assertThat(once.incomeTemporary(0)).as(what).isEqualTo(each.incomeTemporary(0));
        assertThat(once.employmentDeduction(0)).as(what).isEqualTo(each.employmentDeduction(0));
        assertThat(once.disregardedNewJob(0)).as(what).isEqualTo(each.disregardedNewJob(0));
      }
    }
  }

  @Test
  void itemsAddedBetweenMembersSurviveTheBatchGrowingForLaterMembers() {
    // eight members with a 12-month window outgrow the first scratch of earnings; the items of the
    // first members, added before the later members, must still count
    LocalDate date = LocalDate.of(2025, 10, 1);
    int latest = 2025 * 12 + 8;
    HouseholdBatch interleaved = RULEBOOK.newBatch(date, 1);
    HouseholdBatch membersFirst = RULEBOOK.newBatch(date, 1);
    interleaved.beginHousehold(REGION);
    membersFirst.beginHousehold(REGION);
    for (int i = 0; i < 8; i++) {
      Relationship rel = i == 0 ? Relationship.APPLICANT : Relationship.CHILD;
      interleaved.member("m" + (i + 1), rel, 1960 + i, 1, 1, HukouType.URBAN);
      interleaved.incomeEachMonth(i, latest, 12, IncomeCategory.WAGES, 0, 100_000 + i);
      membersFirst.member("m" + (i + 1), rel, 1960 + i, 1, 1, HukouType.URBAN);
    }
    for (int i = 0; i < 8; i++) {
      membersFirst.incomeEachMonth(i, latest, 12, IncomeCategory.WAGES, 0, 100_000 + i);
    }
    interleaved.endHousehold();
    membersFirst.endHousehold();
    assertThat(interleaved.incomeTotal(0)).isEqualTo(membersFirst.incomeTotal(0));
    assertThat(interleaved.employmentDeduction(0)).isEqualTo(membersFirst.employmentDeduction(0)).isPositive();
    long sum = 0;
    for (int m = 0; m < 8; m++) {
      assertThat(interleaved.memberIncome(m)).as("member %s", m).isEqualTo(membersFirst.memberIncome(m)).isEqualTo(12L * (100_000 + m));
      sum += interleaved.memberIncome(m);
    }
    assertThat(sum).isEqualTo(12L * (8 * 100_000 + 28));
  }
}
