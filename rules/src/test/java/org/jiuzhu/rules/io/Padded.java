package org.jiuzhu.rules.io;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A file of an exact size for the tests of size limits, made as it is read (never held whole): a
 * document, then {@code fill} bytes (white space, a comment's text) up to the size.
 */
public final class Padded extends InputStream {
  private final byte[] head;
  private final long size;
  private final byte fill;
  private long at;

  private Padded(byte[] head, long size, byte fill) {
    if (head.length > size) {
      throw new IllegalArgumentException("the document alone is " + head.length + " bytes; expected at most " + size);
    }
    this.head = head;
    this.size = size;
    this.fill = fill;
  }

  /** {@code document} in UTF-8, then {@code fill} up to {@code size} bytes in all. */
  public static Padded of(String document, long size, char fill) {
    return new Padded(document.getBytes(StandardCharsets.UTF_8), size, (byte) fill);
  }

  @Override
  public int read() {
    if (at >= size) {
      return -1;
    }
    return at < head.length ? head[(int) at++] & 0xFF : at++ >= 0 ? fill : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (at >= size) {
      return -1;
    }
    int n = (int) Math.min(len, size - at);
    int fromHead = (int) Math.max(0, Math.min(n, head.length - at));
    System.arraycopy(head, (int) Math.min(at, head.length), b, off, fromHead);
    java.util.Arrays.fill(b, off + fromHead, off + n, fill);
    at += n;
    return n;
  }
}
