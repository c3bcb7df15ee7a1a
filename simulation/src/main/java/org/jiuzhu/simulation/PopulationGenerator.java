package org.jiuzhu.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jiuzhu.core.household.CarePlacement;
import org.jiuzhu.core.household.CurrentBenefit;
import org.jiuzhu.core.household.Disability;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.FinancialAsset;
import org.jiuzhu.core.household.FinancialAssetType;
import org.jiuzhu.core.household.Home;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.household.IncomeTag;
import org.jiuzhu.core.household.InsuranceScheme;
import org.jiuzhu.core.household.LifeEvent;
import org.jiuzhu.core.household.LifeEventType;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.SchoolingStage;
import org.jiuzhu.core.household.SelfCareAssessment;
import org.jiuzhu.core.household.Supporter;
import org.jiuzhu.core.household.Vehicle;
import org.jiuzhu.core.household.VehicleType;
import org.jiuzhu.core.household.VehicleUse;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.PerStretch;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.population.PopulationParameters;

/**
 * A seeded synthetic population calibrated per region. Household {@code i} is made from the seed
 * and {@code i} alone — the same seed always gives the same population, any household can be made
 * without the others, and a population can be split across threads or machines without changing
 * it. Each household's region is drawn from the seed and its index among the regions given, so the
 * regions get about equal shares of the households (not exactly: 10,000 households over two regions
 * split about 5,000 ± 100), and household {@code i}'s region does not depend on how many are made.
 *
 * <p>Calibration (the parameters of {@link PopulationParameters}, per region; {@code ./jiuzhu
 * calibrate} fits the main ones to the targets of {@code docs/targets.md}): household size from a
 * cumulative distribution; one hukou type per household; the applicant is aged 60 or more with the
 * elderly share of the household's hukou, the age then drawn from the census-shaped bands of
 * {@code population.old-age.cdf} (not uniform over 60–100), else 18–59; a spouse of about the
 * same age; later members are children (or, in an old applicant's household, grandchildren) with
 * the child share, else parents (or adult children). Disability, severe disability, major and
 * chronic illness and unemployment at their rates.
 *
 * <p>Every member who cannot work (a minor, 60 or more, severely disabled) or has a disability gets the six-item
 * self-care assessment (items failed: by age band and disability) and a care placement (home with
 * the home share, else an institution), so that 特困 (extreme poverty) support can be decided
 * rather than sent to review. When no member with a duty to support them (as the rules read the
 * relationships) can work, such a member has a supporter
 * (法定义务人) outside the household with the supporter share of their hukou ({@code
 * population.supporter-share}, {@code .rural}) — an adult child (or, for a young member, a parent)
 * with their own annual income; without one, the member has no supporter.
 *
 * <p>Per-capita monthly income is log-normal with its mean at {@code population.income.location.*}
 * times the region's last-year per-capita disposable income for the household's hukou ({@code
 * stats.disposable-income.*} / 12) and the spread {@code population.income.sigma}; households where
 * nobody works and nobody draws an employees' pension get {@code population.income.no-earner-factor}
 * times that draw; a share of households has no income of their own. Income goes to the working
 * members as wages (urban) or net farming income (rural), else to the old: as an employees' pension
 * to those who draw one, else as farming or family income. Everyone aged 60 or more without an
 * employees' pension also draws the residents' basic pension (城乡居民基础养老金, tagged so the rules
 * can exclude it). Insurance schemes (illustrative): an urban wage earner is in the employees'
 * pension and medical schemes with {@code population.insurance.employee-share.urban-employed} (a
 * draw of its own from the seed, the index and the member, so that no other draw moves), one
 * drawing an employees' pension in the employees' schemes, everyone else in the residents'; a
 * member under 16 or in school has no pension insurance. Income is repeated over the 12 months before the date. Deposits are exponential
 * with a mean in months of income; a car with the probability min(1, share × (income ÷ median)^e) —
 * the share of the hukou ({@code population.vehicle-share}, {@code .rural}) at its median income,
 * e = {@code population.vehicle-share.income-elasticity}, so poorer and rural households own fewer;
 * one home lived in.
 *
 * <p>Current benefits (what the household already receives, as the rules read them): a member
 * who cannot work and has no supporter, in a household below the 低保 standard of its hukou,
 * receives 特困 with {@code population.current.tekun-share}; a household below the standard
 * receives 低保 with {@code population.current.dibao-share}; a working household from 1 to {@code
 * population.current.withdrawal-ceiling} times the standard is, with {@code
 * population.current.withdrawal-share}, in 低保's gradual withdrawal (渐退期): it receives 低保, its
 * first earner started a job k months ago (1 ≤ k &lt; {@code dibao.withdrawal.months}, a {@code
 * NEW_JOB} event) and that job's earnings, in the k months since, are tagged {@code NEW_JOB} (none
 * before), so the rules disregard them and continue the benefit. Take-up of new entitlement is
 * applied by the {@link Evaluator}.
 *
 * @since 0.1.0
 */
public final class PopulationGenerator {
  private final long seed;
  private final ImmutableList<RegionCode> regions;
  private final LocalDate date;
  private final PerStretch<Calibration> calibration;
  /** The residents' pension items of member m{i+1} in the 12 months, per pension amount in fen (immutable, shared). */
  private final java.util.concurrent.ConcurrentHashMap<Long, IncomeItem[][]> pensionItems = new java.util.concurrent.ConcurrentHashMap<>();
  private final YearMonth[] months = new YearMonth[Microdata.MONTHS];
  private final int[] monthIndex = new int[Microdata.MONTHS]; // months[k] as IncomeItem#monthIndex
  private final long[] yearsBefore = new long[121]; // date minus 0..120 years as epoch days, made once
  private final LocalDate[] sinceDates = new LocalDate[6]; // the first day of the month, 0..5 years before the date
  private final CurrentBenefit[] dibaoSince = new CurrentBenefit[6]; // 低保 received since sinceDates[y]
  private final LocalDate[] monthsBefore = new LocalDate[121]; // date minus 0..120 months
  /** Lower ages of the old-age bands of {@code population.old-age.cdf}; the last band is 90-99. */
  static final int[] OLD_BANDS = {60, 65, 70, 75, 80, 85, 90};
  private static final SelfCareAssessment[] SELF_CARE = new SelfCareAssessment[7];

  static {
    for (int i = 0; i < SELF_CARE.length; i++) {
      SELF_CARE[i] = Microdata.selfCare(i);
    }
  }

  private static final String[] MEMBER_IDS = {"m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11", "m12"};

  /** Parameters of one region and date, read once. */
  private static final class Calibration {
    final double[] sizeCdf;
    final double rural;
    final double elderly;
    final double elderlyRural;
    final double[] oldCdf;
    final double child;
    final double supporter;
    final double supporterRural;
    final double careHome;
    final double dependent60;
    final double dependent80;
    final double employeePensionUrban;
    final double employeePensionRural;
    final long residentsPension;
    final double employeeScheme;
    final double disability;
    final double severe;
    final double major;
    final double dialysis;
    final double chronic;
    final double unemployment;
    final double sigma;
    final double none;
    final double depositMonths;
    final double vehicle;
    final double vehicleRural;
    final double vehicleElasticity;
    final double noEarner;
    final double currentDibao;
    final double currentTekun;
    /** Take-up rates ({@link Evaluator#takeUpRates}): only a household that takes a programme up is recorded as receiving it now. */
    final double[] takeUp;
    final double withdrawal;
    final double withdrawalCeiling;
    final int withdrawalMonths;
    final long standardUrban;
    final long standardRural;
    /** Median per-capita monthly income (fen) of urban and rural households before the no-earner factor. */
    final double medianUrban;
    final double medianRural;
    final long vehicleValue;
    final double homeArea;
    final long urbanMonthly;
    final long ruralMonthly;

    Calibration(PolicySnapshot s) {
      List<BigDecimal> cdf = s.get(PopulationParameters.HOUSEHOLD_SIZE_CDF).values();
      checkArgument(cdf.get(cdf.size() - 1).compareTo(BigDecimal.ONE) == 0,
          "parameter %s for region %s on %s ends at %s; expected the cumulative shares to end at 1",
          PopulationParameters.HOUSEHOLD_SIZE_CDF.name(), s.region(), s.date(), cdf.get(cdf.size() - 1));
      sizeCdf = new double[cdf.size()];
      for (int i = 0; i < sizeCdf.length; i++) {
        sizeCdf[i] = cdf.get(i).doubleValue();
      }
      rural = share(s, PopulationParameters.RURAL_SHARE.name(), s.get(PopulationParameters.RURAL_SHARE));
      elderly = share(s, PopulationParameters.ELDERLY_SHARE.name(), s.get(PopulationParameters.ELDERLY_SHARE));
      elderlyRural = share(s, PopulationParameters.ELDERLY_SHARE_RURAL.name(), s.get(PopulationParameters.ELDERLY_SHARE_RURAL));
      List<BigDecimal> old = s.get(PopulationParameters.OLD_AGE_CDF).values();
      checkArgument(old.size() == OLD_BANDS.length && old.get(old.size() - 1).compareTo(BigDecimal.ONE) == 0,
          "parameter %s for region %s on %s is %s; expected %s cumulative shares ending at 1", PopulationParameters.OLD_AGE_CDF.name(),
          s.region(), s.date(), old, OLD_BANDS.length);
      oldCdf = new double[old.size()];
      for (int i = 0; i < oldCdf.length; i++) {
        oldCdf[i] = old.get(i).doubleValue();
      }
      child = share(s, PopulationParameters.CHILD_SHARE.name(), s.get(PopulationParameters.CHILD_SHARE));
      supporter = share(s, PopulationParameters.SUPPORTER_SHARE.name(), s.get(PopulationParameters.SUPPORTER_SHARE));
      supporterRural = share(s, PopulationParameters.SUPPORTER_SHARE_RURAL.name(), s.get(PopulationParameters.SUPPORTER_SHARE_RURAL));
      careHome = share(s, PopulationParameters.CARE_HOME_SHARE.name(), s.get(PopulationParameters.CARE_HOME_SHARE));
      dependent60 = share(s, PopulationParameters.SELF_CARE_DEPENDENT_60.name(), s.get(PopulationParameters.SELF_CARE_DEPENDENT_60));
      dependent80 = share(s, PopulationParameters.SELF_CARE_DEPENDENT_80.name(), s.get(PopulationParameters.SELF_CARE_DEPENDENT_80));
      employeePensionUrban = share(s, PopulationParameters.EMPLOYEE_PENSION_SHARE_URBAN.name(),
          s.get(PopulationParameters.EMPLOYEE_PENSION_SHARE_URBAN));
      employeePensionRural = share(s, PopulationParameters.EMPLOYEE_PENSION_SHARE_RURAL.name(),
          s.get(PopulationParameters.EMPLOYEE_PENSION_SHARE_RURAL));
      residentsPension = s.get(PopulationParameters.RESIDENTS_PENSION).fen();
      employeeScheme = share(s, PopulationParameters.EMPLOYEE_SCHEME_SHARE.name(), s.get(PopulationParameters.EMPLOYEE_SCHEME_SHARE));
      disability = share(s, PopulationParameters.DISABILITY_RATE.name(), s.get(PopulationParameters.DISABILITY_RATE));
      severe = share(s, PopulationParameters.SEVERE_DISABILITY_SHARE.name(), s.get(PopulationParameters.SEVERE_DISABILITY_SHARE));
      major = share(s, PopulationParameters.MAJOR_ILLNESS_RATE.name(), s.get(PopulationParameters.MAJOR_ILLNESS_RATE));
      dialysis = share(s, PopulationParameters.DIALYSIS_SHARE.name(), s.get(PopulationParameters.DIALYSIS_SHARE));
      chronic = share(s, PopulationParameters.CHRONIC_ILLNESS_RATE.name(), s.get(PopulationParameters.CHRONIC_ILLNESS_RATE));
      unemployment = share(s, PopulationParameters.UNEMPLOYMENT_RATE.name(), s.get(PopulationParameters.UNEMPLOYMENT_RATE));
      sigma = s.get(PopulationParameters.INCOME_SIGMA).doubleValue();
      checkArgument(sigma > 0 && sigma < 3, "parameter %s for region %s on %s is %s; expected above 0 and below 3",
          PopulationParameters.INCOME_SIGMA.name(), s.region(), s.date(), sigma);
      none = share(s, PopulationParameters.INCOME_NONE_SHARE.name(), s.get(PopulationParameters.INCOME_NONE_SHARE));
      depositMonths = s.get(PopulationParameters.DEPOSIT_MONTHS).doubleValue();
      vehicle = share(s, PopulationParameters.VEHICLE_SHARE.name(), s.get(PopulationParameters.VEHICLE_SHARE));
      vehicleRural = share(s, PopulationParameters.VEHICLE_SHARE_RURAL.name(), s.get(PopulationParameters.VEHICLE_SHARE_RURAL));
      vehicleElasticity = s.get(PopulationParameters.VEHICLE_INCOME_ELASTICITY).doubleValue();
      checkArgument(vehicleElasticity >= 0 && vehicleElasticity <= 5, "parameter %s for region %s on %s is %s; expected from 0 to 5",
          PopulationParameters.VEHICLE_INCOME_ELASTICITY.name(), s.region(), s.date(), vehicleElasticity);
      noEarner = s.get(PopulationParameters.INCOME_NO_EARNER_FACTOR).doubleValue();
      checkArgument(noEarner >= 0 && noEarner <= 10, "parameter %s for region %s on %s is %s; expected from 0 to 10",
          PopulationParameters.INCOME_NO_EARNER_FACTOR.name(), s.region(), s.date(), noEarner);
      currentDibao = share(s, PopulationParameters.CURRENT_DIBAO_SHARE.name(), s.get(PopulationParameters.CURRENT_DIBAO_SHARE));
      currentTekun = share(s, PopulationParameters.CURRENT_TEKUN_SHARE.name(), s.get(PopulationParameters.CURRENT_TEKUN_SHARE));
      takeUp = Evaluator.takeUpRates(s);
      withdrawal = share(s, PopulationParameters.WITHDRAWAL_SHARE.name(), s.get(PopulationParameters.WITHDRAWAL_SHARE));
      withdrawalCeiling = s.get(PopulationParameters.WITHDRAWAL_CEILING).doubleValue();
      checkArgument(withdrawalCeiling >= 1 && withdrawalCeiling <= 10, "parameter %s for region %s on %s is %s; expected from 1 to 10",
          PopulationParameters.WITHDRAWAL_CEILING.name(), s.region(), s.date(), withdrawalCeiling);
      withdrawalMonths = s.get(CnParameters.DIBAO_WITHDRAWAL_MONTHS);
      standardUrban = s.get(CnParameters.DIBAO_STANDARD_URBAN).fen();
      standardRural = s.get(CnParameters.DIBAO_STANDARD_RURAL).fen();
      vehicleValue = s.get(PopulationParameters.VEHICLE_VALUE).fen();
      homeArea = s.get(PopulationParameters.HOME_AREA).doubleValue();
      double lu = s.get(PopulationParameters.INCOME_LOCATION_URBAN).doubleValue();
      double lr = s.get(PopulationParameters.INCOME_LOCATION_RURAL).doubleValue();
      checkArgument(lu > 0 && lu <= 10 && lr > 0 && lr <= 10, "parameters %s and %s for region %s on %s are %s and %s; expected above 0 and"
          + " at most 10", PopulationParameters.INCOME_LOCATION_URBAN.name(), PopulationParameters.INCOME_LOCATION_RURAL.name(),
          s.region(), s.date(), lu, lr);
      urbanMonthly = Math.max(1, Math.round(s.get(CnParameters.DISPOSABLE_INCOME_URBAN).fen() / 12.0 * lu));
      ruralMonthly = Math.max(1, Math.round(s.get(CnParameters.DISPOSABLE_INCOME_RURAL).fen() / 12.0 * lr));
      medianUrban = urbanMonthly * Math.exp(-sigma * sigma / 2);
      medianRural = ruralMonthly * Math.exp(-sigma * sigma / 2);
    }

    private static double share(PolicySnapshot s, String key, BigDecimal v) {
      checkArgument(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0,
          "parameter %s for region %s on %s is %s; expected a share from 0 to 1", key, s.region(), s.date(), v);
      return v.doubleValue();
    }
  }

  /**
   * A population of {@code regions} as of {@code date}, calibrated by {@code policy}.
   *
   * @throws IllegalArgumentException if no region is given
   * @throws org.jiuzhu.core.policy.UnknownRegionException if a region is unknown
   */
  public PopulationGenerator(Policy policy, long seed, List<RegionCode> regions, LocalDate date) {
    checkNotNull(policy, "policy");
    checkArgument(!regions.isEmpty(), "at least one region");
    this.seed = seed;
    this.regions = ImmutableList.copyOf(regions);
    this.date = checkNotNull(date, "date");
    this.calibration = new PerStretch<>(policy, Calibration::new);
    for (RegionCode r : this.regions) {
      calibration.get(r, date); // an unknown region or a bad calibration fails here, not in a worker
    }
    for (int y = 0; y < yearsBefore.length; y++) {
      yearsBefore[y] = date.minusYears(y).toEpochDay();
      monthsBefore[y] = date.minusMonths(y);
    }
    for (int y = 0; y < sinceDates.length; y++) {
      sinceDates[y] = date.minusYears(y).withDayOfMonth(1);
      dibaoSince[y] = CurrentBenefit.of(CnRulebook.DIBAO, sinceDates[y]);
    }
    YearMonth last = YearMonth.from(date).minusMonths(1);
    for (int k = 0; k < months.length; k++) {
      months[k] = last.minusMonths(k);
      monthIndex[k] = months[k].getYear() * 12 + months[k].getMonthValue() - 1;
    }
  }

  private IncomeItem[][] pensionItems(long fen) {
    return pensionItems.computeIfAbsent(fen, f -> {
      IncomeItem[][] out = new IncomeItem[MEMBER_IDS.length][months.length];
      for (int i = 0; i < MEMBER_IDS.length; i++) {
        for (int k = 0; k < months.length; k++) {
          out[i][k] = new IncomeItem.Builder().memberId(MEMBER_IDS[i]).category(IncomeCategory.TRANSFER_NET).month(months[k])
              .gross(Money.ofFen(f)).addTags(IncomeTag.RESIDENTS_BASIC_PENSION).build();
        }
      }
      return out;
    });
  }

  /** Whether member {@code i} lives with an adult able to work who has a duty to support them (the rules' reading). */
  private static boolean supportedInside(int i, Relationship[] rels, boolean[] incapable, int[] ages) {
    for (int k = 0; k < rels.length; k++) {
      if (k != i && !incapable[k] && ages[k] >= 18 && duty(rels[i], rels[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean duty(Relationship a, Relationship b) {
    if (a == Relationship.APPLICANT) {
      return b == Relationship.SPOUSE || b == Relationship.CHILD || b == Relationship.PARENT;
    }
    if (b == Relationship.APPLICANT) {
      return a == Relationship.SPOUSE || a == Relationship.CHILD || a == Relationship.PARENT;
    }
    return (a == Relationship.CHILD && b == Relationship.SPOUSE) || (a == Relationship.SPOUSE && b == Relationship.CHILD);
  }

  /** An age of 60 or more from the census-shaped bands. */
  private static int oldAge(SplittableRandom r, Calibration c) {
    double u = r.nextDouble();
    int b = 0;
    while (b < c.oldCdf.length - 1 && u >= c.oldCdf[b]) {
      b++;
    }
    return OLD_BANDS[b] + r.nextInt(b == OLD_BANDS.length - 1 ? 10 : 5);
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The regions, in order. */
  public ImmutableList<RegionCode> regions() {
    return regions;
  }

  /** The date the households are made for. */
  public LocalDate date() {
    return date;
  }

  /** The id of household {@code index}: {@code p} and the index from 1, zero-padded to 8 digits. */
  public static String id(long index) {
    long v = index + 1;
    if (v >= 100_000_000L || v < 1) {
      return "p" + v;
    }
    // written digit by digit: made once per household of a population run
    byte[] b = {'p', '0', '0', '0', '0', '0', '0', '0', '0'};
    for (int k = 8; v > 0; k--) {
      b[k] = (byte) ('0' + v % 10);
      v /= 10;
    }
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** Salt of the insurance-scheme draws ({@link #mix} of the seed with it, the household's index and the member). */
  private static final long SCHEME_SALT = 0x6A09E667F3BCC909L;

  /** A number in [0, 1) from the 53 high bits of {@code bits}. */
  private static double unit(long bits) {
    return (bits >>> 11) * 0x1.0p-53;
  }

  static long mix(long a, long b) {
    long z = a * 0x9E3779B97F4A7C15L + b;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Household {@code index} (from 0). */
  public Household household(long index) {
    checkArgument(index >= 0, "index is %s; expected >= 0", index);
    ObjectSink sink = new ObjectSink();
    generate(index, sink);
    return sink.h.build();
  }

  /**
   * Household {@code index} (from 0) appended straight to {@code batch} — the same row as {@code
   * batch.add(household(index))}, without making the household object; returns the row. The
   * household's net income per month over the {@value Microdata#MONTHS} months before the date
   * (as {@link Evaluator} computes it from the object) is written to {@code marketIncome[row]}
   * when that array is given.
   *
   * @throws IllegalArgumentException if the batch was made for another date than this generator's
   */
  public int household(long index, org.jiuzhu.rules.batch.HouseholdBatch batch, long[] marketIncome) {
    checkArgument(index >= 0, "index is %s; expected >= 0", index);
    checkNotNull(batch, "batch");
    checkArgument(batch.date().equals(date), "batch is for %s; expected this generator's date %s", batch.date(), date);
    BatchSink sink = new BatchSink(batch);
    try {
      generate(index, sink);
    } catch (RuntimeException e) {
      batch.abandon();
      throw e;
    }
    int row = batch.endHousehold();
    if (marketIncome != null) {
      marketIncome[row] = Math.floorDiv(sink.market, Microdata.MONTHS);
    }
    return row;
  }

  /** A member without a supporter, as {@link Sink#member}'s supporter birth. */
  private static final long NO_SUPPORTER = Long.MIN_VALUE;

  /** Where a generated household goes, fact by fact, in the order the household object lists them. */
  private interface Sink {
    void begin(String id, RegionCode region);

    /** Member {@code i}, born on epoch day {@code birth}; its supporter born on {@code supporterBirth}, or {@link #NO_SUPPORTER}. */
    void member(int i, String id, Relationship rel, long birth, HukouType hukou, RegionCode region, int disabilityCategory,
        int disabilityGrade, boolean major, int dialysis, boolean chronic, WorkStatus work, SchoolingStage schooling, int selfCare,
        CarePlacement placement, long supporterBirth, long supporterIncome, boolean supporterAssets, InsuranceScheme pensionScheme,
        InsuranceScheme medicalScheme);

    /** The main income of member {@code i}: {@code gross} in each of the months {@code months[0..count)}, tagged new job or not. */
    void income(int i, String memberId, IncomeCategory category, long gross, int count, boolean newJob);

    /** The residents' basic pension of member {@code i} in each of the 12 months. */
    void pension(int i, String memberId, long fen);

    void tekunBenefit(int i, String memberId, int since);

    void dibaoBenefit(int since);

    void newJob(int monthsBefore, int i, String memberId);

    void deposit(long fen);

    void car(long fen);

    void home(BigDecimal area);
  }

  /** Builds the household object. */
  private final class ObjectSink implements Sink {
    Household.Builder h;
    private final List<IncomeItem> items = new ArrayList<>();
    private boolean incomesAdded;

    @Override
    public void begin(String id, RegionCode region) {
      h = new Household.Builder().id(id).region(region).applicantId("m1");
    }

    @Override
    public void member(int i, String mid, Relationship rel, long birth, HukouType hukou, RegionCode region, int disabilityCategory,
        int disabilityGrade, boolean major, int dialysis, boolean chronic, WorkStatus work, SchoolingStage schooling, int selfCare,
        CarePlacement placement, long supporterBirth, long supporterIncome, boolean supporterAssets, InsuranceScheme pensionScheme,
        InsuranceScheme medicalScheme) {
      Member.Builder m = new Member.Builder().id(mid).relationship(rel).birthDate(LocalDate.ofEpochDay(birth)).hukouType(hukou).hukouRegion(region);
      if (disabilityCategory >= 0) {
        m.disability(Disability.of(DisabilityCategory.values()[disabilityCategory], disabilityGrade));
      }
      if (major) {
        m.addIllnesses(Microdata.majorIllness(dialysis));
      }
      if (chronic) {
        m.addIllnesses(Microdata.chronicIllness());
      }
      if (schooling != null) {
        m.schooling(schooling);
      }
      if (placement != null) {
        m.selfCare(SELF_CARE[selfCare]).carePlacement(placement);
      }
      m.workStatus(work).pensionScheme(pensionScheme).medicalScheme(medicalScheme);
      if (supporterBirth != NO_SUPPORTER) {
        m.addSupporters(new Supporter.Builder().birthDate(LocalDate.ofEpochDay(supporterBirth)).annualIncome(Money.ofFen(supporterIncome))
            .assetsWithinLowIncomeRules(supporterAssets).build());
      }
      h.addMembers(m.build());
    }

    @Override
    public void income(int i, String mid, IncomeCategory category, long gross, int count, boolean newJob) {
      Money g = Money.ofFen(gross);
      if (newJob) {
        for (int k = 0; k < count; k++) {
          items.add(new IncomeItem.Builder().memberId(mid).category(category).month(months[k]).gross(g).addTags(IncomeTag.NEW_JOB).build());
        }
      } else {
        IncomeItem first = new IncomeItem.Builder().memberId(mid).category(category).month(months[0]).gross(g).build();
        items.add(first);
        for (int k = 1; k < count; k++) {
          items.add(first.inMonth(months[k]));
        }
      }
    }

    @Override
    public void pension(int i, String mid, long fen) {
      IncomeItem[] made = i < MEMBER_IDS.length ? pensionItems(fen)[i] : null;
      if (made != null) {
        java.util.Collections.addAll(items, made);
      } else {
        Money pension = Money.ofFen(fen);
        for (YearMonth month : months) {
          items.add(new IncomeItem.Builder().memberId(mid).category(IncomeCategory.TRANSFER_NET).month(month).gross(pension)
              .addTags(IncomeTag.RESIDENTS_BASIC_PENSION).build());
        }
      }
    }

    private void incomes() {
      if (!incomesAdded) {
        h.addAllIncomes(items);
        incomesAdded = true;
      }
    }

    @Override
    public void tekunBenefit(int i, String mid, int since) {
      incomes();
      h.addCurrentBenefits(new CurrentBenefit.Builder().programmeId(CnRulebook.TEKUN).since(sinceDates[since]).memberId(mid).build());
    }

    @Override
    public void dibaoBenefit(int since) {
      incomes();
      h.addCurrentBenefits(dibaoSince[since]);
    }

    @Override
    public void newJob(int before, int i, String mid) {
      incomes();
      h.addEvents(new LifeEvent.Builder().type(LifeEventType.NEW_JOB).date(monthsBefore[before]).memberId(mid).build());
    }

    @Override
    public void deposit(long fen) {
      incomes();
      h.addFinancialAssets(new FinancialAsset.Builder().type(FinancialAssetType.DEPOSIT).value(Money.ofFen(fen)).build());
    }

    @Override
    public void car(long fen) {
      incomes();
      h.addVehicles(new Vehicle.Builder().type(VehicleType.CAR).use(VehicleUse.PRIVATE).value(Money.ofFen(fen)).build());
    }

    @Override
    public void home(BigDecimal area) {
      incomes();
      h.addHomes(new Home.Builder().floorArea(area).livedIn(true).build());
    }
  }

  private static final int PENSION_TAGS = org.jiuzhu.rules.batch.HouseholdBatch.tagBit(IncomeTag.RESIDENTS_BASIC_PENSION);
  private static final int NEW_JOB_TAGS = org.jiuzhu.rules.batch.HouseholdBatch.tagBit(IncomeTag.NEW_JOB);

  /** Appends the household to a batch as {@code HouseholdBatch.add} reduces the object, and sums its market income. */
  private final class BatchSink implements Sink {
    final org.jiuzhu.rules.batch.HouseholdBatch b;
    /** Net income of the 12 months before the date (all generated income lies in them). */
    long market;

    BatchSink(org.jiuzhu.rules.batch.HouseholdBatch b) {
      this.b = b;
    }

    @Override
    public void begin(String id, RegionCode region) {
      b.beginHousehold(region);
    }

    @Override
    public void member(int i, String mid, Relationship rel, long birth, HukouType hukou, RegionCode region, int disabilityCategory,
        int disabilityGrade, boolean major, int dialysis, boolean chronic, WorkStatus work, SchoolingStage schooling, int selfCare,
        CarePlacement placement, long supporterBirth, long supporterIncome, boolean supporterAssets, InsuranceScheme pensionScheme,
        InsuranceScheme medicalScheme) {
      b.member(mid, rel, birth, hukou);
      if (i == 0) {
        b.applicant(); // the applicant is m1, named so
      }
      b.workStatus(work);
      if (disabilityCategory >= 0) {
        b.disability(DisabilityCategory.values()[disabilityCategory], disabilityGrade);
      }
      // as HouseholdBatch.add reads the illnesses: a major one, with dialysis also chronic; a chronic one
      if (major) {
        b.majorIllness();
        if (dialysis > 0) {
          b.chronicIllness();
        }
      }
      if (chronic) {
        b.chronicIllness();
      }
      b.schooling(schooling == null ? SchoolingStage.NONE : schooling);
      b.pensionScheme(pensionScheme);
      b.medicalScheme(medicalScheme);
      b.refusedJobOffers(0);
      if (placement != null) {
        b.selfCare(SELF_CARE[selfCare].failedItems());
        b.carePlacement(placement);
      }
      if (supporterBirth != NO_SUPPORTER) {
        b.supporter(supporterBirth, 0, supporterIncome, supporterAssets ? 1 : 0);
      }
    }

    @Override
    public void income(int i, String mid, IncomeCategory category, long gross, int count, boolean newJob) {
      int tags = newJob ? NEW_JOB_TAGS : 0;
      b.incomeEachMonth(i, monthIndex[0], count, category, tags, gross); // months[0..count) are consecutive, latest first
      market += gross * count;
    }

    @Override
    public void pension(int i, String mid, long fen) {
      b.incomeEachMonth(i, monthIndex[0], months.length, IncomeCategory.TRANSFER_NET, PENSION_TAGS, fen);
      market += fen * months.length;
    }

    @Override
    public void tekunBenefit(int i, String mid, int since) {
      // a member's current benefit: not read by the batch (as HouseholdBatch.add)
    }

    @Override
    public void dibaoBenefit(int since) {
      b.currentBenefit(CnRulebook.DIBAO);
    }

    @Override
    public void newJob(int before, int i, String mid) {
      b.event(LifeEventType.NEW_JOB, i, monthsBefore[before].toEpochDay(), org.jiuzhu.rules.batch.HouseholdBatch.NO_AMOUNT);
    }

    @Override
    public void deposit(long fen) {
      b.financialAsset(-1, fen, false, org.jiuzhu.rules.batch.HouseholdBatch.NONE);
    }

    @Override
    public void car(long fen) {
      b.vehicle(-1, VehicleType.CAR, VehicleUse.PRIVATE, fen);
    }

    @Override
    public void home(BigDecimal area) {
      b.home(area);
    }
  }

  private static final DisabilityCategory[] CATEGORIES = DisabilityCategory.values();

  /** Makes household {@code index} into {@code sink}: every draw in the same order, whatever the sink. */
  private void generate(long index, Sink sink) {
    SplittableRandom r = new SplittableRandom(mix(seed, index));
    RegionCode region = regions.get(regions.size() == 1 ? 0 : (int) Math.floorMod(mix(seed ^ 0x2545F491L, index), regions.size()));
    Calibration c = calibration.get(region, date);
    int size = 1;
    double u = r.nextDouble();
    while (size < c.sizeCdf.length && u >= c.sizeCdf[size - 1]) {
      size++;
    }
    HukouType hukou = r.nextDouble() < c.rural ? HukouType.RURAL : HukouType.URBAN;
    boolean urban = hukou == HukouType.URBAN;
    boolean old = r.nextDouble() < (urban ? c.elderly : c.elderlyRural);
    int applicantAge = old ? oldAge(r, c) : 18 + r.nextInt(42);
    String householdId = id(index);
    sink.begin(householdId, region);
    String[] earners = new String[size];
    int nEarners = 0;
    String[] elders = new String[size];
    boolean[] employeePension = new boolean[size];
    int nElders = 0;
    int[] ages = new int[size];
    boolean[] incapable = new boolean[size];
    Relationship[] rels = new Relationship[size];
    long[] births = new long[size];
    int[] disCategory = new int[size];
    int[] disGrade = new int[size];
    boolean[] major = new boolean[size];
    int[] dialysis = new int[size];
    boolean[] chronic = new boolean[size];
    WorkStatus[] works = new WorkStatus[size];
    SchoolingStage[] schooling = new SchoolingStage[size];
    InsuranceScheme[] pensionScheme = new InsuranceScheme[size];
    InsuranceScheme[] medicalScheme = new InsuranceScheme[size];
    int[] selfCare = new int[size];
    CarePlacement[] placement = new CarePlacement[size];
    for (int i = 1; i <= size; i++) {
      String mid = i <= MEMBER_IDS.length ? MEMBER_IDS[i - 1] : "m" + i;
      Relationship rel;
      int age;
      if (i == 1) {
        rel = Relationship.APPLICANT;
        age = applicantAge;
      } else if (i == 2) {
        rel = Relationship.SPOUSE;
        age = Math.min(99, Math.max(18, applicantAge - 3 + r.nextInt(7)));
      } else if (old) {
        if (r.nextDouble() < c.child) {
          rel = Relationship.GRANDCHILD;
          age = r.nextInt(18);
        } else {
          rel = Relationship.CHILD;
          age = Math.max(18, applicantAge - 32 + r.nextInt(8));
        }
      } else if (r.nextDouble() < c.child) {
        rel = Relationship.CHILD;
        age = r.nextInt(Math.min(18, applicantAge - 17));
      } else {
        rel = Relationship.PARENT;
        age = Math.min(99, applicantAge + 22 + r.nextInt(10));
      }
      int k = i - 1;
      births[k] = yearsBefore[age] - 1 - r.nextInt(364);
      boolean severe = false;
      boolean disabledMember = false;
      int failed = 0;
      disCategory[k] = -1;
      if (r.nextDouble() < c.disability) {
        disabledMember = true;
        severe = r.nextDouble() < c.severe;
        disCategory[k] = r.nextInt(CATEGORIES.length);
        disGrade[k] = severe ? 1 + r.nextInt(2) : 3 + r.nextInt(2);
        if (severe) {
          failed = 2 + r.nextInt(5);
        }
      }
      if (age >= 60 && failed == 0 && r.nextDouble() < (age >= 80 ? c.dependent80 : c.dependent60)) {
        failed = 1 + r.nextInt(6);
      }
      if (r.nextDouble() < c.major) {
        major[k] = true;
        dialysis[k] = r.nextDouble() < c.dialysis ? 3 : 0;
      }
      chronic[k] = r.nextDouble() < c.chronic;
      WorkStatus work;
      if (age < 6) {
        work = WorkStatus.NOT_WORKING;
      } else if (age < 18) {
        work = WorkStatus.STUDENT;
        schooling[k] = age < 12 ? SchoolingStage.PRIMARY : age < 15 ? SchoolingStage.JUNIOR_SECONDARY : SchoolingStage.SENIOR_SECONDARY;
      } else if (age >= 60) {
        employeePension[nElders] = r.nextDouble() < (urban ? c.employeePensionUrban : c.employeePensionRural);
        work = employeePension[nElders] ? WorkStatus.RETIRED : WorkStatus.NOT_WORKING;
        elders[nElders++] = mid;
      } else if (severe) {
        work = WorkStatus.NOT_WORKING;
      } else if (r.nextDouble() < c.unemployment) {
        work = WorkStatus.UNEMPLOYED;
      } else {
        work = urban ? WorkStatus.EMPLOYED : WorkStatus.FARMING;
        earners[nEarners++] = mid;
      }
      boolean cannotWork = age < 18 || age >= 60 || severe; // under 18: a minor, whom the 特困 rules consider
      rels[k] = rel;
      if (cannotWork || disabledMember) {
        selfCare[k] = failed;
        placement[k] = r.nextDouble() < c.careHome ? CarePlacement.HOME : CarePlacement.INSTITUTION;
      }
      works[k] = work;
      // insurance schemes (illustrative): an urban wage earner in the employees' schemes with the share
      // population.insurance.employee-share.urban-employed — drawn from the seed, the index and the member
      // apart from the household's stream, so no other draw moves —, one drawing an employees' pension
      // in them, everyone else in the residents' schemes; not yet 16 or in school: no pension insurance
      if (work == WorkStatus.EMPLOYED) {
        pensionScheme[k] = unit(mix(seed ^ SCHEME_SALT, index * 64 + k)) < c.employeeScheme ? InsuranceScheme.EMPLOYEES
            : InsuranceScheme.RESIDENTS;
        medicalScheme[k] = pensionScheme[k];
      } else if (work == WorkStatus.RETIRED) {
        pensionScheme[k] = InsuranceScheme.EMPLOYEES;
        medicalScheme[k] = InsuranceScheme.EMPLOYEES;
      } else {
        pensionScheme[k] = age < 16 || schooling[k] != null ? InsuranceScheme.NONE : InsuranceScheme.RESIDENTS;
        medicalScheme[k] = InsuranceScheme.RESIDENTS;
      }
      ages[k] = age;
      incapable[k] = cannotWork;
    }
    long mean = urban ? c.urbanMonthly : c.ruralMonthly;
    double supporterShare = urban ? c.supporter : c.supporterRural;
    boolean[] unsupported = new boolean[size];
    for (int i = 0; i < size; i++) {
      // a listed supporter only matters when no member with a duty to support (as the rules read
      // relationships: applicant with spouse, children and parents; a child with the spouse) can work;
      // a grandchild's parent is such a supporter, in the household or not
      boolean alone = incapable[i] && !supportedInside(i, rels, incapable, ages);
      long supporterBirth = NO_SUPPORTER;
      long supporterIncome = 0;
      boolean supporterAssets = false;
      if (alone && r.nextDouble() < supporterShare) {
        int supporterAge = ages[i] >= 43 ? ages[i] - 32 + r.nextInt(8) : Math.min(99, ages[i] + 22 + r.nextInt(10));
        supporterIncome = Math.round(Math.exp(Math.log(mean * 12.0) - c.sigma * c.sigma / 2 + c.sigma * r.nextGaussian()));
        supporterBirth = yearsBefore[supporterAge] - 1 - r.nextInt(364);
        supporterAssets = r.nextDouble() < 0.5;
      } else {
        unsupported[i] = alone;
      }
      sink.member(i, i < MEMBER_IDS.length ? MEMBER_IDS[i] : "m" + (i + 1), rels[i], births[i], hukou, region, disCategory[i],
          disGrade[i], major[i], dialysis[i], chronic[i], works[i], schooling[i], selfCare[i], placement[i], supporterBirth,
          supporterIncome, supporterAssets, pensionScheme[i], medicalScheme[i]);
    }
    boolean anyEmployeePension = false;
    for (int k = 0; k < nElders; k++) {
      anyEmployeePension |= employeePension[k];
    }
    double median = urban ? c.medianUrban : c.medianRural;
    long perCapita = 0;
    if (r.nextDouble() >= c.none) {
      // households where nobody works or draws an employees' pension live on less (the no-earner factor)
      double factor = nEarners == 0 && !anyEmployeePension ? c.noEarner : 1;
      perCapita = Math.round(median * factor * Math.exp(c.sigma * r.nextGaussian()));
    }
    long standard = urban ? c.standardUrban : c.standardRural;
    // 渐退 (gradual withdrawal): a former 低保 household whose first earner started a job k months ago
    int newJobMonths = 0;
    if (nEarners > 0 && c.withdrawalMonths > 1 && perCapita >= standard && perCapita <= c.withdrawalCeiling * standard
        && r.nextDouble() < c.withdrawal && Evaluator.takesUp(householdId, CnRulebook.DIBAO, c.takeUp, !urban, false)) {
      // (a former 低保 household took 低保 up: only takers are in 渐退)
      newJobMonths = 1 + r.nextInt(c.withdrawalMonths - 1);
    }
    long total = perCapita * size;
    // per member, in member order, as the microdata reader builds them: the main income, then the pension
    String[] to = earners;
    int n = nEarners;
    IncomeCategory category = urban ? IncomeCategory.WAGES : IncomeCategory.BUSINESS_NET;
    if (n == 0) {
      to = new String[nElders];
      for (int k = 0; k < nElders; k++) {
        if (employeePension[k]) {
          to[n++] = elders[k];
        }
      }
      category = IncomeCategory.TRANSFER_NET;
      if (n == 0) {
        to = elders;
        n = nElders;
        category = urban ? IncomeCategory.TRANSFER_NET : IncomeCategory.BUSINESS_NET;
      }
      if (n == 0) {
        // nobody works and nobody is 60 or more: the applicant receives it (family support, transfers)
        to = new String[] {MEMBER_IDS[0]};
        n = 1;
        category = IncomeCategory.TRANSFER_NET;
      }
    }
    long share = n == 0 ? 0 : total / n;
    int nextTo = 0;
    int nextElder = 0;
    int toFirst = -1;
    for (int i = 0; i < size; i++) {
      String mid = i < MEMBER_IDS.length ? MEMBER_IDS[i] : "m" + (i + 1);
      if (total > 0 && nextTo < n && to[nextTo].equals(mid)) {
        long gross = nextTo == 0 ? total - share * (n - 1) : share;
        if (nextTo == 0 && newJobMonths > 0) {
          // the new job's earnings since it started, tagged for the rules' disregard; nothing before
          sink.income(i, mid, category, gross, newJobMonths, true);
        } else {
          sink.income(i, mid, category, gross, months.length, false);
        }
        nextTo++;
      }
      if (to.length > 0 && to[0].equals(mid)) {
        toFirst = i;
      }
      if (nextElder < nElders && elders[nextElder].equals(mid)) {
        if (c.residentsPension > 0 && !employeePension[nextElder]) {
          sink.pension(i, mid, c.residentsPension);
        }
        nextElder++;
      }
    }
    // current benefits, as the rules read them: 特困 of members with no one to support them in a
    // household below the standard, 低保 of households below it, and the 渐退 households above
    boolean below = perCapita < standard;
    int tekunNow = 0;
    if (below && c.currentTekun > 0) {
      for (int i = 0; i < size; i++) {
        // recorded as receiving only where the household takes 特困 up (the draw of the simulation's take-up)
        if (unsupported[i] && r.nextDouble() < c.currentTekun && Evaluator.takesUp(householdId, CnRulebook.TEKUN, c.takeUp, !urban, false)) {
          sink.tekunBenefit(i, i < MEMBER_IDS.length ? MEMBER_IDS[i] : "m" + (i + 1), 1 + r.nextInt(5));
          tekunNow++;
        }
      }
    }
    if (newJobMonths > 0) {
      sink.dibaoBenefit(1 + r.nextInt(5));
      sink.newJob(newJobMonths, toFirst, to[0]);
    } else if (below && tekunNow < size && r.nextDouble() < c.currentDibao
        && Evaluator.takesUp(householdId, CnRulebook.DIBAO, c.takeUp, !urban, false)) {
      sink.dibaoBenefit(1 + r.nextInt(5));
    }
    if (c.depositMonths > 0 && total > 0) {
      long deposit = Math.round(-Math.log(1 - r.nextDouble()) * c.depositMonths * total);
      if (deposit > 0) {
        sink.deposit(deposit);
      }
    }
    // car ownership grows with income (elasticity e) from the hukou's share at its median income
    double carShare = urban ? c.vehicle : c.vehicleRural;
    double carChance = c.vehicleElasticity == 0 ? carShare
        : perCapita <= 0 ? 0
        : carShare * (c.vehicleElasticity == 1 ? perCapita / median : Math.pow(perCapita / median, c.vehicleElasticity));
    if (r.nextDouble() < carChance) {
      sink.car(Math.round(-Math.log(1 - r.nextDouble()) * c.vehicleValue));
    }
    double area = c.homeArea * size * (0.6 + 0.8 * r.nextDouble());
    sink.home(BigDecimal.valueOf(Math.round(area * 10), 1));
  }
}
