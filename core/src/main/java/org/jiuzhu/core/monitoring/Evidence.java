package org.jiuzhu.core.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Why an {@link Alert} fired: the records it rests on, the threshold (parameter key and value)
 * and the value the household reached.
 *
 * @param records where the records came from ({@link MonthlyRecord#source()}, e.g.
 *     {@code feed-2025-03.jsonl:17}); never personal data
 * @param parameterKey the threshold's parameter key, or empty for rules without a threshold
 * @param threshold the threshold as shown to a caseworker in English, e.g. {@code 10000.00 yuan}, or empty
 * @param actualZh what the household reached, in Chinese, e.g. {@code 近12个月自付合计 12500.00 元}
 * @param actualEn the same in English, e.g. {@code 12-month out-of-pocket total 12500.00 yuan}
 * @param thresholdZh the threshold in Chinese, e.g. {@code 10000.00 元}, or empty
 * @since 0.1.0
 */
public record Evidence(List<String> records, String parameterKey, String threshold, String actualZh, String actualEn,
    String thresholdZh) {
  /** Checks the fields and copies the list. */
  public Evidence {
    records = ImmutableList.copyOf(records);
    checkNotNull(parameterKey, "parameterKey");
    checkNotNull(threshold, "threshold");
    checkNotNull(actualZh, "actualZh");
    checkNotNull(actualEn, "actualEn");
    checkNotNull(thresholdZh, "thresholdZh");
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
