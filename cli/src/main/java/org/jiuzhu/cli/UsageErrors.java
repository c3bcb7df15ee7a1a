package org.jiuzhu.cli;

import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Text;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's own errors (an unknown option, a missing or bad value) in the language of the run:
 * in English in our words or picocli's message; in Chinese from the bundle, naming the option or
 * parameter as it is written on the command line, the value given and what was expected. An
 * unknown option is reported first, before a required option that is missing (a mistyped
 * {@code --dat} is why {@code --date} is missing), with the nearest option name as a hint.
 */
final class UsageErrors {
  private UsageErrors() {}

  /**
   * A value or a combination of options a command refuses itself (e.g. {@code --households -5}):
   * a usage error like picocli's own, exit code 2 and the usage help, its message a text of the
   * command line's bundle in the language of the run.
   */
  static final class Refused extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;
    private final transient Text text;
    /** The further refusals said with the first (every bad option of a command, at once). */
    private final transient List<Text> more;

    Refused(CommandLine commandLine, String key, Object... args) {
      this(commandLine, CliTexts.MESSAGES.text(key, args));
    }

    Refused(CommandLine commandLine, Text text) {
      this(commandLine, List.of(text));
    }

    /** Several refusals at once, each on its own line (every bad option of a command). */
    Refused(CommandLine commandLine, List<Text> texts) {
      super(commandLine, texts.get(0).in(Lang.EN));
      this.text = texts.get(0);
      this.more = List.copyOf(texts.subList(1, texts.size()));
    }

    /** A refusal already said in the language of the run (a command with texts of its own). */
    private Refused(String said, CommandLine commandLine) {
      super(commandLine, said);
      this.text = null;
      this.more = List.of();
    }

    static Refused said(CommandLine commandLine, String message) {
      return new Refused(message, commandLine);
    }

    String message(Lang lang) {
      StringBuilder b = new StringBuilder(text == null ? getMessage() : text.in(lang));
      for (Text t : more) {
        b.append('\n').append(CliTexts.get(lang, "error", t.in(lang)));
      }
      return b.toString();
    }
  }

  /** The refusal of the command of {@code spec}, with the text of {@code key} in both languages. */
  static Refused refused(CommandLine.Model.CommandSpec spec, String key, Object... args) {
    return new Refused(spec.commandLine(), CliTexts.MESSAGES.text(key, args));
  }

  /**
   * The region code an option ({@code --region}) gives; a code that is not one (6 or 9 digits, a
   * province of GB/T 2260) is a usage error, naming the option and what is wrong.
   */
  static org.jiuzhu.core.region.RegionCode region(CommandLine.Model.CommandSpec spec, String option, String value) {
    java.util.Optional<Text> problem = org.jiuzhu.core.region.RegionCode.problemTextWith(value);
    if (problem.isPresent()) {
      throw refused(spec, "error.option.region", option, problem.get());
    }
    return org.jiuzhu.core.region.RegionCode.parse(value);
  }

  static String message(Lang lang, CommandLine.ParameterException ex) {
    String picocli = String.valueOf(ex.getMessage());
    if (ex instanceof Refused) {
      return ((Refused) ex).message(lang);
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException) {
      return unknown(lang, ex.getCommandLine(), ((CommandLine.UnmatchedArgumentException) ex).getUnmatched(), picocli);
    }
    if (ex instanceof CommandLine.MissingParameterException) {
      // picocli checks the required options before the unknown ones: a mistyped option comes first
      List<String> unmatched = ex.getCommandLine() == null ? List.of() : ex.getCommandLine().getUnmatchedArguments();
      if (!unmatched.isEmpty()) {
        CommandLine.UnmatchedArgumentException u = new CommandLine.UnmatchedArgumentException(ex.getCommandLine(), unmatched);
        return unknown(lang, ex.getCommandLine(), unmatched, u.getMessage());
      }
      List<String> names = new ArrayList<>();
      for (ArgSpec a : ((CommandLine.MissingParameterException) ex).getMissing()) {
        names.add(name(a));
      }
      return CliTexts.get(lang, "usage.missing", picocli, String.join(", ", names));
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && ex.getValue() != null) {
      return CliTexts.get(lang, "usage.invalid", picocli, name(arg), ex.getValue(), expected(lang, arg));
    }
    return CliTexts.get(lang, "usage.other", picocli, arg == null ? "" : name(arg));
  }

  /**
   * Arguments no option or parameter of {@code cl} takes: the unknown options by name, each with the
   * nearest option name when one is near; else the arguments as they were given.
   */
  private static String unknown(Lang lang, CommandLine cl, List<String> unmatched, String picocli) {
    List<String> options = new ArrayList<>();
    for (String u : unmatched) {
      if (u.startsWith("-") && u.length() > 1 && !u.matches("-\\d.*")) {
        options.add(u.contains("=") ? u.substring(0, u.indexOf('=')) : u);
      }
    }
    // a mistyped command: named with the nearest command
    if (cl != null && !unmatched.isEmpty() && !unmatched.get(0).startsWith("-") && !cl.getSubcommands().isEmpty()) {
      String typed = unmatched.get(0);
      java.util.Optional<String> best = org.jiuzhu.rules.policyfile.NearestNames.nearest(cl.getSubcommands().keySet(), typed,
          Math.max(2, typed.length() / 3));
      return best.isPresent()
          ? CliTexts.get(lang, "usage.unknown.command.near", typed, best.get())
          : CliTexts.get(lang, "usage.unknown.command", typed, String.join(lang == Lang.ZH ? "、" : ", ", cl.getSubcommands().keySet()));
    }
    // an extra parameter first: the arguments as given (picocli's message in English)
    if (options.isEmpty() || cl == null || !unmatched.get(0).startsWith("-")) {
      return CliTexts.get(lang, "usage.unknown", picocli, String.join(" ", unmatched));
    }
    List<String> parts = new ArrayList<>();
    for (String o : options) {
      String near = nearest(cl.getCommandSpec(), o);
      parts.add(near == null ? CliTexts.get(lang, "usage.unknown.option", o) : CliTexts.get(lang, "usage.unknown.near", o, near));
    }
    return String.join(CliTexts.get(lang, "usage.unknown.sep"), parts);
  }

  /**
   * The option name of {@code spec} nearest to {@code typed} by edit distance (picocli's suggestions
   * first: the names with the same first letters), or null when none is within a third of its length.
   */
  static String nearest(CommandLine.Model.CommandSpec spec, String typed) {
    List<String> candidates = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        for (String n : o.names()) {
          if (n.startsWith("--")) {
            candidates.add(n);
          }
        }
      }
    }
    int limit = Math.max(2, typed.replaceFirst("^-+", "").length() / 3);
    return org.jiuzhu.rules.policyfile.NearestNames.nearest(candidates, typed, limit).orElse(null);
  }

  /** {@code --date} for an option, {@code HOUSEHOLD} for a positional parameter. */
  static String name(ArgSpec a) {
    return a instanceof OptionSpec ? ((OptionSpec) a).longestName() : ((PositionalParamSpec) a).paramLabel();
  }

  /** The values an option takes ({@code zh, en}), else its parameter label ({@code YYYY-MM-DD}). */
  private static String expected(Lang lang, ArgSpec a) {
    List<String> values = new ArrayList<>();
    Iterable<String> candidates = a.completionCandidates();
    if (candidates != null) {
      candidates.forEach(values::add);
    }
    // a code the user types, with its meaning in words when the bundle has it (TOWNSHIP（乡镇）)
    if (lang == Lang.ZH && a.type() != null && a.type().isEnum()) {
      for (int i = 0; i < values.size(); i++) {
        String key = "value." + a.type().getSimpleName() + "." + values.get(i);
        if (CliTexts.MESSAGES.has(lang, key)) {
          values.set(i, CliTexts.get(lang, "usage.value.named", values.get(i), CliTexts.get(lang, key)));
        }
      }
    }
    return values.isEmpty() ? a.paramLabel() : String.join(lang == Lang.ZH ? "、" : ", ", values);
  }
}
