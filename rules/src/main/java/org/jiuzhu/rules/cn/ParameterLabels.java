package org.jiuzhu.rules.cn;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Messages;

/**
 * The label of each parameter key in both languages — what a caseworker reads beside the key (e.g.
 * {@code dibao.standard.rural} → 农村低保标准 / "Rural minimum living standard (低保标准)"). The key
 * stays the id a policy file uses; the label is only shown.
 *
 * <p>Labels live in the bundle {@code org/jiuzhu/rules/cn/parameters_zh.properties} and {@code
 * parameters_en.properties} (UTF-8, one line per key), for translators. Every key of {@link
 * CnParameters#all()}, {@code Catalogue.cnKeys()}, {@code PopulationParameters.all()} and {@code
 * MonitoringParameters.all()} has one in both languages, and no other key has one (tested).
 *
 * <p>A key whose value the unit of its {@code ParameterKey} does not say in words has its own unit to
 * show beside the value, on the line after its label: {@code utility.electricity.kwh@unit = 千瓦时}
 * (kWh, where the key's unit is a count), {@code temporary.max-months-of-standard@unit = 个月}
 * (months, where the key's unit is a ratio), {@code dibao.sanction.refused-job-offers@unit = 次}.
 *
 * @since 0.2.0
 */
public final class ParameterLabels {
  /** The bundle's name. */
  public static final String BUNDLE = "org.jiuzhu.rules.cn.parameters";

  private static final Messages LABELS = Messages.bundle(BUNDLE, ParameterLabels.class);

  private ParameterLabels() {}

  /** The suffix of a key's own unit in the bundle. */
  private static final String UNIT = "@unit";

  /** The label of the key named {@code key} in {@code lang}, empty when the key has none. */
  public static Optional<String> label(Lang lang, String key) {
    return !key.endsWith(UNIT) && LABELS.has(lang, key) ? Optional.of(LABELS.get(lang, key)) : Optional.empty();
  }

  /**
   * The unit to show beside the value of the key named {@code key} in {@code lang} when the unit of
   * its {@code ParameterKey} does not say it (千瓦时 / kWh for a count of kilowatt-hours, 个月 / months
   * for a number of months held as a ratio, 倍 / times for a multiple); empty when the key's unit says it.
   *
   * @since 0.2.0
   */
  public static Optional<String> unit(Lang lang, String key) {
    return LABELS.has(lang, key + UNIT) ? Optional.of(LABELS.get(lang, key + UNIT)) : Optional.empty();
  }

  /** Every key with its own unit in {@code lang}. */
  public static ImmutableSortedSet<String> keysWithUnit(Lang lang) {
    return LABELS.keys(lang).stream().filter(k -> k.endsWith(UNIT)).map(k -> k.substring(0, k.length() - UNIT.length()))
        .collect(ImmutableSortedSet.toImmutableSortedSet(java.util.Comparator.naturalOrder()));
  }

  /** The label of {@code key} in {@code lang}, empty when the key has none. */
  public static Optional<String> label(Lang lang, ParameterKey<?> key) {
    return label(lang, key.name());
  }

  /**
   * That no value of a key is in force ({@code e}), in {@code lang}, the key named in words by its
   * label and its id (which a policy file uses) when it has a label: {@code “家庭人口数累计分布”（population.household-size.cdf）}.
   *
   * @since 0.14.0
   */
  public static String missing(Lang lang, org.jiuzhu.core.policy.MissingParameterException e) {
    return e.key().flatMap(k -> label(lang, k))
        .map(l -> e.getMessage(lang, lang == Lang.ZH ? "“" + l + "”（" + e.key().get().name() + "）"
            : "'" + l + "' (" + e.key().get().name() + ")"))
        .orElseGet(() -> e.getMessage(lang));
  }

  /** Every key with a label in {@code lang}. */
  public static ImmutableSortedSet<String> keys(Lang lang) {
    return LABELS.keys(lang).stream().filter(k -> !k.endsWith(UNIT))
        .collect(ImmutableSortedSet.toImmutableSortedSet(java.util.Comparator.naturalOrder()));
  }
}
