package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.text.Lang;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The usage help in both languages: {@code jiuzhu --help} lists each command with the first line
 * of its description, so that line is a whole sentence; every line of a description is a whole
 * paragraph (picocli wraps it), never a line cut mid-sentence.
 */
final class HelpSummariesTest {
  @Test
  void everyDescriptionLineIsAWholeSentenceInBothLanguages() {
    for (Lang lang : Lang.values()) {
      CommandLine root = Jiuzhu.commandLine();
      Jiuzhu.useLanguage(root, lang);
      List<String> cut = new ArrayList<>();
      check(root, cut);
      assertThat(cut).as(lang.name()).isEmpty();
    }
  }

  private static void check(CommandLine cl, List<String> cut) {
    String name = cl.getCommandSpec().qualifiedName();
    if (!name.endsWith(" help")) {
      for (String line : cl.getCommandSpec().usageMessage().description()) {
        String l = line.replace("%n", "").strip();
        if (!l.isEmpty() && !l.matches("(?s).*[.。)）]$")) {
          cut.add(name + ": " + l);
        }
      }
    }
    cl.getSubcommands().values().forEach(sub -> check(sub, cut));
  }

  @Test
  void theCommandListShowsWholeSummaries() {
    CliRun zh = CliRun.of("--help");
    assertThat(zh.out()).contains("逐项认定\n                   每个救助项目。\n")
        .contains("snapshot       显示某地区在某日的政策快照。\n").doesNotContain("其取值所继承的地区、\n");
    CliRun en = CliRun.of("--lang", "en", "--help");
    assertThat(en.out()).contains("snapshot       Show the policy snapshot of a region on a date.\n")
        .doesNotContain("the region it is\n");
    assertThat(zh.out()).contains("check-policy   检查政策文件，一次列出每个问题，有任何问题时退出码为 1。\n");
    assertThat(en.out()).contains("check-policy   Check policy files and list every problem at once; exit 1 if\n"
        + "                   there is any.\n");
  }

  /** -h and -V say the project's words in both languages, never picocli's English defaults. */
  @Test
  void theStandardOptionsAreSaidFromTheBundles() {
    for (String command : List.of("check-policy", "simulate", "monitor")) {
      CliRun en = CliRun.of(command, "--help", "--lang", "en");
      assertThat(en.out()).as(command).contains("-h, --help").contains("Show this help and exit.")
          .contains("Show the version and exit.")
          .doesNotContain("Show this help message and exit.").doesNotContain("Print version information and exit.");
      CliRun zh = CliRun.of(command, "--help");
      assertThat(zh.out()).as(command).contains("显示本帮助并退出。").contains("显示版本信息并退出。")
          .doesNotContain("Show this").doesNotContain("Print version");
    }
    assertThat(CliRun.of("help", "--help", "--lang", "en").out()).doesNotContain("Show this help message and exit.");
  }

  /** simulate's --region says the region used when it is not given, never picocli's empty list. */
  @Test
  void simulateSaysItsDefaultRegion() {
    // picocli wraps the description: read it as one line
    assertThat(CliRun.of("simulate", "--help").out().replaceAll("\\s*\n\\s*", "")).contains("（默认：620825，即庄浪县）")
        .doesNotContain("[]");
    assertThat(CliRun.of("simulate", "--help", "--lang", "en").out().replaceAll("\\s*\n\\s*", " "))
        .contains("(default: 620825, Zhuanglang County)").doesNotContain("[]");
  }

  /**
   * Every command's help has its section headings in both languages: 参数：/Parameters: before its
   * positional parameters, 选项：/Options: before its options, 命令：/Commands: before its commands.
   */
  @Test
  void everyHelpHasItsSectionHeadingsInBothLanguages() {
    List<String> commands = new ArrayList<>(List.of(""));
    Jiuzhu.commandLine().getSubcommands().keySet().forEach(commands::add);
    for (String command : commands) {
      CommandLine spec = command.isEmpty() ? Jiuzhu.commandLine() : Jiuzhu.commandLine().getSubcommands().get(command);
      boolean params = !spec.getCommandSpec().positionalParameters().isEmpty();
      for (Lang lang : Lang.values()) {
        List<String> args = new ArrayList<>();
        if (!command.isEmpty()) {
          args.add(command);
        }
        args.addAll(List.of("--help", "--lang", lang == Lang.ZH ? "zh" : "en"));
        String out = CliRun.of(args.toArray(new String[0])).out();
        String options = lang == Lang.ZH ? "\n选项：\n" : "\nOptions:\n";
        String parameters = lang == Lang.ZH ? "\n参数：\n" : "\nParameters:\n";
        assertThat(out).as(lang + " " + command).contains(options);
        if (params) {
          assertThat(out).as(lang + " " + command).contains(parameters);
          assertThat(out.indexOf(parameters)).as(lang + " " + command).isLessThan(out.indexOf(options));
        } else {
          assertThat(out).as(lang + " " + command).doesNotContain(parameters);
        }
      }
    }
    assertThat(CliRun.of("--help", "--lang", "en").out()).contains("\nOptions:\n  -h, --help").contains("\nCommands:\n");
    assertThat(CliRun.of("--help").out()).contains("\n选项：\n  -h, --help").contains("\n命令：\n");
  }
}
