package org.jiuzhu.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.cn.CnRulebook;
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
  void aWrongAmountOrOutcomeFailsAndSaysWhy() throws IOException {
    List<ScenarioRunner.CaseResult> r = run("format: jiuzhu-scenarios/1\ncases:\n  - name: wrong\n    date: 2025-10-01\n"
        + "    household: " + HOUSEHOLD + "\n    expect: {cn.dibao: {outcome: INELIGIBLE, monthly: \"540.01\"}, cn.nope: {outcome: ELIGIBLE}}\n");
    assertThat(r).singleElement().satisfies(c -> {
      assertThat(c.passed()).isFalse();
      assertThat(c.mismatches()).anySatisfy(m -> assertThat(m).startsWith("cn.dibao: outcome ELIGIBLE, expected INELIGIBLE"));
      assertThat(c.mismatches()).contains("cn.dibao: monthly 540.00, expected 540.01");
      assertThat(c.mismatches()).anySatisfy(m -> assertThat(m).startsWith("unknown programme 'cn.nope'"));
    });
  }

  @Test
  void badFilesAndCasesAreReported() throws IOException {
    assertThat(run("cases: [").get(0).mismatches().get(0)).startsWith("malformed YAML");
    assertThat(run("format: other\n").get(0).mismatches().get(0)).contains("expected 'format: jiuzhu-scenarios/1'");
    List<ScenarioRunner.CaseResult> r = run("format: jiuzhu-scenarios/1\ncases:\n  - name: bad\n    date: 2025-13-01\n    colour: red\n"
        + "    household: {id: c, region: \"99\", applicant: m1, members: []}\n    expect: {}\n");
    assertThat(r.get(0).mismatches()).anySatisfy(m -> assertThat(m).contains("unknown field 'colour'"))
        .anySatisfy(m -> assertThat(m).contains("'date' is '2025-13-01'"))
        .anySatisfy(m -> assertThat(m).contains("region: region code '99' is not 6 digits"))
        .anySatisfy(m -> assertThat(m).contains("'expect' must map programme ids"));
  }
}
