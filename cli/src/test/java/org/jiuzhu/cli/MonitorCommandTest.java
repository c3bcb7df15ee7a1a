package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MonitorCommandTest {
  private static final int SHOWN = MonitorCommand.Rejects.SHOWN;

  private static final Path EXAMPLE = Path.of(System.getProperty("jiuzhu.monitoring", "../examples/monitoring"));

  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private String[] exampleArgs(String... extra) {
    List<String> a = new ArrayList<>(List.of("monitor", "--region", "230300", "--households",
        EXAMPLE.resolve("households.jsonl").toString(), "--rejects", dir.resolve("rejects.jsonl").toString()));
    a.addAll(List.of(extra));
    a.add(EXAMPLE.resolve("feed-2025-10.jsonl").toString()); // out of order on purpose: feeds are sorted by month
    a.add(EXAMPLE.resolve("feed-2025-08.jsonl").toString());
    a.add(EXAMPLE.resolve("feed-2025-09.csv").toString());
    return a.toArray(String[]::new);
  }

  @Test
  void englishCountsAreSingularForOne() {
    CliRun r = run("monitor", "--lang", "en", "--region", "620825", "--synthetic", "1", "--months", "2",
        "--rejects", dir.resolve("r.jsonl").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String all = r.out() + r.err();
    assertThat(all).contains("monitored 1 household over 2 months: 2 household-months, 3 records, 0 alerts")
        .contains("== February 2025 feed (matched on 1 March 2025) ==\n")
        .containsPattern("-- subtotal for February 2025: 1 record, ");
    CliRun zh = run("monitor", "--region", "620825", "--synthetic", "1", "--months", "2", "--rejects", dir.resolve("z.jsonl").toString());
    assertThat(zh.out() + zh.err()).contains("监测 1 户，2 个月：2 户月，记录 3 条");
    // the progress line is in the run's language too
    CliRun bar = run("monitor", "--region", "620825", "--synthetic", "1", "--months", "2", "--progress", "always",
        "--rejects", dir.resolve("b.jsonl").toString());
    assertThat(bar.err()).contains("监测 100%").contains("2/2 个月").doesNotContain("monitor").doesNotContain("months");
  }

  @Test
  void theEvidenceLineNamesTheParameterInChineseToo() throws Exception {
    assertThat(run(exampleArgs("--lang", "zh")).out()).contains("    依据：feed-2025-08.jsonl:2 · 单次住院自付费用预警门槛（监测家庭）\n");
  }

  @Test
  void theExampleFeedsGiveAlertsColourChangesAndDuesAndRejectBadLinesWithTheirNumbers() throws Exception {
    CliRun r = run(exampleArgs("--lang", "en"));
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("alert jixi-tekun-1 [warning] out-of-pocket cost of one hospital stay: member m1 paid 6,500.00 yuan out of"
            + " pocket for one hospital stay (threshold: 6,000.00 yuan); visit by 8 September 2025.")
        // the parameter by its label, dates in words, programmes by their names: no key, no ISO date, no id
        .contains("    evidence: feed-2025-08.jsonl:2 · Out-of-pocket cost of one hospital stay that warns, monitored households")
        .doesNotContain("monitoring.medical.", " cn.tekun", " cn.dibao", "2025-09-08", "(matched 2025-")
        .contains("alert jixi-dibao-1 [urgent] death of a member: member m2 died on 14 September 2025; visit by 10 October 2025.")
        .contains("probably qualifies for: Minimum living allowance (received: review it), Temporary assistance")
        .contains("probably qualifies for: Support for people in extreme poverty (received: review it), Temporary assistance,")
        .contains("colour jixi-dibao-1 green (reassured) → red (closely accompanied) · 1 October 2025 · an urgent alert (death of a"
            + " member) within the last 6 months")
        .contains("due jixi-tekun-1 periodic review: support for people in extreme poverty (特困) · 9 October 2025 · extreme-poverty"
            + " support since 1 October 2024, reviewed every 12 months; 1 October 2025 is not a working day")
        .contains("due jixi-rigid end of the rigid-expenditure recognition: recognition as a rigid-expenditure household (刚性支出困难家庭)"
            + " · 15 September 2025")
        .contains("-- subtotal for August 2025: 3 records, 2 rejected, 1 alert (0 urgent)")
        // a household the register does not have is rejected, not monitored
        .doesNotContain("jixi-unregistered");
    // each month's block starts with its heading and ends with its subtotal
    List<String> blocks = r.out().lines().filter(l -> l.startsWith("== ") || l.startsWith("-- ")).toList();
    assertThat(blocks).containsExactly("== August 2025 feed (matched on 1 September 2025) ==", blocks.get(1),
        "== September 2025 feed (matched on 1 October 2025) ==", blocks.get(3), "== October 2025 feed (matched on 1 November 2025) ==",
        blocks.get(5));
    assertThat(blocks.get(1)).startsWith("-- subtotal for August 2025: ");
    assertThat(blocks.get(3)).startsWith("-- subtotal for September 2025: ");
    assertThat(blocks.get(5)).startsWith("-- subtotal for October 2025: ");
    assertThat(r.out()).startsWith("== August 2025 feed");
    // the 特困 recipient's alert suggests its 特困 review, never 低保 (特困 excludes it)
    assertThat(r.out().lines().filter(l -> l.contains("Support for people in extreme poverty (received: review it)")))
        .hasSize(1).allSatisfy(l -> assertThat(l).doesNotContain("Minimum living allowance"));
    // the worker's loss is reported in September, not again in October while it lasts
    assertThat(r.out()).containsOnlyOnce("alert jixi-worker");
    assertThat(r.out().indexOf("== August 2025")).isLessThan(r.out().indexOf("== September 2025"));
    assertThat(r.out().indexOf("-- subtotal for August 2025")).isLessThan(r.out().indexOf("== September 2025"));
    assertThat(r.err()).contains("monitored 4 households over 3 months: 12 household-months, 11 records, 3 alerts, 3 rejected");
    List<String> rejects = Files.readAllLines(dir.resolve("rejects.jsonl"), StandardCharsets.UTF_8);
    assertThat(rejects).hasSize(3);
    JsonNode first = new ObjectMapper().readTree(rejects.get(0));
    assertThat(first.get("source").asText()).isEqualTo("feed-2025-08.jsonl");
    assertThat(first.get("line").asLong()).isEqualTo(4);
    assertThat(first.get("problems").get(0).get("path").asText()).isEqualTo("amount");
    JsonNode unregistered = new ObjectMapper().readTree(rejects.get(1));
    assertThat(unregistered.get("source").asText()).isEqualTo("feed-2025-08.jsonl");
    assertThat(unregistered.get("line").asLong()).isEqualTo(5);
    assertThat(unregistered.get("problems").get(0).get("path").asText()).isEqualTo("household");
    assertThat(unregistered.get("problems").get(0).get("code").asText()).isEqualTo("record.household.unknown");
    assertThat(unregistered.get("problems").get(0).get("message").asText())
        .isEqualTo("household jixi-unregistered is not in the register; expected the id of a household being monitored");
    assertThat(new ObjectMapper().readTree(rejects.get(2)).get("line").asLong()).isEqualTo(5);
  }

  /**
   * A record of a household the register does not have is rejected by its id, in each language; without a register
   * (no --households) every household a feed names is monitored, its alerts not screened.
   */
  @Test
  void aHouseholdNotInTheRegisterIsRejectedAndWithoutARegisterMonitoredUnscreened() throws Exception {
    Path aug = Files.writeString(dir.resolve("feed-2025-08.jsonl"),
        "{\"household\":\"jixi-unregistered\",\"type\":\"disaster\",\"date\":\"2025-08-25\"}\n"
            + "{\"household\":\"620825196503120017\",\"type\":\"disaster\",\"date\":\"2025-08-26\"}\n");
    String households = EXAMPLE.resolve("households.jsonl").toString();
    CliRun zh = run("monitor", "--region", "230300", "--households", households, aug.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out()).doesNotContain("jixi-unregistered").doesNotContain("620825");
    assertThat(zh.err()).contains("拒收：feed-2025-08.jsonl:1: 住户 jixi-unregistered 不在登记册中；应为登记册中受监测住户的编号\n")
        // an id with the shape of a citizen ID number is masked
        .contains("拒收：feed-2025-08.jsonl:2: 住户 620825********0017 不在登记册中；应为登记册中受监测住户的编号\n")
        .doesNotContain("620825196503120017").contains("拒收 2 条");
    CliRun en = run("monitor", "--region", "230300", "--households", households, "--lang", "en", aug.toString());
    assertThat(en.err()).contains("rejected: feed-2025-08.jsonl:1: household jixi-unregistered is not in the register; expected the"
        + " id of a household being monitored\n").doesNotContain("620825196503120017");
    CliRun none = run("monitor", "--region", "230300", "--lang", "en", aug.toString());
    assertThat(none.exit()).as(none.err()).isZero();
    assertThat(none.out()).contains("alert jixi-unregistered [urgent] disaster").contains("not screened: household not in the register");
    assertThat(none.err()).contains("0 rejected");
    // in CSV: no programme ids, screened false, and why in each language in columns of their own (no English in 'programmes')
    Path csv = dir.resolve("unscreened.csv");
    assertThat(run("monitor", "--region", "230300", "--format", "csv", "--output", csv.toString(), aug.toString()).exit()).isZero();
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(rows.get(0)).endsWith(",daysOverdue,provisional,screened,noteZh,noteEn");
    assertThat(rows).filteredOn(l -> l.startsWith("alert,2025-08,jixi-unregistered,")).singleElement().satisfies(l -> {
      assertThat(l).contains(",false,").contains("household not in the register").doesNotContain("not screened:");
      assertThat(l).contains("登记册中无此户");
    });
  }

  /**
   * Without --rejects no file is written (not even in the working folder): the rejected lines are
   * said on standard error, file:line: path: problem; and with standard error not a terminal (a
   * pipe here) --progress auto writes plain lines, never a drawn bar.
   */
  @Test
  void withoutRejectsNoFileIsWrittenAndTheRejectedLinesAreSaidOnStandardError() throws Exception {
    Path inFolder = Path.of("monitor-rejects.jsonl");
    Files.deleteIfExists(inFolder);
    List<String> a = new ArrayList<>(List.of(exampleArgs("--lang", "en")));
    int at = a.indexOf("--rejects");
    a.remove(at + 1);
    a.remove(at);
    CliRun r = run(a.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(inFolder).doesNotExist();
    assertThat(dir.resolve("rejects.jsonl")).doesNotExist();
    assertThat(r.err()).contains("rejected: feed-2025-08.jsonl:4: amount: ").contains("rejected: feed-2025-09.csv:5: date: ")
        .contains("3 rejected (said above; --rejects FILE writes them to a file);")
        .doesNotContain("monitor-rejects.jsonl");
    assertThat(Progress.interactive()).isFalse(); // surefire's standard error is a pipe
    assertThat(r.err()).contains("monitor 100%").doesNotContainPattern("\\[[=> ]*\\]");
    CliRun zh = run("monitor", "--region", "230300", "--households", EXAMPLE.resolve("households.jsonl").toString(),
        EXAMPLE.resolve("feed-2025-08.jsonl").toString());
    assertThat(zh.err()).contains("拒收：feed-2025-08.jsonl:4: amount：").contains("拒收 2 条（见上；给出 --rejects 即可写入文件）；")
        .contains("监测 100%").doesNotContainPattern("\\[[=> ]*\\]");
    assertThat(inFolder).doesNotExist();
  }

  /**
   * Months whose deadlines fall past the holiday calendar (it ends in 2026): processed, and the
   * user is told once, in the run's language, by the command line itself — no log line.
   */
  @Test
  void pastTheHolidayCalendarTheRunSaysOnceThatDeadlinesAreProvisional() throws Exception {
    CliRun zh = run("monitor", "--region", "620825", "--synthetic", "20", "--from", "2026-11", "--months", "3");
    assertThat(zh.exit()).as(zh.err()).isZero();
    String note = "注意：国家节假日日历只收录2025年至2026年的放假安排；2027年的工作日只按周末和法定固定日期节日（1月1日，5月1日、5月2日，"
        + "10月1日至10月3日，依据全国年节及纪念日放假办法）计算，这些年份里的走访期限和到期日期为暂定，待当年国务院办公厅放假通知收录后重新计算\n";
    assertThat(zh.err()).containsOnlyOnce(note).doesNotContain("WARN").doesNotContain("holiday calendar");
    CliRun en = run("monitor", "--region", "620825", "--synthetic", "20", "--from", "2026-11", "--months", "3", "--lang", "en",
        "--format", "json");
    assertThat(en.err()).containsOnlyOnce("note: the national holiday calendar covers 2025 to 2026 only; working days in 2027"
        + " are counted on weekends and the statutory holidays on fixed dates (1 January, 1–2 May, 1–3 October, 全国年节及纪念日放假办法)"
        + " only, so visit deadlines and due dates there are provisional").doesNotContain("WARN");
    // each alert of January 2027 data says its deadline is provisional, in the JSON too
    assertThat(en.out()).contains("\"visitByProvisional\":true");
    // and so does each due and overdue visit, by its date's year
    ObjectMapper json = new ObjectMapper();
    int provisionalDues = 0;
    for (String line : en.out().strip().split("\n")) {
      com.fasterxml.jackson.databind.JsonNode n;
      try {
        n = json.readTree(line);
      } catch (java.io.IOException e) {
        throw new AssertionError(line, e);
      }
      String kind = n.get("kind").asText();
      if (kind.equals("due")) {
        boolean past = n.get("date").asText().compareTo("2027") >= 0;
        assertThat(n.get("dateProvisional").asBoolean()).as(line).isEqualTo(past);
        provisionalDues += past ? 1 : 0;
      } else if (kind.equals("overdue")) {
        assertThat(n.get("dueDateProvisional").asBoolean()).as(line).isEqualTo(n.get("dueDate").asText().compareTo("2027") >= 0);
      }
    }
    assertThat(provisionalDues).isPositive();
    // and in CSV, the column provisional of each alert, due and overdue row, by its deadline's year (empty on other rows)
    CliRun csv = run("monitor", "--region", "620825", "--synthetic", "20", "--from", "2026-11", "--months", "3", "--format", "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    com.fasterxml.jackson.databind.MappingIterator<java.util.Map<String, String>> rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
        .readerForMapOf(String.class).with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
        .readValues(csv.out());
    int[] provisional = new int[2]; // rows with true, with false
    for (java.util.Map<String, String> row : rows.readAll()) {
      String kind = row.get("kind");
      String deadline = switch (kind) {
        case "alert", "overdue" -> row.get("deadline");
        case "due" -> row.get("date");
        default -> null;
      };
      if (deadline == null) {
        assertThat(row.get("provisional")).as(row.toString()).isEmpty();
      } else {
        boolean past = deadline.compareTo("2027") >= 0;
        assertThat(row.get("provisional")).as(row.toString()).isEqualTo(String.valueOf(past));
        provisional[past ? 0 : 1]++;
      }
    }
    assertThat(provisional[0]).isPositive();
    assertThat(provisional[1]).isPositive();
    // within the calendar, nothing is said
    CliRun within = run("monitor", "--region", "620825", "--synthetic", "20", "--from", "2025-01", "--months", "2");
    assertThat(within.err()).doesNotContain("节假日日历");
  }

  /**
   * A feed line of at most 64 KiB and a register line (one household) of at most 4 MiB are read; a
   * longer one is rejected with its length and the limit, in the run's language, and the lines after
   * it are read (the reject file quotes its start).
   */
  @Test
  void aLineLongerThanItsLimitIsRejectedWithItsLengthAndTheRunGoesOn() throws Exception {
    List<String> register = Files.readAllLines(EXAMPLE.resolve("households.jsonl"), StandardCharsets.UTF_8);
    int maxRegister = org.jiuzhu.rules.io.StrictInput.MAX_REGISTER_LINE_BYTES;
    assertThat(maxRegister).isEqualTo(4 << 20);
    // the first household padded (after its object) to the limit exactly, the second to one byte more
    Path households = dir.resolve("households.jsonl");
    try (java.io.Writer w = Files.newBufferedWriter(households, StandardCharsets.UTF_8)) {
      w.write(register.get(0) + " ".repeat(maxRegister - register.get(0).getBytes(StandardCharsets.UTF_8).length) + "\n");
      w.write(register.get(1) + " ".repeat(maxRegister + 1 - register.get(1).getBytes(StandardCharsets.UTF_8).length) + "\n");
      for (String l : register.subList(2, register.size())) {
        w.write(l + "\n");
      }
    }
    String ok = "{\"household\":\"jixi-dibao-1\",\"type\":\"disaster\",\"date\":\"2025-08-25\"}";
    int maxFeed = org.jiuzhu.rules.io.StrictInput.MAX_FEED_LINE_BYTES;
    Path aug = Files.writeString(dir.resolve("feed-2025-08.jsonl"), ok + " ".repeat(maxFeed - ok.length()) + "\n"
        + ok + " ".repeat(maxFeed + 1 - ok.length()) + "\n" + ok.replace("08-25", "08-26") + "\n");
    CliRun en = run("monitor", "--region", "230300", "--households", households.toString(), "--lang", "en", aug.toString());
    assertThat(en.exit()).as(en.err()).isZero();
    assertThat(en.err())
        .contains("rejected: households.jsonl:2: the line is 4194305 bytes; expected a line of at most 4 MiB (4194304 bytes)\n")
        .contains("rejected: feed-2025-08.jsonl:2: the line is 65537 bytes; expected a line of at most 64 KiB (65536 bytes)\n")
        .contains("2 rejected");
    // the household at the limit is registered and monitored: both its records of the feed
    assertThat(en.out()).contains("jixi-dibao-1").doesNotContain("not screened");
    CliRun zh = run("monitor", "--region", "230300", "--households", households.toString(), "--rejects",
        dir.resolve("r.jsonl").toString(), aug.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    List<String> rejected = Files.readAllLines(dir.resolve("r.jsonl"), StandardCharsets.UTF_8);
    assertThat(rejected).hasSize(2);
    JsonNode feedLine = new ObjectMapper().readTree(rejected.get(1));
    assertThat(feedLine.get("problems").get(0).get("code").asText()).isEqualTo("line.size");
    assertThat(feedLine.get("problems").get(0).get("message").asText()).isEqualTo("该行为 65537 字节；每行应不超过 64 千字节（65536 字节）");
    assertThat(feedLine.get("text").asText()).startsWith(ok).endsWith("…");
  }

  /**
   * A record of a member the registered household does not have is said as a sentence in each
   * language: no field path before it (no English word in Chinese), the members listed as the
   * language lists them, and "rejected:" with its colon as "拒收：".
   */
  @Test
  void aRecordOfAnUnknownMemberIsRejectedInASentenceOfEachLanguage() throws Exception {
    Path oct = Files.writeString(dir.resolve("feed-2025-10.jsonl"),
        "{\"household\":\"jixi-worker\",\"type\":\"death\",\"date\":\"2025-10-20\",\"member\":\"m9\"}\n");
    String households = EXAMPLE.resolve("households.jsonl").toString();
    CliRun zh = run("monitor", "--region", "230300", "--households", households, oct.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.err()).contains("拒收：feed-2025-10.jsonl:1: 成员 m9 不在本家庭中；成员为 m1、m2、m3\n").doesNotContain("member");
    CliRun en = run("monitor", "--region", "230300", "--households", households, "--lang", "en", oct.toString());
    assertThat(en.err()).contains("rejected: feed-2025-10.jsonl:1: member m9 is not in the household; members are m1, m2, m3\n")
        .doesNotContain("[m1").doesNotContain("member: ");
    // the reject file keeps the field's path for machines
    CliRun file = run("monitor", "--region", "230300", "--households", households, "--rejects", dir.resolve("r.jsonl").toString(),
        oct.toString());
    assertThat(file.exit()).isZero();
    JsonNode problem = new ObjectMapper().readTree(Files.readString(dir.resolve("r.jsonl"))).get("problems").get(0);
    assertThat(problem.get("path").asText()).isEqualTo("member");
    assertThat(problem.get("code").asText()).isEqualTo("record.member.unknown");
    assertThat(problem.get("message").asText()).isEqualTo("成员 m9 不在本家庭中；成员为 m1、m2、m3");
  }

  /** With --format csv the retained heap of each month is said on standard error, in the run's language. */
  @Test
  void theRetainedHeapOfACsvRunIsSaidInTheLanguageOfTheRun() {
    CliRun zh = run("monitor", "--region", "620825", "--synthetic", "20", "--months", "2", "--format", "csv", "--retained-heap",
        "--progress", "never");
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.err()).containsPattern("(?m)^2025年1月；保留堆 [0-9,]+ 兆字节$").containsPattern("(?m)^2025年2月；保留堆 [0-9,]+ 兆字节$")
        .doesNotContain("retained").doesNotContain("MB");
    CliRun en = run("monitor", "--region", "620825", "--synthetic", "20", "--months", "2", "--format", "csv", "--retained-heap",
        "--progress", "never", "--lang", "en");
    assertThat(en.err()).containsPattern("(?m)^January 2025; retained heap [0-9,]+ MB$");
  }

  /** More rejected lines than are said on standard error: the first ones, then how many more. */
  @Test
  void manyRejectedLinesAreCountedAfterTheFirstOnes() throws Exception {
    StringBuilder feed = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      feed.append("not json\n");
    }
    Path f = Files.writeString(dir.resolve("feed-2025-08.jsonl"), feed.toString());
    CliRun r = run("monitor", "--region", "230300", "--lang", "en", f.toString());
    assertThat(r.err().lines().filter(l -> l.startsWith("rejected: feed-2025-08.jsonl:"))).hasSize(SHOWN);
    assertThat(r.err()).contains("rejected: feed-2025-08.jsonl:10: ").doesNotContain("rejected: feed-2025-08.jsonl:11: ")
        .contains("… and 2 more rejected lines; --rejects FILE writes them all")
        .contains("12 rejected (the first 10 above; --rejects FILE writes them all);");
  }

  @Test
  void jsonIsOneObjectALineEndingWithTheRunsThroughput() throws Exception {
    CliRun r = run(exampleArgs("--format", "json"));
    assertThat(r.exit()).isZero();
    String[] lines = r.out().strip().split("\n");
    ObjectMapper json = new ObjectMapper();
    List<String> kinds = new ArrayList<>();
    for (String l : lines) {
      kinds.add(json.readTree(l).get("kind").asText());
    }
    assertThat(kinds).contains("alert", "colour-change", "due", "month").last().isEqualTo("run");
    JsonNode run = json.readTree(lines[lines.length - 1]);
    assertThat(run.get("householdMonths").asLong()).isEqualTo(12);
    assertThat(run.get("records").asLong()).isEqualTo(11);
    assertThat(run.get("rejected").asLong()).isEqualTo(3);
    assertThat(run.get("householdMonthsPerSecond").asLong()).isPositive();
    assertThat(run.get("peakHeapMb").asLong()).isPositive();
    JsonNode death = null;
    for (String l : lines) {
      JsonNode n = json.readTree(l);
      if (n.get("kind").asText().equals("alert") && n.get("rule").asText().equals("death")) {
        death = n;
      }
    }
    assertThat(death).isNotNull();
    assertThat(death.get("severity").asText()).isEqualTo("urgent");
    assertThat(death.get("visitBy").asText()).isEqualTo("2025-10-10");
    assertThat(death.get("evidence").get("records").get(0).asText()).isEqualTo("feed-2025-09.csv:4");
    assertThat(death.get("programmes").get(0).get("id").asText()).isEqualTo("cn.dibao");
    assertThat(death.get("programmes").get(0).get("alreadyReceived").asBoolean()).isTrue();
  }

  @Test
  void csvHasOneHeaderAndARowPerAlertChangeAndDue() throws Exception {
    CliRun r = run(exampleArgs("--format", "csv", "--output", dir.resolve("out.csv").toString()));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    List<String> rows = Files.readAllLines(dir.resolve("out.csv"), StandardCharsets.UTF_8);
    assertThat(rows.get(0)).isEqualTo("kind,month,household,date,code,severity,deadline,from,to,programme,programmes,parameter,"
        + "threshold,thresholdZh,thresholdValue,evidence,zh,en,daysOverdue,provisional,screened,noteZh,noteEn");
    assertThat(rows).filteredOn(l -> l.startsWith("alert,")).hasSize(3);
    // the threshold in both languages, beside the parameter's key, then as a plain decimal for machines
    assertThat(rows).anyMatch(l -> l.contains("\"monitoring.medical.hospital-stay-monitored\",\"6,000.00 yuan\",\"6,000.00 元\",6000.00,feed-2025-08.jsonl:2,"));
    assertThat(rows).anyMatch(l -> l.startsWith("colour-change,2025-09,jixi-dibao-1,2025-10-01,,,,GREEN,RED,"));
    assertThat(rows).anyMatch(l -> l.startsWith("due,2025-09,jixi-tekun-1,2025-10-09,periodic-review,,,,,cn.tekun,"));
  }

  /** A disaster in January (red, a visit by 6 February) and no visit in February or March. */
  private String[] missedVisitArgs(String... extra) throws Exception {
    Path jan = Files.writeString(dir.resolve("feed-2025-01.jsonl"),
        "{\"household\":\"h1\",\"type\":\"disaster\",\"date\":\"2025-01-20\",\"amount\":\"40000\"}\n");
    Path feb = Files.writeString(dir.resolve("feed-2025-02.jsonl"), "");
    Path mar = Files.writeString(dir.resolve("feed-2025-03.jsonl"), "");
    List<String> a = new ArrayList<>(List.of("monitor", "--region", "620825", "--rejects", dir.resolve("r.jsonl").toString()));
    a.addAll(List.of(extra));
    a.addAll(List.of(jan.toString(), feb.toString(), mar.toString()));
    return a.toArray(String[]::new);
  }

  @Test
  void aMissedVisitIsReportedOverdueInEveryFormatAndLanguage() throws Exception {
    CliRun zh = run(missedVisitArgs());
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out())
        .contains("逾期 h1 走访 · 应于2025年2月6日 · 已逾期 23 天 · 2025年2月1日的预警（遭遇灾害）要求于2025年2月6日前入户走访，此后未记录走访")
        .contains("逾期 h1 走访 · 应于2025年2月6日 · 已逾期 54 天 · ")
        .contains("逾期未走访 1 户");
    CliRun en = run(missedVisitArgs("--lang", "en"));
    assertThat(en.out())
        .contains("overdue h1 visit · due 6 February 2025 · 23 days overdue · the alert (disaster) raised on 1 February 2025 called"
            + " for a visit by 6 February 2025; no visit has been recorded since")
        .contains("overdue h1 visit · due 6 February 2025 · 54 days overdue")
        .contains("1 visit overdue");
    CliRun json = run(missedVisitArgs("--format", "json"));
    List<JsonNode> overdue = new ArrayList<>();
    ObjectMapper m = new ObjectMapper();
    for (String l : json.out().strip().split("\n")) {
      JsonNode n = m.readTree(l);
      if (n.get("kind").asText().equals("overdue")) {
        overdue.add(n);
      }
    }
    assertThat(overdue).extracting(n -> n.get("month").asText(), n -> n.get("dueDate").asText(), n -> n.get("asOf").asText(),
        n -> n.get("daysOverdue").asLong()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("2025-02", "2025-02-06", "2025-03-01", 23L),
        org.assertj.core.groups.Tuple.tuple("2025-03", "2025-02-06", "2025-04-01", 54L));
    assertThat(overdue.get(0).get("basis").get("en").asText()).startsWith("the alert (disaster) raised on 1 February 2025");
    CliRun csv = run(missedVisitArgs("--format", "csv"));
    assertThat(csv.out().lines()).filteredOn(l -> l.startsWith("overdue,")).containsExactly(
        "overdue,2025-02,h1,2025-03-01,visit,,2025-02-06,,,,,,,,,,\"2025年2月1日的预警（遭遇灾害）要求于2025年2月6日前入户走访，此后未记录走访\","
            + "\"the alert (disaster) raised on 1 February 2025 called for a visit by 6 February 2025; no visit has been recorded since\",23,false,,,",
        "overdue,2025-03,h1,2025-04-01,visit,,2025-02-06,,,,,,,,,,\"2025年2月1日的预警（遭遇灾害）要求于2025年2月6日前入户走访，此后未记录走访\","
            + "\"the alert (disaster) raised on 1 February 2025 called for a visit by 6 February 2025; no visit has been recorded since\",54,false,,,");
  }

  @Test
  void theHtmlReportListsTheVisitsStillOverdueAfterTheLastMonthInBothLanguages() throws Exception {
    // a second household whose id needs escaping in HTML, its disaster a month later: fewer days overdue
    Path jan = Files.writeString(dir.resolve("feed-2025-01.jsonl"),
        "{\"household\":\"h1\",\"type\":\"disaster\",\"date\":\"2025-01-20\",\"amount\":\"40000\"}\n");
    Path feb = Files.writeString(dir.resolve("feed-2025-02.jsonl"),
        "{\"household\":\"h<2>&\",\"type\":\"disaster\",\"date\":\"2025-02-10\",\"amount\":\"40000\"}\n");
    Path mar = Files.writeString(dir.resolve("feed-2025-03.jsonl"), "");
    for (String lang : List.of("zh", "en")) {
      Path html = dir.resolve("monitor-" + lang + ".html");
      CliRun r = run("monitor", "--region", "620825", "--lang", lang, "--rejects", dir.resolve("r.jsonl").toString(),
          "--report", html.toString(), jan.toString(), feb.toString(), mar.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      String page = Files.readString(html, StandardCharsets.UTF_8);
      String section = page.substring(page.indexOf("id=\"overdue\""), page.indexOf("id=\"months\""));
      if (lang.equals("zh")) {
        assertThat(section).contains("逾期未走访").contains("截至2025年4月1日（最后一个月的比对日），逾期未走访 2 户。")
            .contains("<th scope=\"col\">户</th><th scope=\"col\">应于</th><th class=\"num\" scope=\"col\">已逾期（天）</th>"
                + "<th scope=\"col\">依据</th>")
            // the same wording as the text output, longest overdue first
            .contains("<tr><td>h1</td><td>2025年2月6日</td><td class=\"num\">54</td>"
                + "<td>2025年2月1日的预警（遭遇灾害）要求于2025年2月6日前入户走访，此后未记录走访</td></tr>")
            .contains("<tr><td>h&lt;2&gt;&amp;</td><td>2025年3月4日</td><td class=\"num\">28</td>")
            .doesNotContain("h<2>");
        assertThat(section.indexOf(">h1<")).isLessThan(section.indexOf(">h&lt;2&gt;&amp;<"));
        assertThat(page).contains("<th class=\"num\" scope=\"col\">逾期未走访</th>");
      } else {
        assertThat(section).contains("Overdue visits (逾期未走访)")
            .contains("On 1 April 2025 (the matching day of the last month), 2 visits are overdue.")
            .contains("<tr><td>h1</td><td>6 February 2025</td><td class=\"num\">54</td>"
                + "<td>the alert (disaster) raised on 1 February 2025 called for a visit by 6 February 2025; no visit has been recorded since</td></tr>")
            .contains("<tr><td>h&lt;2&gt;&amp;</td><td>4 March 2025</td><td class=\"num\">28</td>");
        assertThat(page).contains("<th class=\"num\" scope=\"col\">Visits overdue</th>");
      }
      // the months' table counts the households overdue each month: 0 in January, 1 in February, 2 in March
      assertThat(page.substring(page.indexOf("id=\"months\""))).containsPattern(
          "<tr><td>2025-01</td>(<td class=\"num\">[0-9,]+</td>){7}<td class=\"num\">0</td>")
          .containsPattern("<tr><td>2025-02</td>(<td class=\"num\">[0-9,]+</td>){7}<td class=\"num\">1</td>")
          .containsPattern("<tr><td>2025-03</td>(<td class=\"num\">[0-9,]+</td>){7}<td class=\"num\">2</td>");
    }
    // a visit recorded in March settles what was owed: nothing is listed, the report says so
    Files.writeString(mar, "{\"household\":\"h1\",\"type\":\"visit\",\"date\":\"2025-03-03\"}\n"
        + "{\"household\":\"h<2>&\",\"type\":\"visit\",\"date\":\"2025-03-03\"}\n");
    Path html = dir.resolve("settled.html");
    CliRun r = run("monitor", "--region", "620825", "--lang", "en", "--rejects", dir.resolve("r.jsonl").toString(),
        "--report", html.toString(), jan.toString(), feb.toString(), mar.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("On 1 April 2025, no visit is overdue.");
  }

  @Test
  void theRejectFileQuotesEveryRejectedLineAsItWasAndNamesTheLineOnce() throws Exception {
    String outside = "{\"household\":\"h1\",\"type\":\"medical-bill\",\"date\":\"2025-02-05\",\"member\":\"m1\",\"amount\":\"100\"}";
    String twice = "{\"household\":\"h1\",\"type\":\"income\",\"date\":\"2025-01-05\",\"member\":\"m1\",\"amount\":\"100\","
        + "\"amount\":\"200\",\"incomeCategory\":\"WAGES\"}";
    String longLine = "{\"household\":\"" + "x".repeat(3000) + "\",\"type\":\"visit\"}";
    Path feed = Files.writeString(dir.resolve("feed-2025-01.jsonl"), outside + "\n" + twice + "\n" + longLine + "\n");
    for (String lang : List.of("zh", "en")) {
      Path rejects = dir.resolve("rejects-" + lang + ".jsonl");
      CliRun r = run("monitor", "--region", "620825", "--lang", lang, "--rejects", rejects.toString(), feed.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      List<JsonNode> lines = new ArrayList<>();
      for (String l : Files.readAllLines(rejects, StandardCharsets.UTF_8)) {
        lines.add(new ObjectMapper().readTree(l));
      }
      assertThat(lines).extracting(n -> n.get("line").asLong()).containsExactly(1L, 2L, 3L);
      // a record the monitor refuses (a date outside the month) is quoted as the line was, not as file:line
      assertThat(lines.get(0).get("problems").get(0).get("code").asText()).isEqualTo("record.month");
      assertThat(lines.get(0).get("text").asText()).isEqualTo(outside);
      assertThat(lines.get(1).get("text").asText()).isEqualTo(twice);
      String message = lines.get(1).get("problems").get(0).get("message").asText();
      assertThat(message).isEqualTo(lang.equals("zh")
          ? "feed-2025-01.jsonl 第 2 行：“amount”出现两次；每个键只能出现一次（否则后一个会悄悄覆盖前一个）"
          : "feed-2025-01.jsonl:2: 'amount' is given twice; expected each key once (the second would silently win)");
      // a long line is cut at 2,000 characters
      assertThat(lines.get(2).get("text").asText()).hasSize(MonitorCommand.REJECT_TEXT_MAX + 1)
          .isEqualTo(longLine.substring(0, MonitorCommand.REJECT_TEXT_MAX) + "…");
    }
  }

  @Test
  void feedsThatCannotBeReadStopTheRunBeforeAnyMonthIsProcessed() throws Exception {
    Path noMonth = Files.writeString(dir.resolve("feed.jsonl"), "");
    Path badHeader = Files.writeString(dir.resolve("feed-2025-09.csv"), "household,type,date,name\n");
    Path twice = Files.writeString(dir.resolve("again-2025-08.jsonl"), "");
    CliRun r = run("monitor", "--region", "230300", "--lang", "en", EXAMPLE.resolve("feed-2025-08.jsonl").toString(), noMonth.toString(),
        badHeader.toString(), twice.toString(), dir.resolve("missing-2025-11.jsonl").toString());
    assertThat(r.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("cannot tell the month of feed feed.jsonl; expected a name with its month, e.g. feed-2025-03.jsonl")
        .contains("feed-2025-09.csv:1: unknown column 'name'")
        .contains("feeds feed-2025-08.jsonl and again-2025-08.jsonl are both for August 2025; expected one feed a month")
        .contains("missing-2025-11.jsonl does not exist; expected an existing file");
    // in Chinese: the columns listed with the enumeration comma (no Java list), the month in words without spaces
    CliRun zh = run("monitor", "--region", "230300", EXAMPLE.resolve("feed-2025-08.jsonl").toString(), badHeader.toString(),
        twice.toString());
    assertThat(zh.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(zh.err()).contains("feed-2025-09.csv 第 1 行：未知列“name”；应为以下列名中的若干个：household、type、date、member、amount、")
        .contains("数据文件 feed-2025-08.jsonl 和 again-2025-08.jsonl 都是2025年8月的数据；每月只能有一个文件")
        .doesNotContain("[household");
    CliRun unknown = run("monitor", "--region", "110101", "--lang", "en", EXAMPLE.resolve("feed-2025-08.jsonl").toString());
    assertThat(unknown.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(unknown.err()).contains("unknown region 110101");
  }

  @Test
  void aBadHouseholdInTheRegisterIsRejectedWithItsLineAndTheRestIsMonitored() throws Exception {
    List<String> register = new ArrayList<>(Files.readAllLines(EXAMPLE.resolve("households.jsonl"), StandardCharsets.UTF_8));
    register.add(1, "{\"id\":\"broken\",\"region\":\"230300\",\"applicant\":\"m9\",\"members\":[]}");
    register.add(register.get(0)); // a duplicate
    Path file = Files.write(dir.resolve("households.jsonl"), register, StandardCharsets.UTF_8);
    CliRun r = run("monitor", "--region", "230300", "--households", file.toString(), "--rejects",
        dir.resolve("rejects.jsonl").toString(), EXAMPLE.resolve("feed-2025-08.jsonl").toString());
    assertThat(r.exit()).isZero();
    List<String> rejects = Files.readAllLines(dir.resolve("rejects.jsonl"), StandardCharsets.UTF_8);
    assertThat(rejects).hasSize(4);
    JsonNode broken = new ObjectMapper().readTree(rejects.get(0));
    assertThat(broken.get("source").asText()).isEqualTo("households.jsonl");
    assertThat(broken.get("line").asLong()).isEqualTo(2);
    assertThat(broken.get("problems").get(0).get("code").asText()).isEqualTo("household.members.empty");
    assertThat(new ObjectMapper().readTree(rejects.get(1)).get("problems").get(0).get("code").asText())
        .isEqualTo("household.duplicate");
    assertThat(r.err()).contains("监测 4 户，1 个月：4 户月");
  }

  @Test
  void generatedFeedsAreTheSameForTheSameSeedAndMonitorCleanly() throws Exception {
    CliRun a = run("generate-feed", "--households", "300", "--months", "2", "--seed", "7", "--out", dir.resolve("a").toString());
    CliRun b = run("generate-feed", "--households", "300", "--months", "2", "--seed", "7", "--format", "csv", "--out",
        dir.resolve("b").toString());
    assertThat(a.exit()).isZero();
    assertThat(b.exit()).isZero();
    assertThat(Files.readString(dir.resolve("a/households.jsonl"))).isEqualTo(Files.readString(dir.resolve("b/households.jsonl")));
    CliRun ja = run("monitor", "--region", "620825", "--format", "json", "--households", dir.resolve("a/households.jsonl").toString(),
        "--rejects", dir.resolve("ra.jsonl").toString(), dir.resolve("a/feed-2025-01.jsonl").toString(),
        dir.resolve("a/feed-2025-02.jsonl").toString());
    CliRun jb = run("monitor", "--region", "620825", "--format", "json", "--households", dir.resolve("b/households.jsonl").toString(),
        "--rejects", dir.resolve("rb.jsonl").toString(), dir.resolve("b/feed-2025-01.csv").toString(),
        dir.resolve("b/feed-2025-02.csv").toString());
    assertThat(ja.exit()).isZero();
    // the JSON-lines and CSV feeds of one seed give the same results, line for line but for the evidence's
    // file names and line numbers (the CSV header is line 1)
    String[] la = ja.out().strip().split("\n");
    String[] lb = jb.out().strip().split("\n");
    assertThat(la).hasSameSizeAs(lb);
    java.util.regex.Pattern ref = java.util.regex.Pattern.compile("feed-(\\d{4}-\\d{2})\\.(jsonl|csv):(\\d+)");
    for (int i = 0; i < la.length - 1; i++) {
      String a1 = ref.matcher(la[i]).replaceAll(m -> "feed-" + m.group(1) + ":" + (Integer.parseInt(m.group(3)) + 1));
      String b1 = ref.matcher(lb[i]).replaceAll(m -> "feed-" + m.group(1) + ":" + m.group(3));
      assertThat(a1).isEqualTo(b1);
    }
    assertThat(Files.readAllLines(dir.resolve("ra.jsonl"))).isEmpty();
    assertThat(ja.err()).contains("监测 300 户，2 个月：600 户月");
    assertThat(a.out()).contains("已写入 " + dir.resolve("a") + "：households.jsonl（300 户）和 2 个月度数据文件（");
    CliRun en = run("generate-feed", "--households", "1", "--months", "1", "--lang", "en", "--out", dir.resolve("c").toString());
    assertThat(en.exit()).as(en.err()).isZero();
    assertThat(en.out()).startsWith("wrote " + dir.resolve("c") + ": households.jsonl (1 household) and 1 feed (")
        .contains("from January 2025, seed 1");
  }

  @Test
  void aNumberOfHouseholdsBelowOneIsAUsageErrorNamingTheOptionInBothLanguages() {
    CliRun zh = run("generate-feed", "--households", "-5", "--out", dir.toString());
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(zh.err()).startsWith("错误：--households：-5 不是正的户数；应为不小于 1 的整数").contains("generate-feed");
    CliRun en = run("generate-feed", "--households", "0", "--lang", "en", "--out", dir.toString());
    assertThat(en.exit()).isEqualTo(2);
    assertThat(en.err()).contains("--households: 0 is not a positive number of households; expected a whole number of at least 1");
    CliRun synthetic = run("monitor", "--region", "620825", "--synthetic", "-5", "--lang", "en");
    assertThat(synthetic.exit()).isEqualTo(2);
    assertThat(synthetic.err()).contains("--synthetic: -5 is not a positive number of households");
    assertThat(run("monitor", "--region", "620825", "--synthetic", "0").err()).contains("--synthetic：0 不是正的户数");
    // more households than this JVM's heap holds: refused up front with what it needs (was an OutOfMemoryError)
    CliRun huge = run("monitor", "--region", "620825", "--synthetic", "2147483647", "--lang", "en");
    assertThat(huge.exit()).isEqualTo(2);
    assertThat(huge.err()).contains("--synthetic 2,147,483,647 households need about 2,047,999 MB of heap and this JVM has ")
        .contains("JAVA_OPTS=-Xmx");
    assertThat(run("monitor", "--region", "620825", "--synthetic", "2147483647").err())
        .contains("--synthetic 2,147,483,647 户约需 2,047,999 兆字节堆内存");
  }

  @Test
  void aHouseholdsValueThatIsNotTheRegisterFileIsAUsageErrorNamingTheOption() {
    String feed = EXAMPLE.resolve("feed-2025-08.jsonl").toString();
    CliRun zh = run("monitor", "--region", "230300", "--households", "-5", "--rejects", dir.resolve("r.jsonl").toString(), feed);
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(zh.err()).contains("错误：--households：-5 不是正的户数，也不是文件：--households 应为在册家庭文件（每行一户）；"
        + "要生成 N 户家庭，请用 --synthetic N");
    CliRun en = run("monitor", "--region", "230300", "--households", "-5", "--lang", "en", feed);
    assertThat(en.exit()).isEqualTo(2);
    assertThat(en.err()).contains("--households: -5 is not a positive number of households, nor a file: --households takes the"
        + " register file (one household a line); for N generated households give --synthetic N");
    String missing = dir.resolve("nope.jsonl").toString();
    // a register file that is not there is said as every command says a missing input (exit 1, no usage)
    CliRun file = run("monitor", "--region", "230300", "--households", missing, "--lang", "en", feed);
    assertThat(file.exit()).isEqualTo(1);
    assertThat(file.err()).contains("error: --households: " + missing + " does not exist; expected an existing file");
    assertThat(run("monitor", "--region", "230300", "--households", missing, feed).err())
        .contains("错误：--households：" + missing + " 不存在；应为已存在的文件");
  }

  @Test
  void aRejectedLineIsNamedByItsFileAndLineOnce() throws Exception {
    List<String> register = new ArrayList<>(Files.readAllLines(EXAMPLE.resolve("households.jsonl"), StandardCharsets.UTF_8));
    register.add("{\"id\":\"x\",\"id\":\"y\"}");
    Path households = Files.write(dir.resolve("households.jsonl"), register, StandardCharsets.UTF_8);
    Path feed = Files.writeString(dir.resolve("feed-2025-08.jsonl"), "\n\n{\"household\":\"h1\",\"household\":\"h2\","
        + "\"type\":\"death\",\"date\":\"2025-08-04\"}\n");
    ObjectMapper json = new ObjectMapper();
    for (String lang : List.of("zh", "en")) {
      Path rejects = dir.resolve("rejects-" + lang + ".jsonl");
      CliRun r = run("monitor", "--region", "230300", "--households", households.toString(), "--rejects", rejects.toString(),
          "--lang", lang, "--progress", "never", feed.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      List<String> messages = new ArrayList<>();
      for (String line : Files.readAllLines(rejects, StandardCharsets.UTF_8)) {
        messages.add(json.readTree(line).get("problems").get(0).get("message").asText());
      }
      int n = register.size();
      if (lang.equals("zh")) {
        assertThat(messages).containsExactly("households.jsonl 第 " + n + " 行：“id”出现两次；每个键只能出现一次（否则后一个会悄悄覆盖前一个）",
            "feed-2025-08.jsonl 第 3 行：“household”出现两次；每个键只能出现一次（否则后一个会悄悄覆盖前一个）");
      } else {
        assertThat(messages).containsExactly("households.jsonl:" + n + ": 'id' is given twice; expected each key once (the second would"
            + " silently win)", "feed-2025-08.jsonl:3: 'household' is given twice; expected each key once (the second would silently win)");
      }
    }
  }

  @Test
  void theRejectFileIsInTheLanguageOfTheRun() throws Exception {
    List<String> register = new ArrayList<>(Files.readAllLines(EXAMPLE.resolve("households.jsonl"), StandardCharsets.UTF_8));
    register.add(register.get(0)); // a duplicate
    Path file = Files.write(dir.resolve("households.jsonl"), register, StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    for (String lang : List.of("zh", "en")) {
      Path rejects = dir.resolve("rejects-" + lang + ".jsonl");
      CliRun r = run("monitor", "--region", "230300", "--households", file.toString(), "--rejects", rejects.toString(), "--lang", lang,
          EXAMPLE.resolve("feed-2025-08.jsonl").toString(), EXAMPLE.resolve("feed-2025-09.csv").toString());
      assertThat(r.exit()).as(r.err()).isZero();
      List<String> messages = new ArrayList<>();
      for (String line : Files.readAllLines(rejects, StandardCharsets.UTF_8)) {
        JsonNode problem = json.readTree(line).get("problems").get(0);
        messages.add(problem.get("code").asText() + " " + problem.get("message").asText());
      }
      String id = json.readTree(register.get(0)).get("id").asText();
      if (lang.equals("zh")) {
        assertThat(messages).containsExactly("household.duplicate 家庭 " + id + " 重复登记；保留第一条",
            "field.amount “12O0.00”不是金额；应为以元为单位的数字，如 760.50",
            "record.household.unknown 住户 jixi-unregistered 不在登记册中；应为登记册中受监测住户的编号",
            "field.date “2025-09-31”不是日期：2025年9月只有 30 天（最后一天为 2025-09-30）；应为 年-月-日（如 2025-10-01）");
      } else {
        assertThat(messages).containsExactly("household.duplicate household " + id + " is registered twice; the first stays",
            "field.amount '12O0.00' is not an amount; expected a decimal number of yuan such as 760.50",
            "record.household.unknown household jixi-unregistered is not in the register; expected the id of a household being monitored",
            "field.date '2025-09-31' is not a date: September 2025 has 30 days (its last day is 2025-09-30); expected YYYY-MM-DD");
      }
    }
  }

  @Test
  void theJsonThresholdIsInBothLanguagesAndNullForARuleWithoutOne() throws Exception {
    CliRun r = run(exampleArgs("--format", "json"));
    assertThat(r.exit()).isZero();
    ObjectMapper json = new ObjectMapper();
    JsonNode hospital = null;
    JsonNode death = null;
    for (String l : r.out().strip().split("\n")) {
      JsonNode n = json.readTree(l);
      if (n.get("kind").asText().equals("alert")) {
        if (n.get("rule").asText().equals("hospital-stay")) {
          hospital = n;
        } else if (n.get("rule").asText().equals("death")) {
          death = n;
        }
      }
    }
    assertThat(hospital.get("evidence").get("threshold").get("zh").asText()).isEqualTo("6,000.00 元");
    assertThat(hospital.get("evidence").get("threshold").get("en").asText()).isEqualTo("6,000.00 yuan");
    assertThat(hospital.get("explanation").get("zh").asText()).endsWith("；请于2025年9月8日前入户走访。");
    assertThat(hospital.get("explanation").get("en").asText()).endsWith("; visit by 8 September 2025.");
    assertThat(death.get("evidence").get("threshold").isNull()).isTrue();
    // the machine value: a plain decimal number of yuan, null for a rule without a threshold
    assertThat(hospital.get("evidence").get("thresholdValue").isNumber()).isTrue();
    assertThat(hospital.get("evidence").get("thresholdValue").decimalValue()).isEqualByComparingTo("6000.00");
    // written as the decimal it is, not as a double
    assertThat(r.out().lines().filter(l -> l.contains("\"rule\":\"hospital-stay\"")))
        .allMatch(l -> l.contains("\"thresholdValue\":6000.00,"));
    assertThat(death.get("evidence").get("thresholdValue").isNull()).isTrue();
  }
}
