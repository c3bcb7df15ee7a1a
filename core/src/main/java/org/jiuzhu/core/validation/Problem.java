package org.jiuzhu.core.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Text;

/**
 * One thing wrong with an input: where it is ({@code path}), a stable machine-readable
 * {@code code}, and a message for people that names the value and what was expected.
 *
 * <p>A problem made with a {@link Text} ({@link #of(String, String, Text)}) can be shown in
 * either language ({@link #message(Lang)}); its key and arguments are {@link #text()}. Its
 * {@link #message()} is the English text. Messages never contain an unmasked citizen ID number or
 * a person's name. A problem read from a file may say where in it ({@link #line()}, {@link
 * #column()}); equality ignores that place.
 *
 * @since 0.1.0
 */
public final class Problem {
  private final String path;
  private final String code;
  private final String message;
  private final Text text;
  /** The line and column (1-based) in the input file of the value at fault; 0 when unknown. */
  private final int line;
  private final int column;

  private Problem(String path, String code, String message, Text text) {
    this(path, code, message, text, 0, 0);
  }

  private Problem(String path, String code, String message, Text text, int line, int column) {
    this.path = checkNotNull(path, "path");
    this.code = checkNotNull(code, "code");
    this.message = checkNotNull(message, "message");
    this.text = text;
    checkArgument(!code.isBlank(), "problem code must not be blank");
    checkArgument(line >= 0 && column >= 0 && (line > 0 || column == 0), "line and column must be 1-based, or 0 for unknown");
    this.line = line;
    this.column = column;
  }

  /**
   * Creates a problem.
   *
   * @param path where the problem is, e.g. {@code members[1].birthDate}; empty for the whole input
   * @param code a stable code, e.g. {@code citizenId.checkDigit}
   * @param message what is wrong: the value and what was expected
   * @return the problem
   */
  public static Problem of(String path, String code, String message) {
    return new Problem(path, code, message, null);
  }

  /**
   * Creates a problem whose message is a text of a bundle, to be shown in either language.
   *
   * @param path where the problem is, e.g. {@code members[1].birthDate}; empty for the whole input
   * @param code a stable code, e.g. {@code citizenId.checkDigit}
   * @param text what is wrong: the value and what was expected (its arguments already masked)
   * @return the problem
   * @since 0.2.0
   */
  public static Problem of(String path, String code, Text text) {
    return new Problem(path, code, text.in(Lang.EN), checkNotNull(text, "text"));
  }

  /** Returns the same problem with {@code prefix} put in front of its path. */
  public Problem under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    return new Problem(path.isEmpty() ? prefix : prefix + "." + path, code, message, text, line, column);
  }

  /**
   * The same problem at {@code path} (e.g. a reader naming the entry of its file that an item came
   * from).
   *
   * @since 0.2.0
   */
  public Problem at(String path) {
    return path.equals(this.path) ? this : new Problem(path, code, message, text, line, column);
  }

  /**
   * The same problem found at {@code line} and {@code column} (1-based) of its input file: where
   * the value at fault starts, or, for a field that is missing, the map that lacks it. A reader of
   * a file sets it; {@code column} 0 when only the line is known.
   *
   * @since 0.5.0
   */
  public Problem atLocation(int line, int column) {
    return new Problem(path, code, message, text, line, column);
  }

  /** The line (1-based) of the input file where the problem is, when a reader of a file said it. @since 0.5.0 */
  public OptionalInt line() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** The column (1-based) on {@link #line()} where the value at fault starts, when known. @since 0.5.0 */
  public OptionalInt column() {
    return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /** Where the problem is, e.g. {@code members[1].birthDate}. */
  public String path() {
    return path;
  }

  /** A stable code, e.g. {@code citizenId.checkDigit}. */
  public String code() {
    return code;
  }

  /** What is wrong, for people, in English. */
  public String message() {
    return message;
  }

  /**
   * What is wrong in {@code lang}: the problem's text in that language, or, for a problem made
   * with a message only ({@link #of(String, String, String)}), that message.
   *
   * @since 0.2.0
   */
  public String message(Lang lang) {
    return text == null ? message : text.in(lang);
  }

  /** The bundle key and arguments of the message, when it was made from a text. @since 0.2.0 */
  public Optional<Text> text() {
    return Optional.ofNullable(text);
  }

  /**
   * {@code path: message} in {@code lang} (without the code); with its place in the file when
   * known: {@code members[1].birthDate (line 11, column 16): …} / {@code members[1].birthDate（第 11 行第 16 列）：…}
   * (a full-width colon in Chinese text).
   *
   * @since 0.2.0
   */
  public String toString(Lang lang) {
    String where = where(lang);
    return path.isEmpty() && where.isEmpty() ? message(lang)
        : ValidationTexts.MESSAGES.get(lang, "problem.placed", path + where, message(lang));
  }

  private String where(Lang lang) {
    if (line == 0) {
      return "";
    }
    return column == 0 ? ValidationTexts.MESSAGES.get(lang, "problem.at.line", String.valueOf(line))
        : ValidationTexts.MESSAGES.get(lang, "problem.at.column", String.valueOf(line), String.valueOf(column));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Problem
        && ((Problem) o).path.equals(path)
        && ((Problem) o).code.equals(code)
        && ((Problem) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, code, message);
  }

  /** {@code path: message [code]}, with the place in the file when known (in English). */
  @Override
  public String toString() {
    String where = where(Lang.EN);
    return (path.isEmpty() && where.isEmpty() ? "" : path + where + ": ") + message + " [" + code + "]";
  }
}
