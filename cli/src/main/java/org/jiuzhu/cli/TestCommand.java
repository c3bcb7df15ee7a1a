package org.jiuzhu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs scenario files against the rulebook and the (possibly user-extended) policy. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = {"Run scenario files (jiuzhu-scenarios/1, see docs/scenarios.md).",
        "Each case's expected outcomes and exact amounts are checked in explain and fast mode. Exit 1 when a case fails."})
final class TestCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--lang", defaultValue = "zh", description = "Language of the output: zh or en (default: ${DEFAULT-VALUE}).")
  ScreenCommand.Lang lang;

  @Mixin
  PolicyOptions policyOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
  List<Path> files;

  @Override
  public Integer call() {
    ScenarioRunner runner = new ScenarioRunner(CnRulebook.create(policyOptions.policy()));
    PrintWriter out = spec.commandLine().getOut();
    org.jiuzhu.core.text.Lang l = CliTexts.lang(lang);
    int passed = 0;
    int failed = 0;
    for (Path f : files) {
      for (ScenarioRunner.CaseResult r : runner.run(f)) {
        out.println(CliTexts.get(l, r.passed() ? "test.pass" : "test.fail", r.file(), r.name()));
        // what differed, as the runner names it against the scenario file's own fields and ids
        r.mismatches(l).forEach(m -> out.println(CliTexts.get(l, "test.mismatch", m)));
        if (r.passed()) {
          passed++;
        } else {
          failed++;
        }
      }
    }
    out.println();
    out.println(CliTexts.get(l, "test.summary", Integer.toString(passed), Integer.toString(failed)));
    out.flush();
    return failed == 0 ? 0 : Jiuzhu.INVALID_INPUT;
  }
}
