package org.jiuzhu.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.monitoring.Alert;
import org.jiuzhu.core.monitoring.ColourChange;
import org.jiuzhu.core.monitoring.Due;
import org.jiuzhu.core.monitoring.MonthlyRecord;
import org.jiuzhu.core.monitoring.ProgrammeHint;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.jiuzhu.rules.io.HouseholdReader;
import org.jiuzhu.rules.io.MonthlyRecordReader;
import org.jiuzhu.rules.io.StrictInput;
import org.jiuzhu.rules.monitoring.HouseholdRegister;
import org.jiuzhu.rules.monitoring.Monitor;
import org.jiuzhu.rules.monitoring.MonitorSink;
import org.jiuzhu.rules.monitoring.MonthSummary;
import org.jiuzhu.rules.synthetic.MonitoringFeedGenerator;
import org.jiuzhu.cli.report.MonitorReport;
import org.jiuzhu.cli.report.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Monitors households over monthly feeds: alerts, colour changes and what comes due. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
    description = {"Policy finds the person (政策找人): read monthly feeds and print alerts, colour changes and dues.",
        "One feed file a month, named with its month (e.g. feed-2025-03.jsonl or .csv); prints alerts (预警), colour changes (三色) and what comes due in the next month (reviews, ends of recognitions and withdrawals, visits). Bad lines are left out with their line numbers (on standard error, or in the --rejects file); the run goes on. Schema: docs/monitoring.md."})
final class MonitorCommand implements Callable<Integer>, OptionChecks {
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})(?!.*\\d{4}-\\d{2})");
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** Output formats of this command. */
  enum Output {
    text,
    json,
    csv
  }

  /** When to draw the progress bar. */
  enum ProgressMode {
    auto,
    always,
    never
  }

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--region", required = true, paramLabel = "CODE",
      description = "The region whose warning thresholds, colours and review intervals apply (GB/T 2260 code).")
  String region;

  @Option(names = "--households", paramLabel = "FILE",
      description = "The register: one household a line (JSON, docs/household-format.md). Registered households are"
          + " monitored from the first month, and alerts are screened against every programme; a feed record of a household"
          + " not in it is rejected. Without it every household a feed names is monitored, unscreened.")
  Path householdsFile;

  @Option(names = "--format", defaultValue = "text", description = "text, json (one object a line) or csv (default: ${DEFAULT-VALUE}).")
  Output format;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en, for text (default: ${DEFAULT-VALUE}).")
  ScreenCommand.Lang lang;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the results here instead of standard output.")
  Path outputFile;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write every rejected line here (JSON lines: file, line number, problems, text); without it no file is"
          + " written and the first " + Rejects.SHOWN + " are said on standard error.")
  Path rejectsFile;

  @Option(names = "--progress", defaultValue = "auto",
      description = "auto (a bar on a terminal, else a log line every 10 s), always (a bar) or never (default: ${DEFAULT-VALUE}).")
  ProgressMode progress;

  @Mixin
  PolicyOptions policyOptions;

  @Parameters(arity = "0..*", paramLabel = "FEED", description = "Monthly feeds (.jsonl, .ndjson or .csv), one a month.")
  List<Path> feeds = new ArrayList<>();

  @Option(names = "--synthetic", paramLabel = "N",
      description = "Instead of feeds: N generated households (register and feeds made in memory, month by month; seeded).")
  Integer syntheticOption; // null when not given

  /** Heap a monitored household needs, with margin over the ~725 bytes measured (BENCHMARKS.md, monitoring). */
  static final long BYTES_PER_HOUSEHOLD = 1_000;

  /** The households of --synthetic, 0 when it is not given. */
  private int synthetic;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of --synthetic (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--from", defaultValue = "2025-01", paramLabel = "YYYY-MM",
      description = "First month of --synthetic (default: ${DEFAULT-VALUE}).")
  YearMonth from;

  @Option(names = "--months", defaultValue = "12", paramLabel = "M", description = "Months of --synthetic (default: ${DEFAULT-VALUE}).")
  int months;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write an HTML report: colours month by month, alerts by month and rule, what comes due (docs/reports.md).")
  Path report;

  @Option(names = "--retained-heap",
      description = "Measurement aid: collect garbage after each month and report the heap the run retains.")
  boolean retainedHeap;

  /**
   * Bad option values and combinations, every one (a usage error, exit 2, before anything is
   * read): the region code, --synthetic, the register file, feeds against --synthetic, --months.
   */
  @Override
  public List<String> optionProblems(org.jiuzhu.core.text.Lang l) {
    List<String> bad = new ArrayList<>();
    UsageErrors.regionProblem(l, "--region", region).ifPresent(bad::add);
    int n = syntheticOption == null ? 0 : syntheticOption;
    if (syntheticOption != null && n < 1) {
      bad.add(CliTexts.get(l, "error.households.count", "--synthetic", Long.toString(n)));
    }
    // the households' state is held in memory (about 725 bytes a household, BENCHMARKS.md): a number this JVM's heap
    // cannot hold is refused, saying what it needs, not left to end in an OutOfMemoryError
    long heap = Runtime.getRuntime().maxMemory();
    if (syntheticOption != null && n > 0 && (long) n * BYTES_PER_HOUSEHOLD > heap) {
      bad.add(CliTexts.get(l, "error.monitor.syntheticHeap", org.jiuzhu.core.text.Messages.count(n),
          org.jiuzhu.core.text.Messages.count((long) n * BYTES_PER_HOUSEHOLD >> 20), org.jiuzhu.core.text.Messages.count(heap >> 20)));
    }
    if (householdsFile != null && !Files.isRegularFile(householdsFile) && householdsFile.toString().matches("[-+]?\\d+")) {
      // "--households 5" is a number of households where the register file was expected: say where the number goes (a
      // missing or unreadable file is said as every command says it, with the other file problems: exit 1)
      bad.add(CliTexts.get(l, "error.monitor.householdsNumber", householdsFile.toString()));
    }
    if (syntheticOption == null && feeds.isEmpty()) {
      bad.add(CliTexts.get(l, "error.monitor.noFeed"));
    } else if (syntheticOption != null && !feeds.isEmpty()) {
      bad.add(CliTexts.get(l, "error.monitor.feedAndSynthetic"));
    }
    if (syntheticOption != null && (months < 1 || months > 120)) {
      bad.add(CliTexts.get(l, "error.option.range", "--months", Long.toString(months), "1", "120"));
    }
    if (syntheticOption != null && householdsFile != null) {
      bad.add(CliTexts.get(l, "error.monitor.syntheticHouseholds"));
    }
    return bad;
  }

  private record Feed(Path path, YearMonth month, MonthlyRecordReader.Format format) {}

  /** One month's input: its month and how to feed it to an open month. */
  private interface Source {
    YearMonth month();

    /** Feeds the month; returns the lines that could not be read. */
    long feed(Monitor.MonthRun run, Progress bar, Rejects rejects) throws IOException;
  }

  @Override
  public Integer call() throws Exception {
    // bad option values and combinations are said before the run, every one at once (optionProblems)
    synthetic = syntheticOption == null ? 0 : syntheticOption;
    RegionCode code = RegionCode.parse(region);
    Policy policy = policyOptions.policy();
    if (!policy.isKnown(code)) {
      throw CliTexts.unknownRegion(code, policy);
    }
    List<Source> sources = synthetic > 0 ? syntheticSources(code) : fileSources(check(feeds), CliTexts.lang(lang), reading);
    PrintWriter err = spec.commandLine().getErr();
    long totalBytes = 0;
    for (Path f : feeds) {
      totalBytes += Files.size(f);
    }
    if (householdsFile != null) {
      totalBytes += Files.size(householdsFile);
    }
    // feeds under 10 MB are counted in kilobytes, so that a small run does not read "0/0 MB"
    Progress bar = new Progress(err, Progress.style(progress), "monitor", synthetic > 0 ? (long) sources.size() : totalBytes,
        synthetic > 0 ? Progress.Unit.MONTHS : totalBytes < 10_000_000 ? Progress.Unit.KILOBYTES : Progress.Unit.BYTES,
        CliTexts.lang(lang));
    YearMonth first = sources.get(0).month();
    // every file is written beside its place and moved there once the others are closed, if the run succeeded
    try (OutputFiles files = new OutputFiles();
         HeapPeak heap = new HeapPeak();
         Rejects rejects = new Rejects(rejectsFile == null ? null : files.to(rejectsFile), CliTexts.lang(lang));
         Writer out = outputFile == null ? null : Files.newBufferedWriter(files.to(outputFile), StandardCharsets.UTF_8)) {
      long started = System.nanoTime();
      PrintWriter results = out == null ? spec.commandLine().getOut() : new PrintWriter(out);
      long[] rejected = {0};
      Monitor monitor;
      if (synthetic > 0) {
        MonitoringFeedGenerator g = generator(code);
        monitor = Monitor.create(policy, code, g::household);
        List<String> ids = new ArrayList<>(synthetic);
        for (int i = 0; i < synthetic; i++) {
          ids.add(MonitoringFeedGenerator.id(i));
        }
        monitor.trackAll(ids, first.atDay(1));
      } else {
        Map<String, Household> registered = new HashMap<>();
        if (householdsFile != null) {
          StrictInput.checkUtf8(householdsFile);
          readRegister(bar, registered, rejects, rejected);
          checkRegions(code, policy, registered);
        }
        monitor = Monitor.create(policy, code, householdsFile == null ? HouseholdRegister.empty()
            : HouseholdRegister.of(registered.values()));
        monitor.trackAll(registered.keySet().stream().sorted().toList(), first.atDay(1));
      }
      long monthsStarted = System.nanoTime();
      Emitter emit = new Emitter(results, rejects);
      MonitorReport collector = report == null ? null : new MonitorReport();
      emit.header();
      long householdMonths = 0;
      long records = 0;
      long alerts = 0;
      for (Source source : sources) {
        emit.month = source.month();
        emit.heading(source.month());
        Monitor.MonthRun run = monitor.begin(source.month(), collector == null ? emit : collector.tee(emit));
        long unreadable = source.feed(run, bar, rejects);
        MonthSummary s = run.finish();
        rejected[0] += unreadable + s.rejected();
        householdMonths += s.households();
        records += s.records();
        alerts += s.alerts();
        emit.summary(s, unreadable, retainedHeap ? heap.retainedAfterGc() : -1);
        if (collector != null) {
          collector.month(s);
        }
      }
      bar.finish();
      results.flush();
      long ended = System.nanoTime();
      double seconds = (ended - started) / 1e9;
      double registerSeconds = (monthsStarted - started) / 1e9;
      double monthSeconds = (ended - monthsStarted) / 1e9;
      long peakMb = heap.peak() >> 20;
      Text words = new Text(lang == ScreenCommand.Lang.zh);
      // where the rejected lines are: the file given, or (without one) standard error, or nowhere (none)
      String where = rejectsFile != null ? words.get("rejects.file", rejectsFile.toString())
          : rejected[0] > Rejects.SHOWN ? words.get("rejects.shown", n(Rejects.SHOWN))
          : rejected[0] > 0 ? words.get("rejects.shown.all") : "";
      String line = words.get("run", (long) monitor.households(), (long) sources.size(),
          householdMonths, records, alerts, n(rejected[0]), where,
          String.format(Locale.ROOT, "%.2f", seconds), String.format(Locale.ROOT, "%.2f", registerSeconds),
          String.format(Locale.ROOT, "%.2f", monthSeconds), String.format(Locale.ROOT, "%,.0f", householdMonths / monthSeconds),
          String.format(Locale.ROOT, "%,.0f", records / monthSeconds), n(peakMb), n(Runtime.getRuntime().maxMemory() >> 20));
      if (format == Output.json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "run");
        m.put("region", code.toString());
        m.put("months", sources.size());
        m.put("households", monitor.households());
        m.put("householdMonths", householdMonths);
        m.put("records", records);
        m.put("alerts", alerts);
        m.put("rejected", rejected[0]);
        m.put("rejectsFile", rejectsFile == null ? null : rejectsFile.toString());
        m.put("seconds", Math.round(seconds * 1000) / 1000.0);
        m.put("registerSeconds", Math.round(registerSeconds * 1000) / 1000.0);
        m.put("monthSeconds", Math.round(monthSeconds * 1000) / 1000.0);
        m.put("householdMonthsPerSecond", Math.round(householdMonths / monthSeconds));
        m.put("recordsPerSecond", Math.round(records / monthSeconds));
        m.put("peakHeapMb", peakMb);
        m.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        results.println(JSON.writeValueAsString(m));
        results.flush();
      }
      if (collector != null) {
        Texts t = Texts.of(lang == ScreenCommand.Lang.zh);
        collector.write(files.to(report), t, t.t("mon.context", policy.region(code).map(x -> t.pick(x.nameZh(), x.nameEn()) + " " + code)
            .orElse(code.toString()), sources.size(), first,
            t.integer(monitor.households())));
      }
      rejects.sayOn(err, words);
      if (!monitor.provisionalYears().isEmpty()) {
        // once a run, in the run's language: the library only logs it (at INFO, which the command line does not print)
        err.println(words.get("calendar.provisional", years(words, monitor.calendarYears()), years(words, monitor.provisionalYears())));
      }
      err.println(line);
      err.flush();
      files.succeeded();
    }
    return 0;
  }

  /** Years in words: a run of consecutive years as a range ({@code 2025年至2026年}), else each ({@code 2027年、2029年}). */
  private static String years(Text words, java.util.SortedSet<Integer> years) {
    List<Integer> y = new ArrayList<>(years);
    if (y.size() > 1 && y.get(y.size() - 1) - y.get(0) == y.size() - 1) {
      return words.get("calendar.range", y.get(0).toString(), y.get(y.size() - 1).toString());
    }
    List<String> each = new ArrayList<>();
    for (Integer i : y) {
      each.add(words.get("calendar.year", i.toString()));
    }
    return String.join(words.get("calendar.separator"), each);
  }

  private MonitoringFeedGenerator generator(RegionCode code) {
    return new MonitoringFeedGenerator(seed, synthetic, List.of(code), from.atDay(1));
  }

  private List<Source> syntheticSources(RegionCode code) {
    MonitoringFeedGenerator g = generator(code);
    List<Source> out = new ArrayList<>();
    for (int m = 0; m < months; m++) {
      YearMonth month = from.plusMonths(m);
      out.add(new Source() {
        @Override
        public YearMonth month() {
          return month;
        }

        @Override
        public long feed(Monitor.MonthRun run, Progress bar, Rejects rejects) {
          g.month(month, run::accept);
          bar.step(month.toString());
          return 0;
        }
      });
    }
    return out;
  }

  /**
   * The line of a feed being read: a record the monitor rejects (a date outside the month) is
   * rejected while its line is the last one read, so the reject file quotes it.
   */
  private static final class LastLine {
    org.jiuzhu.rules.io.LineReader lines;

    /** The line being read (its start, when too long), or null between feeds. */
    String line() {
      org.jiuzhu.rules.io.LineReader.Line l = lines == null ? null : lines.current();
      return l == null ? null : l.text();
    }
  }

  private final LastLine reading = new LastLine();

  /** The most of a line the reject file quotes, in characters; a longer line is cut there and ends with {@code …}. */
  static final int REJECT_TEXT_MAX = 2000;

  /** {@code text}, cut to {@link #REJECT_TEXT_MAX} characters (never inside a surrogate pair) with {@code …} when longer. */
  static String quoted(String text) {
    if (text == null || text.length() <= REJECT_TEXT_MAX) {
      return text;
    }
    int end = REJECT_TEXT_MAX;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  private static List<Source> fileSources(List<Feed> feeds, org.jiuzhu.core.text.Lang lang, LastLine reading) {
    List<Source> out = new ArrayList<>();
    for (Feed f : feeds) {
      out.add(new Source() {
        @Override
        public YearMonth month() {
          return f.month();
        }

        @Override
        public long feed(Monitor.MonthRun run, Progress bar, Rejects rejects) throws IOException {
          String name = f.path().getFileName().toString();
          // each line at most 64 KiB (StrictInput.MAX_FEED_LINE_BYTES): a longer one is rejected, never held whole
          try (org.jiuzhu.rules.io.LineReader in = new org.jiuzhu.rules.io.LineReader(new InputStreamReader(
              bar.counting(Files.newInputStream(f.path()), name), StandardCharsets.UTF_8), StrictInput.MAX_FEED_LINE_BYTES)) {
            reading.lines = in;
            return MonthlyRecordReader.read(name, in, f.format(), run::accept,
                reject -> rejects.add(reject.source(), reject.line(), reject.problems(), reject.text())).rejected();
          } finally {
            reading.lines = null;
          }
        }
      });
    }
    return out;
  }

  /** Every feed's month, format and (for CSV) header, checked before any month is processed. */
  private static List<Feed> check(List<Path> files) throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<Feed> out = new ArrayList<>();
    Map<YearMonth, Path> seen = new HashMap<>();
    for (Path p : files) {
      String name = p.getFileName().toString();
      if (!Files.isRegularFile(p)) {
        problems.add(Problem.of(name, "feed.missing", CliTexts.MESSAGES.text(Files.exists(p) ? "error.feed.notFile" : "error.feed.missing", p.toString())));
        continue;
      }
      MonthlyRecordReader.Format format;
      try {
        StrictInput.checkUtf8(p); // before any month is processed: a feed is UTF-8 throughout or not read at all
      } catch (ValidationException e) {
        problems.addAll(e.problems());
        continue;
      }
      try {
        format = MonthlyRecordReader.Format.of(p);
      } catch (IllegalArgumentException e) {
        problems.add(e instanceof org.jiuzhu.core.text.LocalizedIllegalArgumentException
            ? Problem.of(name, "feed.format", ((org.jiuzhu.core.text.LocalizedIllegalArgumentException) e).text())
            : Problem.of(name, "feed.format", e.getMessage()));
        continue;
      }
      Matcher m = MONTH.matcher(name);
      if (!m.find() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 12) {
        problems.add(Problem.of(name, "feed.month", CliTexts.MESSAGES.text("error.feed.month", name)));
        continue;
      }
      YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      Path other = seen.putIfAbsent(month, p);
      if (other != null) {
        problems.add(Problem.of(name, "feed.duplicate", CliTexts.MESSAGES.text("error.feed.duplicate", other.getFileName().toString(), name,
            month)));
        continue;
      }
      if (format == MonthlyRecordReader.Format.CSV) {
        // the header alone (a too long one is refused, never held whole)
        try (org.jiuzhu.rules.io.LineReader in = new org.jiuzhu.rules.io.LineReader(Files.newBufferedReader(p, StandardCharsets.UTF_8),
            StrictInput.MAX_FEED_LINE_BYTES)) {
          MonthlyRecordReader.checkHeader(name, in);
        } catch (ValidationException e) {
          problems.addAll(e.problems());
          continue;
        }
      }
      out.add(new Feed(p, month, format));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(CliTexts.MESSAGES.text("error.feed.subject"), problems);
    }
    out.sort(Comparator.comparing(Feed::month));
    return out;
  }


  /**
   * The thresholds are those of {@code --region} (docs/monitoring.md): a register whose households lie
   * elsewhere would be judged by another place's figures (a Zhuanglang register by Jixi's incomes), so
   * it is refused, naming both regions, how many households and one of them.
   */
  private static void checkRegions(RegionCode code, Policy policy, Map<String, Household> registered) {
    List<Household> elsewhere = registered.values().stream().filter(h -> !h.region().isWithin(code))
        .sorted(java.util.Comparator.comparing(Household::id)).toList();
    if (!elsewhere.isEmpty()) {
      Household first = elsewhere.get(0);
      throw CliTexts.refused("error.monitor.region", named(policy, code), elsewhere.size(), registered.size(), first.id(),
          named(policy, first.region()), first.region().toString());
    }
  }

  /** A region by its code and name in the language of the message, or its code alone when the policy does not know it. */
  private static Object named(Policy policy, RegionCode code) {
    return policy.region(code).map(r -> (Object) CliTexts.MESSAGES.text("region.named", code.toString(), r.nameZh(), r.nameEn()))
        .orElse(code.toString());
  }

  private void readRegister(Progress bar, Map<String, Household> registered, Rejects rejects, long[] rejected) throws IOException {
    String name = householdsFile.getFileName().toString();
    // each line (one household) at most 4 MiB, as a household file (StrictInput.MAX_REGISTER_LINE_BYTES): a longer one is
    // rejected, never held whole
    try (org.jiuzhu.rules.io.LineReader in = new org.jiuzhu.rules.io.LineReader(new InputStreamReader(
        bar.counting(Files.newInputStream(householdsFile), name), StandardCharsets.UTF_8), StrictInput.MAX_REGISTER_LINE_BYTES)) {
      long n = 0;
      for (org.jiuzhu.rules.io.LineReader.Line read = in.next(); read != null; read = in.next()) {
        n++;
        String line = read.text();
        if (read.tooLong()) {
          rejected[0]++;
          rejects.add(name, n, List.of(MonthlyRecordReader.tooLong(read, in.maxBytes())), line);
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        List<Problem> problems;
        try {
          // parsed under the file's name: the reject names the file and the line once (not file:3 line 1)
          Household h = HouseholdReader.fromJsonLine(name, line);
          if (registered.putIfAbsent(h.id(), h) == null) {
            continue;
          }
          problems = List.of(Problem.of("id", "household.duplicate", CliTexts.MESSAGES.text("monitor.register.duplicate", h.id())));
        } catch (ValidationException e) {
          long at = n;
          problems = e.problems().stream().map(p -> org.jiuzhu.rules.io.MonthlyRecordReader.atLine(p, at)).toList();
        }
        rejected[0]++;
        rejects.add(name, n, problems, line);
      }
    }
  }

  /**
   * Where rejected lines go: with {@code --rejects FILE}, every one to that file (one JSON object a
   * line, its problems' messages in the language of the run); without it no file is written, and
   * the first {@link #SHOWN} are said on standard error after the run, each as {@link
   * org.jiuzhu.rules.io.MonthlyRecordReader.Reject#message(org.jiuzhu.core.text.Lang)} says it, with
   * how many more there were.
   */
  static final class Rejects implements java.io.Closeable {
    /** Rejected lines said on standard error when no reject file is given. */
    static final int SHOWN = 10;

    private final Writer file;
    private final org.jiuzhu.core.text.Lang lang;
    private final List<String> shown = new ArrayList<>();
    private long count;

    Rejects(Path path, org.jiuzhu.core.text.Lang lang) throws IOException {
      this.file = path == null ? null : Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      this.lang = lang;
    }

    /** One rejected line: where it is, its problems and its text as it was. */
    void add(String source, long line, List<Problem> problems, String text) {
      count++;
      if (file == null) {
        if (shown.size() < SHOWN) {
          // file:line once, each problem placed and listed as the language does
          shown.add(new org.jiuzhu.rules.io.MonthlyRecordReader.Reject(source, line, problems, text).message(lang));
        }
        return;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", source);
      m.put("line", line);
      List<Map<String, Object>> ps = new ArrayList<>();
      for (Problem p : problems) {
        ps.add(obj("path", p.path(), "code", p.code(), "message", p.message(lang)));
      }
      m.put("problems", ps);
      m.put("text", quoted(text));
      try {
        file.write(JSON.writeValueAsString(m));
        file.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Says the rejected lines kept for standard error (none when they went to a file). */
    void sayOn(PrintWriter err, Text t) {
      for (String line : shown) {
        err.println(t.get("reject.line", line));
      }
      if (file == null && count > shown.size()) {
        err.println(t.get("reject.more", n(count - shown.size())));
      }
    }

    @Override
    public void close() throws IOException {
      if (file != null) {
        file.close();
      }
    }
  }

  /** A map in the order given, so that JSON output is the same from run to run. */
  static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** A whole number with thousands separators, the same in both languages ({@code 1,234,567}). */
  static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  /** The texts of {@code --format text}, from {@code org/jiuzhu/cli/monitor*.properties}, in the language of {@code --lang}. */
  static final class Text {
    private final java.util.ResourceBundle bundle;
    private final Locale locale;

    Text(boolean zh) {
      this.locale = zh ? Locale.CHINESE : Locale.ENGLISH;
      this.bundle = java.util.ResourceBundle.getBundle("org.jiuzhu.cli.monitor", locale);
    }

    String get(String key, Object... args) {
      return new java.text.MessageFormat(bundle.getString(key), locale).format(args);
    }
  }

  /** Writes what the monitor produces in the chosen format, as it is produced. */
  private final class Emitter implements MonitorSink {
    private static final String[] COLUMNS = {"kind", "month", "household", "date", "code", "severity", "deadline", "from",
        "to", "programme", "programmes", "parameter", "threshold", "thresholdZh", "thresholdValue", "evidence", "zh", "en", "daysOverdue",
        "provisional", "screened", "noteZh", "noteEn"};
    private final PrintWriter out;
    private final boolean zh = lang == ScreenCommand.Lang.zh;
    private final Text text = new Text(zh);
    private final ObjectWriter csv;
    private final Rejects rejectsOut;
    YearMonth month;

    Emitter(PrintWriter out, Rejects rejectsOut) {
      this.out = out;
      this.rejectsOut = rejectsOut;
      CsvSchema.Builder b = CsvSchema.builder();
      for (String c : COLUMNS) {
        b.addColumn(c);
      }
      this.csv = new CsvMapper().writerFor(Map.class).with(b.build());
    }

    void header() {
      if (format == Output.csv) {
        out.println(String.join(",", COLUMNS));
      }
    }

    private void csvRow(Map<String, Object> row) {
      try {
        out.print(csv.writeValueAsString(row));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void json(Map<String, Object> m) {
      try {
        out.println(JSON.writeValueAsString(m));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static final java.util.Set<String> REVIEWED = java.util.Set.of(org.jiuzhu.rules.cn.CnRulebook.DIBAO,
        org.jiuzhu.rules.cn.CnRulebook.DIBAO_SINGLE, org.jiuzhu.rules.cn.CnRulebook.TEKUN, org.jiuzhu.rules.cn.CnRulebook.MARGINAL,
        org.jiuzhu.rules.cn.CnRulebook.RIGID);

    /** A day in the text output, in words as screen and plan write it: {@code 2025年9月1日}, {@code 1 September 2025}. */
    private String day(java.time.LocalDate d) {
      return org.jiuzhu.core.text.Messages.date(lang(), d);
    }

    /** A month in the text output, in words: {@code 2025年9月}, {@code September 2025}. */
    private String month(YearMonth m) {
      return org.jiuzhu.core.text.Messages.month(lang(), m);
    }

    private org.jiuzhu.core.text.Lang lang() {
      return zh ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN;
    }

    /** A parameter by its label in the output's language (its key only where it has none). */
    private String parameter(String key) {
      return org.jiuzhu.rules.cn.ParameterLabels.label(lang(), key).orElse(key);
    }

    private String programmes(List<ProgrammeHint> hints) {
      List<String> names = new ArrayList<>();
      for (ProgrammeHint h : hints) {
        String name = zh ? h.nameZh() : h.nameEn();
        // an assistance programme the household receives is suggested for review (特困 → 特困 review)
        names.add(!h.alreadyReceived() ? name : text.get(REVIEWED.contains(h.programmeId()) ? "qualifies.review" : "qualifies.received",
            name));
      }
      return String.join(text.get("qualifies.separator"), names);
    }

    @Override
    public void monthsMissing(YearMonth opened, List<YearMonth> missing, String messageZh, String messageEn) {
      switch (format) {
        case text -> out.println(text.get("gap", zh ? messageZh : messageEn));
        case json -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("kind", "gap");
          m.put("month", opened.toString());
          m.put("missing", missing.stream().map(YearMonth::toString).toList());
          m.put("message", obj("zh", messageZh, "en", messageEn));
          json(m);
        }
        case csv -> {
          Map<String, Object> row = row("gap", "", "");
          row.put("month", opened.toString());
          row.put("evidence", String.join(";", missing.stream().map(YearMonth::toString).toList()));
          row.put("zh", messageZh);
          row.put("en", messageEn);
          csvRow(row);
        }
      }
    }

    @Override
    public void alert(Alert a) {
      switch (format) {
        case text -> {
          out.println(text.get("alert", a.householdId(), zh ? a.explainZh() : a.explainEn()));
          out.println(text.get("evidence", CliTexts.list(zh ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN, a.evidence().records()),
              a.evidence().parameterKey().isEmpty() ? "" : text.get("evidence.parameter", parameter(a.evidence().parameterKey()))));
          out.println(a.screened()
              ? text.get("qualifies", a.programmes().isEmpty() ? text.get("qualifies.none") : programmes(a.programmes()))
              : text.get("not-screened", (zh ? a.screeningNoteZh() : a.screeningNote()).orElseThrow()));
        }
        case json -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("kind", "alert");
          m.put("month", month.toString());
          m.put("household", a.householdId());
          m.put("rule", a.rule().code());
          m.put("severity", a.severity().en());
          m.put("raised", a.raised().toString());
          m.put("visitBy", a.visitBy().toString());
          // counted through a year the holiday calendar does not cover: weekends and fixed-date statutory holidays only
          m.put("visitByProvisional", a.provisional());
          Map<String, Object> ev = new LinkedHashMap<>();
          ev.put("records", a.evidence().records());
          ev.put("parameter", a.evidence().parameterKey());
          ev.put("threshold", a.evidence().threshold().isEmpty() ? null
              : obj("zh", a.evidence().thresholdZh(), "en", a.evidence().thresholdEn()));
          // the threshold as a machine reads it: a plain decimal (yuan, or a grade), null for a rule without one
          ev.put("thresholdValue", a.evidence().thresholdValue().orElse(null));
          ev.put("zh", a.evidence().actualZh());
          ev.put("en", a.evidence().actualEn());
          m.put("evidence", ev);
          List<Map<String, Object>> ps = new ArrayList<>();
          for (ProgrammeHint h : a.programmes()) {
            ps.add(obj("id", h.programmeId(), "zh", h.nameZh(), "en", h.nameEn(), "alreadyReceived", h.alreadyReceived()));
          }
          m.put("screened", a.screened());
          m.put("programmes", ps);
          m.put("note", a.screeningNote().isEmpty() ? null : obj("zh", a.screeningNoteZh().orElseThrow(), "en", a.screeningNote().get()));
          m.put("explanation", obj("zh", a.explainZh(), "en", a.explainEn()));
          json(m);
        }
        case csv -> {
          Map<String, Object> row = row("alert", a.householdId(), a.raised().toString());
          row.put("code", a.rule().code());
          row.put("severity", a.severity().en());
          row.put("deadline", a.visitBy().toString());
          // as JSON visitByProvisional: the deadline counted through a year the holiday calendar does not cover
          row.put("provisional", String.valueOf(a.provisional()));
          // programme ids only; an alert that could not be screened has none, and says why in each language
          row.put("programmes", a.screened() ? String.join(";", a.programmes().stream().map(ProgrammeHint::programmeId).toList()) : "");
          row.put("screened", String.valueOf(a.screened()));
          row.put("noteZh", a.screeningNoteZh().orElse(""));
          row.put("noteEn", a.screeningNote().orElse(""));
          row.put("parameter", a.evidence().parameterKey());
          // the threshold as a caseworker reads it, in English and in Chinese (as the zh/en columns): the parameter column gives its key
          row.put("threshold", a.evidence().thresholdEn());
          row.put("thresholdZh", a.evidence().thresholdZh());
          // and as a machine reads it: a plain decimal (7000.00), empty for a rule without a numeric threshold
          row.put("thresholdValue", a.evidence().thresholdValue().map(java.math.BigDecimal::toPlainString).orElse(""));
          row.put("evidence", String.join(";", a.evidence().records()));
          row.put("zh", a.explainZh());
          row.put("en", a.explainEn());
          csvRow(row);
        }
      }
    }

    private Map<String, Object> row(String kind, String household, String date) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (String c : COLUMNS) {
        row.put(c, "");
      }
      row.put("kind", kind);
      row.put("month", month.toString());
      row.put("household", household);
      row.put("date", date);
      return row;
    }

    @Override
    public void colourChange(ColourChange c) {
      switch (format) {
        case text -> out.println(text.get("colour", c.householdId(), zh ? c.from().zh() : c.from().en(),
            zh ? c.to().zh() : c.to().en(), day(c.date()), zh ? c.reasonZh() : c.reasonEn()));
        case json -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("kind", "colour-change");
          m.put("month", month.toString());
          m.put("household", c.householdId());
          m.put("date", c.date().toString());
          m.put("from", c.from().name());
          m.put("to", c.to().name());
          m.put("reason", obj("zh", c.reasonZh(), "en", c.reasonEn()));
          json(m);
        }
        case csv -> {
          Map<String, Object> row = row("colour-change", c.householdId(), c.date().toString());
          row.put("from", c.from().name());
          row.put("to", c.to().name());
          row.put("zh", c.reasonZh());
          row.put("en", c.reasonEn());
          csvRow(row);
        }
      }
    }

    @Override
    public void due(Due d) {
      switch (format) {
        case text -> out.println(text.get("due", d.householdId(), zh ? d.kind().zh() : d.kind().en(),
            d.programmeId().isEmpty() ? "" : text.get("due.programme", org.jiuzhu.rules.cn.CnTexts.programme(lang(), d.programmeId())),
            day(d.date()),
            zh ? d.basisZh() : d.basisEn()));
        case json -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("kind", "due");
          m.put("month", month.toString());
          m.put("household", d.householdId());
          m.put("due", d.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
          m.put("programme", d.programmeId().isEmpty() ? null : d.programmeId());
          m.put("date", d.date().toString());
          // as an alert's visitByProvisional: a date in a year the holiday calendar does not cover
          m.put("dateProvisional", d.provisional());
          m.put("basis", obj("zh", d.basisZh(), "en", d.basisEn()));
          json(m);
        }
        case csv -> {
          Map<String, Object> row = row("due", d.householdId(), d.date().toString());
          row.put("code", d.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
          row.put("programme", d.programmeId());
          // as JSON dateProvisional
          row.put("provisional", String.valueOf(d.provisional()));
          row.put("zh", d.basisZh());
          row.put("en", d.basisEn());
          csvRow(row);
        }
      }
    }

    @Override
    public void overdueVisit(org.jiuzhu.core.monitoring.OverdueVisit o) {
      switch (format) {
        case text -> out.println(text.get("overdue", o.householdId(), day(o.dueDate()), o.daysOverdue(),
            zh ? o.basisZh() : o.basisEn()));
        case json -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("kind", "overdue");
          m.put("month", month.toString());
          m.put("household", o.householdId());
          m.put("due", "visit");
          m.put("dueDate", o.dueDate().toString());
          m.put("dueDateProvisional", o.provisional());
          m.put("asOf", o.asOf().toString());
          m.put("daysOverdue", o.daysOverdue());
          m.put("basis", obj("zh", o.basisZh(), "en", o.basisEn()));
          json(m);
        }
        case csv -> {
          Map<String, Object> row = row("overdue", o.householdId(), o.asOf().toString());
          row.put("code", "visit");
          row.put("deadline", o.dueDate().toString());
          row.put("daysOverdue", String.valueOf(o.daysOverdue()));
          // as JSON dueDateProvisional: the day the visit was due (the deadline column)
          row.put("provisional", String.valueOf(o.provisional()));
          row.put("zh", o.basisZh());
          row.put("en", o.basisEn());
          csvRow(row);
        }
      }
    }

    @Override
    public void rejected(MonthlyRecord record, Problem problem) {
      String ref = record.reference();
      int colon = ref.lastIndexOf(':');
      long line = 0;
      String source = ref;
      if (colon > 0) {
        try {
          line = Long.parseLong(ref.substring(colon + 1));
          source = ref.substring(0, colon);
        } catch (NumberFormatException e) {
          line = 0;
        }
      }
      // the line as it was, read just now; a generated record (--synthetic) has none: its reference
      rejectsOut.add(source, line, List.of(problem), reading.line() != null ? reading.line() : ref);
    }

    /** The first line of a month's block (text only): the month and its matching day. */
    void heading(YearMonth m) {
      if (format == Output.text) {
        out.println(text.get("heading", month(m), day(m.plusMonths(1).atDay(1))));
      }
    }

    void summary(MonthSummary s, long unreadable, long retained) {
      switch (format) {
        case text -> out.println(text.get("summary", month(s.month()), day(s.matchedOn()), (long) s.records(),
            n(unreadable + s.rejected()), (long) s.alerts(), n(s.urgent()), (long) s.colourChanges(), n(s.dues()), n(s.green()),
            n(s.orange()), n(s.red()), retained < 0 ? "" : text.get("summary.heap", n(retained >> 20)), (long) s.overdueVisits()));
        case json -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("kind", "month");
          m.put("month", s.month().toString());
          m.put("matchedOn", s.matchedOn().toString());
          m.put("records", s.records());
          m.put("rejected", unreadable + s.rejected());
          m.put("households", s.households());
          m.put("newHouseholds", s.newHouseholds());
          m.put("alerts", s.alerts());
          m.put("urgent", s.urgent());
          m.put("notScreened", s.notScreened());
          m.put("colourChanges", s.colourChanges());
          m.put("dues", s.dues());
          m.put("overdueVisits", s.overdueVisits());
          m.put("colours", obj("green", s.green(), "orange", s.orange(), "red", s.red()));
          if (retained >= 0) {
            m.put("retainedHeapBytes", retained);
          }
          json(m);
        }
        case csv -> {
          if (retained >= 0) {
            // on standard error, in the run's language as the text subtotal says it: 2025年1月；保留堆 17 兆字节
            spec.commandLine().getErr().println(month(s.month()) + text.get("summary.heap", n(retained >> 20)));
          }
        }
      }
    }
  }
}
