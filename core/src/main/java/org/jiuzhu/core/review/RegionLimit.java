package org.jiuzhu.core.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.ParameterStatus;

/**
 * The most one level may grant in one programme by the region's own parameters (e.g. a township
 * approves temporary assistance up to {@code temporary.township-approval-max-months} × the 低保
 * standard), whatever a situation catalogue allows the level. {@link CaseByCase} holds a decision
 * to the lower of the catalogue's limit and this one, and a refusal names the one that refused.
 *
 * @param level the level it binds
 * @param programmeId the programme it binds, e.g. {@code cn.temporary-assistance}
 * @param maxAmount the most the level may grant in one decision of the programme
 * @param parameterKey the parameter it comes from
 * @param ruleZh how the figure is reached, in Chinese (e.g. 乡镇审批权限 2 个月 × 低保标准 570.00 元)
 * @param ruleEn the same in English
 * @param legalReference the parameter's legal reference
 * @param status the parameter's status (verified with its source, or illustrative)
 * @since 0.2.0
 */
public record RegionLimit(DecisionLevel level, String programmeId, Money maxAmount, String parameterKey, String ruleZh,
    String ruleEn, String legalReference, ParameterStatus status) {
  /** Checks the fields. */
  public RegionLimit {
    checkNotNull(level, "level");
    checkNotNull(programmeId, "programmeId");
    checkNotNull(maxAmount, "maxAmount");
    checkNotNull(parameterKey, "parameterKey");
    checkNotNull(ruleZh, "ruleZh");
    checkNotNull(ruleEn, "ruleEn");
    checkNotNull(legalReference, "legalReference");
    checkNotNull(status, "status");
    checkArgument(!maxAmount.isNegative(), "the %s limit of the %s from %s is negative (%s)", programmeId, level,
        parameterKey, maxAmount);
  }
}
