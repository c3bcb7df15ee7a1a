package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check-policy says a value's period in words: in Chinese with dates as 2025年10月1日, no interval
 * notation ({@code [from, to)}) and no English words (the file's own field names, values, keys and
 * units excepted, which the author types); in English with dates as 1 October 2025, no brackets.
 */
final class CheckPolicyWordingTest {
  @TempDir
  Path dir;

  /** A file with a backward range, an overlap, a gap, a bad status, date and source, a key misspelt. */
  private static final String BAD = """
      format: jiuzhu-policy/1
      module: t
      regions:
        - code: "620899"
          name: 测试县
      parameters:
        - key: dibao.standard.rural
          region: "620825"
          unit: CNY/person/year
          reference: "x"
          status: verified
          values:
            - from: 2025-10-01
              to: 2025-01-01
              value: 627
        - key: dibao.standard.urban
          region: "620825"
          unit: CNY/person/month
          reference: "x"
          status: illustrative
          values:
            - from: 2025-10-01
              to: 2026-01-01
              value: 836
            - from: 2025-12-01
              value: 900
        - key: dibao.standard.urban
          region: "620826"
          unit: CNY/person/month
          reference: "x"
          status: maybe
          values:
            - from: 2025-02-30
              value: 836
        - key: tekun.basic-standard.rural
          region: "620825"
          unit: CNY/person/year
          reference: "x"
          status: illustrative
          values:
            - from: 2025-01-01
              to: 2025-06-01
              value: 9790
            - from: 2025-09-01
              value: 9790
        - key: tekun.care.partial-min-failed-items
          region: "620825"
          unit: count
          status: illustrative
          values:
            - from: 2025-01-01
              value: 70
        - key: dibao.standrd.rural
          region: "620825"
          unit: CNY/person/month
          reference: "x"
          status: illustrative
          source: {title: t, kind: mirror, date: 2025-13-01}
          values:
            - from: 2025-01-01
              value: 1
      """;

  /** What the author writes in a policy file, which Chinese messages show as written. */
  private static final List<String> FILE_WORDS = List.of("dibao.standard.rural", "dibao.standard.urban", "dibao.standrd.rural",
      "tekun.basic-standard.rural", "tekun.care.partial-min-failed-items", "CNY/person/month", "CNY/person/year", "verified",
      "illustrative", "official", "official-media", "statute-text");

  @Test
  void chineseSaysThePeriodsInWordsWithoutIntervalsOrEnglish() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), BAD);
    CliRun run = CliRun.of("check-policy", bad.toString());
    assertThat(run.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    String prefix = bad.toString();
    List<String> leaks = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      // the file:line: key: prefix, the file's own values in quotes, the date format an author types
      String said = line.replace(prefix, "").replaceAll("“[^”]*”", "").replace("年-月-日（如 2025-10-01）", "")
          .replaceAll("最后一天为 \\d{4}-\\d{2}-\\d{2}", "");
      leaks.addAll(LanguageLeakTest.zhLeaks(said, FILE_WORDS));
      assertThat(said).as(line).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("[").doesNotContain("…)");
    }
    assertThat(leaks).isEmpty();
    assertThat(run.out())
        .contains("“to”（2025年1月1日）不晚于“from”（2025年10月1日）；取值自“from”当日起生效，到“to”的前一天为止（“to”是不再生效的第一天），“to”应晚于“from”")
        .contains("2025年10月1日至2025年12月31日（" + prefix + ":22）与 2025年12月1日起（" + prefix + ":25）的有效期重叠（所列期间均含首尾两日）")
        .contains("之间从2025年6月1日到2025年8月31日没有取值（所列期间均含首尾两日）");
  }

  @Test
  void englishSaysThePeriodsInWords() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), BAD);
    CliRun run = CliRun.of("check-policy", bad.toString(), "--lang", "en");
    assertThat(run.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(run.out()).doesNotContain("[from").doesNotContain("[2025").doesNotContain("…)")
        .contains("'to' (1 January 2025) is not after 'from' (1 October 2025); a value is in force from its 'from' day to the day"
            + " before its 'to' (the first day no longer in force), so 'to' must be later than 'from'")
        .contains("the value of 1 October 2025 to 31 December 2025 (at " + bad + ":22) overlaps that of 1 December 2025 onwards (at "
            + bad + ":25) (each period includes its last day)")
        .contains("no value from 1 June 2025 to 31 August 2025, between the value of 1 January 2025 to 31 May 2025");
  }
}
