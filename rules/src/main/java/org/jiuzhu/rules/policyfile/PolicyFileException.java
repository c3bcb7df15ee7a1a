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

  private static String message(List<PolicyFileProblem> problems) {
    StringBuilder sb = new StringBuilder("invalid policy file: ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (PolicyFileProblem p : problems) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }
}
