package org.jiuzhu.core.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;

/**
 * One thing wrong with an input: where it is ({@code path}), a stable machine-readable
 * {@code code}, and a message for people that names the value and what was expected.
 *
 * <p>Messages never contain an unmasked citizen ID number or a person's name.
 *
 * @since 0.1.0
 */
public final class Problem {
  private final String path;
  private final String code;
  private final String message;

  private Problem(String path, String code, String message) {
    this.path = checkNotNull(path, "path");
    this.code = checkNotNull(code, "code");
    this.message = checkNotNull(message, "message");
    checkArgument(!code.isBlank(), "problem code must not be blank");
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
    return new Problem(path, code, message);
  }

  /** Returns the same problem with {@code prefix} put in front of its path. */
  public Problem under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    return new Problem(path.isEmpty() ? prefix : prefix + "." + path, code, message);
  }

  /** Where the problem is, e.g. {@code members[1].birthDate}. */
  public String path() {
    return path;
  }

  /** A stable code, e.g. {@code citizenId.checkDigit}. */
  public String code() {
    return code;
  }

  /** What is wrong, for people. */
  public String message() {
    return message;
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

  /** {@code path: message [code]}. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "" : path + ": ") + message + " [" + code + "]";
  }
}
