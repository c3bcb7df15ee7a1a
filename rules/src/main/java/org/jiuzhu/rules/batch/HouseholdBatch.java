package org.jiuzhu.rules.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jiuzhu.core.household.AbsenceReason;
import org.jiuzhu.core.household.BusinessRegistration;
import org.jiuzhu.core.household.BusinessType;
import org.jiuzhu.core.household.CarePlacement;
import org.jiuzhu.core.household.CurrentBenefit;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.Expenditure;
import org.jiuzhu.core.household.ExpenditureCategory;
import org.jiuzhu.core.household.FinancialAsset;
import org.jiuzhu.core.household.Home;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.Illness;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.household.IncomeTag;
import org.jiuzhu.core.household.LifeEvent;
import org.jiuzhu.core.household.LifeEventType;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.NonResidentialProperty;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.SchoolingStage;
import org.jiuzhu.core.household.Supporter;
import org.jiuzhu.core.household.SupporterCondition;
import org.jiuzhu.core.household.Vehicle;
import org.jiuzhu.core.household.VehicleType;
import org.jiuzhu.core.household.VehicleUse;
import org.jiuzhu.core.household.WorkCapacity;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.region.RegionCode;

/**
 * Households in columnar form (a struct of arrays) for population runs: what the rulebook's
 * programmes read of each household, reduced once when the household enters the batch to
 * primitives — ages and flags per member, income totals per member over the 低保 reference window
 * (counted, disregarded new-job earnings under 渐退, the 特困 exclusions, the employment-cost
 * deduction summed month by month against its cap), spending by category over the 刚性支出 and
 * 临时救助 windows, financial assets, homes, businesses and sudden events reduced to what the rules
 * test, and vehicles and supporters in small pools. All money is fen in {@code long}; nothing is
 * rounded or approximated.
 *
 * <p>A batch is built for one rulebook ({@link org.jiuzhu.rules.cn.CnRulebook#newBatch}) and one
 * date, because the reduction reads the windows and exclusions of each household's region on that
 * date. It is reusable: {@link #clear} and refill, so that a population run allocates nothing per
 * household. Not thread-safe: one batch per thread (the rulebook's compiled parameters are shared).
 *
 * <h2>Two ways in</h2>
 *
 * <p>{@link #add(Household)} reduces a household object. The row-level appender builds the same
 * row without any {@code Household} object, for microdata readers and the population generator:
 *
 * <pre>{@code
 * HouseholdBatch batch = rulebook.newBatch(date, 1 << 16);
 * batch.beginHousehold(region);                    // one household
 * int m1 = batch.member("m1", Relationship.APPLICANT, 1982, 4, 1, HukouType.RURAL);
 * batch.workStatus(WorkStatus.FARMING);            // fields of the member just added
 * int m2 = batch.member("m2", Relationship.SPOUSE, 1984, 9, 1, HukouType.RURAL);
 * batch.income(m2, HouseholdBatch.monthIndex(2025, 9), IncomeCategory.WAGES, 0, 90_000);
 * batch.financialAsset(-1, 600_000, false, HouseholdBatch.NONE);
 * batch.home(new BigDecimal("85"));
 * batch.endHousehold();                            // reduced here; returns the row
 * }</pre>
 *
 * <p>Member fields ({@link #workStatus}, {@link #disability}, {@link #absence}, ...) apply to the
 * member added last. Facts that name a member take its index in the household (the value
 * {@link #member} returned); {@code -1} means the household as a whole. The first member whose
 * relationship is {@link Relationship#APPLICANT} is the applicant. Dates are epoch days
 * ({@link LocalDate#toEpochDay}), months are {@link #monthIndex}. Facts dated after the batch's
 * date are refused with an error naming the field, as {@link Household#checkOn} does.
 *
 * <p>Limits, each checked with a clear error: at most 127 members per household. Homes beyond the
 * region's count are compared by floor area exactly ({@link BigDecimal}), which is the only
 * allocation of the reduction and only for such households.
 *
 * @since 0.2.0
 */
public final class HouseholdBatch {
  /** No date, no amount: the value to pass for an absent optional fact. */
  public static final int NONE = Integer.MIN_VALUE;
  /** No amount (fen) given: the value to pass for an absent optional amount. */
  public static final long NO_AMOUNT = Long.MIN_VALUE;
  /** At most this many members per household. */
  public static final int MAX_MEMBERS = 127;

  /**
   * How a rulebook reduces the facts of one region on the batch's date: the windows, exclusions
   * and limits its programmes test. Implemented by the rulebook; not for applications.
   */
  public interface Spec {
    /** Years of absence at a religious site after which a member is no longer counted. */
    int religiousSiteYears();

    /** True when the region sets the months of the 低保 reference window. */
    boolean hasReferenceMonths();

    /** The months of the 低保 reference window; throws the missing-parameter error when not set. */
    int referenceMonths();

    /** The 刚性支出 spending window in months. */
    int rigidWindow();

    /** The 支出型临时救助 spending window in months. */
    int temporaryExpenditureWindow();

    /** True when residents' basic pensions are not counted. */
    boolean excludeResidentsPension();

    /** True when medical spending is deducted from counted income. */
    boolean deductMedical();

    /** The monthly employment-cost cap in fen; throws the missing-parameter error when not set. */
    long employmentCap(boolean urban);

    /** The months of the gradual withdrawal (渐退) after a new job. */
    int withdrawalMonths();

    /** Earmarked deposits held until at most this many months after the date are not counted. */
    int earmarkMaxMonths();

    /** Days before the date within which a sudden event counts. */
    int temporaryEventWindowDays();

    /** Homes allowed. */
    int maxHomes();

    /** Floor area per counted member below which more homes pass; null when none. */
    BigDecimal maxHomeAreaPerCapita();

    /** True when an individual business without employees does not disqualify. */
    boolean exemptMicroBusiness();
  }

  /** Where a batch finds the {@link Spec} of a region on its date. */
  public interface Specs {
    /** The spec of {@code region} on {@code date}. */
    Spec spec(RegionCode region, LocalDate date);
  }

  // household flags
  public static final int H_URBAN = 1;
  public static final int H_WITHDRAWAL = 2;
  public static final int H_HOMES_PASS = 4;
  public static final int H_SUDDEN_EVENT = 8;
  public static final int H_LOSS_UNASSESSED = 16;
  public static final int H_RECEIVES_DIBAO = 32;
  /** A member's medical out-of-pocket bill is recorded (any month): the catalogue's medical reimbursement reads the bills themselves. */
  public static final int H_MEDICAL_BILLS = 64;
  /** A member lives in a care institution. */
  public static final int H_INSTITUTION = 128;
  /** A home the household lives in is recorded as unsafe (危房, {@code homes[].unsafe}). */
  public static final int H_UNSAFE_HOME = 256;
  /**
   * The household has income records, all of them before the 低保 reference window (none in it):
   * the window's income is not known, it is not 0 ({@link #lastIncomeMonth} gives the latest month).
   */
  public static final int H_INCOME_BEFORE_WINDOW = 512;
  /**
   * The household has income records, all of them before the 刚性支出 window (none in it): that
   * window's income is not known ({@link #lastIncomeMonth} gives the latest month).
   */
  public static final int H_INCOME_BEFORE_RIGID_WINDOW = 1024;
  /**
   * The household has income records, all of them before the 临时救助 expenditure window (none in
   * it): that window's income is not known ({@link #lastIncomeMonth} gives the latest month).
   */
  public static final int H_INCOME_BEFORE_TEMPORARY_WINDOW = 2048;

  // member flags
  public static final int M_COUNTED = 1;
  public static final int M_APPLICANT = 2;
  public static final int M_CAPACITY_ASSESSED = 4;
  public static final int M_CAPACITY_NONE = 8;
  public static final int M_UNEMPLOYED = 16;
  public static final int M_MAJOR_ILLNESS = 32;
  public static final int M_ORPHAN = 64;
  public static final int M_IN_SCHOOL = 128;
  public static final int M_SELF_CARE = 256;
  public static final int M_PLACEMENT = 512;
  public static final int M_PLACEMENT_HOME = 1024;
  public static final int M_URBAN = 2048;
  public static final int M_DISABILITY = 4096;
  // 8192 is free (was a flag for members at home, which member programmes no longer use: they take the counted members)
  /** A chronic illness, or dialysis. */
  public static final int M_CHRONIC = 16384;
  /** Any recorded illness. */
  public static final int M_ILL = 32768;
  /**
   * A birthday after the date and on or before the first day of the next month (when 低保 and 特困
   * are first paid): the member is a year older then. The additions (分类施保) and 特困's cover of
   * minors go by the age on that first day of payment.
   */
  public static final int M_OLDER_AT_START = 65536;
  /**
   * The member has income records of their own, all of them before the 低保 reference window (none
   * in it): the member's own income there (特困) is not known ({@link #memberLastIncomeMonth}).
   */
  public static final int M_INCOME_BEFORE_WINDOW = 131072;

  /** The work status of a member for whom none was given ({@link #workStatusOrdinal}). */
  public static final int NO_WORK_STATUS = 15;

  private final Object owner;
  private final Specs specs;
  private final LocalDate date;
  private final int day;
  private final int appMonth;
  /** The evaluation date minus 0, 1, … years, as epoch days: whoever was born on or before {@code anniversaries[a]} is at least a. */
  private long[] anniversaries; // made on first use
  private final boolean keepObjects;

  private final List<Spec> specList = new ArrayList<>();
  private final List<RegionCode> specRegions = new ArrayList<>();

  private int size;
  private int memberTotal;
  private int vehicleTotal;
  private int supporterTotal;

  // households
  private int[] hMemberStart;
  private int[] hVehicleStart;
  private int[] hSpec;
  private int[] hFlags;
  private short[] hCounted;
  private short[] hHomes;
  private short[] hNonResidential;
  private short[] hBusinesses;
  private long[] hIncome;
  private long[] hEmployment;
  private long[] hMedical;
  private long[] hDisregarded;
  private long[] hIncomeRigid;
  private long[] hIncomeTemporary;
  private long[] hRigidLiving;
  private long[] hRigidSpending;
  private long[] hTemporarySpending;
  private long[] hFinancial;
  private long[] hLoss;
  private int[] hWithdrawalEnd;
  private int[] hLastDeath;
  private int[] hLastIncome;
  private Household[] hObject;

  // members
  private short[] mAge;
  private int[] mFlags;
  private byte[] mDisability; // category ordinal << 4 | grade
  private short[] mRefused;
  private byte[] mRelationship;
  private byte[] mFailedItems;
  private byte[] mRank;
  private byte[] mWork; // schooling ordinal << 4 | work status ordinal (NO_WORK_STATUS when none)
  private byte[] mScheme; // (medical scheme ordinal + 1) << 4 | (pension scheme ordinal + 1); 0: not recorded
  private long[] mIncome;
  private long[] mTekunIncome;
  private long[] mFinancial;
  private int[] mLastIncome;
  private int[] mSupporterStart;

  // vehicles
  private byte[] vType;
  private byte[] vUse;
  private byte[] vOwner;
  private long[] vValue;

  // supporters
  private short[] sAge;
  private int[] sConditions;
  private long[] sIncome;
  private byte[] sAssets;

  /**
   * An empty batch for {@code date}, reducing by {@code specs}; {@code owner} is the rulebook that
   * will evaluate it. Applications call {@link org.jiuzhu.rules.cn.CnRulebook#newBatch}.
   *
   * @param keepObjects keep each added {@code Household} (explain mode reads its ids and texts)
   */
  public HouseholdBatch(Object owner, Specs specs, LocalDate date, int capacity, boolean keepObjects) {
    this.owner = checkNotNull(owner, "owner");
    this.specs = checkNotNull(specs, "specs");
    this.date = checkNotNull(date, "date");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity is " + capacity + "; expected at least 1");
    }
    this.day = Math.toIntExact(date.toEpochDay());
    this.appMonth = monthIndex(date.getYear(), date.getMonthValue());
    this.keepObjects = keepObjects;
    allocate(capacity, capacity * 3, Math.max(16, capacity / 4), 16);
    hMemberStart[0] = 0;
    hVehicleStart[0] = 0;
    mSupporterStart[0] = 0;
  }

  /** The month {@code year-month} as {@code year * 12 + month - 1}, as {@link IncomeItem#monthIndex}. */
  public static int monthIndex(int year, int month) {
    return year * 12 + month - 1;
  }

  /** The bit of {@code tag} in the tag bits of {@link #income} ({@code 1 << ordinal}, as {@link IncomeItem#tagBits}). */
  public static int tagBit(IncomeTag tag) {
    return 1 << tag.ordinal();
  }

  /** The bit of {@code c} in the condition bits of {@link #supporter}. */
  public static int conditionBit(SupporterCondition c) {
    return 1 << c.ordinal();
  }

  private void allocate(int households, int members, int vehicles, int supporters) {
    hMemberStart = new int[households + 1];
    hVehicleStart = new int[households + 1];
    hSpec = new int[households];
    hFlags = new int[households];
    hCounted = new short[households];
    hHomes = new short[households];
    hNonResidential = new short[households];
    hBusinesses = new short[households];
    hIncome = new long[households];
    hEmployment = new long[households];
    hMedical = new long[households];
    hDisregarded = new long[households];
    hIncomeRigid = new long[households];
    hIncomeTemporary = new long[households];
    hRigidLiving = new long[households];
    hRigidSpending = new long[households];
    hTemporarySpending = new long[households];
    hFinancial = new long[households];
    hLoss = new long[households];
    hWithdrawalEnd = new int[households];
    hLastDeath = new int[households];
    hLastIncome = new int[households];
    hObject = keepObjects ? new Household[households] : null;
    allocateMembers(members);
    vType = new byte[vehicles];
    vUse = new byte[vehicles];
    vOwner = new byte[vehicles];
    vValue = new long[vehicles];
    sAge = new short[supporters];
    sConditions = new int[supporters];
    sIncome = new long[supporters];
    sAssets = new byte[supporters];
  }

  private void allocateMembers(int members) {
    mAge = new short[members];
    mFlags = new int[members];
    mDisability = new byte[members];
    mRefused = new short[members];
    mRelationship = new byte[members];
    mFailedItems = new byte[members];
    mRank = new byte[members];
    mWork = new byte[members];
    mScheme = new byte[members];
    mIncome = new long[members];
    mTekunIncome = new long[members];
    mFinancial = new long[members];
    mLastIncome = new int[members];
    mSupporterStart = new int[members + 1];
  }

  private void growHouseholds() {
    int c = hSpec.length * 2;
    hMemberStart = Arrays.copyOf(hMemberStart, c + 1);
    hVehicleStart = Arrays.copyOf(hVehicleStart, c + 1);
    hSpec = Arrays.copyOf(hSpec, c);
    hFlags = Arrays.copyOf(hFlags, c);
    hCounted = Arrays.copyOf(hCounted, c);
    hHomes = Arrays.copyOf(hHomes, c);
    hNonResidential = Arrays.copyOf(hNonResidential, c);
    hBusinesses = Arrays.copyOf(hBusinesses, c);
    hIncome = Arrays.copyOf(hIncome, c);
    hEmployment = Arrays.copyOf(hEmployment, c);
    hMedical = Arrays.copyOf(hMedical, c);
    hDisregarded = Arrays.copyOf(hDisregarded, c);
    hIncomeRigid = Arrays.copyOf(hIncomeRigid, c);
    hIncomeTemporary = Arrays.copyOf(hIncomeTemporary, c);
    hRigidLiving = Arrays.copyOf(hRigidLiving, c);
    hRigidSpending = Arrays.copyOf(hRigidSpending, c);
    hTemporarySpending = Arrays.copyOf(hTemporarySpending, c);
    hFinancial = Arrays.copyOf(hFinancial, c);
    hLoss = Arrays.copyOf(hLoss, c);
    hWithdrawalEnd = Arrays.copyOf(hWithdrawalEnd, c);
    hLastDeath = Arrays.copyOf(hLastDeath, c);
    hLastIncome = Arrays.copyOf(hLastIncome, c);
    if (hObject != null) {
      hObject = Arrays.copyOf(hObject, c);
    }
  }

  private void growMembers() {
    int c = mAge.length * 2;
    mAge = Arrays.copyOf(mAge, c);
    mFlags = Arrays.copyOf(mFlags, c);
    mDisability = Arrays.copyOf(mDisability, c);
    mRefused = Arrays.copyOf(mRefused, c);
    mRelationship = Arrays.copyOf(mRelationship, c);
    mFailedItems = Arrays.copyOf(mFailedItems, c);
    mRank = Arrays.copyOf(mRank, c);
    mWork = Arrays.copyOf(mWork, c);
    mScheme = Arrays.copyOf(mScheme, c);
    mIncome = Arrays.copyOf(mIncome, c);
    mTekunIncome = Arrays.copyOf(mTekunIncome, c);
    mFinancial = Arrays.copyOf(mFinancial, c);
    mLastIncome = Arrays.copyOf(mLastIncome, c);
    mSupporterStart = Arrays.copyOf(mSupporterStart, c + 1);
  }

  private void growVehicles() {
    int c = vType.length * 2;
    vType = Arrays.copyOf(vType, c);
    vUse = Arrays.copyOf(vUse, c);
    vOwner = Arrays.copyOf(vOwner, c);
    vValue = Arrays.copyOf(vValue, c);
  }

  private void growSupporters() {
    int c = sAge.length * 2;
    sAge = Arrays.copyOf(sAge, c);
    sConditions = Arrays.copyOf(sConditions, c);
    sIncome = Arrays.copyOf(sIncome, c);
    sAssets = Arrays.copyOf(sAssets, c);
  }

  // ------------------------------------------------------------------ reading

  /** The rulebook this batch was built for. */
  public Object owner() {
    return owner;
  }

  /** The date the households were reduced for. */
  public LocalDate date() {
    return date;
  }

  /** Households in the batch. */
  public int size() {
    return size;
  }

  /** Empties the batch, keeping its arrays for the next households. */
  public void clear() {
    if (building) {
      throw new IllegalStateException("clear() inside a household: call endHousehold() first");
    }
    if (hObject != null) {
      Arrays.fill(hObject, 0, size, null);
    }
    size = 0;
    memberTotal = 0;
    vehicleTotal = 0;
    supporterTotal = 0;
  }

  /**
   * The heap this batch holds now (its arrays at their current capacity, with array headers), in
   * bytes; kept household objects are not counted.
   */
  public long heapBytes() {
    long b = 0;
    int arrayHeader = 16;
    b += 4L * (hMemberStart.length + hVehicleStart.length + hSpec.length + hFlags.length + hWithdrawalEnd.length
        + hLastDeath.length + hLastIncome.length) + 7 * arrayHeader;
    b += 2L * (hCounted.length + hHomes.length + hNonResidential.length + hBusinesses.length) + 4 * arrayHeader;
    b += 8L * 11 * hIncome.length + 11 * arrayHeader;
    b += hObject == null ? 0 : 4L * hObject.length + arrayHeader;
    b += 2L * (mAge.length + mRefused.length) + 4L * (mFlags.length + mSupporterStart.length + mLastIncome.length)
        + mDisability.length + mRelationship.length + mFailedItems.length + mRank.length + mWork.length
        + mScheme.length + 8L * (mIncome.length + mTekunIncome.length + mFinancial.length) + 14 * arrayHeader;
    b += 3L * vType.length + 8L * vValue.length + 4 * arrayHeader;
    b += 2L * sAge.length + 4L * sConditions.length + 8L * sIncome.length + sAssets.length + 4 * arrayHeader;
    return b;
  }

  /** The spec index of household {@code h} (into {@link #spec}). */
  public int specIndex(int h) {
    return hSpec[h];
  }

  /** The spec of index {@code i}. */
  public Spec spec(int i) {
    return specList.get(i);
  }

  /** The region of spec index {@code i}. */
  public RegionCode specRegion(int i) {
    return specRegions.get(i);
  }

  /** Distinct specs (regions) in the batch so far. */
  public int specCount() {
    return specList.size();
  }

  /** The household object of row {@code h} when the batch keeps them, else null. */
  public Household object(int h) {
    return hObject == null ? null : hObject[h];
  }

  public int memberStart(int h) {
    return hMemberStart[h];
  }

  public int memberEnd(int h) {
    return hMemberStart[h + 1];
  }

  public int vehicleStart(int h) {
    return hVehicleStart[h];
  }

  public int vehicleEnd(int h) {
    return hVehicleStart[h + 1];
  }

  /** Household flags ({@code H_*}). */
  public int flags(int h) {
    return hFlags[h];
  }

  /** Counted members (共同生活的家庭成员). */
  public int counted(int h) {
    return hCounted[h];
  }

  public int homes(int h) {
    return hHomes[h];
  }

  public int nonResidential(int h) {
    return hNonResidential[h];
  }

  public int disqualifyingBusinesses(int h) {
    return hBusinesses[h];
  }

  /** Counted income over the 低保 window after exclusions and deductions, fen. */
  public long incomeTotal(int h) {
    return hIncome[h];
  }

  public long employmentDeduction(int h) {
    return hEmployment[h];
  }

  public long medicalDeduction(int h) {
    return hMedical[h];
  }

  public long disregardedNewJob(int h) {
    return hDisregarded[h];
  }

  /** Counted income over the 刚性支出 window (no deductions). */
  public long incomeRigid(int h) {
    return hIncomeRigid[h];
  }

  /** Counted income over the 支出型临时救助 window (no deductions). */
  public long incomeTemporary(int h) {
    return hIncomeTemporary[h];
  }

  /** Living spending over the 刚性支出 window. */
  public long rigidLiving(int h) {
    return hRigidLiving[h];
  }

  /** Medical, education and rehabilitation spending over the 刚性支出 window. */
  public long rigidSpending(int h) {
    return hRigidSpending[h];
  }

  /** Medical, education and rehabilitation spending over the 临时救助 window. */
  public long temporarySpending(int h) {
    return hTemporarySpending[h];
  }

  /** Financial assets of counted members or unowned, earmarked major-illness deposits left out. */
  public long financialAssets(int h) {
    return hFinancial[h];
  }

  /** Assessed losses of sudden events within the window. */
  public long loss(int h) {
    return hLoss[h];
  }

  /** The end (exclusive, epoch day) of the earliest withdrawal period of a disregarded member, or {@link #NONE}. */
  public int withdrawalEnd(int h) {
    return hWithdrawalEnd[h];
  }

  public int age(int m) {
    return mAge[m];
  }

  /** Member flags ({@code M_*}). */
  public int memberFlags(int m) {
    return mFlags[m];
  }

  /** The disability category's ordinal, or -1. */
  public int disabilityCategory(int m) {
    return (mFlags[m] & M_DISABILITY) == 0 ? -1 : mDisability[m] >> 4;
  }

  /** The disability grade, or 0. */
  public int disabilityGrade(int m) {
    return (mFlags[m] & M_DISABILITY) == 0 ? 0 : mDisability[m] & 15;
  }

  public int refusedOffers(int m) {
    return mRefused[m];
  }

  /** The relationship's ordinal. */
  public int relationship(int m) {
    return mRelationship[m];
  }

  public int failedSelfCareItems(int m) {
    return mFailedItems[m];
  }

  /** The schooling stage's ordinal ({@link SchoolingStage}; {@code NONE} unless given). */
  public int schoolingOrdinal(int m) {
    return mWork[m] >> 4 & 15;
  }

  /** The work status's ordinal ({@link WorkStatus}), or {@link #NO_WORK_STATUS} when none was given. */
  public int workStatusOrdinal(int m) {
    return mWork[m] & 15;
  }

  /** The pension scheme's ordinal ({@link org.jiuzhu.core.household.InsuranceScheme}), or -1 when not recorded. */
  public int pensionSchemeOrdinal(int m) {
    return (mScheme[m] & 15) - 1;
  }

  /** The medical-insurance scheme's ordinal ({@link org.jiuzhu.core.household.InsuranceScheme}), or -1 when not recorded. */
  public int medicalSchemeOrdinal(int m) {
    return (mScheme[m] >> 4 & 15) - 1;
  }

  /** The epoch day of the household's latest death (on or before the date), or {@link #NONE}. */
  public int lastDeath(int h) {
    return hLastDeath[h];
  }

  /**
   * The month index ({@link #monthIndex}) of the household's latest income record when all its
   * records lie before one of the windows ({@link #H_INCOME_BEFORE_WINDOW},
   * {@link #H_INCOME_BEFORE_RIGID_WINDOW}, {@link #H_INCOME_BEFORE_TEMPORARY_WINDOW}), else {@link #NONE}.
   */
  public int lastIncomeMonth(int h) {
    return hLastIncome[h];
  }

  /**
   * The month index of member {@code m}'s latest own income record when all of them lie before the
   * 低保 reference window ({@link #M_INCOME_BEFORE_WINDOW}), else {@link #NONE}.
   *
   * @since 0.12.0
   */
  public int memberLastIncomeMonth(int m) {
    return mLastIncome[m];
  }

  /** The member's rank among the household's member ids in sorted order. */
  public int idRank(int m) {
    return mRank[m];
  }

  /** Counted income of the member over the 低保 window, new-job earnings disregarded. */
  public long memberIncome(int m) {
    return mIncome[m];
  }

  /** Counted income of the member over the 低保 window, without the 特困 exclusions. */
  public long tekunIncome(int m) {
    return mTekunIncome[m];
  }

  /** Financial assets the member owns, earmarked major-illness deposits left out. */
  public long memberFinancial(int m) {
    return mFinancial[m];
  }

  public int supporterStart(int m) {
    return mSupporterStart[m];
  }

  public int supporterEnd(int m) {
    return mSupporterStart[m + 1];
  }

  public int vehicleType(int v) {
    return vType[v];
  }

  public int vehicleUse(int v) {
    return vUse[v];
  }

  /** The owner's index in the household, or -1. */
  public int vehicleOwner(int v) {
    return vOwner[v];
  }

  public long vehicleValue(int v) {
    return vValue[v];
  }

  /** The supporter's age in whole years on the date. */
  public int supporterAge(int s) {
    return sAge[s];
  }

  public int supporterConditions(int s) {
    return sConditions[s];
  }

  /** Annual income in fen, or {@link #NO_AMOUNT}. */
  public long supporterIncome(int s) {
    return sIncome[s];
  }

  /** -1 not given, 0 no, 1 yes. */
  public int supporterAssetsWithin(int s) {
    return sAssets[s];
  }

  // ------------------------------------------------------------------ building

  private boolean building;
  private Spec spec;
  private int window;
  private int back;
  private int count; // members of the current household
  private int first; // index of its first member
  private final String[] ids = new String[MAX_MEMBERS];
  private int applicant;
  private int flags;
  private int rigidW; // the 刚性支出 and 临时救助 windows of the current household's region
  private int tempW;
  // per member of the current household: income summed over the three windows as it is added
  // (the windows count back from the month before the date, so each is a prefix of the months)
  private final long[] wTotal = new long[MAX_MEMBERS]; // the 低保 reference window
  private final long[] wTekunExcluded = new long[MAX_MEMBERS]; // of it, not counted for 特困 (no new job)
  private final long[] rTotal = new long[MAX_MEMBERS]; // the 刚性支出 window
  private final long[] tTotal = new long[MAX_MEMBERS]; // the 临时救助 window
  // month by month (member * back + months back - 1) where the rules read single months: earnings
  // against the monthly employment-cost cap, and new-job income (渐退) of the members that have any
  private final boolean[] hasNewJob = new boolean[MAX_MEMBERS];
  /** Whether member i has earned income in the window; its {@code earned} slots are zeroed on the first. */
  private final boolean[] hasEarned = new boolean[MAX_MEMBERS];
  private long[] newJobAll = new long[64];
  private long[] newJobEarned = new long[64];
  private long[] newJobTekun = new long[64];
  private long[] earned = new long[64];
  private long rigidLiving; // spending of the current household over the windows, net of grants
  private long rigidSpending;
  private long temporarySpending;
  private final long[] finMember = new long[MAX_MEMBERS];
  private final long[] medMember = new long[MAX_MEMBERS];
  private final int[] withdrawalUntil = new int[MAX_MEMBERS];
  private long finUnowned;
  private long medUnowned;
  private int homes;
  private final List<BigDecimal> areas = new ArrayList<>();
  private int nonRes;
  private int businesses;
  private long loss;
  private int lastDeath;
  private int incomeLatest; // the latest month index (before the date's month) of the current household's income records, or NONE
  private final int[] memberLatest = new int[MAX_MEMBERS]; // the same of each member's own records
  private int earmarkLimit;
  private int earmarkFrom; // the evaluation date's epoch day: an earmark that ended before it no longer holds
  private int currentSpecIndex;

  private static final int ALWAYS_EXCLUDED = tagBit(IncomeTag.PREFERENTIAL_TREATMENT_PENSION)
      | tagBit(IncomeTag.FAMILY_PLANNING_REWARD) | tagBit(IncomeTag.SCHOLARSHIP) | tagBit(IncomeTag.BRAVERY_REWARD)
      | tagBit(IncomeTag.GOVERNMENT_SOCIAL_ASSISTANCE) | tagBit(IncomeTag.LOCAL_EXCLUSION);
  private static final int NOT_FOR_TEKUN = tagBit(IncomeTag.RESIDENTS_BASIC_PENSION)
      | tagBit(IncomeTag.SOCIAL_INSURANCE_BENEFIT) | tagBit(IncomeTag.OLD_AGE_ALLOWANCE);
  private static final int SUDDEN = 1 << LifeEventType.SUDDEN_SERIOUS_ILLNESS.ordinal()
      | 1 << LifeEventType.MAJOR_ILLNESS_DIAGNOSIS.ordinal() | 1 << LifeEventType.TRAFFIC_ACCIDENT.ordinal()
      | 1 << LifeEventType.FIRE.ordinal() | 1 << LifeEventType.NATURAL_DISASTER.ordinal()
      | 1 << LifeEventType.DEATH.ordinal() | 1 << LifeEventType.NEW_SEVERE_DISABILITY.ordinal();

  private void need(boolean inside, String call) {
    if (building != inside) {
      throw new IllegalStateException(call + (inside ? " outside a household: call beginHousehold() first"
          : " inside a household: call endHousehold() first"));
    }
  }

  private int specIndexOf(RegionCode region) {
    for (int i = 0; i < specRegions.size(); i++) {
      if (specRegions.get(i).equals(region)) {
        return i;
      }
    }
    specList.add(checkNotNull(specs.spec(region, date), "spec"));
    specRegions.add(region);
    return specList.size() - 1;
  }

  /** Starts a household of {@code region}. */
  public void beginHousehold(RegionCode region) {
    need(false, "beginHousehold()");
    checkNotNull(region, "region");
    currentSpecIndex = specIndexOf(region);
    spec = specList.get(currentSpecIndex);
    window = spec.hasReferenceMonths() ? spec.referenceMonths() : 0;
    back = Math.max(window, Math.max(spec.rigidWindow(), spec.temporaryExpenditureWindow()));
    earmarkLimit = Math.toIntExact(date.plusMonths(spec.earmarkMaxMonths()).toEpochDay());
    earmarkFrom = Math.toIntExact(date.toEpochDay());
    if (size == hSpec.length) {
      growHouseholds();
    }
    building = true;
    count = 0;
    first = memberTotal;
    applicant = -1;
    flags = 0;
    finUnowned = 0;
    medUnowned = 0;
    homes = 0;
    areas.clear();
    nonRes = 0;
    businesses = 0;
    loss = 0;
    lastDeath = NONE;
    incomeLatest = NONE;
    rigidW = spec.rigidWindow();
    tempW = spec.temporaryExpenditureWindow();
    rigidLiving = 0;
    rigidSpending = 0;
    temporarySpending = 0;
  }

  private void scratch(int slots) {
    if (earned.length < slots) {
      // grown with what the household's members added so far (their items may come after later members)
      int c = Math.max(slots, earned.length * 2);
      newJobAll = Arrays.copyOf(newJobAll, c);
      newJobEarned = Arrays.copyOf(newJobEarned, c);
      newJobTekun = Arrays.copyOf(newJobTekun, c);
      earned = Arrays.copyOf(earned, c);
    }
  }

  /** True when a member born on the given day, {@code age} on the date, is older on the first day of the next month. */
  private boolean olderAtStart(int birthYear, int birthMonth, int birthDay, int age) {
    if (startYear == 0) {
      LocalDate start = date.withDayOfMonth(1).plusMonths(1);
      startYear = start.getYear();
      startMonth = start.getMonthValue();
    }
    int at = startYear - birthYear;
    if (startMonth < birthMonth || (startMonth == birthMonth && 1 < birthDay)) {
      at--;
    }
    return at > age;
  }

  /** The year and month of the first day of the month after the date (0 until first needed). */
  private int startYear;
  private int startMonth;

  /**
   * Adds a member and returns its index in the household; the member fields that follow apply to
   * it. {@code id} is used only to order shares (the remainder fen go to the first ids in sorted
   * order); it is not kept.
   */
  public int member(String id, Relationship relationship, int birthYear, int birthMonth, int birthDay,
      org.jiuzhu.core.household.HukouType hukou) {
    need(true, "member()");
    checkNotNull(id, "id");
    checkNotNull(relationship, "relationship");
    int age = date.getYear() - birthYear;
    if (date.getMonthValue() < birthMonth || (date.getMonthValue() == birthMonth && date.getDayOfMonth() < birthDay)) {
      age--;
    }
    if (age < 0) {
      throw new IllegalArgumentException("members[" + count + "].birthDate is " + LocalDate.of(birthYear, birthMonth, birthDay)
          + "; expected on or before " + date);
    }
    return addMember(id, relationship, age, hukou, olderAtStart(birthYear, birthMonth, birthDay, age));
  }

  /**
   * Adds a member born on epoch day {@code birthEpochDay} (as {@link LocalDate#toEpochDay()}); the
   * same as {@link #member(String, Relationship, int, int, int, org.jiuzhu.core.household.HukouType)}
   * with that date's year, month and day, without making the date.
   *
   * @since 0.9.0
   */
  public int member(String id, Relationship relationship, long birthEpochDay, org.jiuzhu.core.household.HukouType hukou) {
    need(true, "member()");
    checkNotNull(id, "id");
    checkNotNull(relationship, "relationship");
    int age = ageOn(birthEpochDay);
    if (age == Integer.MIN_VALUE) {
      LocalDate birth = LocalDate.ofEpochDay(birthEpochDay);
      return member(id, relationship, birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), hukou);
    }
    long older = startAnniversary(age + 1);
    if (older == Long.MIN_VALUE) {
      LocalDate birth = LocalDate.ofEpochDay(birthEpochDay);
      return addMember(id, relationship, age, hukou, olderAtStart(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), age));
    }
    return addMember(id, relationship, age, hukou, birthEpochDay <= older);
  }

  /**
   * The first day of the month after the date minus {@code years} years, as an epoch day (whoever
   * was born on or before it is at least that old then); {@link Long#MIN_VALUE} beyond the table.
   */
  private long startAnniversary(int years) {
    if (startAnniversaries == null) {
      LocalDate start = date.withDayOfMonth(1).plusMonths(1);
      long[] t = new long[152];
      for (int a = 0; a < t.length; a++) {
        t[a] = start.minusYears(a).toEpochDay();
      }
      startAnniversaries = t;
    }
    return years < startAnniversaries.length ? startAnniversaries[years] : Long.MIN_VALUE;
  }

  private long[] startAnniversaries; // made on first use

  /**
   * The age in whole years on the evaluation date of a person born on {@code birthEpochDay}, read
   * from the table of the date's anniversaries; {@link Integer#MIN_VALUE} when the birth lies after
   * the date or beyond the table (the caller then works from the date).
   */
  private int ageOn(long birthEpochDay) {
    if (anniversaries == null) {
      long[] t = new long[151];
      for (int a = 0; a < t.length; a++) {
        t[a] = date.minusYears(a).toEpochDay();
      }
      anniversaries = t;
    }
    long days = anniversaries[0] - birthEpochDay;
    if (days < 0) {
      return Integer.MIN_VALUE;
    }
    // a years never take more than 366·a days, so a = days / 366 has its anniversary on or after the birth
    int a = (int) Math.min(days / 366, Integer.MAX_VALUE);
    if (a >= anniversaries.length) {
      return Integer.MIN_VALUE;
    }
    while (a + 1 < anniversaries.length && anniversaries[a + 1] >= birthEpochDay) {
      a++;
    }
    return a + 1 < anniversaries.length ? a : Integer.MIN_VALUE;
  }

  private int addMember(String id, Relationship relationship, int age, org.jiuzhu.core.household.HukouType hukou,
      boolean olderAtStart) {
    if (count == MAX_MEMBERS) {
      throw new IllegalArgumentException("household has more than " + MAX_MEMBERS + " members; expected at most " + MAX_MEMBERS);
    }
    int m = memberTotal;
    if (m == mAge.length) {
      growMembers();
    }
    memberTotal++;
    ids[count] = id;
    mAge[m] = (short) Math.min(age, Short.MAX_VALUE);
    int fl = M_COUNTED;
    if (olderAtStart) {
      fl |= M_OLDER_AT_START;
    }
    if (hukou == org.jiuzhu.core.household.HukouType.URBAN) {
      fl |= M_URBAN;
    }
    if (relationship == Relationship.APPLICANT && applicant < 0) {
      applicant = count;
      fl |= M_APPLICANT;
    }
    mFlags[m] = fl;
    mDisability[m] = 0;
    mRefused[m] = 0;
    mRelationship[m] = (byte) relationship.ordinal();
    mFailedItems[m] = 0;
    mWork[m] = (byte) NO_WORK_STATUS;
    mScheme[m] = 0;
    mFinancial[m] = 0;
    mSupporterStart[m + 1] = supporterTotal;
    finMember[count] = 0;
    medMember[count] = 0;
    withdrawalUntil[count] = NONE;
    int slots = (count + 1) * back;
    scratch(slots);
    wTotal[count] = 0;
    wTekunExcluded[count] = 0;
    rTotal[count] = 0;
    tTotal[count] = 0;
    hasNewJob[count] = false;
    hasEarned[count] = false;
    memberLatest[count] = NONE;
    return count++;
  }

  private int last() {
    need(true, "a member field");
    if (count == 0) {
      throw new IllegalStateException("a member field before any member(): call member() first");
    }
    return memberTotal - 1;
  }

  /** The member's designated applicant flag: marks this member (not the first APPLICANT) as the applicant. */
  public void applicant() {
    int m = last();
    if (applicant >= 0) {
      mFlags[first + applicant] &= ~M_APPLICANT;
    }
    applicant = count - 1;
    mFlags[m] |= M_APPLICANT;
  }

  public void workStatus(WorkStatus status) {
    int m = last();
    mWork[m] = (byte) (mWork[m] & 0xF0 | status.ordinal());
    if (status == WorkStatus.UNEMPLOYED) {
      mFlags[m] |= M_UNEMPLOYED;
    } else {
      mFlags[m] &= ~M_UNEMPLOYED;
    }
  }

  /** An assessed work capacity (without one the rules derive it from age and disability). */
  public void workCapacity(WorkCapacity capacity) {
    int m = last();
    mFlags[m] |= M_CAPACITY_ASSESSED | (capacity == WorkCapacity.NONE ? M_CAPACITY_NONE : 0);
  }

  public void disability(DisabilityCategory category, int grade) {
    int m = last();
    if (grade < 1 || grade > 4) {
      throw new IllegalArgumentException("members[" + (count - 1) + "].disability.grade is " + grade + "; expected 1 to 4");
    }
    mFlags[m] |= M_DISABILITY;
    mDisability[m] = (byte) (category.ordinal() << 4 | grade);
  }

  /** A major illness (重大疾病) of the member just added. */
  public void majorIllness() {
    mFlags[last()] |= M_MAJOR_ILLNESS | M_ILL;
  }

  /** A chronic illness, or dialysis, of the member just added. */
  public void chronicIllness() {
    mFlags[last()] |= M_CHRONIC | M_ILL;
  }

  /** An illness of the member just added that is neither major nor chronic. */
  public void illness() {
    mFlags[last()] |= M_ILL;
  }

  public void orphan() {
    mFlags[last()] |= M_ORPHAN;
  }

  public void schooling(SchoolingStage stage) {
    int m = last();
    mWork[m] = (byte) (stage.ordinal() << 4 | mWork[m] & 15);
    if (stage == SchoolingStage.PRIMARY || stage == SchoolingStage.JUNIOR_SECONDARY || stage == SchoolingStage.SENIOR_SECONDARY
        || stage == SchoolingStage.SECONDARY_VOCATIONAL) {
      mFlags[m] |= M_IN_SCHOOL;
    }
  }

  /** The pension scheme of the member just added (not recorded unless given). */
  public void pensionScheme(org.jiuzhu.core.household.InsuranceScheme scheme) {
    int m = last();
    mScheme[m] = (byte) (mScheme[m] & 0xF0 | scheme.ordinal() + 1);
  }

  /** The medical-insurance scheme of the member just added (not recorded unless given). */
  public void medicalScheme(org.jiuzhu.core.household.InsuranceScheme scheme) {
    int m = last();
    mScheme[m] = (byte) ((scheme.ordinal() + 1) << 4 | mScheme[m] & 15);
  }

  public void refusedJobOffers(int times) {
    int m = last();
    if (times < 0) {
      throw new IllegalArgumentException("members[" + (count - 1) + "].consecutiveRefusedJobOffers is " + times
          + "; expected 0 or more");
    }
    mRefused[m] = (short) Math.min(times, Short.MAX_VALUE);
  }

  /** The six-item self-care assessment: items failed. */
  public void selfCare(int failedItems) {
    int m = last();
    mFlags[m] |= M_SELF_CARE;
    mFailedItems[m] = (byte) Math.max(0, Math.min(failedItems, 127));
  }

  public void carePlacement(CarePlacement placement) {
    int m = last();
    mFlags[m] |= M_PLACEMENT | (placement == CarePlacement.HOME ? M_PLACEMENT_HOME : 0);
    if (placement == CarePlacement.INSTITUTION) {
      flags |= H_INSTITUTION;
    }
  }

  /** Why the member lives apart, since {@code sinceEpochDay}. */
  public void absence(AbsenceReason reason, long sinceEpochDay) {
    int m = last();
    if (!counts(reason, LocalDate.ofEpochDay(sinceEpochDay), date, spec.religiousSiteYears())) {
      mFlags[m] &= ~M_COUNTED;
    }
  }

  /**
   * Whether a member absent for {@code reason} since {@code since} is still counted in the
   * household (共同生活的家庭成员, DOMAIN.md §3) on {@code date}: not while serving a sentence, in
   * compulsory drug rehabilitation or declared missing, nor after {@code religiousSiteYears} years
   * in a row at a religious site; counted when living elsewhere for any other reason. The one rule
   * every programme counts members by (低保 and the catalogue's member-level programmes alike); a
   * release from custody ends the absence before this is asked ({@code Household#absenceOn}).
   */
  public static boolean counts(AbsenceReason reason, LocalDate since, LocalDate date, int religiousSiteYears) {
    switch (reason) {
      case SERVING_SENTENCE:
      case COMPULSORY_DRUG_REHABILITATION:
      case DECLARED_MISSING:
        return false;
      case RELIGIOUS_SITE:
        return since.plusYears(religiousSiteYears).isAfter(date);
      default:
        return true;
    }
  }

  /**
   * A person with a statutory duty to support the member just added.
   *
   * @throws IllegalArgumentException if the supporter is born after the date (as a member is)
   */
  public void supporter(LocalDate birthDate, int conditionBits, long annualIncomeFen, int assetsWithinLowIncomeRules) {
    if (birthDate.isAfter(date)) {
      throw new IllegalArgumentException("members[" + (count - 1) + "].supporters[" + (supporterTotal - mSupporterStart[memberTotal - 1])
          + "].birthDate is " + birthDate + "; expected on or before " + date);
    }
    addSupporter(birthDate.until(date).getYears(), conditionBits, annualIncomeFen, assetsWithinLowIncomeRules);
  }

  /**
   * The same as {@link #supporter(LocalDate, int, long, int)} for a supporter born on epoch day
   * {@code birthEpochDay}, without making the date.
   *
   * @since 0.9.0
   */
  public void supporter(long birthEpochDay, int conditionBits, long annualIncomeFen, int assetsWithinLowIncomeRules) {
    int age = ageOn(birthEpochDay);
    if (age == Integer.MIN_VALUE) {
      supporter(LocalDate.ofEpochDay(birthEpochDay), conditionBits, annualIncomeFen, assetsWithinLowIncomeRules);
      return;
    }
    addSupporter(age, conditionBits, annualIncomeFen, assetsWithinLowIncomeRules);
  }

  private void addSupporter(int age, int conditionBits, long annualIncomeFen, int assetsWithinLowIncomeRules) {
    last();
    int s = supporterTotal;
    if (s == sAge.length) {
      growSupporters();
    }
    supporterTotal++;
    sAge[s] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, age));
    sConditions[s] = conditionBits;
    sIncome[s] = annualIncomeFen;
    sAssets[s] = (byte) assetsWithinLowIncomeRules;
    mSupporterStart[memberTotal] = supporterTotal;
  }

  private int memberIndex(int member, String field) {
    if (member < -1 || member >= count) {
      throw new IllegalArgumentException(field + " names member " + member + "; expected -1 or 0 to " + (count - 1));
    }
    return member;
  }

  /** A benefit the household as a whole receives now. */
  public void currentBenefit(String programmeId) {
    need(true, "currentBenefit()");
    if (org.jiuzhu.rules.cn.CnRulebook.DIBAO.equals(programmeId)) {
      flags |= H_RECEIVES_DIBAO;
    }
  }

  /** An income item of member {@code member} in month {@code monthIndex}, net of deductions. */
  public void income(int member, int monthIndex, IncomeCategory category, int tagBits, long netFen) {
    int m = incomeMember(member, monthIndex);
    int k = appMonth - monthIndex;
    recorded(m, k, k);
    if (k < 1 || k > back || excluded(tagBits)) {
      return;
    }
    addIncome(m, k, category, tagBits, netFen);
  }

  /**
   * The same income item of member {@code member} in each of the {@code months} months up to and
   * including {@code latestMonthIndex} (that month, the one before, …): the same as as many calls of
   * {@link #income(int, int, IncomeCategory, int, long)}, checked once.
   *
   * @since 0.9.0
   */
  public void incomeEachMonth(int member, int latestMonthIndex, int months, IncomeCategory category, int tagBits, long netFen) {
    checkArgument(months >= 0, "months is %s; expected 0 or more", months);
    int m = incomeMember(member, latestMonthIndex);
    if (months > 0) {
      recorded(m, appMonth - latestMonthIndex, appMonth - latestMonthIndex + months - 1);
    }
    if (months == 0 || excluded(tagBits)) {
      return;
    }
    int first = Math.max(1, appMonth - latestMonthIndex);
    int last = Math.min(back, appMonth - latestMonthIndex + months - 1);
    for (int k = first; k <= last; k++) {
      addIncome(m, k, category, tagBits, netFen);
    }
  }

  private int incomeMember(int member, int monthIndex) {
    need(true, "income()");
    int m = memberIndex(member, "incomes.memberId");
    if (m < 0) {
      throw new IllegalArgumentException("incomes.memberId is missing; expected a member of the household");
    }
    if (monthIndex > appMonth) {
      throw new IllegalArgumentException("incomes.month is " + (monthIndex / 12) + "-" + (monthIndex % 12 + 1)
          + "; expected on or before " + date);
    }
    return m;
  }

  /**
   * Notes an income record of member {@code m} covering months {@code kFrom} to {@code kTo} back
   * (the date's own month, 0 back, is in no window): the latest month before the date's it covers.
   */
  private void recorded(int m, int kFrom, int kTo) {
    if (kTo < 1) {
      return;
    }
    int latest = appMonth - Math.max(kFrom, 1);
    if (latest > incomeLatest) {
      incomeLatest = latest;
    }
    if (latest > memberLatest[m]) {
      memberLatest[m] = latest;
    }
  }

  /** True when {@code latest} (a month index or NONE) is a record month before a window of {@code w} months. */
  private boolean beforeWindow(int latest, int w) {
    return latest != NONE && w > 0 && appMonth - latest > w;
  }

  private boolean excluded(int tagBits) {
    return tagBits != 0 && ((tagBits & ALWAYS_EXCLUDED) != 0
        || (spec.excludeResidentsPension() && (tagBits & tagBit(IncomeTag.RESIDENTS_BASIC_PENSION)) != 0));
  }

  /** Adds an item of member {@code m}, {@code k} months before the evaluation month (1 to back). */
  private void addIncome(int m, int k, IncomeCategory category, int tagBits, long netFen) {
    if (k <= rigidW) {
      rTotal[m] += netFen;
    }
    if (k <= tempW) {
      tTotal[m] += netFen;
    }
    if (k > window) {
      return;
    }
    wTotal[m] += netFen;
    int slot = m * back + k - 1;
    boolean isEarned = category == IncomeCategory.WAGES || category == IncomeCategory.BUSINESS_NET;
    boolean notForTekun = (tagBits & NOT_FOR_TEKUN) != 0;
    if ((tagBits & tagBit(IncomeTag.NEW_JOB)) != 0) {
      if (!hasNewJob[m]) {
        hasNewJob[m] = true;
        int from = m * back;
        Arrays.fill(newJobAll, from, from + window, 0);
        Arrays.fill(newJobEarned, from, from + window, 0);
        Arrays.fill(newJobTekun, from, from + window, 0);
      }
      newJobAll[slot] += netFen;
      if (isEarned) {
        newJobEarned[slot] += netFen;
      }
      if (notForTekun) {
        newJobTekun[slot] += netFen;
      }
      return;
    }
    if (isEarned) {
      if (!hasEarned[m]) {
        hasEarned[m] = true;
        int from = m * back;
        Arrays.fill(earned, from, from + window, 0);
      }
      earned[slot] += netFen;
    }
    if (notForTekun) {
      wTekunExcluded[m] += netFen;
    }
  }

  /** Spending of {@code category} in month {@code monthIndex}, net of the grants received against it. */
  public void expenditure(int member, int monthIndex, ExpenditureCategory category, long amountFen, long grantsFen) {
    need(true, "expenditure()");
    int m = memberIndex(member, "expenditures.memberId");
    if (monthIndex > appMonth) {
      throw new IllegalArgumentException("expenditures.month is " + (monthIndex / 12) + "-" + (monthIndex % 12 + 1)
          + "; expected on or before " + date);
    }
    int k = appMonth - monthIndex;
    long net = amountFen - grantsFen;
    if (k >= 1) {
      boolean health = category == ExpenditureCategory.MEDICAL_OUT_OF_POCKET || category == ExpenditureCategory.EDUCATION
          || category == ExpenditureCategory.REHABILITATION;
      if (k <= rigidW) {
        if (category == ExpenditureCategory.LIVING) {
          rigidLiving += net;
        } else if (health) {
          rigidSpending += net;
        }
      }
      if (k <= tempW && health) {
        temporarySpending += net;
      }
    }
    if (category == ExpenditureCategory.MEDICAL_OUT_OF_POCKET && m >= 0) {
      flags |= H_MEDICAL_BILLS;
    }
    if ((category == ExpenditureCategory.MEDICAL_OUT_OF_POCKET || category == ExpenditureCategory.REHABILITATION)
        && k >= 1 && k <= window) {
      if (m < 0) {
        medUnowned += net;
      } else {
        medMember[m] += net;
      }
    }
  }

  /**
   * A financial asset; {@code earmarkedUntilEpochDay} is {@link #NONE} unless earmarked with an end date.
   * An earmarked major-illness deposit is left out while its earmark holds: it ends on or after the
   * evaluation date and within the local limit of months.
   */
  public void financialAsset(int owner, long valueFen, boolean earmarkedForMajorIllness, long earmarkedUntilEpochDay) {
    need(true, "financialAsset()");
    int m = memberIndex(owner, "financialAssets.ownerMemberId");
    if (earmarkedForMajorIllness && earmarkedUntilEpochDay != NONE && earmarkedUntilEpochDay >= earmarkFrom
        && earmarkedUntilEpochDay <= earmarkLimit) {
      return;
    }
    if (m < 0) {
      finUnowned += valueFen;
    } else {
      finMember[m] += valueFen;
    }
  }

  public void vehicle(int owner, VehicleType type, VehicleUse use, long valueFen) {
    need(true, "vehicle()");
    int m = memberIndex(owner, "vehicles.ownerMemberId");
    int v = vehicleTotal;
    if (v == vType.length) {
      growVehicles();
    }
    vehicleTotal++;
    vType[v] = (byte) type.ordinal();
    vUse[v] = (byte) use.ordinal();
    vOwner[v] = (byte) m;
    vValue[v] = valueFen;
  }

  public void home(BigDecimal floorArea) {
    home(floorArea, false);
  }

  /** A home; {@code unsafeAndLivedIn} when it is recorded as unsafe (危房) and the household lives in it. */
  public void home(BigDecimal floorArea, boolean unsafeAndLivedIn) {
    need(true, "home()");
    homes++;
    areas.add(checkNotNull(floorArea, "floorArea"));
    if (unsafeAndLivedIn) {
      flags |= H_UNSAFE_HOME;
    }
  }

  public void nonResidential(boolean onlyDwelling) {
    need(true, "nonResidential()");
    if (!onlyDwelling) {
      nonRes++;
    }
  }

  public void business(BusinessType type, int employees, boolean active) {
    need(true, "business()");
    if (active && !(spec.exemptMicroBusiness() && type == BusinessType.INDIVIDUAL_BUSINESS && employees == 0)) {
      businesses++;
    }
  }

  /** A dated life event; {@code amountFen} is {@link #NO_AMOUNT} when the loss is not assessed. */
  public void event(LifeEventType type, int member, long epochDay, long amountFen) {
    need(true, "event()");
    int m = memberIndex(member, "events.memberId");
    if (epochDay > day) {
      throw new IllegalArgumentException("events.date is " + LocalDate.ofEpochDay(epochDay) + "; expected on or before " + date);
    }
    if (type == LifeEventType.DEATH && (lastDeath == NONE || epochDay > lastDeath)) {
      lastDeath = (int) epochDay;
    }
    if (type == LifeEventType.NEW_JOB && m >= 0) {
      long until = LocalDate.ofEpochDay(epochDay).plusMonths(spec.withdrawalMonths()).toEpochDay();
      if (until > day && (withdrawalUntil[m] == NONE || until > withdrawalUntil[m])) {
        withdrawalUntil[m] = (int) until;
      }
    }
    if ((SUDDEN & 1 << type.ordinal()) != 0 && epochDay > day - (long) spec.temporaryEventWindowDays()) {
      flags |= H_SUDDEN_EVENT;
      if (amountFen == NO_AMOUNT) {
        flags |= H_LOSS_UNASSESSED;
      } else {
        loss += amountFen;
      }
    }
  }

  /** Ends the household, reduces it and returns its row. */
  public int endHousehold() {
    need(true, "endHousehold()");
    building = false;
    int h = size;
    int n = 0;
    for (int i = 0; i < count; i++) {
      if ((mFlags[first + i] & M_COUNTED) != 0) {
        n++;
      }
    }
    boolean urban = applicant >= 0 && (mFlags[first + applicant] & M_URBAN) != 0;
    if (urban) {
      flags |= H_URBAN;
    }
    long cap = 0;
    if (n > 0) {
      // in the order the rules read them: the window, the standard, the cost ratio
      window = spec.referenceMonths();
      cap = spec.employmentCap(urban);
    }
    boolean receives = (flags & H_RECEIVES_DIBAO) != 0;
    long gross = 0;
    long employment = 0;
    long disregardedSum = 0;
    long incomeRigid = 0;
    long incomeTemporary = 0;
    int withdrawalEnd = NONE;
    long fin = finUnowned;
    long medical = medUnowned;
    boolean idsInOrder = true;
    for (int i = 1; i < count && idsInOrder; i++) {
      idsInOrder = ids[i - 1].compareTo(ids[i]) < 0;
    }
    for (int i = 0; i < count; i++) {
      int m = first + i;
      boolean counted = (mFlags[m] & M_COUNTED) != 0;
      boolean inWithdrawal = receives && withdrawalUntil[i] != NONE;
      long own = 0;
      long tekunOwn = 0;
      boolean disregardedAny = false;
      int base = i * back;
      tekunOwn = wTotal[i] - wTekunExcluded[i];
      if (counted) {
        own = wTotal[i];
      }
      if (hasNewJob[i]) {
        for (int k = 0; k < window; k++) {
          int slot = base + k;
          long dis = inWithdrawal ? newJobAll[slot] : 0;
          long before = hasEarned[i] ? earned[slot] : 0;
          long earn = inWithdrawal ? before : before + newJobEarned[slot];
          if (!inWithdrawal) {
            tekunOwn -= newJobTekun[slot];
          }
          if (counted) {
            own -= dis;
            disregardedSum += dis;
            disregardedAny |= dis != 0;
            employment += Math.min(earn, cap);
          }
        }
      } else if (counted && hasEarned[i]) {
        for (int k = 0; k < window; k++) {
          employment += Math.min(earned[base + k], cap);
        }
      }
      if (counted) {
        incomeRigid += rTotal[i];
        incomeTemporary += tTotal[i];
        gross += own;
        fin += finMember[i];
        medical += medMember[i];
        if (disregardedAny && (withdrawalEnd == NONE || withdrawalUntil[i] < withdrawalEnd)) {
          withdrawalEnd = withdrawalUntil[i];
        }
      }
      mIncome[m] = counted ? own : 0;
      mTekunIncome[m] = tekunOwn;
      mFinancial[m] = finMember[i];
      boolean memberBefore = counted && n > 0 && beforeWindow(memberLatest[i], window);
      if (memberBefore) {
        mFlags[m] |= M_INCOME_BEFORE_WINDOW;
      }
      mLastIncome[m] = memberBefore ? memberLatest[i] : NONE;
      // the rank of the member's id among the household's ids (its index when they come in order)
      int rank = i;
      if (!idsInOrder) {
        rank = 0;
        for (int j = 0; j < count; j++) {
          if (ids[j].compareTo(ids[i]) < 0) {
            rank++;
          }
        }
      }
      mRank[m] = (byte) rank;
    }
    boolean withdrawal = disregardedSum != 0;
    if (withdrawal) {
      flags |= H_WITHDRAWAL;
    }
    if (!spec.deductMedical()) {
      medical = 0;
    }
    long medicalDeduction = n > 0 ? Math.min(medical, gross - employment) : 0;
    boolean homesPass = homes <= spec.maxHomes();
    if (!homesPass && spec.maxHomeAreaPerCapita() != null && n > 0) {
      BigDecimal area = BigDecimal.ZERO;
      for (BigDecimal a : areas) {
        area = area.add(a);
      }
      homesPass = area.compareTo(spec.maxHomeAreaPerCapita().multiply(BigDecimal.valueOf(n))) < 0;
    }
    if (homesPass) {
      flags |= H_HOMES_PASS;
    }
    boolean before = n > 0 && beforeWindow(incomeLatest, window);
    if (before) {
      flags |= H_INCOME_BEFORE_WINDOW;
    }
    boolean beforeRigid = n > 0 && beforeWindow(incomeLatest, rigidW);
    if (beforeRigid) {
      flags |= H_INCOME_BEFORE_RIGID_WINDOW;
    }
    boolean beforeTemporary = n > 0 && beforeWindow(incomeLatest, tempW);
    if (beforeTemporary) {
      flags |= H_INCOME_BEFORE_TEMPORARY_WINDOW;
    }
    hLastIncome[h] = before || beforeRigid || beforeTemporary ? incomeLatest : NONE;
    hSpec[h] = currentSpecIndex;
    hFlags[h] = flags;
    hCounted[h] = (short) n;
    hHomes[h] = (short) Math.min(homes, Short.MAX_VALUE);
    hNonResidential[h] = (short) Math.min(nonRes, Short.MAX_VALUE);
    hBusinesses[h] = (short) Math.min(businesses, Short.MAX_VALUE);
    hIncome[h] = n > 0 ? gross - employment - medicalDeduction : 0;
    hEmployment[h] = employment;
    hMedical[h] = medicalDeduction;
    hDisregarded[h] = disregardedSum;
    hIncomeRigid[h] = incomeRigid;
    hIncomeTemporary[h] = incomeTemporary;
    hRigidLiving[h] = rigidLiving;
    hRigidSpending[h] = rigidSpending;
    hTemporarySpending[h] = temporarySpending;
    hFinancial[h] = fin;
    hLoss[h] = loss;
    hWithdrawalEnd[h] = withdrawal ? withdrawalEnd : NONE;
    hLastDeath[h] = lastDeath;
    hMemberStart[h + 1] = memberTotal;
    hVehicleStart[h + 1] = vehicleTotal;
    size++;
    return h;
  }

  // ------------------------------------------------------------------ from objects

  /** The member found last by {@link #indexOf} (items of one member usually come together). */
  private int lastFound;

  private int indexOf(String memberId) {
    int last = lastFound;
    // items come grouped by member: the last member found is the likely one (equal, if not the same string)
    if (last < count && (ids[last] == memberId || ids[last].equals(memberId))) {
      return last;
    }
    for (int i = 0; i < count; i++) {
      if (ids[i].equals(memberId)) {
        lastFound = i;
        return i;
      }
    }
    throw new IllegalArgumentException("a fact names member '" + memberId.charAt(0) + "…' which is not in the household");
  }

  /**
   * Adds {@code h}, reduced as of the batch's date; returns its row.
   *
   * @throws org.jiuzhu.core.validation.ValidationException if a part of the household is dated
   *     after the date ({@link Household#checkOn})
   */
  public int add(Household h) {
    checkNotNull(h, "household");
    // the appender refuses every part dated after the date (members not yet born, later income,
    // spending and events); only then is the household checked as a whole, so the refusal names
    // every such part at once (Household#checkOn) — no second pass over a valid household
    try {
      return addChecked(h);
    } catch (RuntimeException e) {
      h.checkOn(date);
      throw e;
    }
  }

  private int addChecked(Household h) {
    lastFound = 0;
    beginHousehold(h.region());
    try {
      List<Member> members = h.members();
      for (int i = 0; i < members.size(); i++) {
        Member m = members.get(i);
        LocalDate b = m.birthDate();
        member(m.id(), m.relationship(), b.getYear(), b.getMonthValue(), b.getDayOfMonth(), m.hukouType());
        // the applicant is the member named so, whatever its relationship
        int row = memberTotal - 1;
        mFlags[row] &= ~M_APPLICANT;
        workStatus(m.workStatus());
        if (m.workCapacity().isPresent()) {
          workCapacity(m.workCapacity().get());
        }
        if (m.disability().isPresent()) {
          disability(m.disability().get().category(), m.disability().get().grade());
        }
        for (Illness x : m.illnesses()) {
          if (x.major()) {
            majorIllness();
          } else if (x.chronic() || x.dialysisSessionsPerWeek() > 0) {
            chronicIllness();
          } else {
            illness();
          }
          if (x.major() && (x.chronic() || x.dialysisSessionsPerWeek() > 0)) {
            chronicIllness();
          }
        }
        if (m.orphan()) {
          orphan();
        }
        schooling(m.schooling());
        if (m.pensionScheme().isPresent()) {
          pensionScheme(m.pensionScheme().get());
        }
        if (m.medicalScheme().isPresent()) {
          medicalScheme(m.medicalScheme().get());
        }
        refusedJobOffers(m.consecutiveRefusedJobOffers());
        if (m.selfCare().isPresent()) {
          selfCare(m.selfCare().get().failedItems());
        }
        if (m.carePlacement().isPresent()) {
          carePlacement(m.carePlacement().get());
        }
        // an absence in custody ends with a release from custody: the member counts again
        java.util.Optional<org.jiuzhu.core.household.Absence> away = h.absenceOn(m, date);
        if (away.isPresent()) {
          absence(away.get().reason(), away.get().since().toEpochDay());
        }
        for (Supporter s : m.supporters()) {
          int bits = 0;
          for (SupporterCondition c : s.conditions()) {
            bits |= conditionBit(c);
          }
          supporter(s.birthDate(), bits, s.annualIncome().isPresent() ? s.annualIncome().get().fen() : NO_AMOUNT,
              s.assetsWithinLowIncomeRules().isPresent() ? (s.assetsWithinLowIncomeRules().get() ? 1 : 0) : -1);
        }
      }
      applicant = -1;
      for (int i = 0; i < members.size(); i++) {
        if (ids[i].equals(h.applicantId())) {
          applicant = i;
          mFlags[first + i] |= M_APPLICANT;
          break;
        }
      }
      for (CurrentBenefit c : h.currentBenefits()) {
        if (c.memberId().isEmpty()) {
          currentBenefit(c.programmeId());
        }
      }
      for (LifeEvent e : h.events()) {
        event(e.type(), e.memberId().isPresent() ? indexOf(e.memberId().get()) : -1, e.date().toEpochDay(),
            e.amount().isPresent() ? e.amount().get().fen() : NO_AMOUNT);
      }
      List<IncomeItem> incomes = h.incomes();
      for (int i = 0, c = incomes.size(); i < c; i++) {
        IncomeItem x = incomes.get(i);
        income(indexOf(x.memberId()), x.monthIndex(), x.category(), x.tagBits(), x.netFen());
      }
      for (Expenditure x : h.expenditures()) {
        expenditure(x.memberId().isPresent() ? indexOf(x.memberId().get()) : -1,
            monthIndex(x.month().getYear(), x.month().getMonthValue()), x.category(), x.amount().fen(), x.grantsReceived().fen());
      }
      for (FinancialAsset a : h.financialAssets()) {
        financialAsset(a.ownerMemberId().isPresent() ? indexOf(a.ownerMemberId().get()) : -1, a.value().fen(),
            a.earmarkedForMajorIllness(), a.earmarkedUntil().isPresent() ? a.earmarkedUntil().get().toEpochDay() : NONE);
      }
      for (Vehicle v : h.vehicles()) {
        vehicle(v.ownerMemberId().isPresent() ? indexOf(v.ownerMemberId().get()) : -1, v.type(), v.use(), v.value().fen());
      }
      for (Home x : h.homes()) {
        home(x.floorArea(), x.unsafe() && x.livedIn());
      }
      for (NonResidentialProperty x : h.nonResidentialProperties()) {
        nonResidential(x.onlyDwelling());
      }
      for (BusinessRegistration b : h.businesses()) {
        business(b.type(), b.employees(), b.active());
      }
    } catch (RuntimeException e) {
      abandon();
      throw e;
    }
    int row;
    try {
      row = endHousehold();
    } catch (RuntimeException e) {
      abandon();
      throw e;
    }
    if (hObject != null) {
      hObject[row] = h;
    }
    return row;
  }

  /** Drops the household being built (after an error), leaving the batch as it was before it. */
  public void abandon() {
    building = false;
    memberTotal = hMemberStart[size];
    vehicleTotal = hVehicleStart[size];
    supporterTotal = memberTotal == 0 ? 0 : mSupporterStart[memberTotal];
  }

  static boolean isCategory(int ordinal, DisabilityCategory c) {
    return ordinal == c.ordinal();
  }
}
