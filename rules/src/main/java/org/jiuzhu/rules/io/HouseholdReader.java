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
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationException;
import org.jiuzhu.core.validation.ValidationTexts;
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
    byte[] bytes = StrictInput.readBytes(name, in, StrictInput.MAX_FILE_BYTES); // a larger file is refused, with its size
    StrictInput.Document d = StrictInput.readDocument(name, new java.io.ByteArrayInputStream(bytes), yaml);
    return parse(d, bytes, yaml, null);
  }

  /**
   * The household of a document read strictly; where a key is given twice, the value the document
   * hides (the first) is checked too, and its problems said beside the key given twice.
   */
  private static Household parse(StrictInput.Document d, byte[] bytes, boolean yaml, java.time.LocalDate date) {
    return parse(d, bytes, yaml, date, true);
  }

  /** As above; {@code locate}: whether problems get the line and column of their value (not for a register line). */
  private static Household parse(StrictInput.Document d, byte[] bytes, boolean yaml, java.time.LocalDate date, boolean locate) {
    return parse(d, bytes, yaml, date, locate, null);
  }

  /** As above; {@code policy}: the policy whose regions the household's must be one of (null: not checked). */
  private static Household parse(StrictInput.Document d, byte[] bytes, boolean yaml, java.time.LocalDate date, boolean locate,
      Policy policy) {
    try {
      return parse(d.tree(), knownProgrammes(), date, d.duplicates(), policy);
    } catch (ValidationException e) {
      if (d.duplicates().isEmpty()) {
        throw locate ? byLine(d.locate(e)) : e;
      }
      JsonNode firstTree = StrictInput.firstWins(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), yaml);
      if (firstTree == null) {
        throw locate ? byLine(d.locate(e)) : e;
      }
      Set<String> paths = new java.util.HashSet<>();
      d.duplicates().forEach(p -> paths.add(p.path()));
      List<Problem> all = new ArrayList<>(e.problems());
      try {
        parse(firstTree, knownProgrammes(), date, List.of(), policy);
      } catch (ValidationException first) {
        for (Problem p : first.problems()) {
          if (paths.contains(p.path()) && !all.contains(p)) {
            all.add(p);
          }
        }
      }
      // the problems of the document are placed at their values; those of the hidden first values
      // follow, placed at the first of the two values (the key given twice, said before, names its line)
      ValidationException placed = locate ? d.locate(e) : e;
      if (all.size() == e.problems().size()) {
        throw locate ? byLine(placed) : placed;
      }
      List<Problem> withHidden = new ArrayList<>(placed.problems());
      List<Problem> hidden = all.subList(e.problems().size(), all.size());
      String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      withHidden.addAll(locate ? StrictInput.locateHidden(text, yaml, hidden) : hidden);
      throw locate ? byLine(placed.withProblems(withHidden)) : placed.withProblems(withHidden);
    }
  }

  /**
   * {@code e} with the problems whose line is known in the order of their lines, in
   * the places those problems held; a problem without a line keeps its place.
   */
  static ValidationException byLine(ValidationException e) {
    List<Problem> problems = new ArrayList<>(e.problems());
    List<Integer> places = new ArrayList<>();
    List<Problem> lined = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      if (problems.get(i).line().isPresent()) {
        places.add(i);
        lined.add(problems.get(i));
      }
    }
    // by line only, stable: on one line the problems keep their order (a key given twice, then the value it hides)
    lined.sort(java.util.Comparator.comparingInt((Problem p) -> p.line().getAsInt()));
    for (int i = 0; i < places.size(); i++) {
      problems.set(places.get(i), lined.get(i));
    }
    return problems.equals(e.problems()) ? e : e.withProblems(problems);
  }

  /**
   * Reads a household from one line of JSON (a register line), strictly as {@link StrictInput}
   * reads a file.
   */
  public static Household fromJsonLine(String name, String line) {
    StrictInput.Document d = StrictInput.parseDocument(name, line, false);
    return d.duplicates().isEmpty() ? parse(d.tree(), knownProgrammes(), null, d.duplicates())
        : parse(d, line.getBytes(java.nio.charset.StandardCharsets.UTF_8), false, null, false);
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
    return parse(tree, programmes, null, List.of());
  }

  /**
   * Reads a household file and checks it against the date it is evaluated on ({@link
   * Household#checkOn}): members not yet born, income, spending and events after {@code date} are
   * problems naming the entry of the file (an entry with {@code months} is one entry, the month
   * after {@code @}: {@code incomes[0]@2025-11.month}). They are reported together with every
   * other problem of the file (a bad value, an unknown member id), in one exception; only a check
   * that depends on a bad value (the month of an entry whose month is not a month) is left out.
   *
   * @throws ValidationException listing every problem
   * @since 0.2.0
   */
  public static Household read(Path file, java.time.LocalDate date) throws IOException {
    return read(file, date, null);
  }

  /**
   * As {@link #read(Path, java.time.LocalDate)}, and the household's {@code region} checked against
   * {@code policy}: a region it does not know on {@code date} ({@link Policy#snapshot}) is one of the
   * problems of the file, at the path {@code region} with its line and column, naming the code, the
   * date and the nearest known regions (code {@code household.region.unknown}).
   *
   * @param policy the policy the household is to be evaluated under; null: the region is not checked
   * @throws ValidationException listing every problem, the unknown region among them
   * @since 0.14.0
   */
  public static Household read(Path file, java.time.LocalDate date, Policy policy) throws IOException {
    String name = file.getFileName().toString();
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = StrictInput.readBytes(file.toString(), in, StrictInput.MAX_FILE_BYTES); // a larger file is refused, with its size
    }
    StrictInput.Document d = StrictInput.readDocument(file.toString(), new java.io.ByteArrayInputStream(bytes), yaml);
    return parse(d, bytes, yaml, date, true, policy);
  }

  /**
   * {@code problems} of a household built from the file's entries, with their paths as the file
   * has them: {@code origins} gives, for each list of the household, the file's entry of every
   * index ({@code incomes[11].month} of the household is {@code incomes[0]@2025-09.month} of the
   * file; an entry the reader left out for a bad value shifts the indices after it). One problem
   * of every month of an entry is said once, for the entry ({@code incomes[0].member}).
   */
  static List<Problem> filePaths(List<Problem> problems, java.util.Map<String, List<String>> origins) {
    java.util.Map<String, Problem> byEntry = new java.util.LinkedHashMap<>();
    java.util.Map<String, Integer> times = new java.util.HashMap<>();
    for (Problem p : problems) {
      Problem at = p.at(fileName(filePath(p.path(), origins)));
      String entry = at.path().replaceFirst("@\\d{4}-\\d{2}", "");
      String key = entry + '\u0000' + at.code() + '\u0000' + at.message();
      byEntry.putIfAbsent(key, at);
      if (times.merge(key, 1, Integer::sum) == 2) {
        byEntry.put(key, at.at(entry));
      }
    }
    return new ArrayList<>(byEntry.values());
  }

  private static final java.util.regex.Pattern INDEXED = java.util.regex.Pattern.compile("^(\\w+)\\[(\\d+)](.*)$");

  static String filePath(String path, java.util.Map<String, List<String>> origins) {
    java.util.regex.Matcher m = INDEXED.matcher(path);
    if (!m.matches() || !origins.containsKey(m.group(1))) {
      return path;
    }
    List<String> of = origins.get(m.group(1));
    int i = Integer.parseInt(m.group(2));
    return i < of.size() ? of.get(i) + m.group(3) : path;
  }

  /** A member id an entry names: where ({@code incomes[0].member}) and the id. */
  private record Reference(String path, String memberId) {}

  /**
   * What is read of a file besides the household's parts: where each part came from, the member
   * ids of the file and the entries that name them, and the dated checks of entries left out for a
   * bad value.
   */
  private static final class Reading {
    final Problems problems = new Problems();
    final Household.Builder b = new Household.Builder();
    final java.util.Map<String, List<String>> origins = new java.util.HashMap<>();
    /** Every member id the file gives (of members left out too). */
    final Set<String> memberIds = new java.util.TreeSet<>();
    /** False when a member's id could not be read: whether a named member exists is then unknown. */
    boolean idsComplete = true;
    final Problems consistency = new Problems();
    final List<Reference> references = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    final List<IncomeItem> incomes = new ArrayList<>();
    final List<Expenditure> expenditures = new ArrayList<>();
    final List<LifeEvent> events = new ArrayList<>();
    final List<CurrentBenefit> benefits = new ArrayList<>();
    /** The dated checks of entries left out for a bad value, on what of them could be read. */
    final List<java.util.function.BiConsumer<java.time.LocalDate, Problems>> datedLeftOut = new ArrayList<>();

    void origin(String list, String path) {
      origins.computeIfAbsent(list, k -> new ArrayList<>()).add(path);
    }

    void reference(Node n, String field, Optional<String> memberId) {
      memberId.ifPresent(id -> references.add(new Reference(n.path + "." + field, id)));
    }
  }

  /**
   * The household of {@code tree}; {@code duplicates} are the keys the file gives twice (each a
   * problem, reported with every other problem of the file: the household is then refused).
   */
  private static Household parse(JsonNode tree, Set<String> programmes, java.time.LocalDate date, List<Problem> duplicates) {
    return parse(tree, programmes, date, duplicates, null);
  }

  /** As above; {@code policy} (when not null) must know the household's region on {@code date}. */
  private static Household parse(JsonNode tree, Set<String> programmes, java.time.LocalDate date, List<Problem> duplicates,
      Policy policy) {
    Reading r = new Reading();
    Problems problems = r.problems;
    duplicates.forEach(problems::add);
    if (tree == null || !tree.isObject()) {
      List<Problem> all = new ArrayList<>(duplicates);
      all.add(Problem.of("", "household.object", tree == null ? IoTexts.text("household.object")
          : IoTexts.text("household.object.found", Node.found(tree))));
      throw new ValidationException(SUBJECT, all);
    }
    Node root = new Node(tree, "", problems);
    root.onlyFields(Set.of("id", "region", "applicant", "members", "incomes", "financialAssets", "vehicles", "homes",
        "nonResidentialProperties", "businesses", "expenditures", "events", "currentBenefits"));
    Household.Builder b = r.b;
    Optional<String> householdId = root.text("id", true);
    householdId.ifPresent(b::id);
    Optional<RegionCode> region = root.text("region", true).flatMap(t -> regionCode(root, "region", t));
    region.ifPresent(b::region);
    if (policy != null && date != null && region.isPresent() && !policy.isKnown(region.get())) {
      // said with the file's other problems, at its field (the policy's message: the code, the date, the nearest regions)
      try {
        policy.snapshot(region.get(), date);
      } catch (org.jiuzhu.core.policy.UnknownRegionException e) {
        if (e.text().isPresent()) {
          root.add("region", "household.region.unknown", e.text().get());
        } else {
          root.add("region", "household.region.unknown", e.getMessage());
        }
      }
    }
    Optional<String> applicant = root.text("applicant", true);
    applicant.ifPresent(b::applicantId);
    JsonNode memberList = tree.get("members");
    List<Node> members = root.list("members", MAX_MEMBERS);
    boolean given = memberList != null && !memberList.isNull();
    int listed = given && memberList.isArray() ? memberList.size() : 0;
    // a members list that is not a list, or an entry that is not a member, leaves the member ids unknown
    r.idsComplete = members.size() == listed && (!given || memberList.isArray());
    for (Node m : members) {
      Optional<Member> built = member(m, r);
      built.ifPresent(b::addMembers);
      built.ifPresent(r.members::add);
      built.ifPresent(x -> r.origin("members", m.path));
      if (built.isEmpty() && date != null) {
        Optional<String> id = readable(m, "id");
        Optional<java.time.LocalDate> born = readableDate(m, "birthDate");
        if (id.isPresent() && born.isPresent()) {
          r.datedLeftOut.add((d, p) -> {
            if (born.get().isAfter(d)) {
              p.add(m.path + ".birthDate", "household.member.notYetBorn",
                  ValidationTexts.text("problem.household.member.notYetBorn", id.get(), born.get(), d));
            }
          });
        }
      }
    }
    List<Node> incomeNodes = root.list("incomes", MAX_ENTRIES);
    for (int j = 0; j < incomeNodes.size(); j++) {
      Node n = incomeNodes.get(j);
      incomes(n, r, n.has("months"));
    }
    for (Node n : root.list("financialAssets", MAX_ENTRIES)) {
      n.onlyFields(Set.of("owner", "type", "value", "earmarkedForMajorIllness", "earmarkedUntil"));
      FinancialAsset.Builder x = new FinancialAsset.Builder();
      Optional<String> owner = n.text("owner", false);
      owner.ifPresent(x::ownerMemberId);
      r.reference(n, "owner", owner);
      n.enumValue("type", FinancialAssetType.class, true).ifPresent(x::type);
      n.money("value", true).ifPresent(x::value);
      n.bool("earmarkedForMajorIllness").ifPresent(x::earmarkedForMajorIllness);
      n.date("earmarkedUntil", false).ifPresent(x::earmarkedUntil);
      build(n, x::build).ifPresent(a -> {
        b.addFinancialAssets(a);
        r.origin("financialAssets", n.path);
      });
    }
    for (Node n : root.list("vehicles", MAX_ENTRIES)) {
      n.onlyFields(Set.of("owner", "type", "use", "value"));
      Vehicle.Builder x = new Vehicle.Builder();
      Optional<String> owner = n.text("owner", false);
      owner.ifPresent(x::ownerMemberId);
      r.reference(n, "owner", owner);
      n.enumValue("type", VehicleType.class, true).ifPresent(x::type);
      n.enumValue("use", VehicleUse.class, true).ifPresent(x::use);
      n.money("value", true).ifPresent(x::value);
      build(n, x::build).ifPresent(v -> {
        b.addVehicles(v);
        r.origin("vehicles", n.path);
      });
    }
    for (Node n : root.list("homes", MAX_ENTRIES)) {
      n.onlyFields(Set.of("owner", "floorArea", "value", "livedIn", "unsafe"));
      Home.Builder x = new Home.Builder();
      Optional<String> owner = n.text("owner", false);
      owner.ifPresent(x::ownerMemberId);
      r.reference(n, "owner", owner);
      n.decimal("floorArea", true).ifPresent(x::floorArea);
      n.money("value", false).ifPresent(x::value);
      n.bool("livedIn").ifPresent(x::livedIn);
      n.bool("unsafe").ifPresent(x::unsafe);
      build(n, x::build).ifPresent(h -> {
        b.addHomes(h);
        r.origin("homes", n.path);
      });
    }
    for (Node n : root.list("nonResidentialProperties", MAX_ENTRIES)) {
      n.onlyFields(Set.of("owner", "type", "area", "value", "onlyDwelling"));
      NonResidentialProperty.Builder x = new NonResidentialProperty.Builder();
      Optional<String> owner = n.text("owner", false);
      owner.ifPresent(x::ownerMemberId);
      r.reference(n, "owner", owner);
      n.enumValue("type", NonResidentialType.class, true).ifPresent(x::type);
      n.decimal("area", false).ifPresent(x::area);
      n.money("value", false).ifPresent(x::value);
      n.bool("onlyDwelling").ifPresent(x::onlyDwelling);
      build(n, x::build).ifPresent(q -> {
        b.addNonResidentialProperties(q);
        r.origin("nonResidentialProperties", n.path);
      });
    }
    for (Node n : root.list("businesses", MAX_ENTRIES)) {
      n.onlyFields(Set.of("owner", "type", "employees", "registeredCapital", "active"));
      BusinessRegistration.Builder x = new BusinessRegistration.Builder();
      Optional<String> owner = n.text("owner", false);
      owner.ifPresent(x::ownerMemberId);
      r.reference(n, "owner", owner);
      n.enumValue("type", BusinessType.class, true).ifPresent(x::type);
      n.integer("employees", false).ifPresent(x::employees);
      n.money("registeredCapital", false).ifPresent(x::registeredCapital);
      n.bool("active").ifPresent(x::active);
      build(n, x::build).ifPresent(q -> {
        b.addBusinesses(q);
        r.origin("businesses", n.path);
      });
    }
    List<Node> expenditureNodes = root.list("expenditures", MAX_ENTRIES);
    for (int j = 0; j < expenditureNodes.size(); j++) {
      Node n = expenditureNodes.get(j);
      n.onlyFields(Set.of("member", "category", "month", "months", "amount", "grantsReceived"));
      boolean range = n.has("months");
      // the fields are read once for the entry, so that a bad one is one problem, not one a month
      Optional<String> member = n.text("member", false);
      r.reference(n, "member", member);
      Optional<ExpenditureCategory> category = n.enumValue("category", ExpenditureCategory.class, true);
      Optional<org.jiuzhu.core.money.Money> amount = n.money("amount", true);
      Optional<org.jiuzhu.core.money.Money> grants = n.money("grantsReceived", false);
      List<YearMonth> months = months(n);
      for (YearMonth month : months) {
        String origin = n.path + (range ? "@" + month : "");
        Expenditure.Builder x = new Expenditure.Builder();
        member.ifPresent(x::memberId);
        category.ifPresent(x::category);
        x.month(month);
        amount.ifPresent(x::amount);
        grants.ifPresent(x::grantsReceived);
        Optional<Expenditure> built = build(n, x::build);
        if (built.isEmpty()) {
          // the entry's problem is said once; its months are still checked against the date
          r.datedLeftOut.add((d, p) -> monthsAfter(p, n, range, months, d, m -> ValidationTexts.text(
              "problem.household.expenditure.afterDate", m, YearMonth.from(d)), "household.expenditure.afterDate"));
          break;
        }
        b.addExpenditures(built.get());
        r.expenditures.add(built.get());
        r.origin("expenditures", origin);
      }
    }
    for (Node n : root.list("events", MAX_ENTRIES)) {
      n.onlyFields(Set.of("date", "type", "member", "amount", "description"));
      LifeEvent.Builder x = new LifeEvent.Builder();
      Optional<java.time.LocalDate> on = n.date("date", true);
      on.ifPresent(x::date);
      n.enumValue("type", LifeEventType.class, true).ifPresent(x::type);
      Optional<String> member = n.text("member", false);
      member.ifPresent(x::memberId);
      r.reference(n, "member", member);
      n.money("amount", false).ifPresent(x::amount);
      n.freeText("description", false).ifPresent(x::description);
      Optional<LifeEvent> built = build(n, x::build);
      built.ifPresent(e -> {
        b.addEvents(e);
        r.events.add(e);
        r.origin("events", n.path);
      });
      if (built.isEmpty() && on.isPresent()) {
        r.datedLeftOut.add((d, p) -> {
          if (on.get().isAfter(d)) {
            p.add(n.path + ".date", "household.event.afterDate", ValidationTexts.text("problem.household.event.afterDate", on.get(), d));
          }
        });
      }
    }
    for (Node n : root.list("currentBenefits", MAX_ENTRIES)) {
      n.onlyFields(Set.of("programme", "since", "member"));
      CurrentBenefit.Builder x = new CurrentBenefit.Builder();
      n.text("programme", true).ifPresent(id -> {
        if (programmes.contains(id)) {
          x.programmeId(id);
        } else {
          n.add("programme", "field.programme", IoTexts.text("field.programme", id, List.copyOf(programmes)));
        }
      });
      Optional<java.time.LocalDate> since = n.date("since", true);
      since.ifPresent(x::since);
      Optional<String> member = n.text("member", false);
      member.ifPresent(x::memberId);
      r.reference(n, "member", member);
      Optional<CurrentBenefit> built = build(n, x::build);
      built.ifPresent(c -> {
        b.addCurrentBenefits(c);
        r.benefits.add(c);
        r.origin("currentBenefits", n.path);
      });
      if (built.isEmpty() && since.isPresent()) {
        // left out for another problem (an unknown programme): its date is still checked
        r.datedLeftOut.add((d, p) -> {
          if (since.get().isAfter(d)) {
            p.add(n.path + ".since", "household.benefit.afterDate",
                ValidationTexts.text("problem.household.benefit.afterDate", since.get(), d));
          }
        });
      }
    }
    return check(r, b, householdId, region, applicant, given && !(memberList.isArray() && memberList.isEmpty()), date);
  }

  /**
   * The problems between the parts of what was read, and on {@code date}, reported with the
   * problems of its values in one exception; a check that needs a value that could not be read
   * (whether a member exists, when the id of a member is bad) is left out.
   */
  private static Household check(Reading r, Household.Builder b, Optional<String> householdId, Optional<RegionCode> region,
      Optional<String> applicant, boolean membersGiven, java.time.LocalDate date) {
    Problems consistency = r.consistency;
    if (r.idsComplete) {
      if (applicant.isPresent() && !r.memberIds.isEmpty() && !r.memberIds.contains(applicant.get())) {
        consistency.add("applicant", "household.applicant.unknown",
            ValidationTexts.text("problem.household.applicant.unknown", applicant.get(), List.copyOf(r.memberIds)));
      }
      for (Reference ref : r.references) {
        if (!r.memberIds.contains(ref.memberId())) {
          // a supporter outside the household is given without member: said with the problem
          String key = ref.path().contains(".supporters[") ? "problem.household.supporter.unknown" : "problem.household.member.unknown";
          consistency.add(ref.path(), "household.member.unknown", ValidationTexts.text(key, ref.memberId(), List.copyOf(r.memberIds)));
        }
      }
    }
    // a value that could not be read stands in by a placeholder, so that the other checks still run
    householdId.ifPresentOrElse(id -> { }, () -> b.id("?"));
    region.ifPresentOrElse(x -> { }, () -> b.region(RegionCode.NATIONAL));
    applicant.ifPresentOrElse(x -> { }, () -> b.applicantId(""));
    Household household = null;
    try {
      household = b.build();
    } catch (ValidationException e) {
      List<Problem> model = new ArrayList<>();
      for (Problem p : e.problems()) {
        boolean said = READ_CHECKS.contains(p.code()); // checked above, against every member id of the file
        boolean unknowable = (p.code().equals("household.applicant.relationship") && applicant.isEmpty())
            || (p.code().equals("household.members.empty") && membersGiven);
        if (!said && !unknowable) {
          model.add(p);
        }
      }
      for (Problem p : filePaths(model, r.origins)) {
        consistency.add(p);
      }
    } catch (IllegalStateException e) {
      if (r.problems.isEmpty()) {
        throw new ValidationException(SUBJECT, List.of(Problem.of("", "household.incomplete", IoTexts.text("household.incomplete",
            String.valueOf(e.getMessage()), notSet(e)))));
      }
    }
    Problems dated = new Problems();
    if (date != null) {
      for (Problem p : filePaths(Household.problemsOn(date, r.members, r.incomes, r.expenditures, r.events, r.benefits), r.origins)) {
        dated.add(p);
      }
      for (java.util.function.BiConsumer<java.time.LocalDate, Problems> c : r.datedLeftOut) {
        c.accept(date, dated);
      }
    }
    if (r.problems.isEmpty() && consistency.isEmpty() && dated.isEmpty()) {
      return household;
    }
    List<Problem> all = new ArrayList<>(r.problems.toList());
    all.addAll(consistency.toList());
    all.addAll(dated.toList());
    String id = householdId.orElse("?");
    org.jiuzhu.core.text.Text subject = !r.problems.isEmpty() ? SUBJECT
        : !consistency.isEmpty() ? ValidationTexts.subject("household.id", id) : ValidationTexts.subject("household.on", id, date);
    throw new ValidationException(subject, all);
  }

  /** The problems of the model that the reader checks itself, against every member id of the file. */
  private static final Set<String> READ_CHECKS = Set.of("household.member.unknown", "household.member.duplicateId",
      "household.applicant.unknown");

  /** Each month of an entry left out that is after {@code date}'s month. */
  private static void monthsAfter(Problems p, Node n, boolean range, List<YearMonth> months, java.time.LocalDate date,
      java.util.function.Function<YearMonth, org.jiuzhu.core.text.Text> text, String code) {
    YearMonth month = YearMonth.from(date);
    for (YearMonth m : months) {
      if (m.isAfter(month)) {
        p.add(n.path + (range ? "@" + m : "") + ".month", code, text.apply(m));
      }
    }
  }

  /** The text of a field that the reader has already checked, if it was good (read again without reporting). */
  private static Optional<String> readable(Node n, String field) {
    JsonNode v = n.json.get(field);
    return v != null && v.isTextual() && !v.textValue().isBlank() && v.textValue().equals(v.textValue().strip())
        ? Optional.of(v.textValue()) : Optional.empty();
  }

  private static Optional<java.time.LocalDate> readableDate(Node n, String field) {
    try {
      return readable(n, field).map(java.time.LocalDate::parse);
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
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

  /**
   * Builds a part; its own problems are recorded under the part's path, with the names the file
   * uses, instead of stopping the read. A part a field of which is already wrong is left out, but
   * the part's own checks still run when the rest of it can be built (every problem at once): only
   * those on a field not already said are added.
   */
  private static <T> Optional<T> build(Node n, Supplier<T> builder) {
    List<Problem> under = problemsUnder(n);
    try {
      T built = builder.get();
      return under.isEmpty() ? Optional.of(built) : Optional.empty();
    } catch (ValidationException e) {
      Set<String> said = new java.util.HashSet<>();
      under.forEach(p -> said.add(p.path()));
      for (Problem p : e.problems()) {
        Problem at = p.at(fileName(n.path.isEmpty() ? p.path() : p.path().isEmpty() ? n.path : n.path + "." + p.path()));
        if (!said.contains(at.path())) {
          n.problems.add(at);
        }
      }
      return Optional.empty();
    } catch (IllegalStateException e) {
      if (under.isEmpty()) { // else a field left out for its bad value is what is missing: already said
        n.problems.add(n.path, "field.missing", IoTexts.text("field.required", String.valueOf(e.getMessage()), notSet(e)));
      }
      return Optional.empty();
    }
  }

  /** The names of the model's fields whose field in the file is named otherwise. */
  private static final java.util.Map<String, String> FILE_NAMES = java.util.Map.of(
      "consecutiveRefusedJobOffers", "refusedJobOffers", "memberId", "member", "ownerMemberId", "owner",
      "applicantId", "applicant");

  private static final java.util.regex.Pattern SEGMENT = java.util.regex.Pattern.compile("(?<=^|\\.)(\\w+)(?=$|\\.|\\[|@)");

  /** A model's path ({@code members[0].consecutiveRefusedJobOffers}) with the file's names ({@code members[0].refusedJobOffers}). */
  static String fileName(String path) {
    java.util.regex.Matcher m = SEGMENT.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(FILE_NAMES.getOrDefault(m.group(1), m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static List<Problem> problemsUnder(Node n) {
    List<Problem> out = new ArrayList<>();
    for (Problem p : n.problems.toList()) {
      if (p.path().equals(n.path) || p.path().startsWith(n.path + ".") || p.path().startsWith(n.path + "[")) {
        out.add(p);
      }
    }
    return out;
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

  private static void incomes(Node n, Reading r, boolean range) {
    n.onlyFields(Set.of("member", "category", "month", "months", "gross", "deductions", "tags", "description"));
    List<IncomeTag> tags = new ArrayList<>();
    for (String t : n.strings("tags")) {
      try {
        tags.add(IncomeTag.valueOf(t.toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        n.add("tags", "field.enum", IoTexts.text("field.enum", t, Node.typeName(IncomeTag.class), List.of(IncomeTag.values())));
      }
    }
    Optional<String> member = n.text("member", true);
    r.reference(n, "member", member);
    Optional<IncomeCategory> category = n.enumValue("category", IncomeCategory.class, true);
    Optional<org.jiuzhu.core.money.Money> gross = n.money("gross", true);
    Optional<org.jiuzhu.core.money.Money> deductions = n.money("deductions", false);
    Optional<String> description = n.freeText("description", false);
    List<YearMonth> months = months(n);
    for (YearMonth month : months) {
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
        // the entry's problem is said once; its months are still checked against the date
        member.ifPresent(id -> r.datedLeftOut.add((d, p) -> monthsAfter(p, n, range, months, d, m -> ValidationTexts.text(
            "problem.household.income.afterDate", id, m, YearMonth.from(d)), "household.income.afterDate")));
        break;
      }
      r.b.addIncomes(item.get());
      r.incomes.add(item.get());
      r.origin("incomes", n.path + (range ? "@" + month : ""));
    }
  }

  private static Optional<Member> member(Node n, Reading r) {
    n.onlyFields(Set.of("id", "citizenId", "name", "relationship", "birthDate", "sex", "hukouType", "hukouRegion",
        "disability", "selfCare", "illnesses", "workStatus", "workCapacity", "schooling", "pensionScheme", "medicalScheme",
        "absence", "supporters", "orphan", "refusedJobOffers", "carePlacement"));
    Member.Builder x = new Member.Builder();
    Optional<String> id = n.text("id", true);
    id.ifPresentOrElse(x::id, () -> r.idsComplete = false);
    if (id.isPresent() && !r.memberIds.add(id.get())) {
      r.consistency.add(n.path + ".id", "household.member.duplicateId", ValidationTexts.text("problem.household.member.duplicateId", id.get()));
    }
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
    n.text("hukouRegion", true).ifPresent(t -> regionCode(n, "hukouRegion", t).ifPresent(x::hukouRegion));
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
    n.enumValue("pensionScheme", org.jiuzhu.core.household.InsuranceScheme.class, false).ifPresent(x::pensionScheme);
    n.enumValue("medicalScheme", org.jiuzhu.core.household.InsuranceScheme.class, false).ifPresent(x::medicalScheme);
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
      Optional<String> supported = s.text("member", false);
      supported.ifPresent(sb::memberId);
      r.reference(s, "member", supported);
      s.enumValue("relationship", Relationship.class, false).ifPresent(sb::relationship);
      s.date("birthDate", true).ifPresent(sb::birthDate);
      for (String c : s.strings("conditions")) {
        try {
          sb.addConditions(SupporterCondition.valueOf(c.toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
          s.add("conditions", "field.enum", IoTexts.text("field.enum", c, Node.typeName(SupporterCondition.class),
              List.of(SupporterCondition.values())));
        }
      }
      s.money("annualIncome", false).ifPresent(sb::annualIncome);
      s.bool("assetsWithinLowIncomeRules").ifPresent(sb::assetsWithinLowIncomeRules);
      build(s, sb::build).ifPresent(x::addSupporters);
    }
    n.bool("orphan").ifPresent(x::orphan);
    // checked here, beside the member's other fields: the model's check runs only on a member that could be built
    n.integer("refusedJobOffers", false).ifPresent(times -> {
      if (times < 0) {
        n.add("refusedJobOffers", "member.refusals.negative",
            ValidationTexts.text("problem.member.refusals.negative", String.valueOf(times)));
      } else {
        x.consecutiveRefusedJobOffers(times);
      }
    });
    n.enumValue("carePlacement", CarePlacement.class, false).ifPresent(x::carePlacement);
    return build(n, x::build);
  }

  /** What a household is called in a validation message. */
  private static final org.jiuzhu.core.text.Text SUBJECT = ValidationTexts.subject("household");

  /**
   * The attributes an Immutables builder says are not set ({@code "Cannot build X, some of
   * required attributes are not set [a, b]"} gives {@code a, b}): field names, the same in both
   * languages.
   */
  static org.jiuzhu.core.text.Listing notSet(IllegalStateException e) {
    String m = String.valueOf(e.getMessage());
    int open = m.lastIndexOf('[');
    int close = m.lastIndexOf(']');
    // the builder's own list (a, b, c) as a list of fields, joined in the language of the message
    return org.jiuzhu.core.text.Listing.of(open >= 0 && close > open
        ? java.util.Arrays.stream(m.substring(open + 1, close).split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList()
        : List.of());
  }
}
