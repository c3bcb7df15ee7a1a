package org.jiuzhu.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.simulation.Calibration;
import org.jiuzhu.simulation.Summary;
import org.jiuzhu.simulation.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Fits population parameters to calibration targets and writes them as a policy file. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = {"Fit a place's population parameters to its targets and write them as a policy file.",
        "The parameters (age structure by Nelder-Mead; take-up of dibao and tekun by hukou and of the marginal recognition by bisection, incomes held at the region's own statistic) are fitted to the place's targets (docs/targets.md) with the optimisers of Apache Commons Math; the fitted values are written as a policy file (status calibrated: the targets used, the seed), and simulated vs target is printed with the relative error."})
final class CalibrateCommand implements Callable<Integer>, OptionChecks {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--region", paramLabel = "CODE", split = ",",
      description = "Places to fit (default: every place the targets name).")
  List<String> regions = new ArrayList<>();

  @Option(names = "--targets", paramLabel = "FILE", description = "Targets (YAML, jiuzhu-targets/1; default: the shipped targets).")
  Path targetsFile;

  @Option(names = "--households", defaultValue = "40000", paramLabel = "N",
      description = "Generated households per place and evaluation (default: ${DEFAULT-VALUE}).")
  int households;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the population (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--date", defaultValue = "2025-10-01", paramLabel = "YYYY-MM-DD", description = "Date of the rules (default: ${DEFAULT-VALUE}).")
  LocalDate date;

  @Option(names = "--output", defaultValue = "calibrated.yaml", paramLabel = "FILE",
      description = "The policy file written (default: ${DEFAULT-VALUE}); pass it to simulate with --policy.")
  Path output;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads, 1 to 1024 (default: every core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--progress", defaultValue = "auto",
      description = "auto (a bar on a terminal, else a log line every 10 s), always (a bar) or never (default: ${DEFAULT-VALUE}).")
  MonitorCommand.ProgressMode progress;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
  ScreenCommand.Lang lang;

  @Mixin
  PolicyOptions policyOptions;

  /** Bad option values, every one (a usage error, exit 2, before the fit). */
  @Override
  public List<String> optionProblems(org.jiuzhu.core.text.Lang l) {
    List<String> bad = new ArrayList<>();
    if (households < 1000) {
      bad.add(CliTexts.get(l, "error.option.atLeast", "--households", Long.toString(households), "1000"));
    }
    if (threads < 1 || threads > org.jiuzhu.simulation.Simulation.MAX_THREADS) {
      bad.add(CliTexts.get(l, "error.option.range", "--threads", Integer.toString(threads), "1",
          Integer.toString(org.jiuzhu.simulation.Simulation.MAX_THREADS)));
    }
    for (String r : regions) {
      UsageErrors.regionProblem(l, "--region", r).ifPresent(bad::add);
    }
    return bad;
  }

  @Override
  public java.util.Optional<String> expected(org.jiuzhu.core.text.Lang l, String option) {
    return option.equals("--households") ? java.util.Optional.of(CliTexts.get(l, "usage.expected.atLeast", "1,000"))
        : java.util.Optional.empty();
  }

  @Override
  public Integer call() throws Exception {
    Targets targets = targetsFile == null ? Targets.shipped() : Targets.read(targetsFile);
    Policy policy = policyOptions.policy(); // the uncalibrated policy: a fit never starts from an earlier fit
    List<String> places = regions.isEmpty() ? targets.places() : regions;
    for (String p : places) {
      RegionCode c = RegionCode.parse(p); // --region checked with the other options (optionProblems)
      if (!policy.isKnown(c)) {
        throw CliTexts.unknownRegion(c, policy);
      }
      if (targets.forPlace(p).isEmpty()) {
        throw CliTexts.refused("error.calibrate.noTarget", p, targets.source(), org.jiuzhu.core.text.Listing.of(targets.places()));
      }
    }
    boolean zh = lang == ScreenCommand.Lang.zh;
    PrintWriter out = spec.commandLine().getOut();
    List<Calibration.Result> results = new ArrayList<>();
    // one step a place: a fit is one optimiser run whose number of evaluations is not known ahead
    try (Progress bar = new Progress(spec.commandLine().getErr(), Progress.style(progress), "calibrate", places.size(),
        Progress.Unit.STEPS, CliTexts.lang(lang))) {
      for (String p : places) {
        long started = System.nanoTime();
        Calibration.Result r = Calibration.fit(policy, p, targets, seed, households, date, threads);
        bar.step(p);
        results.add(r);
        out.println(CliTexts.get(CliTexts.lang(lang), "calibrate.fitted", p, org.jiuzhu.core.text.Messages.count(r.evaluations()),
            String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9)));
        // the fitted values as a table: the parameter in words, its key (as in the policy file written), the value
        org.jiuzhu.core.text.Lang l = zh ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN;
        org.jiuzhu.core.text.TextTable fitted = new org.jiuzhu.core.text.TextTable(CliTexts.get(l, "calibrate.column.parameter"),
            CliTexts.get(l, "calibrate.column.key"), CliTexts.get(l, "calibrate.column.value"));
        fitted.indent("  ").rightAlign(new int[] {2});
        r.fitted().forEach((k, v) -> fitted.row(org.jiuzhu.rules.cn.ParameterLabels.label(l, k).orElse(k), k, v.toPlainString()));
        fitted.lines().forEach(out::println);
        // a target more recipients than entitled would need take-up above 1: said, never made up by raising incomes
        for (Calibration.Shortfall f : r.beyondEntitlement()) {
          String needed = Double.isInfinite(f.needed()) ? "∞" : String.format(Locale.ROOT, "%.2f", f.needed());
          out.println(f.supporterKey() == null
              ? CliTexts.get(l, "calibrate.beyond", f.target(), four(f.atFullTakeUp()), four(f.value()), needed, labelled(l, f.key()))
              : CliTexts.get(l, "calibrate.beyond.supporters", f.target(), four(f.atFullTakeUp()), four(f.value()), needed,
                  labelled(l, f.key()), labelled(l, f.supporterKey()), f.supporterShare().toPlainString()));
        }
        Summary.targetLines(targets, r.aggregates(), zh).forEach(out::println);
        out.flush();
      }
    }
    String command = "./jiuzhu calibrate --region " + String.join(",", places) + " --seed " + seed + " --households " + households
        + " --date " + date + (targetsFile == null ? "" : " --targets " + targetsFile);
    String yaml = Calibration.write(results, targets.source(), command);
    // its folder was checked before the fit (FileArguments); written beside its place, then moved there
    try (OutputFiles files = new OutputFiles()) {
      Files.writeString(files.to(output), yaml, StandardCharsets.UTF_8);
      files.succeeded();
    }
    out.println(CliTexts.get(CliTexts.lang(lang), "calibrate.wrote", output));
    out.flush();
    return 0;
  }

  /** A parameter in words with its key in brackets, as the fitted table shows both. */
  private static String labelled(org.jiuzhu.core.text.Lang l, String key) {
    String label = org.jiuzhu.rules.cn.ParameterLabels.label(l, key).orElse(key);
    return l == org.jiuzhu.core.text.Lang.ZH ? label + "（" + key + "）" : label + " (" + key + ")";
  }

  private static String four(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
