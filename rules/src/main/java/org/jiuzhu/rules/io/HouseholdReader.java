package org.jiuzhu.rules.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jiuzhu.core.household.Absence;
import org.jiuzhu.core.household.AbsenceReason;
import org.jiuzhu.core.household.BusinessRegistration;
import org.jiuzhu.core.household.BusinessType;
import org.jiuzhu.core.household.CarePlacement;
import org.jiuzhu.core.household.CitizenId;
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
import org.jiuzhu.core.household.NonResidentialProperty;
import org.jiuzhu.core.household.NonResidentialType;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.SchoolingStage;
import org.jiuzhu.core.household.SelfCareAssessment;
import org.jiuzhu.core.household.Sex;
import org.jiuzhu.core.household.Supporter;
import org.jiuzhu.core.household.SupporterCondition;
import org.jiuzhu.core.household.Vehicle;
import org.jiuzhu.core.household.VehicleType;
import org.jiuzhu.core.household.VehicleUse;
import org.jiuzhu.core.household.WorkCapacity;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationException;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueProgramme;

/**
 * Reads a household from JSON or YAML (the format is in {@code docs/household-format.md}).
 * Every problem — a missing or unknown field, a bad value, an invalid ID number, an
 * inconsistency between parts — is reported at once with its path, in one {@link
 * ValidationException}; ID numbers and names are never in the messages.
 *
 * @since 0.1.0
 */
public final class HouseholdReader {
  /** The most members a household may list (a larger list is an upstream mistake, not a household). */
  public static final int MAX_MEMBERS = 100;
  /** The most entries any other list of a household may have (incomes, expenditures, events, …). */
  public static final int MAX_ENTRIES = 10_000;

  /** The programme ids of China's catalogue: what {@code currentBenefits} may name. */
  private static volatile Set<String> cnProgrammes;

  private HouseholdReader() {}

  /** The programme ids {@code currentBenefits} may name by default: those of {@link Catalogue#cn()}. */
  public static Set<String> knownProgrammes() {
    Set<String> ids = cnProgrammes;
    if (ids == null) {
      Set<String> made = new java.util.TreeSet<>();
      for (CatalogueProgramme p : Catalogue.cn().programmes()) {
        made.add(p.id());
      }
      ids = java.util.Collections.unmodifiableSet(made);
      cnProgrammes = ids;
    }
    return ids;
  }

  /**
   * Reads a household file ({@code .json}, or YAML for {@code .yaml}/{@code .yml}).
   *
   * @throws ValidationException listing every problem, for malformed files too
   */
  public static Household read(Path file) throws IOException {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, name.endsWith(".yaml") || name.endsWith(".yml"));
    }
  }

  /** Reads a household from {@code in}. */
  public static Household read(String name, InputStream in, boolean yaml) throws IOException {
    return fromTree(StrictInput.read(name, in, yaml));
  }

  /**
   * Reads a household from one line of JSON (a register line), strictly as {@link StrictInput}
   * reads a file.
   */
  public static Household fromJsonLine(String name, String line) {
    return fromTree(StrictInput.parse(name, line, false));
  }

  /** Builds a household from a parsed JSON/YAML tree; {@code currentBenefits} may name the programmes of {@link #knownProgrammes()}. */
  public static Household fromTree(JsonNode tree) {
    return fromTree(tree, knownProgrammes());
  }

  /**
   * Builds a household from a parsed JSON/YAML tree (parse it with {@link StrictInput} to refuse
   * duplicate keys and trailing text).
   *
   * @param programmes the programme ids {@code currentBenefits} may name (a region's catalogue)
   */
  public static Household fromTree(JsonNode tree, Set<String> programmes) {
    return parse(tree, programmes).household();
  }

  /**
   * Reads a household file and checks it against the date it is evaluated on ({@link
   * Household#checkOn}): members not yet born, income, spending and events after {@code date} are
   * problems naming the entry of the file (an entry with {@code months} is one entry, the month
   * after {@code @}: {@code incomes[0]@2025-11.month}).
   *
   * @throws ValidationException listing every problem
   * @since 0.2.0
   */
  public static Household read(Path file, java.time.LocalDate date) throws IOException {
    String name = file.getFileName().toString();
    Parsed parsed;
    try (InputStream in = Files.newInputStream(file)) {
      parsed = parse(StrictInput.read(file.toString(), in, name.endsWith(".yaml") || name.endsWith(".yml")), knownProgrammes());
    }
    try {
      parsed.household().checkOn(date);
    } catch (ValidationException e) {
      throw filePaths(e, parsed.incomes(), parsed.expenditures());
    }
    return parsed.household();
  }

  /**
   * A household read from a tree, with where each income item and expenditure came from: the
   * entry of the file ({@code incomes[j]}) and, for an entry over several months, the month.
   */
  private record Parsed(Household household, List<String> incomes, List<String> expenditures) {}

  /**
   * {@code e} with its paths as the file has them ({@code incomes[11].memberId} of the household is
   * {@code incomes[0]@2025-09.memberId}); one problem of every month of an entry is said once, for
   * the entry ({@code incomes[0].memberId}).
   */
  static ValidationException filePaths(ValidationException e, List<String> incomes, List<String> expenditures) {
    java.util.Map<String, Problem> byEntry = new java.util.LinkedHashMap<>();
    java.util.Map<String, Integer> times = new java.util.HashMap<>();
    for (Problem p : e.problems()) {
      Problem at = p.at(filePath(p.path(), incomes, expenditures));
      String entry = at.path().replaceFirst("@\\d{4}-\\d{2}", "");
      String key = entry + '\u0000' + at.code() + '\u0000' + at.message();
      byEntry.putIfAbsent(key, at);
      if (times.merge(key, 1, Integer::sum) == 2) {
        byEntry.put(key, at.at(entry));
      }
    }
    return e.withProblems(new ArrayList<>(byEntry.values()));
  }

  private static final java.util.regex.Pattern EXPANDED = java.util.regex.Pattern.compile("^(incomes|expenditures)\\[(\\d+)](.*)$");

  static String filePath(String path, List<String> incomes, List<String> expenditures) {
    java.util.regex.Matcher m = EXPANDED.matcher(path);
    if (!m.matches()) {
      return path;
    }
    List<String> origins = m.group(1).equals("incomes") ? incomes : expenditures;
    int i = Integer.parseInt(m.group(2));
    return i < origins.size() ? origins.get(i) + m.group(3) : path;
  }

  private static Parsed parse(JsonNode tree, Set<String> programmes) {
    Problems problems = new Problems();
    List<String> incomeOrigins = new ArrayList<>();
    List<String> expenditureOrigins = new ArrayList<>();
    if (tree == null || !tree.isObject()) {
      throw new ValidationException(SUBJECT, List.of(Problem.of("", "household.object", IoTexts.text("household.object"))));
    }
    Node root = new Node(tree, "", problems);
    root.onlyFields(Set.of("id", "region", "applicant", "members", "incomes", "financialAssets", "vehicles", "homes",
        "nonResidentialProperties", "businesses", "expenditures", "events", "currentBenefits"));
    Household.Builder b = new Household.Builder();
    root.text("id", true).ifPresent(b::id);
    root.text("region", true).ifPresent(r -> regionCode(root, "region", r).ifPresent(b::region));
    root.text("applicant", true).ifPresent(b::applicantId);
    List<Node> members = root.list("members", MAX_MEMBERS);
    for (Node m : members) {
      member(m).ifPresent(b::addMembers);
    }
    List<Node> incomeNodes = root.list("incomes", MAX_ENTRIES);
    for (int j = 0; j < incomeNodes.size(); j++) {
      Node n = incomeNodes.get(j);
      boolean range = n.has("months");
      for (IncomeItem item : incomes(n)) {
        b.addIncomes(item);
        incomeOrigins.add("incomes[" + j + "]" + (range ? "@" + item.month() : ""));
      }
    }
    for (Node n : root.list("financialAssets", MAX_ENTRIES)) {
      n.onlyFields(Set.of("owner", "type", "value", "earmarkedForMajorIllness", "earmarkedUntil"));
      FinancialAsset.Builder x = new FinancialAsset.Builder();
      n.text("owner", false).ifPresent(x::ownerMemberId);
      n.enumValue("type", FinancialAssetType.class, true).ifPresent(x::type);
      n.money("value", true).ifPresent(x::value);
      n.bool("earmarkedForMajorIllness").ifPresent(x::earmarkedForMajorIllness);
      n.date("earmarkedUntil", false).ifPresent(x::earmarkedUntil);
      build(n, x::build).ifPresent(b::addFinancialAssets);
    }
    for (Node n : root.list("vehicles", MAX_ENTRIES)) {
      n.onlyFields(Set.of("owner", "type", "use", "value"));
      Vehicle.Builder x = new Vehicle.Builder();
      n.text("owner", false).ifPresent(x::ownerMemberId);
      n.enumValue("type", VehicleType.class, true).ifPresent(x::type);
      n.enumValue("use", VehicleUse.class, true).ifPresent(x::use);
      n.money("value", true).ifPresent(x::value);
      build(n, x::build).ifPresent(b::addVehicles);
    }
    for (Node n : root.list("homes", MAX_ENTRIES)) {
      n.onlyFields(Set.of("owner", "floorArea", "value", "livedIn"));
      Home.Builder x = new Home.Builder();
      n.text("owner", false).ifPresent(x::ownerMemberId);
      n.decimal("floorArea", true).ifPresent(x::floorArea);
      n.money("value", false).ifPresent(x::value);
      n.bool("livedIn").ifPresent(x::livedIn);
      build(n, x::build).ifPresent(b::addHomes);
    }
    for (Node n : root.list("nonResidentialProperties", MAX_ENTRIES)) {
      n.onlyFields(Set.of("owner", "type", "area", "value", "onlyDwelling"));
      NonResidentialProperty.Builder x = new NonResidentialProperty.Builder();
      n.text("owner", false).ifPresent(x::ownerMemberId);
      n.enumValue("type", NonResidentialType.class, true).ifPresent(x::type);
      n.decimal("area", false).ifPresent(x::area);
      n.money("value", false).ifPresent(x::value);
      n.bool("onlyDwelling").ifPresent(x::onlyDwelling);
      build(n, x::build).ifPresent(b::addNonResidentialProperties);
    }
    for (Node n : root.list("businesses", MAX_ENTRIES)) {
      n.onlyFields(Set.of("owner", "type", "employees", "registeredCapital", "active"));
      BusinessRegistration.Builder x = new BusinessRegistration.Builder();
      n.text("owner", false).ifPresent(x::ownerMemberId);
      n.enumValue("type", BusinessType.class, true).ifPresent(x::type);
      n.integer("employees", false).ifPresent(x::employees);
      n.money("registeredCapital", false).ifPresent(x::registeredCapital);
      n.bool("active").ifPresent(x::active);
      build(n, x::build).ifPresent(b::addBusinesses);
    }
    List<Node> expenditureNodes = root.list("expenditures", MAX_ENTRIES);
    for (int j = 0; j < expenditureNodes.size(); j++) {
      Node n = expenditureNodes.get(j);
      n.onlyFields(Set.of("member", "category", "month", "months", "amount", "grantsReceived"));
      boolean range = n.has("months");
      // the fields are read once for the entry, so that a bad one is one problem, not one a month
      Optional<String> member = n.text("member", false);
      Optional<ExpenditureCategory> category = n.enumValue("category", ExpenditureCategory.class, true);
      Optional<org.jiuzhu.core.money.Money> amount = n.money("amount", true);
      Optional<org.jiuzhu.core.money.Money> grants = n.money("grantsReceived", false);
      for (YearMonth month : months(n)) {
        String origin = "expenditures[" + j + "]" + (range ? "@" + month : "");
        Expenditure.Builder x = new Expenditure.Builder();
        member.ifPresent(x::memberId);
        category.ifPresent(x::category);
        x.month(month);
        amount.ifPresent(x::amount);
        grants.ifPresent(x::grantsReceived);
        Optional<Expenditure> built = build(n, x::build);
        if (built.isEmpty()) {
          break; // the entry's problem is said once
        }
        b.addExpenditures(built.get());
        expenditureOrigins.add(origin);
      }
    }
    for (Node n : root.list("events", MAX_ENTRIES)) {
      n.onlyFields(Set.of("date", "type", "member", "amount", "description"));
      LifeEvent.Builder x = new LifeEvent.Builder();
      n.date("date", true).ifPresent(x::date);
      n.enumValue("type", LifeEventType.class, true).ifPresent(x::type);
      n.text("member", false).ifPresent(x::memberId);
      n.money("amount", false).ifPresent(x::amount);
      n.freeText("description", false).ifPresent(x::description);
      build(n, x::build).ifPresent(b::addEvents);
    }
    for (Node n : root.list("currentBenefits", MAX_ENTRIES)) {
      n.onlyFields(Set.of("programme", "since", "member"));
      CurrentBenefit.Builder x = new CurrentBenefit.Builder();
      n.text("programme", true).ifPresent(id -> {
        if (programmes.contains(id)) {
          x.programmeId(id);
        } else {
          n.add("programme", "field.programme", IoTexts.text("field.programme", id, String.valueOf(programmes)));
        }
      });
      n.date("since", true).ifPresent(x::since);
      n.text("member", false).ifPresent(x::memberId);
      build(n, x::build).ifPresent(b::addCurrentBenefits);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(SUBJECT, problems.toList());
    }
    try {
      return new Parsed(b.build(), incomeOrigins, expenditureOrigins);
    } catch (ValidationException e) {
      // the household's paths count expanded months: name the file's entries
      throw filePaths(e, incomeOrigins, expenditureOrigins);
    } catch (IllegalStateException e) {
      throw new ValidationException(SUBJECT, List.of(Problem.of("", "household.incomplete", IoTexts.text("household.incomplete",
          String.valueOf(e.getMessage()), notSet(e)))));
    }
  }

  private static Optional<RegionCode> regionCode(Node n, String field, String text) {
    Optional<org.jiuzhu.core.text.Text> problem = RegionCode.problemTextWith(text);
    if (problem.isPresent()) {
      n.add(field, "field.region", problem.get());
      return Optional.empty();
    }
    return Optional.of(RegionCode.parse(text));
  }

  /** Builds a part; its own problems are recorded under the part's path instead of stopping the read. */
  private static <T> Optional<T> build(Node n, Supplier<T> builder) {
    int before = n.problems.toList().size();
    if (before > 0 && hasProblemUnder(n)) {
      return Optional.empty(); // a field of this part is already wrong; the builder would only repeat it
    }
    try {
      return Optional.of(builder.get());
    } catch (ValidationException e) {
      n.problems.addAll(n.path, e.problems());
      return Optional.empty();
    } catch (IllegalStateException e) {
      n.problems.add(n.path, "field.missing", IoTexts.text("field.required", String.valueOf(e.getMessage()), notSet(e)));
      return Optional.empty();
    }
  }

  private static boolean hasProblemUnder(Node n) {
    for (Problem p : n.problems.toList()) {
      if (p.path().equals(n.path) || p.path().startsWith(n.path + ".")) {
        return true;
      }
    }
    return false;
  }

  /** The months of an item: {@code month: 2025-09}, or {@code months: {from: 2024-10, to: 2025-09}} (inclusive). */
  private static List<YearMonth> months(Node n) {
    List<YearMonth> out = new ArrayList<>();
    if (n.has("months")) {
      if (n.has("month")) {
        n.add("month", "field.conflict", IoTexts.text("field.months.conflict"));
        return out;
      }
      Optional<Node> range = n.object("months");
      if (range.isEmpty()) {
        return out;
      }
      range.get().onlyFields(Set.of("from", "to"));
      Optional<YearMonth> from = range.get().month("from", true);
      Optional<YearMonth> to = range.get().month("to", true);
      if (from.isPresent() && to.isPresent()) {
        if (to.get().isBefore(from.get())) {
          range.get().add("to", "field.range", IoTexts.text("field.months.order", to.get(), from.get()));
        } else if (from.get().plusMonths(240).isBefore(to.get())) {
          range.get().add("to", "field.range", IoTexts.text("field.months.long"));
        } else {
          for (YearMonth m = from.get(); !m.isAfter(to.get()); m = m.plusMonths(1)) {
            out.add(m);
          }
        }
      }
      return out;
    }
    n.month("month", true).ifPresent(out::add);
    return out;
  }

  private static List<IncomeItem> incomes(Node n) {
    n.onlyFields(Set.of("member", "category", "month", "months", "gross", "deductions", "tags", "description"));
    List<IncomeTag> tags = new ArrayList<>();
    for (String t : n.strings("tags")) {
      try {
        tags.add(IncomeTag.valueOf(t.toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        n.add("tags", "field.enum", IoTexts.text("field.enum", t, "IncomeTag", String.valueOf(List.of(IncomeTag.values()))));
      }
    }
    List<IncomeItem> out = new ArrayList<>();
    Optional<String> member = n.text("member", true);
    Optional<IncomeCategory> category = n.enumValue("category", IncomeCategory.class, true);
    Optional<org.jiuzhu.core.money.Money> gross = n.money("gross", true);
    Optional<org.jiuzhu.core.money.Money> deductions = n.money("deductions", false);
    Optional<String> description = n.freeText("description", false);
    for (YearMonth month : months(n)) {
      IncomeItem.Builder x = new IncomeItem.Builder();
      member.ifPresent(x::memberId);
      category.ifPresent(x::category);
      x.month(month);
      gross.ifPresent(x::gross);
      deductions.ifPresent(x::deductions);
      description.ifPresent(x::description);
      x.addAllTags(tags);
      Optional<IncomeItem> item = build(n, x::build);
      if (item.isEmpty()) {
        break;
      }
      out.add(item.get());
    }
    return out;
  }

  private static Optional<Member> member(Node n) {
    n.onlyFields(Set.of("id", "citizenId", "name", "relationship", "birthDate", "sex", "hukouType", "hukouRegion",
        "disability", "selfCare", "illnesses", "workStatus", "workCapacity", "schooling", "absence", "supporters",
        "orphan", "refusedJobOffers", "carePlacement"));
    Member.Builder x = new Member.Builder();
    n.text("id", true).ifPresent(x::id);
    n.text("citizenId", false).ifPresent(t -> {
      Optional<org.jiuzhu.core.text.Text> problem = CitizenId.problemTextWith(t);
      if (problem.isPresent()) {
        n.add("citizenId", "citizenId.invalid", problem.get());
      } else {
        x.citizenId(CitizenId.parse(t));
      }
    });
    n.freeText("name", false).ifPresent(x::name);
    n.enumValue("relationship", Relationship.class, true).ifPresent(x::relationship);
    n.date("birthDate", true).ifPresent(x::birthDate);
    n.enumValue("sex", Sex.class, false).ifPresent(x::sex);
    n.enumValue("hukouType", HukouType.class, true).ifPresent(x::hukouType);
    n.text("hukouRegion", true).ifPresent(r -> regionCode(n, "hukouRegion", r).ifPresent(x::hukouRegion));
    n.object("disability").ifPresent(d -> {
      d.onlyFields(Set.of("category", "grade"));
      Disability.Builder db = new Disability.Builder();
      d.enumValue("category", DisabilityCategory.class, true).ifPresent(db::category);
      d.integer("grade", true).ifPresent(db::grade);
      build(d, db::build).ifPresent(x::disability);
    });
    n.object("selfCare").ifPresent(s -> {
      s.onlyFields(Set.of("eating", "dressing", "bedTransfer", "toileting", "indoorWalking", "bathing"));
      SelfCareAssessment.Builder sb = new SelfCareAssessment.Builder();
      s.bool("eating").ifPresent(sb::eating);
      s.bool("dressing").ifPresent(sb::dressing);
      s.bool("bedTransfer").ifPresent(sb::bedTransfer);
      s.bool("toileting").ifPresent(sb::toileting);
      s.bool("indoorWalking").ifPresent(sb::indoorWalking);
      s.bool("bathing").ifPresent(sb::bathing);
      build(s, sb::build).ifPresent(x::selfCare);
    });
    for (Node i : n.list("illnesses", MAX_ENTRIES)) {
      i.onlyFields(Set.of("description", "icd10", "major", "chronic", "dialysisSessionsPerWeek"));
      Illness.Builder ib = new Illness.Builder();
      i.freeText("description", true).ifPresent(ib::description);
      i.text("icd10", false).ifPresent(ib::icd10);
      i.bool("major").ifPresent(ib::major);
      i.bool("chronic").ifPresent(ib::chronic);
      i.integer("dialysisSessionsPerWeek", false).ifPresent(ib::dialysisSessionsPerWeek);
      build(i, ib::build).ifPresent(x::addIllnesses);
    }
    n.enumValue("workStatus", WorkStatus.class, true).ifPresent(x::workStatus);
    n.enumValue("workCapacity", WorkCapacity.class, false).ifPresent(x::workCapacity);
    n.enumValue("schooling", SchoolingStage.class, false).ifPresent(x::schooling);
    n.object("absence").ifPresent(a -> {
      a.onlyFields(Set.of("reason", "since"));
      Absence.Builder ab = new Absence.Builder();
      a.enumValue("reason", AbsenceReason.class, true).ifPresent(ab::reason);
      a.date("since", true).ifPresent(ab::since);
      build(a, ab::build).ifPresent(x::absence);
    });
    for (Node s : n.list("supporters", MAX_MEMBERS)) {
      s.onlyFields(Set.of("member", "relationship", "birthDate", "conditions", "annualIncome", "assetsWithinLowIncomeRules"));
      Supporter.Builder sb = new Supporter.Builder();
      s.text("member", false).ifPresent(sb::memberId);
      s.enumValue("relationship", Relationship.class, false).ifPresent(sb::relationship);
      s.date("birthDate", true).ifPresent(sb::birthDate);
      for (String c : s.strings("conditions")) {
        try {
          sb.addConditions(SupporterCondition.valueOf(c.toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
          s.add("conditions", "field.enum", IoTexts.text("field.enum", c, "SupporterCondition",
              String.valueOf(List.of(SupporterCondition.values()))));
        }
      }
      s.money("annualIncome", false).ifPresent(sb::annualIncome);
      s.bool("assetsWithinLowIncomeRules").ifPresent(sb::assetsWithinLowIncomeRules);
      build(s, sb::build).ifPresent(x::addSupporters);
    }
    n.bool("orphan").ifPresent(x::orphan);
    n.integer("refusedJobOffers", false).ifPresent(x::consecutiveRefusedJobOffers);
    n.enumValue("carePlacement", CarePlacement.class, false).ifPresent(x::carePlacement);
    return build(n, x::build);
  }

  /** What a household is called in a validation message. */
  private static final org.jiuzhu.core.text.Text SUBJECT = org.jiuzhu.core.validation.ValidationTexts.subject("household");

  /**
   * The attributes an Immutables builder says are not set ({@code "Cannot build X, some of
   * required attributes are not set [a, b]"} gives {@code a, b}): field names, the same in both
   * languages.
   */
  static String notSet(IllegalStateException e) {
    String m = String.valueOf(e.getMessage());
    int open = m.lastIndexOf('[');
    int close = m.lastIndexOf(']');
    return open >= 0 && close > open ? m.substring(open + 1, close) : "";
  }
}
