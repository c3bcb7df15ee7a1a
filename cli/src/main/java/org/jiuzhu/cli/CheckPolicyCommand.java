package org.jiuzhu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.PolicyException;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.policyfile.PolicyFile;
import org.jiuzhu.rules.policyfile.PolicyFileLoader;
import org.jiuzhu.rules.policyfile.PolicyFileModule;
import org.jiuzhu.rules.policyfile.PolicyFileProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates policy files, alone and together with the embedded policy. */
@Command(name = "check-policy", mixinStandardHelpOptions = true,
    description = {"Check policy files: each alone (format, keys, units, values, dates, overlaps, gaps), then all",
        "together on top of the embedded policy (undeclared regions, conflicting region names).",
        "Prints every problem as FILE:LINE: KEY: MESSAGE and exits 1 if there is any."})
final class CheckPolicyCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy files (YAML, jiuzhu-policy/1).")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PolicyFileLoader loader = new PolicyFileLoader(CnParameters.catalog());
    List<PolicyFileProblem> problems = new ArrayList<>();
    int regions = 0;
    int values = 0;
    for (Path p : files) {
      PolicyFile f = loader.load(p);
      problems.addAll(f.problems());
      regions += f.regions().size();
      values += f.values().size();
    }
    if (problems.isEmpty()) {
      try {
        Policy.installed().toBuilder()
            .override(PolicyFileModule.fromFiles("checked files", CnParameters.catalog(), files))
            .build();
      } catch (PolicyException e) {
        err.println(e.getMessage());
        err.flush();
        return Jiuzhu.INVALID_INPUT;
      }
      out.printf("OK: %d file%s, %d regions, %d values%n", files.size(), files.size() == 1 ? "" : "s", regions, values);
      out.flush();
      return 0;
    }
    for (PolicyFileProblem p : problems) {
      err.println(p);
    }
    err.printf("%d problem%s in %d file%s%n", problems.size(), problems.size() == 1 ? "" : "s", files.size(),
        files.size() == 1 ? "" : "s");
    err.flush();
    return Jiuzhu.INVALID_INPUT;
  }
}
