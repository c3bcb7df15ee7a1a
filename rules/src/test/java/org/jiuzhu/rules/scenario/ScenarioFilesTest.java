package org.jiuzhu.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.cn.CnRulebook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the shipped scenario files: every case must pass, in explain and fast mode alike. */
final class ScenarioFilesTest {
  private static final ScenarioRunner RUNNER = new ScenarioRunner(CnRulebook.create(Policy.installed()));

  @ParameterizedTest
  @ValueSource(strings = {"dibao.yaml", "categories.yaml", "tekun.yaml", "temporary.yaml", "rounding.yaml"})
  void everyCasePasses(String file) throws IOException {
    List<ScenarioRunner.CaseResult> results;
    try (InputStream in = getClass().getResourceAsStream("/scenarios/" + file)) {
      results = RUNNER.run(file, in);
    }
    List<String> failures = new ArrayList<>();
    results.stream().filter(r -> !r.passed()).forEach(r -> failures.add(r.toString()));
    assertThat(results).hasSizeGreaterThan(10);
    assertThat(failures).as(failures.stream().collect(Collectors.joining("\n"))).isEmpty();
  }
}
