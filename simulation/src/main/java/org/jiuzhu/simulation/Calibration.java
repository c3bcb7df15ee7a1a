package org.jiuzhu.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.policyfile.PolicyFileLoader;
import org.jiuzhu.rules.policyfile.PolicyFileModule;
import org.jiuzhu.rules.population.PopulationParameters;

/**
 * Fits a place's population parameters to its {@link Targets} and writes them as a policy file.
 *
 * <p>On one seeded population (common random numbers, so every objective is a deterministic
 * function of the parameters). First the age structure — {@code population.elderly-share} and
 * {@code population.elderly-share.rural}, scaled by one factor that keeps their ratio (the census
 * age targets are not by hukou), and {@code population.child-share} — against the {@code
 * age-share} targets, on generated households alone, by Nelder–Mead ({@link SimplexOptimizer} of
 * Apache Commons Math, over logarithms of multiples and logits of shares). Then <b>take-up</b>, on
 * full simulations, each rate by bisection (Commons Math's {@code BisectionSolver}: recipients rise
 * with take-up): the take-up of 特困 of each hukou ({@code population.take-up.tekun}, {@code
 * .tekun.rural}) against its 特困 target, of 低保 of each hukou ({@code population.take-up.dibao},
 * {@code .dibao.rural}) against its 低保 target, and of the marginal recognition ({@code
 * population.take-up.marginal}) against the marginal target — the targets count persons
 * <em>receiving</em>. Take-up is searched in [0.001, 1]; a target above what
 * everyone entitled would give (it needs take-up above 1: more recipients than entitled) is left at
 * take-up 1 and reported ({@link Result#beyondEntitlement()}); for 特困 the supporter share of its
 * hukou ({@code population.supporter-share}, {@code .rural}) is then lowered from its policy value
 * until entitlement reaches the target, the only stage that moves entitlement.
 *
 * <p><b>Held, not fitted</b>: the income locations {@code population.income.location.*} (at their
 * policy value, 1 by default: the mean of the log-normal draw of a household with an earner or an
 * employees' pension is the region's own disposable income per capita, its median e<sup>−σ²/2</sup>
 * of that, 0.835 at σ 0.6), the spread {@code population.income.sigma}, the share of households
 * without income {@code population.income.none-share}, asset shares and vehicle ownership. Earlier
 * versions fitted the locations with take-up 1 and drove them to 1.6–10 × the statistic.
 *
 * @since 0.2.0
 */
public final class Calibration {
  /** The shipped fitted values, next to this class. */
  public static final String SHIPPED = "calibrated/cn-calibrated.yaml";

  private static final int MAX_EVALUATIONS = 200;

  private Calibration() {}

  /** {@code policy} with the shipped calibrated values in force (each shipped place's fitted population parameters). */
  public static Policy shipped(Policy policy) {
    checkNotNull(policy, "policy");
    // read here, in this module (the resource's package is not open to the rules module)
    try (java.io.InputStream in = Calibration.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("resource " + SHIPPED + " not found next to " + Calibration.class.getName());
      }
      var file = new PolicyFileLoader(CnParameters.catalog()).load("cn-calibrated.yaml", in);
      return policy.toBuilder().override(PolicyFileModule.of("calibrated", List.of(file))).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a fit found for one place.
   *
   * @param place the place
   * @param fitted the fitted parameter values, by key, in order
   * @param targets the place's targets
   * @param aggregates the run with the fitted values
   * @param seed the population's seed
   * @param households generated households
   * @param date the date of the rules
   * @param evaluations objective evaluations used
   * @param beyondEntitlement the targets that even take-up 1 does not reach (more recipients than entitled)
   */
  public record Result(String place, ImmutableMap<String, BigDecimal> fitted, ImmutableList<Targets.Target> targets,
      Aggregates aggregates, long seed, int households, LocalDate date, int evaluations, ImmutableList<Shortfall> beyondEntitlement) {}

  /**
   * A target that needs take-up above 1: with everyone entitled receiving ({@code key} at 1) the
   * simulated value is {@code atFullTakeUp}, below the target {@code target}. For 特困 the
   * supporter share {@code supporterKey} was lowered to {@code supporterShare} instead (else both
   * null): incomes are not raised or lowered to make up the difference.
   *
   * @param target the target's id
   * @param key the take-up key, left at 1
   * @param atFullTakeUp the simulated value with take-up 1
   * @param value the target's value
   * @param supporterKey the supporter share lowered, or null
   * @param supporterShare its fitted value, or null
   */
  public record Shortfall(String target, String key, double atFullTakeUp, double value, String supporterKey, BigDecimal supporterShare) {
    /** The take-up the target would need: its value ÷ the value with take-up 1. */
    public double needed() {
      return atFullTakeUp <= 0 ? Double.POSITIVE_INFINITY : value / atFullTakeUp;
    }
  }

  /**
   * Fits {@code place}'s parameters under {@code policy} to its targets.
   *
   * @throws IllegalArgumentException if {@code targets} has no target for the place
   */
  public static Result fit(Policy policy, String place, Targets targets, long seed, int households, LocalDate date, int threads)
      throws IOException {
    List<Targets.Target> mine = targets.forPlace(place);
    checkArgument(!mine.isEmpty(), "no target names place %s; expected one of %s", place, targets.places());
    RegionCode region = RegionCode.parse(place);
    PolicySnapshot s = policy.snapshot(region, date);
    double elderlyUrban = s.get(PopulationParameters.ELDERLY_SHARE).doubleValue();
    double elderlyRural = s.get(PopulationParameters.ELDERLY_SHARE_RURAL).doubleValue();
    double maxElderly = Math.max(elderlyUrban, elderlyRural);
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    int[] evaluations = {0};

    List<Targets.Target> ages = mine.stream().filter(t -> t.fit() && t.measure().equals("age-share")).toList();
    if (!ages.isEmpty()) {
      double[] x = minimise(new double[] {0, logit(s.get(PopulationParameters.CHILD_SHARE).doubleValue())}, p -> {
        evaluations[0]++;
        Map<String, BigDecimal> v = ageValues(p, elderlyUrban, elderlyRural, maxElderly);
        return squaredErrors(ages, ageAggregates(with(policy, place, date, v), seed, households, region, date));
      });
      values.putAll(ageValues(x, elderlyUrban, elderlyRural, maxElderly));
    }
    List<Targets.Target> rates = mine.stream()
        .filter(t -> t.fit() && (t.measure().equals("recipient-rate") || t.measure().equals("household-rate"))).toList();
    List<Shortfall> beyond = new ArrayList<>();
    // 特困 first: lowering a supporter share (when even full take-up falls short) moves 低保 entitlement too
    for (Targets.Target t : rates) {
      if (!t.programmes().contains(CnRulebook.TEKUN)) {
        continue;
      }
      List<String> keys = byHukou(t, PopulationParameters.TAKE_UP_TEKUN.name(), PopulationParameters.TAKE_UP_TEKUN_RURAL.name());
      double full = fitTakeUp(policy, place, date, seed, households, region, threads, values, t, keys, evaluations);
      if (full < t.value().doubleValue()) {
        List<String> supporters = byHukou(t, PopulationParameters.SUPPORTER_SHARE.name(), PopulationParameters.SUPPORTER_SHARE_RURAL.name());
        double start = s.get(t.hukou().orElse(HukouType.URBAN) == HukouType.URBAN ? PopulationParameters.SUPPORTER_SHARE
            : PopulationParameters.SUPPORTER_SHARE_RURAL).doubleValue();
        Map<String, BigDecimal> fixed = new LinkedHashMap<>(values);
        java.util.function.DoubleUnaryOperator gap = share -> {
          evaluations[0]++;
          Map<String, BigDecimal> v = new LinkedHashMap<>(fixed);
          supporters.forEach(k -> v.put(k, round(share)));
          return simulated(t, simulate(with(policy, place, date, v), seed, households, region, date, threads)) - t.value().doubleValue();
        };
        // 特困 falls as supporters rise
        double share = root(gap, SUPPORTER_LOW, Math.max(SUPPORTER_LOW, start));
        supporters.forEach(k -> values.put(k, round(share)));
        beyond.add(new Shortfall(t.id(), keys.get(0), full, t.value().doubleValue(), supporters.get(0), round(share)));
      }
    }
    for (Targets.Target t : rates) {
      List<String> keys;
      if (t.programmes().contains(CnRulebook.TEKUN)) {
        continue;
      } else if (t.programmes().contains(CnRulebook.DIBAO) || t.programmes().contains(CnRulebook.DIBAO_SINGLE)) {
        keys = byHukou(t, PopulationParameters.TAKE_UP_DIBAO.name(), PopulationParameters.TAKE_UP_DIBAO_RURAL.name());
      } else if (t.programmes().contains(CnRulebook.MARGINAL)) {
        keys = List.of(PopulationParameters.TAKE_UP_MARGINAL.name());
      } else {
        continue; // no take-up of its own: reported beside the fit, not fitted
      }
      double full = fitTakeUp(policy, place, date, seed, households, region, threads, values, t, keys, evaluations);
      if (full < t.value().doubleValue()) {
        beyond.add(new Shortfall(t.id(), keys.get(0), full, t.value().doubleValue(), null, null));
      }
    }
    Aggregates a = simulate(with(policy, place, date, values), seed, households, region, date, threads);
    return new Result(place, ImmutableMap.copyOf(values), ImmutableList.copyOf(mine), a, seed, households, date, evaluations[0],
        ImmutableList.copyOf(beyond));
  }

  /** The lowest take-up searched: take-up is in (0, 1]. */
  static final double TAKE_UP_LOW = 0.001;

  /** The urban key and the rural key for a target of all persons, else the one of its hukou. */
  private static List<String> byHukou(Targets.Target t, String urban, String rural) {
    return t.hukou().isEmpty() ? List.of(urban, rural) : List.of(t.hukou().get() == HukouType.URBAN ? urban : rural);
  }

  private static double simulated(Targets.Target t, Aggregates a) {
    Double sim = t.simulated(a);
    return sim == null ? 0 : sim;
  }

  /**
   * Fits the take-up {@code keys} (into {@code values}) to target {@code t} by bisection; returns
   * what the target's measure is at take-up 1 (everyone entitled receiving) when that falls short
   * of the target (take-up then left at 1), else {@code Double.POSITIVE_INFINITY}.
   */
  private static double fitTakeUp(Policy policy, String place, LocalDate date, long seed, int households, RegionCode region,
      int threads, Map<String, BigDecimal> values, Targets.Target t, List<String> keys, int[] evaluations) {
    Map<String, BigDecimal> fixed = new LinkedHashMap<>(values);
    double[] atFull = {Double.NaN};
    java.util.function.DoubleUnaryOperator gap = rate -> {
      evaluations[0]++;
      Map<String, BigDecimal> v = new LinkedHashMap<>(fixed);
      keys.forEach(k -> v.put(k, round(rate)));
      double sim = simulated(t, simulate(with(policy, place, date, v), seed, households, region, date, threads));
      if (rate >= 1) {
        atFull[0] = sim;
      }
      return t.value().doubleValue() - sim; // recipients rise with take-up: the gap falls
    };
    double rate = root(gap, TAKE_UP_LOW, 1);
    keys.forEach(k -> values.put(k, round(rate)));
    return rate >= 1 && atFull[0] < t.value().doubleValue() ? atFull[0] : Double.POSITIVE_INFINITY;
  }

  /**
   * The best point Nelder–Mead finds from {@code start}: where it converges, or the best point seen
   * when it reaches {@value #MAX_EVALUATIONS} evaluations first.
   */
  private static double[] minimise(double[] start, java.util.function.ToDoubleFunction<double[]> f) {
    double[] best = start.clone();
    double[] bestValue = {Double.POSITIVE_INFINITY};
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-3, 1e-6);
    try {
      PointValuePair p = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(x -> {
        double v = f.applyAsDouble(x);
        if (v < bestValue[0]) {
          bestValue[0] = v;
          System.arraycopy(x, 0, best, 0, x.length);
        }
        return v;
      }), GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(start.length, 0.25));
      return p.getValue() <= bestValue[0] ? p.getPoint() : best;
    } catch (org.apache.commons.math3.exception.TooManyEvaluationsException e) {
      return best;
    }
  }

  /** The range searched for a supporter share. */
  private static final double SUPPORTER_LOW = 0.01;

  /**
   * Where the decreasing step function {@code gap} crosses 0 in [lo, hi], by bisection of Apache
   * Commons Math ({@code BisectionSolver}, to 0.001); the nearer end when it does not change sign
   * ({@code hi} is evaluated before {@code lo}: a gap still above 0 at {@code hi} ends the search).
   */
  private static double root(java.util.function.DoubleUnaryOperator gap, double lo, double hi) {
    double atHi = gap.applyAsDouble(hi);
    if (atHi >= 0) {
      return hi;
    }
    double atLo = gap.applyAsDouble(lo);
    if (atLo <= 0) {
      return lo;
    }
    try {
      return new org.apache.commons.math3.analysis.solvers.BisectionSolver(1e-3).solve(30, gap::applyAsDouble, lo, hi);
    } catch (org.apache.commons.math3.exception.TooManyEvaluationsException e) {
      return (lo + hi) / 2;
    }
  }

  private static Map<String, BigDecimal> ageValues(double[] p, double urban, double rural, double max) {
    double scale = Math.min(Math.exp(p[0]), 0.95 / max);
    Map<String, BigDecimal> v = new LinkedHashMap<>();
    v.put(PopulationParameters.ELDERLY_SHARE.name(), round(urban * scale));
    v.put(PopulationParameters.ELDERLY_SHARE_RURAL.name(), round(rural * scale));
    v.put(PopulationParameters.CHILD_SHARE.name(), round(logistic(p[1])));
    return v;
  }

  /** Four decimals, so that the values written are the values fitted. */
  private static BigDecimal round(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN);
  }

  private static double logit(double p) {
    double q = Math.min(0.999, Math.max(0.001, p));
    return Math.log(q / (1 - q));
  }

  private static double logistic(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  private static double squaredErrors(List<Targets.Target> targets, Aggregates a) {
    double sum = 0;
    for (Targets.Target t : targets) {
      Double e = t.relativeError(a);
      sum += e == null ? 1 : e * e;
    }
    return sum;
  }

  /** Ages only: the households generated, no screening. */
  private static Aggregates ageAggregates(Policy policy, long seed, int households, RegionCode region, LocalDate date) {
    PopulationGenerator g = new PopulationGenerator(policy, seed, List.of(region), date);
    Aggregates a = new Aggregates();
    for (int i = 0; i < households; i++) {
      Household h = g.household(i);
      int[] ages = new int[HouseholdOutcome.AGE_BANDS];
      for (Member m : h.members()) {
        ages[Math.min(HouseholdOutcome.AGE_BANDS - 1, m.ageOn(date) / 5)]++;
      }
      a.add(new HouseholdOutcome(h.id(), h.region(), h.applicant().hukouType(), h.members().size(), HouseholdOutcome.ONE, 0, 1, List.of(),
          List.of(), List.of(), List.of(), ages, 0, 0, List.of(), null, null));
    }
    return a;
  }

  static Aggregates simulate(Policy policy, long seed, int households, RegionCode region, LocalDate date, int threads)
      throws UncheckedIOException {
    try {
      return new Simulation(new Evaluator(policy, Optional.empty(), date), threads)
          .run(HouseholdSource.generated(new PopulationGenerator(policy, seed, List.of(region), date), households), null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code policy} with {@code values} in force for {@code place} from the start of the date's year. */
  static Policy with(Policy policy, String place, LocalDate date, Map<String, BigDecimal> values) {
    if (values.isEmpty()) {
      return policy;
    }
    String yaml = policyFile(place, values, LocalDate.of(date.getYear(), 1, 1), "candidate", "");
    PolicyFileLoader loader = new PolicyFileLoader(CnParameters.catalog());
    var file = loader.load("candidate", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    return policy.toBuilder().override(PolicyFileModule.of("candidate", List.of(file))).build();
  }

  /** The parameters entries of one place's values, as policy-file YAML (no header). */
  static String policyFile(String place, Map<String, BigDecimal> values, LocalDate from, String reference, String note) {
    StringBuilder y = new StringBuilder();
    y.append("format: ").append(PolicyFileLoader.FORMAT).append("\nparameters:\n");
    values.forEach((k, v) -> y.append(entry(place, k, v, from, reference, note)));
    return y.toString();
  }

  private static String entry(String place, String key, BigDecimal v, LocalDate from, String reference, String note) {
    return "  - key: " + key + "\n    region: \"" + place + "\"\n    unit: ratio\n    reference: \"" + reference.replace("\"", "'")
        + "\"\n    status: illustrative\n    note: \"" + note.replace("\"", "'") + "\"\n    values:\n      - from: " + from
        + "\n        value: " + v.toPlainString() + "\n";
  }

  /**
   * The fitted values of {@code results} as one policy file ({@code jiuzhu-policy/1}): each value's
   * reference says {@code calibrated}, its note names the targets used, the seed, the households and
   * the date. Status is {@code illustrative}: a fitted value is only as good as its targets.
   */
  public static String write(List<Result> results, String targetsSource, String command) {
    StringBuilder y = new StringBuilder();
    y.append("# Calibrated population parameters (status: calibrated — fitted, not official).\n")
        .append("# Written by: ").append(command).append("\n")
        .append("# Targets: ").append(targetsSource).append(" (docs/targets.md). Optimisers: Nelder-Mead (ages), bisection (take-up), Apache Commons Math 3.6.1.\n")
        .append("format: ").append(PolicyFileLoader.FORMAT).append("\nmodule: org.jiuzhu.calibrated\n")
        .append("description: \"Population parameters fitted by ./jiuzhu calibrate (calibrated, illustrative)\"\nparameters:\n");
    for (Result r : results) {
      List<String> ids = new ArrayList<>();
      r.targets().stream().filter(Targets.Target::fit).forEach(t -> ids.add(t.id() + " (" + t.status().id() + ")"));
      String note = String.format(Locale.ROOT, "calibrated: fitted to targets %s of %s; seed %d, %d households, rules of %s, %d"
          + " evaluations", ids, targetsSource, r.seed(), r.households(), r.date(), r.evaluations());
      r.fitted().forEach((k, v) -> y.append(entry(r.place(), k, v, LocalDate.of(r.date().getYear(), 1, 1),
          "calibrated by ./jiuzhu calibrate (docs/targets.md)", note)));
    }
    return y.toString();
  }
}
