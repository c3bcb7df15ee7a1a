package org.jiuzhu.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.review.CaseByCase;
import org.jiuzhu.core.review.CaseRecord;
import org.jiuzhu.core.review.Decision;
import org.jiuzhu.core.review.DecisionRefusedException;
import org.jiuzhu.core.review.SituationCatalogue;
import org.jiuzhu.core.review.TamperedRecordException;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueProgramme;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.LineReader;
import org.jiuzhu.rules.io.StrictInput;
import org.jiuzhu.rules.review.RegionLimits;
import org.jiuzhu.rules.review.SituationFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jiuzhu decide}: case-by-case decisions (一事一议) from the command line — record a
 * decision in a case's hash-chained record, verify a record, export its head. Messages come from
 * the bundles {@code org/jiuzhu/cli/decide*.properties}, in the language of {@code --lang}.
 */
@Command(name = "decide", mixinStandardHelpOptions = true,
    description = {"Case-by-case decisions (一事一议): record a decision, verify a case record, export its head.",
        "A decision is recorded on a case the rulebook could not decide, in the case's hash-chained record. See docs/case-by-case.md."},
    subcommands = {DecideCommand.Record.class, DecideCommand.Verify.class, DecideCommand.Head.class})
final class DecideCommand implements Runnable {
  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The texts of this command in one language. */
  static final class Texts {
    static final org.jiuzhu.core.text.Messages MESSAGES = org.jiuzhu.core.text.Messages.bundle("org.jiuzhu.cli.decide", DecideCommand.class);
    final org.jiuzhu.core.text.Lang lang;
    final boolean zh;

    Texts(ScreenCommand.Lang lang) {
      this.zh = lang == ScreenCommand.Lang.zh;
      this.lang = zh ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN;
    }

    String get(String key, Object... args) {
      Object[] a = args;
      for (int i = 0; i < a.length; i++) {
        if (a[i] instanceof java.time.LocalDate) {
          // dates as every other text writes them: 2025年10月1日 / 1 October 2025
          a = a == args ? args.clone() : a;
          a[i] = org.jiuzhu.core.text.Messages.date(lang, (java.time.LocalDate) a[i]);
        }
      }
      return MESSAGES.get(lang, key, a);
    }

    /** A programme's name: Chinese, or English with the Chinese in brackets. */
    String programme(String id) {
      for (CatalogueProgramme p : Catalogue.cn().programmes()) {
        if (p.id().equals(id)) {
          return zh ? p.nameZh() : p.nameEn() + " (" + p.nameZh() + ")";
        }
      }
      return id;
    }
  }

  /** The outcomes a decision may give (the values {@code --outcome} takes; NEEDS_REVIEW is what it decides). */
  static final class Decided implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of(Outcome.ELIGIBLE.name(), Outcome.INELIGIBLE.name()).iterator();
    }
  }

  /** A refusal the user can act on, already in the chosen language. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** Runs {@code body}; a refusal, a tampered record or bad input is printed in the chosen language, exit 1. */
  static int guarded(CommandLine.Model.CommandSpec spec, Texts t, Callable<Integer> body) throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return body.call();
    } catch (Refused e) {
      err.println(t.get("error", e.getMessage()));
    } catch (DecisionRefusedException e) {
      err.println(t.get("error", t.zh ? e.messageZh() : e.messageEn()));
    } catch (TamperedRecordException e) {
      err.println(t.get("error", t.zh ? e.messageZh() : e.messageEn()));
    } catch (org.jiuzhu.core.validation.ValidationException e) {
      err.println(t.get("error", e.getMessage(t.lang))); // the household reader's problems, each with its path
    } catch (java.nio.file.NoSuchFileException e) {
      err.println(t.get("error", t.get("error.missing", e.getFile())));
    }
    err.flush();
    return Jiuzhu.INVALID_INPUT;
  }

  static CaseRecord readRecord(Path file, Texts t) throws IOException, Refused {
    List<String> lines = new ArrayList<>();
    for (String l : readLines(file, "error.record", t)) {
      if (!l.isBlank()) {
        lines.add(l);
      }
    }
    try {
      return CaseRecord.parse(lines);
    } catch (TamperedRecordException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new Refused(t.get("error.record", file, CliTexts.message(t.lang, e)));
    }
  }

  /**
   * The lines of a case record (or of a head file), read as every line-oriented file is: UTF-8 only,
   * at most {@link StrictInput#MAX_CASE_RECORD_BYTES} (a larger file is refused with its size, the
   * rest of it counted, never held) and each line at most {@link
   * StrictInput#MAX_CASE_RECORD_LINE_BYTES} (a longer one is refused with its number and length), in
   * the text of {@code key} ({@code error.record}, {@code error.head}) naming the file.
   */
  static List<String> readLines(Path file, String key, Texts t) throws IOException, Refused {
    int max = StrictInput.MAX_CASE_RECORD_BYTES;
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(max + 1);
      if (bytes.length > max) {
        long size = StrictInput.size(in, bytes.length);
        throw new Refused(t.get(key, file, size > StrictInput.MAX_COUNTED_BYTES
            ? t.get("error.size.file.more", StrictInput.sizeText(StrictInput.MAX_COUNTED_BYTES), StrictInput.sizeText(max),
                String.valueOf(max))
            : t.get("error.size.file", String.valueOf(size), StrictInput.sizeText(max), String.valueOf(max))));
      }
    }
    StrictInput.checkUtf8(file); // another encoding is refused naming the line, as for a feed
    List<String> lines = new ArrayList<>();
    try (LineReader in = new LineReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
        StrictInput.MAX_CASE_RECORD_LINE_BYTES)) {
      for (LineReader.Line l = in.next(); l != null; l = in.next()) {
        if (l.tooLong()) {
          throw new Refused(t.get(key, file, t.get("error.size.line", String.valueOf(l.number()), String.valueOf(l.bytes()),
              StrictInput.sizeText(in.maxBytes()), String.valueOf(in.maxBytes()))));
        }
        lines.add(l.text());
      }
    }
    return lines;
  }

  /**
   * Writes the record next to itself, then moves it over the old one: a crash leaves the old record
   * whole; the record keeps its permissions (a new one gets those of a file the user creates). A
   * record {@link #readLines} would refuse (an entry longer than a line may be, or more than a record
   * may hold) is not written: refused, the old record left as it was.
   */
  static void writeRecord(Path file, CaseRecord record, Texts t) throws IOException, Refused {
    List<String> lines = record.toLines();
    long total = 0;
    for (String l : lines) {
      long n = l.getBytes(StandardCharsets.UTF_8).length;
      if (n > StrictInput.MAX_CASE_RECORD_LINE_BYTES) {
        throw new Refused(t.get("error.size.entry", String.valueOf(n), StrictInput.sizeText(StrictInput.MAX_CASE_RECORD_LINE_BYTES),
            String.valueOf(StrictInput.MAX_CASE_RECORD_LINE_BYTES), file));
      }
      total += n + 1;
    }
    if (total > StrictInput.MAX_CASE_RECORD_BYTES) {
      throw new Refused(t.get("error.size.full", file, String.valueOf(total), StrictInput.sizeText(StrictInput.MAX_CASE_RECORD_BYTES),
          String.valueOf(StrictInput.MAX_CASE_RECORD_BYTES)));
    }
    try (OutputFiles files = new OutputFiles()) {
      Files.write(files.to(file), lines, StandardCharsets.UTF_8);
      files.succeeded();
    }
  }

  /** {@code jiuzhu decide record}: decides a determination that needs review and records it. */
  @Command(name = "record", mixinStandardHelpOptions = true,
      description = {"Decide a case that needs review and append the decision to its case record.",
          "Evaluates the household on --date and takes the determination of --programme (it must need review); applies the decision within the level's authority (situation catalogue: --situations, or the illustrative example pack) and appends it to the case record (created when missing). A refused attempt is recorded too, and the command exits 1. Prints the record's new head."})
  static final class Record implements Callable<Integer>, OptionChecks {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--household", required = true, paramLabel = "FILE", description = "The household (JSON or YAML).")
    Path household;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day of the decision; the household is evaluated on it.")
    LocalDate date;

    @Option(names = "--programme", required = true, paramLabel = "ID", description = "The programme whose determination needs review, e.g. cn.temporary-assistance.")
    String programme;

    @Option(names = "--situation", paramLabel = "CODE", description = "The situation decided (default: the one the determination names).")
    String situation;

    @Option(names = "--level", required = true, paramLabel = "LEVEL", description = "TOWNSHIP, COUNTY or CITY: the level that decides.")
    DecisionLevel level;

    @Option(names = "--decider", required = true, paramLabel = "ID", description = "The id of the official or committee (not a name).")
    String decider;

    @Option(names = "--outcome", required = true, paramLabel = "OUTCOME", description = "ELIGIBLE or INELIGIBLE.",
        completionCandidates = Decided.class)
    Outcome outcome;

    @Option(names = "--amount", paramLabel = "YUAN", description = "The amount granted (default 0).")
    String amount = "0";

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, in the decider's words.")
    String reason;

    @Option(names = "--record", required = true, paramLabel = "FILE", description = "The case record (created when missing).")
    Path recordFile;

    @Option(names = "--situations", paramLabel = "FILE", description = "The region's situation catalogue (jiuzhu-situations/1).")
    Path situationsFile;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
    ScreenCommand.Lang lang;

    @Mixin
    PolicyOptions policyOptions;

    @Override
    public Integer call() throws Exception {
      Texts t = new Texts(lang);
      return guarded(spec, t, () -> decide(t));
    }

    /**
     * Options that are blank, out of range or contradict each other: usage errors (exit 2, the
     * usage), every one of them at once with picocli's (an option picocli refused is null here).
     */
    @Override
    public List<String> optionProblems(org.jiuzhu.core.text.Lang l) {
      Texts t = new Texts(l == org.jiuzhu.core.text.Lang.ZH ? ScreenCommand.Lang.zh : ScreenCommand.Lang.en);
      List<String> bad = new ArrayList<>();
      if (programme != null && !CnRulebook.PROGRAMMES.contains(programme)) {
        // an id the rulebook has no determination of: a bad option value, said with the others
        bad.add(t.get("error.no-programme", programme, CnRulebook.PROGRAMMES));
      }
      if (decider != null && decider.isBlank()) {
        bad.add(t.get("error.blank", "decider", t.get("error.blank.decider")));
      }
      if (reason != null && reason.isBlank()) {
        bad.add(t.get("error.blank", "reason", t.get("error.blank.reason")));
      }
      if (outcome == Outcome.NEEDS_REVIEW) {
        bad.add(t.get("error.outcome", outcome));
      }
      try {
        Money money = Money.parse(amount);
        if (money.isNegative()) {
          bad.add(t.get("error.amount", amount, t.get("error.amount.negative")));
        } else if (outcome == Outcome.INELIGIBLE && !money.isZero()) {
          bad.add(t.get("error.ineligible-amount", amount)); // as the user wrote it
        }
      } catch (IllegalArgumentException e) {
        bad.add(t.get("error.amount", amount, CliTexts.message(t.lang, e)));
      }
      return bad;
    }

    private int decide(Texts t) throws Exception {
      Money money = Money.parse(amount); // checked with the other options (optionProblems)
      Household h = policyOptions.household(household, date); // a bad policy file is said beside the household's problems
      SituationCatalogue situations;
      if (situationsFile == null) {
        situations = SituationFiles.example();
      } else {
        try (InputStream in = Files.newInputStream(situationsFile)) {
          situations = SituationFiles.load(situationsFile.toString(), in);
        }
      }
      if (!h.region().isWithin(situations.region())) {
        throw new Refused(t.get("error.region", situations.region(), situations.source(), h.region()));
      }
      Determination d = CnRulebook.create(policyOptions.policy()).evaluate(h, date).get(programme)
          .orElseThrow(() -> new Refused(t.get("error.no-programme", programme, CnRulebook.PROGRAMMES))); // checked with the options
      if (d.outcome() != Outcome.NEEDS_REVIEW) {
        throw new Refused(t.get("error.no-review", t.programme(programme), t.get("outcome." + d.outcome().name()), date));
      }
      CaseRecord record;
      if (Files.exists(recordFile)) {
        record = readRecord(recordFile, t);
        if (!record.caseId().equals(h.id())) {
          throw new Refused(t.get("error.case", recordFile, record.caseId(), h.id()));
        }
      } else {
        record = new CaseRecord(h.id());
      }
      // one decision per programme and case: a second one would leave contradictory grants in the record
      List<CaseRecord.Entry> entries = record.entries();
      for (int i = 0; i + 1 < entries.size(); i++) {
        if (entries.get(i).type().equals("DETERMINATION") && entries.get(i).content().startsWith(programme + " ")
            && entries.get(i + 1).type().equals("DECISION")) {
          throw new Refused(t.get("error.decided", t.programme(programme), record.caseId(), entries.get(i + 1).sequence(),
              entries.get(i + 1).date()));
        }
      }
      String code = situation == null ? CaseByCase.situationCode(d) : situation;
      Decision decision = new Decision(code, level, decider, reason, date, outcome, money);
      PrintWriter out = spec.commandLine().getOut();
      int before = record.entries().size();
      Determination decided;
      try {
        // the region's own limits bind too: a catalogue never lets a level grant more than the parameters allow it
        decided = new CaseByCase(situations, RegionLimits.of(policyOptions.policy(), h, date)).decide(d, decision, record);
      } catch (DecisionRefusedException e) {
        writeRecord(recordFile, record, t);
        PrintWriter err = spec.commandLine().getErr();
        err.println(t.get("error", t.zh ? e.messageZh() : e.messageEn()));
        err.println(t.get("refused.recorded", record.caseId(), record.entries().size()));
        err.println(t.get("head", record.head().toLine()));
        err.flush();
        return Jiuzhu.INVALID_INPUT;
      }
      writeRecord(recordFile, record, t);
      String amountText = "";
      if (decided.oneOffAmount().isPositive()) {
        amountText = t.get("recorded.amount", decided.oneOffAmount(), t.get("amount.oneOff"));
      } else if (decided.monthlyAmount().isPositive()) {
        amountText = t.get("recorded.amount", decided.monthlyAmount(), t.get("amount.monthly"));
      }
      out.println(t.get("recorded", record.caseId(), t.programme(programme), t.get("outcome." + outcome.name()),
          t.get("level." + level.name()), date, amountText, before + 1, record.entries().size()));
      out.println(t.get("head", record.head().toLine()));
      out.flush();
      return 0;
    }
  }

  /** {@code jiuzhu decide verify}: checks a record's chain, and against a head exported earlier. */
  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = {"Check a case record's hash chain, and against a head exported earlier.",
          "Every entry unchanged, none removed, inserted or reordered; with --head, the record still holds every entry the head names (the newest entries dropped is detected). Exit 0 when intact, 1 otherwise."})
  static final class Verify implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--record", required = true, paramLabel = "FILE", description = "The case record.")
    Path recordFile;

    @Option(names = "--head", paramLabel = "FILE", description = "A head exported earlier (decide head, or the line decide record prints).")
    Path headFile;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
    ScreenCommand.Lang lang;

    @Override
    public Integer call() throws Exception {
      Texts t = new Texts(lang);
      return guarded(spec, t, () -> {
        CaseRecord record = readRecord(recordFile, t);
        PrintWriter out = spec.commandLine().getOut();
        CaseRecord.Head now = record.head();
        if (headFile != null) {
          CaseRecord.Head head;
          try {
            head = CaseRecord.Head.parse(headLine(readLines(headFile, "error.head", t)));
          } catch (IllegalArgumentException e) {
            throw new Refused(t.get("error.head", headFile, CliTexts.message(t.lang, e)));
          }
          record.verify(head);
          int more = now.entries() - head.entries();
          out.println(t.get("verified", now.caseId(), now.entries(), now.lastHash()));
          out.println(t.get("verified.head", head.entries(), more > 0 ? t.get("verified.head.more", more) : ""));
        } else {
          out.println(t.get("verified", now.caseId(), now.entries(), now.lastHash()));
          out.println(t.get("verified.no-head"));
        }
        out.flush();
        return 0;
      });
    }

    /** The head line of a file: the line {@code decide head} wrote, or the line after "head:" that {@code decide record} printed. */
    private static String headLine(List<String> lines) {
      for (String l : lines) {
        int at = l.indexOf(CaseRecord.Head.FORMAT);
        if (at >= 0) {
          return l.substring(at);
        }
      }
      return lines.isEmpty() ? "" : lines.get(0);
    }
  }

  /** {@code jiuzhu decide head}: prints (or writes) a record's head, to keep apart from the record. */
  @Command(name = "head", mixinStandardHelpOptions = true,
      description = {"Verify a case record and print its head, to keep apart from the record.",
          "The head is one line — case, entry count and last hash — to keep elsewhere (another system, a signed register, paper): decide verify --head detects a record cut short."})
  static final class Head implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--record", required = true, paramLabel = "FILE", description = "The case record.")
    Path recordFile;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the head here instead of standard output.")
    Path output;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en, for errors (default: ${DEFAULT-VALUE}).")
    ScreenCommand.Lang lang;

    @Override
    public Integer call() throws Exception {
      Texts t = new Texts(lang);
      return guarded(spec, t, () -> {
        String line = readRecord(recordFile, t).head().toLine();
        if (output == null) {
          spec.commandLine().getOut().println(line);
          spec.commandLine().getOut().flush();
        } else {
          try (OutputFiles files = new OutputFiles()) {
            Files.writeString(files.to(output), line + "\n", StandardCharsets.UTF_8);
            files.succeeded();
          }
        }
        return 0;
      });
    }
  }
}
