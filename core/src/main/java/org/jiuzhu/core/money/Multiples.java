package org.jiuzhu.core.money;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rising multiples of an amount, e.g. the bands of temporary assistance as months of the 低保
 * standard: {@code 1;2;4;6;10}. Written {@code M;M;…} in policy files, each above 0 and above the
 * one before.
 *
 * @since 0.1.0
 */
public final class Multiples {
  private final ImmutableList<BigDecimal> values;

  private Multiples(List<BigDecimal> values) {
    this.values = ImmutableList.copyOf(values);
  }

  /**
   * Parses {@code M;M;…}.
   *
   * @throws IllegalArgumentException naming the text and what was expected
   */
  private static final String EXPECTED = "value.multiples.expected";

  public static Multiples parse(String text) {
    checkNotNull(text, "text");
    List<BigDecimal> values = new ArrayList<>();
    for (String part : text.split(";")) {
      BigDecimal m;
      try {
        m = new BigDecimal(part.trim());
      } catch (NumberFormatException e) {
        throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(org.jiuzhu.core.validation.ValidationTexts.text("value.multiples.number", text, part.trim(), org.jiuzhu.core.validation.ValidationTexts.text(EXPECTED)));
      }
      if (m.signum() <= 0 || (!values.isEmpty() && m.compareTo(values.get(values.size() - 1)) <= 0)) {
        throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(org.jiuzhu.core.validation.ValidationTexts.text("value.multiples.order", text, part.trim(), org.jiuzhu.core.validation.ValidationTexts.text(EXPECTED)));
      }
      values.add(m);
    }
    return new Multiples(values);
  }

  /** The multiples, rising. */
  public ImmutableList<BigDecimal> values() {
    return values;
  }

  /**
   * The smallest multiple of {@code unit} that covers {@code need} (both in fen), rounded down to
   * the fen; empty when even the largest does not.
   */
  public java.util.Optional<Money> smallestCovering(long needFen, long unitFen) {
    for (BigDecimal m : values) {
      long band = m.multiply(BigDecimal.valueOf(unitFen)).setScale(0, java.math.RoundingMode.DOWN).longValueExact();
      if (band >= needFen) {
        return java.util.Optional.of(Money.ofFen(band));
      }
    }
    return java.util.Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Multiples && ((Multiples) o).toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** {@code M;M;…}, the form {@link #parse} reads. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (BigDecimal v : values) {
      sb.append(sb.length() == 0 ? "" : ";").append(v.toPlainString());
    }
    return sb.toString();
  }
}
