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
      j.put("baseline", obj("households", p[0], "persons", p[1], "annualCost", yuan(p[2]),
          "coverage", share(p[1], c.persons())));
      if (reform) {
        j.put("reform", obj("households", p[3], "persons", p[4], "annualCost", yuan(p[5]),
            "coverage", share(p[4], c.persons())));
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
          "gapMonthly", yuan(v[2])));
    }
    m.put("poverty", pov);
    if (reform) {
      long[] buckets = c.gainBuckets();
      Map<String, Object> dist = new LinkedHashMap<>();
      for (int i = 0; i < buckets.length; i++) {
        dist.put(Aggregates.GAIN_BUCKET_LABELS.get(i), buckets[i]);
      }
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
    String[] stageZh = {"转移前", "基线转移后", "改革转移后"};
    String[] stageEn = {"before transfers", "after baseline transfers", "after reform transfers"};
    for (int s = 0; s < (reform ? 3 : 2); s++) {
      long[] v = c.poverty(s);
      out.add(String.format(Locale.ROOT, zh ? "  贫困（低于低保标准）%s：%,d 户 %,d 人（%s），缺口 %s 元/月"
              : "  below the minimum living standard (低保标准) %s: %,d households, %,d persons (%s), gap %s yuan a month",
          zh ? stageZh[s] : stageEn[s], v[0], v[1], share(v[1], c.persons()), yuan(v[2])));
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
    }
    return out;
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
