package org.jiuzhu.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.core.text.Lang;
import org.junit.jupiter.api.Test;

/** The runner itself: a wrong expectation fails, and bad files and cases say what is wrong. */
final class ScenarioRunnerTest {
  private static final ScenarioRunner RUNNER = new ScenarioRunner(CnRulebook.create(Policy.installed()));
  private static final String HOUSEHOLD = "{\"id\":\"c\",\"region\":\"230300\",\"applicant\":\"m1\",\"members\":[{\"id\":\"m1\","
      + "\"relationship\":\"APPLICANT\",\"birthDate\":\"1980-01-01\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"230300\","
      + "\"workStatus\":\"FARMING\"}]}";

  private static List<ScenarioRunner.CaseResult> run(String yaml) throws IOException {
    return RUNNER.run("t.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aCorrectExpectationPasses() throws IOException {
    List<ScenarioRunner.CaseResult> r = run("format: jiuzhu-scenarios/1\ncases:\n  - name: ok\n    date: 2025-10-01\n"
        + "    household: " + HOUSEHOLD + "\n    expect: {cn.dibao: {outcome: ELIGIBLE, monthly: \"540.00\"}}\n");
    assertThat(r).singleElement().satisfies(c -> assertThat(c.passed()).as(c.toString()).isTrue());
  }

  @Test
  void aCaseMayLayItsOwnPolicyOverTheShippedOneAndABadOneIsNamed() throws IOException {
    String head = "format: jiuzhu-scenarios/1\ncases:\n  - name: p\n    date: 2025-10-01\n    household: " + HOUSEHOLD + "\n";
    String param = "{key: dibao.standard.rural, region: \"230300\", unit: CNY/person/month, reference: x, status: illustrative,"
        + " note: n, values: [{from: 2025-01-01, value: %s}]}";
    List<ScenarioRunner.CaseResult> ok = run(head + "    policy: {parameters: [" + String.format(param, "541") + "]}\n"
        + "    expect: {cn.dibao: {outcome: ELIGIBLE, monthly: \"541.00\"}}\n");
    assertThat(ok).singleElement().satisfies(c -> assertThat(c.passed()).as(c.toString()).isTrue());
    List<ScenarioRunner.CaseResult> bad = run(head + "    policy: {parameters: [" + String.format(param, "-1") + "]}\n"
        + "    expect: {cn.dibao: {outcome: ELIGIBLE}}\n");
    assertThat(bad).singleElement().satisfies(c -> assertThat(c.mismatches()).singleElement()
        .satisfies(m -> assertThat(m).startsWith("policy: t.yaml (p, policy):").contains("negative amount -1.00")));
    List<ScenarioRunner.CaseResult> stage = run(head + "    policy: {parameters: [{key: dibao.amount.rounding-stage,"
        + " region: \"230300\", unit: rounding-stage, reference: x, status: illustrative, note: n,"
        + " values: [{from: 2025-01-01, value: yearly}]}]}\n    expect: {cn.dibao: {outcome: ELIGIBLE}}\n");
    assertThat(stage).singleElement().satisfies(c -> assertThat(c.mismatches()).singleElement()
        .satisfies(m -> assertThat(m).contains("dibao.amount.rounding-stage is 'yearly'; expected one of household, member, end")));
  }

  @Test
  void aScenarioFileOfAtMost16MiBIsReadAndALargerOneIsRefusedWithItsSize() throws IOException {
    String ok = "format: jiuzhu-scenarios/1\ncases:\n  - name: ok\n    date: 2025-10-01\n"
        + "    household: " + HOUSEHOLD + "\n    expect: {cn.dibao: {outcome: ELIGIBLE, monthly: \"540.00\"}}\n";
    int max = org.jiuzhu.rules.io.StrictInput.MAX_SCENARIO_FILE_BYTES;
    assertThat(max).isEqualTo(16 << 20);
    // padded with new lines up to the limit (made as it is read, never held by the test)
    assertThat(RUNNER.run("t.yaml", org.jiuzhu.rules.io.Padded.of(ok, max, '\n')))
        .singleElement().satisfies(c -> assertThat(c.passed()).as(c.toString()).isTrue());
    assertThat(RUNNER.run("t.yaml", org.jiuzhu.rules.io.Padded.of(ok, max + 1L, '\n'))).singleElement().satisfies(c -> {
      assertThat(c.passed()).isFalse();
      assertThat(c.mismatches()).containsExactly("t.yaml is 16777217 bytes; expected one document of at most 16 MiB (16777216 bytes)");
    });
    // a key given twice is still found in a file of the limit (past the YAML parser's own default of 3 Mi code points)
    String twice = ok.replace("  - name: ok\n", "  - name: ok\n    name: ok\n");
    assertThat(RUNNER.run("t.yaml", org.jiuzhu.rules.io.Padded.of(twice, max, '\n'))).singleElement()
        .satisfies(c -> assertThat(c.mismatches()).singleElement().satisfies(m -> assertThat(m).contains("'name' is given twice")));
  }

  @Test
  void aWrongAmountOrOutcomeFailsAndSaysWhy() throws IOException {
    List<ScenarioRunner.CaseResult> r = run("format: jiuzhu-scenarios/1\ncases:\n  - name: wrong\n    date: 2025-10-01\n"
        + "    household: " + HOUSEHOLD + "\n    expect: {cn.dibao: {outcome: INELIGIBLE, monthly: \"540.01\"}, cn.nope: {outcome: ELIGIBLE}}\n");
    assertThat(r).singleElement().satisfies(c -> {
      assertThat(c.passed()).isFalse();
      assertThat(c.mismatches()).anySatisfy(m -> assertThat(m).startsWith("cn.dibao: outcome eligible, expected not eligible (Eligible for"));
      assertThat(c.mismatches()).contains("cn.dibao: monthly 540.00, expected 540.01");
      assertThat(c.mismatches()).anySatisfy(m -> assertThat(m).startsWith("unknown programme 'cn.nope'"));
    });
  }

  @Test
  void everyExpectationFieldIsCompared() throws IOException {
    String household = "{\"id\":\"c\",\"region\":\"230300\",\"applicant\":\"m1\",\"members\":[{\"id\":\"m1\","
        + "\"relationship\":\"APPLICANT\",\"birthDate\":\"1980-01-01\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"230300\","
        + "\"workStatus\":\"FARMING\"}],\"events\":[{\"date\":\"2025-09-01\",\"type\":\"FIRE\",\"amount\":\"100\"}]}";
    List<ScenarioRunner.CaseResult> r = run("format: jiuzhu-scenarios/1\ncases:\n  - name: all wrong\n    date: 2025-10-01\n"
        + "    household: " + household + "\n    expect:\n"
        + "      cn.dibao: {outcome: ELIGIBLE, shares: {m1: \"1.00\", m9: \"0\"}, validFrom: 2025-12-01, validUntil: 2026-01-01,"
        + " nextReview: 2026-01-01, level: COUNTY, colour: red, monthly: \"abc\"}\n"
        + "      cn.temporary-assistance: {outcome: ELIGIBLE, oneOff: \"99.00\", details: {kind: EXPENDITURE}, level: COUNTY}\n");
    assertThat(r.get(0).mismatches()).containsExactlyInAnyOrder(
        "cn.dibao: unknown expectation 'colour'; expected one of [details, level, monthly, nextReview, oneOff, outcome, shares,"
            + " validFrom, validUntil]",
        "cn.dibao: expected monthly 'abc' is not an amount; expected a decimal number of yuan such as 760.50",
        "cn.dibao: share of m1 is 540.00, expected 1.00",
        "cn.dibao: share of m9 is none, expected 0.00",
        "cn.dibao: level none, expected county civil-affairs bureau",
        "cn.dibao: validFrom 2025-11-01, expected 2025-12-01",
        "cn.dibao: validUntil none, expected 2026-01-01",
        "cn.dibao: nextReview 2026-04-01, expected 2026-01-01",
        "cn.temporary-assistance: oneOff 100.00, expected 99.00",
        "cn.temporary-assistance: detail kind is EMERGENCY, expected EXPENDITURE",
        "cn.temporary-assistance: level township (乡镇街道), expected county civil-affairs bureau");
    assertThat(r.get(0).toString()).startsWith("FAIL t.yaml: all wrong\n    ");
    // in Chinese: outcomes and levels in words, no enum names, "none" as 无
    assertThat(r.get(0).mismatches(Lang.ZH)).contains("cn.dibao：成员 m1 的份额：540.00 元，预期：1.00 元",
        "cn.dibao：成员 m9 的份额：无，预期：0.00 元");
    assertThat(String.join("\n", r.get(0).mismatches(Lang.ZH))).doesNotContain("TOWNSHIP").doesNotContain("COUNTY")
        .doesNotContain("null");
  }

  @Test
  void aFileOfSeveralCasesReportsEach() throws IOException {
    String c = "  - name: %s\n    date: 2025-10-01\n    household: " + HOUSEHOLD + "\n    expect: {cn.dibao: {outcome: %s}}\n";
    List<ScenarioRunner.CaseResult> r = run("format: jiuzhu-scenarios/1\ncases:\n" + String.format(c, "one", "ELIGIBLE")
        + String.format(c, "two", "INELIGIBLE") + "  - date: 2025-10-01\n    household: " + HOUSEHOLD
        + "\n    expect: {cn.dibao: {monthly: \"540\"}}\n");
    assertThat(r).extracting(ScenarioRunner.CaseResult::name).containsExactly("one", "two", "case 3");
    assertThat(r).extracting(ScenarioRunner.CaseResult::passed).containsExactly(true, false, false);
    assertThat(r.get(1).mismatches().get(0)).startsWith("cn.dibao: outcome eligible, expected not eligible (Eligible for");
    assertThat(r.get(2).mismatches()).containsExactly("cn.dibao: 'outcome' is required");
    assertThat(r.get(0).toString()).isEqualTo("PASS t.yaml: one");
    assertThat(r.get(0).file()).isEqualTo("t.yaml");
  }

  @Test
  void scenarioFilesAreReadStrictly() throws IOException {
    List<ScenarioRunner.CaseResult> twice = run("format: jiuzhu-scenarios/1\ncases:\n  - name: a\n    date: 2025-10-01\n"
        + "    date: 2025-11-01\n");
    assertThat(twice).hasSize(1);
    assertThat(twice.get(0).name()).isEqualTo("(file)");
    assertThat(twice.get(0).mismatches().get(0)).startsWith("cases[0].date (line 5, column 5): 'date' is given twice in cases[0]");
    assertThat(run("format: jiuzhu-scenarios/1\ncases: []\n---\nformat: other\n").get(0).mismatches().get(0))
        .contains("expected exactly one document");
    assertThat(run("format: jiuzhu-scenarios/1\ncases:\n  - {name: \"a\\ud800\"}\n").get(0).mismatches().get(0))
        .startsWith("cases[0].name (line 3, column 12): 'cases[0].name' holds a lone surrogate");
  }

  @Test
  void badFilesAndCasesAreReported() throws IOException {
    assertThat(run("cases: [").get(0).mismatches().get(0)).startsWith("cases: t.yaml:1: malformed (column 9): the file ends inside a list");
    assertThat(run("format: other\n").get(0).mismatches().get(0)).contains("expected 'format: jiuzhu-scenarios/1'");
    List<ScenarioRunner.CaseResult> r = run("format: jiuzhu-scenarios/1\ncases:\n  - name: bad\n    date: 2025-13-01\n    colour: red\n"
        + "    household: {id: c, region: \"99\", applicant: m1, members: []}\n    expect: {}\n");
    assertThat(r.get(0).mismatches()).anySatisfy(m -> assertThat(m).contains("unknown field 'colour'"))
        .anySatisfy(m -> assertThat(m).contains("'date' is '2025-13-01'"))
        .anySatisfy(m -> assertThat(m).contains("region: region code '99' is not 6 digits"))
        .anySatisfy(m -> assertThat(m).contains("'expect' must map programme ids"));
  }

  /**
   * A case's policy can stand for a region that lacks a value (a series in force only from a later
   * date). A household that does not need the value is decided (the shipped cases of temporary.yaml);
   * one that needs it cannot be, and the format has no way to expect that: the case fails, naming the
   * key, the region and the date, and only that case.
   */
  @Test
  void aValueTheRegionLacksFailsOnlyTheCaseThatNeedsIt() throws IOException {
    String lack = "{key: %s, region: \"%s\", unit: %s, reference: x, status: illustrative, note: n,"
        + " values: [{from: 2030-01-01, value: %s}]}";
    String couple = "{\"id\":\"c\",\"region\":\"230300\",\"applicant\":\"m1\",\"members\":[{\"id\":\"m1\","
        + "\"relationship\":\"APPLICANT\",\"birthDate\":\"1980-05-01\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"230300\","
        + "\"workStatus\":\"FARMING\"},{\"id\":\"m2\",\"relationship\":\"SPOUSE\",\"birthDate\":\"1982-03-01\","
        + "\"hukouType\":\"RURAL\",\"hukouRegion\":\"230300\",\"workStatus\":\"FARMING\"}],"
        + "\"incomes\":[{\"member\":\"m1\",\"category\":\"TRANSFER_NET\",\"months\":{\"from\":\"2024-10\",\"to\":\"2025-09\"},"
        + "\"gross\":\"2000\"}]%s}";
    String elderly = "{\"id\":\"c\",\"region\":\"230300\",\"applicant\":\"m1\",\"members\":[{\"id\":\"m1\","
        + "\"relationship\":\"APPLICANT\",\"birthDate\":\"1950-01-01\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"230300\","
        + "\"workStatus\":\"NOT_WORKING\",\"carePlacement\":\"HOME\",\"selfCare\":{\"eating\":true,\"dressing\":true,"
        + "\"bedTransfer\":true,\"toileting\":true,\"indoorWalking\":true,\"bathing\":true}}]}";
    String c = "  - name: %s\n    date: 2025-10-01\n    policy: {parameters: [%s]}\n    household: %s\n"
        + "    expect: {%s: {outcome: %s}}\n";
    String cap = String.format(lack, "temporary.max-months-of-standard", "230000", "ratio", "10");
    String ratio = String.format(lack, "rigid.spending-ratio", "230000", "ratio", "0.7");
    String basic = String.format(lack, "tekun.basic-standard.rural", "230300", "CNY/person/year", "8430");
    List<ScenarioRunner.CaseResult> r = run("format: jiuzhu-scenarios/1\ncases:\n"
        + String.format(c, "nothing to cap", cap, String.format(couple, ""), "cn.temporary-assistance", "INELIGIBLE")
        + String.format(c, "a fire", cap,
            String.format(couple, ",\"events\":[{\"date\":\"2025-09-01\",\"type\":\"FIRE\",\"amount\":\"500\"}]"),
            "cn.temporary-assistance", "ELIGIBLE")
        + String.format(c, "rigid spending", ratio, String.format(couple, ",\"expenditures\":[{\"member\":\"m2\","
            + "\"category\":\"MEDICAL_OUT_OF_POCKET\",\"month\":\"2025-06\",\"amount\":\"30000\"}]"), "cn.rigid-expenditure", "ELIGIBLE")
        + String.format(c, "a 特困 member", basic, elderly, "cn.tekun", "ELIGIBLE"));
    assertThat(r).extracting(ScenarioRunner.CaseResult::passed).containsExactly(true, false, false, false);
    String in = " (ratio) is in force for region 230300 Jixi City on 1 October 2025: it has values only from 1 January 2030;"
        + " searched 230300 → 230000 → national";
    assertThat(r.get(1).mismatches()).singleElement().asString()
        .startsWith("cannot evaluate: no value of temporary.max-months-of-standard" + in);
    assertThat(r.get(2).mismatches()).singleElement().asString().startsWith("cannot evaluate: no value of rigid.spending-ratio" + in);
    assertThat(r.get(3).mismatches()).singleElement().asString()
        .startsWith("cannot evaluate: no value of tekun.basic-standard.rural (CNY/person/year) is in force for region 230300"
            + " Jixi City on 1 October 2025");
  }
}
