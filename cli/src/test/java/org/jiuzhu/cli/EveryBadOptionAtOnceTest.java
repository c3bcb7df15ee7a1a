package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad option of a command line is said in one run — the unknown option first, then the bad
 * values (picocli's and the command's own), then the required options not given — each saying what
 * is expected in words, in both languages.
 */
final class EveryBadOptionAtOnceTest {
  private static final String DIBAO = Path.of(System.getProperty("jiuzhu.examples", "../examples/households"))
      .resolve("dibao.json").toString();

  @TempDir
  Path dir;

  @Test
  void anUnknownOptionIsNamedFirstThenABadValue() {
    CliRun en = CliRun.of("screen", "--lang", "en", "--date", "2025-10-01", "--colour", "red", "--format", "xml", DIBAO);
    assertThat(en.exit()).isEqualTo(2);
    assertThat(en.err()).startsWith("error: unknown option --colour; the options of this command are --date, --format, --help, --lang, --policy, --region, --report, --version\n"
        + "error: invalid value 'xml' for --format; expected text, json\n\nUsage: jiuzhu screen");
    CliRun zh = CliRun.of("screen", "--date", "2025-10-01", "--colour", "red", "--format", "xml", DIBAO);
    assertThat(zh.err()).startsWith("错误：无法识别的选项：--colour；此命令的选项为 --date、--format、--help、--lang、--policy、--region、--report、--version\n"
        + "错误：--format 的值“xml”无效；应为 text、json\n\n用法：");
  }

  @Test
  void everyBadOptionOfDecideRecordAtOnceAndNeedsReviewIsNotOffered() {
    String[] args = {"decide", "record", "--household", DIBAO, "--date", "2025-10-01", "--programme", "cn.temporary-assistance",
      "--level", "town", "--decider", "", "--outcome", "MAYBE", "--amount", "-5", "--reason", "", "--record",
      dir.resolve("x.case").toString()};
    CliRun zh = CliRun.of(args);
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(zh.err()).startsWith("错误：--level 的值“town”无效；应为 TOWNSHIP（乡镇）、COUNTY（县级）、CITY（市级）\n"
        + "错误：--outcome 的值“MAYBE”无效；应为 ELIGIBLE（符合条件）、INELIGIBLE（不符合条件）\n"
        + "错误：--decider 为空；应填写作出决定的工作人员或委员会编号（不填姓名）\n"
        + "错误：--reason 为空；应填写决定理由（按决定者原话）\n"
        + "错误：--amount -5：金额不得为负\n\n用法：");
    String[] en = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--lang", "en"))
        .toArray(String[]::new);
    CliRun e = CliRun.of(en);
    assertThat(e.err()).startsWith("error: invalid value 'town' for --level; expected TOWNSHIP, COUNTY, CITY\n"
        + "error: invalid value 'MAYBE' for --outcome; expected ELIGIBLE, INELIGIBLE\n"
        + "error: --decider is blank;").contains("error: --amount -5: ").doesNotContain("NEEDS_REVIEW");
    assertThat(Files.exists(dir.resolve("x.case"))).isFalse();
  }

  /** monitor's own checks (--region, --synthetic, --households, --months) are all said in one run, with picocli's. */
  @Test
  void everyBadOptionOfMonitorAtOnce() {
    CliRun zh = CliRun.of("monitor", "--region", "62082", "--synthetic", "0", "--months", "0", "--households", "5",
        "--format", "xml");
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(zh.err()).startsWith("错误：--format 的值“xml”无效；应为 text、json、csv\n"
        + "错误：--region：行政区划代码“62082”不是 6 位（国家标准）或 9 位（乡镇）数字\n"
        + "错误：--synthetic：0 不是正的户数；应为不小于 1 的整数\n"
        + "错误：--households：5 不是正的户数，也不是文件：")
        .contains("错误：--months 为 0；应为 1 至 120\n错误：--synthetic 会自行生成在册家庭；请不要同时给出 --households\n\n用法：");
    CliRun en = CliRun.of("monitor", "--region", "620825", "--synthetic", "10", "--months", "121", "--lang", "en",
        dir.resolve("feed-2025-01.jsonl").toString());
    assertThat(en.exit()).isEqualTo(2);
    assertThat(en.err()).startsWith("error: feed files and --synthetic N are both given; expected one of them\n"
        + "error: --months is 121; expected 1 to 120\n\nUsage: jiuzhu monitor");
    assertThat(dir.resolve("monitor-rejects.jsonl")).doesNotExist();
  }

  /** plan's --status-date before --date is said with picocli's own problems, in one run. */
  @Test
  void planSaysABadStatusDateWithTheOtherBadOptions() {
    CliRun zh = CliRun.of("plan", "--date", "2025-10-01", "--status-date", "2025-09-01", "--format", "xml", DIBAO);
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(zh.err()).startsWith("错误：--format 的值“xml”无效；应为 text、json\n"
        + "错误：--status-date 2025-09-01 早于计划日期 --date 2025-10-01；状态日期应不早于计划日期\n\n用法：");
    CliRun en = CliRun.of("plan", "--date", "2025-10-01", "--status-date", "2025-09-01", "--lang", "en", "--colour", "red", DIBAO);
    assertThat(en.err()).startsWith("error: unknown option --colour; the options of this command are --date, --format, --help, --lang, --policy, --record, --status-date, --version\n"
        + "error: --status-date 2025-09-01 is before the plan date --date 2025-10-01; expected a status date on or after the plan date\n");
  }

  @Test
  void generateFeedSaysEveryBadCountAndWhatAWholeNumberIs() {
    CliRun zh = CliRun.of("generate-feed", "--households", "-5", "--months", "0", "--region", "12", "--out", dir.toString());
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(zh.err()).startsWith("错误：--households：-5 不是正的户数；应为不小于 1 的整数\n"
        + "错误：--months 为 0；应为 1 至 120\n"
        + "错误：--region：");
    CliRun en = CliRun.of("generate-feed", "--lang", "en", "--households", "abc", "--seed", "x", "--months", "0",
        "--out", dir.toString());
    assertThat(en.err()).startsWith("error: invalid value 'abc' for --households; expected a whole number of at least 1\n"
        + "error: invalid value 'x' for --seed; expected a whole number (such as 42)\n"
        + "error: --months is 0; expected 1 to 120\n\nUsage:");
    // a --households refused is not said to be missing too
    assertThat(en.err()).doesNotContain("missing required");
    CliRun zhAbc = CliRun.of("generate-feed", "--households", "abc", "--out", dir.toString());
    assertThat(zhAbc.err()).startsWith("错误：--households 的值“abc”无效；应为不小于 1 的整数\n\n");
  }

  @Test
  void calibrateSaysItsOwnMinimumAndEveryBadRegion() {
    CliRun zh = CliRun.of("calibrate", "--households", "abc", "--region", "12");
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(zh.err()).startsWith("错误：--households 的值“abc”无效；应为不小于 1,000 的整数\n"
        + "错误：--region：行政区划代码“12”不是 6 位（国家标准）或 9 位（乡镇）数字\n");
    CliRun en = CliRun.of("calibrate", "--lang", "en", "--households", "5", "--region", "12");
    assertThat(en.exit()).isEqualTo(2);
    assertThat(en.err()).startsWith("error: --households is 5; expected at least 1000\nerror: --region: ");
  }

  @Test
  void aDateOfTheRightFormThatIsNoDateSaysWhy() {
    CliRun zh = CliRun.of("screen", "--date", "2025-02-30", DIBAO);
    assertThat(zh.err()).startsWith("错误：--date 的值“2025-02-30”无效；应为实际存在的日期（2025年2月只有 28 天）\n");
    CliRun en = CliRun.of("screen", "--lang", "en", "--date", "2024-02-30", DIBAO);
    assertThat(en.err()).startsWith("error: invalid value '2024-02-30' for --date; expected a real date (February 2024 has 29 days)\n");
    CliRun form = CliRun.of("screen", "--lang", "en", "--date", "1.10.2025", DIBAO);
    assertThat(form.err()).startsWith("error: invalid value '1.10.2025' for --date; expected a date written YYYY-MM-DD (such as 2025-10-01)\n");
  }

  @Test
  void aMissingParameterIsNamedInWordsInBothLanguages() {
    CliRun en = CliRun.of("screen", "--lang", "en", "--date", "2025-10-01");
    assertThat(en.err()).startsWith("error: missing required option or parameter: the household file (HOUSEHOLD)\n")
        .doesNotContain("Missing required parameter");
    CliRun zh = CliRun.of("screen");
    assertThat(zh.err()).startsWith("错误：缺少必需的选项或参数：--date、家庭信息文件（HOUSEHOLD）\n");
    CliRun extra = CliRun.of("screen", "--lang", "en", "--date", "2025-10-01", DIBAO, "more.json");
    assertThat(extra.err()).startsWith("error: unknown option or parameter: more.json\n");
  }

  @Test
  void langIsTakenAtTheTopLevelToo() {
    CliRun en = CliRun.of("--lang", "en");
    assertThat(en.exit()).isZero();
    assertThat(en.out()).startsWith("Usage: jiuzhu").contains("Commands:").doesNotContain("用法");
    CliRun zh = CliRun.of("--lang", "zh", "--help");
    assertThat(zh.out()).startsWith("用法：").contains("写在命令之前时");
  }
}
