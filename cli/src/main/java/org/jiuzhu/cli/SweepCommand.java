package org.jiuzhu.cli;

import org.jiuzhu.simulation.Summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.text.Messages;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.simulation.Evaluator;
import org.jiuzhu.simulation.Reform;
import org.jiuzhu.simulation.Sweep;
import org.jiuzhu.cli.report.SweepReport;
import org.jiuzhu.cli.report.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Varies one member's wages and reports every programme, net income, marginal rates and cliffs. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Vary one member's monthly wages and report, step by step, what every programme pays.",
        "By default from 0 to 3 × the minimum living standard (低保标准) in 1-yuan steps. The text gives the range of net income, the cliffs and the losses without a cash amount; --format json and --report give every step: what every programme pays, net income and the effective marginal rate."})
final class SweepCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "HOUSEHOLD", description = "The household file (.json, .yaml).")
  Path file;

  @Option(names = "--member", paramLabel = "ID", description = "Whose wages vary (default: the applicant).")
  String member;

  @Option(names = "--from", defaultValue = "0", paramLabel = "YUAN", description = "First monthly wage (default: ${DEFAULT-VALUE}).")
  String from;

  @Option(names = "--to", paramLabel = "YUAN", description = "Last monthly wage (default: 3 × the household's minimum living standard (低保标准)).")
  String to;

  @Option(names = "--step", defaultValue = "1", paramLabel = "YUAN", description = "Step (default: ${DEFAULT-VALUE}).")
  String step;

  @Option(names = "--date", defaultValue = "2025-10-01", paramLabel = "YYYY-MM-DD", description = "Date of the rules (default: ${DEFAULT-VALUE}).")
  LocalDate date;

  @Option(names = "--reform", paramLabel = "FILE", description = "A policy file of dated overrides (repeat for several).")
  List<Path> reform = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  MonitorCommand.Output format;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
  ScreenCommand.Lang lang;

  @Option(names = "--report", paramLabel = "FILE", description = "Write an HTML report with the benefit and marginal-rate curves.")
  Path report;

  @Mixin
  PolicyOptions policyOptions;

  /** The fen of an amount option, or null (its problem added to {@code bad}) when it is not an amount. */
  private static Long fen(String option, String yuan, List<org.jiuzhu.core.text.Text> bad) {
    try {
      return Money.parse(yuan).fen();
    } catch (IllegalArgumentException e) {
      bad.add(CliTexts.MESSAGES.text("error.sweep.amount", option, yuan));
      return null;
    }
  }

  @Override
  public Integer call() throws Exception {
    Household h = policyOptions.household(file, date); // dated facts and the region checked here, naming the file's entries; bad policy files too
    Policy policy = policyOptions.policy();
    Optional<Policy> reformed = reform.isEmpty() ? Optional.empty() : Optional.of(Reform.apply(policy, reform));
    Evaluator evaluator = new Evaluator(policy, reformed, date);
    String who = member == null ? h.applicantId() : member;
    // every bad option is said at once (a usage error: exit 2, the usage)
    List<org.jiuzhu.core.text.Text> bad = new ArrayList<>();
    Optional<Member> m = h.member(who);
    if (m.isEmpty()) {
      bad.add(CliTexts.MESSAGES.text("error.sweep.member", who, h.id(), org.jiuzhu.core.text.Listing.of(h.members().stream().map(Member::id).toList())));
    }
    Long fromGiven = fen("--from", from, bad);
    Long stepGiven = fen("--step", step, bad);
    Long toGiven = to == null ? m.map(x -> policy.snapshot(h.region(), date).get(x.hukouType() == HukouType.URBAN
        ? CnParameters.DIBAO_STANDARD_URBAN : CnParameters.DIBAO_STANDARD_RURAL).fen() * 3).orElse(null) : fen("--to", to, bad);
    // each value as the user wrote it (--step -1, not -1.00); a --to not given is the default worked out
    if (fromGiven != null && fromGiven < 0) {
      bad.add(CliTexts.MESSAGES.text("error.sweep.from", from));
    }
    if (stepGiven != null && stepGiven <= 0) {
      bad.add(CliTexts.MESSAGES.text("error.sweep.step", step));
    }
    if (toGiven != null && fromGiven != null && fromGiven >= 0 && toGiven < fromGiven) {
      bad.add(CliTexts.MESSAGES.text("error.sweep.to", to == null ? Money.ofFen(toGiven).toString() : to, from));
    }
    if (!bad.isEmpty()) {
      throw new UsageErrors.Refused(spec.commandLine(), bad);
    }
    // a reform that changes nothing in force for the household's region (one written for another region) leaves
    // the reform's columns as the baseline's: said, as simulate says it, so that no change is not read as its effect
    if (reformed.isPresent()
        && policy.snapshot(h.region(), date).fingerprint().equals(reformed.get().snapshot(h.region(), date).fingerprint())) {
      spec.commandLine().getErr().println(CliTexts.get(CliTexts.lang(lang), "simulate.reform.unchanged", h.region(), date));
      spec.commandLine().getErr().flush();
    }
    long fromFen = fromGiven;
    long stepFen = stepGiven;
    long toFen = toGiven;
    if ((toFen - fromFen) / stepFen + 1 > 100_000) {
      throw UsageErrors.refused(spec, "error.sweep.steps", Messages.count((toFen - fromFen) / stepFen + 1), Money.ofFen(fromFen).toString(),
          Money.ofFen(toFen).toString(), Money.ofFen(stepFen).toString(), Messages.count(100_000));
    }
    Sweep.Result r = new Sweep(evaluator).run(h, who, fromFen, toFen, stepFen);
    boolean zh = lang == ScreenCommand.Lang.zh;
    boolean hasReform = reformed.isPresent();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("household", r.householdId());
        j.put("member", r.memberId());
        j.put("date", date.toString());
        j.put("programmes", r.programmes());
        List<Map<String, Object>> pts = new ArrayList<>();
        for (Sweep.Point p : r.points()) {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("wages", Money.ofFen(p.wages()).toString());
          x.put("marketIncome", Money.ofFen(p.marketIncome()).toString());
          Map<String, String> b = new LinkedHashMap<>();
          p.baseline().forEach((k, v) -> b.put(k, Money.ofFen(v).toString()));
          x.put("baseline", b);
          x.put("netBaseline", Money.ofFen(p.netBaseline()).toString());
          x.put("rateBaseline", p.rateBaseline() == null ? null : p.rateBaseline().toPlainString());
          // over a year: exact, and the programmes add up to the net to the fen
          Map<String, String> by = new LinkedHashMap<>();
          p.baselineYear().forEach((k, v) -> by.put(k, Money.ofFen(v).toString()));
          x.put("baselineYear", by);
          x.put("netBaselineYear", Money.ofFen(p.netBaselineYear()).toString());
          if (hasReform) {
            Map<String, String> f = new LinkedHashMap<>();
            p.reform().forEach((k, v) -> f.put(k, Money.ofFen(v).toString()));
            x.put("reform", f);
            x.put("netReform", Money.ofFen(p.netReform()).toString());
            x.put("rateReform", p.rateReform() == null ? null : p.rateReform().toPlainString());
            Map<String, String> fy = new LinkedHashMap<>();
            p.reformYear().forEach((k, v) -> fy.put(k, Money.ofFen(v).toString()));
            x.put("reformYear", fy);
            x.put("netReformYear", Money.ofFen(p.netReformYear()).toString());
            // households (and persons) the reform moves between household 低保 and 单人户 低保 at this step, each way
            x.put("dibaoSwitches", switchesAt(r, p.wages()));
          }
          pts.add(x);
        }
        j.put("points", pts);
        j.put("cliffs", cliffs(r));
        // what is lost that has no cash amount (a recognition such as 低保边缘家庭认定): net income does not show it
        j.put("nonCashLosses", nonCashLosses(r));
        if (hasReform) {
          j.put("dibaoSwitchRanges", switchRanges(r));
        }
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(j));
      }
      case csv -> {
        List<String> header = new ArrayList<>(List.of("wages", "marketIncome"));
        r.programmes().forEach(id -> header.add("baseline:" + id));
        header.addAll(List.of("netBaseline", "rateBaseline"));
        r.programmes().forEach(id -> header.add("baselineYear:" + id));
        header.add("netBaselineYear");
        if (hasReform) {
          r.programmes().forEach(id -> header.add("reform:" + id));
          header.addAll(List.of("netReform", "rateReform"));
          r.programmes().forEach(id -> header.add("reformYear:" + id));
          header.add("netReformYear");
        }
        out.println(String.join(",", header));
        for (Sweep.Point p : r.points()) {
          List<String> row = new ArrayList<>(List.of(Money.ofFen(p.wages()).toString(), Money.ofFen(p.marketIncome()).toString()));
          r.programmes().forEach(id -> row.add(Money.ofFen(p.baseline().getOrDefault(id, 0L)).toString()));
          row.add(Money.ofFen(p.netBaseline()).toString());
          row.add(p.rateBaseline() == null ? "" : p.rateBaseline().toPlainString());
          r.programmes().forEach(id -> row.add(Money.ofFen(p.baselineYear().getOrDefault(id, 0L)).toString()));
          row.add(Money.ofFen(p.netBaselineYear()).toString());
          if (hasReform) {
            r.programmes().forEach(id -> row.add(Money.ofFen(p.reform().getOrDefault(id, 0L)).toString()));
            row.add(Money.ofFen(p.netReform()).toString());
            row.add(p.rateReform() == null ? "" : p.rateReform().toPlainString());
            r.programmes().forEach(id -> row.add(Money.ofFen(p.reformYear().getOrDefault(id, 0L)).toString()));
            row.add(Money.ofFen(p.netReformYear()).toString());
          }
          out.println(String.join(",", row));
        }
      }
      case text -> {
        org.jiuzhu.core.text.Lang l = zh ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN;
        String sep = CliTexts.get(l, "list.separator");
        out.println(CliTexts.get(l, "sweep.header", r.householdId(), r.memberId(), Money.ofFen(r.points().get(0).wages()),
            Money.ofFen(r.points().get(r.points().size() - 1).wages()), org.jiuzhu.core.text.Messages.count(r.points().size())));
        out.println(CliTexts.get(l, "sweep.programmes",
            String.join(sep, r.programmes().stream().map(id -> Summary.name(id, zh)).toList())));
        Sweep.Point first = r.points().get(0);
        Sweep.Point last = r.points().get(r.points().size() - 1);
        out.println(CliTexts.get(l, "sweep.net", Money.ofFen(first.netBaseline()), Money.ofFen(last.netBaseline()),
            Money.ofFen(first.netBaselineYear()), Money.ofFen(last.netBaselineYear())));
        if (r.cliffs().isEmpty()) {
          out.println(CliTexts.get(l, "sweep.no-cliff"));
        }
        for (Sweep.Cliff c : r.cliffs()) {
          out.println(CliTexts.get(l, c.reform() ? "sweep.cliff.reform" : "sweep.cliff", Money.ofFen(c.fromWages()),
              Money.ofFen(c.toWages()), Money.ofFen(c.netLost()), changes(l, c, zh))
              // a recognition (低保边缘家庭认定) or help in kind has no cash amount, but is lost too
              + (c.nonCashLost().isEmpty() ? "" : CliTexts.get(l, "sweep.cliff.non-cash",
                  String.join(sep, c.nonCashLost().stream().map(id -> Summary.name(id, zh)).toList())))
              + recognitions(l, c.nonCashLost(), zh, sep));
        }
        for (Sweep.NonCashLoss n : r.nonCashLosses()) {
          if (!n.cliff()) {
            // net income does not fall, so no cliff says it
            out.println(CliTexts.get(l, n.reform() ? "sweep.non-cash.reform" : "sweep.non-cash", Money.ofFen(n.fromWages()),
                Money.ofFen(n.toWages()), String.join(sep, n.programmes().stream().map(id -> Summary.name(id, zh)).toList()))
                + recognitions(l, n.programmes(), zh, sep));
          }
        }
        if (hasReform) {
          // a move between household 低保 and 单人户 低保 is a change of kind, not only of amount: named
          List<Sweep.DibaoSwitchRange> ranges = r.dibaoSwitchRanges();
          if (ranges.isEmpty()) {
            out.println(CliTexts.get(l, "sweep.dibao-switch.none"));
          }
          for (Sweep.DibaoSwitchRange x : ranges) {
            out.println(CliTexts.get(l, "sweep.dibao-switch." + x.direction().key(), Money.ofFen(x.fromWages()),
                Money.ofFen(x.toWages()), (long) x.points(), x.households(), x.persons()));
          }
        }
      }
    }
    out.flush();
    if (report != null) {
      Texts t = Texts.of(zh);
      try (OutputFiles files = new OutputFiles()) { // written beside its place, moved there when whole
        SweepReport.page(t, r, hasReform, t.t("sweep.context", file.getFileName().toString(), date,
            hasReform ? t.list(reform.stream().map(x -> x.getFileName().toString()).toList()) : "–"))
            .write(files.to(report));
        files.succeeded();
      }
    }
    return 0;
  }

  /**
   * What falls at a cliff: the programmes lost ({@code 失去 …}) and those only reduced, each with how
   * much less a month ({@code 临时救助减少 20.00 元}); never an empty list.
   */
  static String changes(org.jiuzhu.core.text.Lang l, Sweep.Cliff c, boolean zh) {
    String sep = CliTexts.get(l, "list.separator");
    List<String> parts = new ArrayList<>();
    if (!c.programmesLost().isEmpty()) {
      parts.add(CliTexts.get(l, "sweep.cliff.lost", String.join(sep, c.programmesLost().stream().map(id -> Summary.name(id, zh)).toList())));
    }
    if (!c.programmesReduced().isEmpty()) {
      parts.add(String.join(sep, c.programmesReduced().entrySet().stream()
          .map(e -> CliTexts.get(l, "sweep.cliff.reduced", Summary.name(e.getKey(), zh), Money.ofFen(e.getValue()))).toList()));
    }
    return String.join(CliTexts.get(l, "list.semicolon"), parts);
  }

  private static List<Map<String, Object>> cliffs(Sweep.Result r) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Sweep.Cliff c : r.cliffs()) {
      out.add(MonitorCommand.obj("reform", c.reform(), "fromWages", Money.ofFen(c.fromWages()).toString(), "toWages",
          Money.ofFen(c.toWages()).toString(), "netLost", Money.ofFen(c.netLost()).toString(), "programmesLost", c.programmesLost(),
          "programmesReduced", reducedJson(c), "nonCashLost", c.nonCashLost()));
    }
    return out;
  }

  /** The programmes only reduced at a cliff: id → how much less a month, yuan. */
  private static Map<String, String> reducedJson(Sweep.Cliff c) {
    Map<String, String> m = new LinkedHashMap<>();
    c.programmesReduced().forEach((id, v) -> m.put(id, Money.ofFen(v).toString()));
    return m;
  }

  /** Says that a lost recognition (低保边缘家庭认定) gates other help, or nothing when none is among {@code lost}. */
  private static String recognitions(org.jiuzhu.core.text.Lang l, List<String> lost, boolean zh, String sep) {
    List<String> names = lost.stream().filter(SweepReport::gatesOtherHelp).map(id -> Summary.name(id, zh)).toList();
    return names.isEmpty() ? "" : CliTexts.get(l, "sweep.non-cash.recognition", String.join(sep, names));
  }

  /** JSON keys of the two directions of a switch between household 低保 and 单人户 低保. */
  private static String jsonKey(Sweep.DibaoSwitch.Direction d) {
    return d == Sweep.DibaoSwitch.Direction.HOUSEHOLD_TO_SINGLE_PERSON ? "householdToSinglePerson" : "singlePersonToHousehold";
  }

  /** The households and persons that switch each way at the step of {@code wages} (zero each way when none). */
  private static Map<String, Object> switchesAt(Sweep.Result r, long wages) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Sweep.DibaoSwitch.Direction d : Sweep.DibaoSwitch.Direction.values()) {
      long households = 0;
      long persons = 0;
      for (Sweep.DibaoSwitch x : r.dibaoSwitchesAt(wages)) {
        if (x.direction() == d) {
          households += x.households();
          persons += x.persons();
        }
      }
      m.put(jsonKey(d), MonitorCommand.obj("households", households, "persons", persons));
    }
    return m;
  }

  private static List<Map<String, Object>> switchRanges(Sweep.Result r) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Sweep.DibaoSwitchRange x : r.dibaoSwitchRanges()) {
      out.add(MonitorCommand.obj("direction", x.direction().key(), "fromWages", Money.ofFen(x.fromWages()).toString(), "toWages",
          Money.ofFen(x.toWages()).toString(), "points", x.points(), "households", x.households(), "persons", x.persons()));
    }
    return out;
  }

  private static List<Map<String, Object>> nonCashLosses(Sweep.Result r) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Sweep.NonCashLoss n : r.nonCashLosses()) {
      out.add(MonitorCommand.obj("reform", n.reform(), "fromWages", Money.ofFen(n.fromWages()).toString(), "toWages",
          Money.ofFen(n.toWages()).toString(), "programmes", n.programmes(), "cliff", n.cliff()));
    }
    return out;
  }
}
