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
import org.jiuzhu.core.household.Disability;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.FinancialAsset;
import org.jiuzhu.core.household.FinancialAssetType;
import org.jiuzhu.core.household.Home;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.SchoolingStage;
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
import org.jiuzhu.rules.population.PopulationParameters;

/**
 * A seeded synthetic population calibrated per region. Household {@code i} is made from the seed
 * and {@code i} alone — the same seed always gives the same population, any household can be made
 * without the others, and a population can be split across threads or machines without changing
 * it. Households are spread evenly over the regions given.
 *
 * <p>Calibration (the parameters of {@link PopulationParameters}, illustrative, per region):
 * household size from a cumulative distribution; one hukou type per household; adults aged 60 or
 * more with the elderly share, later members children or parents; disability, severe disability,
 * major and chronic illness and unemployment at their rates. Per-capita monthly income is
 * log-normal with its mean at the region's last-year per-capita disposable income for the
 * household's hukou ({@code stats.disposable-income.*} / 12) and the spread {@code
 * population.income.sigma}; a share of households has no income of its own. Income goes to the
 * working members as wages (urban) or net farming income (rural), else to the old as pensions, and
 * is repeated over the 12 months before the date (a region that averages fewer reads fewer).
 * Deposits are exponential with a mean in months of income; a car with the vehicle share; one home
 * lived in. Nobody is given a current benefit: a run finds entitlement, not take-up.
 *
 * @since 0.1.0
 */
public final class PopulationGenerator {
  private final long seed;
  private final ImmutableList<RegionCode> regions;
  private final LocalDate date;
  private final PerStretch<Calibration> calibration;
  private final YearMonth[] months = new YearMonth[Microdata.MONTHS];
  private final LocalDate[] yearsBefore = new LocalDate[121]; // date minus 0..120 years, made once
  private static final String[] MEMBER_IDS = {"m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11", "m12"};

  /** Parameters of one region and date, read once. */
  private static final class Calibration {
    final double[] sizeCdf;
    final double rural;
    final double elderly;
    final double child;
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
      child = share(s, PopulationParameters.CHILD_SHARE.name(), s.get(PopulationParameters.CHILD_SHARE));
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
      vehicleValue = s.get(PopulationParameters.VEHICLE_VALUE).fen();
      homeArea = s.get(PopulationParameters.HOME_AREA).doubleValue();
      urbanMonthly = s.get(CnParameters.DISPOSABLE_INCOME_URBAN).fen() / 12;
      ruralMonthly = s.get(CnParameters.DISPOSABLE_INCOME_RURAL).fen() / 12;
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
      yearsBefore[y] = date.minusYears(y);
    }
    YearMonth last = YearMonth.from(date).minusMonths(1);
    for (int k = 0; k < months.length; k++) {
      months[k] = last.minusMonths(k);
    }
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
    String n = Long.toString(index + 1);
    return n.length() >= 8 ? "p" + n : "p" + "00000000".substring(n.length()) + n;
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
    SplittableRandom r = new SplittableRandom(mix(seed, index));
    RegionCode region = regions.get(regions.size() == 1 ? 0 : (int) Math.floorMod(mix(seed ^ 0x2545F491L, index), regions.size()));
    Calibration c = calibration.get(region, date);
    int size = 1;
    double u = r.nextDouble();
    while (size < c.sizeCdf.length && u >= c.sizeCdf[size - 1]) {
      size++;
    }
    HukouType hukou = r.nextDouble() < c.rural ? HukouType.RURAL : HukouType.URBAN;
    boolean old = r.nextDouble() < c.elderly;
    int applicantAge = old ? 60 + r.nextInt(31) : 18 + r.nextInt(42);
    Household.Builder h = new Household.Builder().id(id(index)).region(region).applicantId("m1");
    String[] earners = new String[size];
    int nEarners = 0;
    String[] elders = new String[size];
    int nElders = 0;
    for (int i = 1; i <= size; i++) {
      String mid = i <= MEMBER_IDS.length ? MEMBER_IDS[i - 1] : "m" + i;
      Relationship rel;
      int age;
      if (i == 1) {
        rel = Relationship.APPLICANT;
        age = applicantAge;
      } else if (i == 2) {
        rel = Relationship.SPOUSE;
        age = Math.max(18, applicantAge - 3 + r.nextInt(7));
      } else if (r.nextDouble() < c.child && applicantAge < 60) {
        rel = Relationship.CHILD;
        age = r.nextInt(Math.min(18, applicantAge - 17));
      } else {
        rel = Relationship.PARENT;
        age = Math.min(100, applicantAge + 22 + r.nextInt(10));
      }
      LocalDate birth = yearsBefore[age].minusDays(1 + r.nextInt(364));
      Member.Builder m = new Member.Builder().id(mid).relationship(rel).birthDate(birth).hukouType(hukou).hukouRegion(region);
      boolean severe = false;
      if (r.nextDouble() < c.disability) {
        severe = r.nextDouble() < c.severe;
        m.disability(Disability.of(DisabilityCategory.values()[r.nextInt(DisabilityCategory.values().length)],
            severe ? 1 + r.nextInt(2) : 3 + r.nextInt(2)));
        if (severe) {
          m.selfCare(Microdata.selfCare(2 + r.nextInt(5)));
        }
      }
      if (r.nextDouble() < c.major) {
        m.addIllnesses(Microdata.majorIllness(r.nextDouble() < c.dialysis ? 3 : 0));
      }
      if (r.nextDouble() < c.chronic) {
        m.addIllnesses(Microdata.chronicIllness());
      }
      WorkStatus work;
      if (age < 6) {
        work = WorkStatus.NOT_WORKING;
      } else if (age < 18) {
        work = WorkStatus.STUDENT;
        m.schooling(age < 12 ? SchoolingStage.PRIMARY : age < 15 ? SchoolingStage.JUNIOR_SECONDARY : SchoolingStage.SENIOR_SECONDARY);
      } else if (age >= 60) {
        work = hukou == HukouType.URBAN ? WorkStatus.RETIRED : WorkStatus.NOT_WORKING;
        elders[nElders++] = mid;
      } else if (severe) {
        work = WorkStatus.NOT_WORKING;
      } else if (r.nextDouble() < c.unemployment) {
        work = WorkStatus.UNEMPLOYED;
      } else {
        work = hukou == HukouType.URBAN ? WorkStatus.EMPLOYED : WorkStatus.FARMING;
        earners[nEarners++] = mid;
      }
      h.addMembers(m.workStatus(work).build());
    }
    long mean = hukou == HukouType.URBAN ? c.urbanMonthly : c.ruralMonthly;
    long perCapita = 0;
    if (r.nextDouble() >= c.none) {
      double mu = Math.log(mean) - c.sigma * c.sigma / 2;
      perCapita = Math.round(Math.exp(mu + c.sigma * r.nextGaussian()));
    }
    long total = perCapita * size;
    String[] to = nEarners > 0 ? earners : elders;
    int n = nEarners > 0 ? nEarners : nElders;
    if (total > 0 && n > 0) {
      IncomeCategory category = nEarners == 0 ? IncomeCategory.TRANSFER_NET
          : hukou == HukouType.URBAN ? IncomeCategory.WAGES : IncomeCategory.BUSINESS_NET;
      long share = total / n;
      List<IncomeItem> items = new ArrayList<>(n * months.length);
      for (int k = 0; k < n; k++) {
        Money gross = Money.ofFen(k == 0 ? total - share * (n - 1) : share);
        for (YearMonth month : months) {
          items.add(new IncomeItem.Builder().memberId(to[k]).category(category).month(month).gross(gross).build());
        }
      }
      h.addAllIncomes(items);
    }
    if (c.depositMonths > 0 && total > 0) {
      long deposit = Math.round(-Math.log(1 - r.nextDouble()) * c.depositMonths * total);
      if (deposit > 0) {
        h.addFinancialAssets(new FinancialAsset.Builder().type(FinancialAssetType.DEPOSIT).value(Money.ofFen(deposit)).build());
      }
    }
    if (r.nextDouble() < c.vehicle) {
      long value = Math.round(-Math.log(1 - r.nextDouble()) * c.vehicleValue);
      h.addVehicles(new Vehicle.Builder().type(VehicleType.CAR).use(VehicleUse.PRIVATE).value(Money.ofFen(value)).build());
    }
    double area = c.homeArea * size * (0.6 + 0.8 * r.nextDouble());
    h.addHomes(new Home.Builder().floorArea(BigDecimal.valueOf(Math.round(area * 10), 1)).livedIn(true).build());
    return h.build();
  }
}
