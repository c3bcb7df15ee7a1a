package org.jiuzhu.rules.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.core.review.CaseByCase;
import org.jiuzhu.core.review.RegionLimit;
import org.jiuzhu.core.text.Messages;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.cn.CnRulebook;

/**
 * The limits a region's parameters put on what a level may grant case by case (一事一议), for one
 * household on one date — to give {@link CaseByCase} beside the situation catalogue, so that a
 * catalogue never lets a level grant more than the region allows it:
 *
 * <ul>
 *   <li>temporary assistance ({@code cn.temporary-assistance}): a township approves up to {@code
 *       temporary.township-approval-max-months} × the monthly 低保 standard of the applicant's hukou
 *       type (DOMAIN.md §9; the same limit {@code screen} uses to send a grant to the county).
 * </ul>
 *
 * <p>A parameter the region does not set gives no limit.
 *
 * @since 0.2.0
 */
public final class RegionLimits {
  private static final Messages TEXT = Messages.bundle("org.jiuzhu.rules.review.messages", RegionLimits.class);

  private RegionLimits() {}

  /** The limits of {@code policy} for {@code household} on {@code date}, at the household's region. */
  public static List<RegionLimit> of(Policy policy, Household household, LocalDate date) {
    PolicySnapshot p = policy.snapshot(household.region(), date);
    List<RegionLimit> limits = new ArrayList<>();
    boolean urban = household.applicant().hukouType() == HukouType.URBAN;
    ParameterKey<Money> standardKey = urban ? CnParameters.DIBAO_STANDARD_URBAN : CnParameters.DIBAO_STANDARD_RURAL;
    Optional<Money> standard = p.find(standardKey);
    Optional<BigDecimal> months = p.find(CnParameters.TEMPORARY_TOWNSHIP_MAX_MONTHS);
    Optional<ParameterValue> source = p.provenance(CnParameters.TEMPORARY_TOWNSHIP_MAX_MONTHS);
    if (standard.isPresent() && months.isPresent() && source.isPresent()) {
      // as the rulebook computes it: the standard × the months, rounded down to the fen
      Money max = standard.get().times(months.get(), RoundingMode.DOWN);
      String m = months.get().stripTrailingZeros().toPlainString();
      String kind = urban ? "urban" : "rural";
      limits.add(new RegionLimit(DecisionLevel.TOWNSHIP, CnRulebook.TEMPORARY, max,
          CnParameters.TEMPORARY_TOWNSHIP_MAX_MONTHS.name(),
          TEXT.zh("limit.temporary.township", m, TEXT.zh("standard." + kind), standard.get()),
          TEXT.en("limit.temporary.township", m, TEXT.en("standard." + kind), standard.get()),
          source.get().legalReference(), source.get().status()));
    }
    return limits;
  }
}
