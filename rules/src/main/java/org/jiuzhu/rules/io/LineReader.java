package org.jiuzhu.rules.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a line-oriented file (a monthly feed, a household register) with a limit on each
 * line's length, in UTF-8 bytes ({@link StrictInput#MAX_FEED_LINE_BYTES}, {@link
 * StrictInput#MAX_REGISTER_LINE_BYTES}): a longer line is never held whole — its start is kept (at
 * most the limit) and the rest only counted — so memory stays bounded whatever the file holds. A
 * line ends at {@code \n}, {@code \r\n} or {@code \r}, as {@link java.io.BufferedReader#readLine}
 * has it. A file as a whole has no limit: it is read as a stream.
 *
 * @since 0.6.0
 */
public final class LineReader implements Closeable {
  /**
   * One line.
   *
   * @param number its number in the file, from 1
   * @param text the line without its end; of a line too long, its start (at most the limit)
   * @param bytes its length in UTF-8 bytes, without its end (the whole line, also when too long)
   * @param tooLong true when it is longer than the limit
   */
  public record Line(long number, String text, long bytes, boolean tooLong) {}

  private final Reader in;
  private final int maxBytes;
  private final char[] buf = new char[1 << 13];
  private int pos;
  private int len;
  private boolean skipLf;
  private long number;
  private Line current;

  /** Lines of {@code in} of at most {@code maxBytes} UTF-8 bytes each. */
  public LineReader(Reader in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The limit of a line, in UTF-8 bytes. */
  public int maxBytes() {
    return maxBytes;
  }

  /** The line {@link #next} gave last; null before the first and after the end. */
  public Line current() {
    return current;
  }

  /** The next line, or null at the end of the file. */
  public Line next() throws IOException {
    StringBuilder text = new StringBuilder();
    long bytes = 0;
    boolean any = false;
    while (true) {
      if (pos >= len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          current = any ? line(text, bytes) : null;
          return current;
        }
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int start = pos;
      while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      any |= pos > start;
      // the part of this run that is still kept: up to the limit (bytes only grows: once past it, nothing more is kept)
      int kept = start;
      for (int i = start; i < pos; i++) {
        char c = buf[i];
        int n = c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a surrogate pair is 4 bytes
        if (bytes + n <= maxBytes) {
          kept = i + 1;
        }
        bytes += n;
      }
      text.append(buf, start, kept - start);
      if (pos < len) {
        skipLf = buf[pos] == '\r';
        pos++;
        current = line(text, bytes);
        return current;
      }
    }
  }

  private Line line(StringBuilder text, long bytes) {
    boolean tooLong = bytes > maxBytes;
    if (tooLong && text.length() > 0 && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
      text.setLength(text.length() - 1); // the start of a line too long is never cut inside a surrogate pair
    }
    return new Line(++number, text.toString(), bytes, tooLong);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
