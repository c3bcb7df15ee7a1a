package org.jiuzhu.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines with a limit on each: the line ends BufferedReader knows, lengths in UTF-8 bytes, a too long line never held. */
final class LineReaderTest {
  private static List<LineReader.Line> lines(Reader in, int max) throws IOException {
    List<LineReader.Line> out = new ArrayList<>();
    try (LineReader r = new LineReader(in, max)) {
      for (LineReader.Line l = r.next(); l != null; l = r.next()) {
        out.add(l);
      }
    }
    return out;
  }

  @Test
  void linesEndAsBufferedReaderHasIt() throws IOException {
    assertThat(lines(new StringReader("a\nb\r\nc\rd\n\ne"), 10)).extracting(LineReader.Line::number, LineReader.Line::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "a"), org.assertj.core.groups.Tuple.tuple(2L, "b"),
            org.assertj.core.groups.Tuple.tuple(3L, "c"), org.assertj.core.groups.Tuple.tuple(4L, "d"),
            org.assertj.core.groups.Tuple.tuple(5L, ""), org.assertj.core.groups.Tuple.tuple(6L, "e"));
    assertThat(lines(new StringReader("a\n"), 10)).extracting(LineReader.Line::text).containsExactly("a");
    assertThat(lines(new StringReader(""), 10)).isEmpty();
    // a \r\n split over two reads of the buffer (8 Ki chars) is one line end
    String first = "x".repeat((1 << 13) - 1);
    assertThat(lines(new StringReader(first + "\r\ny"), 1 << 14)).extracting(LineReader.Line::text).containsExactly(first, "y");
  }

  @Test
  void aLineOfTheLimitInUtf8BytesIsKeptAndOneByteMoreIsTooLong() throws IOException {
    // 中 is 3 bytes in UTF-8, é 2, 😀 (a surrogate pair) 4
    assertThat(lines(new StringReader("中中é😀x\n中中é😀xy\n"), 13)).satisfiesExactly(
        l -> {
          assertThat(l.bytes()).isEqualTo(13);
          assertThat(l.tooLong()).isFalse();
          assertThat(l.text()).isEqualTo("中中é😀x");
        },
        l -> {
          assertThat(l.bytes()).isEqualTo(14);
          assertThat(l.tooLong()).isTrue();
          assertThat(l.text()).isEqualTo("中中é😀x"); // its start, up to the limit
        });
    // the start of a too long line is never cut inside a surrogate pair
    assertThat(lines(new StringReader("ab😀c"), 4)).singleElement().satisfies(l -> {
      assertThat(l.tooLong()).isTrue();
      assertThat(l.text()).isEqualTo("ab");
      assertThat(l.bytes()).isEqualTo(7);
    });
  }

  @Test
  void aLineOf100MiBIsCountedNotHeldAndTheNextLineIsRead() throws IOException {
    long size = 100L << 20;
    Reader endless = new Reader() {
      private long at;

      @Override
      public int read(char[] b, int off, int len) {
        if (at > size) {
          return -1;
        }
        int n = (int) Math.min(len, size + 1 - at);
        for (int i = 0; i < n; i++, at++) {
          b[off + i] = at < size - 1 ? 'x' : at == size - 1 ? '\n' : 'y';
        }
        return n;
      }

      @Override
      public void close() {}
    };
    assertThat(lines(endless, 64 << 10)).satisfiesExactly(
        l -> {
          assertThat(l.tooLong()).isTrue();
          assertThat(l.bytes()).isEqualTo(size - 1);
          assertThat(l.text()).hasSize(64 << 10);
        },
        l -> assertThat(l.text()).isEqualTo("y"));
  }
}
