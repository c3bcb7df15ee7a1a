package org.jiuzhu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs scenario files against the rulebook and the (possibly user-extended) policy. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = {"Run scenario files (jiuzhu-scenarios/1, see docs/scenarios.md): each case's expected outcomes and",
        "exact amounts are checked in explain and fast mode. Exit 1 when a case fails."})
final class TestCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  PolicyOptions policyOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
  List<Path> files;

  @Override
  public Integer call() {
    ScenarioRunner runner = new ScenarioRunner(CnRulebook.create(policyOptions.policy()));
    PrintWriter out = spec.commandLine().getOut();
    int passed = 0;
    int failed = 0;
    for (Path f : files) {
      for (ScenarioRunner.CaseResult r : runner.run(f)) {
        out.println(r);
        if (r.passed()) {
          passed++;
        } else {
          failed++;
        }
      }
    }
    out.println();
    out.println(passed + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 ? 0 : Jiuzhu.INVALID_INPUT;
  }
}
