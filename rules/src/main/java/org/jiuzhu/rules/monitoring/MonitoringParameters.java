package org.jiuzhu.rules.monitoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jiuzhu.core.monitoring.Colour;
import org.jiuzhu.core.monitoring.Severity;
import org.jiuzhu.core.monitoring.WarningRule;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.policy.Unit;

/**
 * The parameter keys of monitoring (低收入人口动态监测): warning thresholds, the severity of each
 * warning rule, visit deadlines, three-colour criteria and visit frequencies, and the review
 * intervals the rulebook does not already hold. National defaults are in {@code
 * monitoring-defaults.yaml} (all illustrative: DOMAIN.md §11 marks them as local); region packs
 * override them.
 *
 * @since 0.1.0
 */
public final class MonitoringParameters {
  private MonitoringParameters() {}

  /** {@code monitoring.medical.low-income-yearly}: out-of-pocket medical cost over 12 months above which a low-income household is warned about. */
  public static final ParameterKey<Money> MEDICAL_LOW_INCOME = ParameterKey.money("monitoring.medical.low-income-yearly",
      Unit.CNY, "out-of-pocket medical cost over 12 months above which a low-income household is warned about").required();
  /** {@code monitoring.medical.anyone-yearly}: out-of-pocket medical cost over 12 months above which any household is warned about. */
  public static final ParameterKey<Money> MEDICAL_ANYONE = ParameterKey.money("monitoring.medical.anyone-yearly",
      Unit.CNY, "out-of-pocket medical cost over 12 months above which any household is warned about").required();
  /** {@code monitoring.medical.share-of-rural-income}: out-of-pocket cost over 12 months above this share of last year's rural per-capita disposable income. */
  public static final ParameterKey<BigDecimal> MEDICAL_SHARE = ParameterKey.ratio("monitoring.medical.share-of-rural-income",
      "out-of-pocket cost over 12 months above this share of last year's rural per-capita disposable income").required();
  /** {@code monitoring.medical.hospital-stay-monitored}: out-of-pocket cost of one hospital stay above which a monitored household is warned about. */
  public static final ParameterKey<Money> HOSPITAL_STAY_MONITORED = ParameterKey.money("monitoring.medical.hospital-stay-monitored",
      Unit.CNY, "out-of-pocket cost of one hospital stay above which a monitored household is warned about").required();
  /** {@code monitoring.medical.hospital-stay-other}: out-of-pocket cost of one hospital stay above which any other household is warned about. */
  public static final ParameterKey<Money> HOSPITAL_STAY_OTHER = ParameterKey.money("monitoring.medical.hospital-stay-other",
      Unit.CNY, "out-of-pocket cost of one hospital stay above which any other household is warned about").required();
  /** {@code monitoring.medical.no-assistance-yearly}: out-of-pocket cost over 12 months, with no medical assistance, at or above which a household is warned about. */
  public static final ParameterKey<Money> NO_ASSISTANCE = ParameterKey.money("monitoring.medical.no-assistance-yearly",
      Unit.CNY, "out-of-pocket cost over 12 months, with no medical assistance, at or above which a household is warned about").required();
  /** {@code monitoring.disability.severe-max-grade}: a new disability of this grade or a more severe one (smaller number) warns. */
  public static final ParameterKey<Integer> SEVERE_DISABILITY_GRADE = ParameterKey.integer("monitoring.disability.severe-max-grade",
      Unit.COUNT, "a new disability of this grade or a more severe one (smaller number) warns").required();
  /** {@code monitoring.income.loss-share}: losing at least this share of the household's recent monthly income is the loss of its main income. */
  public static final ParameterKey<BigDecimal> INCOME_LOSS_SHARE = ParameterKey.ratio("monitoring.income.loss-share",
      "losing at least this share of the household's recent monthly income is the loss of its main income").required();
  /** {@code monitoring.income.reference-months}: months of reported income averaged to judge a loss. */
  public static final ParameterKey<Integer> INCOME_REFERENCE_MONTHS = ParameterKey.integer("monitoring.income.reference-months",
      Unit.MONTHS, "months of reported income averaged to judge a loss").required();
  /** {@code monitoring.disaster.min-loss}: a disaster with a known loss below this does not warn. */
  public static final ParameterKey<Money> DISASTER_MIN_LOSS = ParameterKey.money("monitoring.disaster.min-loss",
      Unit.CNY, "a disaster with a known loss below this does not warn").required();
  /** {@code monitoring.leaver-months}: a household that left assistance is monitored as low-income for this many months. */
  public static final ParameterKey<Integer> LEAVER_MONTHS = ParameterKey.integer("monitoring.leaver-months",
      Unit.MONTHS, "a household that left assistance is monitored as low-income for this many months").required();

  /** {@code monitoring.visit.deadline.notice}: working days to visit after a notice. */
  public static final ParameterKey<Integer> DEADLINE_NOTICE = ParameterKey.integer("monitoring.visit.deadline.notice",
      Unit.WORKING_DAYS, "working days to visit after a notice").required();
  /** {@code monitoring.visit.deadline.warning}: working days to visit after a warning. */
  public static final ParameterKey<Integer> DEADLINE_WARNING = ParameterKey.integer("monitoring.visit.deadline.warning",
      Unit.WORKING_DAYS, "working days to visit after a warning").required();
  /** {@code monitoring.visit.deadline.urgent}: working days to visit after an urgent alert. */
  public static final ParameterKey<Integer> DEADLINE_URGENT = ParameterKey.integer("monitoring.visit.deadline.urgent",
      Unit.WORKING_DAYS, "working days to visit after an urgent alert").required();

  /** {@code monitoring.colour.memory-months}: an alert counts towards the colour for this many months. */
  public static final ParameterKey<Integer> COLOUR_MEMORY = ParameterKey.integer("monitoring.colour.memory-months",
      Unit.MONTHS, "an alert counts towards the colour for this many months").required();
  /** {@code monitoring.colour.red.min-severity}: an alert at least this severe (1 notice, 2 warning, 3 urgent) makes the household red. */
  public static final ParameterKey<Integer> RED_MIN_SEVERITY = ParameterKey.integer("monitoring.colour.red.min-severity",
      Unit.COUNT, "an alert at least this severe (1 notice, 2 warning, 3 urgent) makes the household red").required();
  /** {@code monitoring.colour.orange.min-severity}: an alert at least this severe makes the household orange. */
  public static final ParameterKey<Integer> ORANGE_MIN_SEVERITY = ParameterKey.integer("monitoring.colour.orange.min-severity",
      Unit.COUNT, "an alert at least this severe makes the household orange").required();
  /** {@code monitoring.colour.red.medical-yearly}: out-of-pocket cost over 12 months at or above which the household is red. */
  public static final ParameterKey<Money> RED_MEDICAL = ParameterKey.money("monitoring.colour.red.medical-yearly",
      Unit.CNY, "out-of-pocket cost over 12 months at or above which the household is red").required();
  /** {@code monitoring.colour.orange.medical-yearly}: out-of-pocket cost over 12 months at or above which the household is orange. */
  public static final ParameterKey<Money> ORANGE_MEDICAL = ParameterKey.money("monitoring.colour.orange.medical-yearly",
      Unit.CNY, "out-of-pocket cost over 12 months at or above which the household is orange").required();
  /** {@code monitoring.colour.orange.recent-leaver}: a household within its leaver months is at least orange. */
  public static final ParameterKey<Boolean> ORANGE_LEAVER = ParameterKey.flag("monitoring.colour.orange.recent-leaver",
      "a household within its leaver months is at least orange").required();
  /** {@code monitoring.visit.green-months}: months between visits of a green household. */
  public static final ParameterKey<Integer> VISIT_GREEN = ParameterKey.integer("monitoring.visit.green-months",
      Unit.MONTHS, "months between visits of a green household").required();
  /** {@code monitoring.visit.orange-months}: months between visits of an orange household. */
  public static final ParameterKey<Integer> VISIT_ORANGE = ParameterKey.integer("monitoring.visit.orange-months",
      Unit.MONTHS, "months between visits of an orange household").required();
  /** {@code monitoring.visit.red-months}: months between visits of a red household. */
  public static final ParameterKey<Integer> VISIT_RED = ParameterKey.integer("monitoring.visit.red-months",
      Unit.MONTHS, "months between visits of a red household").required();

  /** {@code tekun.review.months}: interval of the periodic review of a person in extreme poverty (特困). */
  public static final ParameterKey<Integer> TEKUN_REVIEW = ParameterKey.integer("tekun.review.months",
      Unit.MONTHS, "interval of the periodic review of a person in extreme poverty (特困)").required();
  /** {@code marginal.review.months}: interval of the periodic review of a marginal household (低保边缘家庭). */
  public static final ParameterKey<Integer> MARGINAL_REVIEW = ParameterKey.integer("marginal.review.months",
      Unit.MONTHS, "interval of the periodic review of a marginal household (低保边缘家庭)").required();

  /** {@code monitoring.severity.<rule>}: the severity of each warning rule (1 notice, 2 warning, 3 urgent). */
  public static final ImmutableMap<WarningRule, ParameterKey<Integer>> SEVERITY = severityKeys();

  private static ImmutableMap<WarningRule, ParameterKey<Integer>> severityKeys() {
    Map<WarningRule, ParameterKey<Integer>> m = new EnumMap<>(WarningRule.class);
    for (WarningRule r : WarningRule.values()) {
      m.put(r, ParameterKey.integer("monitoring.severity." + r.code(), Unit.COUNT,
          "severity of the warning rule '" + r.en() + "' (1 notice, 2 warning, 3 urgent)").required());
    }
    return ImmutableMap.copyOf(m);
  }

  /** The visit deadline key of {@code severity}. */
  static ParameterKey<Integer> deadline(Severity severity) {
    return switch (severity) {
      case NOTICE -> DEADLINE_NOTICE;
      case WARNING -> DEADLINE_WARNING;
      case URGENT -> DEADLINE_URGENT;
    };
  }

  /** The visit-frequency key of {@code colour}. */
  static ParameterKey<Integer> visitMonths(Colour colour) {
    return switch (colour) {
      case GREEN -> VISIT_GREEN;
      case ORANGE -> VISIT_ORANGE;
      case RED -> VISIT_RED;
    };
  }

  /** Every key declared here. */
  public static ImmutableList<ParameterKey<?>> all() {
    ImmutableList.Builder<ParameterKey<?>> b = ImmutableList.builder();
    b.add(MEDICAL_LOW_INCOME, MEDICAL_ANYONE, MEDICAL_SHARE, HOSPITAL_STAY_MONITORED, HOSPITAL_STAY_OTHER, NO_ASSISTANCE,
        SEVERE_DISABILITY_GRADE, INCOME_LOSS_SHARE, INCOME_REFERENCE_MONTHS, DISASTER_MIN_LOSS, LEAVER_MONTHS,
        DEADLINE_NOTICE, DEADLINE_WARNING, DEADLINE_URGENT, COLOUR_MEMORY, RED_MIN_SEVERITY, ORANGE_MIN_SEVERITY,
        RED_MEDICAL, ORANGE_MEDICAL, ORANGE_LEAVER, VISIT_GREEN, VISIT_ORANGE, VISIT_RED, TEKUN_REVIEW, MARGINAL_REVIEW);
    b.addAll(SEVERITY.values());
    return b.build();
  }
}
