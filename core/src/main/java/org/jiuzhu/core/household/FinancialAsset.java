package org.jiuzhu.core.household;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationTexts;

/**
 * A financial asset (金融资产): deposits, securities, funds, insurance with a cash value, claims,
 * online assets. A deposit earmarked for treating a major illness may be exempted by the rules.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FinancialAsset {
  FinancialAsset() {}

  /** The member who owns it, where known. */
  public abstract Optional<String> ownerMemberId();

  /** The kind of asset. */
  public abstract FinancialAssetType type();

  /** The current value. */
  public abstract Money value();

  /** Earmarked for treating a member's major illness (专门用于重特大疾病治疗). */
  @Value.Default
  public boolean earmarkedForMajorIllness() {
    return false;
  }

  /** Until when the earmark holds, where given. */
  public abstract Optional<LocalDate> earmarkedUntil();

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (value().isNegative()) {
      p.add("value", "asset.value.negative", ValidationTexts.text("problem.asset.value.negative", value()));
    }
    if (earmarkedUntil().isPresent() && !earmarkedForMajorIllness()) {
      p.add("earmarkedUntil", "asset.earmark.inconsistent", ValidationTexts.text("problem.asset.earmark.inconsistent"));
    }
    if (!p.isEmpty()) { // the subject is only written for a problem
      p.throwIfAny(ValidationTexts.subject("financial-asset"));
    }
  }

  /** Builds a {@link FinancialAsset}. */
  public static final class Builder extends ImmutableFinancialAsset.Builder {}
}
