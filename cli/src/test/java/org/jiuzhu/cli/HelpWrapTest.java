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
 * population}), a path ({@code docs/}/{@code simulation.md}) or between a number and its unit; with
 * {@code --lang} after the command ({@code jiuzhu simulate --help --lang en}) or before it, on the
 * root ({@code jiuzhu --lang en simulate --help}), the help is the same.
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
        for (boolean onTheRoot : List.of(false, true)) {
          List<String> args = new ArrayList<>(onTheRoot ? List.of("--lang", lang) : List.of());
          args.addAll(command);
          args.add("--help");
          args.addAll(onTheRoot ? List.of() : List.of("--lang", lang));
          broken.addAll(brokenLines(args, lang));
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  /** The lines of {@code jiuzhu args…}'s help broken inside a word, each with the next line. */
  private static List<String> brokenLines(List<String> args, String lang) {
    List<String> broken = new ArrayList<>();
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
    return broken;
  }

  /** {@code jiuzhu --lang L COMMAND --help} prints what {@code jiuzhu COMMAND --help --lang L} does, for every command. */
  @Test
  void theRootLanguageGivesTheSameHelpAsTheCommands() {
    List<String> differ = new ArrayList<>();
    for (String lang : List.of("zh", "en")) {
      for (List<String> command : commands(Jiuzhu.commandLine(), new ArrayList<>())) {
        List<String> root = new ArrayList<>(List.of("--lang", lang));
        root.addAll(command);
        root.add("--help");
        List<String> own = new ArrayList<>(command);
        own.addAll(List.of("--help", "--lang", lang));
        if (!CliRun.of(root.toArray(new String[0])).out().equals(CliRun.of(own.toArray(new String[0])).out())) {
          differ.add(String.join(" ", root));
        }
      }
    }
    assertThat(differ).isEmpty();
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
