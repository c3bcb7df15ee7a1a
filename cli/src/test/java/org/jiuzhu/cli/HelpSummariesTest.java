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
  /** check-policy's help is another helper's (policy files); its description is not checked here yet. */
  private static final List<String> NOT_YET = List.of("jiuzhu check-policy");

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
    if (!NOT_YET.contains(name) && !name.endsWith(" help")) {
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
  }
}
