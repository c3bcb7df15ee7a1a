package org.jiuzhu.core.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Text;

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

  /** What was validated, in both languages; null when given as English text only. */
  private final transient Text subjectText;

  private final String subject;

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
    this.subject = subject;
    this.subjectText = null;
  }

  /**
   * Creates the exception, naming what was validated in both languages (e.g. {@link
   * ValidationTexts#subject}{@code ("household")}).
   *
   * @param subject what was being validated
   * @param problems every problem found; not empty
   * @since 0.2.0
   */
  public ValidationException(Text subject, List<Problem> problems) {
    super(message(subject.in(Lang.EN), problems));
    checkArgument(!problems.isEmpty(), "a validation exception needs at least one problem");
    this.problems = ImmutableList.copyOf(problems);
    this.subject = subject.in(Lang.EN);
    this.subjectText = subject;
  }

  /** What was validated, in English, e.g. {@code household}. @since 0.2.0 */
  public String subject() {
    return subject;
  }

  /**
   * The message in {@code lang}: what was validated, how many problems, and each problem with its
   * path. In Chinese, a subject given as English text only is called 输入 (the input), and a
   * problem made with a message only keeps that message.
   *
   * @since 0.2.0
   */
  public String getMessage(Lang lang) {
    if (lang == Lang.EN && subjectText == null) {
      return getMessage();
    }
    String s = subjectText != null ? subjectText.in(lang) : ValidationTexts.MESSAGES.get(lang, "subject.input");
    if (lang == Lang.ZH && !s.isEmpty() && s.charAt(s.length() - 1) < 0x2E80 && !Character.isWhitespace(s.charAt(s.length() - 1))) {
      s = s + " "; // an id or a file name is set apart from the Chinese after it: 家庭 h1 有误, h.json 有误
    }
    StringBuilder sb = new StringBuilder(ValidationTexts.MESSAGES.get(lang, "invalid", s, problems.size()));
    for (Problem p : problems) {
      sb.append("\n  - ").append(p.toString(lang));
    }
    return sb.toString();
  }

  /** Every problem found, in the order found. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * The same subject with {@code problems} instead (e.g. a reader naming the entries of its file
   * rather than the items built from them).
   *
   * @since 0.2.0
   */
  public ValidationException withProblems(List<Problem> problems) {
    ValidationException e = subjectText != null ? new ValidationException(subjectText, problems)
        : new ValidationException(subject, problems);
    e.setStackTrace(getStackTrace());
    return e;
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
