package org.jiuzhu.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.io.HouseholdWriter;
import org.jiuzhu.rules.io.MonthlyRecordWriter;
import org.jiuzhu.rules.synthetic.MonitoringFeedGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a synthetic register and monthly feeds, for trying {@code monitor} and measuring it. */
@Command(name = "generate-feed", mixinStandardHelpOptions = true,
    description = {"Write synthetic monitoring data: a register and one feed a month.",
        "households.jsonl (the register) and one feed a month (feed-YYYY-MM.jsonl or .csv). Seeded: the same seed gives the same files. Rates are jiuzhu's, not calibrated."})
final class GenerateFeedCommand implements Callable<Integer>, OptionChecks {
  /** Feed file formats. */
  enum FeedFormat {
    jsonl,
    csv
  }

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--households", required = true, paramLabel = "N", description = "How many households.")
  Integer households;

  @Option(names = "--region", defaultValue = "620825", paramLabel = "CODE", description = "Their region (default: ${DEFAULT-VALUE}).")
  String region;

  @Option(names = "--from", defaultValue = "2025-01", paramLabel = "YYYY-MM", description = "First month (default: ${DEFAULT-VALUE}).")
  YearMonth from;

  @Option(names = "--months", defaultValue = "12", paramLabel = "M", description = "How many months (default: ${DEFAULT-VALUE}).")
  int months;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
  FeedFormat format;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write to (made if missing; files of the same names in it are replaced).")
  Path out;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en, for messages and errors (default: ${DEFAULT-VALUE}).")
  ScreenCommand.Lang lang;

  @picocli.CommandLine.Mixin
  PolicyOptions policyOptions;

  @Option(names = "--feeds-only", description = "Write the feeds but not households.jsonl (about 4 KB a household).")
  boolean feedsOnly;

  @Override
  public List<String> optionProblems(org.jiuzhu.core.text.Lang lang) {
    List<String> bad = new java.util.ArrayList<>();
    // a --households picocli refused (or not given) is null: picocli says it
    if (households != null && households < 1) {
      bad.add(CliTexts.get(lang, "error.households.count", "--households", Long.toString(households)));
    }
    if (months < 1 || months > 120) {
      bad.add(CliTexts.get(lang, "error.option.range", "--months", Long.toString(months), "1", "120"));
    }
    UsageErrors.regionProblem(lang, "--region", region).ifPresent(bad::add);
    return bad;
  }

  @Override
  public Integer call() throws Exception {
    RegionCode code = RegionCode.parse(region); // checked with the other options (optionProblems)
    // a region the policy does not know gives households that monitor and simulate refuse: refused here first,
    // before anything is written, as they refuse it
    org.jiuzhu.core.policy.Policy policy = policyOptions.policy();
    if (!policy.isKnown(code)) {
      throw CliTexts.unknownRegion(code, policy);
    }
    // --out was checked before (FileArguments): not a file, nor under one. Files of the same names in it
    // are replaced, as every command replaces its outputs, and only when all are written (OutputFiles)
    Path made = null; // the highest folder this run makes
    for (Path p = out.toAbsolutePath().normalize(); p != null && !Files.exists(p); p = p.getParent()) {
      made = p;
    }
    Files.createDirectories(out);
    boolean done = false;
    long records = 0;
    try (OutputFiles files = new OutputFiles()) {
      MonitoringFeedGenerator g = new MonitoringFeedGenerator(seed, households, List.of(code), from.atDay(1));
      if (!feedsOnly) {
        try (BufferedWriter w = Files.newBufferedWriter(files.to(out.resolve("households.jsonl")), StandardCharsets.UTF_8)) {
          for (int i = 0; i < households; i++) {
            Optional<Household> h = g.household(MonitoringFeedGenerator.id(i));
            w.write(HouseholdWriter.toJsonLine(h.orElseThrow()));
            w.write('\n');
          }
        }
      }
      for (int m = 0; m < months; m++) {
        YearMonth month = from.plusMonths(m);
        Path file = out.resolve("feed-" + month + "." + format.name());
        long[] n = {0};
        try (BufferedWriter w = Files.newBufferedWriter(files.to(file), StandardCharsets.UTF_8)) {
          if (format == FeedFormat.csv) {
            w.write(MonthlyRecordWriter.csvHeader());
            w.write('\n');
          }
          g.month(month, r -> {
            try {
              if (format == FeedFormat.csv) {
                w.write(MonthlyRecordWriter.csvLine(r));
              } else {
                w.write(MonthlyRecordWriter.jsonLine(r));
                w.write('\n');
              }
              n[0]++;
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
        }
        records += n[0];
      }
      files.succeeded();
      done = true;
    } finally {
      if (!done && made != null) {
        deleteEmpty(made, out.toAbsolutePath().normalize()); // a failed run leaves no folder it made
      }
    }
    org.jiuzhu.core.text.Lang l = CliTexts.lang(lang);
    spec.commandLine().getOut().println(CliTexts.get(l, feedsOnly ? "generate-feed.wrote.feeds-only" : "generate-feed.wrote",
        out.toString(), households, months, records, from, Long.toString(seed)));
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Deletes {@code folder} and the folders above it up to {@code top}, as long as they are empty. */
  private static void deleteEmpty(Path top, Path folder) {
    for (Path p = folder; p != null && p.startsWith(top); p = p.getParent()) {
      try {
        Files.deleteIfExists(p);
      } catch (java.io.IOException e) {
        return; // not empty, or not ours to delete
      }
    }
  }
}
