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

  /**
   * Every problem of a command line whose parsing failed with {@code first}, at once: picocli stops
   * at the first bad option, so the option (or the unknown arguments) it refused is taken out and
   * the rest parsed again, until nothing more is refused; then the command's own checks ({@link
   * OptionChecks}) of what was parsed. Unknown options come first, then the bad values in the order
   * they were found and the command's own problems, then the required options not given (an option
   * given with a bad value is not said to be missing). One message a line; the first without the
   * {@code error:} prefix, which the caller prints.
   */
  static String everyProblem(Lang lang, CommandLine.ParameterException first, String[] args) {
    if (first instanceof Refused) {
      return ((Refused) first).message(lang);
    }
    List<String> unknown = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    String missing = null;
    java.util.Set<String> refused = new java.util.HashSet<>();
    List<String> rest = new ArrayList<>(List.of(args));
    CommandLine.ParameterException ex = first;
    Object command = null;
    CommandLine.Model.CommandSpec commandSpec = null;
    for (int round = 0; round < 64; round++) {
      CommandLine cl = ex.getCommandLine();
      command = cl == null ? null : cl.getCommand();
      commandSpec = cl == null ? null : cl.getCommandSpec();
      List<String> unmatched = ex instanceof CommandLine.UnmatchedArgumentException
          ? ((CommandLine.UnmatchedArgumentException) ex).getUnmatched()
          : ex instanceof CommandLine.MissingParameterException && cl != null ? cl.getUnmatchedArguments() : List.of();
      boolean again;
      java.util.Optional<String[]> asValue = unknownAsValue(ex);
      if (asValue.isPresent()) {
        // an unknown option where an option's value should be (plan --record --dat X): both said, both taken out
        unknown.add(unknown(lang, cl, List.of(asValue.get()[0]), String.valueOf(ex.getMessage())));
        bad.add(noValue(lang, cl, asValue.get()[1], asValue.get()[0]));
        // the value typed for the unknown option goes with it when it is one the option it is nearest
        // takes (--dat 2025-10-01 for --date); a file name may be the household, so it stays
        int at = rest.lastIndexOf(asValue.get()[0]);
        String near = cl == null || asValue.get()[0].contains("=") ? null : nearest(cl.getCommandSpec(), asValue.get()[0]);
        if (at >= 0 && at + 1 < rest.size() && near != null && takes(cl.getCommandSpec().findOption(near), rest.get(at + 1))) {
          rest.remove(at + 1);
        }
        again = removeAll(rest, List.of(asValue.get()[0], asValue.get()[1]));
        if (again && cl != null && cl.getCommandSpec().findOption(asValue.get()[1]) != null) {
          refused.add(name(cl.getCommandSpec().findOption(asValue.get()[1])));
        }
      } else if (!unmatched.isEmpty()) {
        // picocli checks the required options before the unknown ones: a mistyped option comes first
        String picocli = ex instanceof CommandLine.UnmatchedArgumentException ? String.valueOf(ex.getMessage())
            : new CommandLine.UnmatchedArgumentException(cl, unmatched).getMessage();
        unknown.add(unknown(lang, cl, unmatched, picocli));
        boolean command0 = cl != null && !cl.getSubcommands().isEmpty() && !unmatched.get(0).startsWith("-");
        again = !command0 && removeAll(rest, unmatched);
      } else if (beforeOption(ex).isPresent()) {
        // an option without its value, another option after it (simulate --region --households 10): said, taken out
        String[] pair = beforeOption(ex).get();
        bad.add(noValueBeforeOption(lang, cl, pair[0], pair[1]));
        again = removeBefore(rest, cl, pair[0], pair[1]);
        OptionSpec o = cl == null ? null : cl.getCommandSpec().findOption(pair[0]);
        if (again && o != null) {
          refused.add(name(o));
        }
      } else if (lastWithoutValue(ex).isPresent()) {
        // an option last on the line, without its value (plan … --record): said, taken out
        OptionSpec o = lastWithoutValue(ex).get();
        bad.add(CliTexts.get(lang, "usage.noValue.last", o.longestName(), o.paramLabel()));
        again = removeAll(rest, List.of(rest.get(rest.size() - 1)));
        refused.add(name(o));
      } else if (ex instanceof CommandLine.MissingParameterException) {
        List<String> names = new ArrayList<>();
        for (ArgSpec a : ((CommandLine.MissingParameterException) ex).getMissing()) {
          if (!refused.contains(name(a))) {
            names.add(named(lang, a));
          }
        }
        if (!names.isEmpty()) {
          missing = CliTexts.get(lang, "usage.missing", ex.getMessage(), CliTexts.list(lang, names));
        }
        again = false;
      } else {
        bad.add(message(lang, ex));
        ArgSpec a = ex.getArgSpec();
        again = a instanceof OptionSpec && ex.getValue() != null && removeOption(rest, (OptionSpec) a, ex.getValue());
        if (again) {
          refused.add(name(a));
        }
      }
      if (!again) {
        break;
      }
      try {
        CommandLine.ParseResult parsed = Jiuzhu.commandLine().parseArgs(rest.toArray(new String[0]));
        while (parsed.hasSubcommand()) {
          parsed = parsed.subcommand();
        }
        command = parsed.commandSpec().userObject();
        commandSpec = parsed.commandSpec();
        break;
      } catch (CommandLine.ParameterException next) {
        ex = next;
      }
    }
    List<String> all = new ArrayList<>(unknown);
    all.addAll(bad);
    if (command instanceof OptionChecks) {
      all.addAll(((OptionChecks) command).optionProblems(lang));
    }
    if (commandSpec != null) {
      all.addAll(OutputFiles.sameFileProblems(commandSpec, lang));
    }
    if (missing != null) {
      all.add(missing);
    }
    if (all.isEmpty()) {
      return message(lang, first);
    }
    return joined(lang, all);
  }

  /** Messages one a line, every line after the first with the {@code error:} prefix. */
  static String joined(Lang lang, List<String> messages) {
    StringBuilder b = new StringBuilder(messages.get(0));
    for (String m : messages.subList(1, messages.size())) {
      b.append('\n').append(CliTexts.get(lang, "error", m));
    }
    return b.toString();
  }

  /** Takes each of {@code tokens} out of {@code args} (its last occurrence); false when one is not there. */
  private static boolean removeAll(List<String> args, List<String> tokens) {
    for (String t : tokens) {
      int at = args.lastIndexOf(t);
      if (at < 0) {
        return false;
      }
      args.remove(at);
    }
    return true;
  }

  /** Takes {@code option value} (or {@code option=value}) out of {@code args}; false when it is not there. */
  private static boolean removeOption(List<String> args, OptionSpec option, String value) {
    for (int i = 0; i < args.size(); i++) {
      for (String n : option.names()) {
        if (args.get(i).equals(n + "=" + value)) {
          args.remove(i);
          return true;
        }
        if (args.get(i).equals(n) && i + 1 < args.size() && args.get(i + 1).equals(value)) {
          args.remove(i + 1);
          args.remove(i);
          return true;
        }
      }
    }
    return false;
  }

  /**
   * What is wrong with a region code an option gives, in {@code lang} (for {@link OptionChecks}):
   * empty when it is one (null too: the option was not given or was refused).
   */
  static java.util.Optional<String> regionProblem(Lang lang, String option, String value) {
    if (value == null) {
      return java.util.Optional.empty();
    }
    return org.jiuzhu.core.region.RegionCode.problemTextWith(value)
        .map(problem -> CliTexts.get(lang, "error.option.region", option, problem));
  }

  static String message(Lang lang, CommandLine.ParameterException ex) {
    String picocli = String.valueOf(ex.getMessage());
    if (ex instanceof Refused) {
      return ((Refused) ex).message(lang);
    }
    java.util.Optional<String[]> asValue = unknownAsValue(ex);
    if (asValue.isPresent()) {
      return unknown(lang, ex.getCommandLine(), List.of(asValue.get()[0]), picocli) + "\n"
          + CliTexts.get(lang, "error", noValue(lang, ex.getCommandLine(), asValue.get()[1], asValue.get()[0]));
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
      if (beforeOption(ex).isPresent()) {
        return noValueBeforeOption(lang, ex.getCommandLine(), beforeOption(ex).get()[0], beforeOption(ex).get()[1]);
      }
      if (lastWithoutValue(ex).isPresent()) {
        OptionSpec o = lastWithoutValue(ex).get();
        return CliTexts.get(lang, "usage.noValue.last", o.longestName(), o.paramLabel());
      }
      List<String> names = new ArrayList<>();
      for (ArgSpec a : ((CommandLine.MissingParameterException) ex).getMissing()) {
        names.add(name(a));
      }
      return CliTexts.get(lang, "usage.missing", picocli, CliTexts.list(lang, names));
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && ex.getValue() != null) {
      String expected = expected(lang, arg, ex.getValue());
      // Chinese sets a Latin word apart by a space (应为 zh、en), Chinese text solid (应为不小于 1 的整数)
      if (lang == Lang.ZH && !expected.isEmpty() && expected.charAt(0) < 0x2E80) {
        expected = " " + expected;
      }
      return CliTexts.get(lang, "usage.invalid", picocli, name(arg), ex.getValue(), expected);
    }
    return CliTexts.get(lang, "usage.other", picocli, arg == null ? "" : name(arg));
  }

  /** picocli's refusal of an unknown option given where an option's value should be ({@code --record --dat}). */
  private static final java.util.regex.Pattern AS_VALUE =
      java.util.regex.Pattern.compile("Unknown option: '(.+?)'; Expected parameter for option '(.+?)' but found '.*'", java.util.regex.Pattern.DOTALL);

  /**
   * The unknown option and the option it stands after when {@code ex} refuses an unknown option
   * as an option's value (the command line is set not to take one as a value: {@code plan --record
   * --dat X} would else read {@code --dat} as the record file and {@code X} as the household).
   */
  static java.util.Optional<String[]> unknownAsValue(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException)
        || !((CommandLine.UnmatchedArgumentException) ex).getUnmatched().isEmpty()) {
      return java.util.Optional.empty();
    }
    java.util.regex.Matcher m = AS_VALUE.matcher(String.valueOf(ex.getMessage()));
    return m.matches() ? java.util.Optional.of(new String[] {m.group(1), m.group(2)}) : java.util.Optional.empty();
  }

  /**
   * The option given last on the command line without its value ({@code plan … --record}), which
   * picocli says as a missing parameter of the option; empty for a required option not given.
   */
  private static java.util.Optional<OptionSpec> lastWithoutValue(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.MissingParameterException)
        || !String.valueOf(ex.getMessage()).startsWith("Missing required parameter for option")) {
      return java.util.Optional.empty();
    }
    for (ArgSpec a : ((CommandLine.MissingParameterException) ex).getMissing()) {
      if (a instanceof OptionSpec) {
        return java.util.Optional.of((OptionSpec) a);
      }
    }
    return java.util.Optional.empty();
  }

  /** picocli's refusal of an option given without its value, another option after it. */
  private static final java.util.regex.Pattern BEFORE_OPTION =
      java.util.regex.Pattern.compile("Expected parameter for option '(.+?)' but found '(.+?)'", java.util.regex.Pattern.DOTALL);

  /**
   * The option without its value and the option after it when {@code ex} refuses an option
   * followed by another ({@code simulate --region --households 10}: picocli takes no option as a
   * value, so {@code --region} has none).
   */
  static java.util.Optional<String[]> beforeOption(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.MissingParameterException)) {
      return java.util.Optional.empty();
    }
    java.util.regex.Matcher m = BEFORE_OPTION.matcher(String.valueOf(ex.getMessage()));
    return m.matches() ? java.util.Optional.of(new String[] {m.group(1), m.group(2)}) : java.util.Optional.empty();
  }

  /** {@code option} has no value: the option {@code found} after it is one of its own, not its value. */
  private static String noValueBeforeOption(Lang lang, CommandLine cl, String option, String found) {
    OptionSpec o = cl == null ? null : cl.getCommandSpec().findOption(option);
    String shown = o == null ? option : o.longestName();
    String label = o == null ? "" : o.paramLabel();
    String next = found.contains("=") ? found.substring(0, found.indexOf('=')) : found;
    return CliTexts.get(lang, "usage.noValue.option", shown, label, next);
  }

  /** Takes out of {@code args} the {@code option} (by any of its names) that stands right before {@code found}. */
  private static boolean removeBefore(List<String> args, CommandLine cl, String option, String found) {
    OptionSpec o = cl == null ? null : cl.getCommandSpec().findOption(option);
    List<String> names = o == null ? List.of(option) : List.of(o.names());
    for (int i = 0; i + 1 < args.size(); i++) {
      if (names.contains(args.get(i)) && args.get(i + 1).equals(found)) {
        args.remove(i);
        return true;
      }
    }
    return false;
  }

  /** True when {@code value} is a date, month, number or enum value {@code o} takes (never for a file or a text). */
  private static boolean takes(OptionSpec o, String value) {
    if (o == null || o.arity().max() == 0 || value.startsWith("-")) {
      return false;
    }
    Class<?> type = o.type();
    try {
      if (type == java.time.LocalDate.class) {
        java.time.LocalDate.parse(value);
        return true;
      }
      if (type == java.time.YearMonth.class) {
        java.time.YearMonth.parse(value);
        return true;
      }
      if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
        Long.parseLong(value);
        return true;
      }
    } catch (RuntimeException e) {
      return false;
    }
    if (type != null && type.isEnum()) {
      for (Object c : type.getEnumConstants()) {
        if (c.toString().equalsIgnoreCase(value)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code option} has no value: the unknown option {@code found} after it is not taken as one. */
  private static String noValue(Lang lang, CommandLine cl, String option, String found) {
    OptionSpec o = cl == null ? null : cl.getCommandSpec().findOption(option);
    String label = o == null ? "" : o.paramLabel();
    return CliTexts.get(lang, "usage.noValue", option, label, found.contains("=") ? found.substring(0, found.indexOf('=')) : found);
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
          : CliTexts.get(lang, "usage.unknown.command", typed, CliTexts.list(lang, cl.getSubcommands().keySet()));
    }
    // an extra parameter first: the arguments as given (picocli's message in English)
    if (options.isEmpty() || cl == null || !unmatched.get(0).startsWith("-")) {
      return CliTexts.get(lang, "usage.unknown", picocli, String.join(" ", unmatched));
    }
    List<String> parts = new ArrayList<>();
    boolean farFromAll = false;
    for (String o : options) {
      List<String> starting = starting(cl.getCommandSpec(), o);
      String near = starting.isEmpty() ? nearest(cl.getCommandSpec(), o) : CliTexts.list(lang, starting);
      parts.add(near != null ? CliTexts.get(lang, "usage.unknown.near", o, near) : CliTexts.get(lang, "usage.unknown.option", o));
      farFromAll |= near == null;
    }
    if (farFromAll) { // no option near one of them: the command's options, once
      parts.add(CliTexts.get(lang, "usage.unknown.known", CliTexts.list(lang, longNames(cl.getCommandSpec()))));
    }
    return String.join(CliTexts.get(lang, "usage.unknown.sep"), parts);
  }

  /** The long names of the options of {@code spec} ({@code --date}), the hidden ones left out, in the order declared. */
  private static List<String> longNames(CommandLine.Model.CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden() && o.longestName().startsWith("--")) {
        names.add(o.longestName());
      }
    }
    java.util.Collections.sort(names);
    return names;
  }

  /**
   * The long option names of {@code spec} that {@code typed} abbreviates ({@code --form} for
   * {@code --format}): an abbreviation is refused, with the options it could stand for.
   */
  static List<String> starting(CommandLine.Model.CommandSpec spec, String typed) {
    List<String> out = new ArrayList<>();
    if (typed.startsWith("--") && typed.length() > 3) {
      for (String n : longNames(spec)) {
        if (n.startsWith(typed)) {
          out.add(n);
        }
      }
    }
    return out;
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

  /**
   * An option or parameter as a missing one is named: the option's name; a positional parameter
   * in words with its label ({@code 家庭信息文件（HOUSEHOLD）}) when the bundle has it
   * ({@code usage.param.COMMAND.LABEL}, else {@code usage.param.LABEL}).
   */
  static String named(Lang lang, ArgSpec a) {
    if (a instanceof PositionalParamSpec) {
      String label = ((PositionalParamSpec) a).paramLabel();
      String own = "usage.param." + (a.command() == null ? "" : a.command().name()) + "." + label;
      for (String key : List.of(own, "usage.param." + label)) {
        if (CliTexts.MESSAGES.has(lang, key)) {
          return CliTexts.get(lang, key);
        }
      }
    }
    return name(a);
  }

  /** {@code --date} for an option, {@code HOUSEHOLD} for a positional parameter. */
  static String name(ArgSpec a) {
    return a instanceof OptionSpec ? ((OptionSpec) a).longestName() : ((PositionalParamSpec) a).paramLabel();
  }

  private static final java.util.regex.Pattern DATE_FORM = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /**
   * What an option expects, in words: the values it takes ({@code zh, en}); for a number, a whole
   * number (of at least 1 for a count; any for {@code --seed}); for a date, one written YYYY-MM-DD
   * — or, a value of that form that is no date, a real one (February 2025 has 28 days); for a
   * month, one written YYYY-MM; else the parameter label.
   */
  private static String expected(Lang lang, ArgSpec a, String value) {
    Object command = a.command() == null ? null : a.command().userObject();
    if (command instanceof OptionChecks && a instanceof OptionSpec) {
      java.util.Optional<String> own = ((OptionChecks) command).expected(lang, ((OptionSpec) a).longestName());
      if (own.isPresent()) {
        return own.get();
      }
    }
    Class<?> type = a.type();
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      boolean signed = a instanceof OptionSpec && ((OptionSpec) a).longestName().equals("--seed");
      return CliTexts.get(lang, signed ? "usage.expected.whole" : "usage.expected.count");
    }
    if (type == java.time.LocalDate.class) {
      java.util.regex.Matcher m = DATE_FORM.matcher(value);
      if (m.matches()) {
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
          return CliTexts.get(lang, "usage.expected.date.month");
        }
        java.time.YearMonth ym = java.time.YearMonth.of(Integer.parseInt(m.group(1)), month);
        return CliTexts.get(lang, "usage.expected.date.days", ym, ym.lengthOfMonth());
      }
      return CliTexts.get(lang, "usage.expected.date");
    }
    if (type == java.time.YearMonth.class) {
      return CliTexts.get(lang, "usage.expected.month");
    }
    return expected(lang, a);
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
    return values.isEmpty() ? a.paramLabel() : CliTexts.list(lang, values);
  }
}
