package org.jiuzhu.rules.policyfile;

import java.util.Objects;
import java.util.Optional;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Text;

/**
 * One problem in a policy file: the file, the line (1-based; 0 when it concerns the whole
 * file), the column where the reader knows it (1-based; 0 otherwise), the parameter key where one
 * is involved, and what is wrong — in English ({@link #message()}) and, for every problem the
 * loader finds, in either language ({@link #message(Lang)}).
 *
 * @since 0.1.0
 */
public final class PolicyFileProblem {
  /** File order within one file: by line (the whole file's problems, line 0, first), then column. */
  static final java.util.Comparator<PolicyFileProblem> IN_LINE_ORDER =
      java.util.Comparator.comparingInt(PolicyFileProblem::line).thenComparingInt(PolicyFileProblem::column);

  private final String file;
  private final int line;
  private final int column;
  private final String key;
  private final String message;
  private final Text text;

  PolicyFileProblem(String file, int line, String key, String message) {
    this(file, line, 0, key, message, null);
  }

  PolicyFileProblem(String file, int line, int column, String key, Text text) {
    this(file, line, column, key, text.in(Lang.EN), text);
  }

  private PolicyFileProblem(String file, int line, int column, String key, String message, Text text) {
    this.file = file;
    this.line = line;
    this.column = column;
    this.key = key;
    this.message = message;
    this.text = text;
  }

  /** The file's name as given to the loader. */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 for the whole file. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when it is not known. @since 0.2.0 */
  public int column() {
    return column;
  }

  /** The parameter key involved, where one is. */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /** What is wrong, in English. */
  public String message() {
    return message;
  }

  /**
   * What is wrong in {@code lang} (for a problem made with an English message only, that message).
   *
   * @since 0.2.0
   */
  public String message(Lang lang) {
    return text == null ? message : text.in(lang);
  }

  /** The message's bundle key and arguments, when it has them. @since 0.2.0 */
  public Optional<Text> text() {
    return Optional.ofNullable(text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyFileProblem
        && ((PolicyFileProblem) o).file.equals(file)
        && ((PolicyFileProblem) o).line == line
        && ((PolicyFileProblem) o).column == column
        && Objects.equals(((PolicyFileProblem) o).key, key)
        && ((PolicyFileProblem) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, key, message);
  }

  /**
   * {@code file:line: key: message} in {@code lang}, one form for every problem (a policy author
   * reads down the lines); the line only where the problem has one (a file that cannot be read is
   * {@code file: message}), the key where one is involved. A column, where the reader knows it, is
   * in the message ("line 13, column 1") and in {@link #column()}.
   *
   * @since 0.2.0
   */
  public String toString(Lang lang) {
    return file + (line > 0 ? ":" + line : "") + ": " + (key == null ? "" : key + ": ") + message(lang);
  }

  /** This problem, naming {@code key} (a problem found before its entry's key was known). */
  PolicyFileProblem withKey(String key) {
    return new PolicyFileProblem(file, line, column, key, message, text);
  }

  /** {@link #toString(Lang)} in English. */
  @Override
  public String toString() {
    return toString(Lang.EN);
  }
}
