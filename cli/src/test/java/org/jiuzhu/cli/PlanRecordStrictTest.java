package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan record files are read strictly: a key twice, a second document, quoted numbers and booleans are refused. */
final class PlanRecordStrictTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("jiuzhu.examples", "../examples/households"));

  @TempDir
  Path dir;

  private CliRun plan(String record) throws Exception {
    return plan(record, "en", "2025-10-31");
  }

  private CliRun plan(String record, String lang, String statusDate) throws Exception {
    Path file = dir.resolve("record.yaml");
    Files.writeString(file, record, StandardCharsets.UTF_8);
    return CliRun.of("plan", "--date", "2025-10-01", "--lang", lang, "--record", file.toString(), "--status-date", statusDate,
        EXAMPLES.resolve("craftsman.json").toString());
  }

  @Test
  void aRecordOrEntryOfTheWrongShapeSaysWhatWasFound() throws Exception {
    assertThat(plan("delivered\n").err()).contains("expected a list of deliveries, evaluations and withdrawals; found a string");
    assertThat(plan("delivered\n", "zh", "2025-10-31").err()).contains("应为交付、评估和撤销记录的列表，实际为字符串");
    assertThat(plan("- delivered i12\n").err()).contains("entry 1 (line 1, column 3): expected a map of fields; found a string");
  }

  @Test
  void problemsAreListedInEntryOrderADayThatDoesNotExistIsSaidSoAndAmountsAreSpaced() throws Exception {
    // found in three passes (the file's keys, each entry's fields, the entries against the plan): said in the file's order
    String record = "- {delivered: i1, date: 2025-11-10, amount: \"760.00\", by: civil-1}\n"
        + "- {delivered: i1, date: 2025-11-20, amount: \"760.00\", by: civil-1}\n"
        + "- {delivered: i12, date: 2025-11-31, quantity: 1, by: coop-7}\n"
        + "- {delivered: i12, date: 2025-11-20, quantity: 1, by: coop-7, by: coop-8}\n"
        + "- {delivered: i12, date: 2026-02-29, quantity: 1, by: coop-7}\n";
    CliRun zh = plan(record, "zh", "2025-11-30");
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.err().lines().filter(l -> l.contains("条（")).map(l -> l.replaceAll("^.*第 (\\d+) 条.*$", "$1")))
        .containsExactly("2", "3", "4", "5");
    assertThat(zh.err())
        .contains("第 2 条（第 2 行第 3 列）：事项 i1（最低生活保障）每月发放 760.00 元：加上2025年11月20日交付的 760.00 元，2025年11月1日至2025年11月30日累计交付"
            + " 1,520.00 元；最多应为 760.00 元")
        .contains("第 3 条（第 3 行第 26 列）：字段“date”为“2025-11-31”，不是日期（2025年11月只有 30 天）；应为“年-月-日”格式的日期（如 2025-10-20）")
        .contains("第 5 条（第 5 行第 26 列）：字段“date”为“2026-02-29”，不是日期（2026年2月只有 28 天）");
    CliRun en = plan(record, "en", "2025-11-30");
    assertThat(en.err().lines().filter(l -> l.contains(": entry ")).map(l -> l.replaceAll("^.*: entry (\\d+) \\(line .*$", "$1")))
        .containsExactly("2", "3", "4", "5");
    assertThat(en.err()).contains("entry 3 (line 3, column 26): 'date' is '2025-11-31', which is not a date (November 2025 has 30 days); expected YYYY-MM-DD");
  }

  @Test
  void targetMetIsOnlyTrueOrFalseAndTheRefusalSaysWhatWasFound() throws Exception {
    // YAML 1.1 reads yes, no, on and off as booleans; the record takes only true and false
    String record = "- {evaluated: i12, date: 2025-10-31, targetMet: yes, note: x, by: coop-7}\n"
        + "- {evaluated: i12, date: 2025-10-31, targetMet: Off, note: x, by: coop-7}\n"
        + "- {evaluated: i12, date: 2025-10-31, targetMet: \"true\", note: x, by: coop-7}\n"
        + "- {evaluated: i12, date: 2025-10-31, targetMet: false, note: x, by: coop-7}\n";
    CliRun en = plan(record, "en", "2025-10-31");
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err()).contains("entry 1 (line 1, column 49): 'targetMet' must be true or false; found 'yes'")
        .contains("entry 2 (line 2, column 49): 'targetMet' must be true or false; found 'Off'")
        .contains("entry 3 (line 3, column 49): 'targetMet' must be true or false, unquoted; found a string 'true'").doesNotContain("entry 4");
    CliRun zh = plan(record, "zh", "2025-10-31");
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.err()).contains("第 1 条（第 1 行第 49 列）：字段“targetMet”应为 true 或 false；实际为“yes”")
        .contains("第 3 条（第 3 行第 49 列）：字段“targetMet”应为不加引号的 true 或 false；实际为字符串“true”").doesNotContain("第 4 条");
    assertThat(plan(record.substring(record.indexOf("- {evaluated: i12, date: 2025-10-31, targetMet: false")), "zh", "2025-10-31").exit())
        .isZero();
  }

  @Test
  void aQuoteLeftOpenIsSaidWithItsLineColumnAndCauseInBothLanguages() throws Exception {
    String record = "- {delivered: i12, date: \"2025-10-20, quantity: 4, by: coop-7}\n";
    CliRun en = plan(record, "en", "2025-10-31");
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err()).contains("record.yaml:1: malformed (column 26): a quoted value is not closed").doesNotContain("scanning");
    CliRun zh = plan(record, "zh", "2025-10-31");
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.err()).contains("record.yaml 第 1 行第 26 列：格式有误：有一个加引号的值没有闭合引号");
  }

  @Test
  void fieldProblemsAndTheDeliveryChecksOfTheOtherEntriesAreSaidInOneRun() throws Exception {
    // entry 2 pays 低保 twice in November (a delivery check); entries 3 to 5 miss or spoil fields
    String record = "- {delivered: i1, date: 2025-11-10, amount: \"760.00\", by: civil-1}\n"
        + "- {delivered: i1, date: 2025-11-20, amount: \"760.00\", by: civil-1}\n"
        + "- {delivered: i12, date: 2025-13-01, quantity: 4}\n"
        + "- {evaluated: i12, date: 2025-10-31, note: x, by: coop-7}\n"
        + "- {withdrawn: i8, by: x, reason: \"\"}\n";
    CliRun en = plan(record, "en", "2025-11-30");
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err()).contains("entry 3 (line 3, column 26): 'date' is '2025-13-01', which is not a date (the month must be 01 to 12); expected YYYY-MM-DD")
        .contains("entry 3 (line 3, column 3): missing field 'by'; expected who delivered")
        .contains("entry 4 (line 4, column 3): missing field 'targetMet'; expected true or false")
        .contains("entry 5 (line 5, column 3): missing field 'date'").contains("entry 5 (line 5, column 34): 'reason' says why the item is withdrawn")
        .contains("entry 2 (line 2, column 3): item i1 (Minimum living allowance) provides 760.00 yuan a month")
        .doesNotContain("entry 1 ");
    CliRun zh = plan(record, "zh", "2025-11-30");
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.err()).contains("第 3 条（第 3 行第 26 列）：字段“date”为“2025-13-01”").contains("第 3 条（第 3 行第 3 列）：缺少字段 by；")
        .contains("第 4 条（第 4 行第 3 列）：缺少字段 targetMet；").contains("第 5 条（第 5 行第 3 列）：缺少字段 date；")
        .contains("第 2 条（第 2 行第 3 列）：事项 i1（最低生活保障）每月发放 760.00 元").doesNotContain("第 1 条").doesNotContain("entry");
  }

  @Test
  void eachProblemOfABlockStyleRecordSaysTheLineAndColumnOfItsValue() throws Exception {
    String record = String.join("\n",
        "- delivered: i12",          // 1
        "  date: 2025-13-01",        // 2
        "  quantity: \"4\"",         // 3
        "  by: coop-7",              // 4
        "- evaluated: i12",          // 5
        "  date: \"2025-10-31\"",    // 6
        "  targetMet: yes",          // 7
        "  colour: red",             // 8
        "- withdrawn: i99",          // 9
        "  by: x",                   // 10
        "");
    CliRun en = plan(record, "en", "2025-10-31");
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err()).contains("record.yaml: entry 1 (line 2, column 9): 'date' is '2025-13-01'")
        .contains("record.yaml: entry 1 (line 3, column 13): 'quantity' is 4")
        .contains("record.yaml: entry 2 (line 7, column 14): 'targetMet' must be true or false; found 'yes'")
        .contains("record.yaml: entry 2 (line 8, column 11): unknown field 'colour'")
        .contains("record.yaml: entry 2 (line 5, column 3): missing field 'by'") // a missing field: where the entry starts
        .contains("record.yaml: entry 3 (line 9, column 14): the plan has no item 'i99'")
        .contains("record.yaml: entry 3 (line 9, column 3): missing field 'date'");
    CliRun zh = plan(record, "zh", "2025-10-31");
    assertThat(zh.err()).contains("record.yaml：第 1 条（第 2 行第 9 列）：字段“date”为“2025-13-01”")
        .contains("record.yaml：第 2 条（第 5 行第 3 列）：缺少字段 by；").doesNotContain("line");
  }

  @Test
  void mistakesAnUpstreamSystemMakesAreRefused() throws Exception {
    assertThat(plan("- {delivered: i12, date: 2025-10-20, quantity: 4, by: coop-7}\n").exit()).isZero();
    CliRun twice = plan("- {delivered: i12, date: 2025-10-20, date: 2025-10-21, quantity: 4, by: coop-7}\n");
    assertThat(twice.exit()).isEqualTo(1);
    assertThat(twice.err()).contains("record.yaml: entry 1 (line 1, column 44): 'date' is given twice");
    CliRun quoted = plan("- {delivered: i12, date: 2025-10-20, quantity: \"4\", by: coop-7}\n"
        + "- {evaluated: i12, date: 2025-10-31, targetMet: \"true\", by: coop-7}\n");
    assertThat(quoted.exit()).isEqualTo(1);
    assertThat(quoted.err()).contains("entry 1 (line 1, column 48): 'quantity' is 4; expected a whole number without quotes")
        .contains("entry 2 (line 2, column 49): 'targetMet' must be true or false");
    CliRun second = plan("- {delivered: i12, date: 2025-10-20, quantity: 4, by: coop-7}\n---\n- {delivered: i12, date: 2025-10-21, by: x}\n");
    assertThat(second.exit()).isEqualTo(1);
    assertThat(second.err()).contains("text after the end of the document; expected exactly one document");
  }
}
