package org.jiuzhu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jiuzhu.core.text.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The files a command line names, checked before the command runs: a file to be read must exist,
 * be a file (not a folder) and be readable; a file to be written must not be a folder, and must
 * be writable where it goes (its folder there and writable: {@link OutputFiles#placeProblem}); a
 * folder written into ({@code DIR}) must not be a file. Every problem at once, each naming the
 * option or argument and the path, in the language of the run. Policy files and monitor's feeds
 * are said missing by their commands.
 */
final class FileArguments {
  private FileArguments() {}

  /**
   * Files whose absence the command says in words of its own, with every other problem of them
   * (policy files: what a policy file is; monitor's feeds: the month each is of).
   */
  private static final Set<String> MISSING_SAID_BY_COMMAND = Set.of("--policy", "--reform", "check-policy FILE", "monitor FEED");

  static List<String> problems(CommandLine.ParseResult leaf, Lang lang) {
    List<String> problems = new ArrayList<>();
    CommandLine.Model.CommandSpec spec = leaf.commandSpec();
    for (ArgSpec a : spec.args()) {
      List<Path> paths = OutputFiles.paths(a);
      if (paths.isEmpty()) {
        continue;
      }
      String name = a instanceof OptionSpec ? ((OptionSpec) a).longestName() : UsageErrors.named(lang, a);
      OutputFiles.Role role = OutputFiles.role(spec, a);
      String own = a instanceof OptionSpec ? ((OptionSpec) a).longestName() : spec.name() + " " + a.paramLabel();
      for (Path p : paths) {
        if (role == OutputFiles.Role.FOLDER) {
          // a folder written into (made when missing): not a file, nor under one, and writable
          String problem = OutputFiles.placeProblem(lang, name, p, role);
          if (problem != null) {
            problems.add(problem);
          }
        } else if (Files.isDirectory(p)) {
          problems.add(CliTexts.get(lang, "error.file.directory", name, p));
        } else if (role != OutputFiles.Role.INPUT) {
          // a file written: where it goes must be writable, said before the work, not after it
          String problem = OutputFiles.placeProblem(lang, name, p, role);
          if (problem != null) {
            problems.add(problem);
          }
        } else if (MISSING_SAID_BY_COMMAND.contains(own)) {
          continue;
        } else if (!Files.exists(p)) {
          problems.add(CliTexts.get(lang, "error.file.missing", name, p));
        } else if (!Files.isReadable(p)) {
          problems.add(CliTexts.get(lang, "error.file.unreadable", name, p));
        }
      }
    }
    return problems;
  }
}
