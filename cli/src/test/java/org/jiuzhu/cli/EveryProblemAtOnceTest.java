package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        + "  - vehicles[0].value: “8万”不是金额；应为以元为单位的数字，如 760.50\n"
        + "  - incomes[0].member: 成员 m9 不在本家庭中；成员为 [m1]\n"
        + "  - incomes[1].month: 成员 m1 的收入所属月份2025年11月晚于认定月份2025年10月\n");
    CliRun en = CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", h.toString());
    assertThat(en.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(en.err()).isEqualTo("error: invalid household: 3 problems\n"
        + "  - vehicles[0].value: '8万' is not an amount; expected a decimal number of yuan such as 760.50\n"
        + "  - incomes[0].member: member m9 is not in the household; members are [m1]\n"
        + "  - incomes[1].month: income of member m1 is for November 2025, after the evaluation month October 2025\n");
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
