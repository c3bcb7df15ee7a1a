package org.jiuzhu.core.policy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Text;
import org.jiuzhu.core.time.DateRange;

/**
 * No value of a parameter is in force for a region (nor any of its ancestors) on a date. Its
 * message, in either language ({@link #getMessage(Lang)}), names the key, the region, the date,
 * the dates on which the key has a value along the region's chain, and the regions searched.
 *
 * @since 0.1.0
 */
public final class MissingParameterException extends PolicyException {
  private static final long serialVersionUID = 1L;

  private final transient ParameterKey<?> key;
  private final transient RegionCode region;
  private final transient LocalDate date;
  private final transient ImmutableList<DateRange> datesWithValues;
  /** The message's arguments after the key: the region, the date, the dates with values, the chain searched. */
  private final transient Object[] rest;

  /** Creates the exception with a message naming key, region and date (in English only). */
  public MissingParameterException(String message) {
    super(message);
    this.key = null;
    this.region = null;
    this.date = null;
    this.datesWithValues = ImmutableList.of();
    this.rest = null;
  }

  /** No value of {@code key} for {@code region} on {@code date}; {@code dates}: those on which its chain has one. */
  MissingParameterException(ParameterKey<?> key, RegionCode region, LocalDate date, Text regionLabel, Text chain,
      List<DateRange> dates) {
    this(key, region, date, dates, new Object[] {regionLabel, date, periods(dates), chain});
  }

  private MissingParameterException(ParameterKey<?> key, RegionCode region, LocalDate date, List<DateRange> dates,
      Object[] rest) {
    super(text(PolicyTexts.text("missing.key", key.name(), PolicyTexts.text("unit.name." + key.unit().name())), rest));
    this.key = key;
    this.region = region;
    this.date = date;
    this.datesWithValues = ImmutableList.copyOf(dates);
    this.rest = rest;
  }

  private static Text text(Object key, Object[] rest) {
    Object[] args = new Object[rest.length + 1];
    args[0] = key;
    System.arraycopy(rest, 0, args, 1, rest.length);
    return PolicyTexts.text("missing.value", args);
  }

  /** The dates with values in words: each period, or that no region of the chain has one. */
  private static Text periods(List<DateRange> dates) {
    if (dates.isEmpty()) {
      return PolicyTexts.text("missing.value.none");
    }
    List<Text> each = dates.stream()
        .map(r -> r.endExclusive()
            .map(end -> PolicyTexts.text("missing.range.closed", r.startInclusive(), end.minusDays(1)))
            .orElseGet(() -> PolicyTexts.text("missing.range.open", r.startInclusive())))
        .toList();
    return PolicyTexts.text("missing.value.periods", org.jiuzhu.core.text.Listing.of(each));
  }

  /**
   * The key no value of which is in force; empty when the exception was made with a message only.
   *
   * @since 0.14.0
   */
  public Optional<ParameterKey<?>> key() {
    return Optional.ofNullable(key);
  }

  /**
   * The region asked for; empty when the exception was made with a message only.
   *
   * @since 0.14.0
   */
  public Optional<RegionCode> region() {
    return Optional.ofNullable(region);
  }

  /**
   * The date asked for; empty when the exception was made with a message only.
   *
   * @since 0.14.0
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * The periods in which some region of the chain gives the key a value, merged, in date order
   * (each half-open); empty when none does.
   *
   * @since 0.14.0
   */
  public ImmutableList<DateRange> datesWithValues() {
    return datesWithValues;
  }

  /**
   * The message in {@code lang} with the key named as {@code keyInWords} (its label and id, which a
   * caller that knows the key's label gives), in place of the key's id and unit.
   *
   * @since 0.14.0
   */
  public String getMessage(Lang lang, String keyInWords) {
    return rest == null ? getMessage(lang) : text(keyInWords, rest).in(lang);
  }

  /**
   * Creates the exception with its message in both languages.
   *
   * @since 0.2.0
   */
  public MissingParameterException(org.jiuzhu.core.text.Text message) {
    super(message);
    this.key = null;
    this.region = null;
    this.date = null;
    this.datesWithValues = ImmutableList.of();
    this.rest = null;
  }
}
