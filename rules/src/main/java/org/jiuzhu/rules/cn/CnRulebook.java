package org.jiuzhu.rules.cn;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Explainer;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.PerStretch;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.batch.BatchResult;
import org.jiuzhu.rules.batch.HouseholdBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * China's national rulebook: people in extreme poverty (特困, {@value #TEKUN}), minimum living
 * allowance (低保, {@value #DIBAO}), 低保 for one member alone (单人户, {@value #DIBAO_SINGLE}),
 * marginal households (低保边缘家庭, {@value #MARGINAL}), rigid-expenditure
 * households (刚性支出困难家庭, {@value #RIGID}) and temporary assistance (临时救助,
 * {@value #TEMPORARY}), evaluated in that order for one household on one date.
 *
 * <p>One rule, two speeds: {@link #evaluate} records every check and writes a bilingual
 * explanation for caseworkers; {@link #evaluateFast} runs the same code with recording off, for
 * population runs. Outcomes, amounts and fingerprints are the same in both.
 *
 * <pre>{@code
 * CnRulebook rulebook = CnRulebook.create(Policy.installed());
 * Screening s = rulebook.evaluate(household, LocalDate.of(2025, 10, 1));
 * Determination dibao = s.get(CnRulebook.DIBAO).orElseThrow();
 * }</pre>
 *
 * <p>Thread-safe: parameters are resolved once per region and stretch of unchanged dates.
 *
 * @since 0.1.0
 */
public final class CnRulebook {
  /** The rulebook version recorded in every determination. */
  public static final String VERSION = "jiuzhu-cn-rulebook/0.1.0";

  /** Programme id of the minimum living allowance (低保). */
  public static final String DIBAO = "cn.dibao";
  /** Programme id of 低保 for one member alone (单人户). */
  public static final String DIBAO_SINGLE = "cn.dibao-single-person";
  /** Programme id of support for people in extreme poverty (特困). */
  public static final String TEKUN = "cn.tekun";
  /** Programme id of the marginal-household recognition (低保边缘家庭). */
  public static final String MARGINAL = "cn.dibao-marginal";
  /** Programme id of the rigid-expenditure-household recognition (刚性支出困难家庭). */
  public static final String RIGID = "cn.rigid-expenditure";
  /** Programme id of temporary assistance (临时救助). */
  public static final String TEMPORARY = "cn.temporary-assistance";

  /** Every programme id, in evaluation order. */
  public static final ImmutableList<String> PROGRAMMES = ImmutableList.of(TEKUN, DIBAO, DIBAO_SINGLE, MARGINAL, RIGID, TEMPORARY);

  private static final Logger LOG = LoggerFactory.getLogger(CnRulebook.class);

  private final Policy policy;
  private final PerStretch<CnParams> params;
  private final HouseholdBatch.Specs specs;

  private CnRulebook(Policy policy) {
    this.policy = checkNotNull(policy, "policy");
    this.params = new PerStretch<>(policy, CnParams::new);
    this.specs = (region, date) -> new CnSpec(params.get(region, date), policy, region, date);
  }

  /** The rulebook over {@code policy}. */
  public static CnRulebook create(Policy policy) {
    return new CnRulebook(policy);
  }

  /**
   * Whether {@code m} can work on {@code date}, by the rulebook's own test: as assessed where an
   * assessment is given, else aged from {@code tekun.age.no-work-capacity-below} up to below {@code
   * tekun.age.elderly} in {@code snapshot}, without a severe disability (grade 1 or 2) or a grade 3
   * intellectual or mental one.
   */
  public static boolean ableToWork(org.jiuzhu.core.household.Member m, LocalDate date, PolicySnapshot snapshot) {
    if (m.workCapacity().isPresent()) {
      return m.workCapacity().get() != org.jiuzhu.core.household.WorkCapacity.NONE;
    }
    int age = m.ageOn(date);
    boolean severe = m.disability().isPresent() && m.disability().get().grade() <= 2;
    boolean grade3 = m.disability().isPresent() && m.disability().get().grade() == 3
        && (m.disability().get().category() == org.jiuzhu.core.household.DisabilityCategory.INTELLECTUAL
            || m.disability().get().category() == org.jiuzhu.core.household.DisabilityCategory.MENTAL);
    return age >= snapshot.get(CnParameters.TEKUN_AGE_CHILD) && age < snapshot.get(CnParameters.TEKUN_AGE_ELDERLY) && !severe && !grade3;
  }

  /**
   * The parameter fingerprint every determination made for a household of {@code region} on {@code
   * date} carries ({@link org.jiuzhu.core.eligibility.Determination#parameterFingerprint()}, the
   * screening notice's 参数指纹): SHA-256 over the rulebook's parameter values in force there and
   * then, calibration anchors excepted. It is not the fingerprint of the whole snapshot ({@link
   * PolicySnapshot#fingerprint()}), which covers every value, the catalogue's and the population's too.
   *
   * @throws org.jiuzhu.core.policy.UnknownRegionException if the region is unknown
   */
  public String parameterFingerprint(RegionCode region, LocalDate date) {
    return params.get(checkNotNull(region, "region"), checkNotNull(date, "date")).fingerprint;
  }

  /** The policy whose parameters this rulebook reads. */
  public Policy policy() {
    return policy;
  }

  /**
   * Every programme for {@code household} on {@code date}, with findings and explanations.
   *
   * @throws org.jiuzhu.core.policy.UnknownRegionException if the household's region is unknown
   * @throws org.jiuzhu.core.policy.MissingParameterException if a value the household needs is
   *     missing, naming key, region and date
   * @throws org.jiuzhu.core.validation.ValidationException if a part of the household is dated
   *     after {@code date} (a member not yet born, later income, spending or events), naming each
   *     path ({@link Household#problemsOn})
   */
  public Screening evaluate(Household household, LocalDate date) {
    return run(household, date, true);
  }

  /** The same decisions as {@link #evaluate}, without findings or explanations. */
  public Screening evaluateFast(Household household, LocalDate date) {
    return run(household, date, false);
  }

  private Screening run(Household household, LocalDate date, boolean explain) {
    checkNotNull(household, "household");
    checkNotNull(date, "date");
    One one = ONE.get();
    if (one.batch == null || one.rulebook != this || !one.batch.date().equals(date)) {
      one.rulebook = this;
      one.batch = new HouseholdBatch(this, specs, date, 1, true);
      one.facts = new Facts(policy);
    }
    HouseholdBatch batch = one.batch;
    batch.clear();
    try {
      int row = batch.add(household);
      Programmes programmes = explain ? one.explain : one.objects;
      Facts f = one.facts;
      f.at(batch, row, ((CnSpec) batch.spec(batch.specIndex(row))).p, household.region());
      programmes.run(f);
      Screening screening = new Screening(household.id(), household.region(), date, programmes.determinations());
      if (LOG.isDebugEnabled()) {
        // the case id, region, date and outcomes only: never a name or an ID number
        StringBuilder sb = new StringBuilder();
        for (Determination d : screening.determinations()) {
          sb.append(' ').append(d.programmeId()).append('=').append(d.outcome());
          if (d.monthlyAmount().isPositive()) {
            sb.append('/').append(d.monthlyAmount());
          }
          if (d.oneOffAmount().isPositive()) {
            sb.append('/').append(d.oneOffAmount());
          }
        }
        LOG.debug("evaluated household {} ({} members) in {} on {} ({} mode):{}", household.id(), household.members().size(),
            household.region(), date, explain ? "explain" : "fast", sb);
      }
      return screening;
    } finally {
      batch.clear();
    }
  }

  /** Per-thread scratch of the one-household path: a batch of one, the facts view and two engines. */
  private static final class One {
    CnRulebook rulebook;
    HouseholdBatch batch;
    Facts facts;
    final Programmes explain = new Programmes(true, true);
    final Programmes objects = new Programmes(false, true);
  }

  private static final ThreadLocal<One> ONE = ThreadLocal.withInitial(One::new);

  /**
   * An empty {@link HouseholdBatch} for {@code date}, reduced by this rulebook's parameters, for
   * {@link #evaluateFast(HouseholdBatch, LocalDate, BatchResult)}. Fill it with {@code add(Household)}
   * or the row-level appender; reuse it with {@code clear()}. One per thread.
   */
  public HouseholdBatch newBatch(LocalDate date, int capacity) {
    return newBatch(date, capacity, false);
  }

  /**
   * As {@link #newBatch(LocalDate, int)}; with {@code keepObjects} the batch also keeps each
   * household object added with {@code add(Household)} ({@link HouseholdBatch#object}), which the
   * catalogue's batch path reads for the few households it screens through the object path.
   */
  public HouseholdBatch newBatch(LocalDate date, int capacity, boolean keepObjects) {
    checkNotNull(date, "date");
    return new HouseholdBatch(this, specs, date, capacity, keepObjects);
  }

  /**
   * Every programme for every household of {@code batch} on {@code date}, into {@code result}
   * (outcome, monthly and one-off fen, level and review code per household and programme, in the
   * order of {@link #PROGRAMMES}): the same decisions as {@link #evaluate}, with no allocation per
   * household. Thread-safe for distinct batches and results (the compiled parameters are shared).
   *
   * @throws IllegalArgumentException if the batch was built by another rulebook or for another date
   */
  public void evaluateFast(HouseholdBatch batch, LocalDate date, BatchResult result) {
    checkNotNull(batch, "batch");
    checkNotNull(date, "date");
    checkNotNull(result, "result");
    if (batch.owner() != this) {
      throw new IllegalArgumentException("batch was built by another rulebook; expected one from this rulebook's newBatch()");
    }
    if (!batch.date().equals(date)) {
      throw new IllegalArgumentException("batch was built for " + batch.date() + "; expected " + date);
    }
    Fast fast = FAST.get();
    int specs = batch.specCount();
    if (fast.params.length < specs) {
      fast.params = new CnParams[Math.max(specs, 2 * fast.params.length)];
      fast.fingerprints = new String[fast.params.length];
      fast.regions = new RegionCode[fast.params.length];
    }
    CnParams[] ps = fast.params;
    RegionCode[] regions = fast.regions;
    for (int i = 0; i < specs; i++) {
      ps[i] = ((CnSpec) batch.spec(i)).p;
      fast.fingerprints[i] = ps[i].fingerprint;
      regions[i] = batch.specRegion(i);
    }
    int size = batch.size();
    result.reset(size, fast.fingerprints);
    if (fast.facts == null || fast.facts.policy != policy) {
      fast.facts = new Facts(policy);
    }
    Facts f = fast.facts;
    Engine engine = fast.engine;
    for (int row = 0; row < size; row++) {
      int s = batch.specIndex(row);
      f.at(batch, row, ps[s], regions[s]);
      engine.run(f, result, row, s);
    }
    // no reference to the batch or its parameters is kept beyond the call
    f.b = null;
    f.h = null;
    java.util.Arrays.fill(ps, 0, specs, null);
    java.util.Arrays.fill(regions, 0, specs, null);
  }

  /** Per-thread scratch of the batch path: the facts view, the engine and the parameters by spec index. */
  private static final class Fast {
    Facts facts;
    final Engine engine = Engine.batch();
    CnParams[] params = new CnParams[16];
    String[] fingerprints = new String[16];
    RegionCode[] regions = new RegionCode[16];
  }

  private static final ThreadLocal<Fast> FAST = ThreadLocal.withInitial(Fast::new);

  static Explainer explainer(boolean explain) {
    return explain ? Explainer.recording() : Explainer.off();
  }
}
