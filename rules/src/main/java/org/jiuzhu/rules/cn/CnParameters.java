package org.jiuzhu.rules.cn;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.Field;
import java.util.List;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.money.Multiples;
import org.jiuzhu.core.money.PaymentBands;
import org.jiuzhu.core.money.Rounding;
import org.jiuzhu.core.money.RoundingStage;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.policy.Unit;
import org.jiuzhu.rules.policyfile.ParameterCatalog;

/**
 * The parameter keys of China's rulebook. Keys are declared here; their values live in the
 * policy files ({@code national.yaml} and the region packs). Keys marked required must have a
 * national value, without gaps, from their first date on.
 *
 * <p>Names: {@code programme.topic.detail}. Programmes: {@code dibao} (minimum living allowance,
 * 低保), {@code marginal} (低保边缘家庭), {@code rigid} (刚性支出困难家庭), {@code tekun}
 * (people in extreme poverty, 特困人员), {@code temporary} (临时救助).
 *
 * @since 0.1.0
 */
public final class CnParameters {
  private CnParameters() {}

  // ---- 低保 standards and income [L] ----
  /** {@code dibao.standard.urban}: 低保标准 for urban hukou: monthly minimum per person. */
  public static final ParameterKey<Money> DIBAO_STANDARD_URBAN = ParameterKey.money("dibao.standard.urban",
      Unit.CNY_PER_PERSON_MONTH, "低保标准 for urban hukou: monthly minimum per person");
  /** {@code dibao.standard.rural}: 低保标准 for rural hukou: monthly minimum per person. */
  public static final ParameterKey<Money> DIBAO_STANDARD_RURAL = ParameterKey.money("dibao.standard.rural",
      Unit.CNY_PER_PERSON_MONTH, "低保标准 for rural hukou: monthly minimum per person");
  /** {@code dibao.income.reference-months}: months of income before the application that are averaged. */
  public static final ParameterKey<Integer> DIBAO_INCOME_REFERENCE_MONTHS = ParameterKey.integer(
      "dibao.income.reference-months", Unit.MONTHS, "months of income before the application that are averaged");
  /** {@code dibao.income.employment-cost-ratio}: employment cost (就业成本) deducted per working member, as a share of the standard. */
  public static final ParameterKey<BigDecimal> DIBAO_EMPLOYMENT_COST_RATIO = ParameterKey.ratio(
      "dibao.income.employment-cost-ratio", "employment cost (就业成本) deducted per working member, as a share of the standard");
  /** {@code income.exclude.residents-basic-pension}: the basic pension of the urban-rural residents' scheme (城乡居民基础养老金) is not counted as income. */
  public static final ParameterKey<Boolean> INCOME_EXCLUDE_RESIDENTS_PENSION = ParameterKey.flag(
      "income.exclude.residents-basic-pension",
      "the basic pension of the urban-rural residents' scheme (城乡居民基础养老金) is not counted as income").required();
  /** {@code dibao.amount.rounding}: how the monthly 低保 amount is rounded. */
  public static final ParameterKey<Rounding> DIBAO_AMOUNT_ROUNDING = ParameterKey.rounding(
      "dibao.amount.rounding", "how the monthly 低保 amount is rounded").required();
  /**
   * {@code dibao.amount.rounding-stage}: where {@code dibao.amount.rounding} applies: {@code
   * household} (the household's amount before additions), {@code member} (each member's share) or
   * {@code end} (the final monthly total, additions included, once).
   */
  public static final ParameterKey<RoundingStage> DIBAO_AMOUNT_ROUNDING_STAGE = ParameterKey.roundingStage(
      "dibao.amount.rounding-stage",
      "where the 低保 rounding applies: household (the household's amount), member (each share) or end (the final total)")
      .required();

  // ---- 低保 assets [L] ----
  /** {@code dibao.assets.financial-months-per-capita}: financial assets per person may not exceed this many months of the standard. */
  public static final ParameterKey<Integer> DIBAO_ASSETS_FINANCIAL_MONTHS = ParameterKey.integer(
      "dibao.assets.financial-months-per-capita", Unit.MONTHS,
      "financial assets per person may not exceed this many months of the standard");
  /** {@code dibao.assets.vehicle-exempt-max-value}: a vehicle worth less than this does not disqualify. */
  public static final ParameterKey<Money> DIBAO_ASSETS_VEHICLE_EXEMPT_MAX = ParameterKey.money(
      "dibao.assets.vehicle-exempt-max-value", Unit.CNY, "a vehicle worth less than this does not disqualify");

  // ---- 低保 process and reviews [n] ----
  /** {@code process.public-notice-days}: public notice (公示) of proposed cases. */
  public static final ParameterKey<Integer> PUBLIC_NOTICE_DAYS = ParameterKey.integer(
      "process.public-notice-days", Unit.DAYS, "public notice (公示) of proposed cases").required();
  /** {@code dibao.process.time-limit-working-days}: time limit for deciding an application. */
  public static final ParameterKey<Integer> DIBAO_TIME_LIMIT = ParameterKey.integer(
      "dibao.process.time-limit-working-days", Unit.WORKING_DAYS, "time limit for deciding an application").required();
  /** {@code dibao.process.refusal-notice-working-days}: written refusal with reasons within. */
  public static final ParameterKey<Integer> DIBAO_REFUSAL_NOTICE = ParameterKey.integer(
      "dibao.process.refusal-notice-working-days", Unit.WORKING_DAYS, "written refusal with reasons within").required();
  /** {@code dibao.review.stable-months}: review interval for households whose situation changes little. */
  public static final ParameterKey<Integer> DIBAO_REVIEW_STABLE = ParameterKey.integer(
      "dibao.review.stable-months", Unit.MONTHS, "review interval for households whose situation changes little").required();
  /** {@code dibao.review.irregular-income-months}: review interval for households with irregular income and members able to work. */
  public static final ParameterKey<Integer> DIBAO_REVIEW_IRREGULAR = ParameterKey.integer(
      "dibao.review.irregular-income-months", Unit.MONTHS,
      "review interval for households with irregular income and members able to work").required();
  /** {@code dibao.sanction.refused-job-offers}: refusals of suitable work in a row after which a member's share may be cut (Art. 45). */
  public static final ParameterKey<Integer> DIBAO_SANCTION_REFUSALS = ParameterKey.integer(
      "dibao.sanction.refused-job-offers", Unit.COUNT,
      "refusals of suitable work in a row after which a member's share may be cut (Art. 45)").required();
  /** {@code fraud.fine-multiple-min}: smallest fine, as a multiple of the amount obtained by fraud (Art. 68). */
  public static final ParameterKey<BigDecimal> FRAUD_FINE_MIN = ParameterKey.ratio(
      "fraud.fine-multiple-min", "smallest fine, as a multiple of the amount obtained by fraud (Art. 68)").required();
  /** {@code fraud.fine-multiple-max}: largest fine, as a multiple of the amount obtained by fraud (Art. 68). */
  public static final ParameterKey<BigDecimal> FRAUD_FINE_MAX = ParameterKey.ratio(
      "fraud.fine-multiple-max", "largest fine, as a multiple of the amount obtained by fraud (Art. 68)").required();

  // ---- 低保边缘家庭 ----
  /** {@code marginal.income-multiple}: per-capita income below this multiple of the 低保 standard. */
  public static final ParameterKey<BigDecimal> MARGINAL_INCOME_MULTIPLE = ParameterKey.ratio(
      "marginal.income-multiple", "per-capita income below this multiple of the 低保 standard").required();
  /** {@code marginal.assets.financial-months-per-capita}: financial assets per person may not exceed this many months of the standard (marginal households). */
  public static final ParameterKey<Integer> MARGINAL_ASSETS_FINANCIAL_MONTHS = ParameterKey.integer(
      "marginal.assets.financial-months-per-capita", Unit.MONTHS,
      "financial assets per person may not exceed this many months of the standard (marginal households)");
  /** {@code marginal.assets.exempt-one-ordinary-car}: one ordinary car does not disqualify a marginal household. */
  public static final ParameterKey<Boolean> MARGINAL_EXEMPT_ONE_CAR = ParameterKey.flag(
      "marginal.assets.exempt-one-ordinary-car", "one ordinary car does not disqualify a marginal household");

  // ---- 刚性支出困难家庭 ----
  /** {@code rigid.spending-ratio}: rigid spending over total household income must exceed this share. */
  public static final ParameterKey<BigDecimal> RIGID_SPENDING_RATIO = ParameterKey.ratio(
      "rigid.spending-ratio", "rigid spending over total household income must exceed this share");
  /** {@code rigid.spending-window-months}: months of spending before the application that are counted. */
  public static final ParameterKey<Integer> RIGID_SPENDING_WINDOW = ParameterKey.integer(
      "rigid.spending-window-months", Unit.MONTHS, "months of spending before the application that are counted").required();
  /** {@code rigid.recognition-validity-months}: longest validity of a recognition. */
  public static final ParameterKey<Integer> RIGID_VALIDITY = ParameterKey.integer(
      "rigid.recognition-validity-months", Unit.MONTHS, "longest validity of a recognition").required();
  /** {@code rigid.assets.financial-months-per-capita}: financial assets per person may not exceed this many months of the standard (rigid-expenditure households). */
  public static final ParameterKey<Integer> RIGID_ASSETS_FINANCIAL_MONTHS = ParameterKey.integer(
      "rigid.assets.financial-months-per-capita", Unit.MONTHS,
      "financial assets per person may not exceed this many months of the standard (rigid-expenditure households)");
  /** {@code stats.disposable-income.urban}: last year's urban per-capita disposable income. */
  public static final ParameterKey<Money> DISPOSABLE_INCOME_URBAN = ParameterKey.money(
      "stats.disposable-income.urban", Unit.CNY_PER_PERSON_YEAR, "last year's urban per-capita disposable income");
  /** {@code stats.disposable-income.rural}: last year's rural per-capita disposable income. */
  public static final ParameterKey<Money> DISPOSABLE_INCOME_RURAL = ParameterKey.money(
      "stats.disposable-income.rural", Unit.CNY_PER_PERSON_YEAR, "last year's rural per-capita disposable income");

  // ---- 特困人员 ----
  /** {@code tekun.basic-standard-min-multiple}: the basic standard is at least this multiple of the 低保 standard. */
  public static final ParameterKey<BigDecimal> TEKUN_BASIC_MIN_MULTIPLE = ParameterKey.ratio(
      "tekun.basic-standard-min-multiple", "the basic standard is at least this multiple of the 低保 standard").required();
  /** {@code tekun.floor.rounding}: how the 特困 floor (the multiple of the 低保 standard) is rounded. */
  public static final ParameterKey<Rounding> TEKUN_FLOOR_ROUNDING = ParameterKey.rounding(
      "tekun.floor.rounding", "how the 特困 floor (a multiple of the 低保 standard) is rounded").required();
  /**
   * {@code tekun.floor.rounding-stage}: {@code yearly} (the yearly floor rounded once) or {@code
   * monthly-times-12} (the monthly floor rounded, then multiplied by 12).
   */
  public static final ParameterKey<RoundingStage> TEKUN_FLOOR_ROUNDING_STAGE = ParameterKey.roundingStage(
      "tekun.floor.rounding-stage", "yearly (the yearly floor rounded once) or monthly-times-12 (monthly rounded, then x 12)")
      .required();
  /** {@code tekun.basic-standard.urban}: 特困 basic living standard, urban. */
  public static final ParameterKey<Money> TEKUN_BASIC_URBAN = ParameterKey.money(
      "tekun.basic-standard.urban", Unit.CNY_PER_PERSON_YEAR, "特困 basic living standard, urban");
  /** {@code tekun.basic-standard.rural}: 特困 basic living standard, rural. */
  public static final ParameterKey<Money> TEKUN_BASIC_RURAL = ParameterKey.money(
      "tekun.basic-standard.rural", Unit.CNY_PER_PERSON_YEAR, "特困 basic living standard, rural");
  /** {@code tekun.age.elderly}: from this age a person has no work capacity. */
  public static final ParameterKey<Integer> TEKUN_AGE_ELDERLY = ParameterKey.integer(
      "tekun.age.elderly", Unit.YEARS, "from this age a person has no work capacity").required();
  /** {@code tekun.age.no-work-capacity-below}: below this age a person has no work capacity. */
  public static final ParameterKey<Integer> TEKUN_AGE_CHILD = ParameterKey.integer(
      "tekun.age.no-work-capacity-below", Unit.YEARS, "below this age a person has no work capacity").required();
  /** {@code tekun.age.minor-coverage-until}: minors are covered until this age (longer while at school). */
  public static final ParameterKey<Integer> TEKUN_AGE_MINOR_COVERAGE = ParameterKey.integer(
      "tekun.age.minor-coverage-until", Unit.YEARS, "minors are covered until this age (longer while at school)").required();
  /** {@code tekun.supporter.elderly-age}: a supporter from this age with low income and assets cannot support. */
  public static final ParameterKey<Integer> TEKUN_SUPPORTER_ELDERLY = ParameterKey.integer(
      "tekun.supporter.elderly-age", Unit.YEARS,
      "a supporter from this age with low income and assets cannot support").required();
  /** {@code tekun.supporter.dibao-min-age}: a supporter on 低保 from this age cannot support. */
  public static final ParameterKey<Integer> TEKUN_SUPPORTER_DIBAO_AGE = ParameterKey.integer(
      "tekun.supporter.dibao-min-age", Unit.YEARS, "a supporter on 低保 from this age cannot support").required();
  /** {@code tekun.care.partial-min-failed-items}: failed self-care items from which care is partial. */
  public static final ParameterKey<Integer> TEKUN_CARE_PARTIAL_MIN_FAILED = ParameterKey.integer(
      "tekun.care.partial-min-failed-items", Unit.COUNT, "failed self-care items from which care is partial").required();
  /** {@code tekun.care.full-min-failed-items}: failed self-care items from which care is full. */
  public static final ParameterKey<Integer> TEKUN_CARE_FULL_MIN_FAILED = ParameterKey.integer(
      "tekun.care.full-min-failed-items", Unit.COUNT, "failed self-care items from which care is full").required();
  /** {@code tekun.care.full.institution}: care allowance, full care, in an institution (集中供养). */
  public static final ParameterKey<Money> TEKUN_CARE_FULL_INSTITUTION = ParameterKey.money(
      "tekun.care.full.institution", Unit.CNY_PER_PERSON_YEAR, "care allowance, full care, in an institution (集中供养)");
  /** {@code tekun.care.full.home}: care allowance, full care, at home (分散供养). */
  public static final ParameterKey<Money> TEKUN_CARE_FULL_HOME = ParameterKey.money(
      "tekun.care.full.home", Unit.CNY_PER_PERSON_YEAR, "care allowance, full care, at home (分散供养)");
  /** {@code tekun.care.partial.institution}: care allowance, partial care, in an institution. */
  public static final ParameterKey<Money> TEKUN_CARE_PARTIAL_INSTITUTION = ParameterKey.money(
      "tekun.care.partial.institution", Unit.CNY_PER_PERSON_YEAR, "care allowance, partial care, in an institution");
  /** {@code tekun.care.partial.home}: care allowance, partial care, at home. */
  public static final ParameterKey<Money> TEKUN_CARE_PARTIAL_HOME = ParameterKey.money(
      "tekun.care.partial.home", Unit.CNY_PER_PERSON_YEAR, "care allowance, partial care, at home");
  /** {@code tekun.care.self-care.institution}: care allowance, self-care, in an institution. */
  public static final ParameterKey<Money> TEKUN_CARE_SELF_INSTITUTION = ParameterKey.money(
      "tekun.care.self-care.institution", Unit.CNY_PER_PERSON_YEAR, "care allowance, self-care, in an institution");
  /** {@code tekun.care.self-care.home}: care allowance, self-care, at home. */
  public static final ParameterKey<Money> TEKUN_CARE_SELF_HOME = ParameterKey.money(
      "tekun.care.self-care.home", Unit.CNY_PER_PERSON_YEAR, "care allowance, self-care, at home");
  /** {@code tekun.process.investigation-working-days}: investigation of a 特困 application. */
  public static final ParameterKey<Integer> TEKUN_INVESTIGATION = ParameterKey.integer(
      "tekun.process.investigation-working-days", Unit.WORKING_DAYS, "investigation of a 特困 application").required();
  /** {@code tekun.process.confirmation-working-days}: confirmation after the public notice. */
  public static final ParameterKey<Integer> TEKUN_CONFIRMATION = ParameterKey.integer(
      "tekun.process.confirmation-working-days", Unit.WORKING_DAYS, "confirmation after the public notice").required();

  // ---- 临时救助 ----
  /** {@code temporary.fast-tier-max-months-of-standard}: fast small payments (小额快救) up to this many months of the monthly standard. */
  public static final ParameterKey<BigDecimal> TEMPORARY_FAST_MAX_MONTHS = ParameterKey.ratio(
      "temporary.fast-tier-max-months-of-standard",
      "fast small payments (小额快救) up to this many months of the monthly standard").required();
  /** {@code temporary.fast-decision-days}: fast small payments are decided within. */
  public static final ParameterKey<Integer> TEMPORARY_FAST_DAYS = ParameterKey.integer(
      "temporary.fast-decision-days", Unit.DAYS, "fast small payments are decided within").required();
  /** {@code temporary.max-months-of-standard}: temporary assistance up to this many months of the standard. */
  public static final ParameterKey<BigDecimal> TEMPORARY_MAX_MONTHS = ParameterKey.ratio(
      "temporary.max-months-of-standard", "temporary assistance up to this many months of the standard");
  /** {@code temporary.township-approval-max-months}: a township may approve up to this many months of the standard; more goes to the county. */
  public static final ParameterKey<BigDecimal> TEMPORARY_TOWNSHIP_MAX_MONTHS = ParameterKey.ratio(
      "temporary.township-approval-max-months",
      "a township may approve up to this many months of the standard; more goes to the county");


  // ---- who counts, deductions, asset exemptions, amounts (added with the rulebook) ----
  /** {@code household.religious-site-years}: clergy living at a religious site this many years in a row are not counted. */
  public static final ParameterKey<Integer> RELIGIOUS_SITE_YEARS = ParameterKey.integer(
      "household.religious-site-years", Unit.YEARS,
      "clergy living at a religious site this many years in a row are not counted").required();
  /** {@code dibao.income.deduct-medical-costs}: out-of-pocket medical and rehabilitation costs (after grants) are deducted from income. */
  public static final ParameterKey<Boolean> DIBAO_DEDUCT_MEDICAL = ParameterKey.flag(
      "dibao.income.deduct-medical-costs",
      "out-of-pocket medical and rehabilitation costs (after grants) are deducted from income").required();
  /** {@code dibao.assets.earmarked-illness-max-months}: a deposit earmarked for treating a major illness is exempt while its earmark ends within this many months. */
  public static final ParameterKey<Integer> DIBAO_EARMARK_MAX_MONTHS = ParameterKey.integer(
      "dibao.assets.earmarked-illness-max-months", Unit.MONTHS,
      "a deposit earmarked for treating a major illness is exempt while its earmark ends within this many months").required();
  /** {@code dibao.assets.exempt-motorcycles}: motorcycles and electric bikes do not disqualify. */
  public static final ParameterKey<Boolean> DIBAO_EXEMPT_MOTORCYCLES = ParameterKey.flag(
      "dibao.assets.exempt-motorcycles", "motorcycles and electric bikes do not disqualify").required();
  /** {@code dibao.assets.exempt-livelihood-vehicle}: the household's only vehicle, used as its tool of livelihood, does not disqualify. */
  public static final ParameterKey<Boolean> DIBAO_EXEMPT_LIVELIHOOD_VEHICLE = ParameterKey.flag(
      "dibao.assets.exempt-livelihood-vehicle",
      "the household's only vehicle, used as its tool of livelihood, does not disqualify").required();
  /** {@code dibao.assets.max-homes}: most homes a household may own. */
  public static final ParameterKey<Integer> DIBAO_MAX_HOMES = ParameterKey.integer(
      "dibao.assets.max-homes", Unit.COUNT, "most homes a household may own").required();
  /** {@code dibao.assets.max-home-area-per-capita}: a household with more homes still passes when its floor area per person is below this. */
  public static final ParameterKey<BigDecimal> DIBAO_MAX_HOME_AREA = ParameterKey.of(
      "dibao.assets.max-home-area-per-capita", Unit.SQUARE_METRES, BigDecimal.class,
      "a household with more homes still passes when its floor area per person is below this", false);
  /** {@code dibao.assets.exempt-micro-family-business}: an individual business without employees does not disqualify. */
  public static final ParameterKey<Boolean> DIBAO_EXEMPT_MICRO_BUSINESS = ParameterKey.flag(
      "dibao.assets.exempt-micro-family-business",
      "an individual business without employees does not disqualify").required();
  /** {@code dibao.amount.bands}: where set, 低保 is paid in bands (分档) instead of the exact gap. */
  public static final ParameterKey<PaymentBands> DIBAO_AMOUNT_BANDS = ParameterKey.of(
      "dibao.amount.bands", Unit.BANDS, PaymentBands.class,
      "where set, 低保 is paid in bands (分档) instead of the exact gap", false);
  /** {@code dibao.addition.elderly-age}: 分类施保: members from this age get the elderly addition. */
  public static final ParameterKey<Integer> DIBAO_ADDITION_ELDERLY_AGE = ParameterKey.integer(
      "dibao.addition.elderly-age", Unit.YEARS, "分类施保: members from this age get the elderly addition").required();
  /** {@code dibao.addition.minor-age-below}: 分类施保: members below this age get the minor addition. */
  public static final ParameterKey<Integer> DIBAO_ADDITION_MINOR_AGE = ParameterKey.integer(
      "dibao.addition.minor-age-below", Unit.YEARS, "分类施保: members below this age get the minor addition").required();
  /** {@code dibao.addition.elderly}: 分类施保 addition for an old member. */
  public static final ParameterKey<Money> DIBAO_ADDITION_ELDERLY = ParameterKey.money(
      "dibao.addition.elderly", Unit.CNY_PER_PERSON_MONTH, "分类施保 addition for an old member").required();
  /** {@code dibao.addition.minor}: 分类施保 addition for a minor. */
  public static final ParameterKey<Money> DIBAO_ADDITION_MINOR = ParameterKey.money(
      "dibao.addition.minor", Unit.CNY_PER_PERSON_MONTH, "分类施保 addition for a minor").required();
  /** {@code dibao.addition.severe-disability}: 分类施保 addition for a member with a grade 1 or 2 disability. */
  public static final ParameterKey<Money> DIBAO_ADDITION_SEVERE_DISABILITY = ParameterKey.money(
      "dibao.addition.severe-disability", Unit.CNY_PER_PERSON_MONTH,
      "分类施保 addition for a member with a grade 1 or 2 disability").required();
  /** {@code dibao.addition.major-illness}: 分类施保 addition for a member with a major illness. */
  public static final ParameterKey<Money> DIBAO_ADDITION_MAJOR_ILLNESS = ParameterKey.money(
      "dibao.addition.major-illness", Unit.CNY_PER_PERSON_MONTH, "分类施保 addition for a member with a major illness").required();
  /** {@code dibao.withdrawal.months}: 渐退期: months after a member finds work during which the new earnings are disregarded. */
  public static final ParameterKey<Integer> DIBAO_WITHDRAWAL_MONTHS = ParameterKey.integer(
      "dibao.withdrawal.months", Unit.MONTHS,
      "渐退期: months after a member finds work during which the new earnings are disregarded").required();
  /** {@code temporary.event-window-days}: a sudden event this many days before the application still counts. */
  public static final ParameterKey<Integer> TEMPORARY_EVENT_WINDOW_DAYS = ParameterKey.integer(
      "temporary.event-window-days", Unit.DAYS, "a sudden event this many days before the application still counts").required();
  /** {@code temporary.expenditure.window-months}: months of rigid spending and income compared for 支出型 cases. */
  public static final ParameterKey<Integer> TEMPORARY_EXPENDITURE_WINDOW = ParameterKey.integer(
      "temporary.expenditure.window-months", Unit.MONTHS, "months of rigid spending and income compared for 支出型 cases").required();
  /** {@code temporary.expenditure.max-months-per-person}: 支出型 temporary assistance up to this many months of the standard per household member. */
  public static final ParameterKey<BigDecimal> TEMPORARY_EXPENDITURE_MAX_PER_PERSON = ParameterKey.ratio(
      "temporary.expenditure.max-months-per-person",
      "支出型 temporary assistance up to this many months of the standard per household member");

  /** {@code temporary.amount-bands}: where set, temporary assistance is paid in the smallest band (months of the standard) that covers the need. */
  public static final ParameterKey<Multiples> TEMPORARY_AMOUNT_BANDS = ParameterKey.of(
      "temporary.amount-bands", Unit.MULTIPLES, Multiples.class,
      "where set, temporary assistance is paid in the smallest band (months of the standard) that covers the need", false);

  // ---- what regions set per programme: vehicle exemptions and 特困's own asset limits ----
  /** {@code dibao.assets.exempt-cars}: ordinary cars (小型汽车) a 低保 household may keep; 0 nationally. */
  public static final ParameterKey<Integer> DIBAO_EXEMPT_CARS = ParameterKey.integer(
      "dibao.assets.exempt-cars", Unit.COUNT, "ordinary cars (小型汽车) a 低保 household may keep").required();
  /** {@code dibao.assets.exempt-car-max-value}: an exempted car of a 低保 household is worth at most this. */
  public static final ParameterKey<Money> DIBAO_EXEMPT_CAR_MAX = ParameterKey.money(
      "dibao.assets.exempt-car-max-value", Unit.CNY, "an exempted car of a 低保 household is worth at most this");
  /** {@code marginal.assets.exempt-cars}: ordinary cars a marginal household may keep (overrides {@code marginal.assets.exempt-one-ordinary-car}). */
  public static final ParameterKey<Integer> MARGINAL_EXEMPT_CARS = ParameterKey.integer(
      "marginal.assets.exempt-cars", Unit.COUNT, "ordinary cars (小型汽车) a marginal household may keep").required();
  /** {@code marginal.assets.exempt-car-max-value}: an exempted car of a marginal household is worth at most this. */
  public static final ParameterKey<Money> MARGINAL_EXEMPT_CAR_MAX = ParameterKey.money(
      "marginal.assets.exempt-car-max-value", Unit.CNY, "an exempted car of a marginal household is worth at most this");
  /** {@code rigid.assets.exempt-cars}: ordinary cars a rigid-expenditure household may keep. */
  public static final ParameterKey<Integer> RIGID_EXEMPT_CARS = ParameterKey.integer(
      "rigid.assets.exempt-cars", Unit.COUNT, "ordinary cars (小型汽车) a rigid-expenditure household may keep").required();
  /** {@code rigid.assets.exempt-car-max-value}: an exempted car of a rigid-expenditure household is worth at most this. */
  public static final ParameterKey<Money> RIGID_EXEMPT_CAR_MAX = ParameterKey.money(
      "rigid.assets.exempt-car-max-value", Unit.CNY, "an exempted car of a rigid-expenditure household is worth at most this");
  /** {@code tekun.assets.exempt-cars}: ordinary cars a person in extreme poverty may own; 0 nationally. */
  public static final ParameterKey<Integer> TEKUN_EXEMPT_CARS = ParameterKey.integer(
      "tekun.assets.exempt-cars", Unit.COUNT, "ordinary cars (小型汽车) a person in extreme poverty may own").required();
  /** {@code tekun.assets.exempt-car-max-value}: an exempted car of a person in extreme poverty is worth at most this. */
  public static final ParameterKey<Money> TEKUN_EXEMPT_CAR_MAX = ParameterKey.money(
      "tekun.assets.exempt-car-max-value", Unit.CNY, "an exempted car of a person in extreme poverty is worth at most this");
  /** {@code tekun.assets.financial-months}: a person in extreme poverty's own financial assets may not exceed this many months of the standard. */
  public static final ParameterKey<Integer> TEKUN_ASSETS_FINANCIAL_MONTHS = ParameterKey.integer(
      "tekun.assets.financial-months", Unit.MONTHS,
      "a person in extreme poverty's own financial assets may not exceed this many months of the standard");

  // ---- decisions an aid plan waits for ----
  /** {@code temporary.process.decision-working-days}: a temporary-assistance case that needs review is decided within. */
  public static final ParameterKey<Integer> TEMPORARY_DECISION_DAYS = ParameterKey.integer(
      "temporary.process.decision-working-days", Unit.WORKING_DAYS,
      "a temporary-assistance case that needs review (an assessment, 一事一议) is decided within").required();
  /** {@code temporary.fast-tier.allowed}: the region pays fast small amounts (小额快救) before the full assessment. */
  public static final ParameterKey<Boolean> TEMPORARY_FAST_ALLOWED = ParameterKey.flag(
      "temporary.fast-tier.allowed", "the region pays fast small amounts (小额快救) before the full assessment").required();

  // ---- calibration anchors for simulations [n] ----
  /** {@code calibration.national-average.dibao-standard.urban}: national average urban 低保 standard (calibration anchor). */
  public static final ParameterKey<Money> CALIBRATION_DIBAO_URBAN = ParameterKey.money(
      "calibration.national-average.dibao-standard.urban", Unit.CNY_PER_PERSON_MONTH,
      "national average urban 低保 standard (calibration anchor)");
  /** {@code calibration.national-average.dibao-standard.rural}: national average rural 低保 standard (calibration anchor). */
  public static final ParameterKey<Money> CALIBRATION_DIBAO_RURAL = ParameterKey.money(
      "calibration.national-average.dibao-standard.rural", Unit.CNY_PER_PERSON_MONTH,
      "national average rural 低保 standard (calibration anchor)");
  /** {@code calibration.national-average.tekun-standard.urban}: national average urban 特困 basic standard (calibration anchor). */
  public static final ParameterKey<Money> CALIBRATION_TEKUN_URBAN = ParameterKey.money(
      "calibration.national-average.tekun-standard.urban", Unit.CNY_PER_PERSON_YEAR,
      "national average urban 特困 basic standard (calibration anchor)");
  /** {@code calibration.national-average.tekun-standard.rural}: national average rural 特困 basic standard (calibration anchor). */
  public static final ParameterKey<Money> CALIBRATION_TEKUN_RURAL = ParameterKey.money(
      "calibration.national-average.tekun-standard.rural", Unit.CNY_PER_PERSON_YEAR,
      "national average rural 特困 basic standard (calibration anchor)");

  private static final ImmutableList<ParameterKey<?>> ALL = collect();
  private static final ParameterCatalog CATALOG = ranges(
      ParameterCatalog.of(ALL).plus(org.jiuzhu.rules.catalogue.Catalogue.cnKeys())
          .plus(org.jiuzhu.rules.monitoring.MonitoringParameters.all())
          .plus(org.jiuzhu.rules.population.PopulationParameters.all()));

  /**
   * The values a count, a number of months or a share may take: a policy file giving another is
   * refused with the key, the value and the range (docs/policy-files.md).
   */
  private static ParameterCatalog ranges(ParameterCatalog c) {
    // the self-care assessment has six items (DOMAIN.md §7); full care from no fewer failed items than partial
    c = c.withRange("tekun.care.partial-min-failed-items", "1", "6").withRange("tekun.care.full-min-failed-items", "1", "6")
        .withOrder("tekun.care.full-min-failed-items", "tekun.care.partial-min-failed-items");
    // disability grades 1 (most severe) to 4
    c = c.withRange("disability.severe-grade-max", "1", "4").withRange("monitoring.disability.severe-max-grade", "1", "4");
    // monitoring severities: 1 notice, 2 warning, 3 urgent (the monitor still checks a policy built in code, when it runs)
    for (ParameterKey<Integer> k : org.jiuzhu.rules.monitoring.MonitoringParameters.SEVERITY.values()) {
      c = c.withRange(k.name(), "1", "3");
    }
    c = c.withRange("monitoring.colour.red.min-severity", "1", "3").withRange("monitoring.colour.orange.min-severity", "1", "3");
    c = c.withRange("dibao.sanction.refused-job-offers", "1", null);
    // shares: 0 to 1
    for (String k : List.of("dibao.income.employment-cost-ratio", "rigid.spending-ratio", "screening.near-miss-margin",
        "medical.reimbursement.ratio.dibao", "medical.reimbursement.ratio.marginal", "medical.reimbursement.ratio.rigid",
        "medical.reimbursement.ratio.tekun", "monitoring.income.loss-share",
        "population.care.home-share", "population.child-share", "population.chronic-illness-rate",
        "population.current.dibao-share", "population.current.tekun-share", "population.current.withdrawal-share",
        "population.dialysis-share", "population.disability-rate", "population.elderly-share", "population.elderly-share.rural",
        "population.income.none-share", "population.major-illness-rate", "population.pension.employee-share.rural",
        "population.pension.employee-share.urban", "population.rural-share", "population.self-care.dependent-share.60-79",
        "population.self-care.dependent-share.80-plus", "population.severe-disability-share", "population.supporter-share",
        "population.supporter-share.rural", "population.take-up.dibao", "population.take-up.other", "population.take-up.tekun",
        "population.unemployment-rate", "population.vehicle-share", "population.vehicle-share.rural")) {
      c = c.withRange(k, "0", "1");
    }
    // periods: at least one month; a rigid-expenditure recognition at most 12 (DOMAIN.md §8)
    for (String k : List.of("dibao.income.reference-months", "dibao.review.stable-months", "dibao.review.irregular-income-months",
        "marginal.review.months", "tekun.review.months", "rigid.spending-window-months", "temporary.expenditure.window-months",
        "medical.reimbursement.window-months", "monitoring.colour.memory-months", "monitoring.income.reference-months",
        "monitoring.leaver-months", "monitoring.visit.green-months", "monitoring.visit.orange-months",
        "monitoring.visit.red-months", "plan.job-target-months", "plan.review-months")) {
      c = c.withRange(k, "1", null);
    }
    return c.withRange("rigid.recognition-validity-months", "1", "12");
  }

  /** Every key declared here, in declaration order. */
  public static ImmutableList<ParameterKey<?>> all() {
    return ALL;
  }

  /** Every key the policy-file loader accepts: these and the programme catalogue's. */
  public static ParameterCatalog catalog() {
    return CATALOG;
  }

  private static ImmutableList<ParameterKey<?>> collect() {
    ImmutableList.Builder<ParameterKey<?>> b = ImmutableList.builder();
    for (Field f : CnParameters.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == ParameterKey.class) {
        try {
          b.add((ParameterKey<?>) f.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return b.build();
  }
}
