package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jiuzhu decide}: record, refuse (and record the refusal), export a head, verify, in both languages. */
final class DecideCommandTest {
  /** A fire of 6000 yuan in Zhuanglang (620825): above the cap of 5700, so the county decides. */
  private static final String FIRE = "id: fire\nregion: \"620825\"\napplicant: m1\nmembers:\n"
      + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-01-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: FARMING}\n"
      + "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2024-10, to: 2025-09}, gross: \"2000\"}]\n"
      + "events: [{date: 2025-09-15, type: FIRE, amount: \"6000\"}]\n";

  @TempDir
  Path dir;
  private Path household;
  private Path record;

  @BeforeEach
  void files() throws Exception {
    household = dir.resolve("fire.yaml");
    Files.writeString(household, FIRE, StandardCharsets.UTF_8);
    record = dir.resolve("fire.case");
  }

  private CliRun decide(String level, String amount, String lang) {
    return CliRun.of("decide", "record", "--household", household.toString(), "--date", "2025-10-01", "--programme",
        "cn.temporary-assistance", "--level", level, "--decider", level.toLowerCase() + "-committee-3", "--outcome", "ELIGIBLE",
        "--amount", amount, "--reason", "house burnt down", "--record", record.toString(), "--lang", lang);
  }

  @Test
  void aDecisionIsRecordedARefusedAttemptTooAndTheHeadDetectsTruncation() throws Exception {
    CliRun refused = decide("TOWNSHIP", "6000", "zh");
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("错误：乡镇（街道）无权决定“超过救助上限的临时救助”：该情形由县级民政部门或更高层级决定")
        .contains("该次被拒绝的决定已作为第 2 条记入案件 fire");
    assertThat(refused.err().lines().filter(l -> !l.startsWith("记录头：")).toList())
        .as("no Latin letter in Chinese output but the case id and the head line")
        .allSatisfy(l -> assertThat(l.replace("fire", "")).doesNotContainPattern("[A-Za-z]"));
    assertThat(refused.err()).containsPattern("记录头：jiuzhu-case-head/2\tfire\t2\t[0-9a-f]{64}\t[0-9a-f]{64}\n");

    CliRun ok = decide("COUNTY", "6000", "en");
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).startsWith("recorded in case fire: Temporary assistance (临时救助) eligible by the county on 1 October 2025,"
        + " 6,000.00 yuan once (entries 3-4: determination and decision)\nhead: jiuzhu-case-head/2\tfire\t4\t");
    List<String> lines = Files.readAllLines(record);
    assertThat(lines).extracting(l -> l.split("\t")[3]).containsExactly("DETERMINATION", "REFUSED", "DETERMINATION", "DECISION");

    // a second decision on the same programme would leave two contradictory grants: refused, nothing written
    CliRun again = decide("COUNTY", "1000", "zh");
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("案件 fire 的“临时救助”已作出决定（第 4 条，2025年10月1日）");
    assertThat(decide("CITY", "1000", "en").err()).contains("Temporary assistance (临时救助) of case fire was already decided (entry 4, 1 October 2025)");
    assertThat(Files.readAllLines(record)).isEqualTo(lines);

    Path head = dir.resolve("fire.head");
    assertThat(CliRun.of("decide", "head", "--record", record.toString(), "--output", head.toString()).exit()).isZero();
    assertThat(Files.readString(head)).startsWith("jiuzhu-case-head/2\tfire\t4\t");

    CliRun intact = CliRun.of("decide", "verify", "--record", record.toString(), "--head", head.toString(), "--lang", "en");
    assertThat(intact.exit()).isZero();
    assertThat(intact.out()).contains("record intact: case fire, 4 entries").contains("the record holds everything its head names (4 entries)");

    Files.write(record, lines.subList(0, 3)); // the newest entry dropped: the chain alone still verifies
    CliRun chainOnly = CliRun.of("decide", "verify", "--record", record.toString());
    assertThat(chainOnly.exit()).isZero();
    assertThat(chainOnly.out()).contains("未提供记录头，仅核对了哈希链：从末尾删除的最新记录无法发现");
    CliRun cut = CliRun.of("decide", "verify", "--record", record.toString(), "--head", head.toString());
    assertThat(cut.exit()).isEqualTo(1);
    assertThat(cut.err()).isEqualTo("错误：案件 fire：记录只有 3 条，记录头记载 4 条（最新的记录被删除，或记录头属于本案件的另一份记录）\n");
    CliRun cutEn = CliRun.of("decide", "verify", "--record", record.toString(), "--head", head.toString(), "--lang", "en");
    assertThat(cutEn.err()).isEqualTo("error: case fire: the record has 3 entries but its head says 4 (the newest entries were removed, or the head is of another record of this case)\n");

    Files.write(record, List.of(lines.get(0), lines.get(1), lines.get(2).replace("6,000.00", "9,000.00")));
    CliRun changed = CliRun.of("decide", "verify", "--record", record.toString(), "--lang", "en");
    assertThat(changed.exit()).isEqualTo(1);
    assertThat(changed.err()).isEqualTo("error: case fire: entry 3 was changed after it was written\n");
  }

  /**
   * Two records of household fire (both case "fire") that begin differently: the head of one is said not to be of the
   * other. (Two records that begin with the same entry cannot be told apart by their heads: the messages say so.)
   */
  @Test
  void theHeadOfAnotherRecordOfTheSameCaseIsSaidToBeNotOfThisRecord() throws Exception {
    Path mine = record;
    assertThat(decide("COUNTY", "6000", "en").exit()).isZero(); // 2 entries, the first a county determination
    record = dir.resolve("fire-2.case"); // another record of the same household, decided a day later: 4 entries
    for (String level : List.of("TOWNSHIP", "COUNTY")) {
      CliRun.of("decide", "record", "--household", household.toString(), "--date", "2025-10-02", "--programme",
          "cn.temporary-assistance", "--level", level, "--decider", "c-3", "--outcome", "ELIGIBLE", "--amount", "6000",
          "--reason", "house burnt down", "--record", record.toString());
    }
    assertThat(Files.readAllLines(record)).hasSize(4);
    Path otherHead = dir.resolve("fire-2.head");
    assertThat(CliRun.of("decide", "head", "--record", record.toString(), "--output", otherHead.toString()).exit()).isZero();
    CliRun en = CliRun.of("decide", "verify", "--record", mine.toString(), "--head", otherHead.toString(), "--lang", "en");
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err()).isEqualTo("error: case fire: the head is not of this record (its first entry differs: another record"
        + " of the same case, or one rewritten from its first entry)\n");
    CliRun zh = CliRun.of("decide", "verify", "--record", mine.toString(), "--head", otherHead.toString());
    assertThat(zh.err()).isEqualTo("错误：案件 fire：记录头不属于这份记录（首条记录不同：同一案件的另一份记录，或从首条起被改写的记录）\n");

    // a file cut inside its last hash: said to be cut short, not changed
    List<String> lines = Files.readAllLines(record);
    String last = lines.get(3);
    Files.writeString(record, String.join("\n", lines.subList(0, 3)) + "\n" + last.substring(0, last.length() - 30));
    CliRun cut = CliRun.of("decide", "verify", "--record", record.toString(), "--lang", "en");
    assertThat(cut.exit()).isEqualTo(1);
    assertThat(cut.err()).isEqualTo("error: case fire: entry 4 has only 34 of the 64 digits of its hash (the file may have been cut short)\n");
  }

  /** An unknown --programme is a bad option value: said with the other bad options, exit 2 and the usage, nothing written. */
  @Test
  void anUnknownProgrammeIsSaidWithTheOtherBadOptions() {
    String[] args = {"decide", "record", "--household", household.toString(), "--date", "2025-10-01", "--programme", "cn.foo",
        "--level", "COUNTY", "--decider", " ", "--outcome", "ELIGIBLE", "--amount", "-5", "--reason", "x", "--record", record.toString()};
    CliRun zh = CliRun.of(args);
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(zh.out()).isEmpty();
    assertThat(zh.err()).startsWith("错误：--programme cn.foo：规则不对该项目作出认定；应为以下之一：cn.tekun、cn.dibao、cn.dibao-single-person、"
        + "cn.dibao-marginal、cn.rigid-expenditure、cn.temporary-assistance\n"
        + "错误：--decider 为空；应填写作出决定的工作人员或委员会编号（不填姓名）\n"
        + "错误：--amount -5：金额不得为负\n\n用法：");
    CliRun en = CliRun.of(java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--lang", "en"))
        .toArray(String[]::new));
    assertThat(en.exit()).isEqualTo(2);
    assertThat(en.err()).startsWith("error: --programme cn.foo: the rulebook makes no determination of that id; expected one of"
        + " [cn.tekun, cn.dibao, cn.dibao-single-person, cn.dibao-marginal, cn.rigid-expenditure, cn.temporary-assistance]\n"
        + "error: --decider is blank; expected the id of the official or committee who decided (not a name)\n"
        + "error: --amount -5: expected an amount >= 0\n\nUsage: ");
    // alone, with a missing option too: the same exit as picocli's own errors, the same line
    CliRun alone = CliRun.of("decide", "record", "--household", household.toString(), "--date", "2025-10-01", "--programme", "cn.foo",
        "--decider", "c-1", "--outcome", "ELIGIBLE", "--reason", "x", "--record", record.toString(), "--lang", "en");
    assertThat(alone.exit()).isEqualTo(2);
    assertThat(alone.err()).contains("error: --programme cn.foo: the rulebook makes no determination of that id")
        .contains("--level");
    assertThat(Files.exists(record)).isFalse();
  }

  @Test
  void theCountyHasAnAmountLimitAndErrorsComeInBothLanguages() throws Exception {
    CliRun above = decide("COUNTY", "30000.01", "en");
    assertThat(above.exit()).isEqualTo(1);
    assertThat(above.err()).startsWith("error: the county may grant at most 30,000.00 yuan in the situation");
    CliRun city = decide("CITY", "100000.01", "zh");
    assertThat(city.exit()).isEqualTo(1);
    assertThat(city.err()).startsWith("错误：市级民政部门单次最多可决定 100,000.00 元（依据：")
        .contains("示例数值，未经官方文件核对").contains("本次为 100,000.01 元；本目录中没有可决定更高金额的层级");
    assertThat(Files.readAllLines(record)).extracting(l -> l.split("\t")[3])
        .containsExactly("DETERMINATION", "REFUSED", "DETERMINATION", "REFUSED"); // each refusal after what it was checked against

    CliRun notReview = CliRun.of("decide", "record", "--household", household.toString(), "--date", "2025-10-01", "--programme",
        "cn.dibao", "--level", "COUNTY", "--decider", "c-1", "--outcome", "ELIGIBLE", "--reason", "x", "--record",
        record.toString(), "--lang", "en");
    assertThat(notReview.exit()).isEqualTo(1);
    assertThat(notReview.err()).isEqualTo("error: Minimum living allowance (最低生活保障) is not eligible for this household on"
        + " 1 October 2025: there is nothing to decide case by case (only a determination that needs review is decided)\n");
    CliRun refusalWithAmount = CliRun.of("decide", "record", "--household", household.toString(), "--date", "2025-10-01",
        "--programme", "cn.temporary-assistance", "--level", "COUNTY", "--decider", "c-1", "--outcome", "INELIGIBLE",
        "--amount", "5", "--reason", "x", "--record", record.toString());
    assertThat(refusalWithAmount.exit()).as("a usage error").isEqualTo(2);
    assertThat(refusalWithAmount.err()).startsWith("错误：不予救助时不得给出金额（--amount 5）；请省略 --amount 或填 0\n").contains("用法：");
    Path other = dir.resolve("other.yaml");
    Files.writeString(other, FIRE.replace("620825", "230300"), StandardCharsets.UTF_8);
    CliRun region = CliRun.of("decide", "record", "--household", other.toString(), "--date", "2025-10-01", "--programme",
        "cn.temporary-assistance", "--level", "COUNTY", "--decider", "c-1", "--outcome", "ELIGIBLE", "--amount", "1",
        "--reason", "x", "--record", dir.resolve("o.case").toString(), "--lang", "en");
    assertThat(region.err()).startsWith("error: the situation catalogue of 620800").contains("does not apply to the household's region 230300");
    Files.writeString(other, "{\"id\":\"x\",\"region\":\"620825\",\"region\":\"620825\"}", StandardCharsets.UTF_8);
    CliRun invalid = CliRun.of("decide", "record", "--household", other.toString(), "--date", "2025-10-01", "--programme",
        "cn.temporary-assistance", "--level", "COUNTY", "--decider", "c-1", "--outcome", "ELIGIBLE", "--reason", "x",
        "--record", dir.resolve("o.case").toString());
    assertThat(invalid.exit()).isEqualTo(1);
    assertThat(invalid.err()).startsWith("错误：").contains("  - region（第 1 行第 29 列）：“region”出现两次");
    CliRun missing = CliRun.of("decide", "verify", "--record", dir.resolve("none.case").toString());
    assertThat(missing.err()).isEqualTo("错误：--record：" + dir.resolve("none.case") + " 不存在；应为已存在的文件\n");
  }

  @Test
  void aTownshipMayNotGrantMoreThanTheRegionsParametersAllowIt() throws Exception {
    // the trial's h5: a fire whose loss is not assessed; the township decides, the pack would allow it 2,000
    Files.writeString(household, FIRE.replace("events: [{date: 2025-09-15, type: FIRE, amount: \"6000\"}]",
        "events: [{date: 2025-09-28, type: FIRE, description: not yet assessed}]"), StandardCharsets.UTF_8);
    CliRun above = decide("TOWNSHIP", "1800", "zh");
    assertThat(above.exit()).isEqualTo(1);
    assertThat(above.err()).startsWith("错误：乡镇（街道）单次最多可批准 1,140.00 元，依本地区参数：乡镇审批权限（临时救助）为 2 个月"
        + "农村低保标准 570.00 元（依据：社会救助暂行办法 第四十八条").contains("本次为 1,800.00 元；须报上一级决定\n")
        .contains("该次被拒绝的决定已作为第 2 条记入案件 fire");
    // the reference as snapshot renders it: no English word in the Chinese refusal
    assertThat(above.err().lines().findFirst().orElseThrow()).doesNotContainPattern("[A-Za-z]");
    CliRun en = decide("TOWNSHIP", "1140.01", "en");
    assertThat(en.err()).startsWith("error: the township may grant at most 1,140.00 yuan in one decision by the region\u2019s parameters"
        + " (a township approves temporary assistance (临时救助) up to 2 months of the rural minimum living standard (低保标准) of 570.00 yuan"
        + " (township approval limit, 乡镇审批权限); Interim Measures for Social Assistance (社会救助暂行办法), Arts. 48 and 49");
    CliRun county = decide("COUNTY", "1800", "en");
    assertThat(county.exit()).isZero();
    assertThat(county.out()).startsWith("recorded in case fire: Temporary assistance (临时救助) eligible by the county on 1 October 2025,"
        + " 1,800.00 yuan once");
  }

  @Test
  void aMisspeltCommandIsNamedWithTheNearestAndTheLevelIsReadInAnyCase() {
    CliRun zh = CliRun.of("decide", "recrod", "--lang", "zh");
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(zh.err()).startsWith("错误：无法识别的命令“recrod”（最接近的命令：record）\n");
    assertThat(CliRun.of("decide", "recrod", "--lang", "en").err())
        .startsWith("error: unknown command 'recrod' (did you mean record?)\n").doesNotContain("Unmatched");
    assertThat(CliRun.of("decide", "record", "--level", "county2", "--lang", "zh").err())
        .startsWith("错误：--level 的值“county2”无效；应为 TOWNSHIP（乡镇）、COUNTY（县级）、CITY（市级）\n");
    assertThat(CliRun.of("decide", "record", "--level", "county2", "--lang", "en").err())
        .startsWith("error: invalid value 'county2' for --level; expected TOWNSHIP, COUNTY, CITY\n");
    // lower case is the level: only the missing options are named
    assertThat(CliRun.of("decide", "record", "--level", "county", "--lang", "en").err().lines().findFirst().orElseThrow())
        .contains("--household").doesNotContain("--level", "county");
  }
}
