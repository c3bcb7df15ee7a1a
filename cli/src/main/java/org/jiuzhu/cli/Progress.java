package org.jiuzhu.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on standard error, drawn by the progressbar library (me.tongfei):
 * percentage, count, rate and time left. On a terminal it is a bar redrawn in place; when standard
 * error is not a terminal it falls back to a log line every {@value #LOG_SECONDS} seconds and one
 * at the end. {@code --progress never} silences it.
 */
final class Progress implements AutoCloseable {
  /** Seconds between log lines when standard error is not a terminal. */
  static final int LOG_SECONDS = 10;

  /** How progress is shown. */
  enum Style {
    /** A bar redrawn in place. */
    BAR,
    /** Periodic log lines. */
    LOG,
    /** Nothing. */
    OFF
  }

  /** What is counted. */
  enum Unit {
    BYTES(" MB", 1_000_000),
    KILOBYTES(" kB", 1_000),
    STEPS("", 1),
    MONTHS(" months", 1),
    HOUSEHOLDS(" households", 1);

    final String name;
    final long size;

    Unit(String name, long size) {
      this.name = name;
      this.size = size;
    }
  }

  private final ProgressBar bar;
  private final Runnable end;
  private long done;

  /**
   * Progress of {@code task} over {@code total} units ({@code -1} when unknown), shown on
   * {@code err} in {@code style}.
   */
  Progress(PrintWriter err, Style style, String task, long total, Unit unit) {
    this(err, style, task, total, unit.name, true, unit.size, unit == Unit.BYTES || unit == Unit.KILOBYTES);
  }

  /**
   * Progress in the chosen language: in Chinese the task and the unit come from the cli bundle
   * ({@code progress.<task>}, {@code progress.unit.<unit>}) and the speed is left out (the bar's
   * library writes it as {@code /s}); the run's throughput line gives it in words.
   */
  Progress(PrintWriter err, Style style, String task, long total, Unit unit, org.jiuzhu.core.text.Lang lang) {
    this(err, style, lang == org.jiuzhu.core.text.Lang.ZH ? CliTexts.get(lang, "progress." + task) : task, total,
        lang == org.jiuzhu.core.text.Lang.ZH ? CliTexts.get(lang, "progress.unit." + unit.name().toLowerCase(Locale.ROOT)) : unit.name,
        lang != org.jiuzhu.core.text.Lang.ZH, unit.size, unit == Unit.BYTES || unit == Unit.KILOBYTES);
  }

  private Progress(PrintWriter err, Style style, String task, long total, String unitName, boolean speed, long unitSize,
      boolean bytes) {
    if (style == Style.OFF) {
      bar = null;
      end = () -> {};
      return;
    }
    ProgressBarConsumer consumer;
    if (style == Style.BAR && interactive()) {
      consumer = new ConsoleProgressBarConsumer(System.err);
      end = () -> {};
    } else if (style == Style.BAR) {
      consumer = new DelegatingProgressBarConsumer(line -> {
        err.print('\r');
        err.print(line);
        err.flush();
      }, 100);
      end = () -> {
        err.println();
        err.flush();
      };
    } else {
      String[] last = {""};
      consumer = new DelegatingProgressBarConsumer(line -> {
        // a log line, not a picture: the bar itself ([====>   ]) is left out where no terminal draws it
        String l = BAR.matcher(line).replaceFirst("").strip();
        if (!l.equals(last[0])) { // the last refresh and the close draw the same line
          last[0] = l;
          err.println(l);
          err.flush();
        }
      }, 120);
      end = () -> {};
    }
    ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total < 0 ? -1 : Math.max(1, total))
        .setStyle(ProgressBarStyle.ASCII).setConsumer(consumer).setUnit(unitName, unitSize)
        .setUpdateIntervalMillis(style == Style.BAR ? 200 : LOG_SECONDS * 1000);
    if (speed) {
      b.showSpeed(new DecimalFormat(bytes ? "#,##0.0" : "#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
          .setSpeedUnit(ChronoUnit.SECONDS);
    }
    bar = b.build();
  }

  /** The style for a {@code --progress} mode: a bar on a terminal, log lines elsewhere, unless told. */
  static Style style(MonitorCommand.ProgressMode mode) {
    return switch (mode) {
      case never -> Style.OFF;
      case always -> Style.BAR;
      case auto -> interactive() ? Style.BAR : Style.LOG;
    };
  }

  /** The drawn bar in a line of the progressbar library, e.g. {@code  [=====>      ]}. */
  private static final java.util.regex.Pattern BAR = java.util.regex.Pattern.compile(" ?\\[[=>\\- .]*\\]");

  /**
   * Whether standard error is a terminal — not standard input or output, which is all {@link
   * System#console()} tells (a run with {@code 2> run.log} has a console). The launcher says it
   * ({@code -Djiuzhu.stderr.terminal}, from {@code [ -t 2 ]}); else, on Linux, what file
   * descriptor 2 is; else whether there is a console.
   */
  static boolean interactive() {
    String said = System.getProperty("jiuzhu.stderr.terminal");
    if (said != null) {
      return Boolean.parseBoolean(said);
    }
    try {
      java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
      if (java.nio.file.Files.isSymbolicLink(fd)) {
        String target = java.nio.file.Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or not readable: ask the console
    }
    return System.console() != null;
  }

  /** {@code done} units so far. */
  void stepTo(long done) {
    this.done = done;
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  /** One step done, e.g. a month. */
  void step(String label) {
    done++;
    if (bar != null) {
      bar.setExtraMessage(" " + label);
      bar.stepTo(done);
    }
  }

  /** An input stream that counts what is read from {@code in} towards the bar. */
  InputStream counting(InputStream in, String label) {
    if (bar != null) {
      bar.setExtraMessage(" " + label);
    }
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          stepTo(done + 1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          stepTo(done + n);
        }
        return n;
      }
    };
  }

  /** Ends the bar (draws it complete) and its line. */
  void finish() {
    close();
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      end.run();
    }
  }
}
