package org.jiuzhu.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.simulation.Aggregates;
import org.jiuzhu.simulation.Evaluator;
import org.jiuzhu.simulation.HouseholdSource;
import org.jiuzhu.simulation.PopulationGenerator;
import org.jiuzhu.simulation.Reform;
import org.jiuzhu.simulation.Simulation;
import org.junit.jupiter.api.Test;

/** The report data model: sections from the aggregates, optional sections only when fed, texts and numbers. */
public final class SimulationReportTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);

  /** Aggregates of a small generated population (seed 5) with the trade-off reform of the examples. */
  public static Aggregates aggregates() throws IOException {
    Policy policy = Policy.installed();
    Optional<Policy> reform = Optional.of(Reform.apply(policy, List.of(Path.of("../examples/reforms/dibao-plus-10-no-work-deduction.yaml"))));
    PopulationGenerator g = new PopulationGenerator(policy, 5, List.of(RegionCode.parse("620825")), DATE);
    return new Simulation(new Evaluator(policy, reform, DATE), 2).run(HouseholdSource.generated(g, 800), (d, t) -> {}, null);
  }

  /**
   * A report with every optional section fed with test data (the sections helper 11's aggregates
   * will feed): deciles, gaps, FGT measures and targets. The figures are fixtures, not statistics.
   */
  public static SimulationReport withEverySection(Texts t, Aggregates agg) {
    List<SimulationReport.DecileGain> deciles = new java.util.ArrayList<>();
    for (int d = 1; d <= 10; d++) {
      deciles.add(new SimulationReport.DecileGain(d, 80, 80L * (11 - d) * 5_000, 80L * (11 - d) * 5_000 + (d < 4 ? 40_000 : -8_000)));
    }
    return new SimulationReport(t, agg, true, Policy.installed()).context("fixture")
        .deciles(deciles)
        .gaps(List.of(new SimulationReport.Gap("dibao.income", "家庭人均收入高于低保标准", "income per person above the standard", 41, 97),
            new SimulationReport.Gap("dibao.assets.vehicle", "拥有不予豁免的机动车辆", "a vehicle that is not exempt", 12, 35)))
        .povertyMeasures(List.of(new SimulationReport.PovertyMeasures("before", 0.21, 0.07, 0.03),
            new SimulationReport.PovertyMeasures("baseline", 0.03, 0.006, 0.002),
            new SimulationReport.PovertyMeasures("reform", 0.025, 0.005, 0.0015)))
        .targets(List.of(new SimulationReport.TargetComparison("低保人数", "minimum living allowance recipients", "persons", 1520, 1700,
            "fixture", false)));
  }

  private static String html(ReportPage page) throws IOException {
    StringWriter w = new StringWriter();
    page.write(w);
    String s = w.toString();
    return s.substring(0, s.indexOf("<script>")) + s.substring(s.indexOf("</head>"));
  }

  @Test
  void optionalSectionsAppearOnlyWhenFed() throws IOException {
    Aggregates agg = aggregates();
    Texts en = Texts.of(false);
    String plain = html(new SimulationReport(en, agg, true, Policy.installed()).page());
    assertThat(plain).contains("id=\"overview\"", "id=\"cost\"", "id=\"coverage\"", "id=\"poverty\"", "id=\"gains\"")
        .doesNotContain("id=\"deciles\"", "id=\"gaps\"", "id=\"fgt\"", "id=\"targets\"", "id=\"sweep-amounts\"");
    String full = html(withEverySection(en, agg).page());
    assertThat(full).contains("id=\"deciles\"", "id=\"gaps\"", "id=\"fgt\"", "id=\"targets\"", "Who falls through the gaps",
        "income per person above the standard", "illustrative (not checked against an official source)");
    // no reform: no gains section, no reform column
    String baseline = html(new SimulationReport(en, agg, false, Policy.installed()).page());
    assertThat(baseline).doesNotContain("id=\"gains\"", "Cost a year, reform");
  }

  @Test
  void theLosersOfATradeOffAreCountedAndHighlighted() throws IOException {
    Aggregates agg = aggregates();
    assertThat(agg.total().losers()).as("the trade-off reform has losers").isPositive();
    String zh = html(new SimulationReport(Texts.of(true), agg, true, Policy.installed()).page());
    Texts t = Texts.of(true);
    assertThat(zh).contains("受损 " + t.integer(agg.total().losers()) + " 户", "<tr class=\"warning\"><td>减少 500 及以上</td>",
        "\"type\":\"log\"");
  }

  @Test
  void numbersHaveThousandsSeparatorsAndMoneyIsExact() {
    Texts t = Texts.of(false);
    assertThat(t.integer(1_234_567)).isEqualTo("1,234,567");
    assertThat(t.yuan(-123_456_789)).isEqualTo("-1,234,567.89");
    assertThat(t.yuanUnit(5)).isEqualTo("0.05 yuan");
    assertThat(Texts.of(true).yuanUnit(100_000)).isEqualTo("1,000.00 元");
    assertThat(t.percent(1, 3)).isEqualTo("33.33%");
    assertThat(t.percent(1, 0)).isEqualTo("–");
    assertThatThrownBy(() -> t.t("no.such.key")).hasMessageContaining("no text 'no.such.key' in org.jiuzhu.cli.report.report (en)");
    assertThatThrownBy(() -> new SimulationReport.DecileGain(11, 1, 0, 0)).hasMessageContaining("decile is 11; expected 1 to 10");
    assertThatThrownBy(() -> new Section.Table("t", List.of("a", "b"), List.of(List.of("x")))).hasMessageContaining(
        "a row of 1 cells; expected 2");
  }

  private static Properties bundle(String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream("report_" + lang + ".properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothBundlesHaveTheSameKeysAndEachItsOwnLanguage() throws IOException {
    Properties zh = bundle("zh");
    Properties en = bundle("en");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    // English keeps Chinese only as a bracketed term
    Pattern han = Pattern.compile("\\p{IsHan}+");
    for (String k : en.stringPropertyNames()) {
      Matcher m = han.matcher(en.getProperty(k));
      while (m.find()) {
        String around = en.getProperty(k).substring(Math.max(0, m.start() - 1), Math.min(en.getProperty(k).length(), m.end() + 1));
        assertThat(around).as("en %s: %s", k, en.getProperty(k)).matches("[(（].*[)）]|\\(.*|.*\\)");
      }
    }
    // Chinese has no English words (identifiers of the data and product names excepted)
    Pattern word = Pattern.compile("[A-Za-z]{2,}");
    List<String> allowed = List.of("jiuzhu", "Apache", "ECharts", "FGT", "population");
    for (String k : zh.stringPropertyNames()) {
      Matcher m = word.matcher(zh.getProperty(k));
      while (m.find()) {
        assertThat(allowed).as("zh %s: %s", k, zh.getProperty(k)).contains(m.group());
      }
    }
  }
}
