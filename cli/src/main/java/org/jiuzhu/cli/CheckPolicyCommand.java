package org.jiuzhu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.policyfile.PolicyFile;
import org.jiuzhu.rules.policyfile.PolicyFileLoader;
import org.jiuzhu.rules.policyfile.PolicyFiles;
import org.jiuzhu.rules.policyfile.PolicyFileProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates policy files, alone and together with the embedded policy, in the language of {@code --lang}. */
@Command(name = "check-policy", mixinStandardHelpOptions = true,
    description = {"Check policy files and list every problem at once; exit 1 if there is any.",
        "Each file is checked alone (format, keys, units, values, dates, overlaps, gaps), then all together on top"
            + " of the embedded policy (undeclared regions, conflicting region names).",
        "Every problem is printed on standard output as FILE:LINE: KEY: PROBLEM, then their count."})
final class CheckPolicyCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--lang", defaultValue = "zh", description = "Language of the messages: zh or en (default: ${DEFAULT-VALUE}).")
  ScreenCommand.Lang lang;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy files (YAML, jiuzhu-policy/1).")
  List<Path> files;

  @Override
  public Integer call() {
    Lang l = CliTexts.lang(lang);
    PrintWriter out = spec.commandLine().getOut();
    // every problem at once: each file's own, and the files' laid over the embedded policy
    List<PolicyFileProblem> problems = PolicyFiles.problems(Policy.installed(), CnParameters.catalog(), files);
    if (problems.isEmpty()) {
      PolicyFileLoader loader = new PolicyFileLoader(CnParameters.catalog());
      int regions = 0;
      int values = 0;
      for (Path p : files) {
        PolicyFile f = loader.load(p);
        regions += f.regions().size();
        values += f.values().size();
      }
      out.println(CliTexts.get(l, "checkPolicy.ok", files.size(), regions, values));
      out.flush();
      return 0;
    }
    // the problems are the command's result, as the count when there is none: on standard output (exit 1)
    for (PolicyFileProblem p : problems) {
      out.println(p.toString(l));
    }
    out.println(CliTexts.get(l, "checkPolicy.problems", problems.size(), files.size()));
    out.flush();
    return Jiuzhu.INVALID_INPUT;
  }
}
