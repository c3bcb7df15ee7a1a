package org.jiuzhu.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueProgramme;

/**
 * A run's aggregates as text (Chinese or English) and as maps ready for JSON — the form the
 * command line, the HTML report and the Spark job print.
 *
 * @since 0.1.0
 */
public final class Summary {
  private static final Map<String, CatalogueProgramme> PROGRAMMES = new LinkedHashMap<>();

  static {
    for (CatalogueProgramme p : Catalogue.cn().programmes()) {
      PROGRAMMES.put(p.id(), p);
    }
  }

  private Summary() {}

  /** A programme's name in Chinese or English, or its id when the catalogue does not know it. */
  public static String name(String id, boolean zh) {
    CatalogueProgramme p = PROGRAMMES.get(id);
    return p == null ? id : zh ? p.nameZh() : p.nameEn();
  }

  /** Fen as yuan with two decimals. */
  public static String yuan(long fen) {
    return Money.ofFen(fen).toString();
  }

  /** A share with four decimals, or empty when the whole is zero. */
  public static String share(long part, long whole) {
    return whole == 0 ? "" : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** One cell (or the total) as a map for JSON; reform figures only when there is a reform. */
  public static Map<String, Object> cell(Aggregates.Cell c, boolean reform) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("households", c.households());
    m.put("persons", c.persons());
    m.put("marketIncomeMonthly", yuan(c.marketIncome()));
    List<Map<String, Object>> ps = new ArrayList<>();
    for (String id : c.programmes()) {
      long[] p = c.programme(id);
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("id", id);
      j.put("zh", name(id, true));
      j.put("en", name(id, false));
      long[] e = c.entitled(id);
      j.put("baseline", obj("households", p[0], "persons", p[1], "annualCost", yuan(p[2]),
          "coverage", share(p[1], c.persons()), "entitled", obj("households", e[0], "persons", e[1], "annualCost", yuan(e[2]))));
      if (reform) {
        j.put("reform", obj("households", p[3], "persons", p[4], "annualCost", yuan(p[5]),
            "coverage", share(p[4], c.persons()), "entitled", obj("households", e[3], "persons", e[4], "annualCost", yuan(e[5]))));
        j.put("costChange", yuan(p[5] - p[2]));
      }
      ps.add(j);
    }
    m.put("programmes", ps);
    Map<String, Object> pov = new LinkedHashMap<>();
    String[] stages = reform ? new String[] {"beforeTransfers", "afterBaseline", "afterReform"}
        : new String[] {"beforeTransfers", "afterBaseline"};
    for (int s = 0; s < stages.length; s++) {
      long[] v = c.poverty(s);
      pov.put(stages[s], obj("households", v[0], "persons", v[1], "headcountRate", share(v[1], c.persons()),
          "gapMonthly", yuan(v[2]), "fgt0", decimal(c.fgt(s, 0)), "fgt1", decimal(c.fgt(s, 1)), "fgt2", decimal(c.fgt(s, 2))));
    }
    m.put("poverty", pov);
    m.put("ageBands", ageBands(c));
    m.put("disabledPersons", c.disabled());
    m.put("severelyDisabledPersons", c.severelyDisabled());
    List<Map<String, Object>> review = new ArrayList<>();
    c.review().forEach((k, v) -> {
      int bar = k.indexOf('|');
      review.add(obj("programme", k.substring(0, bar), "reason", k.substring(bar + 1), "households", v[0], "persons", v[1]));
    });
    m.put("needsReview", review);
    m.put("gaps", gaps(c));
    m.put("deciles", deciles(c));
    if (reform) {
      long[] buckets = c.gainBuckets();
      List<Map<String, Object>> dist = new ArrayList<>();
      for (int i = 0; i < buckets.length; i++) {
        dist.add(obj("bucket", GAIN_BUCKET_KEYS.get(i), "households", buckets[i]));
      }
      List<Map<String, Object>> losersBy = new ArrayList<>();
      c.losersByProgramme().forEach((k, v) -> losersBy.add(obj("programme", k, "households", v[0], "lossMonthly", yuan(v[1]))));
      m.put("losersByProgramme", losersBy);
      m.put("winners", c.winners());
      m.put("losers", c.losers());
      m.put("gainsMonthly", yuan(c.gains()));
      m.put("lossesMonthly", yuan(c.losses()));
      m.put("gainDistribution", dist);
    }
    return m;
  }

  /** One cell (or the total) as lines of text. */
  public static List<String> text(String title, Aggregates.Cell c, boolean reform, boolean zh) {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, zh ? "== %s：%,d 户 %,d 人" : "== %s: %,d households, %,d persons", title,
        c.households(), c.persons()));
    List<String> ids = new ArrayList<>(c.programmes());
    ids.sort((a, b) -> Long.compare(Math.max(c.programme(b)[2], c.programme(b)[5]), Math.max(c.programme(a)[2], c.programme(a)[5])));
    // aligned by display width (汉字 take two columns), thousands separators in both languages
    org.jiuzhu.core.text.TextTable t = reform
        ? (zh ? new org.jiuzhu.core.text.TextTable("项目", "基线户数", "基线人数", "基线年支出(元)", "改革户数", "改革人数", "改革年支出(元)")
            : new org.jiuzhu.core.text.TextTable("programme", "base hh", "base pers", "base cost/yr", "reform hh", "reform pers",
                "reform cost/yr"))
        : (zh ? new org.jiuzhu.core.text.TextTable("项目", "户数", "人数", "年支出(元)")
            : new org.jiuzhu.core.text.TextTable("programme", "households", "persons", "cost/yr (yuan)"));
    t.indent("  ").rightAlign(reform ? new int[] {1, 2, 3, 4, 5, 6} : new int[] {1, 2, 3});
    for (String id : ids) {
      long[] p = c.programme(id);
      String n = name(id, zh);
      if (reform) {
        t.row(n, org.jiuzhu.core.text.TextTable.count(p[0]), org.jiuzhu.core.text.TextTable.count(p[1]),
            org.jiuzhu.core.text.TextTable.yuan(p[2]), org.jiuzhu.core.text.TextTable.count(p[3]),
            org.jiuzhu.core.text.TextTable.count(p[4]), org.jiuzhu.core.text.TextTable.yuan(p[5]));
      } else {
        t.row(n, org.jiuzhu.core.text.TextTable.count(p[0]), org.jiuzhu.core.text.TextTable.count(p[1]),
            org.jiuzhu.core.text.TextTable.yuan(p[2]));
      }
    }
    out.addAll(t.lines());
    for (String id : ids) {
      long[] p = c.programme(id);
      long[] e = c.entitled(id);
      if (e[0] != p[0] || e[3] != p[3]) {
        out.add(String.format(Locale.ROOT, zh ? "  %s：符合条件 %,d 户 %,d 人，实际领取 %,d 户 %,d 人（按领取率参数）"
                : "  %s: entitled %,d households, %,d persons; receiving %,d households, %,d persons (take-up, population.take-up.*)",
            name(id, zh), e[0], e[1], p[0], p[1]));
      }
    }
    String[] stageZh = {"转移前", "基线转移后", "改革转移后"};
    String[] stageEn = {"before transfers", "after baseline transfers", "after reform transfers"};
    for (int s = 0; s < (reform ? 3 : 2); s++) {
      long[] v = c.poverty(s);
      out.add(String.format(Locale.ROOT, zh ? "  贫困（低于低保标准）%s：%,d 户 %,d 人（%s），缺口 %s 元/月"
              : "  below the minimum living standard (低保标准) %s: %,d households, %,d persons (%s), gap %s yuan a month",
          zh ? stageZh[s] : stageEn[s], v[0], v[1], share(v[1], c.persons()), yuan(v[2])));
    }
    for (int s = 0; s < (reform ? 3 : 2); s++) {
      out.add(String.format(Locale.ROOT, zh ? "  FGT 指数%s：FGT0 %.4f，FGT1 %.4f，FGT2 %.4f" : "  FGT indices %s: FGT0 %.4f, FGT1 %.4f, FGT2 %.4f",
          zh ? stageZh[s] : stageEn[s], c.fgt(s, 0), c.fgt(s, 1), c.fgt(s, 2)));
    }
    long poorAfter = c.poverty(1)[1];
    if (poorAfter > 0) {
      out.add(zh ? "  基线转移后仍低于低保标准的人口，按首个未通过的条件：" : "  below the 低保 line after baseline transfers, by the first test failed:");
      for (Map<String, Object> g : gaps(c)) {
        long persons = (Long) g.get("persons");
        if (persons > 0) {
          out.add(String.format(Locale.ROOT, "    %-40s %,11d %s", Gaps.label((String) g.get("reason"), zh), persons,
              zh ? "人（" + g.get("shareOfPoorPersons") + "）" : "persons (" + g.get("shareOfPoorPersons") + ")"));
        }
      }
    }
    Map<String, long[]> review = c.review();
    if (!review.isEmpty()) {
      out.add(zh ? "  需人工审核（不计入受助）：" : "  needing review (NEEDS_REVIEW, not counted as receiving):");
      review.forEach((k, v) -> {
        int bar = k.indexOf('|');
        out.add(String.format(Locale.ROOT, zh ? "    %s（%s）：%,d 户 %,d 人" : "    %s (%s): %,d households, %,d persons",
            name(k.substring(0, bar), zh), k.substring(bar + 1), v[0], v[1]));
      });
    }
    if (reform) {
      out.add(String.format(Locale.ROOT, zh ? "  受益 %,d 户（共 %s 元/月），受损 %,d 户（共 %s 元/月）"
          : "  winners %,d households (%s yuan a month), losers %,d households (%s yuan a month)",
          c.winners(), yuan(c.gains()), c.losers(), yuan(c.losses())));
      long[] b = c.gainBuckets();
      StringBuilder sb = new StringBuilder(zh ? "  每月得失（元）分布：" : "  monthly gain (yuan): ");
      for (int i = 0; i < b.length; i++) {
        if (b[i] > 0) {
          sb.append(Aggregates.GAIN_BUCKET_LABELS.get(i)).append(": ").append(String.format(Locale.ROOT, "%,d", b[i])).append("  ");
        }
      }
      out.add(sb.toString().stripTrailing());
      c.losersByProgramme().forEach((k, v) -> out.add(String.format(Locale.ROOT,
          zh ? "    受损户中减少最多的项目 %s：%,d 户（%s 元/月）" : "    losers whose largest fall is in %s: %,d households (%s yuan a month)",
          name(k, zh), v[0], yuan(v[1]))));
    }
    return out;
  }

  /** The decile table as lines of text. */
  public static List<String> decileLines(Aggregates.Cell c, boolean reform, boolean zh) {
    List<String> out = new ArrayList<>();
    out.add(zh ? "== 按转移前人均月收入十等分（元/人/月；转移支付 元/月）" : "== deciles of per-capita monthly income before transfers (yuan/person/month; transfers yuan a month)");
    out.add(zh ? (reform ? "  组   人数         收入下限    收入上限    基线转移支付        改革转移支付        变化" : "  组   人数         收入下限    收入上限    转移支付")
        : (reform ? "  dec  persons      from        to          baseline transfers  reform transfers    change" : "  dec  persons      from        to          transfers"));
    for (Decile d : decileTable(c)) {
      String to = Double.isInfinite(d.incomeTo()) ? "-" : String.format(Locale.ROOT, "%.2f", d.incomeTo());
      out.add(reform
          ? String.format(Locale.ROOT, "  %-4d %,12d %-11.2f %-11s %,19.2f %,19.2f %,12.2f", d.decile(), d.persons(), d.incomeFrom(), to,
              d.baselineTransfers() / 100.0, d.reformTransfers() / 100.0, (d.reformTransfers() - d.baselineTransfers()) / 100.0)
          : String.format(Locale.ROOT, "  %-4d %,12d %-11.2f %-11s %,19.2f", d.decile(), d.persons(), d.incomeFrom(), to,
              d.baselineTransfers() / 100.0));
    }
    return out;
  }

  /** Machine keys of the gain buckets of {@link Aggregates#GAIN_BUCKET_LABELS}, yuan a month. */
  public static final List<String> GAIN_BUCKET_KEYS = List.of("le-minus-500", "minus-500-to-minus-200", "minus-200-to-minus-100",
      "minus-100-to-minus-50", "minus-50-to-0", "zero", "0-to-50", "50-to-100", "100-to-200", "200-to-500", "gt-500");

  /** A fraction as a decimal string with six places. */
  public static String decimal(double v) {
    return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Persons by age band (0-4 … 95-99, 100+) as a list of {from, to, persons, share}. */
  public static List<Map<String, Object>> ageBands(Aggregates.Cell c) {
    List<Map<String, Object>> out = new ArrayList<>();
    long[] a = c.ages();
    for (int i = 0; i < a.length; i++) {
      out.add(obj("from", i * 5, "to", i == a.length - 1 ? 999 : i * 5 + 4, "persons", a[i], "share", share(a[i], c.persons())));
    }
    return out;
  }

  /**
   * "Who falls through the gaps": households and persons below the 低保 line after the baseline's
   * transfers, by the {@link Gaps} code of the first test they fail, in the order of {@link Gaps#CODES}.
   */
  public static List<Map<String, Object>> gaps(Aggregates.Cell c) {
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, long[]> g = c.gaps();
    long poor = c.poverty(1)[1];
    for (String code : Gaps.CODES) {
      long[] v = g.getOrDefault(code, new long[2]);
      out.add(obj("reason", code, "households", v[0], "persons", v[1], "shareOfPoorPersons", share(v[1], poor)));
    }
    return out;
  }

  /** One decile of {@link #decileTable}. */
  public record Decile(int decile, long households, long persons, double incomeFrom, double incomeTo, long baselineTransfers,
      long reformTransfers) {}

  /**
   * Deciles of persons by per-capita monthly income before transfers, from the run's income bins
   * ({@link Aggregates#INCOME_BINS}, each 5% wide): a bin goes whole to the decile its middle person
   * falls in, so deciles hold about, not exactly, a tenth of the persons, and their bounds are bin
   * bounds. Transfers are fen a month, weighted.
   */
  public static List<Decile> decileTable(Aggregates.Cell c) {
    List<Decile> out = new ArrayList<>();
    long total = c.persons();
    long[][] d = new long[10][4];
    double[] from = new double[10];
    double[] to = new double[10];
    java.util.Arrays.fill(from, -1);
    long before = 0;
    for (int k = 0; k < Aggregates.INCOME_BINS; k++) {
      long[] b = c.incomeBin(k);
      if (b[1] == 0) {
        continue;
      }
      int dec = total == 0 ? 0 : (int) Math.min(9, (before + b[1] / 2.0) * 10 / total);
      for (int i = 0; i < 4; i++) {
        d[dec][i] += b[i];
      }
      if (from[dec] < 0) {
        from[dec] = Aggregates.incomeBinLower(k);
      }
      to[dec] = k == Aggregates.INCOME_BINS - 1 ? Double.POSITIVE_INFINITY : Aggregates.incomeBinLower(k + 1);
      before += b[1];
    }
    for (int i = 0; i < 10; i++) {
      out.add(new Decile(i + 1, d[i][0], d[i][1], Math.max(0, from[i]), to[i], d[i][2], d[i][3]));
    }
    return out;
  }

  /** The decile table as a list for JSON: bounds in yuan a person a month, transfers and their change in yuan a month. */
  public static List<Map<String, Object>> deciles(Aggregates.Cell c) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Decile d : decileTable(c)) {
      out.add(obj("decile", d.decile(), "households", d.households(), "persons", d.persons(),
          "perCapitaIncomeFrom", BigDecimal.valueOf(d.incomeFrom()).setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
          "perCapitaIncomeTo", Double.isInfinite(d.incomeTo()) ? "" : BigDecimal.valueOf(d.incomeTo()).setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
          "baselineTransfersMonthly", yuan(d.baselineTransfers()), "reformTransfersMonthly", yuan(d.reformTransfers()),
          "changeMonthly", yuan(d.reformTransfers() - d.baselineTransfers())));
    }
    return out;
  }

  /** Simulated vs target for every target of the places in the run, for JSON. */
  public static List<Map<String, Object>> targets(Targets targets, Aggregates a) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Targets.Target t : targets.all()) {
      Double sim = t.simulated(a);
      if (sim == null) {
        continue;
      }
      Map<String, Object> m = obj("id", t.id(), "measure", t.measure(), "region", t.region(), "places", t.places(),
          "hukou", t.hukou().map(Enum::name).orElse("ALL"), "period", t.period().toString(), "status", t.status(),
          "source", t.sourceText(), "target", t.value().toPlainString(), "simulated", decimal(sim),
          "relativeError", decimal(t.relativeError(a)), "fitted", t.fit());
      t.url().ifPresent(u -> m.put("url", u));
      out.add(m);
    }
    return out;
  }

  /** A target in Chinese words, e.g. {@code 620825 农村 低保人数占比}. */
  static String targetLabel(Targets.Target t) {
    String who = String.join("、", t.places()) + " " + t.hukou().map(h -> h.name().equals("URBAN") ? "城镇" : "农村").orElse("全体") + " ";
    return who + switch (t.measure()) {
      case "age-share" -> t.ageTo() >= 999 ? t.ageFrom() + "岁及以上人口占比" : t.ageFrom() + "—" + t.ageTo() + "岁人口占比";
      case "recipient-rate" -> String.join("、", t.programmes().stream().map(id -> name(id, true)).distinct().toList()) + "人数占比";
      case "household-rate" -> String.join("、", t.programmes().stream().map(id -> name(id, true)).distinct().toList()) + "户数占比";
      case "mean-household-size" -> "平均家庭户规模";
      case "disability-rate" -> "持证残疾人占比";
      default -> "重度残疾人占比";
    };
  }

  /** A target in English words, e.g. {@code 620825 rural minimum living allowance (低保) recipients, share of persons}. */
  public static String targetLabelEn(Targets.Target t) {
    String who = String.join(", ", t.places()) + " " + t.hukou().map(h -> h.name().equals("URBAN") ? "urban" : "rural").orElse("all") + " ";
    return who + switch (t.measure()) {
      case "age-share" -> t.ageTo() >= 999 ? "persons aged " + t.ageFrom() + "+, share" : "persons aged " + t.ageFrom() + "-" + t.ageTo() + ", share";
      case "recipient-rate" -> String.join(", ", t.programmes().stream().map(id -> name(id, false)).distinct().toList()) + " recipients, share of persons";
      case "household-rate" -> String.join(", ", t.programmes().stream().map(id -> name(id, false)).distinct().toList()) + " households, share of households";
      case "mean-household-size" -> "mean household size";
      case "disability-rate" -> "persons with a disability certificate, share";
      default -> "persons with a severe disability, share";
    };
  }

  /** A target in the chosen language (Chinese words, or English words). */
  public static String targetLabel(Targets.Target t, boolean zh) {
    return zh ? targetLabel(t) : targetLabelEn(t);
  }

  /** Simulated vs target as lines of text, the status beside every figure. */
  public static List<String> targetLines(Targets targets, Aggregates a, boolean zh) {
    List<String> out = new ArrayList<>();
    boolean any = false;
    for (Targets.Target t : targets.all()) {
      Double sim = t.simulated(a);
      if (sim == null) {
        continue;
      }
      if (!any) {
        out.add(zh ? "== 模拟值与目标值（" + targets.source().replace(" (shipped)", "，内置") + "）" : "== simulated vs target (" + targets.source() + ")");
        out.add(zh ? "  目标                               目标值      模拟值      相对误差   状态"
            : "  target                             target      simulated   rel. error status");
        any = true;
      }
      String status = zh ? (t.verified() ? "已核实（官方）" : "示例值，未核实") : (t.verified() ? "verified (official)" : "illustrative, not checked");
      out.add(String.format(Locale.ROOT, "  %-34s %-11s %-11s %+8.1f%%  %s", targetLabel(t, zh), t.value().toPlainString(),
          BigDecimal.valueOf(sim).setScale(4, RoundingMode.HALF_EVEN).toPlainString(), t.relativeError(a) * 100, status));
    }
    return out;
  }

  /** The JSON summary's schema ({@code docs/schemas/jiuzhu-simulation-1.json}). */
  public static final String SCHEMA = "jiuzhu-simulation/1";

  /**
   * The rulebook version and, per region, the fingerprint of the parameters the baseline (and the
   * reform) decided with — as every determination records them — for the summary's provenance.
   */
  public static Map<String, Object> provenance(org.jiuzhu.core.policy.Policy baseline,
      java.util.Optional<org.jiuzhu.core.policy.Policy> reform, java.util.Collection<org.jiuzhu.core.region.RegionCode> regions,
      java.time.LocalDate date) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> base = new java.util.TreeMap<>();
    Map<String, Object> ref = new java.util.TreeMap<>();
    String version = "";
    org.jiuzhu.rules.cn.CnRulebook b = org.jiuzhu.rules.cn.CnRulebook.create(baseline);
    org.jiuzhu.rules.cn.CnRulebook r = reform.map(org.jiuzhu.rules.cn.CnRulebook::create).orElse(null);
    for (org.jiuzhu.core.region.RegionCode region : regions) {
      org.jiuzhu.core.household.Household h = new PopulationGenerator(baseline, 0, List.of(region), date).household(0);
      org.jiuzhu.core.eligibility.Determination d = b.evaluateFast(h, date).determinations().get(0);
      version = d.rulebookVersion();
      base.put(region.toString(), d.parameterFingerprint());
      if (r != null) {
        ref.put(region.toString(), r.evaluateFast(h, date).determinations().get(0).parameterFingerprint());
      }
    }
    m.put("rulebookVersion", version);
    m.put("baselineFingerprints", base);
    if (r != null) {
      m.put("reformFingerprints", ref);
    }
    return m;
  }

  /** A map in the order given. */
  static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** The whole run as a map for JSON: the total and each region and hukou. */
  public static Map<String, Object> of(Aggregates a, boolean reform) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", cell(a.total(), reform));
    Map<String, Object> cells = new LinkedHashMap<>();
    a.cells().forEach((k, c) -> cells.put(k, cell(c, reform)));
    m.put("byRegionAndHukou", cells);
    return m;
  }

  /**
   * Each region's standards beside the national averages of DOMAIN.md §13 (the {@code
   * calibration.*} anchors), with their ratio: how the simulated places compare with the country.
   */
  public static Map<String, Object> anchors(org.jiuzhu.core.policy.Policy policy, List<org.jiuzhu.core.region.RegionCode> regions,
      java.time.LocalDate date) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (org.jiuzhu.core.region.RegionCode r : regions) {
      org.jiuzhu.core.policy.PolicySnapshot s = policy.snapshot(r, date);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("dibaoUrban", pair(s.get(org.jiuzhu.rules.cn.CnParameters.DIBAO_STANDARD_URBAN).fen(),
          s.find(org.jiuzhu.rules.cn.CnParameters.CALIBRATION_DIBAO_URBAN)));
      m.put("dibaoRural", pair(s.get(org.jiuzhu.rules.cn.CnParameters.DIBAO_STANDARD_RURAL).fen(),
          s.find(org.jiuzhu.rules.cn.CnParameters.CALIBRATION_DIBAO_RURAL)));
      m.put("tekunUrban", pair(s.get(org.jiuzhu.rules.cn.CnParameters.TEKUN_BASIC_URBAN).fen(),
          s.find(org.jiuzhu.rules.cn.CnParameters.CALIBRATION_TEKUN_URBAN)));
      m.put("tekunRural", pair(s.get(org.jiuzhu.rules.cn.CnParameters.TEKUN_BASIC_RURAL).fen(),
          s.find(org.jiuzhu.rules.cn.CnParameters.CALIBRATION_TEKUN_RURAL)));
      out.put(r.toString(), m);
    }
    return out;
  }

  private static Map<String, Object> pair(long region, java.util.Optional<org.jiuzhu.core.money.Money> anchor) {
    return obj("region", yuan(region), "nationalAverage", anchor.map(Object::toString).orElse(""),
        "ratio", anchor.map(a -> share(region, a.fen())).orElse(""));
  }
}
