package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's usage help, in both languages, breaks its lines between words only: never inside
 * a file extension ({@code .csv or .}/{@code parquet)}), an option name ({@code --write-}/{@code
 * population}), a path ({@code docs/}/{@code simulation.md}) or between a number and its unit.
 */
final class HelpWrapTest {
  /** A line ending where an extension starts ({@code " ."}, {@code "(."}), or inside a word at a hyphen or slash. */
  private static final Pattern BROKEN_END = Pattern.compile("(?:(?:^|[\\s(（])\\.|[\\p{L}\\p{N}][\\-/])$");
  /** An extension's tail at the start of a line. */
  private static final Pattern TAIL_START = Pattern.compile("^(?:csv|parquet|json|jsonl|yaml|yml|html|md|txt)\\b.*");

  @Test
  void noLineOfAnyHelpBreaksInsideAWord() {
    List<String> broken = new ArrayList<>();
    for (String lang : List.of("zh", "en")) {
      for (List<String> command : commands(Jiuzhu.commandLine(), new ArrayList<>())) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--help", "--lang", lang));
        CliRun run = CliRun.of(args.toArray(new String[0]));
        assertThat(run.exit()).as(String.join(" ", args)).isZero();
        assertThat(run.out()).as(String.join(" ", args)).isNotBlank()
            .doesNotContain("\uE000").doesNotContain("\uE001").doesNotContain("\uE002").doesNotContain("\u00A0");
        String[] lines = run.out().split("\n");
        for (int i = 0; i < lines.length; i++) {
          String line = lines[i].stripTrailing();
          String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
          boolean bad = BROKEN_END.matcher(line).find()
              || line.endsWith(".") && TAIL_START.matcher(next).matches()
              || line.matches(".*\\p{N}$") && next.matches("^(?:[\\p{L}%].*)") && !line.isBlank() && lang.equals("en");
          if (bad) {
            broken.add(String.join(" ", args) + ": «" + line.strip() + "» / «" + next + "»");
          }
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  /** The stand-ins never reach what the options say elsewhere than in the help: they are put back. */
  @Test
  void theMarkedTextIsWrittenBackAsItWas() {
    String text = "Read (--input .csv or .parquet) every 10 s from docs/simulation.md; --write-population ${DEFAULT-VALUE}.";
    assertThat(HelpWrap.glued(text)).doesNotContain(".csv").contains("${DEFAULT-VALUE}");
    assertThat(HelpWrap.unglued(HelpWrap.glued(text))).isEqualTo(text);
  }

  /** Each command's path from the root, the root's own (empty) first. */
  private static List<List<String>> commands(CommandLine cl, List<String> path) {
    List<List<String>> all = new ArrayList<>();
    all.add(path);
    cl.getSubcommands().forEach((name, sub) -> {
      if (sub.getCommandName().equals(name)) { // each command once, not under each alias
        List<String> p = new ArrayList<>(path);
        p.add(name);
        all.addAll(commands(sub, p));
      }
    });
    return all;
  }
}
