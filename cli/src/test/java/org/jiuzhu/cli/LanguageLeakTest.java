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
    List<String> data = new ArrayList<>();
    for (String code : codes) {
      org.jiuzhu.core.policy.PolicySnapshot snap = policy.snapshot(org.jiuzhu.core.region.RegionCode.parse(code), date);
      for (org.jiuzhu.core.policy.ParameterValue v : snap.values()) {
        data.add(v.legalReference());
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
    data.sort((a, b) -> Integer.compare(b.length(), a.length()));
    List<String> leaks = new ArrayList<>();
    for (String lang : new String[] {"zh", "en"}) {
      CliRun regions = CliRun.of("regions", "--lang", lang);
      assertThat(regions.exit()).as(regions.err()).isZero();
      check(leaks, "regions", lang, withoutData(regions.out(), data), ids);
      assertThat(regions.out()).contains(lang.equals("zh") ? "已核实" : "verified");
      for (String code : codes) {
        CliRun snap = CliRun.of("snapshot", "--lang", lang, "--region", code, "--date", "2025-10-01");
        assertThat(snap.exit()).as(snap.err()).isZero();
        check(leaks, "snapshot " + code, lang, withoutData(snap.out(), data), ids);
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
  void bothBundlesHaveTheSameKeys() {
    assertThat(CnTexts.MESSAGES.keys(Lang.ZH)).isEqualTo(CnTexts.MESSAGES.keys(Lang.EN));
    assertThat(CliTexts.MESSAGES.keys(Lang.ZH)).isEqualTo(CliTexts.MESSAGES.keys(Lang.EN));
    org.jiuzhu.core.text.Messages sim = org.jiuzhu.simulation.SimTexts.MESSAGES;
    assertThat(sim.keys(Lang.ZH)).isEqualTo(sim.keys(Lang.EN));
    for (String key : sim.keys(Lang.ZH)) {
      assertThat(zhLeaks(sim.get(Lang.ZH, key), List.of())).as(key).isEmpty();
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
      for (int i = header; i < lines.size() && !lines.get(i).startsWith("  " + (lang.equals("zh") ? "贫困" : "below")); i++) {
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
}
