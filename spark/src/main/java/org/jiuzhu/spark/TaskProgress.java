package org.jiuzhu.spark;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * The Spark driver's progress: tasks finished of the tasks of every stage submitted so far,
 * drawn by the progressbar library (percentage, rate, time left) on standard error — a bar on a
 * terminal, a log line every 10 s otherwise. Registered by {@link SimulateJob}; listener events
 * come on Spark's listener-bus thread.
 */
final class TaskProgress extends SparkListener implements AutoCloseable {
  private final ProgressBar bar;
  private long total;
  private long done;
  private boolean closed;

  TaskProgress(String task) {
    boolean terminal = System.console() != null;
    String[] last = {""};
    bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setStyle(ProgressBarStyle.ASCII)
        .setConsumer(terminal ? new ConsoleProgressBarConsumer(System.err) : new DelegatingProgressBarConsumer(line -> {
          String l = line.strip();
          if (!l.equals(last[0])) {
            last[0] = l;
            System.err.println(l);
          }
        }, 120))
        .setUnit(" tasks", 1).showSpeed(new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
        .setSpeedUnit(ChronoUnit.SECONDS).setUpdateIntervalMillis(terminal ? 200 : 10_000).build();
  }

  @Override
  public synchronized void onStageSubmitted(SparkListenerStageSubmitted stage) {
    total += stage.stageInfo().numTasks();
    bar.maxHint(total);
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd task) {
    if (!closed) {
      bar.stepTo(++done);
    }
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      bar.close();
    }
  }
}
