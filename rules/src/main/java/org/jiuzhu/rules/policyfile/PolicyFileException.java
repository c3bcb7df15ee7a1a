package org.jiuzhu.rules.policyfile;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jiuzhu.core.policy.PolicyException;

/**
 * One or more policy files have problems; every problem is listed, each with file and line.
 *
 * @since 0.1.0
 */
public final class PolicyFileException extends PolicyException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<PolicyFileProblem> problems;

  /** Creates the exception from every problem found. */
  public PolicyFileException(List<PolicyFileProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem, each with file, line and key. */
  public ImmutableList<PolicyFileProblem> problems() {
    return problems;
  }

  /** The message in {@code lang}: how many problems, and each with its file, line and key. @since 0.2.0 */
  @Override
  public String getMessage(org.jiuzhu.core.text.Lang lang) {
    return message(problems, lang);
  }

  private static String message(List<PolicyFileProblem> problems) {
    return message(problems, org.jiuzhu.core.text.Lang.EN);
  }

  private static String message(List<PolicyFileProblem> problems, org.jiuzhu.core.text.Lang lang) {
    StringBuilder sb = new StringBuilder(TEXTS.get(lang, "invalid", problems.size()));
    for (PolicyFileProblem p : problems) {
      sb.append("\n  ").append(p.toString(lang));
    }
    return sb.toString();
  }

  private static final org.jiuzhu.core.text.Messages TEXTS =
      org.jiuzhu.core.text.Messages.bundle("org.jiuzhu.rules.policyfile.messages", PolicyFileException.class);
}
