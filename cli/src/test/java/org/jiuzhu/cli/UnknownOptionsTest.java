package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * An unknown or abbreviated option is refused by every command (exit 2), named, with the options
 * it is near or abbreviates, else the command's options; it is never taken as the value of the
 * option before it ({@code plan --record --dat X} once read {@code --dat} as the record file and
 * {@code X} as the household).
 */
final class UnknownOptionsTest {
  private static final String DIBAO = Path.of(System.getProperty("jiuzhu.examples", "../examples/households"))
      .resolve("dibao.json").toString();

  @Test
  void anUnknownOptionIsNeverTheValueOfTheOptionBeforeIt() {
    CliRun zh = CliRun.of("plan", "--date", "2025-10-01", "--record", "--dat", DIBAO);
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(zh.out()).isEmpty();
    assertThat(zh.err()).startsWith("错误：无法识别的选项：--dat（最接近的选项：--date）\n"
        + "错误：--record 缺少取值（应为 FILE）；其后的 --dat 是无法识别的选项，不作为 --record 的取值\n\n用法：");
    CliRun en = CliRun.of("plan", "--lang", "en", "--date", "2025-10-01", "--record", "--dat", DIBAO);
    assertThat(en.exit()).isEqualTo(2);
    assertThat(en.err()).startsWith("error: unknown option --dat (did you mean --date?)\n"
        + "error: --record has no value (expected FILE): the --dat after it is an unknown option, not taken as its value\n\n"
        + "Usage:");
    // the value typed for the unknown option goes with it: no stray parameter is said
    CliRun s = CliRun.of("plan", "--status-date", "--dat", "2025-10-01", "--date", "2025-10-01", DIBAO);
    assertThat(s.exit()).isEqualTo(2);
    assertThat(s.err()).startsWith("错误：无法识别的选项：--dat（最接近的选项：--date）\n"
        + "错误：--status-date 缺少取值（应为 YYYY-MM-DD）；其后的 --dat 是无法识别的选项，不作为 --status-date 的取值\n\n");
  }

  @Test
  void anOptionLastWithoutItsValueIsSaidSo() {
    CliRun zh = CliRun.of("plan", "--date", "2025-10-01", DIBAO, "--record");
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(zh.err()).startsWith("错误：--record 缺少取值（应为 FILE）\n\n用法：");
    CliRun en = CliRun.of("screen", "--lang", "en", DIBAO, "--date");
    assertThat(en.err()).startsWith("error: --date has no value (expected YYYY-MM-DD)\n\nUsage:");
  }

  @Test
  void anAbbreviationIsRefusedWithTheOptionItAbbreviates() {
    CliRun zh = CliRun.of("sweep", "--form", "json", DIBAO);
    assertThat(zh.exit()).isEqualTo(2);
    assertThat(zh.err()).startsWith("错误：无法识别的选项：--form（最接近的选项：--format）\n");
    CliRun far = CliRun.of("plan", "--date", "2025-10-01", "-d", DIBAO);
    assertThat(far.err()).startsWith("错误：无法识别的选项：-d；此命令的选项为 --date、--format、--help、--lang、--policy、"
        + "--record、--status-date、--version\n");
    CliRun en = CliRun.of("check-policy", "--lang", "en", "--format", "--verbose", "x.yaml");
    assertThat(en.err()).startsWith("error: unknown option --format; unknown option --verbose; "
        + "the options of this command are --help, --lang, --version\n");
  }

  /**
   * Every command, in both languages: an unknown option is refused naming it; an abbreviation of
   * each of its long options is refused naming the option; an unknown option after --lang is not
   * its value.
   */
  @Test
  void everyCommandRefusesUnknownAndAbbreviatedOptions() {
    List<String> seen = new ArrayList<>();
    for (Map.Entry<List<String>, CommandLine> c : commands(Jiuzhu.commandLine(), new ArrayList<>()).entrySet()) {
      List<String> path = c.getKey();
      CommandSpec spec = c.getValue().getCommandSpec();
      for (String lang : List.of("zh", "en")) {
        CliRun unknown = run(path, "--lang", lang, "--no-such-option", "x");
        assertThat(unknown.exit()).as(path + " " + lang).isEqualTo(2);
        assertThat(unknown.err()).as(path + " " + lang).contains("--no-such-option")
            .startsWith(lang.equals("zh") ? "错误：无法识别的选项：--no-such-option" : "error: unknown option --no-such-option");
        CliRun asValue = run(path, "--lang", "--no-such-option", "x");
        assertThat(asValue.exit()).as(path + " --lang --no-such-option").isEqualTo(2);
        assertThat(asValue.err()).as(path + " --lang --no-such-option").contains("--no-such-option").contains("--lang 缺少取值");
      }
      for (OptionSpec o : spec.options()) {
        String name = o.longestName();
        if (o.hidden() || !name.startsWith("--") || name.length() < 7) {
          continue;
        }
        String abbreviated = name.substring(0, name.length() - 2);
        if (spec.findOption(abbreviated) != null) {
          continue;
        }
        CliRun r = run(path, abbreviated, "x");
        assertThat(r.exit()).as(path + " " + abbreviated).isEqualTo(2);
        assertThat(r.err()).as(path + " " + abbreviated).startsWith("错误：无法识别的选项：" + abbreviated + "（最接近的选项：")
            .contains(name);
        seen.add(String.join(" ", path) + " " + abbreviated);
      }
    }
    assertThat(seen).contains("plan --form", "plan --status-da", "sweep --memb", "screen --regi", "simulate --househol",
        "monitor --synthet", "decide record --amou", "decide head --outp", "check-policy --versi");
  }

  private static CliRun run(List<String> path, String... args) {
    List<String> all = new ArrayList<>(path);
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(new String[0]));
  }

  /** Every command that runs (not the help command), by its path of names, with its subcommands. */
  private static Map<List<String>, CommandLine> commands(CommandLine cl, List<String> path) {
    Map<List<String>, CommandLine> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      List<String> p = new ArrayList<>(path);
      p.add(e.getKey());
      if (e.getValue().getSubcommands().isEmpty()) {
        out.put(p, e.getValue());
      } else {
        out.putAll(commands(e.getValue(), p));
      }
    }
    return out;
  }
}
