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
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Text;

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
      "supporterIncome", "supporterAssetsWithinRules", "supporterConditions", "residentsPension", "hasVehicle", "currentBenefits",
      "newJobDate", "pensionScheme", "medicalScheme");

  /**
   * The columns a file may leave out, each with what its absence means (docs/microdata.md lists
   * them). Every other column of {@link #COLUMNS} is read by the rulebook or the run and must be
   * in the file's header (its cells may be empty where the column says what empty means): a
   * missing column is an error naming it, never a silent default.
   */
  public static final ImmutableMap<String, String> OPTIONAL_COLUMNS = ImmutableMap.of(
      "sex", "sex not known (no rule of the shipped rulebook reads it)",
      "dialysisPerWeek", "no member is on dialysis",
      "currentBenefits", "nobody receives a benefit now: the run finds entitlement, new take-up is drawn for everyone, and"
          + " gradual withdrawal (渐退) cannot apply",
      "newJobDate", "no member found a new job in the withdrawal period",
      "pensionScheme", "no member's pension scheme is recorded: the residents' pension contribution (城乡居民养老保险代缴) is"
          + " decided as if every member could join the residents' scheme",
      "medicalScheme", "no member's medical-insurance scheme is recorded: the residents' medical contribution (城乡居民医保参保资助)"
          + " is decided as if every member were in or could join the residents' scheme");

  /** The columns of {@link #COLUMNS} a file must have (all but {@link #OPTIONAL_COLUMNS}), in order. */
  public static final ImmutableList<String> REQUIRED_COLUMNS = COLUMNS.stream().filter(c -> !OPTIONAL_COLUMNS.containsKey(c))
      .collect(ImmutableList.toImmutableList());

  /** The required columns missing from {@code present}, in schema order. */
  public static List<String> missingColumns(java.util.Collection<String> present) {
    return REQUIRED_COLUMNS.stream().filter(c -> !present.contains(c)).toList();
  }

  /** Decimal places a weight may have; weights are summed exactly in units of 10^-4. */
  public static final int WEIGHT_DECIMALS = 4;

  private static final ImmutableMap<String, Integer> INDEX = index();

  private static ImmutableMap<String, Integer> index() {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < COLUMNS.size(); i++) {
      b.put(COLUMNS.get(i), i);
    }
    return b.buildOrThrow();
  }

  /** The position of {@code column} in {@link #COLUMNS}, or -1. */
  public static int indexOf(String column) {
    Integer i = INDEX.get(column);
    return i == null ? -1 : i;
  }

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
    MONEY,
    /** A survey weight: a decimal above 0 with at most {@value Microdata#WEIGHT_DECIMALS} decimal places (DECIMAL(18,4), or a whole number, or a double). */
    WEIGHT
  }

  /** The type of each column of {@link #COLUMNS}. */
  public static final ImmutableMap<String, Type> TYPES = types();

  private static ImmutableMap<String, Type> types() {
    ImmutableMap.Builder<String, Type> b = ImmutableMap.builder();
    for (String c : List.of("household", "member", "region", "relationship", "birthDate", "sex", "hukou",
        "disabilityCategory", "workStatus", "schooling", "homeArea", "carePlacement", "supporterBirthDate", "supporterConditions",
        "currentBenefits", "newJobDate", "pensionScheme", "medicalScheme")) {
      b.put(c, Type.TEXT);
    }
    for (String c : List.of("order", "disabilityGrade", "selfCareFailed", "dialysisPerWeek", "homes")) {
      b.put(c, Type.INT);
    }
    b.put("weight", Type.WEIGHT);
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
      "vehicleValue", "homes", "homeArea", "medicalSpending", "hasVehicle", "currentBenefits");

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
    return rows(h, BigDecimal.valueOf(weight));
  }

  /** The rows of {@code h}, standing for {@code weight} households (see {@link #rows(Household, long)}). */
  public static List<Map<String, String>> rows(Household h, BigDecimal weight) {
    List<Map<String, String>> out = new ArrayList<>();
    Map<String, Map<IncomeCategory, Long>> income = new LinkedHashMap<>();
    java.util.Set<YearMonth> months = new java.util.HashSet<>();
    Map<String, Long> pensions = new java.util.HashMap<>();
    // a member's new-job earnings are written as the monthly amount since the job started (the reader
    // puts them in those months only, tagged new-job)
    Map<String, java.util.Set<YearMonth>> newJobMonths = new java.util.HashMap<>();
    for (IncomeItem i : h.incomes()) {
      months.add(i.month());
      if (i.tags().contains(org.jiuzhu.core.household.IncomeTag.NEW_JOB)) {
        newJobMonths.computeIfAbsent(i.memberId(), k -> new java.util.HashSet<>()).add(i.month());
      }
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
      m.pensionScheme().ifPresent(p -> r.put("pensionScheme", p.name()));
      m.medicalScheme().ifPresent(p -> r.put("medicalScheme", p.name()));
      for (org.jiuzhu.core.household.LifeEvent e : h.events()) {
        if (e.type() == org.jiuzhu.core.household.LifeEventType.NEW_JOB && e.memberId().equals(java.util.Optional.of(m.id()))) {
          r.put("newJobDate", e.date().toString());
        }
      }
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
      java.util.Set<YearMonth> jobMonths = newJobMonths.get(m.id());
      for (int c = 0; c < CATEGORIES.length; c++) {
        Long fen = mine == null ? null : mine.get(CATEGORIES[c]);
        if (fen != null && fen != 0) {
          boolean earned = CATEGORIES[c] == IncomeCategory.WAGES || CATEGORIES[c] == IncomeCategory.BUSINESS_NET;
          int over = earned && jobMonths != null && r.containsKey("newJobDate") ? jobMonths.size() : nMonths;
          r.put(CATEGORY_COLUMNS[c], Money.ofFen(Math.floorDiv(fen, over)).toString());
        }
      }
      if (i == 0) {
        r.put("weight", weight.stripTrailingZeros().toPlainString());
        if (!h.currentBenefits().isEmpty()) {
          r.put("currentBenefits", h.currentBenefits().stream().map(cb -> cb.programmeId() + cb.memberId().map(x -> ":" + x).orElse("")
              + "@" + cb.since()).collect(java.util.stream.Collectors.joining(";")));
        }
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
   * One problem of one cell: the row number, the column, the cell's text as read ({@code ""} when
   * empty or missing), what was expected and what is there — both texts of the simulation's bundle,
   * shown in either language ({@link #message(Lang)}) — and, once its household is known, the
   * household and member of the row. The columns of a rejects file. A defect may also be a row
   * {@linkplain #leftOut() left out} without a problem of its own, because its household has one.
   *
   * @param row the row number (the header is row 1), or 0 for the whole file
   * @param column the column ({@code ""} for a row left out with its household)
   * @param value the cell's text, or {@code ""}
   * @param expectedText what was expected, or null when the problem says it itself
   * @param whatText what is there, naming the column and the value
   * @param household the household id of the row, or {@code ""}
   * @param member the member id of the row, or {@code ""}
   * @param leftOut true for a row left out with its household, which has a problem elsewhere
   * @since 0.2.0
   */
  public record Defect(long row, String column, String value, Text expectedText, Text whatText, String household, String member,
      boolean leftOut) {
    /** A defect of cell {@code column} of row {@code row}: {@code column is 'value'} (or {@code column is empty}). */
    public static Defect of(long row, String column, String value, Text expected) {
      return of(row, column, value, expected, value == null || value.isEmpty() ? t("microdata.is.empty", column)
          : t("microdata.is", column, value));
    }

    /** A defect with its own description of what is there ({@code what}). */
    public static Defect of(long row, String column, String value, Text expected, Text what) {
      return new Defect(row, column, value == null ? "" : value, expected, what, "", "", false);
    }

    /** A defect known only as a problem (path, message), e.g. from the household model. */
    public static Defect of(Problem p) {
      String path = p.path();
      long row = 0;
      String column = path;
      if (path.startsWith("row ") && path.indexOf('.') > 4) {
        try {
          row = Long.parseLong(path.substring(4, path.indexOf('.')));
          column = path.substring(path.indexOf('.') + 1);
        } catch (NumberFormatException e) {
          row = 0;
        }
      }
      return new Defect(row, column, "", null, p.text().orElse(t("microdata.literal", p.message())), "", "", false);
    }

    /** Row {@code row} (member {@code member}) of household {@code household}, left out because the household has a problem. */
    public static Defect leftOut(long row, String household, String member) {
      return new Defect(row, "", "", null, t("microdata.left-out", household), household, member, true);
    }

    /** The same defect, placed in household {@code household}, member {@code member}. */
    public Defect in(String household, String member) {
      return new Defect(row, column, value, expectedText, whatText, household == null ? "" : household, member == null ? "" : member,
          leftOut);
    }

    /** What was expected, in English ({@code ""} when the problem says it itself). */
    public String expected() {
      return expected(Lang.EN);
    }

    /** What was expected, in {@code lang} ({@code ""} when the problem says it itself). */
    public String expected(Lang lang) {
      return expectedText == null ? "" : expectedText.in(lang);
    }

    /** The message in English: {@code row N: what; expected …}. */
    public String message() {
      return message(Lang.EN);
    }

    /** The message in {@code lang}: {@code row N: what; expected …} ({@code 第 N 行：…；应为…}), the row said once. */
    public String message(Lang lang) {
      return text().in(lang);
    }

    /** What is there and what was expected, without the row (the rejects file gives it in its own column). */
    public String description(Lang lang) {
      return expectedText == null ? whatText.in(lang) : SimTexts.MESSAGES.get(lang, "microdata.described", whatText, expectedText);
    }

    /** The message as a text: the row (when known), what is there and what was expected. */
    public Text text() {
      Text d = expectedText == null ? whatText : t("microdata.described", whatText, expectedText);
      return row == 0 ? d : t("microdata.row", Long.toString(row), d);
    }

    /** As a problem (path empty: the message says the row and the column), its code {@code microdata.<column>}. */
    public Problem problem() {
      return Problem.of("", "microdata." + (column.isEmpty() ? "row" : column), text());
    }

    /** As a problem; {@code prefix} is no longer used (the file is named by the exception's subject). */
    public Problem problem(String prefix) {
      return problem();
    }
  }

  /**
   * The regions a run knows (those of its policy): a household of another region is a defect of
   * its first row, column {@code region}, that lists {@code codes} as what was expected.
   *
   * @param known whether a region is known
   * @param codes the known region codes, for the message
   * @since 0.6.0
   */
  public record KnownRegions(java.util.function.Predicate<RegionCode> known, List<String> codes) {
    /** The regions of {@code policy}: its declared regions and the townships of its declared counties. */
    public static KnownRegions of(org.jiuzhu.core.policy.Policy policy) {
      // the national root is no place a household lives in: not listed
      return new KnownRegions(policy::isKnown, policy.regions().keySet().stream().filter(c -> !c.equals(RegionCode.NATIONAL))
          .map(RegionCode::toString).toList());
    }
  }

  /** A text of the simulation's bundle. */
  static Text t(String key, Object... args) {
    return SimTexts.MESSAGES.text(key, args);
  }

  /**
   * A text of the simulation's bundle ({@code microdata.*} keys), for readers of other formats
   * (Parquet) that report problems of the same schema.
   *
   * @since 0.6.0
   */
  public static Text text(String key, Object... args) {
    return t(key, args);
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
    Parsed p = parse(rows, firstRow, date);
    if (p.defects() != null) {
      throw new ValidationException(t("microdata.subject.rows", Long.toString(firstRow), Long.toString(firstRow + rows.size() - 1)),
          p.defects().stream().map(Defect::problem).toList());
    }
    return p.household();
  }

  /**
   * A household read from its rows, or every defect of them.
   *
   * @param household the household, or null
   * @param defects the defects, or null when there are none
   */
  public record Parsed(Weighted household, List<Defect> defects) {}

  /** The household of {@code rows}, or every defect of them (see {@link #household}). */
  public static Parsed parse(List<Row> rows, long firstRow, LocalDate date) {
    List<Defect> problems = new ArrayList<>();
    Row first = rows.get(0);
    String id = first.get("household");
    Household.Builder b = new Household.Builder();
    if (id == null || id.isBlank()) {
      problems.add(Defect.of(firstRow, "household", id, t("microdata.expected.household-id")));
      id = "?";
    }
    b.id(id);
    BigDecimal weight = weight(problems, firstRow, first.get("weight"));
    RegionCode region = null;
    String regionText = first.get("region");
    if (regionText == null) {
      problems.add(Defect.of(firstRow, "region", null, t("microdata.expected.region.code")));
    } else if (RegionCode.problemWith(regionText).isPresent()) {
      problems.add(Defect.of(firstRow, "region", regionText, t("microdata.expected.region.code.why",
          RegionCode.problemTextWith(regionText).get())));
    } else {
      region = RegionCode.parse(regionText);
      b.region(region);
    }
    for (int i = 1; i < rows.size(); i++) {
      for (String c : HOUSEHOLD_COLUMNS) {
        String v = rows.get(i).get(c);
        if (v != null && !v.equals(first.get(c))) {
          problems.add(Defect.of(firstRow + i, c, v, first.get(c) == null ? t("microdata.expected.household-column.empty")
              : t("microdata.expected.household-column", first.get(c))));
        }
      }
    }
    YearMonth last = YearMonth.from(date).minusMonths(1);
    String applicant = null;
    // the household's medical spending is the bill of its first member with a major illness, else
    // its first with a chronic one, else the applicant's (docs/microdata.md): medical assistance
    // reimburses a member's own bills, and temporary assistance is decided on what it leaves
    String illMember = null;
    int illRank = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      long row = firstRow + i;
      int order = parse(problems, row, r, "order", Integer::parseInt, t("microdata.expected.whole"), -1);
      if (order != i + 1 && r.get("order") != null && order != -1) {
        problems.add(Defect.of(row, "order", r.get("order"), t("microdata.expected.order", Integer.toString(i + 1))));
      } else if (r.get("order") == null) {
        problems.add(Defect.of(row, "order", null, t("microdata.expected.order", Integer.toString(i + 1))));
      }
      String member = r.get("member");
      if (member == null) {
        problems.add(Defect.of(row, "member", null, t("microdata.expected.member")));
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
      LocalDate birth = date(problems, row, r, "birthDate");
      if (birth == null && r.get("birthDate") == null) {
        problems.add(Defect.of(row, "birthDate", null, t("microdata.expected.date")));
      } else if (birth != null && birth.isAfter(date)) {
        // a member not yet born on the simulation date: a bad row like any other, not the end of the run
        problems.add(Defect.of(row, "birthDate", r.get("birthDate"), t("microdata.expected.date.not-after", date)));
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
      int grade = parse(problems, row, r, "disabilityGrade", Integer::parseInt, t("microdata.expected.range", "0", "4"), 0);
      if (grade < 0 || grade > 4) {
        problems.add(Defect.of(row, "disabilityGrade", r.get("disabilityGrade"), t("microdata.expected.grade")));
      } else if (grade > 0 && dc == null) {
        problems.add(Defect.of(row, "disabilityCategory", r.get("disabilityCategory"), t("microdata.expected.category.for-grade", Integer.toString(grade))));
      } else if (grade == 0 && dc != null) {
        problems.add(Defect.of(row, "disabilityGrade", r.get("disabilityGrade"), t("microdata.expected.grade.for-category", dc.name())));
      } else if (grade > 0) {
        m.disability(Disability.of(dc, grade));
      }
      if (r.get("selfCareFailed") != null) {
        int failed = parse(problems, row, r, "selfCareFailed", Integer::parseInt, t("microdata.expected.range", "0", "6"), 0);
        if (failed < 0 || failed > 6) {
          problems.add(Defect.of(row, "selfCareFailed", r.get("selfCareFailed"), t("microdata.expected.range", "0", "6")));
        } else {
          m.selfCare(selfCare(failed));
        }
      }
      boolean major = parse(problems, row, r, "majorIllness", Microdata::bool, t("microdata.expected.bool"), false);
      boolean chronic = parse(problems, row, r, "chronicIllness", Microdata::bool, t("microdata.expected.bool"), false);
      int dialysis = parse(problems, row, r, "dialysisPerWeek", Integer::parseInt, t("microdata.expected.range", "0", "14"), 0);
      if (dialysis < 0 || dialysis > 14) {
        problems.add(Defect.of(row, "dialysisPerWeek", r.get("dialysisPerWeek"), t("microdata.expected.range", "0", "14")));
      } else if (dialysis > 0 && !major) {
        problems.add(Defect.of(row, "dialysisPerWeek", r.get("dialysisPerWeek"), t("microdata.expected.dialysis.major"),
            t("microdata.what.dialysis", Integer.toString(dialysis))));
      } else if (major) {
        m.addIllnesses(majorIllness(dialysis));
      }
      if (chronic) {
        m.addIllnesses(chronicIllness());
      }
      int rank = major ? 2 : chronic ? 1 : 0;
      if (rank > illRank) {
        illRank = rank;
        illMember = member;
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
      org.jiuzhu.core.household.InsuranceScheme pensionScheme = enumValue(problems, row, r, "pensionScheme",
          org.jiuzhu.core.household.InsuranceScheme.class, false);
      if (pensionScheme != null) {
        m.pensionScheme(pensionScheme);
      }
      org.jiuzhu.core.household.InsuranceScheme medicalScheme = enumValue(problems, row, r, "medicalScheme",
          org.jiuzhu.core.household.InsuranceScheme.class, false);
      if (medicalScheme != null) {
        m.medicalScheme(medicalScheme);
      }
      supporter(problems, row, r).ifPresent(m::addSupporters);
      LocalDate newJob = date(problems, row, r, "newJobDate");
      if (newJob != null) {
        if (newJob.isAfter(date)) {
          problems.add(Defect.of(row, "newJobDate", r.get("newJobDate"), t("microdata.expected.date.not-after", date)));
        } else {
          b.addEvents(new org.jiuzhu.core.household.LifeEvent.Builder().date(newJob)
              .type(org.jiuzhu.core.household.LifeEventType.NEW_JOB).memberId(member).build());
        }
      }
      try {
        b.addMembers(m.build());
      } catch (ValidationException e) {
        for (Problem p : e.problems()) {
          problems.add(new Defect(row, p.path(), "", null, p.text().orElse(t("microdata.literal", p.message())), "", "", false));
        }
      } catch (IllegalStateException e) {
        // a required field already reported above
      }
      // with a new job, the member's wages and business income are the new job's: received from the
      // job's month on and tagged new-job (during 渐退 the rules disregard them), none before
      YearMonth jobFrom = newJob == null || newJob.isAfter(date) ? null : YearMonth.from(newJob);
      for (int c = 0; c < CATEGORIES.length; c++) {
        Money monthly = money(problems, row, r, CATEGORY_COLUMNS[c]);
        if (monthly != null && monthly.isPositive()) {
          boolean fromJob = jobFrom != null && (CATEGORIES[c] == IncomeCategory.WAGES || CATEGORIES[c] == IncomeCategory.BUSINESS_NET);
          for (int k = 0; k < MONTHS; k++) {
            YearMonth month = last.minusMonths(k);
            if (fromJob && month.isBefore(jobFrom)) {
              continue;
            }
            IncomeItem.Builder item = new IncomeItem.Builder().memberId(member).category(CATEGORIES[c]).month(month).gross(monthly);
            if (fromJob) {
              item.addTags(org.jiuzhu.core.household.IncomeTag.NEW_JOB);
            }
            b.addIncomes(item.build());
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
      problems.add(Defect.of(firstRow, "relationship", first.get("relationship"), t("microdata.expected.applicant", id),
          t("microdata.what.no-applicant", id)));
    } else {
      b.applicantId(applicant);
    }
    Money deposits = money(problems, firstRow, first, "deposits");
    if (deposits != null && deposits.isPositive()) {
      b.addFinancialAssets(new FinancialAsset.Builder().type(FinancialAssetType.DEPOSIT).value(deposits).build());
    }
    Money vehicle = money(problems, firstRow, first, "vehicleValue");
    Boolean hasVehicle = parse(problems, firstRow, first, "hasVehicle", Microdata::bool, t("microdata.expected.bool"), null);
    if (hasVehicle == null && first.get("hasVehicle") == null) {
      problems.add(Defect.of(firstRow, "hasVehicle", null, t("microdata.expected.bool.first-row")));
    }
    if (Boolean.TRUE.equals(hasVehicle)) {
      b.addVehicles(new Vehicle.Builder().type(VehicleType.CAR).use(VehicleUse.PRIVATE).value(vehicle == null ? Money.ZERO : vehicle)
          .build());
    } else if (Boolean.FALSE.equals(hasVehicle) && vehicle != null && vehicle.isPositive()) {
      problems.add(Defect.of(firstRow, "vehicleValue", first.get("vehicleValue"), t("microdata.expected.vehicle-value"),
          t("microdata.what.vehicle-value", vehicle.toString())));
    }
    int homes = parse(problems, firstRow, first, "homes", Integer::parseInt, t("microdata.expected.at-least-zero"), 0);
    BigDecimal area = parse(problems, firstRow, first, "homeArea", BigDecimal::new, t("microdata.expected.area"), BigDecimal.ZERO);
    if (homes < 0) {
      problems.add(Defect.of(firstRow, "homes", first.get("homes"), t("microdata.expected.at-least-zero")));
    } else if (homes == 0 && area.signum() != 0) {
      problems.add(Defect.of(firstRow, "homeArea", first.get("homeArea"), t("microdata.expected.area.no-home"),
          t("microdata.what.area.no-home", area.toPlainString())));
    } else if (area.signum() < 0) {
      problems.add(Defect.of(firstRow, "homeArea", first.get("homeArea"), t("microdata.expected.area.at-least-zero")));
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
        Expenditure.Builder x = new Expenditure.Builder().category(ExpenditureCategory.MEDICAL_OUT_OF_POCKET).month(last.minusMonths(k))
            .amount(medical);
        String payer = illMember != null ? illMember : applicant;
        if (payer != null) {
          x.memberId(payer);
        }
        b.addExpenditures(x.build());
      }
    }
    currentBenefits(problems, firstRow, first.get("currentBenefits"), date, b);
    if (!problems.isEmpty()) {
      return new Parsed(null, problems);
    }
    try {
      return new Parsed(new Weighted(b.build(), weight), null);
    } catch (ValidationException e) {
      List<Defect> ps = new ArrayList<>();
      for (Problem p : e.problems()) {
        ps.add(new Defect(firstRow, p.path(), "", null, p.text().orElse(t("microdata.literal", p.message())), "", "", false));
      }
      return new Parsed(null, ps);
    }
  }

  /** What a weight must be. */
  static Text weightExpected() {
    return t("microdata.expected.weight", Integer.toString(WEIGHT_DECIMALS));
  }

  /** The weight of a household's first row, or 1 after adding a defect. */
  private static BigDecimal weight(List<Defect> problems, long row, String text) {
    if (text == null) {
      problems.add(Defect.of(row, "weight", null, weightExpected()));
      return BigDecimal.ONE;
    }
    BigDecimal w;
    try {
      w = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      problems.add(Defect.of(row, "weight", text, weightExpected()));
      return BigDecimal.ONE;
    }
    if (w.signum() <= 0 || w.stripTrailingZeros().scale() > WEIGHT_DECIMALS || w.compareTo(MAX_WEIGHT) > 0) {
      problems.add(Defect.of(row, "weight", text, t("microdata.expected.weight.max", Integer.toString(WEIGHT_DECIMALS), MAX_WEIGHT.toPlainString())));
      return BigDecimal.ONE;
    }
    w = w.stripTrailingZeros();
    return w.scale() < 0 ? w.setScale(0) : w;
  }

  /** The largest weight: one household standing for a billion. */
  static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1_000_000_000L);

  /** {@code programme[:member]@since;…}: benefits received now. */
  private static void currentBenefits(List<Defect> problems, long row, String text, LocalDate date, Household.Builder b) {
    if (text == null) {
      return;
    }
    Text expected = t("microdata.expected.benefits");
    for (String item : text.split(";")) {
      String t = item.trim();
      int at = t.lastIndexOf('@');
      if (at <= 0) {
        problems.add(Defect.of(row, "currentBenefits", text, expected));
        return;
      }
      String programme = t.substring(0, at);
      String member = null;
      int colon = programme.indexOf(':');
      if (colon > 0) {
        member = programme.substring(colon + 1);
        programme = programme.substring(0, colon);
      }
      LocalDate since;
      try {
        since = LocalDate.parse(t.substring(at + 1));
      } catch (DateTimeParseException e) {
        problems.add(Defect.of(row, "currentBenefits", text, expected));
        return;
      }
      if (!programme.matches("[a-z][a-z0-9.-]*") || since.isAfter(date)) {
        problems.add(Defect.of(row, "currentBenefits", text, t("microdata.expected.benefits.dated", date)));
        return;
      }
      org.jiuzhu.core.household.CurrentBenefit.Builder cb = new org.jiuzhu.core.household.CurrentBenefit.Builder()
          .programmeId(programme).since(since);
      if (member != null) {
        cb.memberId(member);
      }
      b.addCurrentBenefits(cb.build());
    }
  }

  /**
   * A household and how many households it stands for.
   *
   * @param household the household
   * @param weight its weight, above 0, with at most {@value #WEIGHT_DECIMALS} decimal places
   */
  public record Weighted(Household household, BigDecimal weight) {}

  /** The member's supporter from the supporter columns, when {@code supporterBirthDate} is given. */
  private static java.util.Optional<org.jiuzhu.core.household.Supporter> supporter(List<Defect> problems, long row, Row r) {
    LocalDate birth = date(problems, row, r, "supporterBirthDate");
    Money income = money(problems, row, r, "supporterIncome");
    Boolean within = parse(problems, row, r, "supporterAssetsWithinRules", Microdata::bool, t("microdata.expected.bool"), null);
    String conditions = r.get("supporterConditions");
    if (birth == null) {
      for (String c : List.of("supporterIncome", "supporterAssetsWithinRules", "supporterConditions")) {
        if (r.get(c) != null && r.get("supporterBirthDate") == null) {
          problems.add(Defect.of(row, c, r.get(c), t("microdata.expected.supporter-birth"),
              t("microdata.what.supporter-birth", c)));
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
          problems.add(Defect.of(row, "supporterConditions", conditions, t("microdata.expected.conditions",
              names(org.jiuzhu.core.household.SupporterCondition.values())), t("microdata.what.conditions", c)));
        }
      }
    }
    return java.util.Optional.of(s.build());
  }

  /** The names of enum constants, as a list argument of a text (ids the file must use, the same in both languages). */
  private static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toList();
  }

  private static Boolean bool(String s) {
    if (s.equals("true") || s.equals("false")) {
      return Boolean.valueOf(s);
    }
    throw new NumberFormatException(s);
  }

  private static <T> T parse(List<Defect> problems, long row, Row r, String column, Function<String, T> parser,
      Text expected, T absent) {
    String v = r.get(column);
    if (v == null) {
      return absent;
    }
    try {
      return parser.apply(v.trim());
    } catch (NumberFormatException | DateTimeParseException e) {
      problems.add(Defect.of(row, column, v, expected));
      return absent;
    }
  }

  /** A date column: a day past its month's last day is said with the month's length and last day (1971-02-30: February 1971 has 28 days). */
  private static LocalDate date(List<Defect> problems, long row, Row r, String column) {
    String v = r.get(column);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.trim());
    } catch (DateTimeParseException e) {
      Text expected = org.jiuzhu.core.time.ImpossibleDay.monthOf(v.trim())
          .map(ym -> t("microdata.expected.date.day", ym, ym.lengthOfMonth(), ym.atEndOfMonth().toString()))
          .orElse(t("microdata.expected.date"));
      problems.add(Defect.of(row, column, v, expected));
      return null;
    }
  }

  private static Money money(List<Defect> problems, long row, Row r, String column) {
    String v = r.get(column);
    if (v == null) {
      return null;
    }
    try {
      Money m = Money.parse(v.trim());
      if (m.isNegative()) {
        problems.add(Defect.of(row, column, v, t("microdata.expected.amount.at-least-zero")));
        return null;
      }
      return m;
    } catch (IllegalArgumentException e) {
      problems.add(Defect.of(row, column, v, t("microdata.expected.yuan")));
      return null;
    }
  }

  private static <E extends Enum<E>> E enumValue(List<Defect> problems, long row, Row r, String column, Class<E> type,
      boolean required) {
    String v = r.get(column);
    if (v == null) {
      if (required) {
        problems.add(Defect.of(row, column, null, t("microdata.expected.one-of", names(type.getEnumConstants()))));
      }
      return null;
    }
    try {
      return Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      problems.add(Defect.of(row, column, v, t("microdata.expected.one-of", names(type.getEnumConstants()))));
      return null;
    }
  }
}
