package org.jiuzhu.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jiuzhu.core.household.AbsenceReason;
import org.jiuzhu.core.household.BusinessType;
import org.jiuzhu.core.household.CarePlacement;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.ExpenditureCategory;
import org.jiuzhu.core.household.FinancialAssetType;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.IncomeTag;
import org.jiuzhu.core.household.LifeEventType;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.NonResidentialType;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.SchoolingStage;
import org.jiuzhu.core.household.Sex;
import org.jiuzhu.core.household.SupporterCondition;
import org.jiuzhu.core.household.VehicleType;
import org.jiuzhu.core.household.VehicleUse;
import org.jiuzhu.core.household.WorkCapacity;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every field of the household format is read, and every kind of bad input is reported with its path. */
final class HouseholdReaderTest {
  @TempDir
  Path dir;

  static final String FULL = """
      id: full
      region: "620825"
      applicant: m1
      members:
        - id: m1
          citizenId: "620825196503120017"
          name: 张三
          relationship: applicant
          birthDate: 1965-03-12
          sex: MALE
          hukouType: RURAL
          hukouRegion: "620825"
          workStatus: NOT_WORKING
          workCapacity: NONE
          schooling: NONE
          disability: {category: PHYSICAL, grade: 1}
          selfCare: {eating: true, dressing: false, bedTransfer: false, toileting: true, indoorWalking: false, bathing: false}
          carePlacement: HOME
          illnesses: [{description: stroke, icd10: I63, major: true, chronic: true, dialysisSessionsPerWeek: 2}]
          supporters: [{relationship: CHILD, birthDate: 1990-01-01, conditions: [IMPRISONED], annualIncome: "100", assetsWithinLowIncomeRules: true}]
          orphan: false
          refusedJobOffers: 1
        - id: m2
          relationship: spouse
          birthDate: 1966-01-01
          hukouType: URBAN
          hukouRegion: "620825"
          workStatus: FARMING
          absence: {reason: LIVING_ELSEWHERE, since: 2024-01-01}
          supporters: [{member: m1, birthDate: 1965-03-12}]
      incomes:
        - {member: m2, category: WAGES, months: {from: 2025-07, to: 2025-09}, gross: 1000.5, deductions: "100", tags: [new-job], description: job}
      financialAssets: [{owner: m1, type: DEPOSIT, value: "2000", earmarkedForMajorIllness: true, earmarkedUntil: 2026-01-01}]
      vehicles: [{owner: m2, type: MOTORCYCLE, use: PRIVATE, value: "3000"}]
      homes: [{owner: m1, floorArea: 60.5, value: "100000", livedIn: true}]
      nonResidentialProperties: [{owner: m1, type: TIMBER, area: 10, value: "500", onlyDwelling: false}]
      businesses: [{owner: m2, type: INDIVIDUAL_BUSINESS, employees: 0, registeredCapital: "1000", active: false}]
      expenditures: [{member: m1, category: REHABILITATION, month: 2025-09, amount: "900", grantsReceived: "100"}]
      events: [{date: 2025-09-01, type: FIRE, member: m1, amount: "4200", description: kitchen}]
      currentBenefits: [{programme: cn.dibao, since: 2024-01-01, member: m1}]
      """;

  private static Household yaml(String text) throws IOException {
    return HouseholdReader.read("h.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true);
  }

  private static List<Problem> problems(String text) {
    try {
      yaml(text);
    } catch (ValidationException e) {
      return e.problems();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected problems");
  }

  @Test
  void readsEveryField() throws IOException {
    Household h = yaml(FULL);
    assertThat(h.id()).isEqualTo("full");
    assertThat(h.region()).isEqualTo(RegionCode.parse("620825"));
    Member m1 = h.member("m1").orElseThrow();
    assertThat(m1.citizenId().orElseThrow().masked()).isEqualTo("620825********0017");
    assertThat(m1.name()).contains("张三");
    assertThat(m1.relationship()).isEqualTo(Relationship.APPLICANT);
    assertThat(m1.sex()).contains(Sex.MALE);
    assertThat(m1.workCapacity()).contains(WorkCapacity.NONE);
    assertThat(m1.schooling()).isEqualTo(SchoolingStage.NONE);
    assertThat(m1.disability().orElseThrow().category()).isEqualTo(DisabilityCategory.PHYSICAL);
    assertThat(m1.disability().orElseThrow().grade()).isEqualTo(1);
    assertThat(m1.selfCare().orElseThrow().failedItems()).isEqualTo(4);
    assertThat(m1.selfCare().orElseThrow().eating()).isTrue();
    assertThat(m1.selfCare().orElseThrow().toileting()).isTrue();
    assertThat(m1.carePlacement()).contains(CarePlacement.HOME);
    assertThat(m1.illnesses()).singleElement().satisfies(i -> {
      assertThat(i.icd10()).contains("I63");
      assertThat(i.major()).isTrue();
      assertThat(i.chronic()).isTrue();
      assertThat(i.dialysisSessionsPerWeek()).isEqualTo(2);
    });
    assertThat(m1.supporters()).singleElement().satisfies(s -> {
      assertThat(s.relationship()).contains(Relationship.CHILD);
      assertThat(s.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
      assertThat(s.conditions()).containsExactly(SupporterCondition.IMPRISONED);
      assertThat(s.annualIncome()).contains(Money.parse("100"));
      assertThat(s.assetsWithinLowIncomeRules()).contains(true);
    });
    assertThat(m1.consecutiveRefusedJobOffers()).isEqualTo(1);
    Member m2 = h.member("m2").orElseThrow();
    assertThat(m2.hukouType()).isEqualTo(HukouType.URBAN);
    assertThat(m2.workStatus()).isEqualTo(WorkStatus.FARMING);
    assertThat(m2.absence().orElseThrow().reason()).isEqualTo(AbsenceReason.LIVING_ELSEWHERE);
    assertThat(m2.absence().orElseThrow().since()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(m2.supporters().get(0).memberId()).contains("m1");

    assertThat(h.incomes()).hasSize(3).allSatisfy(i -> {
      assertThat(i.memberId()).isEqualTo("m2");
      assertThat(i.category()).isEqualTo(IncomeCategory.WAGES);
      assertThat(i.gross()).isEqualTo(Money.parse("1000.50"));
      assertThat(i.deductions()).isEqualTo(Money.parse("100"));
      assertThat(i.tags()).containsExactly(IncomeTag.NEW_JOB);
      assertThat(i.description()).contains("job");
    });
    assertThat(h.incomes()).extracting(i -> i.month()).containsExactly(YearMonth.of(2025, 7), YearMonth.of(2025, 8), YearMonth.of(2025, 9));
    assertThat(h.financialAssets()).singleElement().satisfies(a -> {
      assertThat(a.ownerMemberId()).contains("m1");
      assertThat(a.type()).isEqualTo(FinancialAssetType.DEPOSIT);
      assertThat(a.value()).isEqualTo(Money.parse("2000"));
      assertThat(a.earmarkedForMajorIllness()).isTrue();
      assertThat(a.earmarkedUntil()).contains(LocalDate.of(2026, 1, 1));
    });
    assertThat(h.vehicles()).singleElement().satisfies(v -> {
      assertThat(v.ownerMemberId()).contains("m2");
      assertThat(v.type()).isEqualTo(VehicleType.MOTORCYCLE);
      assertThat(v.use()).isEqualTo(VehicleUse.PRIVATE);
      assertThat(v.value()).isEqualTo(Money.parse("3000"));
    });
    assertThat(h.homes()).singleElement().satisfies(x -> {
      assertThat(x.ownerMemberId()).contains("m1");
      assertThat(x.floorArea()).isEqualByComparingTo(new BigDecimal("60.5"));
      assertThat(x.value()).contains(Money.parse("100000"));
      assertThat(x.livedIn()).isTrue();
    });
    assertThat(h.nonResidentialProperties()).singleElement().satisfies(x -> {
      assertThat(x.ownerMemberId()).contains("m1");
      assertThat(x.type()).isEqualTo(NonResidentialType.TIMBER);
      assertThat(x.area().orElseThrow()).isEqualByComparingTo("10");
      assertThat(x.value()).contains(Money.parse("500"));
      assertThat(x.onlyDwelling()).isFalse();
    });
    assertThat(h.businesses()).singleElement().satisfies(x -> {
      assertThat(x.ownerMemberId()).contains("m2");
      assertThat(x.type()).isEqualTo(BusinessType.INDIVIDUAL_BUSINESS);
      assertThat(x.employees()).isZero();
      assertThat(x.registeredCapital()).contains(Money.parse("1000"));
      assertThat(x.active()).isFalse();
    });
    assertThat(h.expenditures()).singleElement().satisfies(x -> {
      assertThat(x.memberId()).contains("m1");
      assertThat(x.category()).isEqualTo(ExpenditureCategory.REHABILITATION);
      assertThat(x.month()).isEqualTo(YearMonth.of(2025, 9));
      assertThat(x.amount()).isEqualTo(Money.parse("900"));
      assertThat(x.grantsReceived()).isEqualTo(Money.parse("100"));
    });
    assertThat(h.events()).singleElement().satisfies(x -> {
      assertThat(x.date()).isEqualTo(LocalDate.of(2025, 9, 1));
      assertThat(x.type()).isEqualTo(LifeEventType.FIRE);
      assertThat(x.memberId()).contains("m1");
      assertThat(x.amount()).contains(Money.parse("4200"));
      assertThat(x.description()).contains("kitchen");
    });
    assertThat(h.currentBenefits()).singleElement().satisfies(x -> {
      assertThat(x.programmeId()).isEqualTo("cn.dibao");
      assertThat(x.since()).isEqualTo(LocalDate.of(2024, 1, 1));
      assertThat(x.memberId()).contains("m1");
    });
  }

  @Test
  void anAmountWithAHugeExponentIsRefusedAtOnceAndNeverSpeltOut() throws IOException {
    String fire = Files.readString(Path.of("../examples/households/temporary-assistance.json"));
    assertThat(fire).contains("\"amount\": \"4200\"");
    for (String huge : List.of("1e999999999", "\"1e999999999\"", "\"1e-999999999\"")) {
      byte[] text = fire.replace("\"amount\": \"4200\"", "\"amount\": " + huge).getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> HouseholdReader.read("huge.json", new ByteArrayInputStream(text), false))
          .as(huge).isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("events[0].amount");
            assertThat(p.message().length()).isLessThan(300);
          }));
    }
  }

  @Test
  void amountsInExponentFormOrOtherScriptsDigitsAreRefusedAndPlainNumbersRead() throws IOException {
    String fire = Files.readString(Path.of("../examples/households/temporary-assistance.json"));
    assertThat(fire).contains("\"amount\": \"4200\"").contains("\"gross\": \"2000\"");
    for (String bad : List.of("7e3", "\uff17\uff10\uff10\uff10", "1,200")) {
      byte[] text = fire.replace("\"amount\": \"4200\"", "\"amount\": \"" + bad + "\"")
          .replace("\"gross\": \"2000\"", "\"gross\": \"2e3\"").getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> HouseholdReader.read("bad.json", new ByteArrayInputStream(text), false))
          .as(bad).isInstanceOf(ValidationException.class)
          .satisfies(e -> {
            List<Problem> ps = ((ValidationException) e).problems();
            assertThat(ps).anySatisfy(p -> {
              assertThat(p.path()).isEqualTo("events[0].amount");
              assertThat(p.message()).isEqualTo("'" + bad + "' is not an amount; expected a decimal number of yuan such as 760.50");
            });
            assertThat(ps).anySatisfy(p -> {
              assertThat(p.path()).endsWith(".gross");
              assertThat(p.message()).isEqualTo("'2e3' is not an amount; expected a decimal number of yuan such as 760.50");
            });
          });
    }
    for (String plain : List.of("4200.5", "4200.50", "\"4200.50\"")) {
      byte[] text = fire.replace("\"amount\": \"4200\"", "\"amount\": " + plain).getBytes(StandardCharsets.UTF_8);
      assertThat(HouseholdReader.read("plain.json", new ByteArrayInputStream(text), false).events().get(0).amount())
          .as(plain).contains(Money.parse("4200.50"));
    }
  }

  @Test
  void problemsAreListedInTheOrderOfTheirLines() {
    String yaml = "incomes: [{member: m1, category: WAGES, months: {from: 2025-09, to: 2024-10}, gross: \"2e3\"}]\n"
        + "id: order\nregion: \"620825\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-01-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: FLYING}\n";
    assertThatThrownBy(() -> HouseholdReader.read("order.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), true))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> {
          List<Problem> ps = ((ValidationException) e).problems();
          assertThat(ps).hasSizeGreaterThanOrEqualTo(2);
          assertThat(ps).filteredOn(p -> p.line().isPresent()).extracting(p -> p.line().getAsInt()).isSorted();
          assertThat(ps).extracting(Problem::path).contains("members[0].workStatus", "incomes[0].months.to");
          assertThat(ps).anySatisfy(p -> assertThat(p.message())
              .isEqualTo("'to' October 2024 is before 'from' September 2025; expected a month on or after the start month"));
        });
  }

  @Test
  void readsJsonFilesFromDisk() throws IOException {
    Path json = dir.resolve("h.json");
    Files.writeString(json, "{\"id\":\"j\",\"region\":\"230300\",\"applicant\":\"m1\",\"members\":[{\"id\":\"m1\","
        + "\"relationship\":\"APPLICANT\",\"birthDate\":\"1980-01-01\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"230300\","
        + "\"workStatus\":\"FARMING\"}]}");
    assertThat(HouseholdReader.read(json).id()).isEqualTo("j");
    Path yaml = dir.resolve("h.yml");
    Files.writeString(yaml, FULL);
    assertThat(HouseholdReader.read(yaml).id()).isEqualTo("full");
    Path broken = dir.resolve("b.json");
    Files.writeString(broken, "{\"id\": [");
    assertThatThrownBy(() -> HouseholdReader.read(broken)).isInstanceOf(ValidationException.class).hasMessageContaining("malformed");
  }

  @Test
  void unknownFieldsAreReportedInEveryPart() {
    String text = FULL.replace("id: full", "id: full\ncolour: red")
        .replace("category: PHYSICAL, grade: 1", "category: PHYSICAL, grade: 1, x1: 1")
        .replace("eating: true,", "eating: true, x2: 1,")
        .replace("description: stroke,", "description: stroke, x3: 1,")
        .replace("relationship: CHILD, birthDate: 1990-01-01,", "relationship: CHILD, x4: 1, birthDate: 1990-01-01,")
        .replace("reason: LIVING_ELSEWHERE,", "reason: LIVING_ELSEWHERE, x5: 1,")
        .replace("months: {from: 2025-07,", "months: {x6: 1, from: 2025-07,")
        .replace("type: DEPOSIT,", "type: DEPOSIT, x7: 1,")
        .replace("type: MOTORCYCLE,", "type: MOTORCYCLE, x8: 1,")
        .replace("floorArea: 60.5,", "floorArea: 60.5, x9: 1,")
        .replace("type: TIMBER,", "type: TIMBER, x10: 1,")
        .replace("type: INDIVIDUAL_BUSINESS,", "type: INDIVIDUAL_BUSINESS, x11: 1,")
        .replace("category: REHABILITATION,", "category: REHABILITATION, x12: 1,")
        .replace("type: FIRE,", "type: FIRE, x13: 1,")
        .replace("programme: cn.dibao,", "programme: cn.dibao, x14: 1,")
        .replace("  - id: m2", "  - id: m2\n    x15: 1")
        .replace("category: WAGES,", "category: WAGES, x16: 1,");
    assertThat(problems(text)).extracting(Problem::path).containsExactlyInAnyOrder("colour",
        "members[0].disability.x1", "members[0].selfCare.x2", "members[0].illnesses[0].x3", "members[0].supporters[0].x4",
        "members[1].absence.x5", "incomes[0].months.x6", "financialAssets[0].x7", "vehicles[0].x8", "homes[0].x9",
        "nonResidentialProperties[0].x10", "businesses[0].x11", "expenditures[0].x12", "events[0].x13",
        "currentBenefits[0].x14", "members[1].x15", "incomes[0].x16");
  }

  @Test
  void badValuesAreReportedWithPathAndWhatWasExpected() {
    List<Problem> p = problems("""
        id: [1]
        region: "99"
        applicant: " "
        members:
          - id: m1
            citizenId: "62082519650312001"
            relationship: KING
            birthDate: 1980-02-30
            hukouType: RURAL
            hukouRegion: "620825"
            workStatus: FARMING
            disability: {category: PHYSICAL, grade: two}
            selfCare: {eating: "maybe"}
            orphan: "no"
            supporters: [{birthDate: 1990-01-01, conditions: [RICH], annualIncome: "-5"}]
            illnesses: {description: x}
          - 7
        incomes:
          - {member: m1, category: WAGES, month: 2025-13, gross: "1.005", tags: [LOTTERY]}
          - {member: m1, category: WAGES, month: 2025-09, months: {from: 2025-01, to: 2025-02}, gross: "1"}
          - {member: m1, category: WAGES, months: {from: 2025-05, to: 2025-01}, gross: "1"}
          - {member: m1, category: WAGES, months: 3, gross: "1"}
        homes: [{floorArea: big}]
        events: [{date: 2025-09-01, type: FIRE, amount: [1]}]
        vehicles: {type: CAR}
        """);
    assertThat(p).extracting(x -> x.path() + " " + x.code()).contains(
        "id field.type", "region field.region", "applicant field.blank",
        "members[0].citizenId citizenId.invalid", "members[0].relationship field.enum", "members[0].birthDate field.date",
        "members[0].disability.grade field.integer", "members[0].selfCare.eating field.boolean", "members[0].orphan field.boolean",
        "members[0].supporters[0].conditions field.enum", "members[0].supporters[0].annualIncome field.negative",
        "members[0].illnesses field.list", "members[1] field.object",
        "incomes[0].month field.month", "incomes[0].gross field.amount", "incomes[0].tags field.enum",
        "incomes[1].month field.conflict", "incomes[2].months.to field.range", "incomes[3].months field.object",
        "homes[0].floorArea field.number", "events[0].amount field.type", "vehicles field.list");
    assertThat(p.toString()).doesNotContain("62082519650312001").contains("620825*******2001");
  }

  @Test
  void inconsistenciesBetweenPartsComeFromTheModel() {
    String text = FULL.replace("applicant: m1", "applicant: m9");
    assertThat(problems(text)).extracting(Problem::code).contains("household.applicant.unknown");
    assertThatThrownBy(() -> HouseholdReader.fromTree(null)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("a household must be a map of fields");
  }

  /** The file of a new user: a bad value, an unknown member and a month after the date, in different entries. */
  static final String STAGED = """
      id: h1
      region: "620825"
      applicant: m1
      members:
        - {id: m1, relationship: APPLICANT, birthDate: "1975-04-01", hukouType: RURAL, hukouRegion: "620825", workStatus: NOT_WORKING}
      incomes:
        - {member: m9, category: WAGES, month: "2025-09", gross: "2000"}
        - {member: m1, category: WAGES, month: "2025-11", gross: "100"}
      vehicles:
        - {owner: m1, type: CAR, use: PRIVATE, value: "8万"}
      """;

  @Test
  void aBadValueAnUnknownMemberAndAMonthAfterTheDateAreReportedInOneRun() throws IOException {
    Path file = dir.resolve("staged.yaml");
    Files.writeString(file, STAGED);
    assertThatThrownBy(() -> HouseholdReader.read(file, LocalDate.of(2025, 10, 1))).isInstanceOf(ValidationException.class)
        .satisfies(e -> {
          ValidationException v = (ValidationException) e;
          assertThat(v.problems()).extracting(x -> x.path() + " " + x.code()).containsExactly( // in the order of their lines
              "incomes[0].member household.member.unknown", "incomes[1].month household.income.afterDate",
              "vehicles[0].value field.amount");
          assertThat(v.getMessage(org.jiuzhu.core.text.Lang.ZH)).contains("3 个问题", "“8万”不是金额",
              "成员 m9 不在本家庭中", "成员 m1 的收入所属月份2025年11月晚于认定月份2025年10月");
          assertThat(v.getMessage(org.jiuzhu.core.text.Lang.EN)).contains("3 problems", "'8万' is not an amount",
              "member m9 is not in the household", "income of member m1 is for November 2025, after the evaluation month October 2025");
        });
    // without a date, the bad value and the unknown member together
    assertThat(problems(STAGED)).extracting(Problem::path).containsExactly("incomes[0].member", "vehicles[0].value");
  }

  @Test
  void onlyTheChecksThatNeedABadValueAreLeftOut() throws IOException {
    Path file = dir.resolve("dependent.yaml");
    Files.writeString(file, """
        id: h4
        region: "620825"
        applicant: m2
        members:
          - {id: m1, relationship: SPOUSE, birthDate: "1975-04-01", hukouType: RURAL, hukouRegion: "620825", workStatus: NOT_WORKING}
          - {id: m2, relationship: APPLICANT, birthDate: "1975-13-01", hukouType: RURAL, hukouRegion: "620825", workStatus: NOT_WORKING}
          - {id: m1, relationship: CHILD, birthDate: "2026-01-01", hukouType: RURAL, hukouRegion: "620825", workStatus: NOT_WORKING}
        incomes:
          - {member: m2, category: WAGES, months: {from: "2025-09", to: "2025-11"}, gross: "abc"}
          - {member: m7, category: WAGES, months: {from: "2025-09", to: "2025-11"}, gross: "10"}
          - {member: m1, category: WAGES, month: "2025-99", gross: "10"}
        vehicles:
          - {owner: m2, type: CAR, use: PRIVATE, value: "80000"}
        events:
          - {date: "2025-12-01", type: FIRE, amount: "x"}
        """);
    assertThatThrownBy(() -> HouseholdReader.read(file, LocalDate.of(2025, 10, 1))).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(x -> x.path() + " " + x.code())
            .containsExactlyInAnyOrder(
                // the bad values
                "members[1].birthDate field.date", "incomes[0].gross field.amount", "incomes[2].month field.month",
                "events[0].amount field.amount",
                // m2 is left out for its birth date, yet exists: only m7 is unknown, and m1 is given twice
                "members[2].id household.member.duplicateId", "incomes[1].member household.member.unknown",
                // dated: the entries left out for another value are checked too; the bad month is not
                "members[2].birthDate household.member.notYetBorn", "incomes[1]@2025-11.month household.income.afterDate",
                "incomes[0]@2025-11.month household.income.afterDate", "events[0].date household.event.afterDate"))
        .satisfies(e -> {
          ValidationException v = (ValidationException) e;
          assertThat(v.getMessage(org.jiuzhu.core.text.Lang.ZH))
              .contains("成员 m1 的出生日期2026年1月1日晚于认定日期2025年10月1日，应不晚于认定日期")
              .contains("事件日期2025年12月1日晚于认定日期2025年10月1日，应不晚于认定日期");
          assertThat(v.getMessage(org.jiuzhu.core.text.Lang.EN))
              .contains("member m1 is born on 1 January 2026, after the evaluation date 1 October 2025; expected a day on or before it")
              .contains("event on 1 December 2025 is after the evaluation date 1 October 2025; expected a day on or before it");
        });
  }

  @Test
  void datesAreWrittenInWordsAndEnumsAreNamedInWords() throws IOException {
    Path file = dir.resolve("words.yaml");
    Files.writeString(file, FULL.replace("hukouType: RURAL", "hukouType: RURALL"));
    assertThatThrownBy(() -> HouseholdReader.read(file, LocalDate.of(2025, 10, 1))).isInstanceOf(ValidationException.class)
        .satisfies(e -> {
          ValidationException v = (ValidationException) e;
          assertThat(v.getMessage(org.jiuzhu.core.text.Lang.EN)).contains("'RURALL' is not a valid hukou type; expected one of [URBAN, RURAL]")
              .doesNotContain("HukouType");
          assertThat(v.getMessage(org.jiuzhu.core.text.Lang.ZH)).contains("“RURALL”不是有效的户籍类型；应为以下之一：URBAN、RURAL").doesNotContain("HukouType");
        });
    Path dated = dir.resolve("dated.yaml");
    Files.writeString(dated, "id: h5\nregion: \"620825\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: \"1975-04-01\", hukouType: RURAL, hukouRegion: \"620825\", workStatus: NOT_WORKING}\n"
        + "events:\n  - {date: \"2025-12-01\", type: FIRE, amount: \"100\"}\n");
    assertThatThrownBy(() -> HouseholdReader.read(dated, LocalDate.of(2025, 10, 1))).isInstanceOf(ValidationException.class)
        .satisfies(e -> {
          ValidationException v = (ValidationException) e;
          assertThat(v.getMessage(org.jiuzhu.core.text.Lang.ZH)).contains("事件日期2025年12月1日晚于认定日期2025年10月1日")
              .doesNotContain("2025-12-01");
          assertThat(v.getMessage(org.jiuzhu.core.text.Lang.EN)).contains("1 December 2025").contains("1 October 2025")
              .doesNotContain("2025-12-01");
        });
  }

  @Test
  void aMemberWhoseIdCannotBeReadLeavesTheMemberChecksOut() {
    String text = FULL.replace("  - id: m2", "  - id: [m2]");
    assertThat(problems(text)).extracting(Problem::code).doesNotContain("household.member.unknown", "household.applicant.unknown")
        .contains("field.type");
    // members that are not a list: no member is known, so no id is said to be unknown, and the list is not called empty
    assertThat(problems("id: h\nregion: \"620825\"\napplicant: m1\nmembers: m1\n"
        + "incomes: [{member: m1, category: WAGES, month: 2025-09, gross: \"1\"}]\n"))
        .extracting(x -> x.path() + " " + x.code()).containsExactly("members field.list");
  }

  @Test
  void aValueOfTheWrongShapeSaysWhatWasFound() {
    List<Problem> p = problems(FULL.replace("vehicles: [{owner: m2, type: MOTORCYCLE, use: PRIVATE, value: \"3000\"}]", "vehicles: a car")
        .replace("homes:", "homes: [7]\nx_homes:"));
    assertThat(p).filteredOn(x -> x.path().equals("vehicles")).singleElement().satisfies(x -> {
      assertThat(x.message(org.jiuzhu.core.text.Lang.EN)).isEqualTo("'vehicles' must be a list; found a string");
      assertThat(x.message(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("“vehicles”应为列表，实际为字符串");
    });
    assertThat(p).filteredOn(x -> x.path().equals("homes[0]")).singleElement().satisfies(x ->
        assertThat(x.message(org.jiuzhu.core.text.Lang.EN)).isEqualTo("each entry of 'homes' must be a map of fields; found a number"));
  }

  /** The trial's bad3/bad4: one member with several problems, each said, with the file's field names. */
  @Test
  void everyProblemOfAMemberIsSaidAtOnceWithTheFilesNames() {
    String head = "id: bad3\nregion: \"620825\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1950-10-01, hukouType: RURAL, hukouRegion: \"620825\","
        + " workStatus: NOT_WORKING, ";
    List<Problem> bad3 = problems(head + "selfCare: {eating: true, dressing: false}, carePlacement: HOME,"
        + " supporters: [{relationship: CHILD, birthDate: 1963-02-01, conditions: [DIBAO]}], refusedJobOffers: -2}\n");
    assertThat(bad3).extracting(x -> x.path() + " " + x.message(org.jiuzhu.core.text.Lang.EN)).containsExactly(
        "members[0].selfCare missing field(s) bedTransfer, toileting, indoorWalking, bathing",
        "members[0].refusedJobOffers refused job offers is -2; expected >= 0");
    List<Problem> bad4 = problems(head + "refusedJobOffers: -2}\n");
    assertThat(bad4).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("members[0].refusedJobOffers", "member.refusals.negative"));
    assertThat(bad4.get(0).message(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("拒绝工作次数为 -2，应不小于 0");
    // the member's own checks run beside a bad field of it: a supporter who is the member, a birth date too early
    String self = "id: s\nregion: \"620825\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1850-10-01, hukouType: RURAL, hukouRegion: \"620825\","
        + " workStatus: NOT_WORKING, carePlacement: HOSPITAL, supporters: [{member: m1, birthDate: 1963-02-01}]}\n";
    assertThat(problems(self)).extracting(Problem::path).containsExactlyInAnyOrder("members[0].carePlacement",
        "members[0].birthDate", "members[0].supporters[0].member");
  }

  /** The trial: “WIFE”不是有效的取值 named no kind, where English says 'not a valid relationship'. */
  @Test
  void aBadEnumValueNamesItsKindInBothLanguages() {
    List<Problem> p = problems("id: w\nregion: \"620825\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1950-10-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: NOT_WORKING}\n"
        + "  - {id: m2, relationship: WIFE, birthDate: 1950-10-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: SLEEPING,"
        + " carePlacement: HOSPITAL, supporters: [{birthDate: 1970-01-01, conditions: [POOR]}]}\n"
        + "incomes: [{member: m1, category: WAGES, month: 2025-09, gross: \"1\", tags: [BONUS]}]\n");
    assertThat(p).extracting(x -> x.path() + " " + x.message(org.jiuzhu.core.text.Lang.ZH).replaceAll("；.*", "")).containsExactly(
        "members[1].relationship “WIFE”不是有效的家庭关系",
        "members[1].workStatus “SLEEPING”不是有效的就业状况",
        "members[1].supporters[0].conditions “POOR”不是有效的义务人情况",
        "members[1].carePlacement “HOSPITAL”不是有效的供养方式",
        "incomes[0].tags “BONUS”不是有效的收入标记");
    assertThat(p.get(0).message(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("“WIFE”不是有效的家庭关系；应为以下之一：APPLICANT、SPOUSE、"
        + "CHILD、PARENT、PARENT_IN_LAW、GRANDPARENT、GRANDCHILD、SIBLING、CHILD_IN_LAW、OTHER_RELATIVE、OTHER");
    assertThat(p.get(0).message(org.jiuzhu.core.text.Lang.EN)).startsWith("'WIFE' is not a valid relationship; expected one of [APPLICANT,");
    // every enumeration a household file holds has its name in both languages
    for (Class<?> type : List.of(AbsenceReason.class, BusinessType.class, CarePlacement.class, DisabilityCategory.class,
        ExpenditureCategory.class, FinancialAssetType.class, HukouType.class, IncomeCategory.class, IncomeTag.class,
        org.jiuzhu.core.household.InsuranceScheme.class,
        LifeEventType.class, NonResidentialType.class, Relationship.class, SchoolingStage.class, Sex.class,
        SupporterCondition.class, VehicleType.class, VehicleUse.class, WorkCapacity.class, WorkStatus.class)) {
      org.jiuzhu.core.text.Text name = Node.typeName(type);
      assertThat(name.in(org.jiuzhu.core.text.Lang.ZH)).as(type.getSimpleName()).isNotEqualTo("取值").doesNotContainPattern("[A-Za-z]");
      assertThat(name.in(org.jiuzhu.core.text.Lang.EN)).as(type.getSimpleName()).isNotEqualTo("value");
    }
  }
}
