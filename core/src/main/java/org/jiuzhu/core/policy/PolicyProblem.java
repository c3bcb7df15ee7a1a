package org.jiuzhu.core.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jiuzhu.core.text.Text;

/**
 * One problem {@link Policy.Builder#build()} found in modules taken together, as data: its kind,
 * its message in either language, and the values involved (where each was read is {@link
 * ParameterValue#origin()}), so that a caller can say it at the file and line it comes from.
 *
 * @param kind what kind of problem it is
 * @param message what is wrong, in either language
 * @param values the values involved, the one to point at first (for an overlap or a gap, the later
 *     value; for an order, the higher key's value, then the lower's); empty for a region declared twice
 * @since 0.2.0
 */
public record PolicyProblem(Kind kind, Text message, List<ParameterValue> values) {
  /** The kinds of problem. */
  public enum Kind {
    /** Values for a region no module declares. */
    UNDECLARED_REGION,
    /** A region declared with two names by two modules. */
    REGION_NAMES,
    /** Two modules giving the same key in the same region. */
    SAME_KEY,
    /** Two values of one series in force on the same day. */
    OVERLAP,
    /** Days without a value between two values of one series. */
    GAP,
    /** A {@link ParameterOrder} broken by the values as they apply. */
    ORDER
  }

  /** Checks the fields and copies the list. */
  public PolicyProblem {
    checkNotNull(kind, "kind");
    checkNotNull(message, "message");
    values = ImmutableList.copyOf(values);
  }
}
