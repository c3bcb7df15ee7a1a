package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code jiuzhu --lang en COMMAND …} is {@code jiuzhu COMMAND … --lang en}, for every command. */
final class RootLangTest {
  @TempDir
  Path dir;

  @Test
  void theRootLanguageReachesEveryCommand() {
    List<String> missed = new ArrayList<>();
    for (List<String> path : paths(Jiuzhu.commandLine(), new ArrayList<>())) {
      CommandLine cl = Jiuzhu.commandLine();
      cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
      List<String> args = new ArrayList<>(List.of("--lang", "en"));
      args.addAll(path);
      args.add("--help"); // runs through the same set-up, without running the command
      cl.execute(args.toArray(new String[0]));
      CommandLine leaf = cl;
      for (String name : path) {
        leaf = leaf.getSubcommands().get(name);
      }
      CommandLine.Model.OptionSpec own = leaf.getCommandSpec().findOption("--lang");
      if (own != null && !String.valueOf((Object) own.getValue()).equalsIgnoreCase("en")) {
        missed.add(String.join(" ", path) + ": " + own.getValue());
      }
    }
    assertThat(missed).isEmpty();
  }

  @Test
  void theCommandsOwnLanguageWinsOverTheRoots() {
    CommandLine cl = Jiuzhu.commandLine();
    cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
    cl.execute("--lang", "en", "check-policy", "--lang", "zh", "--help");
    assertThat(String.valueOf((Object) cl.getSubcommands().get("check-policy").getCommandSpec().findOption("--lang").getValue()))
        .isEqualTo("zh");
  }

  @Test
  void checkPolicySaysItsProblemsInEnglishWithTheRootLanguage() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "regions: {}\n");
    CliRun before = CliRun.of("--lang", "en", "check-policy", bad.toString());
    CliRun after = CliRun.of("check-policy", bad.toString(), "--lang", "en");
    assertThat(before.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(before.out() + before.err()).isEqualTo(after.out() + after.err())
        .contains("missing field 'format'").doesNotContain("缺少");
    CliRun regions = CliRun.of("--lang", "en", "regions");
    assertThat(regions.out()).isEqualTo(CliRun.of("regions", "--lang", "en").out()).contains("regions from modules");
  }

  private static List<List<String>> paths(CommandLine cl, List<String> path) {
    List<List<String>> all = new ArrayList<>();
    cl.getSubcommands().forEach((name, sub) -> {
      if (sub.getCommandName().equals(name)) {
        List<String> p = new ArrayList<>(path);
        p.add(name);
        all.add(p);
        all.addAll(paths(sub, p));
      }
    });
    return all;
  }
}
