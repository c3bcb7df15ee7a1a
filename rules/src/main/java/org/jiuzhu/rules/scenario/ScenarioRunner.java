package org.jiuzhu.rules.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.PolicyException;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.validation.ValidationException;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.cn.CnTexts;
import org.jiuzhu.rules.policyfile.PolicyFile;
import org.jiuzhu.rules.policyfile.PolicyFileException;
import org.jiuzhu.rules.policyfile.PolicyFileLoader;
import org.jiuzhu.rules.policyfile.PolicyFileModule;
import org.jiuzhu.rules.io.HouseholdReader;
import org.jiuzhu.rules.io.StrictInput;

/**
 * Runs scenario files ({@code jiuzhu-scenarios/1}, see {@code docs/scenarios.md}): each case
 * gives a region, a date, a household and the expected determinations, with exact amounts. A
 * case passes when every expectation holds, in explain mode and in fast mode alike.
 *
 * <p>Use it to check your own region packs: {@code ./jiuzhu test FILE…}.
 *
 * @since 0.1.0
 */
public final class ScenarioRunner {
  /** The format line of a scenario file. */
  public static final String FORMAT = "jiuzhu-scenarios/1";

  private static final ObjectMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final Set<String> CASE_FIELDS = Set.of("name", "region", "date", "household", "expect", "note", "policy");
  private static final Set<String> EXPECT_FIELDS =
      Set.of("outcome", "monthly", "oneOff", "shares", "level", "details", "validFrom", "validUntil", "nextReview");

  private final CnRulebook rulebook;

  /** A runner that evaluates cases with {@code rulebook}. */
  public ScenarioRunner(CnRulebook rulebook) {
    this.rulebook = rulebook;
  }

  /** The result of one case. */
  public static final class CaseResult {
    private final String file;
    private final String name;
    private final ImmutableList<String> mismatches;
    private final ImmutableList<String> mismatchesZh;

    CaseResult(String file, String name, List<String> mismatches) {
      this(file, name, mismatches, mismatches);
    }

    CaseResult(String file, String name, List<String> mismatches, List<String> mismatchesZh) {
      this.file = file;
      this.name = name;
      this.mismatches = ImmutableList.copyOf(mismatches);
      this.mismatchesZh = ImmutableList.copyOf(mismatchesZh);
    }

    /** The file the case came from. */
    public String file() {
      return file;
    }

    /** The case's name. */
    public String name() {
      return name;
    }

    /** True when every expectation held. */
    public boolean passed() {
      return mismatches.isEmpty();
    }

    /** What differed from the expectation, or why the case could not run (English). */
    public ImmutableList<String> mismatches() {
      return mismatches;
    }

    /**
     * What differed, in {@code lang}. Differences from the expectation (outcome, amounts, shares,
     * level, details, dates) read in Chinese in {@link Lang#ZH}; problems of the file itself (its
     * format, fields, household, policy) are given as the readers report them, in English.
     */
    public ImmutableList<String> mismatches(Lang lang) {
      return lang == Lang.ZH ? mismatchesZh : mismatches;
    }

    @Override
    public String toString() {
      return (passed() ? "PASS " : "FAIL ") + file + ": " + name + (passed() ? "" : "\n    " + String.join("\n    ", mismatches));
    }
  }

  /** Runs every case of a file. A file that cannot be read gives one failed result naming the problem. */
  public List<CaseResult> run(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return run(file.toString(), in);
    } catch (IOException e) {
      return List.of(new CaseResult(file.toString(), "(file)", List.of("cannot read: " + e.getMessage())));
    }
  }

  /** Runs every case read from {@code in}. */
  public List<CaseResult> run(String name, InputStream in) throws IOException {
    JsonNode root;
    try {
      root = StrictInput.read(name, in, true, StrictInput.MAX_SCENARIO_FILE_BYTES); // UTF-8, one document, no key twice, 16 MiB
    } catch (ValidationException e) {
      List<String> problems = new ArrayList<>();
      // each with its place in the file where the reader knows it (a key given twice: its line and column)
      e.problems().forEach(p -> problems.add(p.toString(org.jiuzhu.core.text.Lang.EN)));
      return List.of(new CaseResult(name, "(file)", problems));
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText()) || !root.path("cases").isArray()) {
      return List.of(new CaseResult(name, "(file)", List.of("expected 'format: " + FORMAT + "' and a list of 'cases'")));
    }
    List<CaseResult> results = new ArrayList<>();
    int i = 0;
    for (JsonNode c : root.get("cases")) {
      results.add(runCase(name, i++, c));
    }
    return results;
  }

  /**
   * The rulebook with a case's own {@code policy} laid over the runner's: a policy file's {@code
   * regions} and {@code parameters}, given inline, replacing series key by key and region by region.
   */
  private CnRulebook withPolicy(String file, String name, JsonNode policy) throws IOException {
    if (!policy.isObject()) {
      throw new PolicyException("'policy' must be a map with 'parameters' (and optionally 'regions'), as in a policy file");
    }
    com.fasterxml.jackson.databind.node.ObjectNode doc = YAML.createObjectNode();
    doc.put("format", PolicyFileLoader.FORMAT);
    doc.put("module", "scenario");
    doc.setAll((com.fasterxml.jackson.databind.node.ObjectNode) policy);
    byte[] yaml = YAML.writeValueAsBytes(doc);
    PolicyFile parsed = new PolicyFileLoader(CnParameters.catalog())
        .load(file + " (" + name + ", policy)", new java.io.ByteArrayInputStream(yaml));
    PolicyFileModule module = PolicyFileModule.of("scenario", List.of(parsed));
    return CnRulebook.create(rulebook.policy().toBuilder().override(module).build());
  }

  private CaseResult runCase(String file, int index, JsonNode c) {
    String name = c.path("name").asText("case " + (index + 1));
    List<String> problems = new ArrayList<>();
    for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!CASE_FIELDS.contains(f)) {
        problems.add("unknown field '" + f + "'; expected one of " + new TreeSet<>(CASE_FIELDS));
      }
    }
    LocalDate date = null;
    try {
      date = LocalDate.parse(c.path("date").asText());
    } catch (DateTimeParseException e) {
      problems.add("'date' is '" + c.path("date").asText() + "'; expected YYYY-MM-DD");
    }
    Household household = null;
    try {
      household = HouseholdReader.fromTree(c.get("household"));
      if (c.has("region") && !RegionCode.parse(c.get("region").asText()).equals(household.region())) {
        problems.add("'region' " + c.get("region").asText() + " differs from the household's region " + household.region());
      }
    } catch (ValidationException e) {
      e.problems().forEach(p -> problems.add("household: " + p));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    if (!c.path("expect").isObject() || c.path("expect").size() == 0) {
      problems.add("'expect' must map programme ids to expectations");
    }
    if (!problems.isEmpty()) {
      return new CaseResult(file, name, problems);
    }
    CnRulebook book = rulebook;
    if (c.has("policy")) {
      try {
        book = withPolicy(file, name, c.get("policy"));
      } catch (PolicyFileException e) {
        return new CaseResult(file, name, e.problems().stream().map(p -> "policy: " + p).toList());
      } catch (PolicyException | IOException e) {
        return new CaseResult(file, name, List.of("policy: " + e.getMessage()));
      }
    }
    Screening explained;
    Screening fast;
    try {
      explained = book.evaluate(household, date);
      fast = book.evaluateFast(household, date);
    } catch (PolicyException e) {
      return new CaseResult(file, name, List.of("cannot evaluate: " + e.getMessage()));
    }
    List<String> zh = new ArrayList<>();
    if (!explained.equalsIgnoringExplanation(fast)) {
      problems.add("fast mode differs from explain mode: " + fast + " vs " + explained);
      zh.add(CnTexts.zh("scenario.fast-differs", fast, explained));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = c.get("expect").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Determination d = explained.get(e.getKey()).orElse(null);
      if (d == null) {
        problems.add("unknown programme '" + e.getKey() + "'; expected one of " + CnRulebook.PROGRAMMES);
        zh.add(CnTexts.zh("scenario.unknown-programme", e.getKey(), String.join("、", CnRulebook.PROGRAMMES)));
        continue;
      }
      compare(e.getKey(), e.getValue(), d, problems, zh);
    }
    return new CaseResult(file, name, problems, zh);
  }

  private static void compare(String id, JsonNode x, Determination d, List<String> problems, List<String> zh) {
    for (Iterator<String> it = x.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!EXPECT_FIELDS.contains(f)) {
        problems.add(id + ": unknown expectation '" + f + "'; expected one of " + new TreeSet<>(EXPECT_FIELDS));
        zh.add(CnTexts.zh("scenario.unknown-expectation", id, f, String.join("、", new TreeSet<>(EXPECT_FIELDS))));
      }
    }
    if (!x.has("outcome")) {
      problems.add(id + ": 'outcome' is required");
      zh.add(CnTexts.zh("scenario.outcome-required", id));
    } else if (!x.get("outcome").asText().equals(d.outcome().name())) {
      // outcomes in words of each language (an expectation that is no outcome is quoted as written)
      problems.add(CnTexts.en("scenario.outcome", id, outcomeText(Lang.EN, d.outcome().name()),
          outcomeText(Lang.EN, x.get("outcome").asText()), d.explanationEn()));
      zh.add(CnTexts.zh("scenario.outcome", id, outcomeText(Lang.ZH, d.outcome().name()), outcomeText(Lang.ZH, x.get("outcome").asText()),
          d.explanationZh()));
    }
    money(id, "monthly", x, d.monthlyAmount(), problems, zh);
    money(id, "oneOff", x, d.oneOffAmount(), problems, zh);
    if (x.has("shares")) {
      Map<String, Money> actual = d.memberShares();
      Set<String> ids = new TreeSet<>(actual.keySet());
      x.get("shares").fieldNames().forEachRemaining(ids::add);
      for (String m : ids) {
        Money a = actual.get(m);
        String expected = x.get("shares").has(m) ? Money.parse(x.get("shares").get(m).asText()).toString() : null;
        if (a == null || !a.toString().equals(expected)) {
          problems.add(CnTexts.en("scenario.share", id, m, a == null ? CnTexts.en("scenario.none") : a.toString(),
              expected == null ? CnTexts.en("scenario.none") : expected));
          zh.add(CnTexts.zh("scenario.share", id, m, a == null ? CnTexts.zh("scenario.none") : CnTexts.zh("scenario.yuan", a.toString()),
              expected == null ? CnTexts.zh("scenario.none") : CnTexts.zh("scenario.yuan", expected)));
        }
      }
    }
    if (x.has("level") && !x.get("level").asText().equals(d.level().map(Enum::name).orElse("none"))) {
      problems.add(CnTexts.en("scenario.level", id, levelText(Lang.EN, d.level().map(Enum::name).orElse("none")),
          levelText(Lang.EN, x.get("level").asText())));
      zh.add(CnTexts.zh("scenario.level", id, levelText(Lang.ZH, d.level().map(Enum::name).orElse("none")),
          levelText(Lang.ZH, x.get("level").asText())));
    }
    if (x.has("details")) {
      x.get("details").fields().forEachRemaining(e -> {
        String a = d.details().get(e.getKey());
        if (!e.getValue().asText().equals(a)) {
          problems.add(id + ": detail " + e.getKey() + " is " + a + ", expected " + e.getValue().asText());
          zh.add(CnTexts.zh("scenario.detail", id, e.getKey(), String.valueOf(a), e.getValue().asText()));
        }
      });
    }
    date(id, "validFrom", x, d.validFrom().orElse(null), problems, zh);
    date(id, "validUntil", x, d.validUntil().orElse(null), problems, zh);
    date(id, "nextReview", x, d.nextReview().orElse(null), problems, zh);
  }

  /** A decision level's name in {@code lang} ({@code none}: 无 / none), or the text as written (quoted) when it is no level. */
  private static String levelText(Lang lang, String level) {
    if (level.equals("none")) {
      return CnTexts.get(lang, "scenario.none");
    }
    for (org.jiuzhu.core.eligibility.DecisionLevel l : org.jiuzhu.core.eligibility.DecisionLevel.values()) {
      if (l.name().equals(level)) {
        return CnTexts.get(lang, "level." + l.name());
      }
    }
    return quoted(lang, level);
  }

  private static String quoted(Lang lang, String text) {
    return lang == Lang.ZH ? "“" + text + "”" : "'" + text + "'";
  }

  /** An outcome's name in {@code lang}, or the text as written (quoted) when it is not an outcome. */
  private static String outcomeText(Lang lang, String outcome) {
    for (org.jiuzhu.core.eligibility.Outcome o : org.jiuzhu.core.eligibility.Outcome.values()) {
      if (o.name().equals(outcome)) {
        return CnTexts.get(lang, "outcome." + o.name());
      }
    }
    return quoted(lang, outcome);
  }

  private static void money(String id, String field, JsonNode x, Money actual, List<String> problems, List<String> zh) {
    if (!x.has(field)) {
      return;
    }
    String text = x.get(field).isNumber() ? x.get(field).decimalValue().toPlainString() : x.get(field).asText();
    Money expected;
    try {
      expected = Money.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(id + ": expected " + field + " " + e.getMessage());
      zh.add(CnTexts.zh("scenario.bad-amount", id, field, text));
      return;
    }
    if (!expected.equals(actual)) {
      problems.add(id + ": " + field + " " + actual + ", expected " + expected);
      zh.add(CnTexts.zh("scenario.amount", id, CnTexts.zh("scenario.field." + field), actual, expected, field));
    }
  }

  private static void date(String id, String field, JsonNode x, LocalDate actual, List<String> problems, List<String> zh) {
    if (x.has(field) && !x.get(field).asText().equals(String.valueOf(actual))) {
      problems.add(id + ": " + field + " " + (actual == null ? CnTexts.en("scenario.none") : actual) + ", expected " + x.get(field).asText());
      zh.add(CnTexts.zh("scenario.date", id, CnTexts.zh("scenario.field." + field), actual == null ? CnTexts.zh("scenario.none")
          : org.jiuzhu.core.text.Messages.date(Lang.ZH, actual), x.get(field).asText(), field));
    }
  }
}
