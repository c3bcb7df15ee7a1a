package org.jiuzhu.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.SchoolingStage;
import org.jiuzhu.core.household.SelfCareAssessment;
import org.jiuzhu.core.household.Sex;
import org.jiuzhu.core.household.Vehicle;
import org.jiuzhu.core.household.VehicleType;
import org.jiuzhu.core.household.VehicleUse;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;

/**
 * The flat microdata schema of simulations: one row a person, the rows of a household together
 * and in order, household-level columns on its first row (later rows leave them empty or repeat
 * them). CSV ({@link MicrodataCsv}) and Parquet (module {@code jiuzhu-parquet}, and the Spark
 * job) use the same columns; {@code docs/simulation.md} describes them.
 *
 * <p>It is a researcher's view of a household, narrower than the full household model: monthly
 * income by member and category (repeated over the 12 months before the simulation date),
 * deposits, one figure of vehicle value, homes and their area, monthly medical spending. A
 * household written and read again is equal when it fits the schema — generated households do.
 *
 * @since 0.1.0
 */
public final class Microdata {
  private Microdata() {}

  /** The columns, in order. */
  public static final ImmutableList<String> COLUMNS = ImmutableList.of("household", "order", "member", "weight", "region",
      "relationship", "birthDate", "sex", "hukou", "disabilityCategory", "disabilityGrade", "selfCareFailed",
      "majorIllness", "chronicIllness", "dialysisPerWeek", "workStatus", "schooling", "wages", "business", "property",
      "transfers", "deposits", "vehicleValue", "homes", "homeArea", "medicalSpending", "carePlacement", "supporterBirthDate",
      "supporterIncome", "supporterAssetsWithinRules", "supporterConditions", "residentsPension", "hasVehicle");

  /** How a column is typed in typed formats (Parquet, Spark). */
  public enum Type {
    /** Text. */
    TEXT,
    /** A 32-bit whole number. */
    INT,
    /** A 64-bit whole number. */
    LONG,
    /** true or false. */
    BOOL,
    /** Yuan with two decimals (DECIMAL(18,2), stored as fen). */
    MONEY
  }

  /** The type of each column of {@link #COLUMNS}. */
  public static final ImmutableMap<String, Type> TYPES = types();

  private static ImmutableMap<String, Type> types() {
    ImmutableMap.Builder<String, Type> b = ImmutableMap.builder();
    for (String c : List.of("household", "member", "region", "relationship", "birthDate", "sex", "hukou",
        "disabilityCategory", "workStatus", "schooling", "homeArea", "carePlacement", "supporterBirthDate", "supporterConditions")) {
      b.put(c, Type.TEXT);
    }
    for (String c : List.of("order", "disabilityGrade", "selfCareFailed", "dialysisPerWeek", "homes")) {
      b.put(c, Type.INT);
    }
    b.put("weight", Type.LONG);
    b.put("majorIllness", Type.BOOL);
    b.put("chronicIllness", Type.BOOL);
    b.put("supporterAssetsWithinRules", Type.BOOL);
    b.put("hasVehicle", Type.BOOL);
    for (String c : List.of("wages", "business", "property", "transfers", "deposits", "vehicleValue", "medicalSpending",
        "supporterIncome", "residentsPension")) {
      b.put(c, Type.MONEY);
    }
    return b.buildOrThrow();
  }

  /** Household-level columns: read from a household's first row. */
  public static final ImmutableList<String> HOUSEHOLD_COLUMNS = ImmutableList.of("weight", "region", "deposits",
      "vehicleValue", "homes", "homeArea", "medicalSpending", "hasVehicle");

  /** Months income is repeated over, before the simulation date. */
  public static final int MONTHS = 12;

  private static final IncomeCategory[] CATEGORIES = {IncomeCategory.WAGES, IncomeCategory.BUSINESS_NET,
      IncomeCategory.PROPERTY_NET, IncomeCategory.TRANSFER_NET};
  private static final String[] CATEGORY_COLUMNS = {"wages", "business", "property", "transfers"};

  /** One row: a column's text, or null when empty. */
  @FunctionalInterface
  public interface Row {
    /** The text of {@code column}, or null when the cell is empty. */
    String get(String column);
  }

  /** The self-care assessment with the first {@code failed} of the six items failed (eating, dressing, …). */
  public static SelfCareAssessment selfCare(int failed) {
    return new SelfCareAssessment.Builder().eating(failed < 1).dressing(failed < 2).bedTransfer(failed < 3)
        .toileting(failed < 4).indoorWalking(failed < 5).bathing(failed < 6).build();
  }

  /** A major illness, with dialysis sessions a week. */
  public static Illness majorIllness(int dialysisPerWeek) {
    return new Illness.Builder().description("major illness").major(true).dialysisSessionsPerWeek(dialysisPerWeek).build();
  }

  /** A chronic illness. */
  public static Illness chronicIllness() {
    return new Illness.Builder().description("chronic illness").chronic(true).build();
  }

  /**
   * The rows of {@code h} (column → text, empty cells left out), for a simulation on {@code date}:
   * income per month is the average over the months {@code h} has income in.
   */
  public static List<Map<String, String>> rows(Household h, long weight) {
    List<Map<String, String>> out = new ArrayList<>();
    Map<String, Map<IncomeCategory, Long>> income = new LinkedHashMap<>();
    java.util.Set<YearMonth> months = new java.util.HashSet<>();
    Map<String, Long> pensions = new java.util.HashMap<>();
    for (IncomeItem i : h.incomes()) {
      months.add(i.month());
      if (i.tags().contains(org.jiuzhu.core.household.IncomeTag.RESIDENTS_BASIC_PENSION)) {
        pensions.merge(i.memberId(), i.netFen(), Long::sum);
      } else {
        income.computeIfAbsent(i.memberId(), k -> new EnumMap<>(IncomeCategory.class)).merge(i.category(), i.netFen(), Long::sum);
      }
    }
    int nMonths = Math.max(1, months.size());
    for (int i = 0; i < h.members().size(); i++) {
      Member m = h.members().get(i);
      Map<String, String> r = new LinkedHashMap<>();
      r.put("household", h.id());
      r.put("order", Integer.toString(i + 1));
      r.put("member", m.id());
      r.put("relationship", m.relationship().name());
      r.put("birthDate", m.birthDate().toString());
      m.sex().ifPresent(s -> r.put("sex", s.name()));
      r.put("hukou", m.hukouType().name());
      m.disability().ifPresent(d -> {
        r.put("disabilityCategory", d.category().name());
        r.put("disabilityGrade", Integer.toString(d.grade()));
      });
      m.selfCare().ifPresent(s -> r.put("selfCareFailed", Integer.toString(s.failedItems())));
      boolean major = false;
      boolean chronic = false;
      int dialysis = 0;
      for (Illness ill : m.illnesses()) {
        major |= ill.major();
        chronic |= ill.chronic();
        dialysis = Math.max(dialysis, ill.dialysisSessionsPerWeek());
      }
      if (major) {
        r.put("majorIllness", "true");
      }
      if (chronic) {
        r.put("chronicIllness", "true");
      }
      if (dialysis > 0) {
        r.put("dialysisPerWeek", Integer.toString(dialysis));
      }
      r.put("workStatus", m.workStatus().name());
      if (m.schooling() != SchoolingStage.NONE) {
        r.put("schooling", m.schooling().name());
      }
      m.carePlacement().ifPresent(p -> r.put("carePlacement", p.name()));
      if (m.supporters().size() > 1) {
        throw new IllegalArgumentException("member " + m.id() + " of household " + h.id() + " has " + m.supporters().size()
            + " supporters; expected at most 1 in the microdata schema");
      }
      for (org.jiuzhu.core.household.Supporter sup : m.supporters()) {
        r.put("supporterBirthDate", sup.birthDate().toString());
        sup.annualIncome().ifPresent(x -> r.put("supporterIncome", x.toString()));
        sup.assetsWithinLowIncomeRules().ifPresent(x -> r.put("supporterAssetsWithinRules", x.toString()));
        if (!sup.conditions().isEmpty()) {
          r.put("supporterConditions", sup.conditions().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(";")));
        }
      }
      Long pension = pensions.get(m.id());
      if (pension != null && pension != 0) {
        r.put("residentsPension", Money.ofFen(Math.floorDiv(pension, nMonths)).toString());
      }
      Map<IncomeCategory, Long> mine = income.get(m.id());
      for (int c = 0; c < CATEGORIES.length; c++) {
        Long fen = mine == null ? null : mine.get(CATEGORIES[c]);
        if (fen != null && fen != 0) {
          r.put(CATEGORY_COLUMNS[c], Money.ofFen(Math.floorDiv(fen, nMonths)).toString());
        }
      }
      if (i == 0) {
        r.put("weight", Long.toString(weight));
        r.put("region", h.region().toString());
        long deposits = h.financialAssets().stream().mapToLong(a -> a.value().fen()).sum();
        if (deposits > 0) {
          r.put("deposits", Money.ofFen(deposits).toString());
        }
        r.put("hasVehicle", Boolean.toString(!h.vehicles().isEmpty()));
        if (!h.vehicles().isEmpty()) {
          r.put("vehicleValue", Money.ofFen(h.vehicles().stream().mapToLong(v -> v.value().fen()).sum()).toString());
        }
        r.put("homes", Integer.toString(h.homes().size()));
        if (!h.homes().isEmpty()) {
          r.put("homeArea", h.homes().stream().map(Home::floorArea).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString());
        }
        long medical = 0;
        java.util.Set<YearMonth> medicalMonths = new java.util.HashSet<>();
        for (Expenditure e : h.expenditures()) {
          if (e.category() == ExpenditureCategory.MEDICAL_OUT_OF_POCKET) {
            medical += e.net().fen();
            medicalMonths.add(e.month());
          }
        }
        if (medical > 0) {
          r.put("medicalSpending", Money.ofFen(Math.floorDiv(medical, medicalMonths.size())).toString());
        }
      }
      out.add(r);
    }
    return out;
  }

  /**
   * The household of {@code rows} (its rows, in order), as of {@code date}: income and medical
   * spending are repeated over the {@value #MONTHS} months before it.
   *
   * @param firstRow the row number of the first row, for messages
   * @return the household and its weight
   * @throws ValidationException listing every problem, each with its row number and column
   */
  public static Weighted household(List<Row> rows, long firstRow, LocalDate date) {
    List<Problem> problems = new ArrayList<>();
    Row first = rows.get(0);
    String id = first.get("household");
    Household.Builder b = new Household.Builder();
    if (id == null || id.isBlank()) {
      problems.add(problem(firstRow, "household", "household is empty; expected the household's id"));
      id = "?";
    }
    b.id(id);
    long weight = parse(problems, firstRow, first, "weight", Long::parseLong, "a whole number >= 1", 1L);
    if (weight < 1) {
      problems.add(problem(firstRow, "weight", "weight is " + weight + "; expected a whole number >= 1"));
    }
    RegionCode region = null;
    String regionText = first.get("region");
    if (regionText == null) {
      problems.add(problem(firstRow, "region", "region is empty; expected a GB/T 2260 code such as 620825"));
    } else if (RegionCode.problemWith(regionText).isPresent()) {
      problems.add(problem(firstRow, "region", RegionCode.problemWith(regionText).get()));
    } else {
      region = RegionCode.parse(regionText);
      b.region(region);
    }
    for (int i = 1; i < rows.size(); i++) {
      for (String c : HOUSEHOLD_COLUMNS) {
        String v = rows.get(i).get(c);
        if (v != null && !v.equals(first.get(c))) {
          problems.add(problem(firstRow + i, c, c + " is '" + v + "' but the household's first row says '" + first.get(c)
              + "'; expected it empty or the same"));
        }
      }
    }
    YearMonth last = YearMonth.from(date).minusMonths(1);
    String applicant = null;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      long row = firstRow + i;
      int order = parse(problems, row, r, "order", Integer::parseInt, "a whole number", -1);
      if (order != i + 1) {
        problems.add(problem(row, "order", "order is " + order + "; expected " + (i + 1) + " (rows of a household in order, from 1)"));
      }
      String member = r.get("member");
      if (member == null) {
        problems.add(problem(row, "member", "member is empty; expected a member id such as m1"));
        continue;
      }
      Member.Builder m = new Member.Builder().id(member);
      Relationship rel = enumValue(problems, row, r, "relationship", Relationship.class, true);
      if (rel != null) {
        m.relationship(rel);
        if (rel == Relationship.APPLICANT) {
          applicant = member;
        }
      }
      LocalDate birth = parse(problems, row, r, "birthDate", LocalDate::parse, "a date YYYY-MM-DD", null);
      if (birth == null && r.get("birthDate") == null) {
        problems.add(problem(row, "birthDate", "birthDate is empty; expected a date YYYY-MM-DD"));
      } else if (birth != null) {
        m.birthDate(birth);
      }
      Sex sex = enumValue(problems, row, r, "sex", Sex.class, false);
      if (sex != null) {
        m.sex(sex);
      }
      HukouType hukou = enumValue(problems, row, r, "hukou", HukouType.class, true);
      if (hukou != null) {
        m.hukouType(hukou);
      }
      if (region != null) {
        m.hukouRegion(region);
      }
      DisabilityCategory dc = enumValue(problems, row, r, "disabilityCategory", DisabilityCategory.class, false);
      int grade = parse(problems, row, r, "disabilityGrade", Integer::parseInt, "a whole number 0 to 4", 0);
      if (grade < 0 || grade > 4) {
        problems.add(problem(row, "disabilityGrade", "disabilityGrade is " + grade + "; expected 0 (none) to 4"));
      } else if (grade > 0 && dc == null) {
        problems.add(problem(row, "disabilityCategory", "disabilityCategory is empty but disabilityGrade is " + grade
            + "; expected both or neither"));
      } else if (grade == 0 && dc != null) {
        problems.add(problem(row, "disabilityGrade", "disabilityGrade is empty but disabilityCategory is " + dc
            + "; expected both or neither"));
      } else if (grade > 0) {
        m.disability(Disability.of(dc, grade));
      }
      if (r.get("selfCareFailed") != null) {
        int failed = parse(problems, row, r, "selfCareFailed", Integer::parseInt, "a whole number 0 to 6", 0);
        if (failed < 0 || failed > 6) {
          problems.add(problem(row, "selfCareFailed", "selfCareFailed is " + failed + "; expected 0 to 6"));
        } else {
          m.selfCare(selfCare(failed));
        }
      }
      boolean major = parse(problems, row, r, "majorIllness", Microdata::bool, "true or false", false);
      boolean chronic = parse(problems, row, r, "chronicIllness", Microdata::bool, "true or false", false);
      int dialysis = parse(problems, row, r, "dialysisPerWeek", Integer::parseInt, "a whole number 0 to 14", 0);
      if (dialysis < 0 || dialysis > 14) {
        problems.add(problem(row, "dialysisPerWeek", "dialysisPerWeek is " + dialysis + "; expected 0 to 14"));
      } else if (dialysis > 0 && !major) {
        problems.add(problem(row, "dialysisPerWeek", "dialysisPerWeek is " + dialysis + " without majorIllness; expected"
            + " majorIllness true for dialysis"));
      } else if (major) {
        m.addIllnesses(majorIllness(dialysis));
      }
      if (chronic) {
        m.addIllnesses(chronicIllness());
      }
      WorkStatus work = enumValue(problems, row, r, "workStatus", WorkStatus.class, true);
      if (work != null) {
        m.workStatus(work);
      }
      SchoolingStage schooling = enumValue(problems, row, r, "schooling", SchoolingStage.class, false);
      if (schooling != null) {
        m.schooling(schooling);
      }
      org.jiuzhu.core.household.CarePlacement placement = enumValue(problems, row, r, "carePlacement",
          org.jiuzhu.core.household.CarePlacement.class, false);
      if (placement != null) {
        m.carePlacement(placement);
      }
      supporter(problems, row, r).ifPresent(m::addSupporters);
      try {
        b.addMembers(m.build());
      } catch (ValidationException e) {
        for (Problem p : e.problems()) {
          problems.add(problem(row, p.path(), p.message()));
        }
      } catch (IllegalStateException e) {
        // a required field already reported above
      }
      for (int c = 0; c < CATEGORIES.length; c++) {
        Money monthly = money(problems, row, r, CATEGORY_COLUMNS[c]);
        if (monthly != null && monthly.isPositive()) {
          for (int k = 0; k < MONTHS; k++) {
            b.addIncomes(new IncomeItem.Builder().memberId(member).category(CATEGORIES[c]).month(last.minusMonths(k))
                .gross(monthly).build());
          }
        }
      }
      Money pension = money(problems, row, r, "residentsPension");
      if (pension != null && pension.isPositive()) {
        for (int k = 0; k < MONTHS; k++) {
          b.addIncomes(new IncomeItem.Builder().memberId(member).category(IncomeCategory.TRANSFER_NET).month(last.minusMonths(k))
              .gross(pension).addTags(org.jiuzhu.core.household.IncomeTag.RESIDENTS_BASIC_PENSION).build());
        }
      }
    }
    if (applicant == null) {
      problems.add(problem(firstRow, "relationship", "no member of household " + id + " is the APPLICANT; expected one"));
    } else {
      b.applicantId(applicant);
    }
    Money deposits = money(problems, firstRow, first, "deposits");
    if (deposits != null && deposits.isPositive()) {
      b.addFinancialAssets(new FinancialAsset.Builder().type(FinancialAssetType.DEPOSIT).value(deposits).build());
    }
    Money vehicle = money(problems, firstRow, first, "vehicleValue");
    Boolean hasVehicle = parse(problems, firstRow, first, "hasVehicle", Microdata::bool, "true or false", null);
    if (hasVehicle == null && vehicle != null) {
      hasVehicle = true; // files without hasVehicle: a vehicle value, even 0.00, means a vehicle (the schema before 0.2)
    }
    if (Boolean.TRUE.equals(hasVehicle)) {
      b.addVehicles(new Vehicle.Builder().type(VehicleType.CAR).use(VehicleUse.PRIVATE).value(vehicle == null ? Money.ZERO : vehicle)
          .build());
    } else if (Boolean.FALSE.equals(hasVehicle) && vehicle != null && vehicle.isPositive()) {
      problems.add(problem(firstRow, "vehicleValue", "vehicleValue is " + vehicle + " but hasVehicle is false; expected no value"
          + " without a vehicle"));
    }
    int homes = parse(problems, firstRow, first, "homes", Integer::parseInt, "a whole number >= 0", 0);
    BigDecimal area = parse(problems, firstRow, first, "homeArea", BigDecimal::new, "a number of square metres", BigDecimal.ZERO);
    if (homes < 0) {
      problems.add(problem(firstRow, "homes", "homes is " + homes + "; expected >= 0"));
    } else if (homes == 0 && area.signum() != 0) {
      problems.add(problem(firstRow, "homeArea", "homeArea is " + area + " but homes is 0; expected no area without a home"));
    } else if (area.signum() < 0) {
      problems.add(problem(firstRow, "homeArea", "homeArea is " + area + "; expected >= 0"));
    } else if (homes > 0) {
      BigDecimal each = area.divide(BigDecimal.valueOf(homes), 1, RoundingMode.DOWN);
      for (int k = 0; k < homes; k++) {
        BigDecimal a = k == 0 ? area.subtract(each.multiply(BigDecimal.valueOf(homes - 1))) : each;
        b.addHomes(new Home.Builder().floorArea(a).livedIn(k == 0).build());
      }
    }
    Money medical = money(problems, firstRow, first, "medicalSpending");
    if (medical != null && medical.isPositive()) {
      for (int k = 0; k < MONTHS; k++) {
        b.addExpenditures(new Expenditure.Builder().category(ExpenditureCategory.MEDICAL_OUT_OF_POCKET).month(last.minusMonths(k))
            .amount(medical).build());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException("household " + id + " (rows " + firstRow + "-" + (firstRow + rows.size() - 1) + ")", problems);
    }
    try {
      return new Weighted(b.build(), weight);
    } catch (ValidationException e) {
      List<Problem> ps = new ArrayList<>();
      for (Problem p : e.problems()) {
        ps.add(problem(firstRow, p.path(), p.message()));
      }
      throw new ValidationException("household " + id + " (rows " + firstRow + "-" + (firstRow + rows.size() - 1) + ")", ps);
    }
  }

  /**
   * A household and how many households it stands for.
   *
   * @param household the household
   * @param weight its weight, at least 1
   */
  public record Weighted(Household household, long weight) {}

  /** The member's supporter from the supporter columns, when {@code supporterBirthDate} is given. */
  private static java.util.Optional<org.jiuzhu.core.household.Supporter> supporter(List<Problem> problems, long row, Row r) {
    LocalDate birth = parse(problems, row, r, "supporterBirthDate", LocalDate::parse, "a date YYYY-MM-DD", null);
    Money income = money(problems, row, r, "supporterIncome");
    Boolean within = parse(problems, row, r, "supporterAssetsWithinRules", Microdata::bool, "true or false", null);
    String conditions = r.get("supporterConditions");
    if (birth == null) {
      for (String c : List.of("supporterIncome", "supporterAssetsWithinRules", "supporterConditions")) {
        if (r.get(c) != null && r.get("supporterBirthDate") == null) {
          problems.add(problem(row, c, c + " is given but supporterBirthDate is empty; expected the supporter's birth date"));
        }
      }
      return java.util.Optional.empty();
    }
    org.jiuzhu.core.household.Supporter.Builder s = new org.jiuzhu.core.household.Supporter.Builder().birthDate(birth);
    if (income != null) {
      s.annualIncome(income);
    }
    if (within != null) {
      s.assetsWithinLowIncomeRules(within);
    }
    if (conditions != null) {
      for (String c : conditions.split(";")) {
        try {
          s.addConditions(org.jiuzhu.core.household.SupporterCondition.valueOf(c.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
          problems.add(problem(row, "supporterConditions", "supporterConditions has '" + c + "'; expected some of "
              + List.of(org.jiuzhu.core.household.SupporterCondition.values()) + " joined by ;"));
        }
      }
    }
    return java.util.Optional.of(s.build());
  }

  private static Problem problem(long row, String column, String message) {
    return Problem.of("row " + row + "." + column, "microdata." + column, "row " + row + ": " + message);
  }

  private static Boolean bool(String s) {
    if (s.equals("true") || s.equals("false")) {
      return Boolean.valueOf(s);
    }
    throw new NumberFormatException(s);
  }

  private static <T> T parse(List<Problem> problems, long row, Row r, String column, Function<String, T> parser,
      String expected, T absent) {
    String v = r.get(column);
    if (v == null) {
      return absent;
    }
    try {
      return parser.apply(v.trim());
    } catch (NumberFormatException | DateTimeParseException e) {
      problems.add(problem(row, column, column + " is '" + v + "'; expected " + expected));
      return absent;
    }
  }

  private static Money money(List<Problem> problems, long row, Row r, String column) {
    String v = r.get(column);
    if (v == null) {
      return null;
    }
    try {
      Money m = Money.parse(v.trim());
      if (m.isNegative()) {
        problems.add(problem(row, column, column + " is " + m + "; expected an amount >= 0"));
        return null;
      }
      return m;
    } catch (IllegalArgumentException e) {
      problems.add(problem(row, column, column + " is '" + v + "'; expected yuan such as 1200.50"));
      return null;
    }
  }

  private static <E extends Enum<E>> E enumValue(List<Problem> problems, long row, Row r, String column, Class<E> type,
      boolean required) {
    String v = r.get(column);
    if (v == null) {
      if (required) {
        problems.add(problem(row, column, column + " is empty; expected one of " + List.of(type.getEnumConstants())));
      }
      return null;
    }
    try {
      return Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      problems.add(problem(row, column, column + " is '" + v + "'; expected one of " + List.of(type.getEnumConstants())));
      return null;
    }
  }
}
