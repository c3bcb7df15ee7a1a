package org.jiuzhu.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text table aligned by display width: East Asian wide and fullwidth characters (汉字,
 * fullwidth punctuation) take two columns of a terminal, others one (Unicode Standard Annex #11,
 * East Asian Width W and F). Numbers are right-aligned with thousands separators, the same in
 * both languages ({@code 12,345}, {@code 1,234,567.89}); text is left-aligned.
 *
 * <pre>{@code
 * TextTable t = new TextTable("项目", "户数", "年支出(元)").rightAlign(1, 2);
 * t.row("最低生活保障", TextTable.count(1234), TextTable.yuan(123456789));
 * t.lines();   // each line padded by display width
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] right;
  private final int columns;
  private String indent = "";

  /** A table with these column headers. */
  public TextTable(String... headers) {
    this.columns = headers.length;
    this.right = new boolean[columns];
    rows.add(headers.clone());
  }

  /** Right-aligns the given columns (numbers). */
  public TextTable rightAlign(int... cols) {
    for (int c : cols) {
      right[c] = true;
    }
    return this;
  }

  /** Puts {@code indent} before every line. */
  public TextTable indent(String indent) {
    this.indent = indent;
    return this;
  }

  /** Adds a row; missing cells are empty. */
  public TextTable row(Object... cells) {
    String[] r = new String[columns];
    for (int i = 0; i < columns; i++) {
      r[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
    }
    rows.add(r);
    return this;
  }

  /** The header and the rows, each padded to its column's display width, two spaces apart. */
  public List<String> lines() {
    int[] w = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        w[i] = Math.max(w[i], width(r[i]));
      }
    }
    List<String> out = new ArrayList<>(rows.size());
    for (String[] r : rows) {
      StringBuilder sb = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        String pad = " ".repeat(w[i] - width(r[i]));
        if (i > 0) {
          sb.append("  ");
        }
        sb.append(right[i] ? pad + r[i] : i == columns - 1 ? r[i] : r[i] + pad);
      }
      out.add(sb.toString().stripTrailing());
    }
    return out;
  }

  /** The display width of {@code s}: two columns per East Asian wide or fullwidth character. */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  /** True for code points of East Asian Width W or F (the CJK ranges a table of this project meets). */
  static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo
        || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, symbols and punctuation
        || (cp >= 0x3041 && cp <= 0x33FF) // kana, bopomofo, CJK compatibility
        || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
        || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul
        || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
        || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) // fullwidth forms
        || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
  }

  /** A count with thousands separators: {@code 12,345}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Fen as yuan with thousands separators and two decimals: {@code 1,234,567.89}. */
  public static String yuan(long fen) {
    String sign = fen < 0 ? "-" : "";
    long a = Math.abs(fen);
    return sign + String.format(Locale.ROOT, "%,d", a / 100) + "." + String.format(Locale.ROOT, "%02d", a % 100);
  }
}
