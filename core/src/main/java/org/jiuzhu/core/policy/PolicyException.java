package org.jiuzhu.core.policy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Localized;
import org.jiuzhu.core.text.Text;

/**
 * A policy cannot answer: an unknown region, a missing parameter, or modules that conflict.
 * The message names the key, the region and the date involved. Made with a {@link Text}, its
 * message is given in either language ({@link #getMessage(Lang)}); {@link #getMessage()} is
 * English.
 *
 * @since 0.1.0
 */
public class PolicyException extends RuntimeException implements Localized {
  private static final long serialVersionUID = 1L;

  /** The message in both languages, with the items listed under it; null when given in English only. */
  private final transient Text text;

  private final transient ImmutableList<Text> items;

  private final transient ImmutableList<PolicyProblem> problems;

  /** Creates the exception. */
  public PolicyException(String message) {
    super(message);
    this.text = null;
    this.items = ImmutableList.of();
    this.problems = ImmutableList.of();
  }

  /** Creates the exception with its cause. */
  public PolicyException(String message, Throwable cause) {
    super(message, cause);
    this.text = null;
    this.items = ImmutableList.of();
    this.problems = ImmutableList.of();
  }

  /**
   * Creates the exception with its message in both languages.
   *
   * @since 0.2.0
   */
  public PolicyException(Text message) {
    super(render(message, List.of(), Lang.EN));
    this.text = message;
    this.items = ImmutableList.of();
    this.problems = ImmutableList.of();
  }

  /** A message and the problems listed under it, one a line, in both languages. */
  PolicyException(Text message, List<PolicyProblem> problems) {
    super(render(message, problems.stream().map(PolicyProblem::message).toList(), Lang.EN));
    this.text = message;
    this.problems = ImmutableList.copyOf(problems);
    this.items = this.problems.stream().map(PolicyProblem::message).collect(ImmutableList.toImmutableList());
  }

  /**
   * The problems of modules taken together ({@link Policy.Builder#build()}), each with its kind and
   * the values involved; empty for any other failure.
   *
   * @since 0.2.0
   */
  public ImmutableList<PolicyProblem> policyProblems() {
    return problems == null ? ImmutableList.of() : problems;
  }

  /**
   * The message in {@code lang}; in English when it was given in English only.
   *
   * @since 0.2.0
   */
  @Override
  public String getMessage(Lang lang) {
    return text == null ? getMessage() : render(text, items, lang);
  }

  private static String render(Text message, List<Text> items, Lang lang) {
    StringBuilder sb = new StringBuilder(message.in(lang));
    for (Text t : items) {
      sb.append("\n  - ").append(t.in(lang));
    }
    return sb.toString();
  }
}
