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
  /**
   * {@code population.elderly-share}: share of urban-hukou households whose applicant is aged 60 or
   * more (rural: {@link #ELDERLY_SHARE_RURAL}).
   */
  public static final ParameterKey<BigDecimal> ELDERLY_SHARE = ParameterKey.ratio("population.elderly-share",
      "share of urban-hukou households whose applicant is aged 60 or more").required();
  /** {@code population.elderly-share.rural}: share of rural-hukou households whose applicant is aged 60 or more. */
  public static final ParameterKey<BigDecimal> ELDERLY_SHARE_RURAL = ParameterKey.ratio("population.elderly-share.rural",
      "share of rural-hukou households whose applicant is aged 60 or more").required();
  /**
   * {@code population.old-age.cdf}: cumulative shares of persons aged 60+ in the bands 60-64, 65-69,
   * 70-74, 75-79, 80-84, 85-89 and 90-99 (the last is 1).
   */
  public static final ParameterKey<Multiples> OLD_AGE_CDF = ParameterKey.of("population.old-age.cdf", Unit.MULTIPLES,
      Multiples.class, "cumulative shares of persons aged 60+ in the bands 60-64, 65-69, ..., 85-89, 90-99 (the last is 1)", true);
  /** {@code population.income.location.urban}: mean per-capita income of urban-hukou households ÷ the region's urban disposable income. */
  public static final ParameterKey<BigDecimal> INCOME_LOCATION_URBAN = ParameterKey.ratio("population.income.location.urban",
      "mean per-capita income of urban-hukou households as a multiple of the region's urban disposable income").required();
  /** {@code population.income.location.rural}: the same for rural-hukou households. */
  public static final ParameterKey<BigDecimal> INCOME_LOCATION_RURAL = ParameterKey.ratio("population.income.location.rural",
      "mean per-capita income of rural-hukou households as a multiple of the region's rural disposable income").required();
  /**
   * {@code population.supporter-share}: share of urban-hukou members who cannot work and live with no
   * one able to work who have a supporter with a statutory duty (法定义务人) outside the household
   * (rural: {@link #SUPPORTER_SHARE_RURAL}).
   */
  public static final ParameterKey<BigDecimal> SUPPORTER_SHARE = ParameterKey.ratio("population.supporter-share",
      "share of urban-hukou members who cannot work, living with no one able to work, who have a supporter outside the household")
      .required();
  /** {@code population.supporter-share.rural}: the same for rural-hukou members. */
  public static final ParameterKey<BigDecimal> SUPPORTER_SHARE_RURAL = ParameterKey.ratio("population.supporter-share.rural",
      "share of rural-hukou members who cannot work, living with no one able to work, who have a supporter outside the household")
      .required();
  /** {@code population.care.home-share}: share of members who would be cared for at home (分散供养) rather than in an institution. */
  public static final ParameterKey<BigDecimal> CARE_HOME_SHARE = ParameterKey.ratio("population.care.home-share",
      "share of members who would be cared for at home rather than in an institution").required();
  /** {@code population.self-care.dependent-share.60-79}: share of persons aged 60-79 failing at least one of the six self-care items. */
  public static final ParameterKey<BigDecimal> SELF_CARE_DEPENDENT_60 = ParameterKey.ratio("population.self-care.dependent-share.60-79",
      "share of persons aged 60-79 failing at least one of the six self-care items").required();
  /** {@code population.self-care.dependent-share.80-plus}: the same for persons aged 80 or more. */
  public static final ParameterKey<BigDecimal> SELF_CARE_DEPENDENT_80 = ParameterKey.ratio(
      "population.self-care.dependent-share.80-plus", "share of persons aged 80+ failing at least one of the six self-care items").required();
  /** {@code population.pension.employee-share.urban}: share of urban-hukou persons aged 60+ with an employees' pension. */
  public static final ParameterKey<BigDecimal> EMPLOYEE_PENSION_SHARE_URBAN = ParameterKey.ratio(
      "population.pension.employee-share.urban", "share of urban-hukou persons aged 60+ with an employees' pension").required();
  /** {@code population.pension.employee-share.rural}: the same for rural-hukou persons. */
  public static final ParameterKey<BigDecimal> EMPLOYEE_PENSION_SHARE_RURAL = ParameterKey.ratio(
      "population.pension.employee-share.rural", "share of rural-hukou persons aged 60+ with an employees' pension").required();
  /**
   * {@code population.insurance.employee-share.urban-employed}: share of urban employed members (wage
   * earners, 16–59) insured in the employees' pension and medical schemes (职工养老、职工医保); the others
   * are in the residents' schemes.
   */
  public static final ParameterKey<BigDecimal> EMPLOYEE_SCHEME_SHARE = ParameterKey.ratio(
      "population.insurance.employee-share.urban-employed",
      "share of urban employed members in the employees' pension and medical-insurance schemes").required();
  /** {@code population.pension.residents-basic}: the residents' basic pension (城乡居民基础养老金) of those aged 60+ without an employees' pension. */
  public static final ParameterKey<Money> RESIDENTS_PENSION = ParameterKey.money("population.pension.residents-basic",
      Unit.CNY_PER_PERSON_MONTH, "the residents' basic pension of persons aged 60+ without an employees' pension").required();
  /**
   * {@code population.take-up.dibao}: share of urban-hukou households entitled to 低保 that receive it
   * (rural: {@link #TAKE_UP_DIBAO_RURAL}).
   */
  public static final ParameterKey<BigDecimal> TAKE_UP_DIBAO = ParameterKey.ratio("population.take-up.dibao",
      "share of urban-hukou households entitled to dibao (and dibao for one member) that receive it").required();
  /** {@code population.take-up.dibao.rural}: the same for rural-hukou households. */
  public static final ParameterKey<BigDecimal> TAKE_UP_DIBAO_RURAL = ParameterKey.ratio("population.take-up.dibao.rural",
      "share of rural-hukou households entitled to dibao (and dibao for one member) that receive it").required();
  /**
   * {@code population.take-up.tekun}: share of urban-hukou households entitled to 特困 support that
   * receive it (rural: {@link #TAKE_UP_TEKUN_RURAL}).
   */
  public static final ParameterKey<BigDecimal> TAKE_UP_TEKUN = ParameterKey.ratio("population.take-up.tekun",
      "share of urban-hukou households entitled to tekun support that receive it").required();
  /** {@code population.take-up.tekun.rural}: the same for rural-hukou households. */
  public static final ParameterKey<BigDecimal> TAKE_UP_TEKUN_RURAL = ParameterKey.ratio("population.take-up.tekun.rural",
      "share of rural-hukou households entitled to tekun support that receive it").required();
  /** {@code population.take-up.marginal}: share of households entitled to the marginal-household recognition (低保边缘) that receive it. */
  public static final ParameterKey<BigDecimal> TAKE_UP_MARGINAL = ParameterKey.ratio("population.take-up.marginal",
      "share of households entitled to the marginal-household recognition that receive it").required();
  /** {@code population.take-up.other}: share of households entitled to any other programme that receive it. */
  public static final ParameterKey<BigDecimal> TAKE_UP_OTHER = ParameterKey.ratio("population.take-up.other",
      "share of households entitled to any other programme that receive it").required();
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
  /**
   * {@code population.vehicle-share}: share of urban-hukou households with a car among those at the
   * median per-capita income of their hukou (rural: {@link #VEHICLE_SHARE_RURAL}); the share moves
   * with income by {@link #VEHICLE_INCOME_ELASTICITY}.
   */
  public static final ParameterKey<BigDecimal> VEHICLE_SHARE = ParameterKey.ratio("population.vehicle-share",
      "share of urban-hukou households with a car at the median per-capita income").required();
  /** {@code population.vehicle-share.rural}: the same for rural-hukou households. */
  public static final ParameterKey<BigDecimal> VEHICLE_SHARE_RURAL = ParameterKey.ratio("population.vehicle-share.rural",
      "share of rural-hukou households with a car at the median per-capita income").required();
  /**
   * {@code population.vehicle-share.income-elasticity}: e in P(car) = min(1, share × (income ÷
   * median)^e); 0 makes ownership independent of income, and a household without income has no car
   * when e is above 0.
   */
  public static final ParameterKey<BigDecimal> VEHICLE_INCOME_ELASTICITY = ParameterKey.ratio(
      "population.vehicle-share.income-elasticity",
      "elasticity of car ownership to per-capita income (P = min(1, share x (income / median)^e))").required();
  /**
   * {@code population.income.no-earner-factor}: per-capita income of households where nobody works
   * and nobody draws an employees' pension, as a multiple of the draw for their hukou.
   */
  public static final ParameterKey<BigDecimal> INCOME_NO_EARNER_FACTOR = ParameterKey.ratio("population.income.no-earner-factor",
      "per-capita income of households with no one working and no employees' pension, as a multiple of the draw").required();
  /**
   * {@code population.current.dibao-share}: share of households whose per-capita income is below the
   * 低保 standard of their hukou that are recorded as receiving 低保 now (a current benefit).
   */
  public static final ParameterKey<BigDecimal> CURRENT_DIBAO_SHARE = ParameterKey.ratio("population.current.dibao-share",
      "share of households with per-capita income below the dibao standard recorded as receiving dibao now").required();
  /**
   * {@code population.current.tekun-share}: share of members who cannot work, have no supporter and
   * live in a household below the 低保 standard who are recorded as receiving 特困 support now.
   */
  public static final ParameterKey<BigDecimal> CURRENT_TEKUN_SHARE = ParameterKey.ratio("population.current.tekun-share",
      "share of members unable to work, without supporter, in a household below the dibao standard, recorded as receiving tekun now")
      .required();
  /**
   * {@code population.current.withdrawal-share}: share of households with a working member and a
   * per-capita income from 1 to {@link #WITHDRAWAL_CEILING} times the 低保 standard that are in 低保's
   * gradual withdrawal (渐退): receiving 低保, a member started a job within {@code
   * dibao.withdrawal.months}, the job's earnings tagged as new-job income.
   */
  public static final ParameterKey<BigDecimal> WITHDRAWAL_SHARE = ParameterKey.ratio("population.current.withdrawal-share",
      "share of working households between 1 and the ceiling times the dibao standard that are in dibao's gradual withdrawal")
      .required();
  /** {@code population.current.withdrawal-ceiling}: the upper per-capita income, as a multiple of the 低保 standard, of {@link #WITHDRAWAL_SHARE}. */
  public static final ParameterKey<BigDecimal> WITHDRAWAL_CEILING = ParameterKey.ratio("population.current.withdrawal-ceiling",
      "upper per-capita income of gradual-withdrawal households, as a multiple of the dibao standard").required();
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
        INCOME_NONE_SHARE, DEPOSIT_MONTHS, VEHICLE_SHARE, VEHICLE_VALUE, HOME_AREA, ELDERLY_SHARE_RURAL, OLD_AGE_CDF,
        INCOME_LOCATION_URBAN, INCOME_LOCATION_RURAL, SUPPORTER_SHARE, CARE_HOME_SHARE, SELF_CARE_DEPENDENT_60,
        SELF_CARE_DEPENDENT_80, EMPLOYEE_PENSION_SHARE_URBAN, EMPLOYEE_PENSION_SHARE_RURAL, RESIDENTS_PENSION, EMPLOYEE_SCHEME_SHARE, TAKE_UP_DIBAO,
        TAKE_UP_TEKUN, TAKE_UP_OTHER, SUPPORTER_SHARE_RURAL, VEHICLE_SHARE_RURAL, VEHICLE_INCOME_ELASTICITY, INCOME_NO_EARNER_FACTOR,
        CURRENT_DIBAO_SHARE, CURRENT_TEKUN_SHARE, WITHDRAWAL_SHARE, WITHDRAWAL_CEILING, TAKE_UP_DIBAO_RURAL, TAKE_UP_TEKUN_RURAL,
        TAKE_UP_MARGINAL);
  }
}
