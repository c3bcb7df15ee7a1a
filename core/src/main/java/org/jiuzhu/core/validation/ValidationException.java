package org.jiuzhu.core.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when an input has one or more problems; carries every problem found, not only the
 * first.
 *
 * @since 0.1.0
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every problem found, in order. */
  private final ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param subject what was being validated, e.g. {@code household}
   * @param problems every problem found; not empty
   */
  public ValidationException(String subject, List<Problem> problems) {
    super(message(subject, problems));
    checkArgument(!problems.isEmpty(), "a validation exception needs at least one problem");
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in the order found. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String message(String subject, List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append("invalid ").append(subject).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (Problem p : problems) {
      sb.append("\n  - ").append(p);
    }
    return sb.toString();
  }
}
