package org.jiuzhu.core.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Why an {@link Alert} fired: the records it rests on, the threshold (parameter key and value)
 * and the value the household reached.
 *
 * @param records where the records came from ({@link MonthlyRecord#source()}, e.g.
 *     {@code feed-2025-03.jsonl:17}); never personal data
 * @param parameterKey the threshold's parameter key, or empty for rules without a threshold
 * @param threshold the threshold as shown to a caseworker in English, e.g. {@code 10000.00 yuan}, or empty
 * @param actualZh what the household reached, in Chinese, e.g. {@code 近 12 个月自付合计 12500.00 元}
 * @param actualEn the same in English, e.g. {@code 12-month out-of-pocket total 12500.00 yuan}
 * @param thresholdZh the threshold in Chinese, e.g. {@code 10000.00 元}, or empty
 * @param thresholdValue the threshold as a plain decimal for machines, e.g. {@code 10000.00} (yuan) or
 *     {@code 2} (a disability grade); for a threshold given as a share, the amount it comes to (the
 *     {@code 7000.00} of "50% of 14,000.00 yuan, that is 7,000.00 yuan"); empty for a rule without a
 *     numeric threshold ({@code @since 0.2.0})
 * @since 0.1.0
 */
public record Evidence(List<String> records, String parameterKey, String threshold, String actualZh, String actualEn,
    String thresholdZh, Optional<BigDecimal> thresholdValue) {
  /** Checks the fields and copies the list. */
  public Evidence {
    records = ImmutableList.copyOf(records);
    checkNotNull(parameterKey, "parameterKey");
    checkNotNull(threshold, "threshold");
    checkNotNull(actualZh, "actualZh");
    checkNotNull(actualEn, "actualEn");
    checkNotNull(thresholdZh, "thresholdZh");
    checkNotNull(thresholdValue, "thresholdValue");
  }

  /** Evidence without a machine value of the threshold (the texts only). */
  public Evidence(List<String> records, String parameterKey, String threshold, String actualZh, String actualEn,
      String thresholdZh) {
    this(records, parameterKey, threshold, actualZh, actualEn, thresholdZh, Optional.empty());
  }

  /** Evidence whose threshold reads the same in both languages (a bare number, or none). */
  public Evidence(List<String> records, String parameterKey, String threshold, String actualZh, String actualEn) {
    this(records, parameterKey, threshold, actualZh, actualEn, threshold);
  }

  /** The threshold in English (same as {@link #threshold()}). */
  public String thresholdEn() {
    return threshold;
  }
}
