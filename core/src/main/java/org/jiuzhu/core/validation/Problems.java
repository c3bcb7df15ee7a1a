package org.jiuzhu.core.validation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.text.Text;

/**
 * Collects problems while an input is checked, so that every problem is reported at once.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * if (x < 0) problems.add("x", "x.negative", "x is " + x + ", expected >= 0");
 * problems.throwIfAny("thing");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  /** Records a problem. */
  public Problems add(String path, String code, String message) {
    list.add(Problem.of(path, code, message));
    return this;
  }

  /** Records a problem whose message is a text of a bundle ({@link Problem#of(String, String, Text)}). @since 0.2.0 */
  public Problems add(String path, String code, Text text) {
    list.add(Problem.of(path, code, text));
    return this;
  }

  /** Records a problem. */
  public Problems add(Problem problem) {
    list.add(problem);
    return this;
  }

  /** Records every problem of {@code nested} with {@code prefix} put in front of its path. */
  public Problems addAll(String prefix, List<Problem> nested) {
    for (Problem p : nested) {
      list.add(p.under(prefix));
    }
    return this;
  }

  /** True when nothing was recorded. */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** The problems recorded so far. */
  public ImmutableList<Problem> toList() {
    return ImmutableList.copyOf(list);
  }

  /**
   * Throws a {@link ValidationException} with every recorded problem, if there are any.
   *
   * @param subject what was validated, for the message
   * @throws ValidationException when at least one problem was recorded
   */
  public void throwIfAny(String subject) {
    if (!list.isEmpty()) {
      throw new ValidationException(subject, list);
    }
  }

  /**
   * Throws a {@link ValidationException} with every recorded problem, if there are any.
   *
   * @param subject what was validated, in both languages
   * @throws ValidationException when at least one problem was recorded
   * @since 0.2.0
   */
  public void throwIfAny(Text subject) {
    if (!list.isEmpty()) {
      throw new ValidationException(subject, list);
    }
  }
}
