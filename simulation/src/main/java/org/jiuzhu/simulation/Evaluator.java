package org.jiuzhu.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.PerStretch;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.catalogue.CatalogueScreening;
import org.jiuzhu.rules.catalogue.ProgrammeResult;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.cn.CnRulebook;

/**
 * One household through every programme of the catalogue in fast mode, under the baseline and
 * (when there is one) the reform, in the same call. Thread-safe; build one and share it.
 *
 * @since 0.1.0
 */
public final class Evaluator {
  private final CatalogueScreener baseline;
  private final CatalogueScreener reform;
  private final LocalDate date;
  private final PerStretch<long[]> standards;

  /**
   * Evaluates on {@code date} under {@code baseline} and, when present, {@code reform}.
   */
  public Evaluator(Policy baseline, Optional<Policy> reform, LocalDate date) {
    checkNotNull(baseline, "baseline");
    checkNotNull(reform, "reform");
    this.date = checkNotNull(date, "date");
    this.baseline = new CatalogueScreener(CnRulebook.create(baseline), Catalogue.cn());
    this.reform = reform.map(p -> new CatalogueScreener(CnRulebook.create(p), Catalogue.cn())).orElse(null);
    this.standards = new PerStretch<>(baseline, s -> new long[] {
        s.get(CnParameters.DIBAO_STANDARD_URBAN).fen(), s.get(CnParameters.DIBAO_STANDARD_RURAL).fen()});
  }

  /** The evaluation date. */
  public LocalDate date() {
    return date;
  }

  /** Whether a reform is evaluated beside the baseline. */
  public boolean hasReform() {
    return reform != null;
  }

  /**
   * Evaluates {@code household}, standing for {@code weight} households.
   *
   * @throws IllegalArgumentException if the weight is below 1
   */
  public HouseholdOutcome evaluate(Household household, long weight) {
    checkArgument(weight >= 1, "weight of household %s is %s; expected at least 1", household.id(), weight);
    HukouType hukou = household.applicant().hukouType();
    long standard = standards.get(household.region(), date)[hukou == HukouType.URBAN ? 0 : 1];
    int persons = household.members().size();
    List<HouseholdOutcome.ProgrammeAmount> base = amounts(baseline.screenFast(household, date), persons);
    List<HouseholdOutcome.ProgrammeAmount> ref = reform == null ? base : amounts(reform.screenFast(household, date), persons);
    return new HouseholdOutcome(household.id(), household.region(), hukou, persons, weight, marketIncome(household, date),
        standard * persons, base, ref);
  }

  private static List<HouseholdOutcome.ProgrammeAmount> amounts(CatalogueScreening s, int persons) {
    ImmutableList.Builder<HouseholdOutcome.ProgrammeAmount> out = ImmutableList.builder();
    for (ProgrammeResult r : s.results()) {
      if (r.isEligible()) {
        int whom = r.members().isEmpty() ? persons : r.members().size();
        out.add(new HouseholdOutcome.ProgrammeAmount(r.programme().id(), whom, fen(r.monthly()),
            fen(r.yearly()), fen(r.oneOff())));
      }
    }
    return out.build();
  }

  private static long fen(Money m) {
    return m == null ? 0 : m.fen();
  }

  /**
   * Net income of the household per month: the net of its income items in the {@value
   * Microdata#MONTHS} months before {@code date}, divided by {@value Microdata#MONTHS} (rounded
   * down to the fen). A fixed window, so that adding a month of income never lowers the figure.
   */
  static long marketIncome(Household h, LocalDate date) {
    int last = date.getYear() * 12 + date.getMonthValue() - 2;
    int first = last - Microdata.MONTHS + 1;
    long sum = 0;
    for (IncomeItem i : h.incomes()) {
      int m = i.monthIndex();
      if (m >= first && m <= last) {
        sum += i.netFen();
      }
    }
    return Math.floorDiv(sum, Microdata.MONTHS);
  }
}
