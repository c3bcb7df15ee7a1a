package org.jiuzhu.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on standard error for long runs: how much of the input has been read, and the
 * rate. Redrawn at most every 200 ms, on one line; silent when disabled.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long total;
  private final boolean bytes;
  private final long started = System.nanoTime();
  private long lastDraw;
  private long done;

  /**
   * A bar over {@code total} units: bytes of input when {@code bytes}, else steps (months).
   */
  Progress(PrintWriter err, boolean enabled, long total, boolean bytes) {
    this.err = err;
    this.enabled = enabled;
    this.total = Math.max(1, total);
    this.bytes = bytes;
  }

  /** One step done (for a bar over steps). */
  void step(String label) {
    advance(1, label);
  }

  /** Whether a progress bar should be drawn by default: when standard error is a terminal. */
  static boolean interactive() {
    return System.console() != null;
  }

  /** An input stream that counts what is read from {@code in} towards the bar. */
  InputStream counting(InputStream in, String label) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          advance(1, label);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          advance(n, label);
        }
        return n;
      }
    };
  }

  private void advance(long units, String label) {
    done += units;
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 200_000_000L && done < total) {
      return;
    }
    lastDraw = now;
    double share = Math.min(1.0, done / (double) total);
    int width = 30;
    int filled = (int) Math.round(share * width);
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    String rate = bytes ? String.format(Locale.ROOT, "%,.1f MB/s", done / seconds / 1e6)
        : String.format(Locale.ROOT, "%d/%d", done, total);
    err.print(String.format(Locale.ROOT, "\r[%s%s] %5.1f%%  %s  %s   ", "#".repeat(filled), " ".repeat(width - filled),
        share * 100, rate, label));
    err.flush();
  }

  /** Ends the bar's line. */
  void finish() {
    if (enabled) {
      err.println();
      err.flush();
    }
  }
}
