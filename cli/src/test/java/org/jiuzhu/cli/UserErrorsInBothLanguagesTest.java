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
 * Errors a user makes (a bad value in a file, an unknown region, a bad option, a missing or cut
 * file) are printed in the language of {@code --lang}: in Chinese without English words (only
 * the option names, paths, ids and values given are in Latin letters), in English with Chinese
 * only in brackets; exit code 1.
 */
final class UserErrorsInBothLanguagesTest {
  static final Path EXAMPLES = Path.of("..", "examples", "households");

  @TempDir
  Path dir;

  /** Runs {@code args} with {@code --lang lang}. */
  private static CliRun run(String lang, String... args) {
    return CliRun.of(Stream.concat(Stream.of(args), Stream.of("--lang", lang)).toArray(String[]::new));
  }

  /**
   * Asserts the run failed with exit 1 and printed exactly {@code zh} / {@code en} on standard
   * error, and that the Chinese has no Latin word but the option names, {@code ids} and the
   * file's path.
   */
  private static void assertError(String[] args, String zh, String en, String... ids) {
    assertSaid(args, zh, en, false, ids);
  }

  /**
   * As {@link #assertError}, but on standard output with nothing on standard error: the report of
   * a command whose result is the problems it finds (check-policy).
   */
  private static void assertReport(String[] args, String zh, String en, String... ids) {
    assertSaid(args, zh, en, true, ids);
  }

  private static void assertSaid(String[] args, String zh, String en, boolean report, String... ids) {
    CliRun z = run("zh", args);
    assertThat(z.exit()).as(z.err()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(report ? z.err() : z.out()).isEmpty();
    String said = report ? z.out() : z.err();
    assertThat(said).isEqualTo(zh + "\n");
    String plain = said.replaceAll("--[a-z-]+", " ");
    for (String a : args) {
      if (a.contains("/")) {
        plain = plain.replace(a, " ");
      }
    }
    assertThat(LanguageLeakTest.zhLeaks(plain, List.of(ids))).as(said).isEmpty();
    CliRun e = run("en", args);
    assertThat(e.exit()).as(e.err()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(report ? e.err() : e.out()).isEmpty();
    String saidEn = report ? e.out() : e.err();
    assertThat(saidEn).isEqualTo(en + "\n");
    // the values given, in quotes, are the user's own words
    String english = saidEn.replaceAll("'[^']*'", "''");
    for (String a : args) {
      english = english.replace(a, " ");
    }
    assertThat(LanguageLeakTest.enLeaks(english)).as(saidEn).isEmpty();
  }

  private Path copy(String example, String from, String to) throws IOException {
    String text = Files.readString(EXAMPLES.resolve(example), StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Path p = dir.resolve(example);
    Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aVehicleValueInWordsNamesThePathTheValueAndWhatIsExpected() throws IOException {
    Path car = copy("dibao-marginal-car-story.json", "\"value\": \"50000\"", "\"value\": \"8万\"");
    assertError(new String[] {"screen", "--date", "2025-10-01", car.toString()},
        "错误：家庭信息有误：1 个问题\n  - vehicles[0].value（第 51 行第 16 列）：“8万”不是金额；应为以元为单位的数字，如 760.50",
        "error: invalid household: 1 problem\n  - vehicles[0].value (line 51, column 16): '8万' is not an amount; expected a decimal number of yuan"
            + " such as 760.50",
        "vehicles", "value");
  }

  /** A negative amount is quoted as the file writes it ("-100", never the normalised -100.00), as text or as a number. */
  @Test
  void aNegativeAmountIsQuotedAsWritten() throws IOException {
    Path text = copy("dibao.json", "\"gross\": \"600.00\"", "\"gross\": \"-100\"");
    assertError(new String[] {"screen", "--date", "2025-10-01", text.toString()},
        "错误：家庭信息有误：1 个问题\n  - incomes[0].gross（第 31 行第 16 列）：“gross”为“-100”；应为不小于 0 的金额",
        "error: invalid household: 1 problem\n  - incomes[0].gross (line 31, column 16): 'gross' is '-100'; expected an amount >= 0",
        "incomes", "gross");
    Path number = copy("dibao.json", "\"gross\": \"600.00\"", "\"gross\": -100.5");
    assertThat(run("en", "screen", "--date", "2025-10-01", number.toString()).err())
        .contains("incomes[0].gross (line 31, column 16): 'gross' is '-100.5'; expected an amount >= 0");
  }

  @Test
  void aRegionCodeOfNoProvinceAndARegionNoModuleDeclares() throws IOException {
    // a region code that is none is a bad option value: a usage error (exit 2, the usage), in every command
    assertUsage(new String[] {"simulate", "--region", "999999", "--households", "10"},
        "错误：--region：行政区划代码“999999”以 99 开头，国家标准中没有这个省级代码",
        "error: --region: region code '999999' starts with 99, which is no province in GB/T 2260");
    assertUsage(new String[] {"monitor", "--region", "999999", "--synthetic", "3"},
        "错误：--region：行政区划代码“999999”以 99 开头", "error: --region: region code '999999' starts with 99");
    assertUsage(new String[] {"snapshot", "--region", "12345", "--date", "2025-10-01"}, "错误：--region：", "error: --region: ");
    Path unknown = copy("dibao-marginal-car-story.json", "\"region\": \"620825\"", "\"region\": \"620826\"");
    assertError(new String[] {"screen", "--date", "2025-10-01", unknown.toString()},
        // the file's field is named, as a problem of the file: the region is the household's, not an option's
        "错误：家庭信息有误：1 个问题\n  - region（第 3 行第 13 列）：未知地区 620826（2025年10月1日）：没有政策声明该地区（已知 27 个地区，"
            + "相近的有 620800 平凉市、620825 庄浪县）；在政策文件的地区列表中加入该地区，即可继承上级地区的取值",
        "error: invalid household: 1 problem\n  - region (line 3, column 13): unknown region 620826 on 1 October 2025: no policy declares"
            + " it (known: 27 regions, the nearest being 620800 Pingliang City, 620825 Zhuanglang County; add it to a policy file's regions"
            + " to inherit its parents' values)",
        "region");
    CliRun sim = run("zh", "simulate", "--region", "620826", "--households", "10");
    assertThat(sim.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(sim.err()).startsWith("错误：未知地区 620826；相近的已知地区有 620800 平凉市、620825 庄浪县（已知地区共 27 个）；在 --policy 给出的");
    assertThat(LanguageLeakTest.zhLeaks(sim.err().replace("--policy", ""), List.of())).isEmpty();
    assertThat(run("en", "simulate", "--region", "620826", "--households", "10").err())
        .startsWith("error: unknown region 620826; the nearest known regions are 620800 Pingliang City, 620825 Zhuanglang County (27 known");
  }

  @Test
  void sweepOfAMemberNotInTheHouseholdAndABadStep() {
    // option values out of range: usage errors (exit 2, the message, then the usage)
    String dibao = EXAMPLES.resolve("dibao.json").toString();
    assertUsage(new String[] {"sweep", "--member", "m9", dibao},
        "错误：--member m9 不是家庭 dibao 的成员；应为以下成员之一：m1、m2",
        "error: --member m9 is not in household dibao; expected one of its members: m1, m2");
    assertUsage(new String[] {"sweep", "--step", "0", dibao},
        "错误：--step 为 0 元；应大于 0", "error: --step is 0 yuan; expected more than 0");
    assertUsage(new String[] {"sweep", "--step", "-1", dibao},
        "错误：--step 为 -1 元；应大于 0", "error: --step is -1 yuan; expected more than 0");
    assertUsage(new String[] {"sweep", "--step", "abc", dibao},
        "错误：--step 为“abc”；应为以元为单位的金额，如 1200.50", "error: --step is 'abc'; expected yuan such as 1200.50");
    assertUsage(new String[] {"sweep", "--from", "100", "--to", "50", dibao},
        "错误：--to 50 元低于 --from 100 元；--to 应不小于 --from",
        "error: --to 50 yuan is below --from 100 yuan; expected --to at least --from");
    assertUsage(new String[] {"generate-feed", "--households", "3", "--months", "0", "--out", "target/feed-months-0"},
        "错误：--months", "error: --months");
  }

  @Test
  void sweepSaysEveryBadOptionAtOnce() {
    String dibao = EXAMPLES.resolve("dibao.json").toString();
    assertUsage(new String[] {"sweep", "--member", "m9", "--step", "0", "--from", "abc", dibao},
        "错误：--member m9 不是家庭 dibao 的成员；应为以下成员之一：m1、m2\n错误：--from 为“abc”", 
        "error: --member m9 is not in household dibao; expected one of its members: m1, m2\nerror: --from is 'abc'");
    CliRun both = run("en", "sweep", "--step", "0", "--from", "-5", dibao);
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).startsWith("error: --from is -5 yuan").contains("\nerror: --step is 0 yuan; expected more than 0\n");
  }

  /** A household of one rural member in 620825, written to {@code name}. */
  private Path oneMember(String name) throws IOException {
    Path h = dir.resolve(name);
    Files.writeString(h, "id: fire\nregion: \"620825\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-01-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: FARMING}\n",
        StandardCharsets.UTF_8);
    return h;
  }

  @Test
  void decideOfANegativeAmountIsAUsageError() throws IOException {
    Path h = oneMember("fire.yaml");
    String[] args = {"decide", "record", "--household", h.toString(), "--date", "2025-10-01", "--programme", "cn.temporary-assistance",
        "--level", "COUNTY", "--decider", "c-3", "--outcome", "ELIGIBLE", "--amount", "-6000", "--reason", "fire",
        "--record", dir.resolve("f.case").toString()};
    assertUsage(args, "错误：--amount -6000", "error: --amount -6000: expected an amount >= 0");
    args[args.length - 5] = "6千";
    assertUsage(args, "错误：--amount 6千", "error: --amount 6千");
  }

  @Test
  void decideSaysEveryBadOptionAtOnceAsAUsageError() throws IOException {
    Path h = oneMember("fire2.yaml");
    String[] args = {"decide", "record", "--household", h.toString(), "--date", "2025-10-01", "--programme", "cn.temporary-assistance",
        "--level", "COUNTY", "--decider", " ", "--outcome", "NEEDS_REVIEW", "--amount", "-1", "--reason", "", "--record",
        dir.resolve("g.case").toString()};
    assertUsage(args, "错误：--decider 为空；应填写作出决定的工作人员或委员会编号（不填姓名）\n错误：--reason 为空；应填写决定理由（按决定者原话）\n"
        + "错误：--outcome NEEDS_REVIEW：应为 ELIGIBLE（符合条件）或 INELIGIBLE（不符合条件）\n错误：--amount -1",
        "error: --decider is blank; expected the id of the official or committee who decided (not a name)\n"
            + "error: --reason is blank; expected the reason, in the decider's words\n"
            + "error: --outcome NEEDS_REVIEW: expected ELIGIBLE or INELIGIBLE\nerror: --amount -1: expected an amount >= 0");
    // a refusal given an amount is said the same way
    String[] refusal = {"decide", "record", "--household", h.toString(), "--date", "2025-10-01", "--programme",
        "cn.temporary-assistance", "--level", "COUNTY", "--decider", "c-1", "--outcome", "INELIGIBLE", "--amount", "5", "--reason",
        "x", "--record", dir.resolve("g.case").toString()};
    assertUsage(refusal, "错误：不予救助时不得给出金额（--amount 5）；请省略 --amount 或填 0\n",
        "error: a refusal grants no amount (--amount 5); leave --amount out or give 0\n");
    assertThat(Files.exists(dir.resolve("g.case"))).as("nothing is recorded").isFalse();
  }

  private static void assertUsage(String[] args, String zh, String en) {
    CliRun z = run("zh", args);
    assertThat(z.exit()).as(z.err()).isEqualTo(2);
    assertThat(z.err()).startsWith(zh).contains("用法：");
    CliRun e = run("en", args);
    assertThat(e.exit()).as(e.err()).isEqualTo(2);
    assertThat(e.err()).startsWith(en).contains("Usage:");
  }

  @Test
  void simulateOfANegativeNumberOfHouseholds() {
    // a usage error like picocli's own: exit 2, the message first, then the usage
    CliRun z = run("zh", new String[] {"simulate", "--households", "-5"});
    assertThat(z.exit()).as(z.err()).isEqualTo(2);
    assertThat(z.err()).startsWith("错误：--households 为 -5；应不小于 1\n\n用法：");
    CliRun e = run("en", new String[] {"simulate", "--households", "-5"});
    assertThat(e.exit()).as(e.err()).isEqualTo(2);
    assertThat(e.err()).startsWith("error: --households is -5; expected at least 1\n\nUsage:");
  }

  @Test
  void monitorWithNoFeedAndWithAFeedThatDoesNotExist() {
    // no feed is a usage error said with the other bad options (exit 2, the usage)
    assertUsage(new String[] {"monitor", "--region", "620825"},
        "错误：没有给出月度数据：请给出数据文件（如 feed-2025-03.jsonl）或 --synthetic N\n",
        "error: no monthly data given: give feed files (e.g. feed-2025-03.jsonl) or --synthetic N\n");
    String missing = dir.resolve("feed-2025-03.jsonl").toString();
    assertError(new String[] {"monitor", "--region", "620825", missing},
        "错误：月度数据文件有误：1 个问题\n  - feed-2025-03.jsonl：数据文件 " + missing + " 不存在；应为已存在的文件",
        "error: invalid monitoring feeds: 1 problem\n  - feed-2025-03.jsonl: feed " + missing
            + " does not exist; expected an existing file", "feed-2025-03.jsonl");
  }

  @Test
  void verifyingARecordCutInTheMiddleOfALine() throws IOException {
    Path household = dir.resolve("fire.yaml");
    Files.writeString(household, "id: fire\nregion: \"620825\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-01-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: FARMING}\n"
        + "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2024-10, to: 2025-09}, gross: \"2000\"}]\n"
        + "events: [{date: 2025-09-15, type: FIRE, amount: \"6000\"}]\n", StandardCharsets.UTF_8);
    Path record = dir.resolve("fire.case");
    CliRun ok = CliRun.of("decide", "record", "--household", household.toString(), "--date", "2025-10-01", "--programme",
        "cn.temporary-assistance", "--level", "COUNTY", "--decider", "c-3", "--outcome", "ELIGIBLE", "--amount", "6000",
        "--reason", "房屋烧毁", "--record", record.toString());
    assertThat(ok.exit()).as(ok.err()).isZero();
    // an amount that is none is a bad option value: a usage error (exit 2, the usage)
    assertUsage(new String[] {"decide", "record", "--household", household.toString(), "--date", "2025-10-01", "--programme",
        "cn.temporary-assistance", "--level", "COUNTY", "--decider", "c-3", "--outcome", "ELIGIBLE", "--amount", "8万",
        "--reason", "房屋烧毁", "--record", dir.resolve("other.case").toString()},
        "错误：--amount 8万：“8万”不是金额；应为以元为单位的数字，如 760.50\n",
        "error: --amount 8万: '8万' is not an amount; expected a decimal number of yuan such as 760.50\n");
    assertThat(Files.exists(dir.resolve("other.case"))).isFalse();
    String text = Files.readString(record, StandardCharsets.UTF_8);
    int secondLine = text.indexOf('\n') + 1;
    int thirdTab = secondLine;
    for (int i = 0; i < 4; i++) {
      thirdTab = text.indexOf('\t', thirdTab + 1);
    }
    Path cut = dir.resolve("cut.case");
    Files.writeString(cut, text.substring(0, thirdTab + 5), StandardCharsets.UTF_8); // inside line 2's fifth field
    assertError(new String[] {"decide", "verify", "--record", cut.toString()},
        "错误：无法读取记录 " + cut + "：案件记录第 2 行有 5 个字段；应为 7 个（文件可能被截断或改动过）",
        "error: cannot read the record " + cut + ": case record line 2 has 5 fields; expected 7 (the file may have been cut"
            + " short or edited)");
  }

  @Test
  void aScenarioExpectingAnotherDecisionLevelNamesBothLevelsInWords() throws IOException {
    String household = "{\"id\": \"case\", \"region\": \"620825\", \"applicant\": \"m1\", \"members\": [{\"id\": \"m1\","
        + " \"relationship\": \"APPLICANT\", \"birthDate\": \"1980-05-01\", \"hukouType\": \"RURAL\", \"hukouRegion\": \"620825\","
        + " \"workStatus\": \"FARMING\"}], \"incomes\": [{\"member\": \"m1\", \"category\": \"TRANSFER_NET\", \"months\":"
        + " {\"from\": \"2024-10\", \"to\": \"2025-09\"}, \"gross\": \"2000\"}], \"events\": [{\"date\": \"2025-09-15\","
        + " \"type\": \"FIRE\", \"amount\": \"4200\"}]}";
    Path cases = dir.resolve("levels.yaml");
    Files.writeString(cases, "format: jiuzhu-scenarios/1\ncases:\n"
        + "  - name: 火灾一\n    date: 2025-10-01\n    household: " + household + "\n"
        + "    expect: {\"cn.temporary-assistance\": {\"outcome\": \"ELIGIBLE\", \"level\": \"none\"}}\n"
        + "  - name: 火灾二\n    date: 2025-10-01\n    household: " + household + "\n"
        + "    expect: {\"cn.temporary-assistance\": {\"outcome\": \"ELIGIBLE\", \"level\": \"TOWNSHIP\"}, "
        + "\"cn.dibao\": {\"outcome\": \"INELIGIBLE\", \"level\": \"COUNTY\"}}\n", StandardCharsets.UTF_8);
    CliRun zh = run("zh", "test", cases.toString());
    assertThat(zh.exit()).as(zh.err()).isEqualTo(1);
    assertThat(zh.out()).contains("cn.temporary-assistance：审批层级为 县级民政部门，预期为 无\n")
        .contains("cn.temporary-assistance：审批层级为 县级民政部门，预期为 乡镇（街道）\n")
        .contains("cn.dibao：审批层级为 无，预期为 县级民政部门\n").contains("0 个通过，2 个未通过");
    assertThat(LanguageLeakTest.zhLeaks(zh.out().replace(cases.toString(), ""), List.of("cn.temporary-assistance", "cn.dibao")))
        .isEmpty();
    CliRun en = run("en", "test", cases.toString());
    assertThat(en.exit()).isEqualTo(1);
    // levels in words in English too, not their codes
    assertThat(en.out()).contains("cn.temporary-assistance: level county civil-affairs bureau, expected none\n")
        .contains("cn.temporary-assistance: level county civil-affairs bureau, expected township (乡镇街道)\n")
        .contains("cn.dibao: level none, expected county civil-affairs bureau\n").contains("0 passed, 2 failed")
        .doesNotContain("COUNTY").doesNotContain("TOWNSHIP");
  }

  @Test
  void checkPolicyOfAnUnclosedListAndOfAMissingFileInBothLanguages() throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "format: jiuzhu-policy/1\nkey: [\n", StandardCharsets.UTF_8);
    assertReport(new String[] {"check-policy", broken.toString()},
        broken + ":2: 未知字段“key”；应为以下之一：parameters、module、format、description、regions\n"
            + broken + ":3: 政策文件格式有误：第 3 行第 1 列：文件在一个以 [ 或 { 开始的列表或映射中结束，括号没有闭合\n"
            + "1 个文件中有 2 个问题",
        broken + ":2: unknown field 'key'; expected one of [parameters, module, format, description, regions]\n"
            + broken + ":3: malformed policy file: line 3, column 1: the file ends inside a list [ … ] or map { … } that was"
            + " opened and not closed\n"
            + "2 problems in 1 file",
        "key", "parameters", "module", "format", "description", "regions");
    Path missing = dir.resolve("missing.yaml");
    assertReport(new String[] {"check-policy", missing.toString()},
        missing + ": 文件不存在；应为已有的政策文件（YAML，格式 jiuzhu-policy/1）\n1 个文件中有 1 个问题",
        missing + ": the file does not exist; expected an existing policy file (YAML, jiuzhu-policy/1)\n1 problem in 1 file",
        "YAML", "jiuzhu-policy/1");
    // the same problems when another command is given the file with --policy
    CliRun screen = run("zh", "screen", "--date", "2025-10-01", "--policy", missing.toString(), EXAMPLES.resolve("dibao.json").toString());
    assertThat(screen.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(screen.err()).isEqualTo("错误：政策文件有误：1 个问题\n  " + missing + ": 文件不存在；应为已有的政策文件（YAML，格式 jiuzhu-policy/1）\n");
  }
}
