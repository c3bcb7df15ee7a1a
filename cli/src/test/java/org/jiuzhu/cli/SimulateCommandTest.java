package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SimulateCommandTest {
  private static final Path SCHEMA = Path.of("../docs/schemas/jiuzhu-simulation-1.json");

  private static List<com.networknt.schema.Error> schemaErrors(String json) throws Exception {
    com.networknt.schema.Schema schema = com.networknt.schema.SchemaRegistry
        .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SCHEMA), com.networknt.schema.InputFormat.JSON);
    return schema.validate(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json));
  }

  @Test
  void theJsonSummaryFollowsItsSchemaWithAndWithoutAReformAndABrokenOneDoesNot() throws Exception {
    CliRun withReform = CliRun.of("simulate", "--households", "2000", "--seed", "3", "--reform", REFORM.toString(), "--format", "json",
        "--region", "620825,330105");
    assertThat(withReform.exit()).as(withReform.err()).isZero();
    assertThat(schemaErrors(withReform.out())).isEmpty();
    JsonNode json = new ObjectMapper().readTree(withReform.out());
    assertThat(json.get("schema").asText()).isEqualTo("jiuzhu-simulation/1");
    assertThat(json.get("baselineFingerprints").get("620825").asText()).isNotEqualTo(json.get("reformFingerprints").get("620825").asText());
    assertThat(json.get("baselineFingerprints").get("330105").asText()).isEqualTo(json.get("reformFingerprints").get("330105").asText());
    // the reform names 620825 only: 330105's reform results are the baseline's, and the run says so
    assertThat(withReform.err()).contains("警告：改革文件没有改变地区 330105 在2025年10月1日的任何参数")
        .doesNotContain("地区 620825 在");
    CliRun en = CliRun.of("simulate", "--lang", "en", "--households", "500", "--reform", REFORM.toString(), "--region", "330105",
        "--progress", "never");
    assertThat(en.exit()).as(en.err()).isZero();
    assertThat(en.err()).contains("warning: the reform changes no parameter of region 330105 on 1 October 2025; its reform results are the baseline's");
    CliRun plain = CliRun.of("simulate", "--households", "1000", "--format", "json");
    assertThat(plain.exit()).as(plain.err()).isZero();
    assertThat(schemaErrors(plain.out())).isEmpty();
    // a display label as a key, and money as a number, are caught
    String broken = plain.out().replaceFirst("\"marketIncomeMonthly\" : \"([0-9.]+)\"", "\"marketIncomeMonthly\" : $1")
        .replaceFirst("\"schema\"", "\"≤ -500\"");
    assertThat(schemaErrors(broken)).hasSizeGreaterThanOrEqualTo(2);
  }

  private static final Path EXAMPLES = Path.of(System.getProperty("jiuzhu.examples", "../examples/households"));
  private static final Path REFORM = Path.of("../examples/reforms/dibao-standard-plus-10.yaml");

  @TempDir
  Path dir;

  @Test
  void aGeneratedPopulationWithAReformGivesJsonAReportAndResultsThatReadBackTheSame() throws Exception {
    Path report = dir.resolve("report.html");
    Path results = dir.resolve("results.csv");
    Path population = dir.resolve("population.parquet");
    CliRun r = CliRun.of("simulate", "--households", "3000", "--seed", "4", "--reform", REFORM.toString(), "--format", "json",
        "--report", report.toString(), "--output", results.toString(), "--write-population", population.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("householdsEvaluated").asLong()).isEqualTo(3000);
    assertThat(json.get("householdsPerSecond").asLong()).isPositive();
    JsonNode dibao = null;
    for (JsonNode p : json.get("total").get("programmes")) {
      if (p.get("id").asText().equals("cn.dibao")) {
        dibao = p;
      }
    }
    assertThat(dibao).isNotNull();
    assertThat(dibao.get("reform").get("households").asLong()).isGreaterThan(dibao.get("baseline").get("households").asLong());
    assertThat(json.get("total").get("winners").asLong()).isPositive();
    assertThat(json.get("byRegionAndHukou").has("620825/RURAL")).isTrue();
    String file = Files.readString(report, StandardCharsets.UTF_8);
    // ECharts inlined once, in the head; the page itself (what follows the head) is checked below
    assertThat(file.indexOf("Licensed to the Apache Software Foundation")).isPositive().isLessThan(file.indexOf("</head>"));
    String html = file.substring(0, file.indexOf("<script>")) + file.substring(file.indexOf("</head>"));
    // Chinese by default, no image, no request to anywhere, one chart spec a chart
    assertThat(html).as("the report without its inlined ECharts").startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").contains("各项目年支出：基线与改革（元）",
        "分地区、分户籍覆盖率：基线", "贫困发生率", "按改革带来的每月增减分组的户数", "有效边际税率", "断崖")
        .doesNotContain("<img", "src=\"http", "href=\"http", "Cost by programme");
    assertThat(html.split("<div class=\"chart\"")).hasSize(html.split("type=\"application/json\"").length);
    assertThat(html.split("<div class=\"chart\"").length - 1).isGreaterThanOrEqualTo(9);
    assertThat(Files.readAllLines(results)).hasSize(3001);
    // the population written as Parquet gives the same aggregates when read back
    CliRun again = CliRun.of("simulate", "--input", population.toString(), "--reform", REFORM.toString(), "--format", "json");
    assertThat(again.exit()).as(again.err()).isZero();
    JsonNode json2 = new ObjectMapper().readTree(again.out());
    assertThat(json2.get("total")).isEqualTo(json.get("total"));
    // read back as microdata, the decile note says the incomes are the file's, grouped in bins — not fitted values
    CliRun text = CliRun.of("simulate", "--input", population.toString());
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).contains("注：收入取自所读微观数据；").doesNotContain("收入水平是校准拟合的模型值");
    assertThat(json2.get("byRegionAndHukou")).isEqualTo(json.get("byRegionAndHukou"));
  }

  @Test
  void textInBothLanguagesAndBadInputs() throws Exception {
    CliRun en = CliRun.of("simulate", "--households", "500", "--lang", "en", "--region", "620825,330105");
    assertThat(en.exit()).isZero();
    assertThat(en.out()).contains("== total: 500 households").contains("Minimum living allowance")
        .contains("== 330105 urban").contains("below the minimum living standard (低保标准) before transfers");
    assertThat(en.err()).contains("evaluated 500 households");
    CliRun zh = CliRun.of("simulate", "--households", "500");
    assertThat(zh.out()).contains("== 合计：500 户").contains("最低生活保障");
    // the throughput line in the run's language: 兆字节 as the zh bundles write it elsewhere, never MB
    assertThat(zh.err()).containsPattern("堆内存峰值 [0-9,]+ 兆字节（上限 [0-9,]+ 兆字节）").doesNotContain("MB");
    assertThat(en.err()).containsPattern("peak heap [0-9,]+ MB of [0-9,]+ MB");
    assertThat(CliRun.of("simulate", "--households", "0", "--lang", "en").err()).contains("--households is 0; expected at least 1");
    assertThat(CliRun.of("simulate", "--households", "0").err()).startsWith("错误：--households 为 0；应不小于 1\n");
    assertThat(CliRun.of("simulate", "--region", "110101", "--lang", "en").err()).contains("unknown region 110101");
    assertThat(CliRun.of("simulate", "--region", "110101").err()).startsWith("错误：未知地区 110101；相近的已知地区有 120000 天津市、");
    Path bad = Files.writeString(dir.resolve("bad.csv"), header() + person("h1", "1", "m1", "1", "1980-01-01", "RURAL", "DANCING"));
    Path out = dir.resolve("out.csv");
    CliRun badRun = CliRun.of("simulate", "--input", bad.toString(), "--output", out.toString());
    assertThat(badRun.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(badRun.err()).contains("微观数据 bad.csv（1 户）有误：1 个问题\n  - 第 2 行：workStatus 为“DANCING”；应为以下之一：EMPLOYED、");
    // the last line says how to run the good rows anyway
    assertThat(badRun.err().strip().lines().reduce((a, b) -> b)).hasValue(
        "如需先计算无误的行，可加上 --rejects 文件：有误的行写入该文件（逗号分隔的表格，每个问题一行），其所在家庭不计入");
    assertThat(out).doesNotExist(); // no partial result
    // an existing file of another kind (a missing one is said missing first, see FileArgumentsTest)
    Files.writeString(dir.resolve("x.xlsx"), "");
    assertThat(CliRun.of("simulate", "--input", dir.resolve("x.xlsx").toString()).err())
        .contains("x.xlsx 的扩展名无法识别；应为 .csv 或 .parquet");
    assertThat(CliRun.of("simulate", "--lang", "en", "--input", dir.resolve("x.xlsx").toString()).err())
        .contains("x.xlsx has an unknown extension; expected .csv or .parquet");
    // the file as given (not "null", the name of /dev/null without its folder)
    assertThat(CliRun.of("simulate", "--households", "10", "--output", "/dev/null").err())
        .contains("--output /dev/null 的扩展名无法识别；应为 .csv 或 .parquet");
    CliRun missing = CliRun.of("simulate", "--lang", "en", "--input", dir.resolve("nothere.parquet").toString());
    assertThat(missing.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(missing.err()).startsWith("error: --input: ").contains("nothere.parquet does not exist; expected an existing file").doesNotContain("\tat ");
  }

  @Test
  void aBadOptionValueIsAUsageErrorExitTwoWithTheUsageInBothLanguages() {
    CliRun zh = CliRun.of("simulate", "--households", "-5");
    CliRun en = CliRun.of("simulate", "--households", "-5", "--lang", "en");
    assertThat(zh.exit()).as(zh.err()).isEqualTo(2);
    assertThat(en.exit()).as(en.err()).isEqualTo(2);
    assertThat(zh.err()).startsWith("错误：--households 为 -5；应不小于 1\n").contains("用法：");
    assertThat(en.err()).startsWith("error: --households is -5; expected at least 1\n").contains("Usage:");
    CliRun ext = CliRun.of("simulate", "--output", dir.resolve("out.xlsx").toString(), "--lang", "en");
    assertThat(ext.exit()).as(ext.err()).isEqualTo(2);
    assertThat(ext.err()).contains("--output").contains("out.xlsx has an unknown extension; expected .csv or .parquet");
    CliRun both = CliRun.of("simulate", "--input", dir.resolve("x.csv").toString(), "--region", "620825");
    assertThat(both.exit()).as(both.err()).isEqualTo(2);
  }

  /** --households and --seed describe a generated population: with --input they are refused, both at once. */
  @Test
  void theSizeAndSeedOfAGeneratedPopulationAreRefusedWithInput() {
    String input = dir.resolve("x.csv").toString();
    CliRun zh = CliRun.of("simulate", "--input", input, "--households", "10", "--seed", "3");
    assertThat(zh.exit()).as(zh.err()).isEqualTo(2);
    assertThat(zh.err()).startsWith("错误：--households 用于生成的模拟人口；读取微观数据（--input）时无意义，两者不能同时给出\n"
        + "错误：--seed 用于生成的模拟人口；读取微观数据（--input）时无意义，两者不能同时给出\n");
    CliRun en = CliRun.of("simulate", "--lang", "en", "--input", input, "--seed", "3");
    assertThat(en.exit()).as(en.err()).isEqualTo(2);
    assertThat(en.err()).startsWith("error: --seed describes a generated population; it has no meaning with microdata (--input),"
        + " so the two cannot be given together\n").doesNotContain("--households describes");
  }

  /** --threads 0 is a bad option like the others: said with them, in the run's language, before any work. */
  @Test
  void badThreadsIsSaidWithTheOtherBadOptionsBeforeAnyWork() {
    CliRun zh = CliRun.of("simulate", "--threads", "0", "--households", "0", "--format", "xml");
    assertThat(zh.exit()).as(zh.err()).isEqualTo(2);
    assertThat(zh.err()).startsWith("错误：--format 的值“xml”无效；应为 text、json\n"
        + "错误：--households 为 0；应不小于 1\n"
        + "错误：--threads 为 0；应为 1 至 1024\n\n用法：").doesNotContain("threads is").doesNotContain("模拟");
    CliRun en = CliRun.of("simulate", "--threads", "0", "--households", "10", "--lang", "en");
    assertThat(en.exit()).as(en.err()).isEqualTo(2);
    assertThat(en.err()).startsWith("error: --threads is 0; expected 1 to 1024\n\nUsage:").doesNotContain("simulate  ");
    CliRun calibrate = CliRun.of("calibrate", "--threads", "0", "--households", "10");
    assertThat(calibrate.exit()).as(calibrate.err()).isEqualTo(2);
    assertThat(calibrate.err()).startsWith("错误：--households 为 10；应不小于 1000\n错误：--threads 为 0；应为 1 至 1024\n\n用法：");
  }

  @Test
  void calibratePrintsItsFittedValuesAsATableWithTheParametersInWordsAndTheirKeys() throws Exception {
    Path out = dir.resolve("cal.yaml");
    CliRun zh = CliRun.of("calibrate", "--region", "620825", "--households", "1000", "--output", out.toString(), "--progress", "never");
    assertThat(zh.exit()).as(zh.err()).isZero();
    List<String> lines = zh.out().lines().toList();
    assertThat(lines.get(0)).startsWith("== 620825：拟合 ").endsWith("拟合值：");
    assertThat(lines.get(1)).startsWith("  参数").contains("键").endsWith("拟合值");
    // take-up is fitted (by hukou), incomes are held at the region's own statistic and not written
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  农村户籍家庭低保申领率").contains("population.take-up.dibao.rural")
        .matches(".*\\d\\.\\d{4}$"));
    assertThat(zh.out()).doesNotContain("{").doesNotContain("=0.");
    assertThat(Files.readString(out)).contains("population.take-up.dibao.rural").contains("population.take-up.marginal")
        .doesNotContain("population.income.location").doesNotContain("population.income.none-share");
  }

  @Test
  void badRowsGoToTheRejectsFileAndTheRunGoesOnWithoutThemEveryProblemAtOnceWithout() throws Exception {
    String truncated = person("h6", "1", "m1", "1", "1960-01-01", "RURAL", "NOT_WORKING");
    truncated = String.join(",", java.util.Arrays.copyOf(truncated.split(",", -1), 12)) + "\n";
    Path bad = Files.writeString(dir.resolve("bad.csv"), header()
        + person("h1", "1", "m1", "1", "1980-01-01", "RURAL", "DANCING")
        + person("h2", "1", "m1", "1", "1960-01-01", "RURAL", "NOT_WORKING")
        + person("h5", "1", "m1", "1", "1960-01-01", "RURAL", "NOT_WORKING")
        + person("h3", "1", "m1", "-2", "1970-02-30", "RURAL", "FARMING")
        + person("h4", "1", "m1", "2.5", "1975-05-05", "URBAN", "EMPLOYED")
        + person("h5", "2", "m2", "", "1961-01-01", "RURAL", "NOT_WORKING").replace(",APPLICANT,", ",SPOUSE,")
        + truncated);
    Path out = dir.resolve("out.csv");
    CliRun all = CliRun.of("simulate", "--lang", "en", "--input", bad.toString(), "--output", out.toString());
    assertThat(all.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(all.err()).contains("invalid microdata bad.csv (4 households): 5 problems").contains("row 2: workStatus is 'DANCING'")
        .contains("row 5: birthDate is '1970-02-30'").contains("row 5: weight is '-2'")
        .contains("row 4: household 'h5' is split apart: its rows are at [4, 7]")
        .contains("row 8: the row has 12 fields, so column '" + org.jiuzhu.simulation.Microdata.COLUMNS.get(12) + "'");
    assertThat(all.err().strip().lines().reduce((a, b) -> b)).hasValue("to run the good rows anyway, add --rejects FILE:"
        + " the bad rows are written to FILE (CSV, one line a problem) and their households left out");
    assertThat(out).doesNotExist();
    Path rejects = dir.resolve("rejects.csv");
    CliRun on = CliRun.of("simulate", "--input", bad.toString(), "--output", out.toString(), "--rejects", rejects.toString(),
        "--format", "json");
    assertThat(on.exit()).as(on.err()).isZero();
    // h2 (1) + h4 (2.5), shown rounded half up
    assertThat(new ObjectMapper().readTree(on.out()).get("total").get("households").asLong()).isEqualTo(4);
    List<String> lines = Files.readAllLines(rejects);
    assertThat(lines.get(0)).isEqualTo("row,household,member,column,value,expected,message");
    assertThat(lines).hasSize(6);
    com.fasterxml.jackson.databind.MappingIterator<List<String>> cells = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
        .readerForListOf(String.class).with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
        .readValues(rejects.toFile());
    List<List<String>> rows = cells.readAll();
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.subList(0, 5)).containsExactly(
        List.of("2", "h1", "m1", "workStatus", "DANCING"), List.of("4", "h5", "", "household", "h5"),
        List.of("5", "h3", "m1", "weight", "-2"), List.of("5", "h3", "m1", "birthDate", "1970-02-30"),
        List.of("8", "h6", "m1", org.jiuzhu.simulation.Microdata.COLUMNS.get(12), ""));
    // what was expected and what is wrong, in the run's language (zh by default), the row in its own column only
    assertThat(rows.get(1).get(5)).startsWith("以下之一：EMPLOYED、");
    assertThat(rows.get(3).get(5)).startsWith("大于 0、最多 4 位小数");
    assertThat(rows.get(1).get(6)).isEqualTo("workStatus 为“DANCING”；应为以下之一：EMPLOYED、SELF_EMPLOYED、FARMING、UNEMPLOYED、RETIRED、"
        + "STUDENT、NOT_WORKING");
    assertThat(Files.readAllLines(out)).hasSize(3).anySatisfy(l -> assertThat(l).startsWith("h4,")).noneMatch(l -> l.startsWith("h5,"));
    assertThat(on.err()).contains("有误的行已写入 " + rejects + "：4 户共 5 个问题；这些家庭未计入，共 4 人"); // zh by default
    CliRun en = CliRun.of("simulate", "--input", bad.toString(), "--rejects", rejects.toString(), "--lang", "en", "--format", "json");
    assertThat(en.err()).contains("bad rows written to " + rejects + ": 5 problems in 4 households; those households were left out,"
        + " 4 persons");
    assertThat(Files.readAllLines(rejects).get(1)).contains("\"one of [EMPLOYED, SELF_EMPLOYED");
  }

  @Test
  void throughputCountsHouseholdRecordsAndTheWeightedTotalIsShownApart() throws Exception {
    for (String weight : List.of("2", "1.5", "1")) {
      StringBuilder csv = new StringBuilder(header());
      for (int i = 1; i <= 300; i++) {
        // both hukou types: two cells, whose rounded weighted counts once summed to 451 for weight 1.5
        csv.append(person("h" + i, "1", "m1", weight, "1970-01-01", i % 2 == 0 ? "URBAN" : "RURAL", "EMPLOYED"));
      }
      Path file = Files.writeString(dir.resolve("w" + weight + ".csv"), csv);
      long weighted = new java.math.BigDecimal(weight).multiply(java.math.BigDecimal.valueOf(300)).longValueExact();
      Path report = dir.resolve("w" + weight + ".html");
      CliRun zh = CliRun.of("simulate", "--input", file.toString(), "--progress", "never", "--report", report.toString());
      assertThat(zh.exit()).as(zh.err()).isZero();
      assertThat(zh.out()).contains("== 合计：" + weighted + " 户");
      // the report's overview: households evaluated (records), and apart the households they stand for
      String html = Files.readString(report, StandardCharsets.UTF_8);
      String overview = html.substring(html.indexOf("计算户数"));
      assertThat(overview.substring(0, overview.indexOf("</tr>"))).contains(">300<");
      if (weighted == 300) {
        assertThat(html).doesNotContain("按权数代表的户数");
      } else {
        String w = html.substring(html.indexOf("按权数代表的户数"));
        assertThat(w.substring(0, w.indexOf("</tr>"))).contains(">" + weighted + "<");
      }
      CliRun en = CliRun.of("simulate", "--input", file.toString(), "--progress", "never", "--lang", "en");
      assertThat(en.exit()).as(en.err()).isZero();
      if (weighted == 300) {
        assertThat(zh.err()).contains("已计算 300 户，用时").doesNotContain("按权数");
        assertThat(en.err()).contains("evaluated 300 households in").doesNotContain("weights");
      } else {
        assertThat(zh.err()).contains("已计算 300 户（按记录计），用时").contains("；按权数代表 " + weighted + " 户");
        assertThat(en.err()).contains("evaluated 300 households (records) in")
            .contains("; by their weights they stand for " + weighted + " households");
      }
      CliRun json = CliRun.of("simulate", "--input", file.toString(), "--progress", "never", "--format", "json");
      assertThat(json.exit()).as(json.err()).isZero();
      assertThat(schemaErrors(json.out())).isEmpty();
      JsonNode j = new ObjectMapper().readTree(json.out());
      assertThat(j.get("householdsEvaluated").asLong()).as("weight " + weight).isEqualTo(300);
      assertThat(j.get("total").get("households").asLong()).as("weight " + weight).isEqualTo(weighted);
    }
  }

  @Test
  void membersBornAfterTheDateAreBadRowsListedAtOnceOrWrittenToTheRejectsFileWhileTheRunGoesOn() throws Exception {
    Path pop = dir.resolve("pop.csv");
    CliRun write = CliRun.of("simulate", "--households", "300", "--write-population", pop.toString(), "--progress", "never");
    assertThat(write.exit()).as(write.err()).isZero();
    // the rows (CSV row numbers, the header row 1) of members born after 1 January 2025, and their households
    List<String> lines = Files.readAllLines(pop);
    int birth = org.jiuzhu.simulation.Microdata.COLUMNS.indexOf("birthDate");
    List<Integer> born = new java.util.ArrayList<>();
    java.util.Set<String> households = new java.util.TreeSet<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      if (cells[birth].compareTo("2025-01-01") > 0) {
        born.add(i + 1);
        households.add(cells[0]);
      }
    }
    assertThat(born).hasSizeGreaterThan(3);
    CliRun all = CliRun.of("simulate", "--input", pop.toString(), "--date", "2025-01-01", "--lang", "en", "--progress", "never");
    assertThat(all.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(all.err()).doesNotContain("members[").doesNotContain("evaluation date");
    for (int row : born) {
      assertThat(all.err()).contains("  - row " + row + ": birthDate is '");
    }
    assertThat(all.err().strip().lines().reduce((a, b) -> b)).hasValue("to run the good rows anyway, add --rejects FILE:"
        + " the bad rows are written to FILE (CSV, one line a problem) and their households left out");
    Path rejects = dir.resolve("born-rejects.csv");
    CliRun on = CliRun.of("simulate", "--input", pop.toString(), "--date", "2025-01-01", "--rejects", rejects.toString(),
        "--format", "json", "--progress", "never");
    assertThat(on.exit()).as(on.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(on.out());
    List<List<String>> rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerForListOf(String.class)
        .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).<List<String>>readValues(rejects.toFile()).readAll();
    // every household left out is in the file (a new job after the date is a bad row too), and only those are not evaluated
    long leftOut = rows.subList(1, rows.size()).stream().map(r -> r.get(1)).distinct().count();
    assertThat(json.get("householdsEvaluated").asLong()).isEqualTo(300 - leftOut);
    List<List<String>> problems = rows.subList(1, rows.size()).stream().filter(r -> r.get(3).equals("birthDate")).toList();
    assertThat(problems).extracting(r -> Integer.parseInt(r.get(0))).containsExactlyElementsOf(born);
    assertThat(problems).allSatisfy(r -> {
      assertThat(r.get(3)).isEqualTo("birthDate");
      assertThat(r.get(4)).matches("2025-\\d\\d-\\d\\d");
      assertThat(r.get(5)).isEqualTo("不晚于模拟日期2025年1月1日的日期");
    });
    assertThat(problems).extracting(r -> r.get(1)).containsAll(households);
  }

  @Test
  void aBadHeaderIsRefusedWithoutSuggestingRejectsWhichWouldNotGetPastIt() throws Exception {
    Path bad = Files.writeString(dir.resolve("header.csv"), header().replace("hukou,", "hukuo,")
        + person("h1", "1", "m1", "1", "1960-01-01", "RURAL", "NOT_WORKING"));
    CliRun r = CliRun.of("simulate", "--input", bad.toString(), "--lang", "en", "--progress", "never");
    assertThat(r.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(r.err()).contains("hukuo").doesNotContain("--rejects");
  }

  private static String header() {
    return String.join(",", org.jiuzhu.simulation.Microdata.COLUMNS) + "\n";
  }

  /** One person's CSV line: an applicant (household columns filled when a weight is given). */
  private static String person(String household, String order, String member, String weight, String birth, String hukou, String work) {
    java.util.Map<String, String> v = new java.util.HashMap<>(java.util.Map.of("household", household, "order", order, "member", member,
        "region", "620825", "relationship", "APPLICANT", "birthDate", birth, "hukou", hukou, "workStatus", work));
    if (!weight.isEmpty()) {
      v.put("weight", weight);
      v.put("hasVehicle", "false");
    }
    List<String> cells = new java.util.ArrayList<>();
    for (String c : org.jiuzhu.simulation.Microdata.COLUMNS) {
      cells.add(v.getOrDefault(c, ""));
    }
    return String.join(",", cells) + "\n";
  }

  @Test
  void theTextShowsSimulatedVsTargetWithTheStatusBesideEachFigureAndTekunIsGranted() {
    CliRun en = CliRun.of("simulate", "--households", "3000", "--lang", "en");
    assertThat(en.exit()).as(en.err()).isZero();
    assertThat(en.out()).contains("== simulated vs target").contains("620825 all persons aged 60+, share")
        .contains("stand-in: official figure of Gansu Province (620000)")
        .contains("620825 rural persons receiving Minimum living allowance or Minimum living allowance for a member alone, share of persons").contains("illustrative, not checked").contains("Support for people in extre")
        .contains("FGT indices before transfers").contains("== deciles of per-capita monthly income")
        .contains("Note: only the figures in the table above are checked against targets;")
        .contains("so its cost is not simulated: 0.00 is not an estimate.");
    CliRun zh = CliRun.of("simulate", "--households", "1000");
    assertThat(zh.out()).contains("== 模拟值与目标值").contains("代用：甘肃省（620000）的官方数字").contains("示例值，未核实")
        .contains("注：只有上表的数字与目标值核对过；").contains("其支出未模拟：0.00 不是估计值。");
  }

  /**
   * Zhuanglang's age bands are Gansu's official figures standing in: said beside the figure in the
   * text, the JSON and the report, in both languages; the zh report's source column has no English
   * (web addresses aside), the en one has Chinese only in brackets.
   */
  @Test
  void aStandInTargetIsLabelledWithItsAreaAndSourcesAreInTheRunsLanguage() throws Exception {
    CliRun zh = CliRun.of("simulate", "--households", "1000", "--progress", "never", "--report", dir.resolve("zh.html").toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out()).containsPattern("620825 全体 60 岁及以上人口占比 +0\\.1703 .* 代用：甘肃省（620000）的官方数字");
    CliRun en = CliRun.of("simulate", "--households", "1000", "--progress", "never", "--lang", "en", "--report",
        dir.resolve("en.html").toString());
    assertThat(en.out()).contains("stand-in: official figure of Gansu Province (620000)");
    CliRun json = CliRun.of("simulate", "--households", "1000", "--progress", "never", "--format", "json");
    assertThat(schemaErrors(json.out())).isEmpty();
    JsonNode age = null;
    for (JsonNode t : new ObjectMapper().readTree(json.out()).get("targets")) {
      if (t.get("id").asText().equals("620825.age.60-plus")) {
        age = t;
      }
    }
    assertThat(age).isNotNull();
    assertThat(age.get("status").asText()).isEqualTo("official-proxy");
    assertThat(age.get("statusText").get("zh").asText()).isEqualTo("代用：甘肃省（620000）的官方数字");
    assertThat(age.get("statusText").get("en").asText()).isEqualTo("stand-in: official figure of Gansu Province (620000)");
    assertThat(age.get("sourceZh").asText()).startsWith("第七次全国人口普查结果公布");
    for (String lang : List.of("zh", "en")) {
      String html = Files.readString(dir.resolve(lang + ".html"), StandardCharsets.UTF_8);
      String table = html.substring(html.indexOf("id=\"targets\""));
      table = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
      java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr[^>]*>((?:<td[^>]*>[^<]*</td>)+)</tr>").matcher(table);
      int rows = 0;
      while (row.find()) {
        List<String> cells = new java.util.ArrayList<>();
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(1));
        while (cell.find()) {
          cells.add(cell.group(1));
        }
        String source = cells.get(3);
        String status = cells.get(4);
        if (lang.equals("zh")) {
          // ids and units only: web addresses are the only Latin letters allowed
          assertThat(source.replaceAll("[a-z0-9.-]+\\.(com|net|cn|org)", "")).as(source).doesNotContainPattern("[A-Za-z]{2,}");
          assertThat(status).doesNotContainPattern("[A-Za-z]");
        } else {
          assertThat(source.replaceAll("\\([^()]*\\p{IsHan}[^()]*\\)", "")).as(source).doesNotContainPattern("\\p{IsHan}");
          assertThat(status).doesNotContainPattern("\\p{IsHan}");
        }
        rows++;
      }
      assertThat(rows).as(lang + " target rows").isEqualTo(11);
      assertThat(html).contains(lang.equals("zh") ? "代用：甘肃省（620000）的官方数字" : "stand-in: official figure of Gansu Province (620000)");
    }
  }

  /**
   * A yearly programme in a sweep: 200.00 a year is a monthly equivalent of 16.67 (a twelfth,
   * rounded half up, stated), never 16.66; its amount over a year is exact, the yearly amounts and
   * twelve months of market income add up to the yearly net to the fen, and the monthly net is a
   * twelfth of that exact total (930.00, not 929.99).
   */
  @Test
  void aSweepKeepsYearlyProgrammesExactToTheFen() throws Exception {
    CliRun r = CliRun.of("sweep", "--format", "json", "--to", "100", "--step", "100", EXAMPLES.resolve("dibao.json").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode points = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("points");
    com.fasterxml.jackson.databind.JsonNode first = points.get(0);
    assertThat(first.get("baseline").get("cn.pension.contribution-subsidy").asText()).isEqualTo("16.67");
    assertThat(first.get("baselineYear").get("cn.pension.contribution-subsidy").asText()).isEqualTo("200.00");
    assertThat(first.get("baselineYear").get("cn.heating.subsidy").asText()).isEqualTo("1000.00");
    assertThat(first.get("baselineYear").get("cn.medical.contribution-subsidy").asText()).isEqualTo("600.00");
    assertThat(first.get("baselineYear").get("cn.dibao").asText()).isEqualTo("5760.00");
    assertThat(first.get("netBaselineYear").asText()).isEqualTo("11160.00");
    assertThat(first.get("netBaseline").asText()).isEqualTo("930.00");
    assertThat(points.get(1).get("netBaseline").asText()).isEqualTo("1030.00");
    assertThat(points.get(1).get("netBaselineYear").asText()).isEqualTo("12360.00");
    assertThat(points.get(1).get("rateBaseline").asText()).isEqualTo("0.0000");
    for (com.fasterxml.jackson.databind.JsonNode p : points) {
      java.math.BigDecimal sum = new java.math.BigDecimal(p.get("marketIncome").asText()).multiply(java.math.BigDecimal.valueOf(12));
      for (com.fasterxml.jackson.databind.JsonNode v : p.get("baselineYear")) {
        sum = sum.add(new java.math.BigDecimal(v.asText()));
      }
      assertThat(sum).isEqualByComparingTo(p.get("netBaselineYear").asText());
    }
    assertThat(CliRun.of("sweep", "--to", "100", "--step", "100", EXAMPLES.resolve("dibao.json").toString()).out())
        .contains("净收入（基线）：930.00 → 1,030.00 元/月，即每年 11,160.00 → 12,360.00 元（按年发放的项目每月计十二分之一；"
            + "月净收入取全年合计的十二分之一，四舍五入到分；各项目每月金额的尾差按最大余数分配，与市场收入合计正好等于月净收入）");
    CliRun csv = CliRun.of("sweep", "--format", "csv", "--to", "0", "--lang", "en", EXAMPLES.resolve("dibao.json").toString());
    List<String> header = List.of(csv.out().lines().toList().get(0).split(","));
    List<String> row = List.of(csv.out().lines().toList().get(1).split(",", -1));
    assertThat(row.get(header.indexOf("baseline:cn.pension.contribution-subsidy"))).isEqualTo("16.67");
    assertThat(row.get(header.indexOf("baselineYear:cn.pension.contribution-subsidy"))).isEqualTo("200.00");
    assertThat(row.get(header.indexOf("netBaseline"))).isEqualTo("930.00");
    assertThat(row.get(header.indexOf("netBaselineYear"))).isEqualTo("11160.00");
  }

  @Test
  void aSweepFindsTheCliffsOfAHousehold() throws Exception {
    CliRun r = CliRun.of("sweep", "--lang", "en", EXAMPLES.resolve("dibao.json").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Sweep: household dibao, member m1, monthly wages 0.00 → 1,620.00 yuan, 1,621 steps")
        .contains("cliff: wages 641.00 → 642.00 yuan");
    CliRun csv = CliRun.of("sweep", "--format", "csv", "--to", "10", EXAMPLES.resolve("dibao.json").toString());
    List<String> lines = csv.out().lines().toList();
    assertThat(lines).hasSize(12);
    assertThat(lines.get(0)).startsWith("wages,marketIncome,baseline:");
    Path report = dir.resolve("sweep.html");
    CliRun html = CliRun.of("sweep", "--report", report.toString(), "--reform", REFORM.toString(), "--to", "300",
        EXAMPLES.resolve("temporary-assistance.json").toString());
    assertThat(html.exit()).isZero();
    assertThat(Files.readString(report)).contains("<html lang=\"zh-CN\">", "各项目月金额：改革", "净收入（改革）");
    assertThat(CliRun.of("sweep", "--member", "m9", "--lang", "en", EXAMPLES.resolve("dibao.json").toString()).err())
        .contains("--member m9 is not in household dibao");
    assertThat(CliRun.of("sweep", "--step", "x", "--lang", "en", EXAMPLES.resolve("dibao.json").toString()).err())
        .contains("--step is 'x'; expected yuan");
  }
}
