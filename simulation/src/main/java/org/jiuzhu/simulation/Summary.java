package org.jiuzhu.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.text.TextTable;
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

  /**
   * Under the totals, what medical assistance's persons are: its standing entitlements (a covered
   * member with a chronic or major illness) count before any bill, and with no spending recorded its
   * cost is not simulated. Empty when nobody has it.
   */
  public static java.util.Optional<String> medicalNote(Aggregates.Cell c, boolean reform, boolean zh) {
    if (!c.programmes().contains(MEDICAL_REIMBURSEMENT) || c.programme(MEDICAL_REIMBURSEMENT)[1] == 0) {
      return java.util.Optional.empty();
    }
    long[] p = c.programme(MEDICAL_REIMBURSEMENT);
    boolean priced = p[2] > 0 || (reform && p[5] > 0);
    return java.util.Optional.of(SimTexts.get(zh, priced ? "medical.standing.priced" : "medical.standing.unpriced",
        name(MEDICAL_REIMBURSEMENT, zh)));
  }

  /** The catalogue's medical assistance with out-of-pocket costs (医疗救助). */
  static final String MEDICAL_REIMBURSEMENT = "cn.medical.reimbursement";

  /** One cell (or the total) as lines of text, every line from the simulation's bundle ({@link SimTexts}). */
  public static List<String> text(String title, Aggregates.Cell c, boolean reform, boolean zh) {
    List<String> out = new ArrayList<>();
    out.add(SimTexts.get(zh, "cell.header", title, count(c.households()), count(c.persons())));
    List<String> ids = new ArrayList<>(c.programmes());
    ids.sort((a, b) -> Long.compare(Math.max(c.programme(b)[2], c.programme(b)[5]), Math.max(c.programme(a)[2], c.programme(a)[5])));
    // aligned by display width (汉字 take two columns), thousands separators in both languages
    TextTable t = reform
        ? new TextTable(SimTexts.get(zh, "table.programme"), SimTexts.get(zh, "table.base.households"), SimTexts.get(zh, "table.base.persons"),
            SimTexts.get(zh, "table.base.cost"), SimTexts.get(zh, "table.reform.households"), SimTexts.get(zh, "table.reform.persons"),
            SimTexts.get(zh, "table.reform.cost"))
        : new TextTable(SimTexts.get(zh, "table.programme"), SimTexts.get(zh, "table.households"), SimTexts.get(zh, "table.persons"),
            SimTexts.get(zh, "table.cost"));
    t.indent("  ").rightAlign(reform ? new int[] {1, 2, 3, 4, 5, 6} : new int[] {1, 2, 3});
    for (String id : ids) {
      long[] p = c.programme(id);
      String n = name(id, zh);
      if (reform) {
        t.row(n, TextTable.count(p[0]), TextTable.count(p[1]), TextTable.yuan(p[2]), TextTable.count(p[3]), TextTable.count(p[4]),
            TextTable.yuan(p[5]));
      } else {
        t.row(n, TextTable.count(p[0]), TextTable.count(p[1]), TextTable.yuan(p[2]));
      }
    }
    out.addAll(t.lines());
    // the table is of those receiving; where take-up below 1 leaves some entitled without it, both are said
    boolean header = false;
    for (String id : ids) {
      long[] p = c.programme(id);
      long[] e = c.entitled(id);
      if (e[0] != p[0] || e[3] != p[3]) {
        if (!header) {
          out.add(SimTexts.get(zh, "takeup.header"));
          header = true;
        }
        out.add(SimTexts.get(zh, "takeup", name(id, zh), count(e[0]), count(e[1]), count(p[0]), count(p[1])));
      }
    }
    for (int s = 0; s < (reform ? 3 : 2); s++) {
      long[] v = c.poverty(s);
      // a share of no persons at all reads "—" in the text (JSON keeps its empty value)
      String rate = c.persons() == 0 ? "—" : share(v[1], c.persons());
      out.add(SimTexts.get(zh, "poverty", SimTexts.get(zh, "stage." + s), count(v[0]), count(v[1]), rate, TextTable.yuan(v[2])));
    }
    for (int s = 0; s < (reform ? 3 : 2); s++) {
      out.add(SimTexts.get(zh, "fgt", SimTexts.get(zh, "stage." + s), four(c.fgt(s, 0)), four(c.fgt(s, 1)), four(c.fgt(s, 2))));
    }
    long poorAfter = c.poverty(1)[1];
    if (poorAfter > 0) {
      out.add(SimTexts.get(zh, "gaps.header"));
      List<String[]> rows = new ArrayList<>();
      for (Map<String, Object> g : gaps(c)) {
        long persons = (Long) g.get("persons");
        if (persons > 0) {
          rows.add(new String[] {Gaps.label((String) g.get("reason"), zh), TextTable.count(persons),
              SimTexts.get(zh, "gaps.persons", g.get("shareOfPoorPersons"))});
        }
      }
      // label column padded by display width (汉字 take two columns), counts right-aligned
      int w = 0;
      int cw = 0;
      for (String[] r : rows) {
        w = Math.max(w, TextTable.width(r[0]));
        cw = Math.max(cw, r[1].length());
      }
      for (String[] r : rows) {
        out.add("    " + r[0] + " ".repeat(w - TextTable.width(r[0])) + " " + " ".repeat(cw - r[1].length()) + r[1] + " " + r[2]);
      }
    }
    Map<String, long[]> review = c.review();
    if (!review.isEmpty()) {
      out.add(SimTexts.get(zh, "review.header"));
      review.forEach((k, v) -> {
        int bar = k.indexOf('|');
        out.add(SimTexts.get(zh, "review.line", name(k.substring(0, bar), zh), reviewLabel(k.substring(bar + 1), zh), count(v[0]),
            count(v[1])));
      });
    }
    if (reform) {
      out.add(SimTexts.get(zh, "winners", count(c.winners()), TextTable.yuan(c.gains()), count(c.losers()), TextTable.yuan(c.losses())));
      long[] b = c.gainBuckets();
      StringBuilder sb = new StringBuilder(SimTexts.get(zh, "gain.header")).append(' ');
      for (int i = 0; i < b.length; i++) {
        if (b[i] > 0) {
          sb.append(SimTexts.get(zh, "gain.bucket." + GAIN_BUCKET_KEYS.get(i))).append(zh ? "：" : ": ").append(count(b[i])).append("  ");
        }
      }
      out.add(sb.toString().stripTrailing());
      c.losersByProgramme().forEach((k, v) -> out.add(SimTexts.get(zh, "losers.programme", name(k, zh), count(v[0]), TextTable.yuan(v[1]))));
    }
    return out;
  }

  /**
   * The title of a cell of {@link Aggregates#cells()} ({@code 620825/URBAN}) in the chosen
   * language: the region code and the hukou in words ({@code 620825 城镇}, {@code 620825 urban}).
   */
  public static String cellTitle(String key, boolean zh) {
    int slash = key.indexOf('/');
    if (slash < 0) {
      return key;
    }
    String hukou = key.substring(slash + 1);
    String k = "hukou." + hukou;
    return SimTexts.get(zh, "cell.title", key.substring(0, slash),
        SimTexts.MESSAGES.has(zh ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN, k) ? SimTexts.get(zh, k) : hukou);
  }

  /**
   * A review's situation code ({@code tekun.missing-facts}) in words; a code the bundle does not
   * name reads "another reason" in Chinese (never the code) and keeps the code in English.
   */
  public static String reviewLabel(String code, boolean zh) {
    String k = "review." + code;
    if (SimTexts.MESSAGES.has(zh ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN, k)) {
      return SimTexts.get(zh, k);
    }
    return zh ? SimTexts.get(true, "review.other") : SimTexts.get(false, "review.other") + ": " + code;
  }

  private static String count(long n) {
    return org.jiuzhu.core.text.Messages.count(n);
  }

  private static String four(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /** The decile table as lines of text, aligned by display width. */
  public static List<String> decileLines(Aggregates.Cell c, boolean reform, boolean zh) {
    return decileLines(c, reform, zh, true);
  }

  /**
   * The decile table; {@code generated} says whether the incomes are a generated population's
   * (fitted model values) or read from microdata (the file's own, grouped in 5 % bins).
   */
  public static List<String> decileLines(Aggregates.Cell c, boolean reform, boolean zh, boolean generated) {
    List<String> out = new ArrayList<>();
    out.add(SimTexts.get(zh, "deciles.title"));
    TextTable t = reform
        ? new TextTable(SimTexts.get(zh, "deciles.decile"), SimTexts.get(zh, "deciles.persons"), SimTexts.get(zh, "deciles.from"),
            SimTexts.get(zh, "deciles.to"), SimTexts.get(zh, "deciles.base"), SimTexts.get(zh, "deciles.reform"), SimTexts.get(zh, "deciles.change"))
        : new TextTable(SimTexts.get(zh, "deciles.decile"), SimTexts.get(zh, "deciles.persons"), SimTexts.get(zh, "deciles.from"),
            SimTexts.get(zh, "deciles.to"), SimTexts.get(zh, "deciles.transfers"));
    t.indent("  ").rightAlign(reform ? new int[] {1, 2, 3, 4, 5, 6} : new int[] {1, 2, 3, 4});
    for (Decile d : decileTable(c)) {
      String to = Double.isInfinite(d.incomeTo()) ? "-" : String.format(Locale.ROOT, "%,.2f", d.incomeTo());
      String from = String.format(Locale.ROOT, "%,.2f", d.incomeFrom());
      if (reform) {
        t.row(Integer.toString(d.decile()), TextTable.count(d.persons()), from, to, TextTable.yuan(d.baselineTransfers()),
            TextTable.yuan(d.reformTransfers()), TextTable.yuan(d.reformTransfers() - d.baselineTransfers()));
      } else {
        t.row(Integer.toString(d.decile()), TextTable.count(d.persons()), from, to, TextTable.yuan(d.baselineTransfers()));
      }
    }
    out.addAll(t.lines());
    // the income level is the calibration's fitted location times the region's statistic, not an
    // observed income distribution: say so beside the figures (docs/simulation.md, the caveat)
    out.add(SimTexts.get(zh, generated ? "deciles.not-checked" : "deciles.microdata"));
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
    // the highest decile has no upper bound, whatever the highest bin a run's persons reached
    for (int i = 9; i >= 0; i--) {
      if (d[i][1] > 0) {
        to[i] = Double.POSITIVE_INFINITY;
        break;
      }
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
          "hukou", t.hukou().map(Enum::name).orElse("ALL"), "period", t.period().toString(), "status", t.status().id(),
          "statusText", obj("zh", t.statusText(org.jiuzhu.core.text.Lang.ZH), "en", t.statusText(org.jiuzhu.core.text.Lang.EN)),
          "source", t.sourceText(), "sourceZh", t.sourceZh(), "target", t.value().toPlainString(), "simulated", decimal(sim),
          "relativeError", decimal(t.relativeError(a)), "fitted", t.fit());
      t.url().ifPresent(u -> m.put("url", u));
      out.add(m);
    }
    return out;
  }

  /** A target in Chinese words, e.g. {@code 620825 农村 低保人数占比}. */
  static String targetLabel(Targets.Target t) {
    return targetLabel(t, true);
  }

  /** A target in English words, e.g. {@code 620825 rural persons receiving Minimum living allowance, share of persons}. */
  public static String targetLabelEn(Targets.Target t) {
    return targetLabel(t, false);
  }

  /** A target in the chosen language (Chinese words, or English words), from the simulation's bundle. */
  public static String targetLabel(Targets.Target t, boolean zh) {
    String sep = SimTexts.get(zh, "target.list.separator");
    String who = String.join(sep, t.places()) + " " + SimTexts.get(zh, "hukou." + t.hukou().map(Enum::name).orElse("ALL")) + " ";
    String names = String.join(SimTexts.get(zh, "target.programmes.separator"), t.programmes().stream().map(id -> name(id, zh)).distinct().toList());
    return who + switch (t.measure()) {
      case "age-share" -> t.ageTo() >= 999 ? SimTexts.get(zh, "target.age.from", Integer.toString(t.ageFrom()))
          : SimTexts.get(zh, "target.age.band", Integer.toString(t.ageFrom()), Integer.toString(t.ageTo()));
      case "recipient-rate" -> SimTexts.get(zh, "target.recipient-rate", names);
      case "household-rate" -> SimTexts.get(zh, "target.household-rate", names);
      case "mean-household-size" -> SimTexts.get(zh, "target.mean-household-size");
      case "disability-rate" -> SimTexts.get(zh, "target.disability-rate");
      default -> SimTexts.get(zh, "target.severe-disability-rate");
    };
  }

  /** Where the targets come from, in words: the shipped table, or the targets file given. */
  public static String targetsSource(Targets targets, boolean zh) {
    String s = targets.source();
    String shipped = " (shipped)";
    return s.endsWith(shipped) ? SimTexts.get(zh, "targets.source.shipped", s.substring(0, s.length() - shipped.length()))
        : SimTexts.get(zh, "targets.source.file", s);
  }

  /** Simulated vs target as lines of text, the status beside every figure, aligned by display width. */
  public static List<String> targetLines(Targets targets, Aggregates a, boolean zh) {
    List<String> out = new ArrayList<>();
    TextTable table = new TextTable(SimTexts.get(zh, "targets.target"), SimTexts.get(zh, "targets.value"), SimTexts.get(zh, "targets.simulated"),
        SimTexts.get(zh, "targets.error"), SimTexts.get(zh, "targets.status"));
    table.indent("  ").rightAlign(new int[] {1, 2, 3});
    boolean any = false;
    for (Targets.Target t : targets.all()) {
      Double sim = t.simulated(a);
      if (sim == null) {
        continue;
      }
      any = true;
      table.row(targetLabel(t, zh), t.value().toPlainString(), BigDecimal.valueOf(sim).setScale(4, RoundingMode.HALF_EVEN).toPlainString(),
          signedPercent(t.relativeError(a)), t.statusText(zh ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN));
    }
    if (any) {
      out.add(SimTexts.get(zh, "targets.title", targetsSource(targets, zh)));
      out.addAll(table.lines());
    }
    return out;
  }

  /**
   * The line that says which figures of a simulation's text were checked: those of the targets table
   * ({@link #targetLines}) and nothing else — costs, recipients and poverty figures are model results.
   */
  public static String notCheckedLine(Targets targets, Aggregates a, boolean zh) {
    for (Targets.Target t : targets.all()) {
      if (t.simulated(a) != null) {
        return SimTexts.get(zh, "targets.not-checked");
      }
    }
    return SimTexts.get(zh, "targets.none");
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

  /**
   * A relative error as a signed percentage with one decimal ({@code +13.5%}, {@code -1.4%}); one that
   * rounds to zero reads {@code 0.0%}, never {@code -0.0%}.
   */
  static String signedPercent(double ratio) {
    if (!Double.isFinite(ratio)) {
      return String.format(Locale.ROOT, "%+.1f%%", ratio * 100);
    }
    double tenths = Math.round(ratio * 1000);
    if (tenths == 0) {
      return "0.0%";
    }
    return String.format(Locale.ROOT, "%+.1f%%", tenths / 10);
  }
}
