package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.rules.cn.CnTexts;
import org.junit.jupiter.api.Test;

/**
 * One language per output: every example household's screen and plan text output, in zh and en.
 * Chinese output has no Latin letters outside an allow-list of units and ids; English output
 * keeps Chinese only in brackets; both bundles have the same keys (no untranslated key).
 */
final class LanguageLeakTest {
  static final Path HOUSEHOLDS = Path.of("..", "examples", "households");

  /** Latin words allowed in Chinese text: ids (members, items, households, hashes, versions) and units. */
  private static final Pattern ZH_ALLOWED = Pattern.compile(
      "m\\d+|i\\d+|[0-9a-f]{64}|jiuzhu-cn-rulebook/[0-9.]+|kWh|[0-9]+(?:\\.[0-9]+)?%?");

  /** Ids a microdata problem may show in Chinese: the schema's columns, its enum values, formats, Parquet's types, docs. */
  static final List<String> MICRODATA_IDS = microdataIds();

  private static List<String> microdataIds() {
    List<String> ids = new ArrayList<>(org.jiuzhu.simulation.Microdata.COLUMNS);
    ids.addAll(List.of("APPLICANT", "YYYY-MM-DD", "GB/T", "CSV", "Parquet", "docs/microdata.md", "true", "false", "cn.dibao@2024-03-01",
        "cn.tekun:m1@2022-01-01", "cn.tekun", "cn.dibao", "m1@2022-01-01", "p", "pa.decimal128", "BYTE_ARRAY", "UTF8", "INT32", "INT64", "DATE", "DECIMAL", "DOUBLE",
        "BOOLEAN", "FIXED_LEN_BYTE_ARRAY", "DECIMAL(p,2", "pandas", "decimal.Decimal", "pa.decimal128(18", "float64"));
    return ids;
  }

  /** What a targets file's problems may show as they are: its own field names, values and formats (docs/targets.md). */
  static final List<String> TARGETS_IDS = List.of("format", "targets", "id", "region", "places", "measure", "hukou", "ages",
      "programmes", "value", "period", "status", "source", "url", "zh", "en", "national", "verified", "official-proxy", "illustrative",
      "URBAN", "RURAL", "cn.dibao", "620825.dibao.rural", "GB/T", "YYYY-MM-DD", "YAML", "docs/targets.md");

  /** Latin runs in {@code zh} text that are not allowed, with some context. */
  static List<String> zhLeaks(String text, List<String> ids) {
    List<String> leaks = new ArrayList<>();
    Matcher m = Pattern.compile("[A-Za-z0-9_./-]*[A-Za-z][A-Za-z0-9_./-]*").matcher(text);
    while (m.find()) {
      String w = m.group().replaceAll("[./-]+$", "").replaceAll("^[./-]+", "");
      if (ZH_ALLOWED.matcher(w).matches() || ids.contains(w)) {
        continue;
      }
      int from = Math.max(0, m.start() - 20);
      int to = Math.min(text.length(), m.end() + 20);
      leaks.add(w + " in «" + text.substring(from, to).replace('\n', ' ') + "»");
    }
    return leaks;
  }

  /** Chinese in {@code en} text outside brackets. */
  static List<String> enLeaks(String text) {
    List<String> leaks = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（' || c == '[') {
        depth++;
      } else if ((c == ')' || c == '）' || c == ']') && depth > 0) {
        depth--;
      } else if (c == '\n') {
        depth = 0;
      } else if (depth == 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        int from = Math.max(0, i - 30);
        int to = Math.min(text.length(), i + 20);
        leaks.add("«" + text.substring(from, to).replace('\n', ' ') + "»");
        while (i + 1 < text.length() && Character.UnicodeScript.of(text.charAt(i + 1)) == Character.UnicodeScript.HAN) {
          i++;
        }
      }
    }
    return leaks;
  }

  static List<Path> households() throws IOException {
    try (Stream<Path> s = Files.list(HOUSEHOLDS)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static List<String> ids(Path household) throws IOException {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(household));
    while (m.find()) {
      ids.addAll(List.of(m.group(1).split("[-_]")));
      ids.add(m.group(1));
    }
    return ids;
  }

  private static void check(List<String> leaks, String what, String lang, String out, List<String> ids) {
    List<String> found = lang.equals("zh") ? zhLeaks(out, ids) : enLeaks(out);
    for (String f : found) {
      leaks.add(what + " [" + lang + "]: " + f);
    }
  }

  @Test
  void everyExampleScreenedAndPlannedInEachLanguageHasNoLeak() throws IOException {
    List<String> leaks = new ArrayList<>();
    int runs = 0;
    for (Path h : households()) {
      List<String> ids = ids(h);
      for (String lang : new String[] {"zh", "en"}) {
        CliRun screen = CliRun.of("screen", "--date", "2025-10-01", "--lang", lang, h.toString());
        assertThat(screen.exit()).as(screen.err()).isZero();
        check(leaks, "screen " + h.getFileName(), lang, screen.out(), ids);
        CliRun plan = CliRun.of("plan", "--date", "2025-10-01", "--lang", lang, h.toString());
        assertThat(plan.exit()).as(plan.err()).isZero();
        check(leaks, "plan " + h.getFileName(), lang, plan.out(), ids);
        CliRun sweep = CliRun.of("sweep", "--lang", lang, "--step", "50", h.toString());
        assertThat(sweep.exit()).as(sweep.err()).isZero();
        check(leaks, "sweep " + h.getFileName(), lang, sweep.out(), ids);
        runs += 3;
      }
    }
    assertThat(runs).isEqualTo(households().size() * 6);
    assertThat(leaks).as(String.join("\n", leaks)).isEmpty();
  }

  /** Ids a simulate run may print in Chinese text: region codes and the reform file given. */
  private static final List<String> SIM_IDS = List.of("620825", "320509", "examples/reforms/dibao-standard-plus-10.yaml",
      "../examples/reforms/dibao-standard-plus-10.yaml");

  /** calibrate's printout (fitted values, simulated vs target) in each language; the parameter keys are ids. */
  @Test
  void calibrateTextInEachLanguageHasNoLeak(@org.junit.jupiter.api.io.TempDir Path dir) {
    List<String> leaks = new ArrayList<>();
    for (String lang : new String[] {"zh", "en"}) {
      Path out = dir.resolve("calibrated-" + lang + ".yaml");
      CliRun r = CliRun.of("calibrate", "--region", "620825", "--households", "1000", "--progress", "never", "--lang", lang,
          "--output", out.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      String all = r.out() + "\n" + r.err();
      List<String> ids = new ArrayList<>(List.of("620825", out.toString().replaceAll("^/+", ""), "cn-targets.yaml"));
      Matcher keys = Pattern.compile("population\\.[a-z.-]+[a-z]").matcher(all);
      while (keys.find()) {
        ids.add(keys.group());
      }
      check(leaks, "calibrate", lang, all, ids);
      assertThat(r.out()).contains(lang.equals("zh") ? "模拟值与目标值" : "simulated vs target").doesNotContain("{0}");
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void simulateTextInEachLanguageHasNoLeak() {
    List<String> leaks = new ArrayList<>();
    for (String lang : new String[] {"zh", "en"}) {
      // two regions (so each region and hukou gets its own block), targets, gaps, review, deciles, anchors
      CliRun base = CliRun.of("simulate", "--households", "2000", "--seed", "7", "--lang", lang, "--region", "620825,320509");
      assertThat(base.exit()).as(base.err()).isZero();
      // a reform: the reform columns, winners and losers, the gain distribution
      CliRun reform = CliRun.of("simulate", "--households", "2000", "--seed", "7", "--lang", lang, "--region", "620825",
          "--reform", "../examples/reforms/dibao-standard-plus-10.yaml");
      assertThat(reform.exit()).as(reform.err()).isZero();
      for (CliRun r : List.of(base, reform)) {
        String all = r.out() + "\n" + r.err();
        check(leaks, "simulate", lang, all, SIM_IDS);
        assertThat(r.out()).doesNotContain("{0}").doesNotContain("{1}");
      }
      String out = base.out();
      if (lang.equals("zh")) {
        assertThat(out).contains("模拟值与目标值", "按转移前人均月收入十等分", "标准与全国平均", "基线转移后仍低于低保标准的人口", "620825 城镇");
        assertThat(base.err()).contains("已计算 2,000 户");
        assertThat(reform.out()).contains("改革户数", "受益", "每月得失（元）分布");
      } else {
        assertThat(out).contains("simulated vs target", "deciles of per-capita", "standards against the national averages",
            "after baseline transfers, by the first test failed", "620825 urban");
        assertThat(base.err()).contains("evaluated 2,000 households");
        assertThat(reform.out()).contains("reform hh", "winners", "monthly gain (yuan)");
      }
    }
    assertThat(leaks).as(String.join("\n", leaks)).isEmpty();
  }

  @Test
  void simulateReviewReasonsAndGapsAreWords() {
    for (boolean zh : new boolean[] {true, false}) {
      for (String code : org.jiuzhu.simulation.Gaps.CODES) {
        String label = org.jiuzhu.simulation.Gaps.label(code, zh);
        assertThat(zh ? zhLeaks(label, List.of()) : enLeaks(label)).as(code).isEmpty();
        if (zh) {
          assertThat(label).isNotEqualTo(code);
        }
      }
      for (String code : List.of("tekun.missing-facts", "temporary.above-cap", "temporary.loss-unassessed", "unspecified")) {
        String label = org.jiuzhu.simulation.Summary.reviewLabel(code, zh);
        assertThat(zh ? zhLeaks(label, List.of()) : enLeaks(label)).as(code).isEmpty();
        assertThat(label).doesNotContain(code);
      }
      // a code the bundle does not know is never shown in Chinese, and kept in English
      assertThat(org.jiuzhu.simulation.Summary.reviewLabel("x.new-situation", true)).isEqualTo("其他原因");
      assertThat(org.jiuzhu.simulation.Summary.reviewLabel("x.new-situation", false)).endsWith("x.new-situation");
    }
    assertThat(org.jiuzhu.simulation.Summary.cellTitle("620825/RURAL", true)).isEqualTo("620825 农村");
    assertThat(org.jiuzhu.simulation.Summary.cellTitle("620825/URBAN", false)).isEqualTo("620825 urban");
  }

  /** Latin runs of a text, as {@link #zhLeaks} cuts them (to allow ids such as addresses). */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("[A-Za-z0-9_./-]*[A-Za-z][A-Za-z0-9_./-]*").matcher(text);
    while (m.find()) {
      out.add(m.group().replaceAll("[./-]+$", "").replaceAll("^[./-]+", ""));
    }
    return out;
  }

  @Test
  void regionsAndEverySnapshotInEachLanguageHaveNoLeak() {
    org.jiuzhu.core.policy.Policy policy = org.jiuzhu.core.policy.Policy.installed();
    java.time.LocalDate date = java.time.LocalDate.parse("2025-10-01");
    // ids a Chinese text may show: parameter keys (a policy file's names), module ids, source addresses, fingerprints
    List<String> ids = new ArrayList<>(policy.moduleIds());
    List<String> codes = new ArrayList<>(List.of("national"));
    policy.regions().keySet().forEach(c -> codes.add(c.toString()));
    for (String code : codes) {
      org.jiuzhu.core.policy.PolicySnapshot snap = policy.snapshot(org.jiuzhu.core.region.RegionCode.parse(code), date);
      ids.add(snap.fingerprint().substring(0, 16));
      for (org.jiuzhu.core.policy.ParameterValue v : snap.values()) {
        ids.add(v.key().name());
        snap.provenanceSummary().sources().keySet().forEach(src -> ids.addAll(words(src.address())));
      }
    }
    policy.regions().values().forEach(r -> ProvenanceSummaryIds.addAll(ids, policy, r.code()));
    ids.add("national"); // the code --region takes
    // policy data shown as it is written in the policy files (legal references, titles of sources, values):
    // not the command's text, so taken out before the check (they are data to translate in the policy files)
    // legal references are rendered in each language (core References: English notes in Chinese in zh text,
    // English titles with the Chinese bracketed in en text), so they are checked like any other text
    List<String> data = new ArrayList<>();
    List<String> references = new ArrayList<>();
    for (String code : codes) {
      org.jiuzhu.core.policy.PolicySnapshot snap = policy.snapshot(org.jiuzhu.core.region.RegionCode.parse(code), date);
      for (org.jiuzhu.core.policy.ParameterValue v : snap.values()) {
        references.add(v.legalReference());
      }
      snap.provenanceSummary().sources().keySet().forEach(src -> {
        data.add(src.title());
        data.add(src.issuer());
        src.documentNumber().ifPresent(data::add);
      });
    }
    policy.regions().values().forEach(r -> policy.ownValues(r.code()).values().forEach(vs -> vs.forEach(v -> v.citation().ifPresent(c -> {
      data.add(c.title());
      data.add(c.issuer());
      c.documentNumber().ifPresent(data::add);
    }))));
    List<String> dataEn = new ArrayList<>(data);
    assertThat(references).isNotEmpty();
    data.sort((a, b) -> Integer.compare(b.length(), a.length()));
    dataEn.sort((a, b) -> Integer.compare(b.length(), a.length()));
    List<String> leaks = new ArrayList<>();
    for (String lang : new String[] {"zh", "en"}) {
      List<String> shown = lang.equals("zh") ? data : dataEn;
      CliRun regions = CliRun.of("regions", "--lang", lang);
      assertThat(regions.exit()).as(regions.err()).isZero();
      check(leaks, "regions", lang, withoutData(regions.out(), shown).replaceAll("docs/[a-z-]+\\.md", " "), ids);
      assertThat(regions.out()).contains(lang.equals("zh") ? "已核实" : "verified");
      for (String code : codes) {
        CliRun snap = CliRun.of("snapshot", "--lang", lang, "--region", code, "--date", "2025-10-01");
        assertThat(snap.exit()).as(snap.err()).isZero();
        check(leaks, "snapshot " + code, lang, withoutData(snap.out(), shown).replaceAll("docs/[a-z-]+\\.md", " "), ids);
        assertThat(snap.out()).startsWith(lang.equals("zh") ? "政策快照：" : "Policy snapshot: ");
      }
    }
    assertThat(leaks).as(String.join("\n", leaks)).isEmpty();
  }

  private static String withoutData(String text, List<String> data) {
    String t = text;
    for (String d : data) {
      if (d.length() >= 4) {
        t = t.replace(d, "");
      }
    }
    return t;
  }

  /** Addresses of the sources of a region's own values. */
  private static final class ProvenanceSummaryIds {
    static void addAll(List<String> ids, org.jiuzhu.core.policy.Policy policy, org.jiuzhu.core.region.RegionCode code) {
      policy.ownValues(code).values().forEach(vs -> vs.forEach(v -> v.citation().ifPresent(c -> ids.addAll(words(c.address())))));
    }
  }

  @Test
  void decideCheckPolicyTestAndGenerateFeedInEachLanguageHaveNoLeak(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path fire = dir.resolve("fire.yaml");
    Files.writeString(fire, "id: fire\nregion: \"620825\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-01-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: FARMING}\n"
        + "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2024-10, to: 2025-09}, gross: \"2000\"}]\n"
        + "events: [{date: 2025-09-15, type: FIRE, amount: \"6000\"}]\n");
    // ids and machine lines a caseworker copies as they are: the case id, the head line, file names
    List<String> ids = List.of("fire", "jiuzhu-case-head", "yaml", "case", "head", "jsonl", "gansu", "dibao", "feed", "zh-feed",
        "households.jsonl", "households");
    List<String> leaks = new ArrayList<>();
    for (String lang : List.of("zh", "en")) {
      Path record = dir.resolve(lang + ".case");
      Path head = dir.resolve(lang + ".head");
      for (String level : List.of("TOWNSHIP", "COUNTY")) {
        CliRun r = CliRun.of("decide", "record", "--household", fire.toString(), "--date", "2025-10-01", "--programme",
            "cn.temporary-assistance", "--level", level, "--decider", "committee-3", "--outcome", "ELIGIBLE", "--amount", "6000",
            "--reason", "火灾", "--record", record.toString(), "--lang", lang);
        check(leaks, "decide record " + level, lang, machineFree(r.out() + r.err(), dir), ids);
      }
      CliRun h = CliRun.of("decide", "head", "--record", record.toString(), "--output", head.toString(), "--lang", lang);
      check(leaks, "decide head", lang, machineFree(h.out() + h.err(), dir), ids);
      CliRun v = CliRun.of("decide", "verify", "--record", record.toString(), "--head", head.toString(), "--lang", lang);
      assertThat(v.exit()).as(v.err()).isZero();
      check(leaks, "decide verify", lang, machineFree(v.out() + v.err(), dir), ids);
      CliRun policy = CliRun.of("check-policy", "--lang", lang, "../rules/src/main/resources/org/jiuzhu/rules/cn/regions/gansu.yaml");
      assertThat(policy.exit()).as(policy.err()).isZero();
      check(leaks, "check-policy", lang, machineFree(policy.out() + policy.err(), dir), ids);
      CliRun cases = CliRun.of("test", "--lang", lang, "../rules/src/test/resources/scenarios/dibao.yaml");
      assertThat(cases.exit()).as(cases.err()).isZero();
      // the case names are the scenario file's own words (its author's data), not the tool's
      String caseText = cases.out() + cases.err();
      Matcher names = Pattern.compile("(?m)^\\s*-?\\s*name:\\s*\"?([^\"\\n]+)\"?\\s*$")
          .matcher(Files.readString(Path.of("../rules/src/test/resources/scenarios/dibao.yaml")));
      while (names.find()) {
        caseText = caseText.replace(names.group(1).trim(), " ");
      }
      check(leaks, "test", lang, machineFree(caseText, dir), ids);
      CliRun feed = CliRun.of("generate-feed", "--lang", lang, "--households", "20", "--out", dir.resolve(lang + "-feed").toString());
      check(leaks, "generate-feed", lang, machineFree(feed.out() + feed.err(), dir), ids);
    }
    assertThat(leaks).isEmpty();
  }

  /** The output without the temporary folder's paths and the head's hash (machine text, the same in both languages). */
  private static String machineFree(String out, Path dir) {
    return out.replace(dir.toString(), " ").replaceAll("jiuzhu-case-head/[12]\\t\\S+\\t\\d+(\\t[0-9a-f]{64}){1,2}", " ").replaceAll("[0-9a-f]{64}", " ").replaceAll("\\.\\./[^\\s）)，,]+", " ");
  }

  @Test
  void bothBundlesHaveTheSameKeys() {
    assertThat(CnTexts.MESSAGES.keys(Lang.ZH)).isEqualTo(CnTexts.MESSAGES.keys(Lang.EN));
    assertThat(CliTexts.MESSAGES.keys(Lang.ZH)).isEqualTo(CliTexts.MESSAGES.keys(Lang.EN));
    org.jiuzhu.core.text.Messages sim = org.jiuzhu.simulation.SimTexts.MESSAGES;
    assertThat(sim.keys(Lang.ZH)).isEqualTo(sim.keys(Lang.EN));
    for (String key : sim.keys(Lang.ZH)) {
      // microdata problems name the file's own columns, values and formats: ids, the same in both languages
      assertThat(zhLeaks(sim.get(Lang.ZH, key), key.startsWith("microdata.") ? MICRODATA_IDS
          : key.startsWith("targets.problem.") ? TARGETS_IDS : List.of())).as(key).isEmpty();
      assertThat(enLeaks(sim.get(Lang.EN, key))).as(key).isEmpty();
    }
    for (String key : CliTexts.MESSAGES.keys(Lang.ZH)) {
      if (key.startsWith("simulate.") || key.startsWith("regions.") || key.startsWith("snapshot.") || key.startsWith("test.")) {
        assertThat(zhLeaks(CliTexts.get(Lang.ZH, key), List.of())).as(key).isEmpty();
        assertThat(enLeaks(CliTexts.get(Lang.EN, key))).as(key).isEmpty();
      }
    }
    for (String key : CnTexts.MESSAGES.keys(Lang.ZH)) {
      // the criteria's sentences are String.format templates: their placeholders (%1$s) are not words
      assertThat(zhLeaks(CnTexts.MESSAGES.get(Lang.ZH, key).replaceAll("%\\d+\\$s", "0"), List.of())).as(key).isEmpty();
      assertThat(enLeaks(CnTexts.MESSAGES.get(Lang.EN, key))).as(key).isEmpty();
    }
  }

  @Test
  void theDetectorsFindWhatTheyShould() {
    assertThat(zhLeaks("0 vehicle(s) CAR 低保 dibao", List.of())).hasSize(4);
    assertThat(zhLeaks("成员 m1：每月 570.00 元，10 kWh，参数 jiuzhu-cn-rulebook/0.1.0", List.of())).isEmpty();
    assertThat(enLeaks("the minimum living allowance (低保) for 低保 households")).hasSize(1);
    assertThat(enLeaks("a marginal household (低保边缘家庭); [县级] ok")).isEmpty();
  }

  @Test
  void simulateTablesAlignByDisplayWidthWithThousandsSeparatorsInBothLanguages() {
    for (String lang : new String[] {"zh", "en"}) {
      CliRun r = CliRun.of("simulate", "--households", "2000", "--lang", lang, "--region", "620825");
      assertThat(r.exit()).as(r.err()).isZero();
      List<String> lines = r.out().lines().toList();
      int header = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith(lang.equals("zh") ? "  项目" : "  programme")) {
          header = i;
          break;
        }
      }
      assertThat(header).as(r.out()).isNotNegative();
      List<String> table = new ArrayList<>();
      // the table ends where the notes under it (注：/ Note:) or the poverty lines begin
      for (int i = header; i < lines.size() && !lines.get(i).startsWith("  " + (lang.equals("zh") ? "贫困" : "below"))
          && !lines.get(i).startsWith("  " + (lang.equals("zh") ? "注：" : "Note:")); i++) {
        table.add(lines.get(i));
      }
      assertThat(table.size()).isGreaterThan(2);
      // every row ends in the same display column: numbers right-aligned under their header
      assertThat(table.stream().map(org.jiuzhu.core.text.TextTable::width).distinct()).as(String.join("\n", table)).hasSize(1);
      assertThat(String.join("\n", table)).containsPattern("\\d{1,3}(,\\d{3})+\\.\\d{2}");
      if (lang.equals("zh")) {
        assertThat(zhLeaks(String.join("\n", table), List.of())).isEmpty();
      } else {
        assertThat(enLeaks(String.join("\n", table))).isEmpty();
      }
    }
  }

  // ---- usage help, picocli's own errors and validation errors follow --lang ----

  /** Every command's path ({@code screen}, {@code decide record}…), the root first. */
  private static List<List<String>> commandPaths(picocli.CommandLine cl, List<String> prefix, List<List<String>> out) {
    out.add(prefix);
    for (java.util.Map.Entry<String, picocli.CommandLine> e : cl.getSubcommands().entrySet()) {
      List<String> p = new ArrayList<>(prefix);
      p.add(e.getKey());
      commandPaths(e.getValue(), p, out);
    }
    return out;
  }

  /**
   * What a Chinese usage text may hold in Latin letters: the tokens a user types (option names,
   * parameter labels, option values, command names, file names and extensions, documents of this
   * project, schema ids) and the names of file formats.
   */
  private static String withoutTypedTokens(String text, picocli.CommandLine root) {
    String t = text
        .replaceAll("docs/[a-z-]+\\.md", " ")                               // the project's documents
        .replaceAll("(?<![A-Za-z0-9])--?[A-Za-z][A-Za-z-]*(=[A-Z<>a-z-]+)?", " ") // option names, with their label
        .replaceAll("<[A-Za-z]+>", " ")                                     // picocli's labels
        .replaceAll("jiuzhu-[a-z]+/\\d", " ")                               // schema ids
        .replaceAll("[A-Za-z0-9_-]*\\.(jsonl|ndjson|json|yaml|csv|parquet)", " ") // file names
        .replaceAll("\\.(jsonl|ndjson|json|yaml|csv|parquet)", " ")
        .replaceAll("\\b(zh|en|text|json|jsonl|csv|auto|always|never|national|ELIGIBLE|INELIGIBLE|TOWNSHIP|COUNTY|CITY"
            + "|true|false|JSON|YAML|CSV|HTML|A4|KB|COMMAND|FILE|CODE|HOUSEHOLD|FEED|YYYY-MM-DD|YYYY-MM|YUAN|N|ID|cn\\.temporary-assistance)\\b", " ");
    for (List<String> p : commandPaths(root, List.of(), new ArrayList<>())) {
      for (String name : p) {
        t = t.replaceAll("\\b" + java.util.regex.Pattern.quote(name) + "\\b", " ");
      }
    }
    return t.replace("jiuzhu", " ");
  }

  @Test
  void everyCommandAndOptionHasItsUsageHelpInBothLanguagesWithTheSameOptionNames() {
    picocli.CommandLine root = Jiuzhu.commandLine();
    List<String> leaks = new ArrayList<>();
    List<List<String>> paths = commandPaths(root, List.of(), new ArrayList<>());
    assertThat(paths).hasSizeGreaterThan(12);
    for (List<String> path : paths) {
      String[] zhArgs = java.util.stream.Stream.concat(path.stream(), Stream.of("--help", "--lang", "zh")).toArray(String[]::new);
      String[] enArgs = java.util.stream.Stream.concat(path.stream(), Stream.of("--help", "--lang", "en")).toArray(String[]::new);
      if (path.equals(List.of("help"))) {
        zhArgs = new String[] {"help", "help", "--lang", "zh"};
        enArgs = new String[] {"help", "help", "--lang", "en"};
      }
      CliRun zh = CliRun.of(zhArgs);
      CliRun en = CliRun.of(enArgs);
      assertThat(zh.exit()).as(zh.err()).isZero();
      assertThat(en.exit()).as(en.err()).isZero();
      String what = "jiuzhu " + String.join(" ", path) + " --help";
      check(leaks, what, "zh", withoutTypedTokens(zh.out(), root), List.of());
      check(leaks, what, "en", en.out(), List.of());
      assertThat(zh.out()).as(what).contains("用法：").doesNotContain("Usage:");
      assertThat(en.out()).as(what).contains("Usage:").doesNotContain("用法：");
      // option names stay as they are: the same options are listed in both languages
      assertThat(optionNames(zh.out())).as(what).isEqualTo(optionNames(en.out())).isNotEmpty();
    }
    assertThat(leaks).as(String.join("\n", leaks)).isEmpty();
  }

  private static java.util.Set<String> optionNames(String help) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    Matcher m = Pattern.compile("(?m)^(?:  -[A-Za-z], |      )(--[a-z][a-z-]*)").matcher(help);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void everyOptionOfEveryCommandHasAChineseDescriptionInTheUsageBundle() {
    picocli.CommandLine zh = Jiuzhu.commandLine();
    Jiuzhu.useLanguage(zh, Lang.ZH);
    picocli.CommandLine en = Jiuzhu.commandLine();
    Jiuzhu.useLanguage(en, Lang.EN);
    List<String> untranslated = new ArrayList<>();
    compare(zh, en, untranslated);
    assertThat(untranslated).as("options and commands whose usage help has no text in usage_zh.properties").isEmpty();
  }

  private static void compare(picocli.CommandLine zh, picocli.CommandLine en, List<String> untranslated) {
    picocli.CommandLine.Model.CommandSpec z = zh.getCommandSpec();
    picocli.CommandLine.Model.CommandSpec e = en.getCommandSpec();
    String name = z.qualifiedName(" ");
    if (java.util.Arrays.equals(z.usageMessage().description(), e.usageMessage().description())
        && java.util.Arrays.equals(z.usageMessage().header(), e.usageMessage().header())) {
      untranslated.add(name);
    }
    for (picocli.CommandLine.Model.OptionSpec o : z.options()) {
      picocli.CommandLine.Model.OptionSpec other = e.findOption(o.longestName());
      assertThat(other).as(name + " " + o.longestName()).isNotNull();
      assertThat(other.names()).isEqualTo(o.names());
      if (o.description().length == 0 || java.util.Arrays.equals(o.description(), other.description())) {
        untranslated.add(name + " " + o.longestName());
      }
    }
    for (int i = 0; i < z.positionalParameters().size(); i++) {
      picocli.CommandLine.Model.PositionalParamSpec p = z.positionalParameters().get(i);
      if (java.util.Arrays.equals(p.description(), e.positionalParameters().get(i).description())) {
        untranslated.add(name + " " + p.paramLabel());
      }
    }
    for (String sub : zh.getSubcommands().keySet()) {
      compare(zh.getSubcommands().get(sub), en.getSubcommands().get(sub), untranslated);
    }
  }

  @Test
  void picocliOwnErrorsFollowLangAndNameTheOptionAndTheValue() {
    String h = HOUSEHOLDS.resolve("dibao.json").toString();
    String[][] cases = {
      {"screen", "--bogus", "--date", "2025-10-01", h},
      {"screen", h},
      {"screen", "--date", "2025-13-01", h},
      {"screen", "--date", "2025-10-01", "--format", "xml", h},
      {"simulate", "--households", "many"},
      {"decide", "record", "--household", h},
    };
    String[] zhMust = {"无法识别的选项：--bogus", "缺少必需的选项或参数：--date", "--date 的值“2025-13-01”无效；应为实际存在的日期（月份为 01 至 12）",
      "--format 的值“xml”无效；应为 text、json", "--households 的值“many”无效", "缺少必需的选项或参数："};
    picocli.CommandLine root = Jiuzhu.commandLine();
    List<String> leaks = new ArrayList<>();
    for (int i = 0; i < cases.length; i++) {
      String[] zhArgs = Stream.concat(Stream.of(cases[i]), Stream.of("--lang", "zh")).toArray(String[]::new);
      String[] enArgs = Stream.concat(Stream.of(cases[i]), Stream.of("--lang", "en")).toArray(String[]::new);
      CliRun zh = CliRun.of(zhArgs);
      CliRun en = CliRun.of(enArgs);
      assertThat(zh.exit()).as(zh.err()).isEqualTo(2);
      assertThat(en.exit()).as(en.err()).isEqualTo(2);
      String first = zh.err().lines().findFirst().orElse("");
      assertThat(first).as(String.join(" ", cases[i])).startsWith("错误：" + zhMust[i].substring(0, 0)).contains(zhMust[i]);
      assertThat(zh.err()).contains("用法：");
      assertThat(en.err()).startsWith("error: ").contains("Usage:");
      check(leaks, String.join(" ", cases[i]), "zh", withoutTypedTokens(zh.err().replaceAll("“[^”]*”", "“”"), root), List.of());
      check(leaks, String.join(" ", cases[i]), "en", en.err(), List.of());
    }
    assertThat(leaks).as(String.join("\n", leaks)).isEmpty();
  }

  @Test
  void anUnknownOptionIsReportedBeforeTheMissingOneByNameWithTheNearestOption() {
    String h = HOUSEHOLDS.resolve("dibao.json").toString();
    CliRun zh = CliRun.of("screen", "--dat", "2025-10-01", h);
    CliRun en = CliRun.of("screen", "--dat", "2025-10-01", "--lang", "en", h);
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(en.exit()).isEqualTo(2);
    assertThat(zh.err().lines().findFirst()).hasValue("错误：无法识别的选项：--dat（最接近的选项：--date）");
    assertThat(en.err().lines().findFirst()).hasValue("error: unknown option --dat (did you mean --date?)");
    // with a value after '=', and an option far from every name: the command's options
    assertThat(CliRun.of("screen", "--date", "2025-10-01", "--repot=x.html", "--lang", "en", h).err())
        .startsWith("error: unknown option --repot (did you mean --report?)\n");
    assertThat(CliRun.of("screen", "--date", "2025-10-01", "--zzzzzz", h).err()).startsWith("错误：无法识别的选项：--zzzzzz；此命令的选项为 --date、--format、--help、--lang、--policy、--region、--report、--version\n");
    // a mistyped command is named with the nearest command, in either language
    assertThat(CliRun.of("scren", "--lang", "en").err()).startsWith("error: unknown command 'scren' (did you mean screen?)\n");
    assertThat(CliRun.of("scren", "--lang", "zh").err()).startsWith("错误：无法识别的命令“scren”（最接近的命令：screen）\n");
  }

  @Test
  void validationErrorsOfEveryCommandReadingAHouseholdAreInTheChosenLanguageWithPathAndValue(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, """
        {"id": "h1", "region": "230300", "applicant": "m1", "colour": "red",
         "members": [{"id": "m1", "relationship": "APPLICANT", "birthDate": "1980-02-30", "hukouType": "RURAL",
                      "hukouRegion": "230300", "citizenId": "110101198001011234", "sex": "male ", "orphan": "yes"}],
         "incomes": [{"member": "m1", "category": "WAGES", "month": "2025-09", "gross": "-5", "deductions": 1}]}
        """);
    Path dup = dir.resolve("dup.json");
    Files.writeString(dup, "{\"id\": \"h1\", \"id\": \"h2\"}");
    List<String> leaks = new ArrayList<>();
    for (Path file : List.of(bad, dup)) {
      for (String[] cmd : List.of(new String[] {"screen", "--date", "2025-10-01"}, new String[] {"plan", "--date", "2025-10-01"},
          new String[] {"sweep"})) {
        for (String lang : new String[] {"zh", "en"}) {
          String[] args = Stream.concat(Stream.of(cmd), Stream.of("--lang", lang, file.toString())).toArray(String[]::new);
          CliRun r = CliRun.of(args);
          assertThat(r.exit()).as(r.err()).isEqualTo(1);
          String what = String.join(" ", cmd) + " " + file.getFileName();
          // the path of each problem and the values given (in quotes) are the file's own words
          String text = r.err().replaceAll("(?m)^  - [A-Za-z0-9_.\\[\\]]+(（第 \\d+ 行第 \\d+ 列）| \\(line \\d+, column \\d+\\))?(?:: |：)", "  - ").replaceAll("“[^”]*”", "“”")
              .replaceAll("'[^']*'", "''").replaceAll("\\[[A-Za-z_, ]+\\]", "[]")
              // a list of the file's field names or codes: [a, b] in English, a、b in Chinese
              .replaceAll("[A-Za-z0-9_]+(?:、[A-Za-z0-9_]+)+", "[]").replace(file.toString(), "")
              .replaceAll("\\b(true|false)\\b", " "); // the JSON values expected, as the user writes them
          check(leaks, what, lang, text, List.of());
          if (file == bad) {
            // every problem keeps its path, and masked personal data stays masked
            assertThat(r.err()).as(what).contains("members[0].birthDate", "members[0].sex", "members[0].orphan",
                "incomes[0].gross", "colour", "110101********1234").doesNotContain("110101198001011234");
            if (lang.equals("zh")) {
              assertThat(r.err()).as(what).startsWith("错误：家庭信息有误：")
                  .contains("未知字段“colour”", "“1980-02-30”不是日期", "“sex”的值前后有空格", "“gross”为“-5”；应为不小于 0 的金额");
            } else {
              assertThat(r.err()).as(what).startsWith("error: invalid household: ")
                  .contains("unknown field 'colour'", "'1980-02-30' is not a date: February 1980 has 29 days (its last day is 1980-02-29); expected YYYY-MM-DD");
            }
          } else {
            assertThat(r.err()).as(what).contains(lang.equals("zh") ? "“id”出现两次" : "'id' is given twice");
          }
        }
      }
    }
    assertThat(leaks).as(String.join("\n", leaks)).isEmpty();
  }

  @Test
  void everyValidationTextHasBothLanguagesAndTheChineseHasNoLeak() throws IOException {
    for (String bundle : List.of("org.jiuzhu.core.validation.messages", "org.jiuzhu.rules.io.messages")) {
      java.util.Properties zh = properties(bundle + "_zh");
      java.util.Properties en = properties(bundle + "_en");
      assertThat(zh.stringPropertyNames()).as(bundle).isEqualTo(en.stringPropertyNames()).isNotEmpty();
      for (String key : zh.stringPropertyNames()) {
        if (key.startsWith("sex.") || key.startsWith("recordType.") || key.startsWith("expected.boolean")) {
          continue; // the values a file holds, named as the user writes them in English
        }
        String z = zh.getProperty(key).replaceAll("\\{\\d[^}]*\\}", "0").replaceAll("“[^”]*”", "“”");
        assertThat(zhLeaks(withoutTypedTokens(z, Jiuzhu.commandLine()).replaceAll("\\b(UTF-(8|16|32)|GBK|icd10|major|chronic|dialysisPerWeek"
            + "|disabilityCategory|disabilityGrade|household,type,date,member,amount|true|false|X|ud800)\\b", " "), List.of())).as(bundle + " " + key).isEmpty();
        assertThat(enLeaks(en.getProperty(key))).as(bundle + " " + key).isEmpty();
      }
    }
  }

  private static java.util.Properties properties(String name) throws IOException {
    java.util.Properties p = new java.util.Properties();
    try (java.io.InputStream in = LanguageLeakTest.class.getResourceAsStream("/" + name.replace('.', '/') + ".properties")) {
      assertThat(in).as(name).isNotNull();
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
