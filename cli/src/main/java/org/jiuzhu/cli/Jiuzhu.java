package org.jiuzhu.cli;

import java.io.PrintWriter;
import java.util.ResourceBundle;
import org.jiuzhu.core.policy.PolicyException;
import org.jiuzhu.core.text.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jiuzhu} command. Exit codes: 0 success, 1 invalid input (every problem printed),
 * 2 bad command-line usage.
 *
 * <p>One language per run: {@code --lang zh|en} (default zh, as every command's {@code --lang})
 * chooses the language of the usage help (the resource bundle {@code
 * org/jiuzhu/cli/usage_zh|en.properties}), of picocli's own errors and of validation errors.
 */
@Command(
    name = "jiuzhu",
    mixinStandardHelpOptions = true,
    resourceBundle = Jiuzhu.USAGE,
    versionProvider = Jiuzhu.Version.class,
    description = {
      "jiuzhu (救助): social-assistance logic for China's safety net.",
      "Embedded policy: national defaults and illustrative region packs; add your own with --policy."
    },
    subcommands = {
      ScreenCommand.class,
      PlanCommand.class,
      TestCommand.class,
      SnapshotCommand.class,
      SimulateCommand.class,
      CalibrateCommand.class,
      SweepCommand.class,
      MonitorCommand.class,
      DecideCommand.class,
      GenerateFeedCommand.class,
      RegionsCommand.class,
      CheckPolicyCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Jiuzhu implements Runnable {
  /** Exit code for input that is invalid (a bad policy file, an unknown region). */
  public static final int INVALID_INPUT = 1;

  /** The usage help's resource bundle (every command's: subcommands inherit it). */
  static final String USAGE = "org.jiuzhu.cli.usage";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The language of the usage help ({@code jiuzhu --lang en}); every command takes it too. */
  @CommandLine.Option(names = "--lang", defaultValue = "zh",
      description = "Language: zh or en (default: ${DEFAULT-VALUE}); given before a command, it is that command's --lang too.")
  ScreenCommand.Lang lang;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * A command line set up the way {@link #main} runs it: usage help and errors in the language of
   * {@code --lang}; domain errors print their message and exit 1; picocli's own errors (an
   * unknown option, a missing or bad value) print in that language with the usage and exit 2.
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Jiuzhu());
    cl.setCaseInsensitiveEnumValuesAllowed(true); // --level county as --level COUNTY
    // an unknown option is never an option's value: `plan --record --dat X` refuses --dat (it would
    // else be read as the record file and X as the household); abbreviations are refused too
    cl.setUnmatchedOptionsAllowedAsOptionParameters(false);
    cl.setAbbreviatedOptionsAllowed(false);
    // COMMAND --version says the version too (picocli gives a subcommand no version of its own)
    Version version = new Version();
    version.spec = cl.getCommandSpec();
    giveVersion(cl, version);
    cl.setExecutionStrategy(parseResult -> {
      Lang lang = lang(parseResult.originalArgs().toArray(new String[0]));
      useLanguage(parseResult.commandSpec().commandLine(), lang);
      giveLanguage(parseResult, lang);
      // the command's own checks of its options, every problem at once, before it runs
      CommandLine.ParseResult leaf = parseResult;
      boolean help = false;
      for (CommandLine.ParseResult p = parseResult; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
        help |= p.isUsageHelpRequested() || p.isVersionHelpRequested();
        leaf = p;
      }
      if (!help) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (leaf.commandSpec().userObject() instanceof OptionChecks) {
          problems.addAll(((OptionChecks) leaf.commandSpec().userObject()).optionProblems(lang));
        }
        // an output that is an input or another output: refused before anything is read or written
        problems.addAll(OutputFiles.sameFileProblems(leaf.commandSpec(), lang));
        if (!problems.isEmpty()) {
          throw UsageErrors.Refused.said(leaf.commandSpec().commandLine(), UsageErrors.joined(lang, problems));
        }
      }
      if (!help) {
        // the files it names: a folder, a missing or unreadable file is an input error, not a stack trace
        java.util.List<String> files = FileArguments.problems(leaf, lang);
        if (!files.isEmpty()) {
          PrintWriter err = leaf.commandSpec().commandLine().getErr();
          for (String problem : files) {
            err.println(CliTexts.get(lang, "error", problem));
          }
          err.flush();
          return INVALID_INPUT;
        }
      }
      OutputFiles.newRun(); // the outputs of an earlier run in this JVM are not this one's
      return new CommandLine.RunLast().execute(parseResult);
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      Lang lang = lang(args);
      useLanguage(cl, lang);
      CommandLine failed = ex.getCommandLine();
      PrintWriter err = failed.getErr();
      err.println(CliTexts.get(lang, "error", UsageErrors.everyProblem(lang, ex, args)));
      err.println();
      failed.usage(err);
      err.flush();
      return failed.getCommandSpec().exitCodeOnInvalidInput();
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      Lang lang = lang(parseResult.originalArgs().toArray(new String[0]));
      if (ex instanceof InvalidInputs) {
        // a household and a policy file both invalid: the problems of each, in one run
        PrintWriter err = commandLine.getErr();
        for (RuntimeException part : ((InvalidInputs) ex).parts) {
          err.println(CliTexts.get(lang, "error", part instanceof org.jiuzhu.core.validation.ValidationException
              ? ((org.jiuzhu.core.validation.ValidationException) part).getMessage(lang)
              : CliTexts.message(lang, part)));
        }
        err.flush();
        return INVALID_INPUT;
      }
      if (ex instanceof org.jiuzhu.core.validation.ValidationException) {
        PrintWriter err = commandLine.getErr();
        err.println(CliTexts.get(lang, "error", ((org.jiuzhu.core.validation.ValidationException) ex).getMessage(lang)));
        err.flush();
        return INVALID_INPUT;
      }
      if (ex instanceof org.jiuzhu.core.text.Localized
          && (ex instanceof PolicyException || ex instanceof IllegalArgumentException)) {
        PrintWriter err = commandLine.getErr();
        err.println(CliTexts.get(lang, "error", CliTexts.message(lang, ex)));
        err.flush();
        return INVALID_INPUT;
      }
      if (ex instanceof PolicyException || ex instanceof IllegalArgumentException) {
        PrintWriter err = commandLine.getErr();
        err.println(CliTexts.get(lang, "error", ex.getMessage()));
        err.flush();
        return INVALID_INPUT;
      }
      if (ex instanceof java.nio.file.NoSuchFileException || ex instanceof java.io.FileNotFoundException) {
        PrintWriter err = commandLine.getErr();
        err.println(CliTexts.get(lang, "error", missingFile(lang, ex)));
        err.flush();
        return INVALID_INPUT;
      }
      java.util.Optional<String> output = failedOutput(lang, ex);
      if (output.isPresent()) {
        // an output that could not be written during the run (a full disk): named as the user gave it
        PrintWriter err = commandLine.getErr();
        err.println(CliTexts.get(lang, "error", output.get()));
        err.flush();
        return INVALID_INPUT;
      }
      throw ex;
    });
    return cl;
  }

  /**
   * What a missing file means: a file to be written whose folder does not exist (an output such as
   * {@code --report nodir/x.html}), or a file to be read that is not there.
   */
  private static String missingFile(Lang lang, Exception ex) {
    String name = ex instanceof java.nio.file.NoSuchFileException
        ? ((java.nio.file.NoSuchFileException) ex).getFile()
        : ex.getMessage();
    // a file written beside an output (its folder gone during the run): the output as the user gave it
    name = OutputFiles.given(name).map(java.nio.file.Path::toString).orElse(name);
    if (name != null) {
      java.nio.file.Path parent = java.nio.file.Path.of(name).toAbsolutePath().getParent();
      if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
        return CliTexts.get(lang, "error.noFolder", name, parent);
      }
    }
    return CliTexts.get(lang, "error.noFile", name);
  }

  /**
   * What failed when {@code ex} is an input-output error of writing the outputs (none of them
   * written): the outputs as the user gave them, never the files written beside them, and the
   * reason; empty for any other error.
   */
  static java.util.Optional<String> failedOutput(Lang lang, Exception ex) {
    Throwable io = ex instanceof java.io.UncheckedIOException ? ex.getCause() : ex;
    if (!(io instanceof java.io.IOException)) {
      return java.util.Optional.empty();
    }
    java.util.List<java.nio.file.Path> outputs = new java.util.ArrayList<>();
    String reason = io.getMessage();
    if (io instanceof java.nio.file.FileSystemException) {
      java.nio.file.FileSystemException f = (java.nio.file.FileSystemException) io;
      OutputFiles.given(f.getFile()).ifPresent(outputs::add);
      reason = f.getReason() == null ? f.getClass().getSimpleName() : f.getReason();
    }
    if (outputs.isEmpty()) {
      outputs.addAll(OutputFiles.dropped());
    }
    if (outputs.isEmpty()) {
      return java.util.Optional.empty();
    }
    java.util.List<String> names = outputs.stream().map(java.nio.file.Path::toString).toList();
    String known = reason == null ? null : reason.strip().toLowerCase(java.util.Locale.ROOT);
    String said = known == null ? "" : known.contains("no space left") ? CliTexts.get(lang, "error.output.reason.full")
        : known.contains("read-only file system") ? CliTexts.get(lang, "error.output.reason.readOnly")
        : known.contains("permission denied") ? CliTexts.get(lang, "error.output.reason.permission")
        : reason;
    return java.util.Optional.of(CliTexts.get(lang, "error.output.failed",
        CliTexts.list(lang, names), said));
  }

  private static void giveVersion(CommandLine cl, Version version) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getCommandSpec().versionProvider() == null) {
        sub.getCommandSpec().versionProvider(version);
      }
      giveVersion(sub, version);
    }
  }

  /**
   * {@code jiuzhu --lang en COMMAND}: the run's language given to every command of the line whose own
   * {@code --lang} was not given (a command says its output and errors in the language of its option).
   */
  static void giveLanguage(CommandLine.ParseResult parseResult, Lang lang) {
    for (CommandLine.ParseResult p = parseResult; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
      CommandLine.Model.OptionSpec own = p.commandSpec().findOption("--lang");
      if (own != null && !p.hasMatchedOption("--lang") && own.type().isEnum()) {
        for (Object constant : own.type().getEnumConstants()) {
          if (((Enum<?>) constant).name().equalsIgnoreCase(lang.name())) {
            own.setValue(constant);
          }
        }
      }
    }
  }

  /**
   * The language of a run: the value of {@code --lang} (or {@code --lang=}) wherever it is (the last
   * one, the command's own, when both {@code jiuzhu --lang} and the command's are given), else Chinese.
   */
  static Lang lang(String[] args) {
    for (int i = args.length - 1; i >= 0; i--) {
      String v = args[i].startsWith("--lang=") ? args[i].substring(7)
          : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      if (v != null) {
        try {
          return Lang.parse(v);
        } catch (IllegalArgumentException e) {
          return Lang.ZH; // picocli refuses the value itself, in the default language
        }
      }
    }
    return Lang.ZH;
  }

  /** Shows usage help in {@code lang}: every command's descriptions from the usage bundle of that language. */
  static void useLanguage(CommandLine cl, Lang lang) {
    CommandLine root = cl;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    // no line of the help breaks inside an extension, an option name or between a number and its unit
    root.setResourceBundle(HelpWrap.glued(ResourceBundle.getBundle(USAGE, lang.locale())));
    HelpWrap.unglueSections(root);
  }

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.exit(commandLine().execute(args));
  }

  /**
   * The project version and git commit written into {@code build.properties} when the jar was built
   * (Maven resource filtering; {@code ./jiuzhu} gives the commit), in the language of the run.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public String[] getVersion() throws java.io.IOException {
      java.util.Properties build = new java.util.Properties();
      try (java.io.InputStream in = Jiuzhu.class.getResourceAsStream("build.properties")) {
        if (in != null) {
          build.load(in);
        }
      }
      String version = build.getProperty("version", "");
      if (version.isEmpty() || version.startsWith("${")) {
        version = "?";
      }
      String commit = build.getProperty("commit", "").strip();
      CommandLine.ParseResult run = spec == null ? null : spec.root().commandLine().getParseResult();
      Lang lang = run == null ? Lang.ZH : lang(run.originalArgs().toArray(new String[0]));
      return new String[] {commit.isEmpty() || commit.startsWith("${")
          ? CliTexts.get(lang, "version.noCommit", version)
          : CliTexts.get(lang, "version.line", version, commit)};
    }
  }
}
