package org.jiuzhu.cli;

import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.text.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's own errors (an unknown option, a missing or bad value) in the language of the run:
 * in English picocli's message as it is; in Chinese from the bundle, naming the option or
 * parameter as it is written on the command line, the value given and what was expected.
 */
final class UsageErrors {
  private UsageErrors() {}

  /**
   * A value the command itself refuses as a usage error (exit 2, with the usage, like picocli's
   * own errors): its message a text of the command line's bundle, in the language of the run.
   */
  static final class Refused extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;
    private final transient org.jiuzhu.core.text.Text text;

    Refused(CommandLine commandLine, String key, Object... args) {
      this(commandLine, CliTexts.MESSAGES.text(key, args));
    }

    private Refused(CommandLine commandLine, org.jiuzhu.core.text.Text text) {
      super(commandLine, text.in(Lang.EN));
      this.text = text;
    }
  }

  static String message(Lang lang, CommandLine.ParameterException ex) {
    if (ex instanceof Refused) {
      return ((Refused) ex).text.in(lang);
    }
    String picocli = String.valueOf(ex.getMessage());
    if (ex instanceof CommandLine.UnmatchedArgumentException) {
      return CliTexts.get(lang, "usage.unknown", picocli,
          String.join(" ", ((CommandLine.UnmatchedArgumentException) ex).getUnmatched()));
    }
    if (ex instanceof CommandLine.MissingParameterException) {
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
    return values.isEmpty() ? a.paramLabel() : String.join(lang == Lang.ZH ? "、" : ", ", values);
  }
}
