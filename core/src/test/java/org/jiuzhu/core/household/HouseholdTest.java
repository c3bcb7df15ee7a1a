package org.jiuzhu.core.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

final class HouseholdTest {

  @Test
  void buildsAConsistentHousehold() {
    Household h = new Household.Builder()
        .id("case-1")
        .region(Households.ZHUANGLANG)
        .applicantId("m1")
        .addMembers(Households.applicant().disability(Disability.of(DisabilityCategory.PHYSICAL, 1)).build(),
            Households.spouse("m2").build())
        .addIncomes(new IncomeItem.Builder().memberId("m2").category(IncomeCategory.WAGES)
            .month(YearMonth.of(2025, 9)).gross(Money.parse("1800")).deductions(Money.parse("180")).build())
        .addVehicles(new Vehicle.Builder().type(VehicleType.CAR).use(VehicleUse.PRIVATE)
            .value(Money.parse("30000")).ownerMemberId("m2").build())
        .addHomes(new Home.Builder().floorArea(new BigDecimal("86.5")).build())
        .addExpenditures(new Expenditure.Builder().memberId("m1").category(ExpenditureCategory.MEDICAL_OUT_OF_POCKET)
            .month(YearMonth.of(2025, 9)).amount(Money.parse("4200")).grantsReceived(Money.parse("1000")).build())
        .addEvents(new LifeEvent.Builder().date(LocalDate.of(2025, 8, 3)).type(LifeEventType.NEW_SEVERE_DISABILITY)
            .memberId("m1").build())
        .build();

    assertThat(h.applicant().id()).isEqualTo("m1");
    assertThat(h.member("m2")).isPresent();
    assertThat(h.incomes().get(0).net()).isEqualTo(Money.parse("1620"));
    assertThat(h.expenditures().get(0).net()).isEqualTo(Money.parse("3200"));
    assertThat(h.applicant().knownSex()).contains(Sex.MALE);
    assertThat(h.applicant().ageOn(LocalDate.of(2025, 3, 11))).isEqualTo(59);
    assertThat(h.applicant().ageOn(LocalDate.of(2025, 3, 12))).isEqualTo(60);
  }

  @Test
  void reportsEveryInconsistencyAtOnce() {
    ValidationException e = (ValidationException) catchValidation(() -> new Household.Builder()
        .id("case-2")
        .region(Households.ZHUANGLANG)
        .applicantId("m9")
        .addMembers(Households.applicant().build(), Households.spouse("m1").build())
        .addIncomes(new IncomeItem.Builder().memberId("m7").category(IncomeCategory.WAGES)
            .month(YearMonth.of(2025, 9)).gross(Money.parse("100")).build())
        .addFinancialAssets(new FinancialAsset.Builder().type(FinancialAssetType.DEPOSIT)
            .value(Money.parse("100")).ownerMemberId("m8").build())
        .build());

    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("members[1].id", "household.member.duplicateId"),
        org.assertj.core.groups.Tuple.tuple("applicantId", "household.applicant.unknown"),
        org.assertj.core.groups.Tuple.tuple("members[0].relationship", "household.applicant.relationship"),
        org.assertj.core.groups.Tuple.tuple("incomes[0].memberId", "household.member.unknown"),
        org.assertj.core.groups.Tuple.tuple("financialAssets[0].ownerMemberId", "household.member.unknown"));
    assertThat(e.getMessage()).contains("5 problems").contains("member m7 is not in the household");
  }

  @Test
  void duplicateCitizenIdsAreReportedMasked() {
    assertThatThrownBy(() -> new Household.Builder().id("case-3").region(Households.ZHUANGLANG).applicantId("m1")
        .addMembers(Households.applicant().build(),
            Households.member("m2", Relationship.SIBLING, LocalDate.of(1965, 3, 12))
                .citizenId(CitizenId.parse(Households.APPLICANT_ID_NUMBER)).workStatus(WorkStatus.FARMING).build())
        .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("citizen ID 620825********0017 is given for members m1 and m2")
        .hasMessageNotContaining("620825196503120017");
  }

  @Test
  void aMemberReportsAllItsOwnProblemsMaskedAndWithoutItsName() {
    assertThatThrownBy(() -> Households.member("m1", Relationship.APPLICANT, LocalDate.of(1966, 3, 12))
        .citizenId(CitizenId.parse(Households.APPLICANT_ID_NUMBER))
        .name("张三")
        .workStatus(WorkStatus.FARMING)
        .sex(Sex.FEMALE)
        .consecutiveRefusedJobOffers(-1)
        .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("3 problems")
        .hasMessageContaining("birth date 12 March 1966 differs from the one in citizen ID 620825********0017")
        .hasMessageContaining("sex female differs")
        .hasMessageContaining("refused job offers is -1")
        .hasMessageNotContaining("张三")
        .hasMessageNotContaining("196503120017");
  }

  @Test
  void toStringNeverShowsNamesOrFullIds() {
    Member m = Households.applicant().build();
    assertThat(m.toString()).contains("620825********0017").doesNotContain("张三").doesNotContain("196503120017");
  }

  @Test
  void partsCheckTheirOwnValues() {
    assertThatThrownBy(() -> new IncomeItem.Builder().memberId("m1").category(IncomeCategory.WAGES)
        .month(YearMonth.of(2025, 1)).gross(Money.parse("100")).deductions(Money.parse("100.01")).build())
        .hasMessageContaining("deductions 100.01 exceed gross income 100.00");
    assertThatThrownBy(() -> new IncomeItem.Builder().memberId("m1").category(IncomeCategory.WAGES)
        .month(YearMonth.of(2025, 1)).gross(Money.parse("-1")).deductions(Money.parse("-2")).build())
        .hasMessageContaining("gross income is -1.00").hasMessageContaining("deductions are -2.00");
    assertThatThrownBy(() -> Disability.of(DisabilityCategory.VISUAL, 5)).hasMessageContaining("grade is 5; expected 1 to 4");
    assertThatThrownBy(() -> new Home.Builder().floorArea(BigDecimal.ZERO).build()).hasMessageContaining("expected > 0");
    assertThatThrownBy(() -> new Vehicle.Builder().type(VehicleType.CAR).use(VehicleUse.PRIVATE)
        .value(Money.parse("-5")).build()).hasMessageContaining("vehicle value is -5.00");
    assertThatThrownBy(() -> new Expenditure.Builder().category(ExpenditureCategory.EDUCATION)
        .month(YearMonth.of(2025, 1)).amount(Money.parse("10")).grantsReceived(Money.parse("11")).build())
        .hasMessageContaining("grants received 11.00 exceed the expenditure 10.00");
    assertThatThrownBy(() -> new Member.Builder().id("m1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("birthDate").hasMessageContaining("relationship");
  }

  @Test
  void selfCareCountsFailedItems() {
    assertThat(SelfCareAssessment.allManaged().failedItems()).isZero();
    SelfCareAssessment a = new SelfCareAssessment.Builder().eating(true).dressing(false).bedTransfer(false)
        .toileting(false).indoorWalking(false).bathing(true).build();
    assertThat(a.failedItems()).isEqualTo(4);
  }

  private static RuntimeException catchValidation(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e;
    }
    throw new AssertionError("expected a ValidationException");
  }
}
