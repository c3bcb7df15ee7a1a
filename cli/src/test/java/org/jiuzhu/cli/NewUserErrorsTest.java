package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a new user made, each said in the language of the run, naming the option or file, the
 * value given and what was expected — never a Java exception's text, never {@code null}.
 */
final class NewUserErrorsTest {
  @TempDir
  Path dir;

  /** A microdata file of a header alone is refused (it printed a table of nothing with empty shares, exit 0), leaving no output. */
  @Test
  void microdataOfAHeaderAloneIsRefusedLeavingNoOutput() throws IOException {
    Path pop = dir.resolve("pop.csv");
    assertThat(CliRun.of("simulate", "--households", "3", "--write-population", pop.toString(), "--progress", "never").exit()).isZero();
    Path header = dir.resolve("header.csv");
    Files.writeString(header, Files.readAllLines(pop, StandardCharsets.UTF_8).get(0) + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.csv");
    CliRun zh = CliRun.of("simulate", "--input", header.toString(), "--output", out.toString(), "--progress", "never");
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.err()).contains("微观数据 " + header + " 中没有任何家庭（只有表头，或为空）").doesNotContain("（占比 ）");
    assertThat(out).doesNotExist();
    CliRun en = CliRun.of("simulate", "--input", header.toString(), "--lang", "en", "--progress", "never");
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err()).contains("microdata " + header + " holds no household");
  }

  /** Every household refused with --rejects: the run says so, and a share of no persons reads "—", not "（占比 ）". */
  @Test
  void everyHouseholdRefusedIsSaidAndEmptySharesReadAsADash() throws IOException {
    Path pop = dir.resolve("pop.csv");
    assertThat(CliRun.of("simulate", "--households", "3", "--write-population", pop.toString(), "--progress", "never").exit()).isZero();
    List<String> lines = Files.readAllLines(pop, StandardCharsets.UTF_8);
    // every household of another hukou than any known: each row's hukou refused
    StringBuilder bad = new StringBuilder(lines.get(0)).append('\n');
    for (String l : lines.subList(1, lines.size())) {
      bad.append(l.replace(",RURAL,", ",CITY,").replace(",URBAN,", ",CITY,")).append('\n');
    }
    Path in = dir.resolve("bad.csv");
    Files.writeString(in, bad, StandardCharsets.UTF_8);
    Path rejects = dir.resolve("rejects.csv");
    CliRun zh = CliRun.of("simulate", "--input", in.toString(), "--rejects", rejects.toString(), "--progress", "never");
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.err()).contains("警告：微观数据 " + in + " 的 3 户全部被拒收，没有可模拟的家庭");
    assertThat(zh.out()).contains("（占比 —）").doesNotContain("（占比 ）");
    assertThat(rejects).exists();
    CliRun en = CliRun.of("simulate", "--input", in.toString(), "--rejects", rejects.toString(), "--lang", "en", "--progress", "never");
    assertThat(en.err()).contains("warning: every household of microdata " + in + " (3) was refused");
  }

  /** An exception with no message is never said as "null": its kind, and that it is a fault to report, in each language. */
  @Test
  void anExceptionWithoutAMessageIsNeverSaidAsNull() {
    IllegalArgumentException bare = new IllegalArgumentException();
    assertThat(CliTexts.message(org.jiuzhu.core.text.Lang.ZH, bare))
        .isEqualTo("内部错误（java.lang.IllegalArgumentException），没有说明；这是本程序的缺陷，请连同所用的命令报告");
    assertThat(CliTexts.message(org.jiuzhu.core.text.Lang.EN, bare)).startsWith("an internal error (java.lang.IllegalArgumentException)")
        .doesNotContain("null");
    assertThat(CliTexts.message(org.jiuzhu.core.text.Lang.EN, new IllegalStateException("as it is"))).isEqualTo("as it is");
  }

  /** A file named .parquet that is not one (text, or cut short) is said with its path and what was expected, exit 1. */
  @Test
  void aFileThatIsNotParquetIsSaidWithItsPathAndWhatWasExpected() throws IOException {
    Path fake = dir.resolve("fake.parquet");
    Files.writeString(fake, "hello\n", StandardCharsets.UTF_8);
    Path longer = dir.resolve("longer.parquet");
    Files.writeString(longer, "household,member\n" + "h1,m1\n".repeat(20), StandardCharsets.UTF_8);
    for (Path p : List.of(fake, longer)) {
      CliRun zh = CliRun.of("simulate", "--input", p.toString());
      assertThat(zh.exit()).as(zh.err()).isEqualTo(1);
      assertThat(zh.out()).isEmpty();
      assertThat(zh.err()).isEqualTo("错误：" + p + " 不是 Parquet 文件；应为 Parquet 格式的微观数据（各列见 docs/microdata.md）\n");
      assertThat(LanguageLeakTest.zhLeaks(zh.err().replace(p.toString(), " "), LanguageLeakTest.MICRODATA_IDS)).isEmpty();
      CliRun en = CliRun.of("simulate", "--input", p.toString(), "--lang", "en");
      assertThat(en.exit()).isEqualTo(1);
      assertThat(en.err()).isEqualTo("error: " + p + " is not a Parquet file; expected microdata in the Parquet format"
          + " (columns in docs/microdata.md)\n");
    }
  }

  @Test
  void tooManyThreadsIsARangeErrorNamingTheValueAndTheRange() {
    for (String command : new String[] {"simulate", "calibrate"}) {
      CliRun zh = CliRun.of(command, "--threads", "100000");
      assertThat(zh.exit()).as(zh.err()).isEqualTo(2);
      assertThat(zh.out()).isEmpty();
      assertThat(zh.err()).startsWith("错误：--threads 为 100000；应为 1 至 1024\n\n用法：");
      CliRun en = CliRun.of(command, "--threads", "0", "--lang", "en");
      assertThat(en.exit()).isEqualTo(2);
      assertThat(en.err()).startsWith("error: --threads is 0; expected 1 to 1024\n\nUsage:");
    }
  }

  /** An option given without its value, another option after it, is said to have no value — not missing, not a bad value of the next. */
  @Test
  void anOptionFollowedByAnotherOptionHasNoValue() {
    CliRun zh = CliRun.of("simulate", "--region", "--households", "10");
    assertThat(zh.exit()).as(zh.err()).isEqualTo(2);
    assertThat(zh.out()).isEmpty();
    assertThat(zh.err()).startsWith("错误：--region 缺少取值（应为 CODE）；其后的 --households 是另一个选项，不作为 --region 的取值\n\n用法：");
    CliRun monitor = CliRun.of("monitor", "--region", "--synthetic", "10");
    assertThat(monitor.exit()).isEqualTo(2);
    assertThat(monitor.err()).startsWith("错误：--region 缺少取值（应为 CODE）；其后的 --synthetic 是另一个选项，不作为 --region 的取值\n\n用法：");
    CliRun en = CliRun.of("monitor", "--lang", "en", "--region", "--synthetic", "10");
    assertThat(en.exit()).isEqualTo(2);
    assertThat(en.err()).startsWith("error: --region has no value (expected CODE): the --synthetic after it is an option of its own,"
        + " not taken as its value\n\nUsage:");
    // said with the other bad options, at once; the option after it keeps its own value
    CliRun both = CliRun.of("simulate", "--households", "--seed", "3", "--threads", "0");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).startsWith("错误：--households 缺少取值（应为 N）；其后的 --seed 是另一个选项，不作为 --households 的取值\n"
        + "错误：--threads 为 0；应为 1 至 1024\n\n用法：");
    CliRun eq = CliRun.of("snapshot", "--region", "--date=2025-01-01", "--lang", "en");
    assertThat(eq.err()).startsWith("error: --region has no value (expected CODE): the --date after it is an option of its own,"
        + " not taken as its value\n\nUsage:");
  }

  /** A date before a key has a value: the key in words and by id, the region, the date and when it has values, in the run's language. */
  @Test
  void aDateBeforeAnyValueNamesTheKeyInWordsAndTheDatesWithValues() {
    CliRun zh = CliRun.of("simulate", "--date", "2019-01-01", "--households", "10", "--progress", "never");
    assertThat(zh.exit()).as(zh.err()).isEqualTo(1);
    assertThat(zh.out()).isEmpty();
    assertThat(zh.err()).isEqualTo("错误：620825 庄浪县在2019年1月1日没有生效的“家庭人口数累计分布”（population.household-size.cdf）取值"
        + "（该参数只有以下期间的取值：2021年1月1日起）；已依次查找 620825 → 620800 → 620000 → 全国；请在该地区的政策文件或全国默认值中加入取值\n");
    assertThat(LanguageLeakTest.zhLeaks(zh.err(), List.of("population.household-size.cdf"))).isEmpty();
    CliRun en = CliRun.of("simulate", "--date", "2019-01-01", "--households", "10", "--progress", "never", "--lang", "en");
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err()).isEqualTo("error: no value of 'Cumulative shares of households by size' (population.household-size.cdf) is in"
        + " force for region 620825 Zhuanglang County on 1 January 2019: it has values only from 1 January 2021; searched 620825 → 620800"
        + " → 620000 → national — add a value to the region's policy file or to the national defaults\n");
    assertThat(LanguageLeakTest.enLeaks(en.err())).isEmpty();
    CliRun calibrate = CliRun.of("calibrate", "--date", "2019-01-01", "--progress", "never");
    assertThat(calibrate.exit()).isEqualTo(1);
    assertThat(calibrate.err()).startsWith("错误：620825 庄浪县在2019年1月1日没有生效的“城镇户籍家庭申请人 60 岁以上比例”（population.elderly-share）取值");
    // a key the rulebook needs, on a date with population values
    CliRun later = CliRun.of("simulate", "--date", "2024-01-01", "--households", "10", "--progress", "never", "--lang", "en");
    assertThat(later.exit()).isEqualTo(1);
    assertThat(later.err()).startsWith("error: no value of 'Urban minimum living standard (低保标准)' (dibao.standard.urban) is in force"
        + " for region 620825 Zhuanglang County on 1 January 2024: it has values only from 1 January 2025;");
  }

  /** A snapshot that cannot be completed (a value the rulebook's fingerprint needs is missing) prints nothing on standard output. */
  @Test
  void aSnapshotThatFailsPrintsNothingOnStandardOutput() {
    for (String format : new String[] {"text", "json"}) {
      CliRun r = CliRun.of("snapshot", "--region", "620825", "--date", "2019-01-01", "--format", format);
      assertThat(r.exit()).as(r.err()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).startsWith("错误：620825 庄浪县在2019年1月1日没有生效的“城乡居民基础养老金不计入收入”"
          + "（income.exclude.residents-basic-pension）取值（该参数只有以下期间的取值：2021年1月1日起）；");
    }
  }

  /**
   * A date before any value: refused as the other commands refuse it, saying when the first values are in force — never an
   * empty fingerprint (the SHA-256 of nothing) nor a period from the year -999999999.
   */
  @Test
  void aSnapshotBeforeAnyValueIsRefusedSayingWhenTheFirstValuesAre() {
    CliRun zh = CliRun.of("snapshot", "--region", "620825", "--date", "1900-01-01");
    assertThat(zh.exit()).as(zh.err()).isEqualTo(1);
    assertThat(zh.out()).isEmpty();
    assertThat(zh.err()).isEqualTo("错误：庄浪县（620825）在1900年1月1日没有任何生效的参数取值：最早的取值自2014年5月1日起生效\n");
    CliRun en = CliRun.of("snapshot", "--region", "620825", "--date", "1900-01-01", "--lang", "en", "--format", "json");
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.out()).isEmpty();
    assertThat(en.err()).isEqualTo("error: no parameter value is in force for Zhuanglang County (庄浪县) (620825) on 1 January 1900:"
        + " the first values are in force from 1 May 2014\n");
    assertThat(zh.err() + en.err()).doesNotContain("e3b0c442").doesNotContain("999999999");
  }

  /** A period open at its start reads "until", never LocalDate.MIN. */
  @Test
  void aPeriodOpenAtItsStartReadsUntil() {
    java.time.LocalDate may = java.time.LocalDate.of(2014, 5, 1);
    org.jiuzhu.core.time.DateRange before = org.jiuzhu.core.time.DateRange.of(java.time.LocalDate.MIN, may);
    assertThat(SnapshotCommand.range(org.jiuzhu.core.text.Lang.ZH, before)).isEqualTo("至2014年5月1日前");
    assertThat(SnapshotCommand.range(org.jiuzhu.core.text.Lang.EN, before)).isEqualTo("before 1 May 2014");
    org.jiuzhu.core.time.DateRange always = org.jiuzhu.core.time.DateRange.from(java.time.LocalDate.MIN);
    assertThat(SnapshotCommand.range(org.jiuzhu.core.text.Lang.ZH, always)).isEqualTo("所有日期");
    assertThat(SnapshotCommand.range(org.jiuzhu.core.text.Lang.EN, always)).isEqualTo("every date");
    assertThat(SnapshotCommand.range(org.jiuzhu.core.text.Lang.ZH, org.jiuzhu.core.time.DateRange.of(may, java.time.LocalDate.of(2021, 1, 1))))
        .isEqualTo("2014年5月1日起至2021年1月1日前");
  }
}
