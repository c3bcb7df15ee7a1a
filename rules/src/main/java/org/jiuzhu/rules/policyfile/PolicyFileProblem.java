package org.jiuzhu.rules.policyfile;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem in a policy file: the file, the line (1-based; 0 when it concerns the whole
 * file), the parameter key where one is involved, and what is wrong.
 *
 * @since 0.1.0
 */
public final class PolicyFileProblem {
  private final String file;
  private final int line;
  private final String key;
  private final String message;

  PolicyFileProblem(String file, int line, String key, String message) {
    this.file = file;
    this.line = line;
    this.key = key;
    this.message = message;
  }

  /** The file's name as given to the loader. */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 for the whole file. */
  public int line() {
    return line;
  }

  /** The parameter key involved, where one is. */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /** What is wrong. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyFileProblem
        && ((PolicyFileProblem) o).file.equals(file)
        && ((PolicyFileProblem) o).line == line
        && Objects.equals(((PolicyFileProblem) o).key, key)
        && ((PolicyFileProblem) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, key, message);
  }

  /** {@code file:line: key: message}, the way compilers report errors. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + (key == null ? "" : key + ": ") + message;
  }
}
