package org.jiuzhu.core.household;

import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationTexts;

/**
 * One month of one kind of rigid spending (刚性支出), with the grants and donations received
 * towards it, which the rules deduct.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Expenditure {
  Expenditure() {}

  /** The member the spending was for, where it was for one. */
  public abstract Optional<String> memberId();

  /** The kind of spending. */
  public abstract ExpenditureCategory category();

  /** The month the money was spent. */
  public abstract YearMonth month();

  /** The amount spent. */
  public abstract Money amount();

  /** Grants and donations received towards this spending (获得的救助、捐赠). */
  @Value.Default
  public Money grantsReceived() {
    return Money.ZERO;
  }

  /** Amount minus grants received. */
  public Money net() {
    return amount().minus(grantsReceived());
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (amount().isNegative()) {
      p.add("amount", "expenditure.amount.negative", ValidationTexts.text("problem.expenditure.amount.negative", amount()));
    }
    if (grantsReceived().isNegative()) {
      p.add("grantsReceived", "expenditure.grants.negative", ValidationTexts.text("problem.expenditure.grants.negative", grantsReceived()));
    }
    if (!amount().isNegative() && grantsReceived().isGreaterThan(amount())) {
      p.add("grantsReceived", "expenditure.grants.exceedAmount",
          ValidationTexts.text("problem.expenditure.grants.exceedAmount", grantsReceived(), amount()));
    }
    if (!p.isEmpty()) { // the subject is only written for a problem
      p.throwIfAny(ValidationTexts.subject("expenditure"));
    }
  }

  /** Builds an {@link Expenditure}. */
  public static final class Builder extends ImmutableExpenditure.Builder {}
}
