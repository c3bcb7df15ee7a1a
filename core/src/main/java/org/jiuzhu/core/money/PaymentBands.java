package org.jiuzhu.core.money;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Payment in bands (分档发放): instead of the exact gap between the standard and a household's
 * per-capita income, a share of the standard chosen by how large that gap is. Written
 * {@code UPPER:PAY;UPPER:PAY;…} in policy files, e.g. {@code 0.3:0.3;0.6:0.6;1:1}: a gap of up to
 * 30% of the standard pays 30% of it per person, up to 60% pays 60%, up to 100% pays all.
 * Uppers rise strictly and the last is 1.
 *
 * @since 0.1.0
 */
public final class PaymentBands {
  private final ImmutableList<BigDecimal> uppers;
  private final ImmutableList<BigDecimal> pays;

  private PaymentBands(List<BigDecimal> uppers, List<BigDecimal> pays) {
    this.uppers = ImmutableList.copyOf(uppers);
    this.pays = ImmutableList.copyOf(pays);
  }

  /**
   * Parses {@code UPPER:PAY;…}.
   *
   * @throws IllegalArgumentException naming the text and what was expected
   */
  private static final String EXPECTED = "value.bands.expected";

  public static PaymentBands parse(String text) {
    checkNotNull(text, "text");
    List<BigDecimal> uppers = new ArrayList<>();
    List<BigDecimal> pays = new ArrayList<>();
    for (String band : text.split(";")) {
      String[] parts = band.trim().split(":");
      if (parts.length != 2) {
        throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(org.jiuzhu.core.validation.ValidationTexts.text("value.bands.format", text, org.jiuzhu.core.validation.ValidationTexts.text(EXPECTED)));
      }
      BigDecimal upper;
      BigDecimal pay;
      try {
        upper = new BigDecimal(parts[0].trim());
        pay = new BigDecimal(parts[1].trim());
      } catch (NumberFormatException e) {
        throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(org.jiuzhu.core.validation.ValidationTexts.text("value.bands.numbers", text, org.jiuzhu.core.validation.ValidationTexts.text(EXPECTED)));
      }
      if (upper.signum() <= 0 || upper.compareTo(BigDecimal.ONE) > 0 || pay.signum() < 0
          || pay.compareTo(BigDecimal.ONE) > 0
          || (!uppers.isEmpty() && upper.compareTo(uppers.get(uppers.size() - 1)) <= 0)) {
        throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(org.jiuzhu.core.validation.ValidationTexts.text("value.bands.order", text, band.trim(), org.jiuzhu.core.validation.ValidationTexts.text(EXPECTED)));
      }
      uppers.add(upper);
      pays.add(pay);
    }
    if (uppers.isEmpty() || uppers.get(uppers.size() - 1).compareTo(BigDecimal.ONE) != 0) {
      throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(org.jiuzhu.core.validation.ValidationTexts.text("value.bands.last", text, org.jiuzhu.core.validation.ValidationTexts.text(EXPECTED)));
    }
    return new PaymentBands(uppers, pays);
  }

  /**
   * The pay share for a household whose total gap is {@code gapTotal} (in the same unit as
   * {@code standardTotal}, the standard times the members, both exact): the first band whose
   * upper share is at least {@code gapTotal / standardTotal}.
   */
  public BigDecimal payShare(long gapTotal, long standardTotal) {
    for (int i = 0; i < uppers.size(); i++) {
      // gap / standard <= upper  <=>  gap <= upper * standard
      if (BigDecimal.valueOf(gapTotal).compareTo(uppers.get(i).multiply(BigDecimal.valueOf(standardTotal))) <= 0) {
        return pays.get(i);
      }
    }
    return pays.get(pays.size() - 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PaymentBands && ((PaymentBands) o).toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** {@code UPPER:PAY;…}, the form {@link #parse} reads. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < uppers.size(); i++) {
      if (i > 0) {
        sb.append(';');
      }
      sb.append(uppers.get(i).toPlainString()).append(':').append(pays.get(i).toPlainString());
    }
    return sb.toString();
  }
}
