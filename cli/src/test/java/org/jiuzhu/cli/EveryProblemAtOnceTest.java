package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise, as a new user meets it: bad input is reported with every problem at once,
 * in one run and in both languages — never in stages, one kind of problem after the other is fixed.
 */
final class EveryProblemAtOnceTest {
  @TempDir
  Path dir;

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /**
   * check-policy on a file with a tab: the syntax error, the missing format and the omission of a
   * source (once for its entry) in one run, each as file:line: key: problem, in both languages.
   */
  @Test
  void checkPolicySaysASyntaxErrorWithTheFilesOtherProblems() throws IOException {
    Path f = file("tab.yaml", "module: trial.tab\n"
        + "parameters:\n"
        + "  - key: dibao.standard.rural\n    region: \"620825\"\n    unit: CNY/person/month\n    reference: x\n"
        + "    status: verified\n    values:\n      - from: 2025-07-01\n        value: 600\n"
        + "\t- from: 2026-01-01\n        value: 610\n"                               // 11: a tab
        + "  - key: dibao.standard.urban\n    region: \"620825\"\n    unit: CNY/person/month\n    reference: x\n"
        + "    status: verified\n    values:\n"
        + "      - {from: 2025-07-01, to: 2026-01-01, value: 800}\n      - {from: 2026-01-01, value: 810}\n");
    CliRun en = CliRun.of("check-policy", "--lang", "en", f.toString());
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err()).isEmpty(); // the report is the result: on standard output
    assertThat(en.out().lines()).containsExactly(
        f + ":1: missing field 'format'; expected 'format: jiuzhu-policy/1'",
        f + ":11: dibao.standard.rural: malformed policy file: line 11, column 1: a tab is used to indent; YAML indents with"
            + " spaces only; the part it is in (lines 3–12) is checked once it is fixed",
        f + ":13: dibao.standard.urban: the 2 values of this entry (lines 19, 20) are all marked verified but name no 'source';"
            + " give the official source (title, issuer, date, address, kind) once on the entry, which covers all its values,"
            + " or mark them illustrative",
        "3 problems in 1 file");
    CliRun zh = CliRun.of("check-policy", f.toString());
    assertThat(zh.out()).contains(f + ":1: 缺少字段“format”")
        .contains(f + ":11: dibao.standard.rural: 政策文件格式有误：第 11 行第 1 列：用制表符缩进；YAML 只能用空格缩进；所在的这一部分（第 3–12 行）改正后才能检查")
        .contains(f + ":13: dibao.standard.urban: 这一项的 2 个取值（第 19、20 行）都标为 verified（已核实），却都没有“source”")
        .endsWith("1 个文件中有 3 个问题\n");
  }

  @Test
  void aHouseholdsBadValueUnknownMemberAndMonthAfterTheDateInOneRun() throws IOException {
    Path h = file("h.yaml", """
        id: h1
        region: "620825"
        applicant: m1
        members:
          - {id: m1, relationship: APPLICANT, birthDate: "1975-04-01", hukouType: RURAL, hukouRegion: "620825", workStatus: NOT_WORKING}
        incomes:
          - {member: m9, category: WAGES, month: "2025-09", gross: "2000"}
          - {member: m1, category: WAGES, month: "2025-11", gross: "100"}
        vehicles:
          - {owner: m1, type: CAR, use: PRIVATE, value: "8万"}
        """);
    CliRun zh = CliRun.of("screen", "--date", "2025-10-01", "--lang", "zh", h.toString());
    assertThat(zh.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(zh.err()).isEqualTo("错误：家庭信息有误：3 个问题\n"
        + "  - incomes[0].member（第 7 行第 14 列）：成员 m9 不在本家庭中；成员为 m1\n"
        + "  - incomes[1].month（第 8 行第 42 列）：成员 m1 的收入所属月份2025年11月晚于认定月份2025年10月\n"
        + "  - vehicles[0].value（第 10 行第 49 列）：“8万”不是金额；应为以元为单位的数字，如 760.50\n");
    CliRun en = CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", h.toString());
    assertThat(en.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(en.err()).isEqualTo("error: invalid household: 3 problems\n"
        + "  - incomes[0].member (line 7, column 14): member m9 is not in the household; members are [m1]\n"
        + "  - incomes[1].month (line 8, column 42): income of member m1 is for November 2025, after the evaluation month October 2025\n"
        + "  - vehicles[0].value (line 10, column 49): '8万' is not an amount; expected a decimal number of yuan such as 760.50\n");
  }

  /**
   * A region no policy declares is one of the file's problems, at its field with the code, the date
   * and the regions known near it, said with a negative amount and a member without id — in every
   * command that reads a household file, exit 1 as for the other problems.
   */
  @Test
  void anUnknownRegionIsSaidWithTheFilesOtherProblems() throws IOException {
    Path h = file("h.json", """
        {
          "id": "h1",
          "region": "620826",
          "applicant": "m1",
          "members": [
            {"id": "m1", "relationship": "APPLICANT", "birthDate": "1975-04-01", "hukouType": "RURAL", "hukouRegion": "620825", "workStatus": "FARMING"},
            {"relationship": "SPOUSE", "birthDate": "1976-04-01", "hukouType": "RURAL", "hukouRegion": "620825", "workStatus": "FARMING"}
          ],
          "incomes": [
            {"member": "m1", "category": "WAGES", "month": "2025-09", "gross": "-100"}
          ]
        }
        """);
    String zhRegion = "  - region（第 3 行第 13 列）：未知地区 620826（2025年10月1日）：没有政策声明该地区（已知 27 个地区，相近的有 620800 平凉市、"
        + "620825 庄浪县）；在政策文件的地区列表中加入该地区，即可继承上级地区的取值\n";
    String enRegion = "  - region (line 3, column 13): unknown region 620826 on 1 October 2025: no policy declares it (known: 27 regions,"
        + " the nearest being 620800 Pingliang City, 620825 Zhuanglang County; add it to a policy file's regions to inherit its"
        + " parents' values)\n";
    CliRun zh = CliRun.of("screen", "--date", "2025-10-01", "--lang", "zh", h.toString());
    assertThat(zh.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(zh.out()).isEmpty();
    assertThat(zh.err()).isEqualTo("错误：家庭信息有误：3 个问题\n"
        + zhRegion
        + "  - members[1].id（第 7 行第 5 列）：缺少字段“id”\n"
        + "  - incomes[0].gross（第 10 行第 72 列）：“gross”为“-100”；应为不小于 0 的金额\n");
    CliRun en = CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", h.toString());
    assertThat(en.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(en.err()).isEqualTo("error: invalid household: 3 problems\n"
        + enRegion
        + "  - members[1].id (line 7, column 5): missing field 'id'\n"
        + "  - incomes[0].gross (line 10, column 72): 'gross' is '-100'; expected an amount >= 0\n");
    // the same problems in every command that reads a household
    for (String[] args : List.of(new String[] {"plan", "--date", "2025-10-01"}, new String[] {"sweep", "--date", "2025-10-01"})) {
      CliRun r = CliRun.of(Stream.concat(Stream.of(args), Stream.of("--lang", "en", h.toString())).toArray(String[]::new));
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(Jiuzhu.INVALID_INPUT);
      assertThat(r.err()).as(String.join(" ", args)).startsWith("error: invalid household: 3 problems\n" + enRegion);
    }
    // the region alone: one problem, said the same way
    Path alone = file("alone.json", Files.readString(h).replace("\"-100\"", "\"100\"")
        .replace("{\"relationship\": \"SPOUSE\"", "{\"id\": \"m2\", \"relationship\": \"SPOUSE\""));
    CliRun one = CliRun.of("screen", "--date", "2025-10-01", "--lang", "zh", alone.toString());
    assertThat(one.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(one.err()).isEqualTo("错误：家庭信息有误：1 个问题\n" + zhRegion);
  }

  @Test
  void aKeyGivenTwiceIsSaidWithTheUnknownMemberAndTheBadValueInOneRun() throws IOException {
    Path h = file("h.yaml", """
        id: h1
        region: "620825"
        applicant: m1
        members:
          - {id: m1, relationship: APPLICANT, birthDate: "1975-04-01", hukouType: RURAL, hukouRegion: "620825", workStatus: NOT_WORKING, sex: FEMAL}
        incomes:
          - member: m9
            category: WAGES
            month: "2025-09"
            gross: "2000"
            gross: "3000"
        """);
    CliRun en = CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", h.toString());
    assertThat(en.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(en.err()).startsWith("error: invalid household: 3 problems\n")
        .contains("  - incomes[0].gross (line 11, column 5): 'gross' is given twice in incomes[0]")
        .contains("  - members[0].sex (line 5, column 135): 'FEMAL' is not")
        .contains("  - incomes[0].member (line 7, column 13): member m9 is not in the household; members are [m1]\n");
    CliRun zh = CliRun.of("screen", "--date", "2025-10-01", "--lang", "zh", h.toString());
    assertThat(zh.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(zh.err()).startsWith("错误：家庭信息有误：3 个问题\n")
        .contains("  - incomes[0].gross（第 11 行第 5 列）：“incomes[0]”中的“gross”出现两次")
        .contains("  - members[0].sex（第 5 行第 135 列）：“FEMAL”")
        .contains("  - incomes[0].member（第 7 行第 13 列）：成员 m9 不在本家庭中；成员为 m1\n");
  }

  @Test
  void aPolicyFilesKeyGivenTwiceIsSaidWithItsOtherProblems() throws IOException {
    Path p = file("p.yaml", """
        format: jiuzhu-policy/1
        parameters:
          - key: dibao.standard.rural
            region: "620825"
            unit: CNY/person/month
            reference: x
            status: illustrative
            values:
              - from: 2025-01-01
                value: 600
                value: 700
              - from: 2025-13-01
                value: 650
        """);
    CliRun en = CliRun.of("check-policy", "--lang", "en", p.toString());
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.out() + en.err()).contains(":11: dibao.standard.rural: malformed policy file at parameters[0].values[0] (line 11, column 9): 'value' is given twice")
        .contains(":12: dibao.standard.rural: 'from' is '2025-13-01'").contains("2 problems in 1 file");
    CliRun zh = CliRun.of("check-policy", "--lang", "zh", p.toString());
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.out() + zh.err()).contains("中“value”出现两次").contains(":12: dibao.standard.rural: “from”为“2025-13-01”")
        .contains("1 个文件中有 2 个问题");
  }

  @Test
  void aPlanRecordsKeyGivenTwiceIsSaidWithTheOtherEntriesProblems() throws IOException {
    Path r = file("record.yaml", """
        - {delivered: i12, date: 2025-10-20, date: 2025-10-21, quantity: 4, by: coop-7}
        - {delivered: i12, date: 2025-13-01, quantity: 4, by: coop-7}
        """);
    Path household = Path.of(System.getProperty("jiuzhu.examples", "../examples/households")).resolve("craftsman.json");
    for (String lang : new String[] {"en", "zh"}) {
      CliRun run = CliRun.of("plan", "--date", "2025-10-01", "--lang", lang, "--record", r.toString(), "--status-date", "2025-10-31",
          household.toString());
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err()).contains(lang.equals("en") ? "record.yaml: entry 1 (line 1, column 44): 'date' is given twice" : "record.yaml：第 1 条（第 1 行第 44 列）：字段“date”重复出现")
          .contains(lang.equals("en") ? "record.yaml: entry 2 (line 2, column 26): 'date' is '2025-13-01'" : "record.yaml：第 2 条（第 2 行第 26 列）：字段“date”为“2025-13-01”");
    }
  }

  @Test
  void screenSaysTheHouseholdsAndThePolicyFilesProblemsInOneRun() throws IOException {
    Path h = file("h.yaml", """
        id: h1
        region: "620825"
        applicant: m1
        members:
          - {id: m1, relationship: APPLICANT, birthDate: "1975-04-01", hukouType: RURAL, hukouRegion: "620825", workStatus: NOT_WORKING}
        vehicles:
          - {owner: m1, type: CAR, use: PRIVATE, value: "8万"}
        """);
    Path p = file("p.yaml", "format: jiuzhu-policy/2\n");
    CliRun en = CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", "--policy", p.toString(), h.toString());
    assertThat(en.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(en.err()).startsWith("error: invalid household: 1 problem")
        .contains("  - vehicles[0].value (line 7, column 49): '8万' is not an amount")
        .contains("\nerror: invalid policy file").contains("p.yaml:1: format is 'jiuzhu-policy/2'; expected 'jiuzhu-policy/1'");
    CliRun zh = CliRun.of("screen", "--date", "2025-10-01", "--lang", "zh", "--policy", p.toString(), h.toString());
    assertThat(zh.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(zh.err()).startsWith("错误：家庭信息有误").contains("vehicles[0].value（第 7 行第 49 列）：“8万”不是金额")
        .contains("\n错误：政策文件有误").contains("p.yaml:1: 格式为“jiuzhu-policy/2”");
  }

  @Test
  void checkPolicySaysAMissingStatusBesideTheOverlapAndABadFormatBesideAValueOfTheWrongKind() throws IOException {
    Path overlap = file("overlap.yaml", """
        format: jiuzhu-policy/1
        parameters:
          - key: dibao.standard.rural
            region: "620825"
            unit: CNY/person/month
            reference: x
            values:
              - from: 2025-01-01
                value: 600
              - from: 2025-06-01
                value: 650
                status: illustrative
        """);
    CliRun o = CliRun.of("check-policy", "--lang", "en", overlap.toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.out()).contains("overlap.yaml:8: dibao.standard.rural: missing field 'status'")
        .contains("overlap.yaml:10: dibao.standard.rural: dibao.standard.rural for region 620825: the value of 1 January 2025 onwards")
        .contains("overlaps that of 1 June 2025 onwards").contains("2 problems in 1 file");
    Path kinds = file("kinds.yaml", """
        format: jiuzhu-policy/2
        parameters:
          - key: dibao.standard.rural
            region: 620825
            unit: CNY/person/month
            reference: x
            status: illustrative
            values:
              - from: 2025-01-01
                value: 600
              - from: 2025-06-01
                to: 20250701
                value: 650
        """);
    for (String lang : new String[] {"en", "zh"}) {
      CliRun k = CliRun.of("check-policy", "--lang", lang, kinds.toString());
      assertThat(k.exit()).isEqualTo(1);
      if (lang.equals("en")) {
        assertThat(k.out()).contains("kinds.yaml:1: format is 'jiuzhu-policy/2'")
            .contains("kinds.yaml:4: dibao.standard.rural: malformed policy file at parameters[0].region (line 4, column 13): the value has the wrong kind")
            .contains("kinds.yaml:12: dibao.standard.rural: malformed policy file at parameters[0].values[1].to (line 12, column 13)")
            .contains("kinds.yaml:11: dibao.standard.rural: 'to' is '20250701'") // checked further as written
            .doesNotContain("missing field 'region'").contains("4 problems in 1 file");
      } else {
        assertThat(k.out()).contains("kinds.yaml:1: 格式为“jiuzhu-policy/2”").contains("parameters[0].region（第 4 行第 13 列）的值类型不对")
            .contains("parameters[0].values[1].to（第 12 行第 13 列）").contains("1 个文件中有 4 个问题");
      }
    }
  }

  @Test
  void checkPolicySaysEveryProblemOfAnEntryWithAnUnknownKey() throws IOException {
    Path p = file("p.yaml", """
        format: jiuzhu-policy/1
        parameters:
          - key: dibao.standrd.rural
            region: "620825"
            unit: CNY/person/mnth
            reference: x
            status: verified
            values:
              - from: 2025-13-01
                value: "5七0"
        """);
    for (String lang : new String[] {"zh", "en"}) {
      CliRun r = CliRun.of("check-policy", "--lang", lang, p.toString());
      assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
      String all = r.out() + r.err();
      if (lang.equals("zh")) {
        assertThat(all).contains(":3: dibao.standrd.rural: 未知的参数键“dibao.standrd.rural”")
            .contains(":3: dibao.standrd.rural: 未知的单位“CNY/person/mnth”")
            .contains(":9: dibao.standrd.rural: “from”为“2025-13-01”")
            .contains(":9: dibao.standrd.rural: “value”的值“5七0”在任何单位")
            .contains(":9: dibao.standrd.rural: 标为 verified（已核实），却没有“source”").contains("1 个文件中有 5 个问题");
      } else {
        assertThat(all).contains(":3: dibao.standrd.rural: unknown parameter key 'dibao.standrd.rural'")
            .contains(":3: dibao.standrd.rural: unknown unit 'CNY/person/mnth'")
            .contains(":9: dibao.standrd.rural: 'from' is '2025-13-01'")
            .contains(":9: dibao.standrd.rural: 'value' '5七0' cannot be read in any unit")
            .contains(":9: dibao.standrd.rural: marked verified but names no 'source'").contains("5 problems in 1 file");
      }
    }
  }
}
