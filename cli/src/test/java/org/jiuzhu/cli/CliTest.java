package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CliTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void snapshotShowsEveryValueWithProvenance() {
    CliRun r = run("snapshot", "--lang", "en", "--region", "620825", "--date", "2025-10-01");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Policy snapshot: 620825 Zhuanglang County (庄浪县) on 1 October 2025")
        .contains("620825 Zhuanglang County → 620800 Pingliang City → 620000 Gansu Province → National\n")
        .doesNotContain("national National")
        .containsPattern("dibao\\.standard\\.rural +Rural minimum living standard \\(低保标准\\) +570\\.00 +CNY/person/month"
            + " +Zhuanglang County \\(庄浪县\\) +\\[1 July 2025, …\\) +illustrative")
        .containsPattern("dibao\\.addition\\.elderly +Categorised addition \\(分类施保\\) for an elderly member +50\\.00 .* Gansu Province \\(甘肃省\\) ")
        .containsPattern("dibao\\.sanction\\.refused-job-offers +Refusals of suitable work .* +3 +times +national defaults \\(全国\\) .* illustrative"
            + " +Interim Measures for Social Assistance \\(社会救助暂行办法\\), Art\\. 45\n")
        .contains("end of September 2025")
        // the unit of what a value counts: kilowatt-hours, months (a number of months held as a ratio)
        .containsPattern("utility\\.electricity\\.kwh +Free electricity per household and month +10 +kWh ")
        .containsPattern("temporary\\.max-months-of-standard +.* +10 +months +Gansu Province")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void chineseSnapshotShowsLabelsRegionNamesAndChinesePeriods() {
    CliRun r = run("snapshot", "--region", "620825", "--date", "2025-10-01");
    assertThat(r.exit()).as(r.err()).isZero();
    String out = r.out();
    assertThat(out)
        .containsPattern("参数 +标签 +值 +单位 +所属地区")
        .containsPattern("dibao\\.standard\\.rural +农村低保标准 +570\\.00 +元/人/月 +庄浪县 ")
        .containsPattern("dibao\\.addition\\.elderly +分类施保：老年人增发金额 +50\\.00 +元/人/月 +甘肃省 ")
        .containsPattern("dibao\\.withdrawal\\.months +渐退期（月） +6 +个月 ")
        .startsWith("政策快照：庄浪县（620825），日期2025年10月1日\n上级链：620825 庄浪县 → 620800 平凉市 → 620000 甘肃省 → 全国\n")
        .containsPattern("dibao\\.standard\\.rural +农村低保标准 +570\\.00 +元/人/月 +庄浪县 +2025年7月1日起 ")
        .containsPattern("utility\\.electricity\\.kwh +每户每月免费用电量 +10 +千瓦时 ")
        .containsPattern("dibao\\.sanction\\.refused-job-offers +连续拒绝就业次数（可减发） +3 +次 ")
        .containsPattern("temporary\\.max-months-of-standard +临时救助上限（低保标准月数） +10 +个月 ")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
        .containsPattern("calibration\\.national-average\\.dibao-standard\\.rural +全国农村低保平均标准（校准基准） +616\\.00 .* 全国（默认值）")
        .contains("2025年9月末")
        .doesNotContain("9月末 2025")
        .doesNotContainPattern(" 620000 +\\d{4}-");
    // the table stays aligned by display width: the value column starts at the same column on every row
    java.util.List<String> rows = out.lines().filter(l -> l.startsWith("dibao.")).collect(java.util.stream.Collectors.toList());
    assertThat(rows).hasSizeGreaterThan(10);
    java.util.Set<Integer> valueColumns = new java.util.HashSet<>();
    for (String row : rows) {
      String[] cells = row.split("  +");
      int at = row.indexOf("  " + cells[2]) + 2;
      valueColumns.add(org.jiuzhu.core.text.TextTable.width(row.substring(0, at)));
    }
    assertThat(valueColumns).hasSize(1);
  }

  @Test
  void snapshotAsJson() throws IOException {
    CliRun r = run("snapshot", "--region", "620825100", "--date", "2025-06-30", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("chain").toString()).isEqualTo("[\"620825100\",\"620825\",\"620800\",\"620000\",\"national\"]");
    JsonNode rural = null;
    for (JsonNode v : json.get("values")) {
      if (v.get("key").asText().equals("dibao.standard.rural")) {
        rural = v;
      }
    }
    assertThat(rural).isNotNull();
    assertThat(rural.get("value").asText()).isEqualTo("550.00");
    assertThat(rural.get("region").asText()).isEqualTo("620800");
    assertThat(rural.get("to").isNull()).isTrue();
    assertThat(rural.get("status").asText()).isEqualTo("illustrative");
    assertThat(json.get("fingerprint").asText()).hasSize(64);
  }

  /** An unknown region with --policy names the known regions near it by code and name, never module ids. */
  @Test
  void unknownRegionWithAPolicyFileNamesRegionsNotModules() throws IOException {
    Path township = file("town.yaml", "format: jiuzhu-policy/1\nmodule: trial.township\nregions:\n"
        + "  - {code: \"620825101\", name: 朝那镇, nameEn: Chaona Town}\nparameters:\n  - key: dibao.standard.rural\n"
        + "    region: \"620825101\"\n    unit: CNY/person/month\n    reference: x\n    status: illustrative\n"
        + "    values:\n      - {from: 2025-09-01, value: \"600\"}\n");
    CliRun en = run("snapshot", "--region", "620899", "--date", "2025-10-01", "--policy", township.toString(), "--lang", "en");
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err()).contains("unknown region 620899 on 1 October 2025")
        .contains("620800 Pingliang").contains("620825 Zhuanglang County").contains("620825101 Chaona Town")
        .doesNotContain("org.jiuzhu").doesNotContain("trial.township").doesNotContain("town.yaml").doesNotContain("module");
    CliRun zh = run("snapshot", "--region", "620899", "--date", "2025-10-01", "--policy", township.toString());
    assertThat(zh.err()).contains("620825 庄浪县").contains("620825101 朝那镇").doesNotContain("org.jiuzhu")
        .doesNotContain("trial.township").doesNotContain("模块");
    // the commands that check the region themselves (simulate, monitor, calibrate) say it alike
    CliRun sim = run("simulate", "--region", "620826", "--households", "10", "--policy", township.toString(), "--lang", "en");
    assertThat(sim.exit()).isEqualTo(1);
    assertThat(sim.err()).contains("unknown region 620826; the nearest known regions are 620800 Pingliang")
        .contains("620825101 Chaona Town").doesNotContain("120000, 150000");
  }

  @Test
  void unknownRegionIsAnErrorWithExitOne() {
    CliRun r = run("snapshot", "--region", "330106", "--date", "2025-10-01", "--lang", "en");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("unknown region 330106 on 1 October 2025");
    // a code that is no region code is a bad option value: a usage error (exit 2, the usage)
    CliRun bad = run("snapshot", "--region", "33010", "--date", "2025-10-01", "--lang", "en");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("error: --region: region code '33010' is not 6 digits").contains("Usage:");
    assertThat(run("snapshot", "--region", "330106", "--date", "2025-10-01").err()).startsWith("错误：未知地区 330106（2025年10月1日）：");
    assertThat(run("snapshot", "--region", "33010", "--date", "2025-10-01").err())
        .startsWith("错误：--region：行政区划代码“33010”不是 6 位（国家标准）或 9 位（乡镇）数字\n").contains("用法：");
  }

  @Test
  void englishScreenSaysMemberForOneAndMembersForSeveral() {
    CliRun r = run("screen", "--date", "2025-11-01", "--lang", "en", EXAMPLES.resolve("boy-back-to-school.json").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(" · members m1, m2, m3 · ").contains(" · member m2\n").doesNotContain("members m1 ·")
        .doesNotContainPattern("members m\\d\n");
  }

  @Test
  void chineseRegionsAndSnapshotWriteTheNationalCodeAsDigits() {
    CliRun r = run("regions", "--lang", "zh");
    assertThat(r.exit()).isZero();
    // the code column is what --region takes: 000000 for the national level, no English word
    assertThat(r.out()).containsPattern("(?m)^000000 +全国 +0 +\\d+ +3 +全国 · 全国$").doesNotContainPattern("(?m)^national");
    CliRun s = run("snapshot", "--region", "000000", "--date", "2026-01-01", "--lang", "zh");
    assertThat(s.exit()).as(s.err()).isZero();
    assertThat(s.out()).startsWith("政策快照：全国（000000），日期2026年1月1日\n").doesNotContain("（national）");
  }

  @Test
  void regionsListsChainsAndStatus() {
    CliRun r = run("regions", "--lang", "en");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .containsPattern("620825 +county +0 +4 +2 +Zhuanglang County \\(庄浪县\\) · 620825 Zhuanglang County → 620800 Pingliang City → 620000 Gansu Province → National\n")
        .containsPattern("national +national +0 +\\d+ +3 +National \\(全国\\) · National\n")
        .doesNotContain("national National")
        .containsPattern("320200 +prefecture +8 +0 +0 +Wuxi City \\(无锡市\\)")
        .contains("source: [无锡市人民政府《市政府关于调整全市居民最低生活保障等标准的通知》锡政发〔2025〕8号], 13 August 2025, official site,"
            + " http://www.wuxi.gov.cn/doc/2025/10/21/4669083.shtml (4 values)")
        .containsPattern("350503 +county +0 +4 +4 +Fengze District \\(丰泽区\\)")
        .containsPattern("\\d+ of \\d+ values verified, from 3 official sources\\.");
    CliRun zh = run("regions");
    assertThat(zh.out()).contains("620825 庄浪县 → 620800 平凉市 → 620000 甘肃省 → 全国\n")
        .contains("锡政发〔2025〕8号，2025年8月13日，").doesNotContain("2025-08-13");
  }

  @Test
  void regionsAsJsonCountsVerifiedValuesAndTheirSources() throws IOException {
    CliRun r = run("regions", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode wuxi = null;
    for (JsonNode n : new ObjectMapper().readTree(r.out())) {
      if (n.get("code").asText().equals("320200")) {
        wuxi = n;
      }
    }
    assertThat(wuxi).isNotNull();
    assertThat(wuxi.get("verified").asInt()).isEqualTo(8);
    assertThat(wuxi.get("illustrative").asInt()).isZero();
    assertThat(wuxi.get("sources")).hasSize(2);
    assertThat(wuxi.get("sources").get(1).get("number").asText()).isEqualTo("锡政发〔2025〕8号");
    assertThat(wuxi.get("sources").get(1).get("values").asInt()).isEqualTo(4);
  }

  @Test
  void snapshotOfTheNationalDefaults() throws IOException {
    CliRun r = run("snapshot", "--lang", "en", "--region", "national", "--date", "2026-01-01");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Policy snapshot: National (全国) on 1 January 2026")
        // 社会救助暂行办法 was read on a compilation on GitHub, not an official page: a lead, not a source
        .containsPattern("\\d+ values: 0 verified, \\d+ illustrative \\(.*\\), 3 of them with a lead")
        .doesNotContain("source: [");
    CliRun json = run("snapshot", "--region", "national", "--date", "2026-01-01", "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode prov = new ObjectMapper().readTree(json.out()).get("provenance");
    assertThat(prov.get("verified").asInt()).isZero();
    assertThat(prov.get("illustrativeWithLead").asInt()).isEqualTo(3);
    assertThat(prov.get("sources")).isEmpty();
  }

  @Test
  void aUserPolicyFileAddsATownshipAndOverridesAValue() throws IOException {
    Path own = file("own.yaml", "format: jiuzhu-policy/1\n"
        + "regions:\n  - {code: \"620825100\", name: 水洛镇, nameEn: Shuiluo Town}\n"
        + "parameters:\n  - key: dibao.standard.rural\n    region: \"620825100\"\n    unit: CNY/person/month\n"
        + "    reference: test\n    status: illustrative\n    note: test\n    values:\n      - {from: 2025-09-01, value: 590}\n");
    CliRun r = run("snapshot", "--region", "620825100", "--date", "2025-10-01", "--policy", own.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"name\" : \"水洛镇\"").contains("\"value\" : \"590.00\"");
    assertThat(run("regions", "--lang", "en", "--policy", own.toString()).out()).containsPattern("620825100 +township");
  }

  @Test
  void checkPolicyAcceptsAGoodFile() throws IOException {
    Path ok = file("ok.yaml", "format: jiuzhu-policy/1\nparameters:\n  - key: dibao.standard.rural\n    region: \"620800\"\n"
        + "    unit: CNY/person/month\n    reference: x\n    status: illustrative\n    values:\n      - {from: 2025-01-01, value: 600}\n");
    CliRun r = run("check-policy", ok.toString(), "--lang", "en");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("OK: 1 file, 0 regions, 1 value\n");
    assertThat(run("check-policy", ok.toString()).out()).isEqualTo("通过：1 个文件，0 个地区，1 个取值\n");
  }

  @Test
  void checkPolicyPrintsEveryProblemWithFileAndLine() throws IOException {
    Path bad = file("bad.yaml", "format: jiuzhu-policy/1\nparameters:\n  - key: dibao.standard.rural\n    region: \"620800\"\n"
        + "    unit: CNY/person/year\n    reference: x\n    status: illustrative\n    values:\n      - {from: 2025-01-01, value: -1}\n");
    Path broken = file("broken.yaml", "format: jiuzhu-policy/1\nparameters: [\n");
    CliRun r = run("check-policy", bad.toString(), broken.toString(), "--lang", "en");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEmpty(); // the report is the command's result: on standard output, as the count of a sound file
    assertThat(r.out())
        .contains(bad + ":3: dibao.standard.rural: wrong unit 'CNY/person/year'; dibao.standard.rural is in CNY/person/month")
        .contains(bad + ":9: dibao.standard.rural: negative amount -1.00")
        .contains(broken + ":")
        .contains("malformed policy file")
        .contains("3 problems in 2 files");
  }

  @Test
  void checkPolicyFindsValuesForUndeclaredRegions() throws IOException {
    Path f = file("undeclared.yaml", "format: jiuzhu-policy/1\nparameters:\n  - key: dibao.standard.rural\n    region: \"440300\"\n"
        + "    unit: CNY/person/month\n    reference: x\n    status: illustrative\n    values:\n      - {from: 2025-01-01, value: 600}\n");
    CliRun r = run("check-policy", f.toString(), "--lang", "en");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(f + ":3: dibao.standard.rural: region 440300 is not declared: neither the policy nor these"
        + " policy files declare it; declare it under 'regions' (code, name, nameEn), or use a known region (jiuzhu regions lists"
        + " them)\n1 problem in 1 file\n");
    CliRun zh = run("check-policy", f.toString());
    assertThat(zh.exit()).isEqualTo(1);
    // said where the entry is, in the file:line: key: problem form, not as a conflict of modules
    assertThat(zh.out()).isEqualTo(f + ":3: dibao.standard.rural: 地区 440300 未声明：现有政策和所给的政策文件都没有声明该地区；"
        + "请在“regions”下声明它（“code”、“name”、“nameEn”），或改用已声明的地区\n1 个文件中有 1 个问题\n");
  }

  @Test
  void checkPolicyAndPolicyOptionSayEveryProblemAtOnceTheFilesOwnAndTogether() throws IOException {
    // an undeclared region in an entry with a problem of its own, an overlap, and (in a second file) partial care above full care
    Path a = file("a.yaml", "format: jiuzhu-policy/1\nparameters:\n  - key: marginal.income-multiple\n    region: \"620826\"\n"
        + "    unit: ratio\n    reference: x\n    status: maybe\n    values:\n      - {from: 2025-07-01, value: 2}\n"
        + "  - key: dibao.standard.rural\n    region: \"620825\"\n    unit: CNY/person/month\n    reference: x\n"
        + "    status: illustrative\n    values:\n      - {from: 2025-07-01, value: 600}\n      - {from: 2025-07-01, value: 610}\n");
    Path care = file("care2.yaml", "format: jiuzhu-policy/1\nparameters:\n  - key: tekun.care.partial-min-failed-items\n"
        + "    region: \"620800\"\n    unit: count\n    reference: x\n    status: illustrative\n    values:\n"
        + "      - {from: 2025-01-01, value: 5}\n");
    CliRun en = run("check-policy", a.toString(), care.toString(), "--lang", "en");
    assertThat(en.exit()).isEqualTo(1);
    // in file order (the files as given, then line), whichever check found the problem
    assertThat(en.out().lines()).containsExactly(
        a + ":3: marginal.income-multiple: region 620826 is not declared: neither the policy nor these policy files declare it;"
            + " declare it under 'regions' (code, name, nameEn), or use a known region (jiuzhu regions lists them)",
        a + ":7: marginal.income-multiple: status 'maybe'; expected verified or illustrative",
        a + ":17: dibao.standard.rural: dibao.standard.rural for region 620825: the value of 1 July 2025 onwards (at " + a + ":16)"
            + " overlaps that of 1 July 2025 onwards (at " + a + ":17) (each period includes its last day)",
        care + ":9: tekun.care.partial-min-failed-items: region 620800 Pingliang City from 1 January 2025:"
            + " tekun.care.full-min-failed-items is 4 (national, national.yaml:264), below tekun.care.partial-min-failed-items,"
            + " which is 5 (620800 Pingliang City, " + care + ":9); expected at least that where they apply together",
        "4 problems in 2 files");
    CliRun zh = run("check-policy", a.toString(), care.toString());
    assertThat(zh.out()).contains(a + ":3: marginal.income-multiple: 地区 620826 未声明").contains("2 个文件中有 4 个问题")
        .doesNotContain("org.jiuzhu.cn").doesNotContain("冲突").doesNotContain("user policy files");
    // --policy on screen and simulate: the same problems, each at its file and line
    Path h = file("h.json", "{\"region\": \"620825\", \"members\": [{\"id\": \"m1\", \"relationship\": \"APPLICANT\","
        + " \"birthDate\": \"1970-01-01\", \"hukouType\": \"rural\"}]}");
    for (String[] args : List.of(new String[] {"screen", h.toString(), "--date", "2025-10-01"},
        new String[] {"simulate", "--households", "10"})) {
      List<String> all = new java.util.ArrayList<>(List.of(args));
      all.addAll(List.of("--policy", a.toString(), "--policy", care.toString()));
      CliRun s = run(all.toArray(String[]::new));
      assertThat(s.exit()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(s.err()).contains("政策文件有误：4 个问题").contains(a + ":3: marginal.income-multiple: 地区 620826 未声明")
          .contains(care + ":9: tekun.care.partial-min-failed-items: 地区 620800 平凉市 自2025年1月1日起")
          .doesNotContain("org.jiuzhu.cn").doesNotContain("冲突").doesNotContain("user policy files");
      all.addAll(List.of("--lang", "en"));
      assertThat(run(all.toArray(String[]::new)).err()).contains("invalid policy file: 4 problems")
          .contains(a + ":17: dibao.standard.rural: dibao.standard.rural for region 620825");
    }
  }

  @Test
  void checkPolicyFindsFullCareBelowPartialCareOnceTheFileIsLayeredOnTheNationalDefaults() throws IOException {
    // alone the file is sound; over national.yaml (full care from 4 failed items) partial care from 5 is not
    Path f = file("care.yaml", "format: jiuzhu-policy/1\nparameters:\n  - key: tekun.care.partial-min-failed-items\n"
        + "    region: \"620800\"\n    unit: count\n    reference: x\n    status: illustrative\n    values:\n"
        + "      - {from: 2025-01-01, value: 5}\n");
    CliRun en = run("check-policy", f.toString(), "--lang", "en");
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.out()).isEqualTo(f + ":9: tekun.care.partial-min-failed-items: region 620800 Pingliang"
        + " City from 1 January 2025: tekun.care.full-min-failed-items is 4 (national, national.yaml:264), below"
        + " tekun.care.partial-min-failed-items, which is 5 (620800 Pingliang City, " + f + ":9); expected at least that where they"
        + " apply together\n1 problem in 1 file\n");
    CliRun zh = run("check-policy", f.toString());
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.out()).isEqualTo(f + ":9: tekun.care.partial-min-failed-items: 地区 620800 平凉市 自2025年1月1日起："
        + "tekun.care.full-min-failed-items 的取值 4（全国，national.yaml:264）小于 tekun.care.partial-min-failed-items 的取值 5"
        + "（620800 平凉市，" + f + ":9）；合并后前者应不小于后者\n1 个文件中有 1 个问题\n");
    // any command given it as --policy refuses it the same way
    CliRun screen = run("snapshot", "--region", "620825", "--date", "2025-10-01", "--policy", f.toString(), "--lang", "en");
    assertThat(screen.exit()).isEqualTo(1);
    assertThat(screen.err()).contains("tekun.care.full-min-failed-items is 4 (national, national.yaml:264), below");
  }

  @Test
  void checkPolicyWithoutFilesIsAUsageError() {
    assertThat(run("check-policy").exit()).isEqualTo(2);
  }

  private static final Path EXAMPLES = Path.of(System.getProperty("jiuzhu.examples", "../examples/households"));

  @Test
  void anEmergencyNotYetAssessedAwaitsADecisionWithItsDeadlineAndFastPaymentNotAmongTheRefused() throws IOException {
    Path flood = file("flood.json", """
        {"id":"flood","region":"620825","applicant":"m1",
         "members":[{"id":"m1","relationship":"APPLICANT","birthDate":"1970-01-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"FARMING"}],
         "incomes":[{"member":"m1","category":"BUSINESS_NET","months":{"from":"2024-10","to":"2025-09"},"gross":"2500"}],
         "events":[{"date":"2025-09-20","type":"NATURAL_DISASTER","member":"m1","description":"洪水冲毁房屋"}]}
        """);
    CliRun zh = run("screen", "--date", "2025-10-01", flood.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    String out = zh.out();
    int review = out.indexOf("待决定的项目（尚未认定，并非不予享受；由谁决定、何时之前）：");
    int refused = out.indexOf("未能享受的项目及原因：");
    assertThat(review).isPositive().isLessThan(refused);
    String reviewPart = out.substring(review, refused);
    assertThat(reviewPart).contains("- 临时救助（待决定）：由乡镇（街道）于2025年10月21日前作出决定（10 个工作日）。")
        .contains("突发事件造成的损失尚未核定")
        .contains("小额快救（先行救助）：").contains("570.00 元");
    assertThat(out.substring(refused)).doesNotContain("临时救助 [");
    // the heading is written once: not in the rulebook details' review dates ("复核 …")
    assertThat(out.split("待决定的项目", -1)).hasSize(2);
    CliRun en = run("screen", "--lang", "en", "--date", "2025-10-01", flood.toString());
    assertThat(en.exit()).as(en.err()).isZero();
    assertThat(en.out()).contains("Programmes awaiting a decision (not refused; the level that decides, by when):")
        .contains("21 October 2025");

    // the JSON gives the same: the deciding level, the last day and the fast payment, as data
    CliRun json = run("screen", "--date", "2025-10-01", "--format", "json", flood.toString());
    assertThat(json.exit()).as(json.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode pending = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("pending");
    assertThat(pending).hasSize(1);
    com.fasterxml.jackson.databind.JsonNode p = pending.get(0);
    assertThat(p.get("programme").asText()).isEqualTo("cn.temporary-assistance");
    assertThat(p.get("level").asText()).isEqualTo("TOWNSHIP");
    assertThat(p.get("decideBy").asText()).isEqualTo("2025-10-21");
    assertThat(p.get("target").get("zh").asText()).contains("2025年10月21日");
    assertThat(p.get("fastPayment").get("amount").asText()).isEqualTo("570.00");
    assertThat(p.get("fastPayment").get("level").asText()).isEqualTo("TOWNSHIP");
    // the review reason is a machine code; the text for a reader is beside it, in both languages
    com.fasterxml.jackson.databind.JsonNode temporary = null;
    for (com.fasterxml.jackson.databind.JsonNode d : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("determinations")) {
      if (d.get("programme").asText().equals("cn.temporary-assistance")) {
        temporary = d;
      } else {
        assertThat(d.get("reviewReasonText").isNull()).as(d.get("programme").asText()).isTrue();
      }
    }
    assertThat(temporary.get("reviewReason").asText()).isEqualTo("temporary.loss-unassessed");
    assertThat(temporary.get("reviewReasonText").get("zh").asText()).isEqualTo("突发事件造成的损失尚未核定，由乡镇（街道）核实后决定。");
    assertThat(temporary.get("reviewReasonText").get("en").asText())
        .isEqualTo("the loss a sudden event caused is not assessed yet; the township verifies it and decides.");

    // and the notice handed to the applicant: awaiting a decision, not among the refused
    for (String lang : new String[] {"zh", "en"}) {
      Path notice = dir.resolve("flood-" + lang + ".html");
      assertThat(run("screen", "--lang", lang, "--date", "2025-10-01", "--report", notice.toString(), flood.toString()).exit())
          .isZero();
      String html = Files.readString(notice);
      String heading = lang.equals("zh") ? "待决定的项目（尚未认定，并非不予享受）" : "Programmes awaiting a decision (not refused)";
      String refusedHeading = lang.equals("zh") ? "未能享受的项目及原因" : "Programmes not granted, and why";
      assertThat(html).contains(heading).contains(lang.equals("zh") ? "2025年10月21日" : "21 October 2025").contains("570.00")
          // not "qualifies for none" while a programme awaits a decision
          .doesNotContain(lang.equals("zh") ? "暂不符合所筛查的任何项目" : "qualifies for none")
          .contains(lang.equals("zh") ? "正在等待决定" : "await a decision");
      String after = html.substring(html.indexOf(refusedHeading));
      assertThat(after.substring(0, after.indexOf("</section>")))
          .doesNotContain(lang.equals("zh") ? "<td>临时救助</td>" : "<td>Temporary assistance</td>");
    }
  }

  @Test
  void aBadOptionValueIsSaidInOurWordsInEnglishToo() {
    CliRun en = run("screen", "--lang", "en", "--date", "2025-10-1", EXAMPLES.resolve("dibao.json").toString());
    assertThat(en.exit()).isEqualTo(2);
    assertThat(en.err()).contains("invalid value '2025-10-1' for --date; expected a date written YYYY-MM-DD (such as 2025-10-01)")
        .doesNotContain("java.").doesNotContain("Exception");
  }

  @Test
  void anOutputInAMissingFolderSaysTheFolderIsMissingInTheLanguage() {
    String household = EXAMPLES.resolve("dibao-marginal-car-story.json").toString();
    Path report = dir.resolve("nodir").resolve("notice.html");
    CliRun zh = run("screen", "--date", "2025-10-01", "--report", report.toString(), household);
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.err()).isEqualTo("错误：--report：无法写入 " + report + "：文件夹 " + dir.resolve("nodir")
        + " 不存在；请先建立该文件夹，或改用已有文件夹中的路径\n").doesNotContain("无法读取");
    CliRun en = run("screen", "--lang", "en", "--date", "2025-10-01", "--report", report.toString(), household);
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err()).isEqualTo("error: --report: cannot write " + report + ": the folder " + dir.resolve("nodir")
        + " does not exist; create it or give a path in an existing folder\n");
    assertThat(Files.exists(dir.resolve("nodir"))).isFalse();
    CliRun missing = run("screen", "--lang", "en", "--date", "2025-10-01", dir.resolve("absent.json").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("the household file (HOUSEHOLD): " + dir.resolve("absent.json") + " does not exist; expected an existing file");
  }

  @Test
  void screenPrintsEveryProgrammeWithExplanations() {
    CliRun r = run("screen", "--date", "2025-10-01", EXAMPLES.resolve("dibao-marginal-car-story.json").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("单人户最低生活保障 · 符合 · 每月 670.00 元 · 成员份额：m1 670.00")
        .contains("临时救助 · 符合 · 一次性 4,200.00 元 · 审批：县级民政部门")
        .contains("不符合最低生活保障条件")
        .contains("［不符合］第 1 辆机动车辆（价值");
    CliRun en = run("screen", "--date", "2025-10-01", "--lang", "en", EXAMPLES.resolve("dibao.json").toString());
    assertThat(en.out()).contains("Eligible for the minimum living allowance (低保): 480.00 yuan a month.");
  }

  @Test
  void screenAsJsonHasAmountsAsDecimalStrings() throws IOException {
    CliRun r = run("screen", "--date", "2025-10-01", "--format", "json", EXAMPLES.resolve("tekun.json").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode tekun = json.get("determinations").get(0);
    assertThat(tekun.get("programme").asText()).isEqualTo("cn.tekun");
    assertThat(tekun.get("outcome").asText()).isEqualTo("ELIGIBLE");
    assertThat(tekun.get("monthlyAmount").asText()).isEqualTo("1114.50");
    assertThat(tekun.get("memberShares").get("m1").asText()).isEqualTo("1114.50");
    assertThat(tekun.get("findings").size()).isGreaterThan(3);
    assertThat(tekun.get("explanation").get("zh").asText()).startsWith("符合特困人员救助供养条件");
    assertThat(json.get("parameterFingerprint").asText()).hasSize(64);
  }

  @Test
  void anInvalidHouseholdListsEveryProblemAndExitsOne() throws IOException {
    Path bad = file("bad.json", "{\"id\": \"x\", \"region\": \"620825\", \"applicant\": \"m1\", \"colour\": 1,"
        + " \"members\": [{\"id\": \"m1\", \"relationship\": \"BOSS\", \"birthDate\": \"1980-02-30\","
        + " \"citizenId\": \"620825196503120018\", \"hukouType\": \"RURAL\", \"hukouRegion\": \"620825\","
        + " \"workStatus\": \"FARMING\"}], \"incomes\": [{\"member\": \"m1\", \"category\": \"WAGES\","
        + " \"month\": \"2025-09\", \"gross\": \"-5\"}]}");
    CliRun r = run("screen", "--date", "2025-10-01", "--lang", "en", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("colour (line 1, column 62): unknown field 'colour'")
        .contains("members[0].relationship (line 1, column 106): 'BOSS' is not a valid relationship")
        .contains("members[0].birthDate (line 1, column 127): '1980-02-30' is not a date")
        .contains("members[0].citizenId (line 1, column 154): citizen ID 620825********0018 fails the GB 11643 check")
        .contains("incomes[0].gross (line 1, column 329): 'gross' is '-5'; expected an amount >= 0")
        .doesNotContain("620825196503120018");
    Path broken = file("broken.json", "{\"id\": ");
    assertThat(run("screen", "--date", "2025-10-01", "--lang", "en", broken.toString()).err()).contains("malformed");
    assertThat(run("screen", "--date", "2025-10-01", "--region", "230300",
        EXAMPLES.resolve("tekun.json").toString()).exit()).isZero();
    assertThat(run("screen", "--date", "2025-10-01", "--region", "620825", "--lang", "en",
        EXAMPLES.resolve("tekun.json").toString()).err()).contains("differs from the household's region 230300");
    assertThat(run("screen", "--date", "2025-10-01", "--region", "620825",
        EXAMPLES.resolve("tekun.json").toString()).err()).startsWith("错误：--region 620825 与 ").contains("中家庭所在的地区 230300 不一致");
  }

  @Test
  void screenWithAPolicyFileBeforeTheHouseholdAndAMissingParameter() throws IOException {
    Path county = file("county.yaml", "format: jiuzhu-policy/1\nregions:\n  - {code: \"440305\", name: 南山区, nameEn: Nanshan}\n");
    String household = new String(java.nio.file.Files.readAllBytes(EXAMPLES.resolve("dibao.json")), StandardCharsets.UTF_8)
        .replace("230300", "440305");
    Path h = file("nanshan.json", household);
    CliRun r = run("screen", "--date", "2025-10-01", "--policy", county.toString(), "--policy", county.toString(), h.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("错误：440305 南山区在2025年10月1日没有生效的").contains("（dibao.income.reference-months）取值")
        .contains("已依次查找 440305 → 440300 → 440000 → 全国");
    CliRun en = run("screen", "--lang", "en", "--date", "2025-10-01", "--policy", county.toString(), h.toString());
    assertThat(en.err()).contains("(dibao.income.reference-months) is in force for region 440305 Nanshan on 1 October 2025")
        .contains("searched 440305 → 440300 → 440000 → national").doesNotContain("南山区 on");
  }

  @Test
  void screenShowsTheWholeCatalogueByDepartment() throws IOException {
    CliRun r = run("screen", "--date", "2025-10-01", "--lang", "en", EXAMPLES.resolve("dialysis-story.json").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("One application, every programme: what the household gets, by department")
        .contains("  Healthcare Security Bureau (医疗保障局)")
        .contains("Medical assistance with out-of-pocket costs [cash] · 21,000.00 yuan once · member m1")
        .contains("Total: 982.00 yuan a month, 4,400.00 yuan a year, 21,000.00 yuan once")
        .contains("Documents to bring (once):")
        .contains("Old-age allowance [not eligible]: No member meets the conditions (aged 80 or over).");
    CliRun json = run("screen", "--date", "2025-10-01", "--format", "json", EXAMPLES.resolve("dialysis-story.json").toString());
    JsonNode catalogue = new ObjectMapper().readTree(json.out()).get("catalogue");
    assertThat(catalogue.size()).isGreaterThanOrEqualTo(36);
    JsonNode heating = null;
    for (JsonNode p : catalogue) {
      if (p.get("programme").asText().equals("cn.heating.subsidy")) {
        heating = p;
      }
    }
    assertThat(heating.get("yearly").asText()).isEqualTo("1000.00");
    assertThat(heating.get("department").asText()).isEqualTo("heating");
    // the consolidated checklist, the same as the text's
    JsonNode checklist = new ObjectMapper().readTree(json.out()).get("checklist");
    assertThat(checklist.size()).isGreaterThan(3);
    assertThat(checklist.get(0).get("id").asText()).isNotEmpty();
    assertThat(checklist.get(0).get("zh").asText()).isNotEmpty();
    for (JsonNode d : checklist) {
      // the text's lines start with a capital in English; the JSON's texts as they are
      assertThat(r.out()).contains("    - " + ScreenCommand.capitalised(org.jiuzhu.core.text.Lang.EN, d.get("en").asText()));
    }
  }

  @Test
  void aHouseholdDatedAfterTheEvaluationDateIsRefusedNamingEachPath() throws IOException {
    Path h = file("future.yaml", "id: f\nregion: \"230300\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-05-01, hukouType: RURAL, hukouRegion: \"230300\", workStatus: FARMING}\n"
        + "  - {id: m2, relationship: CHILD, birthDate: 2025-12-01, hukouType: RURAL, hukouRegion: \"230300\", workStatus: NOT_WORKING}\n"
        + "incomes: [{member: m1, category: WAGES, month: 2025-11, gross: \"100\"}]\n"
        + "events: [{date: 2025-10-02, type: FIRE}]\n");
    for (String command : new String[] {"screen", "plan"}) {
      CliRun r = run(command, "--date", "2025-10-01", "--lang", "en", h.toString());
      assertThat(r.exit()).as(r.out()).isEqualTo(1);
      assertThat(r.err()).contains("members[1].birthDate").contains("incomes[0].month").contains("events[0].date")
          .contains("after the evaluation date 1 October 2025");
    }
    assertThat(run("screen", "--date", "2025-12-01", h.toString()).exit()).isZero();
  }

  @Test
  void problemsOfAnEntryOverSeveralMonthsNameTheFilesEntryNotTheExpandedMonth() throws IOException {
    // the second entry covers 12 months: its items are incomes[1] to incomes[12] of the household,
    // but the caseworker's file has two entries
    Path h = file("months.yaml", "id: f\nregion: \"230300\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-05-01, hukouType: RURAL, hukouRegion: \"230300\", workStatus: FARMING}\n"
        + "incomes:\n  - {member: m1, category: WAGES, month: 2025-01, gross: \"100\"}\n"
        + "  - {member: m9, category: WAGES, months: {from: 2024-12, to: 2025-11}, gross: \"100\"}\n"
        + "expenditures:\n  - {member: m1, category: MEDICAL_OUT_OF_POCKET, months: {from: 2025-08, to: 2025-11}, amount: \"50\"}\n");
    CliRun r = run("screen", "--date", "2025-10-01", "--lang", "en", h.toString());
    assertThat(r.exit()).as(r.out()).isEqualTo(1);
    // the unknown member once, for the entry; not incomes[5] or incomes[12]
    assertThat(r.err()).contains("incomes[1].member (line 8, column 14):").doesNotContain("incomes[5]").doesNotContain("incomes[12]");
    Path dated = file("dated.yaml", "id: f\nregion: \"230300\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-05-01, hukouType: RURAL, hukouRegion: \"230300\", workStatus: FARMING}\n"
        + "incomes:\n  - {member: m1, category: WAGES, month: 2025-01, gross: \"100\"}\n"
        + "  - {member: m1, category: WAGES, months: {from: 2024-12, to: 2025-11}, gross: \"100\"}\n"
        + "expenditures:\n  - {member: m1, category: MEDICAL_OUT_OF_POCKET, months: {from: 2025-08, to: 2025-11}, amount: \"50\"}\n");
    CliRun d = run("screen", "--date", "2025-10-01", "--lang", "en", dated.toString());
    assertThat(d.exit()).as(d.out()).isEqualTo(1);
    // months after the evaluation date: the entry and the month
    assertThat(d.err()).contains("incomes[1]@2025-11.month").contains("expenditures[0]@2025-11.month")
        .doesNotContain("incomes[12]").doesNotContain("expenditures[3]");
    CliRun zh = run("plan", "--date", "2025-10-01", dated.toString());
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.err()).contains("incomes[1]@2025-11.month");
    // a bad field of an entry over several months is one problem, not one a month
    Path badCategory = file("category.yaml", Files.readString(dated).replace("MEDICAL_OUT_OF_POCKET", "MEDICAL"));
    CliRun c = run("screen", "--date", "2025-12-01", "--lang", "en", badCategory.toString());
    assertThat(c.exit()).isEqualTo(1);
    assertThat(c.err()).contains("1 problem").containsOnlyOnce("expenditures[0].category");
  }

  @Test
  void planPrintsTheAidPlanInBothLanguagesAndJson() throws IOException {
    CliRun en = run("plan", "--date", "2025-10-01", "--lang", "en", EXAMPLES.resolve("craftsman.json").toString());
    assertThat(en.exit()).as(en.err()).isZero();
    assertThat(en.out()).contains("Aid plan (一户一策) for household craftsman · 1 October 2025").contains("Needs: disability, livelihood")
        .containsPattern("\\[development\\] Route to market .* · Commerce Bureau \\(market access\\) · 4 sales a month · member m1 · from 1 October 2025,"
            + " first due 31 October 2025, plan review 1 January 2026")
        // counts in the singular and plural, never "payment(s)"
        .contains("Minimum living allowance · Civil Affairs Bureau · 760.00 yuan · 1 payment a month").doesNotContain("(s)");
    CliRun zh = run("plan", "--date", "2025-10-01", EXAMPLES.resolve("craftsman.json").toString());
    assertThat(zh.out()).contains("一户一策 援助计划").contains("产销对接");
    CliRun json = run("plan", "--date", "2025-10-01", "--format", "json", EXAMPLES.resolve("dibao-job-placement.json").toString());
    JsonNode plan = new ObjectMapper().readTree(json.out());
    assertThat(plan.get("needs").toString()).contains("UNEMPLOYMENT");
    assertThat(plan.get("items").get(0).get("amount").asText()).isEqualTo("1160.00");
    assertThat(plan.get("record").get(0).asText()).startsWith("dibao-job-placement\t1\t2025-10-01\tPLAN");
  }

  @Test
  void planStatusFromARecordOfDeliveriesAndEvaluations() throws IOException {
    Path record = file("record.yaml", "- {delivered: i12, date: 2025-10-20, quantity: 4, by: coop-7}\n"
        + "- {evaluated: i12, date: 2025-10-31, targetMet: true, note: four baskets sold, by: coop-7}\n");
    CliRun r = run("plan", "--date", "2025-10-01", "--lang", "en", "--record", record.toString(), "--status-date", "2025-10-31",
        "--format", "json", EXAMPLES.resolve("craftsman.json").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode status = new ObjectMapper().readTree(r.out()).get("status");
    assertThat(status.get("targetsMet").asInt()).isEqualTo(1);
    // October's units fall due on 31 October: nothing is overdue yet on that day
    assertThat(status.get("overdue").toString()).isEqualTo("[]");
    JsonNode i12 = null;
    for (JsonNode i : status.get("items")) {
      if (i.get("id").asText().equals("i12")) {
        i12 = i;
      }
    }
    assertThat(i12.get("deliveries").get(0).get("date").asText()).isEqualTo("2025-10-20");
    assertThat(i12.get("evaluations").get(0).get("note").asText()).isEqualTo("four baskets sold");
    java.util.Map<String, String> byUnit = new java.util.LinkedHashMap<>();
    for (JsonNode u : status.get("byUnit")) {
      byUnit.put(u.get("unit").asText(), u.get("delivered").asLong() + "/" + u.get("due").asLong() + " " + u.get("share").asText());
    }
    assertThat(byUnit).containsEntry("sales", "4/4 1.0000").containsEntry("sessions", "0/4 0.0000").containsEntry("payment", "0/0 1.0000");
    CliRun later = run("plan", "--date", "2025-10-01", "--lang", "zh", "--record", record.toString(), "--status-date", "2025-11-01",
        EXAMPLES.resolve("craftsman.json").toString());
    // 低保 (i1) is paid from the month after the decision: nothing of it is due on 1 November
    // items by their name and id, counts with their units; a delivery of goods or a service has no amount
    // the share per unit (sessions and sales are not added together); sales of goods are counted in 件, sessions in 节, payments in 笔
    assertThat(later.out()).contains("执行情况（2025年11月1日）：已交付 0 节（应交付 4 节，0%）、4 件（应交付 4 件，100%）；逾期 ")
        .contains("逾期 残疾人基本康复服务（i7）").contains("最低生活保障（i1）：已交付 0 笔，尚未到期（首次到期2025年11月30日）")
        .contains("（i12）：已交付 4 件，应交付 4 件").contains("2025年10月20日交付 4 件，经办 coop-7").doesNotContain("4 笔")
        .doesNotContain("金额 0.00 元").contains("评估：目标达成。four baskets sold（coop-7）");
    CliRun laterEn = run("plan", "--date", "2025-10-01", "--lang", "en", "--record", record.toString(), "--status-date", "2025-11-01",
        EXAMPLES.resolve("craftsman.json").toString());
    assertThat(laterEn.out()).contains("overdue Basic rehabilitation services (i7)")
        .contains("Status on 1 November 2025: delivered 0 sessions of 4 sessions due (0%), 4 sales of 4 sales due (100%); overdue ")
        .contains("Minimum living allowance (i1): delivered 0 payments, none due yet (first due 30 November 2025)")
        .contains("(i12): delivered 4 sales of 4 sales due").contains("20 October 2025 delivered 4 sales, by coop-7")
        .doesNotContain("0.00 yuan, by");
    Path bad = file("bad.yaml", "- {delivered: i99, date: 2025-10-20, by: x}\n- {evaluated: i1, date: 2025-13-01, by: y}\n"
        + "- {delivered: i1, date: 2025-10-20}\n- {colour: red}\n");
    CliRun b = run("plan", "--date", "2025-10-01", "--lang", "en", "--record", bad.toString(), EXAMPLES.resolve("craftsman.json").toString());
    assertThat(b.exit()).isEqualTo(1);
    assertThat(b.err()).contains("entry 1 (line 1, column 15): the plan has no item 'i99'").contains("entry 2 (line 2, column 25): 'date' is '2025-13-01'")
        .contains("entry 3 (line 3, column 3): missing field 'by'; expected who delivered, evaluated or withdrew").contains("entry 4 (line 4, column 3): expected 'delivered: ITEM'")
        .doesNotContain("after the status date");
    CliRun bz = run("plan", "--date", "2025-10-01", "--record", bad.toString(), EXAMPLES.resolve("craftsman.json").toString());
    assertThat(bz.exit()).isEqualTo(1);
    assertThat(bz.err()).contains("第 1 条（第 1 行第 15 列）：计划中没有事项“i99”").contains("第 2 条（第 2 行第 25 列）：字段“date”为“2025-13-01”，不是日期（月份应为 01 至 12）")
        .contains("第 4 条（第 4 行第 3 列）：应为“delivered: 事项编号”").doesNotContain("entry");
    // two payments of 低保 in one month: more than the item provides, refused naming the entry, in both languages
    Path over = file("over.yaml", "- {delivered: i1, date: 2025-11-10, amount: \"760.00\", by: civil-1}\n"
        + "- {delivered: i1, date: 2025-11-20, amount: \"760.00\", by: civil-1}\n");
    CliRun zh = run("plan", "--date", "2025-10-01", "--lang", "zh", "--record", over.toString(), "--status-date", "2025-11-30",
        EXAMPLES.resolve("craftsman.json").toString());
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.err()).contains("第 2 条（第 2 行第 3 列）：事项 i1（最低生活保障）每月发放 760.00 元").contains("累计交付 1,520.00 元；最多应为 760.00 元")
        .doesNotContain("第 1 条");
    CliRun en = run("plan", "--date", "2025-10-01", "--lang", "en", "--record", over.toString(), "--status-date", "2025-11-30",
        EXAMPLES.resolve("craftsman.json").toString());
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err()).contains("entry 2 (line 2, column 3): item i1 (Minimum living allowance) provides 760.00 yuan a month")
        .contains("expected at most 760.00 yuan");
    assertThat(en.out()).isEmpty();
  }

  @Test
  void aReviewReasonAndTheNoteAfterItAreTwoSentences() throws IOException {
    // the trial's h3t: a township raising the rural standard to 600, so the 特困 floor applies; no placement chosen
    Path policy = file("township.yaml", "format: jiuzhu-policy/1\nmodule: trial.township\nregions:\n"
        + "  - {code: \"620825101\", name: 朝那镇, nameEn: Chaona Town}\nparameters:\n  - key: dibao.standard.rural\n"
        + "    region: \"620825101\"\n    unit: CNY/person/month\n    reference: 示例\n    status: illustrative\n"
        + "    values:\n      - {from: 2025-09-01, value: \"600\"}\n");
    Path household = file("h3t.json", "{\"id\": \"h3t\", \"region\": \"620825101\", \"applicant\": \"m1\", \"members\": [{\"id\": \"m1\","
        + " \"relationship\": \"APPLICANT\", \"birthDate\": \"1953-02-10\", \"hukouType\": \"RURAL\", \"hukouRegion\": \"620825\","
        + " \"workStatus\": \"NOT_WORKING\", \"supporters\": [{\"relationship\": \"CHILD\", \"birthDate\": \"1963-05-01\","
        + " \"conditions\": [\"DIBAO\"]}]}], \"incomes\": [{\"member\": \"m1\", \"category\": \"TRANSFER_NET\","
        + " \"months\": {\"from\": \"2024-10\", \"to\": \"2025-09\"}, \"gross\": \"400\"}]}");
    CliRun zh = run("screen", "--date", "2025-10-01", "--policy", policy.toString(), household.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out()).contains("未选择供养方式。本地特困基本生活标准每年 ");
    CliRun en = run("screen", "--date", "2025-10-01", "--lang", "en", "--policy", policy.toString(), household.toString());
    assertThat(en.out()).contains("has chosen no care placement. The local basic standard of ");
  }

  @Test
  void planStatusSaysAPaymentBelowTheItemsAmountIsShortInTextAndJson() throws IOException {
    // 低保 of 760.00 a month: November paid in full, December 20.00 short
    Path record = file("short.yaml", "- {delivered: i1, date: 2025-11-10, amount: \"760.00\", by: civil-1}\n"
        + "- {delivered: i1, date: 2025-12-10, amount: \"740.00\", by: civil-1}\n");
    String household = EXAMPLES.resolve("craftsman.json").toString();
    CliRun zh = run("plan", "--date", "2025-10-01", "--lang", "zh", "--record", record.toString(), "--status-date", "2026-01-01", household);
    assertThat(zh.exit()).as(zh.err()).isEqualTo(0);
    // both payments made, one short: short (少发), not overdue (逾期)
    assertThat(zh.out()).contains("最低生活保障（i1）：已交付 2 笔，应交付 2 笔；已发放 1,500.00 元，应发放 1,520.00 元，少发 20.00 元");
    CliRun en = run("plan", "--date", "2025-10-01", "--lang", "en", "--record", record.toString(), "--status-date", "2026-01-01", household);
    assertThat(en.out()).contains("delivered 2 payments of 2 payments due; paid 1,500.00 yuan of 1,520.00 yuan due, 20.00 yuan short").doesNotContain("(overdue); paid 1,500.00");
    CliRun json = run("plan", "--date", "2025-10-01", "--format", "json", "--record", record.toString(), "--status-date", "2026-01-01",
        household);
    assertThat(json.out()).contains("\"amountDue\" : \"1520.00\"").contains("\"amountPaid\" : \"1500.00\"")
        .contains("\"shortfall\" : \"20.00\"");
  }

  @Test
  void testRunsScenarioFilesAndFailsOnAMismatch() throws IOException {
    String household = new String(java.nio.file.Files.readAllBytes(EXAMPLES.resolve("dibao.json")), StandardCharsets.UTF_8)
        .replace("\n", " ");
    Path ok = file("ok.yaml", "format: jiuzhu-scenarios/1\ncases:\n  - name: fine\n    date: 2025-10-01\n    household: "
        + household + "\n    expect: {cn.dibao: {outcome: ELIGIBLE, monthly: \"480.00\"}}\n");
    CliRun r = run("test", "--lang", "en", ok.toString());
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).contains("PASS").contains("1 passed, 0 failed");
    CliRun zh = run("test", ok.toString());
    assertThat(zh.exit()).as(zh.out()).isZero();
    assertThat(zh.out()).contains("通过 " + ok + "：fine").contains("1 个通过，0 个未通过").doesNotContain("PASS").doesNotContain("passed");
    Path wrong = file("wrong.yaml", "format: jiuzhu-scenarios/1\ncases:\n  - name: off by a fen\n    date: 2025-10-01\n    household: "
        + household + "\n    expect: {cn.dibao: {outcome: ELIGIBLE, monthly: \"480.01\"}}\n");
    CliRun w = run("test", "--lang", "en", wrong.toString());
    assertThat(w.exit()).isEqualTo(1);
    assertThat(w.out()).contains("FAIL").contains("cn.dibao: monthly 480.00, expected 480.01").contains("0 passed, 1 failed");
    CliRun wzh = run("test", wrong.toString());
    assertThat(wzh.exit()).isEqualTo(1);
    assertThat(wzh.out()).contains("未通过 " + wrong + "：off by a fen").contains("0 个通过，1 个未通过")
        .contains("cn.dibao：每月金额为 480.00 元，预期为 480.01 元（字段“monthly”）").doesNotContain("expected").doesNotContain("（monthly）");
    Path outcome = file("outcome.yaml", "format: jiuzhu-scenarios/1\ncases:\n  - name: not eligible\n    date: 2025-10-01\n    household: "
        + household + "\n    expect: {cn.dibao: {outcome: INELIGIBLE}}\n");
    CliRun ozh = run("test", outcome.toString());
    assertThat(ozh.out()).contains("cn.dibao：认定结果为符合，预期为不符合。说明：").doesNotContain("ELIGIBLE");
    assertThat(run("test", "--lang", "en", outcome.toString()).out()).contains("cn.dibao: outcome eligible, expected not eligible");
  }
}
