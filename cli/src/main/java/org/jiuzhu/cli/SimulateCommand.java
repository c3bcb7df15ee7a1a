package org.jiuzhu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
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
import java.util.function.Consumer;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Messages;
import org.jiuzhu.parquet.ParquetMicrodata;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.simulation.Aggregates;
import org.jiuzhu.simulation.Calibration;
import org.jiuzhu.simulation.Gaps;
import org.jiuzhu.simulation.Targets;
import org.jiuzhu.simulation.SimTexts;
import org.jiuzhu.simulation.Summary;
import org.jiuzhu.simulation.Evaluator;
import org.jiuzhu.simulation.HouseholdOutcome;
import org.jiuzhu.simulation.HouseholdSource;
import org.jiuzhu.simulation.MicrodataCsv;
import org.jiuzhu.simulation.PopulationGenerator;
import org.jiuzhu.simulation.Reform;
import org.jiuzhu.simulation.Simulation;
import org.jiuzhu.simulation.Sweep;
import org.jiuzhu.cli.report.SimulationReport;
import org.jiuzhu.cli.report.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Simulates every programme over a population, with or without a reform. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Run every programme over a generated population or microdata, baseline and reform in one pass.",
        "The population is generated (--households, --seed) or read (--input .csv or .parquet); baseline and reform (--reform) run in the same pass, in parallel. Prints cost by programme, recipients, coverage, poverty before and after transfers, winners and losers and the distribution of gains, by region and hukou. See docs/simulation.md."})
final class SimulateCommand implements Callable<Integer>, OptionChecks {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** The region of a generated population when {@code --region} is not given: 庄浪县 (Zhuanglang County). */
  static final String DEFAULT_REGION = "620825";

  // no picocli default: --region is refused beside --input, so an empty list means "not given"
  @Option(names = "--region", paramLabel = "CODE", split = ",",
      description = "Region(s) of the generated population; each household's region is drawn from the seed, so each gets about an equal share, not exactly (default: " + DEFAULT_REGION
          + ", Zhuanglang County).")
  List<String> regions = new ArrayList<>();

  @Option(names = "--households", defaultValue = "100000", paramLabel = "N", description = "Generated households (default: ${DEFAULT-VALUE}).")
  long households;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the population (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--date", defaultValue = "2025-10-01", paramLabel = "YYYY-MM-DD", description = "Date of the rules (default: ${DEFAULT-VALUE}).")
  LocalDate date;

  @Option(names = "--reform", paramLabel = "FILE", description = "A policy file of dated overrides: the reform (repeat for several).")
  List<Path> reform = new ArrayList<>();

  @Option(names = "--input", paramLabel = "FILE", description = "Microdata instead of a generated population (.csv or .parquet).")
  Path input;

  @Option(names = "--output", paramLabel = "FILE", description = "Write one result a household (.csv or .parquet).")
  Path output;

  @Option(names = "--write-population", paramLabel = "FILE",
      description = "Also write the households run as microdata (.csv or .parquet), e.g. to run them again on Spark.")
  Path writePopulation;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads, 1 to 1024 (default: every core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
  ScreenCommand.Lang lang;

  @Option(names = "--report", paramLabel = "FILE", description = "Write an HTML report with charts.")
  Path report;

  @Option(names = "--progress", defaultValue = "auto",
      description = "auto (a bar on a terminal, else a log line every 10 s), always (a bar) or never (default: ${DEFAULT-VALUE}).")
  MonitorCommand.ProgressMode progress;

  @Mixin
  PolicyOptions policyOptions;

  @Option(names = "--targets", paramLabel = "FILE",
      description = "Calibration targets printed beside the results (YAML, jiuzhu-targets/1; default: the shipped targets).")
  Path targetsFile;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "With --input: write every bad row (row, column, value, what was expected) to FILE (CSV) and go on without"
          + " those households; without it a bad file stops the run with every problem listed.")
  Path rejectsFile;

  @Option(names = "--uncalibrated", description = "Leave out the shipped calibrated population parameters (docs/targets.md).")
  boolean uncalibrated;

  /**
   * Whether the shipped calibration applies (unless --uncalibrated): its take-up applies to microdata
   * too, so that a generated population written with --write-population and read back with --input
   * (or by the Spark job) gives the same figures.
   */
  private boolean calibrated() {
    return !uncalibrated;
  }

  /** The embedded policy, the shipped calibration (unless --uncalibrated), then the user's --policy files. */
  private Policy baselinePolicy() {
    Policy p = calibrated() ? Calibration.shipped(Policy.installed()) : Policy.installed();
    if (policyOptions.files.isEmpty()) {
      return p;
    }
    // every problem of the files, alone and laid over the policy, each at its file and line
    return org.jiuzhu.rules.policyfile.PolicyFiles.override(p, CnParameters.catalog(), policyOptions.files);
  }

  @Override
  public Integer call() throws Exception {
    // every file the run writes was checked before the run (FileArguments, OutputFiles), not after it
    // a bad option value or combination is a usage error, said with picocli's own before the run (optionProblems)
    Policy policy = baselinePolicy();
    Targets targets = targetsFile == null ? Targets.shipped() : Targets.read(targetsFile);
    List<RegionCode> codes = new ArrayList<>();
    for (String r : regions.isEmpty() ? List.of(DEFAULT_REGION) : regions) {
      RegionCode c = RegionCode.parse(r); // checked with the other options (optionProblems)
      if (!policy.isKnown(c)) {
        throw CliTexts.unknownRegion(c, policy);
      }
      codes.add(c);
    }
    Optional<Policy> reformed = reform.isEmpty() ? Optional.empty() : Optional.of(Reform.apply(policy, reform));
    Evaluator evaluator = new Evaluator(policy, reformed, date);
    PrintWriter err = spec.commandLine().getErr();
    PopulationGenerator generator = input == null ? new PopulationGenerator(policy, seed, codes, date) : null;
    // every file is written beside its place and moved there once the others are closed, if the run succeeded
    try (OutputFiles files = new OutputFiles();
         HeapPeak heap = new HeapPeak();
         Sink results = output == null ? null : Sink.results(files.to(output));
         Sink population = writePopulation == null ? null : Sink.households(files.to(writePopulation));
         RejectFile rejects = rejectsFile == null ? null : new RejectFile(files.to(rejectsFile), CliTexts.lang(lang))) {
      HouseholdSource source = input == null ? HouseholdSource.generated(generator, households)
          : open(input, org.jiuzhu.simulation.Microdata.KnownRegions.of(policy));
      if (population != null) {
        source = population.tee(source);
      }
      long started = System.nanoTime();
      Aggregates agg;
      try (Progress bar = new Progress(err, Progress.style(progress), "simulate", source.size(), Progress.Unit.HOUSEHOLDS,
          CliTexts.lang(lang))) {
        agg = new Simulation(evaluator, threads).run(source, (done, total) -> bar.stepTo(done),
            results == null ? null : results::accept, rejects == null ? null : rejects::accept);
      }
      if (rejects != null && rejects.count > 0) {
        err.println(CliTexts.get(CliTexts.lang(lang), "simulate.rejects", rejectsFile, rejects.count, rejects.households.size(),
            rejects.rows.size()));
      }
      if (input != null && agg.records() == 0 && rejects != null && rejects.count > 0) {
        // every household refused: the run goes on as --rejects asks (the rejects file is its result), and says so
        err.println(CliTexts.get(CliTexts.lang(lang), "simulate.all-rejected", input, rejects.households.size(), rejectsFile));
      }
      if (input != null && agg.records() == 0 && (rejects == null || rejects.count == 0)) {
        // a file of no household (a header alone, or nothing) has nothing to simulate: refused, no output left behind
        throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(CliTexts.MESSAGES.text("error.microdata.empty", input));
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      // throughput counts household records, whatever their weights; the population they stand for is the total's
      long n = agg.records();
      long weighted = agg.total().households();
      boolean zh = lang == ScreenCommand.Lang.zh;
      boolean hasReform = reformed.isPresent();
      Aggregates.Cell total = agg.total();
      long evaluated = n;
      List<RegionCode> inRun = new ArrayList<>();
      for (String k : agg.cells().keySet()) {
        RegionCode rc = RegionCode.parse(k.substring(0, k.indexOf('/')));
        if (!inRun.contains(rc)) {
          inRun.add(rc);
        }
      }
      Map<String, Object> provenance = Summary.provenance(policy, reformed, inRun, date);
      if (hasReform) {
        // A reform that changes no parameter of a simulated region leaves its results as the
        // baseline's: say so, so that "no winners, no losers" is not read as the reform's effect.
        Map<?, ?> base = (Map<?, ?>) provenance.get("baselineFingerprints");
        Map<?, ?> ref = (Map<?, ?>) provenance.get("reformFingerprints");
        for (Map.Entry<?, ?> e : base.entrySet()) {
          if (e.getValue().equals(ref.get(e.getKey()))) {
            err.println(CliTexts.get(CliTexts.lang(lang), "simulate.reform.unchanged", e.getKey(), date));
          }
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      String source0 = input != null ? input.toString() : String.format(Locale.ROOT, "%,d generated households, seed %d, %s",
          households, seed, codes);
      if (format == Format.json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", Summary.SCHEMA);
        m.put("source", source0);
        m.put("populationSource", input == null ? "generated" : "microdata");
        if (input == null) {
          m.put("seed", seed);
        }
        m.put("calibrated", calibrated());
        m.put("date", date.toString());
        m.put("reform", reform.stream().map(Path::toString).toList());
        m.put("householdsEvaluated", evaluated);
        m.put("seconds", Math.round(seconds * 1000) / 1000.0);
        m.put("householdsPerSecond", Math.round(evaluated / seconds));
        m.put("threads", threads);
        m.put("peakHeapMb", heap.peak() >> 20);
        if (input == null) {
          m.put("anchors", Summary.anchors(policy, codes, date));
        }
        m.putAll(provenance);
        m.put("targetsSource", targets.source());
        m.put("targets", Summary.targets(targets, agg));
        m.putAll(Summary.of(agg, hasReform));
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
      } else {
        Lang l = CliTexts.lang(lang);
        String sep = CliTexts.get(l, "simulate.list.separator");
        String text0 = input != null ? CliTexts.get(l, "simulate.source.input", input)
            : CliTexts.get(l, "simulate.source.generated", Messages.count(households), Long.toString(seed),
                String.join(sep, codes.stream().map(RegionCode::toString).toList()));
        out.println(hasReform ? CliTexts.get(l, "simulate.header.reform", text0, date, String.join(sep, reform.stream().map(Path::toString).toList()))
            : CliTexts.get(l, "simulate.header", text0, date));
        Summary.text(SimTexts.get(zh, "total"), total, hasReform, zh).forEach(out::println);
        Summary.medicalNote(total, hasReform, zh).ifPresent(out::println);
        Summary.targetLines(targets, agg, zh).forEach(out::println);
        out.println(Summary.notCheckedLine(targets, agg, zh));
        // the two contribution subsidies rest on the members' insurance schemes: say where those come from
        out.println(CliTexts.get(l, input == null ? "simulate.schemes.generated" : "simulate.schemes.input"));
        Summary.decileLines(total, hasReform, zh, input == null).forEach(out::println);
        if (input == null) {
          Summary.anchors(policy, codes, date).forEach((region, v) -> out.println(anchorLine(region, v, zh)));
        }
        if (agg.cells().size() > 1) {
          agg.cells().forEach((k, c) -> Summary.text(Summary.cellTitle(k, zh), c, hasReform, zh).forEach(out::println));
        }
      }
      out.flush();
      if (report != null) {
        writeReport(agg, total, hasReform, evaluator, generator, source0, codes, targets, files.to(report));
      }
      err.println(CliTexts.get(CliTexts.lang(lang), weighted == n ? "simulate.throughput" : "simulate.throughput.weighted",
          Messages.count(n), String.format(Locale.ROOT, "%.2f", seconds),
          String.format(Locale.ROOT, "%,.0f", n / seconds), threads, Messages.count(heap.peak() >> 20),
          Messages.count(Runtime.getRuntime().maxMemory() >> 20), Messages.count(weighted)));
      err.flush();
      files.succeeded();
    } catch (org.jiuzhu.core.validation.ValidationException e) {
      if (input == null || rejectsFile != null) {
        throw e;
      }
      // bad microdata without --rejects: every problem, then how to run the good rows anyway
      Lang l = CliTexts.lang(lang);
      err.println(CliTexts.get(l, "error", e.getMessage(l)));
      if (!e.problems().isEmpty() && e.problems().stream().allMatch(p -> p.code().startsWith("microdata."))) {
        // bad rows, which --rejects leaves out; not a bad header, which no option gets past
        err.println(CliTexts.get(l, "simulate.rejects.hint", "--rejects")); // the option, the same in both languages
      }
      err.flush();
      return Jiuzhu.INVALID_INPUT;
    }
    return 0;
  }

  /**
   * The --rejects file (CSV), in the run's language: one line a problem — row, household, member,
   * column, the cell's value, what was expected, and what is wrong — and one line for each other
   * row of a household left out (row, household and member, the column empty), so that every
   * person left out of the count is named.
   */
  static final class RejectFile implements Closeable {
    static final List<String> COLUMNS = List.of("row", "household", "member", "column", "value", "expected", "message");
    private static final com.fasterxml.jackson.databind.ObjectWriter LINE = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
        .writerFor(List.class).with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema());
    private final Writer out;
    private final Lang lang;
    /** Problems written (rows left out without a problem of their own not counted). */
    long count;
    /** The households left out, and their rows (persons). */
    final java.util.Set<String> households = new java.util.HashSet<>();
    final java.util.Set<Long> rows = new java.util.HashSet<>();

    RejectFile(Path file, Lang lang) throws IOException {
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      this.lang = lang;
      out.write(LINE.writeValueAsString(COLUMNS));
    }

    void accept(org.jiuzhu.simulation.Microdata.Defect d) {
      try {
        out.write(LINE.writeValueAsString(List.of(d.row() == 0 ? "" : Long.toString(d.row()), d.household(), d.member(), d.column(),
            d.value(), d.expected(lang), d.description(lang))));
      } catch (IOException x) {
        throw new java.io.UncheckedIOException(x);
      }
      if (!d.leftOut()) {
        count++;
      }
      households.add(d.household());
      if (d.row() > 0) {
        rows.add(d.row());
      }
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** One region's standards against the national averages, e.g. {@code 低保 城镇 760.00（全国平均 828.00 的 0.9179）}. */
  @SuppressWarnings("unchecked")
  static String anchorLine(String region, Object value, boolean zh) {
    Map<String, Object> v = (Map<String, Object>) value;
    Lang l = zh ? Lang.ZH : Lang.EN;
    String[] keys = {"dibaoUrban", "dibaoRural", "tekunUrban", "tekunRural"};
    String[] names = CliTexts.get(l, "simulate.anchor").split("\\|");
    List<String> items = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      Map<String, Object> p = (Map<String, Object>) v.get(keys[i]);
      items.add(CliTexts.get(l, "simulate.anchor.item", names[i], readable(p.get("region")), readable(p.get("nationalAverage")),
          p.get("ratio")));
    }
    return CliTexts.get(l, "simulate.anchors", region, String.join(CliTexts.get(l, "simulate.anchor.separator"), items));
  }

  /** Bad option values and combinations, every one (a usage error, exit 2, before the run). */
  @Override
  public List<String> optionProblems(org.jiuzhu.core.text.Lang l) {
    List<String> bad = new ArrayList<>();
    if (households < 1 && input == null) {
      bad.add(CliTexts.get(l, "error.option.atLeast", "--households", Long.toString(households), "1"));
    }
    if (threads < 1 || threads > org.jiuzhu.simulation.Simulation.MAX_THREADS) {
      bad.add(CliTexts.get(l, "error.option.range", "--threads", Integer.toString(threads), "1",
          Integer.toString(org.jiuzhu.simulation.Simulation.MAX_THREADS)));
    }
    if (input != null && !regions.isEmpty()) {
      bad.add(CliTexts.get(l, "error.simulate.regionWithInput"));
    }
    // the size and seed of a generated population mean nothing for microdata read from a file
    picocli.CommandLine.ParseResult given = spec == null ? null : spec.commandLine().getParseResult();
    for (String option : List.of("--households", "--seed")) {
      if (input != null && given != null && given.hasMatchedOption(option)) {
        bad.add(CliTexts.get(l, "error.simulate.generatedOnly", option));
      }
    }
    for (String r : regions) {
      UsageErrors.regionProblem(l, "--region", r).ifPresent(bad::add);
    }
    checkExtension(l, "--input", input, bad);
    checkExtension(l, "--output", output, bad);
    checkExtension(l, "--write-population", writePopulation, bad);
    return bad;
  }

  /**
   * A microdata file named by {@code option} must end in .csv or .parquet: else a usage error, before the run.
   * A folder (any of them) or a missing {@code --input} is said first, as by every command ({@link FileArguments}).
   */
  private static void checkExtension(org.jiuzhu.core.text.Lang l, String option, Path file, List<String> bad) {
    if (file == null || java.nio.file.Files.isDirectory(file)
        || "--input".equals(option) && !java.nio.file.Files.exists(file)) {
      return;
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".parquet")) {
      bad.add(CliTexts.get(l, "error.extension", option, file.toString()));
    }
  }

  /** An amount of the JSON summary ({@code 11860.00}) as people read it ({@code 11,860.00}); empty stays empty. */
  private static String readable(Object yuan) {
    String s = yuan == null ? "" : yuan.toString();
    return s.isEmpty() ? s : org.jiuzhu.core.money.Money.parse(s).grouped();
  }

  /** The microdata of {@code file}; a household of a region {@code regions} does not know is a bad row like the others. */
  private HouseholdSource open(Path file, org.jiuzhu.simulation.Microdata.KnownRegions regions) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".parquet")) {
      return ParquetMicrodata.reader(file, date, regions);
    }
    if (name.endsWith(".csv")) {
      return MicrodataCsv.reader(file, date, regions); // scans the household column first, then reads; closes the file at the end
    }
    throw CliTexts.refused("error.extension", "--input", file.toString());
  }

  private void writeReport(Aggregates agg, Aggregates.Cell total, boolean hasReform, Evaluator evaluator,
      PopulationGenerator generator, String source, List<RegionCode> codes, Targets targets, Path to) throws IOException {
    Texts t = Texts.of(lang == ScreenCommand.Lang.zh);
    Policy installed = Policy.installed();
    SimulationReport page = new SimulationReport(t, agg, hasReform, installed)
        .context(t.t("sim.context", input != null ? input.getFileName().toString()
            : t.t("sim.source.generated", t.integer(households), Long.toString(seed), t.list(
                codes.stream().map(c -> installed.region(c).map(x -> t.pick(x.nameZh(), x.nameEn()) + " " + c)
                    .orElse(c.toString())).toList())), date, hasReform ? t.list(reform.stream().map(x -> x.getFileName().toString()).toList()) : "–"))
        .generated(generator != null);
    if (generator != null) {
      page.anchors(Summary.anchors(installed, codes, date));
    }
    // helper 11's answers: deciles, gaps, FGT and simulated vs target
    page.deciles(Summary.decileTable(total).stream()
        .map(d -> new SimulationReport.DecileGain(d.decile(), d.households(), d.baselineTransfers(), d.reformTransfers())).toList());
    Map<String, long[]> gaps = total.gaps();
    page.gaps(Gaps.CODES.stream().filter(gaps::containsKey)
        .map(code -> new SimulationReport.Gap(code, Gaps.label(code, true), Gaps.label(code, false), gaps.get(code)[0], gaps.get(code)[1]))
        .toList());
    String[] stages = {"before", "baseline", "reform"};
    List<SimulationReport.PovertyMeasures> fgt = new ArrayList<>();
    for (int s = 0; s < (hasReform ? 3 : 2); s++) {
      fgt.add(new SimulationReport.PovertyMeasures(stages[s], total.fgt(s, 0), total.fgt(s, 1), total.fgt(s, 2)));
    }
    page.povertyMeasures(fgt);
    List<SimulationReport.TargetComparison> comparisons = new ArrayList<>();
    for (Targets.Target x : targets.all()) {
      Double sim = x.simulated(agg);
      if (sim == null) {
        continue;
      }
      boolean share = x.unit().startsWith("share");
      comparisons.add(new SimulationReport.TargetComparison(Summary.targetLabel(x, true), Summary.targetLabel(x, false),
          share ? "percent" : "decimal", share ? sim * 100 : sim, x.value().doubleValue() * (share ? 100 : 1),
          x.source(t.zh() ? Lang.ZH : Lang.EN), x.verified(), x.statusText(t.zh() ? Lang.ZH : Lang.EN)));
    }
    page.targets(comparisons);
    Household sample = sampleHousehold(generator, evaluator);
    if (sample != null) {
      Member earner = sample.applicant();
      long standard = installed.snapshot(sample.region(), date).get(
          earner.hukouType() == org.jiuzhu.core.household.HukouType.URBAN ? CnParameters.DIBAO_STANDARD_URBAN
              : CnParameters.DIBAO_STANDARD_RURAL).fen();
      Sweep.Result r = new Sweep(evaluator).run(sample, earner.id(), 0, standard * 3, 100);
      page.sweep(r, t.t("sim.sweep.sample", sample.members().size(), t.yuan(standard * 3)));
    }
    page.page().write(to);
  }

  /**
   * For the report's sweep: the first generated household of two or more whose applicant works
   * and that gets 低保, or else the first whose applicant works.
   */
  private static Household sampleHousehold(PopulationGenerator generator, Evaluator evaluator) {
    if (generator == null) {
      return null;
    }
    Household working = null;
    for (long i = 0; i < 10_000; i++) {
      Household h = generator.household(i);
      WorkStatus w = h.applicant().workStatus();
      if (h.members().size() >= 2 && (w == WorkStatus.EMPLOYED || w == WorkStatus.FARMING)) {
        if (evaluator.evaluate(h, 1).baseline().stream().anyMatch(a -> a.programmeId().equals("cn.dibao"))) {
          return h;
        }
        if (working == null) {
          working = h;
        }
      }
    }
    return working;
  }

  /** Where results or households go: CSV or Parquet by extension. */
  private abstract static class Sink implements Closeable {
    abstract void accept(HouseholdOutcome o);

    static Sink results(Path file) throws IOException {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".parquet")) {
        ParquetMicrodata.ResultWriter w = new ParquetMicrodata.ResultWriter(file);
        return new Sink() {
          @Override
          void accept(HouseholdOutcome o) {
            try {
              w.write(o);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }

          @Override
          public void close() throws IOException {
            w.close();
          }
        };
      }
      if (!name.endsWith(".csv")) {
        throw CliTexts.refused("error.extension", "--output", file.toString());
      }
      Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      MicrodataCsv.writeResultHeader(w);
      return new Sink() {
        @Override
        void accept(HouseholdOutcome o) {
          MicrodataCsv.writeResult(w, o);
        }

        @Override
        public void close() throws IOException {
          w.close();
        }
      };
    }

    /** A sink of households: wraps a source so that each batch is written as it is read. */
    static Sink households(Path file) throws IOException {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      Consumer<Household>[] write = new Consumer[1];
      java.math.BigDecimal[] weights = {java.math.BigDecimal.ONE};
      Closeable closer;
      if (name.endsWith(".parquet")) {
        ParquetMicrodata.HouseholdWriter w = new ParquetMicrodata.HouseholdWriter(file);
        write[0] = h -> {
          try {
            w.write(h, weights[0]);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        };
        closer = w;
      } else if (name.endsWith(".csv")) {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        MicrodataCsv.writeHouseholdHeader(w);
        write[0] = h -> {
          try {
            MicrodataCsv.writeHousehold(w, h, weights[0]);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        };
        closer = w;
      } else {
        throw CliTexts.refused("error.extension", "--write-population", file.toString());
      }
      return new Sink() {
        @Override
        void accept(HouseholdOutcome o) {
          throw new UnsupportedOperationException();
        }

        @Override
        HouseholdSource tee(HouseholdSource source) {
          return new HouseholdSource() {
            @Override
            public Batch next(int max) throws IOException {
              Batch b = source.next(max);
              Household[] made = new Household[b.size()];
              java.util.stream.IntStream.range(0, made.length).parallel().forEach(i -> made[i] = b.defects(i) == null ? b.get(i) : null);
              for (int i = 0; i < made.length; i++) {
                if (made[i] == null) {
                  continue; // a rejected household is not written
                }
                weights[0] = b.decimalWeight(i);
                write[0].accept(made[i]);
              }
              return new Batch() {
                @Override
                public int size() {
                  return made.length;
                }

                @Override
                public Household get(int i) {
                  return made[i] == null ? b.get(i) : made[i];
                }

                @Override
                public List<org.jiuzhu.simulation.Microdata.Defect> defects(int i) {
                  return b.defects(i);
                }

                @Override
                public long weight(int i) {
                  return b.weight(i);
                }

                @Override
                public java.math.BigDecimal decimalWeight(int i) {
                  return b.decimalWeight(i);
                }
              };
            }

            @Override
            public long size() {
              return source.size();
            }

            @Override
            public String name() {
              return source.name();
            }
          };
        }

        @Override
        public void close() throws IOException {
          closer.close();
        }
      };
    }

    HouseholdSource tee(HouseholdSource source) {
      throw new UnsupportedOperationException();
    }
  }
}
