package org.jiuzhu.rules.synthetic;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.jiuzhu.core.household.Disability;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.Illness;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.monitoring.MonthlyRecord;
import org.jiuzhu.core.monitoring.RecordType;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.region.RegionCode;

/**
 * Seeded synthetic monitoring data for tests, demonstrations and benchmarks: a register of
 * {@code households} households ({@code h0000001} …, made by {@link HouseholdGenerator}) and
 * each month's feed about them. Every household and every household-month is made from the seed
 * and its own index alone, so the same seed always gives the same data, any household can be
 * looked up without the others, and months can be made one at a time without memory growing.
 *
 * <p>Per household and month (rates are jiuzhu's, not calibrated): an income record (95%), with
 * a sudden drop to a third and a job loss (2%); a medical bill (20%), a hospital stay (3%); a
 * major-illness or dialysis diagnosis (0.3%); a disability certification (0.2%); a new job
 * (0.5%); a disaster (0.1%); a caseworker's visit (5%); leaving 低保 (0.2% of 低保 households).
 * About 0.8% of households lose a member in one month of the year.
 *
 * @since 0.1.0
 */
public final class MonitoringFeedGenerator {
  private final long seed;
  private final int households;
  private final ImmutableList<RegionCode> regions;
  private final LocalDate registered;

  /**
   * Data for {@code households} households of {@code regions}, registered on {@code registered}.
   */
  public MonitoringFeedGenerator(long seed, int households, List<RegionCode> regions, LocalDate registered) {
    checkArgument(households > 0, "households is %s; expected at least 1", households);
    checkArgument(!regions.isEmpty(), "at least one region");
    this.seed = seed;
    this.households = households;
    this.regions = ImmutableList.copyOf(regions);
    this.registered = registered;
  }

  /** The number of households. */
  public int households() {
    return households;
  }

  /** The id of household {@code index} (from 0). */
  public static String id(int index) {
    return String.format("h%07d", index + 1);
  }

  private static long mix(long a, long b) {
    long z = a * 0x9E3779B97F4A7C15L + b;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int index(String id) {
    if (id.length() != 8 || id.charAt(0) != 'h') {
      return -1;
    }
    try {
      return Integer.parseInt(id.substring(1)) - 1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Household {@code id} as registered, or empty when there is no such household. */
  public Optional<Household> household(String id) {
    int i = index(id);
    if (i < 0 || i >= households) {
      return Optional.empty();
    }
    return Optional.of(new HouseholdGenerator(mix(seed, i), regions, registered).next(id));
  }

  /** Every record of {@code month}, household by household. */
  public void month(YearMonth month, Consumer<MonthlyRecord> out) {
    for (int i = 0; i < households; i++) {
      records(i, month, out);
    }
  }

  /** The records of household {@code index} in {@code month}. */
  public void records(int index, YearMonth month, Consumer<MonthlyRecord> out) {
    String id = id(index);
    int mi = month.getYear() * 12 + month.getMonthValue() - 1;
    SplittableRandom r = new SplittableRandom(mix(mix(seed, index), mi));
    SplittableRandom life = new SplittableRandom(mix(seed ^ 0x5DEECE66DL, index));
    long baseIncome = 30_000 + life.nextLong(570_000); // 300 to 6,000 yuan a month, in fen
    boolean deathThisYear = life.nextInt(1000) < 8;
    int deathMonth = life.nextInt(12);
    boolean dibao = life.nextInt(100) < 30;
    int day = 1 + r.nextInt(month.lengthOfMonth());
    LocalDate date = month.atDay(day);
    if (r.nextInt(100) < 95) {
      boolean drop = r.nextInt(100) < 2;
      long amount = drop ? baseIncome / 3 : baseIncome * (90 + r.nextInt(21)) / 100;
      out.accept(new MonthlyRecord.Builder().householdId(id).type(RecordType.INCOME).date(month.atDay(1)).memberId("m1")
          .amount(Money.ofFen(amount)).incomeCategory(IncomeCategory.WAGES).build());
      if (drop) {
        out.accept(new MonthlyRecord.Builder().householdId(id).type(RecordType.JOB_LOSS).date(date).memberId("m1")
            .amount(Money.ofFen(baseIncome - amount)).build());
      }
    }
    if (r.nextInt(100) < 20) {
      long amount = 2_000 + r.nextLong(300_000);
      MonthlyRecord.Builder b = new MonthlyRecord.Builder().householdId(id).type(RecordType.MEDICAL_BILL).date(date)
          .memberId("m1").amount(Money.ofFen(amount));
      if (dibao && r.nextInt(100) < 30) {
        b.medicalAssistance(Money.ofFen(amount / 2));
      }
      out.accept(b.build());
    }
    if (r.nextInt(100) < 3) {
      long amount = 200_000 + r.nextLong(3_800_000);
      out.accept(new MonthlyRecord.Builder().householdId(id).type(RecordType.MEDICAL_BILL).date(date).memberId("m1")
          .amount(Money.ofFen(amount)).inpatient(true).build());
    }
    if (r.nextInt(1000) < 3) {
      boolean dialysis = r.nextInt(5) == 0;
      out.accept(new MonthlyRecord.Builder().householdId(id).type(RecordType.DIAGNOSIS).date(date).memberId("m1")
          .illness(new Illness.Builder().description(dialysis ? "renal failure" : "major illness").major(!dialysis)
              .dialysisSessionsPerWeek(dialysis ? 3 : 0).build()).build());
    }
    if (r.nextInt(1000) < 2) {
      out.accept(new MonthlyRecord.Builder().householdId(id).type(RecordType.DISABILITY).date(date).memberId("m1")
          .disability(Disability.of(DisabilityCategory.values()[r.nextInt(DisabilityCategory.values().length)], 1 + r.nextInt(4)))
          .build());
    }
    if (r.nextInt(1000) < 5) {
      out.accept(new MonthlyRecord.Builder().householdId(id).type(RecordType.NEW_JOB).date(date).memberId("m1").build());
    }
    if (r.nextInt(1000) < 1) {
      out.accept(new MonthlyRecord.Builder().householdId(id).type(RecordType.DISASTER).date(date)
          .amount(Money.ofFen(r.nextLong(5_000_000))).build());
    }
    if (r.nextInt(100) < 5) {
      out.accept(new MonthlyRecord.Builder().householdId(id).type(RecordType.VISIT).date(date).build());
    }
    if (dibao && r.nextInt(1000) < 2) {
      out.accept(new MonthlyRecord.Builder().householdId(id).type(RecordType.LEFT_ASSISTANCE).date(date)
          .programmeId("cn.dibao").build());
    }
    if (deathThisYear && Math.floorMod(mi, 12) == deathMonth) {
      int size = household(id).orElseThrow().members().size();
      out.accept(new MonthlyRecord.Builder().householdId(id).type(RecordType.DEATH).date(date)
          .memberId("m" + size).build());
    }
  }
}
