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
 * @since 0.2.0
 */
public final class ParameterLabels {
  /** The bundle's name. */
  public static final String BUNDLE = "org.jiuzhu.rules.cn.parameters";

  private static final Messages LABELS = Messages.bundle(BUNDLE, ParameterLabels.class);

  private ParameterLabels() {}

  /** The label of the key named {@code key} in {@code lang}, empty when the key has none. */
  public static Optional<String> label(Lang lang, String key) {
    return LABELS.has(lang, key) ? Optional.of(LABELS.get(lang, key)) : Optional.empty();
  }

  /** The label of {@code key} in {@code lang}, empty when the key has none. */
  public static Optional<String> label(Lang lang, ParameterKey<?> key) {
    return label(lang, key.name());
  }

  /** Every key with a label in {@code lang}. */
  public static ImmutableSortedSet<String> keys(Lang lang) {
    return LABELS.keys(lang);
  }
}
