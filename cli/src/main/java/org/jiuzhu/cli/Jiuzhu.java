package org.jiuzhu.cli;

import java.io.PrintWriter;
import org.jiuzhu.core.policy.PolicyException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jiuzhu} command. Exit codes: 0 success, 1 invalid input (every problem printed),
 * 2 bad command-line usage.
 */
@Command(
    name = "jiuzhu",
    mixinStandardHelpOptions = true,
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

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A command line set up the way {@link #main} runs it: domain errors print their message and exit 1. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Jiuzhu());
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof PolicyException || ex instanceof IllegalArgumentException) {
        PrintWriter err = commandLine.getErr();
        err.println("error: " + ex.getMessage());
        err.flush();
        return INVALID_INPUT;
      }
      if (ex instanceof java.nio.file.NoSuchFileException || ex instanceof java.io.FileNotFoundException) {
        PrintWriter err = commandLine.getErr();
        err.println("error: cannot read " + ex.getMessage() + "; expected an existing file");
        err.flush();
        return INVALID_INPUT;
      }
      throw ex;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.exit(commandLine().execute(args));
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Jiuzhu.class.getPackage().getImplementationVersion();
      return new String[] {"jiuzhu " + (v == null ? "(development build)" : v)};
    }
  }
}
