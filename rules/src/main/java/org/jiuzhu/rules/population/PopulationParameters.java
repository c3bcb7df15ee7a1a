package org.jiuzhu.rules.population;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.money.Multiples;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.policy.Unit;

/**
 * The calibration of synthetic populations, per region: household sizes, hukou, ages, disability
 * and illness rates, the spread of incomes and assets. Values are in {@code population-defaults.yaml}
 * (national, illustrative) and may be set per region like any parameter; the income level itself
 * comes from each region's {@code stats.disposable-income.*}. The generator is in the simulation
 * module ({@code org.jiuzhu.simulation.PopulationGenerator}).
 *
 * @since 0.1.0
 */
public final class PopulationParameters {
  private PopulationParameters() {}

  /** {@code population.household-size.cdf}: cumulative shares of households of 1, 2, … persons (the last is 1). */
  public static final ParameterKey<Multiples> HOUSEHOLD_SIZE_CDF = ParameterKey.of("population.household-size.cdf",
      Unit.MULTIPLES, Multiples.class, "cumulative shares of households of 1, 2, ... persons (the last is 1)", true);
  /** {@code population.rural-share}: share of households with rural hukou. */
  public static final ParameterKey<BigDecimal> RURAL_SHARE = ParameterKey.ratio("population.rural-share",
      "share of households with rural hukou").required();
  /** {@code population.elderly-share}: share of adults aged 60 or more. */
  public static final ParameterKey<BigDecimal> ELDERLY_SHARE = ParameterKey.ratio("population.elderly-share",
      "share of adults aged 60 or more").required();
  /** {@code population.child-share}: share of members beyond the first two who are children. */
  public static final ParameterKey<BigDecimal> CHILD_SHARE = ParameterKey.ratio("population.child-share",
      "share of members beyond the first two who are children").required();
  /** {@code population.disability-rate}: share of persons with a certified disability. */
  public static final ParameterKey<BigDecimal> DISABILITY_RATE = ParameterKey.ratio("population.disability-rate",
      "share of persons with a certified disability").required();
  /** {@code population.severe-disability-share}: share of disabilities that are severe (grade 1 or 2). */
  public static final ParameterKey<BigDecimal> SEVERE_DISABILITY_SHARE = ParameterKey.ratio(
      "population.severe-disability-share", "share of disabilities that are severe (grade 1 or 2)").required();
  /** {@code population.major-illness-rate}: share of persons with a major illness. */
  public static final ParameterKey<BigDecimal> MAJOR_ILLNESS_RATE = ParameterKey.ratio("population.major-illness-rate",
      "share of persons with a major illness").required();
  /** {@code population.dialysis-share}: share of major illnesses that need dialysis (three sessions a week). */
  public static final ParameterKey<BigDecimal> DIALYSIS_SHARE = ParameterKey.ratio("population.dialysis-share",
      "share of major illnesses that need dialysis (three sessions a week)").required();
  /** {@code population.chronic-illness-rate}: share of persons with a chronic illness. */
  public static final ParameterKey<BigDecimal> CHRONIC_ILLNESS_RATE = ParameterKey.ratio("population.chronic-illness-rate",
      "share of persons with a chronic illness").required();
  /** {@code population.unemployment-rate}: share of working-age adults without work. */
  public static final ParameterKey<BigDecimal> UNEMPLOYMENT_RATE = ParameterKey.ratio("population.unemployment-rate",
      "share of working-age adults without work").required();
  /** {@code population.income.sigma}: spread of per-capita income (standard deviation of its logarithm). */
  public static final ParameterKey<BigDecimal> INCOME_SIGMA = ParameterKey.ratio("population.income.sigma",
      "spread of per-capita income (standard deviation of its logarithm)").required();
  /** {@code population.income.none-share}: share of households with no income of their own. */
  public static final ParameterKey<BigDecimal> INCOME_NONE_SHARE = ParameterKey.ratio("population.income.none-share",
      "share of households with no income of their own").required();
  /** {@code population.deposits.months-of-income}: mean deposits, in months of the household's income. */
  public static final ParameterKey<BigDecimal> DEPOSIT_MONTHS = ParameterKey.ratio("population.deposits.months-of-income",
      "mean deposits, in months of the household's income").required();
  /** {@code population.vehicle-share}: share of households with a car. */
  public static final ParameterKey<BigDecimal> VEHICLE_SHARE = ParameterKey.ratio("population.vehicle-share",
      "share of households with a car").required();
  /** {@code population.vehicle-value}: mean value of a household's car. */
  public static final ParameterKey<Money> VEHICLE_VALUE = ParameterKey.money("population.vehicle-value", Unit.CNY,
      "mean value of a household's car").required();
  /** {@code population.home-area-per-capita}: mean floor area of the home per person. */
  public static final ParameterKey<BigDecimal> HOME_AREA = ParameterKey.of("population.home-area-per-capita",
      Unit.SQUARE_METRES, BigDecimal.class, "mean floor area of the home per person", true);

  /** Every key declared here. */
  public static ImmutableList<ParameterKey<?>> all() {
    return ImmutableList.of(HOUSEHOLD_SIZE_CDF, RURAL_SHARE, ELDERLY_SHARE, CHILD_SHARE, DISABILITY_RATE,
        SEVERE_DISABILITY_SHARE, MAJOR_ILLNESS_RATE, DIALYSIS_SHARE, CHRONIC_ILLNESS_RATE, UNEMPLOYMENT_RATE, INCOME_SIGMA,
        INCOME_NONE_SHARE, DEPOSIT_MONTHS, VEHICLE_SHARE, VEHICLE_VALUE, HOME_AREA);
  }
}
