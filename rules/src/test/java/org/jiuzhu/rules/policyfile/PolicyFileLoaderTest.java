package org.jiuzhu.rules.policyfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.ParameterStatus;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.time.DateRange;
import org.jiuzhu.rules.cn.CnParameters;
import org.junit.jupiter.api.Test;

/** Each kind of bad policy file, one by one: the problem names the file, the line and the key. */
final class PolicyFileLoaderTest {
  private final PolicyFileLoader loader = new PolicyFileLoader(CnParameters.catalog());

  private PolicyFile load(String yaml) {
    return loader.load("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static final String HEAD = "format: jiuzhu-policy/1\n"
      + "regions:\n"
      + "  - {code: \"620800\", name: 平凉市, nameEn: Pingliang City}\n"
      + "parameters:\n";

  private static String standard(String values) {
    return HEAD
        + "  - key: dibao.standard.rural\n"           // line 5
        + "    region: \"620800\"\n"
        + "    unit: CNY/person/month\n"
        + "    reference: 社会救助暂行办法 第十条\n"
        + "    status: illustrative\n"
        + "    values:\n"                             // line 10
        + values;
  }

  @Test
  void readsAValidFile() {
    PolicyFile f = load(standard(
        "      - from: 2025-01-01\n"
        + "        to: 2025-07-01\n"
        + "        value: 600\n"
        + "      - from: 2025-07-01\n"
        + "        value: \"650.50\"\n"
        + "        status: verified\n"
        + "        source: {title: 关于调整城乡低保标准的通知 (example), issuer: 平凉市人民政府, number: 平政发〔2025〕1号,\n"
        + "                 date: 2025-06-20, address: \"https://www.pingliang.gov.cn/example\", kind: official}\n"
        + "        lead: seen first on a mirror (example)\n"));
    assertThat(f.problems()).isEmpty();
    assertThat(f.regions()).singleElement().satisfies(r -> assertThat(r.nameZh()).isEqualTo("平凉市"));
    assertThat(f.values()).hasSize(2);
    ParameterValue second = f.values().get(1);
    assertThat(second.value()).isEqualTo(Money.parse("650.50"));
    assertThat(second.region()).isEqualTo(RegionCode.parse("620800"));
    assertThat(second.effective()).isEqualTo(DateRange.from(LocalDate.of(2025, 7, 1)));
    assertThat(second.status()).isEqualTo(ParameterStatus.VERIFIED);
    assertThat(second.origin()).isEqualTo("test.yaml:14");
    assertThat(second.citation()).hasValueSatisfying(c -> {
      assertThat(c.issuer()).isEqualTo("平凉市人民政府");
      assertThat(c.documentNumber()).contains("平政发〔2025〕1号");
      assertThat(c.date()).isEqualTo(LocalDate.of(2025, 6, 20));
      assertThat(c.kind()).isEqualTo(org.jiuzhu.core.policy.Source.Kind.OFFICIAL);
    });
    assertThat(second.source()).hasValueSatisfying(t -> assertThat(t).contains("平凉市人民政府《关于调整城乡低保标准的通知 (example)》"));
    assertThat(second.lead()).contains("seen first on a mirror (example)");
    assertThat(f.values().get(0).status()).isEqualTo(ParameterStatus.ILLUSTRATIVE);
  }

  @Test
  void malformedYaml() {
    PolicyFile f = load(HEAD + "  - key: [unclosed\n    region: x\n");
    assertThat(f.isValid()).isFalse();
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("test.yaml");
      assertThat(p.line()).isGreaterThanOrEqualTo(5);
      assertThat(p.message()).startsWith("malformed policy file");
    });
    assertThat(f.values()).isEmpty();
  }

  @Test
  void unknownParameterKey() {
    PolicyFile f = load(HEAD + "  - key: dibao.standard.rurall\n    region: \"620800\"\n    unit: CNY/person/month\n"
        + "    reference: x\n    status: illustrative\n    values:\n      - {from: 2025-01-01, value: 600}\n");
    assertThat(f.problems()).singleElement().hasToString(
        "test.yaml:5: dibao.standard.rurall: unknown parameter key 'dibao.standard.rurall'; did you mean one of "
            + "[dibao.standard.rural, dibao.standard.urban, tekun.basic-standard.rural]?");
  }

  @Test
  void anUnknownKeyDoesNotHideTheOtherProblemsOfItsEntry() {
    // the unit is a unit, so the value is read in it; with a unit that is none, only a value no unit reads is said
    String entry = "  - key: dibao.standrd.rural\n    region: \"62080\"\n    unit: %s\n"
        + "    reference: x\n    status: verified\n    values:\n      - {from: 2025-13-01, value: \"5七0\"}\n";
    PolicyFile f = load(HEAD + entry.formatted("CNY/person/month") + entry.formatted("yuan"));
    assertThat(f.problems()).extracting(PolicyFileProblem::toString).containsExactly(
        "test.yaml:5: dibao.standrd.rural: unknown parameter key 'dibao.standrd.rural'; did you mean one of "
            + "[dibao.standard.rural, dibao.standard.urban, tekun.basic-standard.rural]?",
        "test.yaml:5: dibao.standrd.rural: 'region': region code '62080' is not 6 digits (GB/T 2260) or 9 digits (township)",
        "test.yaml:11: dibao.standrd.rural: 'from' is '2025-13-01'; expected a date YYYY-MM-DD",
        "test.yaml:11: dibao.standrd.rural: '5七0' is not an amount; expected a decimal number of yuan such as 760.50",
        "test.yaml:11: dibao.standrd.rural: marked verified but names no 'source'; give the official source (title, issuer, date, "
            + "address, kind) or mark it illustrative",
        "test.yaml:12: dibao.standrd.rural: unknown parameter key 'dibao.standrd.rural'; did you mean one of "
            + "[dibao.standard.rural, dibao.standard.urban, tekun.basic-standard.rural]?",
        "test.yaml:12: dibao.standrd.rural: 'region': region code '62080' is not 6 digits (GB/T 2260) or 9 digits (township)",
        "test.yaml:12: dibao.standrd.rural: unknown unit 'yuan'; expected one of [CNY, CNY/person/month, CNY/person/year, ratio, "
            + "years, months, days, working-days, count, m2, flag, rounding, rounding-stage, bands, multiples]",
        "test.yaml:18: dibao.standrd.rural: 'from' is '2025-13-01'; expected a date YYYY-MM-DD",
        "test.yaml:18: dibao.standrd.rural: 'value' '5七0' cannot be read in any unit [CNY, CNY/person/month, CNY/person/year, "
            + "ratio, years, months, days, working-days, count, m2, flag, rounding, rounding-stage, bands, multiples]; the entry's "
            + "unit is not known, and no unit reads it",
        "test.yaml:18: dibao.standrd.rural: marked verified but names no 'source'; give the official source (title, issuer, date, "
            + "address, kind) or mark it illustrative");
    assertThat(f.problems()).extracting(p -> p.toString(org.jiuzhu.core.text.Lang.ZH)).contains(
        "test.yaml:5: dibao.standrd.rural: 未知的参数键“dibao.standrd.rural”；是否是以下之一：dibao.standard.rural、"
            + "dibao.standard.urban、tekun.basic-standard.rural？",
        "test.yaml:5: dibao.standrd.rural: 字段“region”：行政区划代码“62080”不是 6 位（国家标准）或 9 位（乡镇）数字",
        "test.yaml:11: dibao.standrd.rural: “from”为“2025-13-01”；应为日期 年-月-日（如 2025-10-01）",
        "test.yaml:11: dibao.standrd.rural: “5七0”不是金额；应为以元为单位的数字，如 760.50",
        "test.yaml:12: dibao.standrd.rural: 未知的单位“yuan”；应为以下之一：CNY、CNY/person/month、CNY/person/year、ratio、"
            + "years、months、days、working-days、count、m2、flag、rounding、rounding-stage、bands、multiples")
        .anySatisfy(t -> assertThat(t).startsWith("test.yaml:18: dibao.standrd.rural: “value”的值“5七0”在任何单位"))
        .anySatisfy(t -> assertThat(t).startsWith("test.yaml:18: dibao.standrd.rural: 标为 verified（已核实），却没有“source”"));
    assertThat(f.values()).isEmpty();
    // a missing key or field is called missing, and the rest of the entry is still checked
    PolicyFile noKey = load(HEAD + "  - region: \"620800\"\n    unit: CNY/person/month\n    status: illustrative\n"
        + "    values:\n      - {value: 600}\n");
    assertThat(noKey.problems()).extracting(PolicyFileProblem::toString).containsExactly(
        "test.yaml:5: missing field 'key'; expected the parameter's key (e.g. dibao.standard.rural)",
        "test.yaml:9: missing field 'from'; expected a date YYYY-MM-DD",
        "test.yaml:9: missing field 'reference'; every value names the instrument and article it implements");
    assertThat(noKey.problems().get(0).toString(org.jiuzhu.core.text.Lang.ZH))
        .isEqualTo("test.yaml:5: 缺少字段“key”；应为参数键（如 dibao.standard.rural）");
  }

  @Test
  void unknownFieldsAreAllReportedWithTheirLines() {
    PolicyFile f = load(standard("      - from: 2025-01-01\n        value: 600\n        vaule: 610\n        stauts: verified\n"));
    assertThat(f.problems()).extracting(PolicyFileProblem::line).containsExactly(13, 14);
    assertThat(f.problems().get(0).message()).startsWith("unknown field 'vaule'; expected one of").contains("value");
    assertThat(f.problems().get(1).message()).startsWith("unknown field 'stauts'");
  }

  @Test
  void wrongUnit() {
    PolicyFile f = load(HEAD + "  - key: dibao.standard.rural\n    region: \"620800\"\n    unit: CNY/person/year\n"
        + "    reference: x\n    status: illustrative\n    values:\n      - {from: 2025-01-01, value: 600}\n");
    assertThat(f.problems()).singleElement().hasToString(
        "test.yaml:5: dibao.standard.rural: wrong unit 'CNY/person/year'; dibao.standard.rural is in CNY/person/month");
  }

  @Test
  void negativeAmount() {
    PolicyFile f = load(standard("      - from: 2025-01-01\n        value: -600\n"));
    assertThat(f.problems()).singleElement().hasToString(
        "test.yaml:11: dibao.standard.rural: negative amount -600.00; expected an amount >= 0 in CNY/person/month");
  }

  @Test
  void fractionsOfAFenAndNonNumbers() {
    PolicyFile f = load(standard("      - from: 2025-01-01\n        to: 2025-02-01\n        value: 600.005\n"
        + "      - from: 2025-02-01\n        value: six hundred\n"));
    assertThat(f.problems()).extracting(PolicyFileProblem::line, PolicyFileProblem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(11, "amount 600.005 yuan has a fraction of a fen; expected at most 2 decimals"),
        org.assertj.core.groups.Tuple.tuple(14, "'six hundred' is not an amount; expected a decimal number of yuan such as 760.50"));
  }

  @Test
  void overlappingDateRanges() {
    PolicyFile f = load(standard("      - from: 2025-01-01\n        to: 2025-07-02\n        value: 600\n"
        + "      - from: 2025-07-01\n        value: 650\n"));
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(14);
      assertThat(p.key()).contains("dibao.standard.rural");
      assertThat(p.message()).contains("the value of 1 January 2025 to 1 July 2025 (at test.yaml:11) overlaps that of 1 July 2025 onwards (at test.yaml:14)");
      // Chinese writes the periods in words
      assertThat(p.toString(org.jiuzhu.core.text.Lang.ZH)).contains("2025年1月1日至2025年7月1日", "2025年7月1日起", "有效期重叠")
          .doesNotContain("2025-01-01", "…)");
    });
  }

  private static String entry(String key, String unit, String value) {
    return "  - {key: " + key + ", region: \"620800\", unit: " + unit + ", reference: x, status: illustrative,"
        + " values: [{from: 2025-01-01, value: " + value + "}]}\n";
  }

  /** The trial's mypol4: 7 failed items of a six-item assessment, a share of 1.7, a review every 0 months. */
  @Test
  void countsSharesAndMonthsOutsideTheirRangeAreRefusedWithTheRange() {
    PolicyFile f = load(HEAD + entry("tekun.care.partial-min-failed-items", "count", "7")
        + entry("rigid.spending-ratio", "ratio", "1.7") + entry("dibao.review.stable-months", "months", "0")
        + entry("tekun.care.full-min-failed-items", "count", "0"));
    assertThat(f.problems()).extracting(p -> p.line() + " " + p.key().orElse("") + ": " + p.message()).containsExactly(
        "5 tekun.care.partial-min-failed-items: value 7 is out of range: expected 1 to 6 (both included)",
        "6 rigid.spending-ratio: value 1.7 is out of range: expected 0 to 1 (both included)",
        "7 dibao.review.stable-months: value 0 is out of range: expected at least 1",
        "8 tekun.care.full-min-failed-items: value 0 is out of range: expected 1 to 6 (both included)");
    assertThat(f.problems().get(0).toString(org.jiuzhu.core.text.Lang.ZH))
        .endsWith("tekun.care.partial-min-failed-items: 取值 7 超出有效范围：应在 1 至 6 之间（含两端）");
    assertThat(f.values()).isEmpty();
    // within the range, but full care from fewer failed items than partial care
    PolicyFile order = load(HEAD + entry("tekun.care.partial-min-failed-items", "count", "5")
        + entry("tekun.care.full-min-failed-items", "count", "4"));
    assertThat(order.problems()).extracting(p -> p.line() + " " + p.message()).containsExactly(
        "6 value 4 is below the value 5 of tekun.care.partial-min-failed-items for the same region and dates (test.yaml:5);"
            + " expected at least that");
    assertThat(load(HEAD + entry("tekun.care.partial-min-failed-items", "count", "1")
        + entry("tekun.care.full-min-failed-items", "count", "4") + entry("rigid.spending-ratio", "ratio", "1")).problems()).isEmpty();
  }

  /**
   * Full care from no fewer failed items than partial care, on the values as they apply: a region
   * giving one key alone over the national other, and a county under a province of the same file.
   */
  @Test
  void fullBelowPartialCareOnceLayeredIsRefusedWhenThePolicyIsBuiltNamingBothKeysValuesAndFiles(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("pingliang.yaml");
    // national: partial from 1 item, full from 4 (national.yaml); Pingliang raises partial care to 5
    java.nio.file.Files.writeString(file, HEAD + entry("tekun.care.partial-min-failed-items", "count", "5"));
    assertThat(loader.load(file).problems()).isEmpty(); // alone, the file is sound
    org.jiuzhu.core.policy.Policy installed = org.jiuzhu.core.policy.Policy.installed();
    org.jiuzhu.core.policy.PolicyException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> installed.toBuilder().override(PolicyFileModule.fromFiles("mine", CnParameters.catalog(), java.util.List.of(file)))
            .build(), org.jiuzhu.core.policy.PolicyException.class);
    // said once, for the region that gives it (not again for each county of Pingliang)
    assertThat(e.getMessage(org.jiuzhu.core.text.Lang.EN)).endsWith(": 1 problem\n  - region 620800 Pingliang City from 1 January 2025:"
        + " tekun.care.full-min-failed-items is 4 (national, national.yaml:264), below tekun.care.partial-min-failed-items,"
        + " which is 5 (620800 Pingliang City, " + file + ":5); expected at least that where they apply together");
    assertThat(e.getMessage(org.jiuzhu.core.text.Lang.ZH)).endsWith("：1 个问题\n  - 地区 620800 平凉市 自2025年1月1日起："
        + "tekun.care.full-min-failed-items 的取值 4（全国，national.yaml:264）小于 tekun.care.partial-min-failed-items"
        + " 的取值 5（620800 平凉市，" + file + ":5）；合并后前者应不小于后者");
    // a county of the same file gives full care alone, below its province's partial care
    java.nio.file.Path county = dir.resolve("county.yaml");
    java.nio.file.Files.writeString(county, countyFile());
    assertThat(loader.load(county).problems()).isEmpty();
    org.jiuzhu.core.policy.PolicyException c = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> installed.toBuilder().override(PolicyFileModule.fromFiles("mine", CnParameters.catalog(), java.util.List.of(county)))
            .build(), org.jiuzhu.core.policy.PolicyException.class);
    assertThat(c.getMessage(org.jiuzhu.core.text.Lang.EN)).endsWith(": 1 problem\n  - region 620826 Jingning from 1 March 2025:"
        + " tekun.care.full-min-failed-items is 3 (620826 Jingning, " + county + ":7), below tekun.care.partial-min-failed-items,"
        + " which is 4 (620800 Pingliang City, " + county + ":6); expected at least that where they apply together");
    // in order once layered: built
    java.nio.file.Files.writeString(file, HEAD + entry("tekun.care.partial-min-failed-items", "count", "4"));
    assertThat(installed.toBuilder().override(PolicyFileModule.fromFiles("mine", CnParameters.catalog(), java.util.List.of(file)))
        .build().orders()).containsExactly(new org.jiuzhu.core.policy.ParameterOrder("tekun.care.full-min-failed-items",
            "tekun.care.partial-min-failed-items"));
  }

  private static String countyFile() {
    return "format: jiuzhu-policy/1\n"
        + "regions:\n"
        + "  - {code: \"620800\", name: 平凉市, nameEn: Pingliang City}\n"
        + "  - {code: \"620826\", name: 静宁县, nameEn: Jingning}\n"
        + "parameters:\n"
        + "  - {key: tekun.care.partial-min-failed-items, region: \"620800\", unit: count, reference: x, status: illustrative,"
        + " values: [{from: 2025-01-01, value: 4}]}\n"
        + "  - {key: tekun.care.full-min-failed-items, region: \"620826\", unit: count, reference: x, status: illustrative,"
        + " values: [{from: 2025-03-01, value: 3}]}\n";
  }

  /** The trial's mypol2: the overlap needs only the dates, so a bad value of the series does not hide it. */
  @Test
  void anOverlapIsSaidBesideABadValueOfTheSeries() {
    PolicyFile f = load(standard("      - from: 2025-01-01\n        to: 2025-08-01\n        value: 580\n"
        + "      - from: 2025-07-01\n        value: -10\n"));
    assertThat(f.problems()).extracting(p -> p.line() + " " + p.message()).containsExactly(
        "14 negative amount -10.00; expected an amount >= 0 in CNY/person/month",
        "14 dibao.standard.rural for region 620800: the value of 1 January 2025 to 31 July 2025 (at test.yaml:11) overlaps that of"
            + " 1 July 2025 onwards (at test.yaml:14) (each period includes its last day)");
    // a value of no unit's shape, and a gap: both said
    PolicyFile gap = load(standard("      - from: 2025-01-01\n        to: 2025-06-01\n        value: [1]\n"
        + "      - from: 2025-07-01\n        value: 650\n"));
    assertThat(gap.problems()).extracting(PolicyFileProblem::line).containsExactly(11, 14);
    assertThat(gap.problems().get(1).message()).contains("no value from 1 June 2025 to 30 June 2025");
  }

  @Test
  void aGapInASeries() {
    PolicyFile f = load(standard("      - from: 2025-01-01\n        to: 2025-06-01\n        value: 600\n"
        + "      - from: 2025-07-01\n        value: 650\n"));
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(14);
      assertThat(p.message()).contains("no value from 1 June 2025 to 30 June 2025").contains("must be contiguous");
      assertThat(p.toString(org.jiuzhu.core.text.Lang.ZH)).contains("从2025年6月1日到2025年6月30日没有取值").doesNotContain("2025-06");
    });
  }

  @Test
  void aWrongStatusOfTheEntryIsSaidOnceAtTheEntryNotAtEachValue() {
    PolicyFile f = load("format: jiuzhu-policy/1\n"
        + "parameters:\n"
        + "  - key: dibao.standard.rural\n"
        + "    region: \"620825\"\n"
        + "    unit: CNY/person/month\n"
        + "    status: verifed\n"
        + "    reference: x\n"
        + "    values:\n"
        + "      - {from: 2025-01-01, to: 2025-09-01, value: 590}\n"
        + "      - {from: 2025-09-01, to: 2026-01-01, value: 600}\n"
        + "      - {from: 2026-01-01, value: 610, status: verfied}\n");
    assertThat(f.problems()).extracting(PolicyFileProblem::toString).containsExactly(
        "test.yaml:6: dibao.standard.rural: status 'verifed'; expected verified or illustrative",
        "test.yaml:11: dibao.standard.rural: status 'verfied'; expected verified or illustrative");
    assertThat(f.values()).isEmpty();
  }

  @Test
  void badDatesRegionsStatusesAndMissingFields() {
    PolicyFile f = load("format: jiuzhu-policy/2\n"
        + "regions:\n"
        + "  - {code: \"62080\", name: 平凉市}\n"
        + "parameters:\n"
        + "  - key: dibao.standard.rural\n"
        + "    region: \"999999\"\n"
        + "    unit: CNY/person/month\n"
        + "    values:\n"
        + "      - {from: 2025-13-01, value: 600, status: official}\n"
        + "      - {from: 2025-01-01, to: 2025-01-01, value: 600, status: verified, reference: x}\n"
        + "      - {value: 600}\n");
    assertThat(f.problems()).extracting(PolicyFileProblem::toString).containsExactly(
        "test.yaml:1: format is 'jiuzhu-policy/2'; expected 'jiuzhu-policy/1'",
        "test.yaml:3: 'code': region code '62080' is not 6 digits (GB/T 2260) or 9 digits (township)",
        "test.yaml:3: region 62080: missing field 'nameEn' (its English name)",
        "test.yaml:5: dibao.standard.rural: 'region': region code '999999' starts with 99, which is no province in GB/T 2260",
        "test.yaml:9: dibao.standard.rural: 'from' is '2025-13-01'; expected a date YYYY-MM-DD",
        "test.yaml:9: dibao.standard.rural: status 'official'; expected verified or illustrative",
        "test.yaml:9: dibao.standard.rural: missing field 'reference'; every value names the instrument and article it implements",
        "test.yaml:10: dibao.standard.rural: 'to' (1 January 2025) is not after 'from' (1 January 2025); a value is in force from its"
            + " 'from' day to the day before its 'to' (the first day no longer in force), so 'to' must be later than 'from'",
        "test.yaml:10: dibao.standard.rural: marked verified but names no 'source'; give the official source (title, issuer, date, address, kind) or mark it illustrative",
        "test.yaml:11: dibao.standard.rural: missing field 'from'; expected a date YYYY-MM-DD",
        "test.yaml:11: dibao.standard.rural: missing field 'status'; expected verified or illustrative",
        "test.yaml:11: dibao.standard.rural: missing field 'reference'; every value names the instrument and article it implements");
    assertThat(f.values()).isEmpty();
    assertThatThrownBy(f::orThrow).isInstanceOf(PolicyFileException.class).hasMessageContaining("12 problems");
    // the same problems in Chinese: the file's own field names and values in quotes, no English words
    assertThat(f.problems()).extracting(p -> p.toString(org.jiuzhu.core.text.Lang.ZH)).containsExactly(
        "test.yaml:1: 格式为“jiuzhu-policy/2”；应为“jiuzhu-policy/1”",
        "test.yaml:3: 字段“code”：行政区划代码“62080”不是 6 位（国家标准）或 9 位（乡镇）数字",
        "test.yaml:3: 地区 62080 缺少字段“nameEn”（英文名称）",
        "test.yaml:5: dibao.standard.rural: 字段“region”：行政区划代码“999999”以 99 开头，国家标准中没有这个省级代码",
        "test.yaml:9: dibao.standard.rural: “from”为“2025-13-01”；应为日期 年-月-日（如 2025-10-01）",
        "test.yaml:9: dibao.standard.rural: 状态“official”不对；应为 verified（已核实）或 illustrative（示意）",
        "test.yaml:9: dibao.standard.rural: 缺少字段“reference”；每个取值都应写明所依据的文件和条款",
        "test.yaml:10: dibao.standard.rural: “to”（2025年1月1日）不晚于“from”（2025年1月1日）；取值自“from”当日起生效，到“to”的前一天为止"
            + "（“to”是不再生效的第一天），“to”应晚于“from”",
        "test.yaml:10: dibao.standard.rural: 标为 verified（已核实），却没有“source”；请给出官方来源（标题、发文机关、日期、网址、类型），"
            + "或标为 illustrative（示意）",
        "test.yaml:11: dibao.standard.rural: 缺少字段“from”；应为日期 年-月-日（如 2025-10-01）",
        "test.yaml:11: dibao.standard.rural: 缺少字段“status”；应为 verified（已核实）或 illustrative（示意）",
        "test.yaml:11: dibao.standard.rural: 缺少字段“reference”；每个取值都应写明所依据的文件和条款");
    assertThatThrownBy(f::orThrow).isInstanceOfSatisfying(PolicyFileException.class, e ->
        assertThat(e.getMessage(org.jiuzhu.core.text.Lang.ZH)).startsWith("政策文件有误：12 个问题\n  test.yaml:1: 格式为"));
  }

  /** Latin words in a Chinese text that are not the file's own words: field names, values and units the file holds. */
  private static final java.util.regex.Pattern FILE_WORDS = java.util.regex.Pattern.compile(
      "“[^”]*”|'[^']*'|\\[[^\\]]*\\]|\\b(official-media|statute-text|YAML|UTF-8|UTF-16|jiuzhu-policy/1|format|true|false|verified|illustrative|official|"
          + "official-media|statute-text|national|from|to|value|values|region|regions|code|name|nameEn|key|unit|status|reference|"
          + "source|lead|0x|[A-Z]+/[a-z/]+|[0-9a-f]{2}|[a-z]+(\\.[a-z-]+)+|[a-z]+\\[\\d+\\](\\.[a-z]+(\\[\\d+\\])?)*)\\b");

  @Test
  void everyProblemTextHasBothLanguagesAndTheChineseHasNoEnglishWords() throws Exception {
    java.util.Properties zh = new java.util.Properties();
    java.util.Properties en = new java.util.Properties();
    try (var z = getClass().getResourceAsStream("/org/jiuzhu/rules/policyfile/messages_zh.properties");
        var e = getClass().getResourceAsStream("/org/jiuzhu/rules/policyfile/messages_en.properties")) {
      zh.load(new java.io.InputStreamReader(z, StandardCharsets.UTF_8));
      en.load(new java.io.InputStreamReader(e, StandardCharsets.UTF_8));
    }
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames()).hasSizeGreaterThan(50);
    for (String key : zh.stringPropertyNames()) {
      String text = FILE_WORDS.matcher(zh.getProperty(key).replaceAll("\\{\\d[^}]*\\}", "0")).replaceAll(" ");
      assertThat(text).as(key + ": " + zh.getProperty(key)).doesNotContainPattern("[A-Za-z]{2,}");
    }
  }

  /**
   * A syntax error sets aside only the part it is in: the missing format, a bad value of another
   * entry and a second syntax error are said beside it, and a region declared in a part set aside
   * is not held against the entries that use it.
   */
  @Test
  void aSyntaxErrorIsSaidWithEveryOtherProblemOfTheFile() {
    String yaml = "module: trial.tab\n"                                                   // 1: no format
        + "regions:\n"
        + "  - {code: \"620825101\", name: 朝那镇, nameEn: Chaona Town}\n"
        + "  - code: \"620825102\"\n"                                                  // 4
        + "\tname: 南湖镇\n"                                                             // 5: a tab
        + "    nameEn: Nanhu Town\n"
        + "parameters:\n"
        + "  - key: dibao.standard.rural\n"                                              // 8: in 620825102, set aside
        + "    region: \"620825102\"\n    unit: CNY/person/month\n    reference: x\n    status: illustrative\n"
        + "    values:\n      - from: 2025-07-01\n        value: 600\n"
        + "  - key: dibao.standard.urban\n"                                              // 16
        + "    region: \"620825101\"\n    unit: CNY/person/month\n    reference: x\n    status: verified\n"
        + "    values:\n      - from: 2025-07-01\n        value: 700\n"
        + "\t- from: 2026-01-01\n"                                                       // 24: a tab
        + "        value: 710\n"
        + "  - key: dibao.standard.urban\n"                                              // 26
        + "    region: \"620825\"\n    unit: CNY/person/month\n    reference: x\n    status: illustrative\n"
        + "    values:\n      - from: 2025-07-01\n        value: -1\n";               // 32
    assertThat(load(yaml).problems()).extracting(PolicyFileProblem::toString).containsExactly(
        "test.yaml:1: missing field 'format'; expected 'format: jiuzhu-policy/1'",
        "test.yaml:5: malformed policy file: line 5, column 1: a tab is used to indent; YAML indents with spaces only;"
            + " the part it is in (lines 4–6) is checked once it is fixed",
        "test.yaml:24: dibao.standard.urban: malformed policy file: line 24, column 1: a tab is used to indent; YAML indents"
            + " with spaces only; the part it is in (lines 16–25) is checked once it is fixed",
        "test.yaml:32: dibao.standard.urban: negative amount -1.00; expected an amount >= 0 in CNY/person/month");
    assertThat(load(yaml).problems().get(2).toString(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("test.yaml:24: dibao.standard.urban: "
        + "政策文件格式有误：第 24 行第 1 列：用制表符缩进；YAML 只能用空格缩进；所在的这一部分（第 16–25 行）改正后才能检查");
  }

  /**
   * The values of one entry marked verified without a source are one omission: said once, at the
   * entry, with their lines (a source on the entry covers them all); a lone value at its own line.
   */
  @Test
  void verifiedValuesWithoutASourceAreSaidOncePerEntry() {
    PolicyFile f = load(HEAD
        + "  - key: dibao.standard.rural\n    region: \"620800\"\n    unit: CNY/person/month\n    reference: x\n"
        + "    status: verified\n    values:\n"
        + "      - {from: 2025-01-01, to: 2025-07-01, value: 600}\n"                    // 11
        + "      - {from: 2025-07-01, to: 2026-01-01, value: 610}\n"                    // 12
        + "      - {from: 2026-01-01, value: 620}\n"                                    // 13
        + "  - key: dibao.standard.urban\n    region: \"620800\"\n    unit: CNY/person/month\n    reference: x\n"
        + "    values:\n"
        + "      - {from: 2025-01-01, value: 700, status: verified}\n");              // 19
    assertThat(f.problems()).extracting(PolicyFileProblem::toString).containsExactly(
        "test.yaml:5: dibao.standard.rural: the 3 values of this entry (lines 11, 12, 13) are all marked verified but name no"
            + " 'source'; give the official source (title, issuer, date, address, kind) once on the entry, which covers all its"
            + " values, or mark them illustrative",
        "test.yaml:19: dibao.standard.urban: marked verified but names no 'source'; give the official source (title, issuer,"
            + " date, address, kind) or mark it illustrative");
    assertThat(f.problems().get(0).toString(org.jiuzhu.core.text.Lang.ZH)).startsWith(
        "test.yaml:5: dibao.standard.rural: 这一项的 3 个取值（第 11、12、13 行）都标为 verified（已核实），却都没有“source”；");
  }

  @Test
  void malformedYamlIsSaidInOurWordsWithLineAndColumnNeverTheParsersText() {
    PolicyFile f = load("format: jiuzhu-policy/1\nkey: [\n");
    PolicyFileProblem p = f.problems().get(f.problems().size() - 1);
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.toString()).isEqualTo("test.yaml:3: malformed policy file: line 3, column 1: the file ends inside a list [ … ]"
        + " or map { … } that was opened and not closed");
    assertThat(p.toString(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("test.yaml:3: 政策文件格式有误：第 3 行第 1 列："
        + "文件在一个以 [ 或 { 开始的列表或映射中结束，括号没有闭合");
    // a quote left open is named where it opens, not where YAML trips over it lines later
    PolicyFileProblem quote = load("format: jiuzhu-policy/1\nparameters:\n  - key: dibao.standard.rural\n    region: \"620825\n"
        + "    unit: CNY/person/month\n    reference: x\n").problems().get(0);
    // the entry it is in is set aside (its key named) and the rest of the file read and checked
    assertThat(quote.toString()).isEqualTo("test.yaml:4: dibao.standard.rural: malformed policy file: line 4, column 13: a quoted"
        + " value is not closed; the part it is in (lines 3–6) is checked once it is fixed");
    assertThat(quote.toString(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("test.yaml:4: dibao.standard.rural: 政策文件格式有误：第 4 行第 13 列："
        + "有一个加引号的值没有闭合引号；所在的这一部分（第 3–6 行）改正后才能检查");
    assertThat(load("format: jiuzhu-policy/1\nregions:\n\t- {code: \"620800\"}\n").problems()).singleElement()
        .satisfies(t -> assertThat(t.message()).endsWith("a tab is used to indent; YAML indents with spaces only;"
            + " the line is checked once it is fixed"));
    for (String yaml : new String[] {"format: jiuzhu-policy/1\nkey: [\n", "format: jiuzhu-policy/1\nregions: {a: 1\n",
        "format: \"jiuzhu-policy/1\nregions: []\n", "format: jiuzhu-policy/1\n regions: x: y\n", "format: a: b\n"}) {
      for (PolicyFileProblem q : load(yaml).problems()) {
        assertThat(q.message()).as(yaml).doesNotContain("reader", "while parsing", "expected the node", "^", "Cannot", "Unexpected");
        assertThat(q.message(org.jiuzhu.core.text.Lang.ZH)).as(yaml).doesNotContain("reader", "while", "expected");
      }
    }
  }

  @Test
  void valuesOfTheCoresFormatsAreRefusedInBothLanguages() {
    PolicyFile f = load(HEAD
        + "  - {key: dibao.amount.rounding, region: \"620800\", unit: rounding, reference: x, status: illustrative,"
        + " note: n, values: [{from: 2025-01-01, value: \"HALF:1\"}]}\n"
        + "  - {key: dibao.standard.rural, region: \"620800\", unit: CNY/person/month, reference: x, status: illustrative,"
        + " note: n, values: [{from: 2025-01-01, value: \"6百\"}]}\n");
    assertThat(f.problems()).extracting(p -> p.message(org.jiuzhu.core.text.Lang.ZH)).containsExactly(
        "“HALF:1”的取整方式无法识别；应为“方式:步长”，如“HALF_UP:1”（方式：“UP”远离零、“DOWN”趋向零、“CEILING”向上、“FLOOR”向下、"
            + "“HALF_UP”四舍五入、“HALF_DOWN”五舍六入、“HALF_EVEN”四舍六入五成双；步长以元为单位，如 0.01、0.1、1、10）",
        "“6百”不是金额；应为以元为单位的数字，如 760.50");
    assertThat(f.problems()).extracting(PolicyFileProblem::message).containsExactly(
        "'HALF:1' has an unknown rounding mode; expected MODE:STEP such as HALF_UP:1 (modes: UP, DOWN, CEILING, FLOOR, HALF_UP,"
            + " HALF_DOWN, HALF_EVEN; step in yuan, e.g. 0.01, 0.1, 1, 10)",
        "'6百' is not an amount; expected a decimal number of yuan such as 760.50");
  }

  @Test
  void aFileThatIsNotThereIsNamedWithoutALineNumber() {
    java.nio.file.Path missing = java.nio.file.Path.of("target", "no-such-policy.yaml");
    PolicyFileProblem p = loader.load(missing).problems().get(0);
    assertThat(p.line()).isZero();
    assertThat(p.toString()).isEqualTo(missing + ": the file does not exist; expected an existing policy file (YAML, jiuzhu-policy/1)");
    assertThat(p.toString(org.jiuzhu.core.text.Lang.ZH)).isEqualTo(missing + ": 文件不存在；应为已有的政策文件（YAML，格式 jiuzhu-policy/1）");
  }

  @Test
  void aVerifiedValueNeedsAWholeOfficialSource() {
    PolicyFile f = load(standard("      - from: 2025-01-01\n        value: 600\n        status: verified\n"
        + "        source: 平凉市人民政府 notice\n"
        + "      - from: 2025-07-01\n        value: 650\n        status: verified\n"
        + "        source: {title: t, issuer: i, date: 2025-07-01, address: \"http://mirror.example\", kind: mirror}\n"
        + "      - from: 2026-01-01\n        value: 660\n        status: verified\n"
        + "        source: {title: t, kind: official, page: 3}\n"));
    assertThat(f.problems()).extracting(PolicyFileProblem::toString).containsExactly(
        "test.yaml:11: dibao.standard.rural: 'source' is string; expected a map with [title, issuer, number, date, address, kind, quote]"
            + " (a mirror or republication goes in 'lead')",
        "test.yaml:15: dibao.standard.rural: 'source.kind' is 'mirror'; expected official, official-media or statute-text"
            + " (a mirror or a republication is a 'lead', and its value stays illustrative)",
        // the values are still checked against each other, though each has a problem of its own; in file order
        "test.yaml:15: dibao.standard.rural: dibao.standard.rural for region 620800: the value of 1 January 2025 onwards (at test.yaml:11)"
            + " overlaps that of 1 July 2025 onwards (at test.yaml:15) (each period includes its last day)",
        "test.yaml:19: dibao.standard.rural: unknown field 'source.page'; expected one of [title, issuer, number, date, address, kind, quote]",
        // every problem of that source at once, not the unknown field first
        "test.yaml:19: dibao.standard.rural: 'source.issuer': no issuing body",
        "test.yaml:19: dibao.standard.rural: 'source.date': no date of the document (YYYY-MM-DD)",
        "test.yaml:19: dibao.standard.rural: 'source.address': no address of the page read",
        "test.yaml:19: dibao.standard.rural: dibao.standard.rural for region 620800: the value of 1 July 2025 onwards (at test.yaml:15)"
            + " overlaps that of 1 January 2026 onwards (at test.yaml:19) (each period includes its last day)");
  }

  @Test
  void strictReading() {
    // a key given twice in one map
    PolicyFile dup = load(standard("      - from: 2025-01-01\n        value: 600\n        value: 700\n"));
    assertThat(dup.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(13);
      assertThat(p.message()).startsWith("malformed policy file").contains("'value' is given twice");
    });
    // a key given twice does not hide the other problems of the file: each is said
    PolicyFile more = load(standard("      - from: 2025-01-01\n        value: 600\n        value: 700\n"
        + "      - from: 2025-13-01\n        value: 650\n"));
    assertThat(more.problems()).extracting(PolicyFileProblem::line).containsExactly(13, 14);
    assertThat(more.problems().get(0).message()).contains("'value' is given twice");
    assertThat(more.problems().get(1).message()).contains("'from' is '2025-13-01'");
    // a value of the wrong kind does not hide the rest of the file: a bad format and a missing status are said too
    PolicyFile kinds = load(standard("      - from: 2025-01-01\n        value: 600\n        reference: 7\n").replace("jiuzhu-policy/1", "x/2")
        .replace("    status: illustrative\n", ""));
    assertThat(kinds.problems()).extracting(PolicyFileProblem::line).containsExactlyInAnyOrder(12, 1, 10);
    // a value with another problem is still checked against its series: the overlap is said
    PolicyFile overlap = load(standard("      - from: 2025-01-01\n        value: 600\n      - from: 2025-06-01\n        value: 650\n"
        + "        status: illustrative\n").replace("    status: illustrative\n    values", "    values"));
    assertThat(overlap.problems()).extracting(PolicyFileProblem::line).containsExactly(10, 12);
    assertThat(overlap.problems().get(1).message()).contains("overlaps");
    // an unquoted region code is a number: refused, not turned into text
    PolicyFile number = load(HEAD.replace("\"620800\"", "620800"));
    assertThat(number.problems()).singleElement().satisfies(p ->
        assertThat(p.message()).startsWith("malformed policy file at regions[0].code"));
    // a flag written as text, an amount written as a flag, a rounding written as a number
    PolicyFile shapes = load(HEAD
        + "  - {key: marginal.assets.exempt-one-ordinary-car, region: \"620800\", unit: flag, reference: x, status: illustrative,"
        + " note: n, values: [{from: 2025-01-01, value: \"true\"}]}\n"
        + "  - {key: dibao.standard.urban, region: \"620800\", unit: CNY/person/month, reference: x, status: illustrative,"
        + " note: n, values: [{from: 2025-01-01, value: true}]}\n"
        + "  - {key: dibao.amount.rounding, region: \"620800\", unit: rounding, reference: x, status: illustrative,"
        + " note: n, values: [{from: 2025-01-01, value: 1}]}\n");
    assertThat(shapes.problems()).extracting(PolicyFileProblem::message).containsExactly(
        "'true' is not a flag; expected true or false (unquoted)",
        "'value' true is a flag; expected a number in CNY/person/month",
        "'value' 1 is a number; expected text in rounding (quote it)");
    // two documents in one file
    PolicyFile two = load(standard("      - from: 2025-01-01\n        value: 600\n") + "---\nformat: jiuzhu-policy/1\n");
    assertThat(two.problems()).singleElement().hasToString(
        "test.yaml:14: a second YAML document starts here; a policy file holds exactly one document");
    // not UTF-8: the GBK bytes of 凉 (C1 B9)
    byte[] gbk = (HEAD.replace("平凉市", "XX")).getBytes(StandardCharsets.UTF_8);
    int at = new String(gbk, StandardCharsets.UTF_8).indexOf("XX");
    gbk[at] = (byte) 0xC1;
    gbk[at + 1] = (byte) 0xB9;
    PolicyFile notUtf8 = new PolicyFileLoader(CnParameters.catalog()).load("gbk.yaml", new ByteArrayInputStream(gbk));
    assertThat(notUtf8.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("gbk.yaml");
      assertThat(p.message()).startsWith("not valid UTF-8: byte " + at + " (line 3) is 0xC1");
    });
    byte[] utf16 = HEAD.getBytes(StandardCharsets.UTF_16);
    assertThat(new PolicyFileLoader(CnParameters.catalog()).load("u16.yaml", new ByteArrayInputStream(utf16)).problems())
        .singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-16").contains("policy files are UTF-8"));
  }

  @Test
  void aPolicyFileOfAtMost4MiBIsReadAndALargerOneIsRefusedWithTheLimitAndItsSize() {
    String file = standard("      - from: 2025-01-01\n        value: 600\n");
    int max = org.jiuzhu.rules.io.StrictInput.MAX_POLICY_FILE_BYTES;
    assertThat(max).isEqualTo(4 << 20);
    PolicyFileLoader loader = new PolicyFileLoader(CnParameters.catalog());
    // padded with new lines as it is read (the test never holds the file)
    assertThat(loader.load("at.yaml", org.jiuzhu.rules.io.Padded.of(file, max, '\n')).problems()).isEmpty();
    PolicyFile over = loader.load("over.yaml", org.jiuzhu.rules.io.Padded.of(file, max + 1L, '\n'));
    assertThat(over.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("over.yaml");
      assertThat(p).hasToString("over.yaml: the file is 4194305 bytes; expected a policy file of at most 4 MiB (4194304 bytes)");
      assertThat(p.message(org.jiuzhu.core.text.Lang.EN)).isEqualTo("the file is 4194305 bytes; expected a policy file of at most 4 MiB (4194304 bytes)");
      assertThat(p.message(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("文件为 4194305 字节；政策文件应不超过 4 兆字节（4194304 字节）");
    });
    assertThat(loader.load("endless.yaml", org.jiuzhu.rules.io.Padded.of(file, Long.MAX_VALUE, '\n')).problems())
        .singleElement().satisfies(p -> assertThat(p.message(org.jiuzhu.core.text.Lang.EN))
            .isEqualTo("the file is more than 1 GiB; expected a policy file of at most 4 MiB (4194304 bytes)"));
  }

  @Test
  void emptyFileAndWrongShapes() {
    assertThat(load("").problems()).singleElement().hasToString("test.yaml:1: the file is empty; expected 'format: jiuzhu-policy/1'");
    PolicyFile f = load(standard("      - from: 2025-01-01\n        value: [600, 700]\n"));
    assertThat(f.problems()).singleElement().hasToString(
        "test.yaml:11: dibao.standard.rural: 'value' is a list; expected one CNY/person/month value");
    // a list given one value is said (not also as missing), and the entry's other problems beside it
    assertThat(load(HEAD + "  - key: dibao.standard.rural\n    values: 600\n").problems()).extracting(PolicyFileProblem::toString)
        .containsExactly(
            "test.yaml:5: dibao.standard.rural: missing field 'region'; expected a region (6 digits, 9 for a township, or 'national')",
            "test.yaml:5: dibao.standard.rural: missing field 'unit'; expected CNY/person/month",
            "test.yaml:6: dibao.standard.rural: malformed policy file at parameters[0].values (line 6, column 13): the value has the wrong"
            + " kind; expected a list");
  }

  @Test
  void otherUnitsParse() {
    PolicyFile f = load(HEAD
        + "  - key: dibao.amount.rounding\n    region: \"620800\"\n    unit: rounding\n    reference: x\n    status: illustrative\n"
        + "    values:\n      - {from: 2025-01-01, value: \"HALF_UP:1\"}\n"
        + "  - key: marginal.assets.exempt-one-ordinary-car\n    region: \"620800\"\n    unit: flag\n    reference: x\n"
        + "    status: illustrative\n    values:\n      - {from: 2025-01-01, value: maybe}\n");
    assertThat(f.problems()).singleElement().hasToString(
        "test.yaml:18: marginal.assets.exempt-one-ordinary-car: 'maybe' is not a flag; expected true or false (unquoted)");
  }
}
