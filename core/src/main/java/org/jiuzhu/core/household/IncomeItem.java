package org.jiuzhu.core.household;

import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationTexts;

/**
 * One month of one kind of income of one member: the gross amount, the deductions the rules
 * allow (income tax, the member's own social-insurance contributions, business costs), and tags
 * saying what the income is.
 *
 * @since 0.1.0
 */
@Value.Immutable
// the package's style (JiuzhuStyle) with copy methods, for inMonth
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, overshadowImplementation = true,
    strictBuilder = true, builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
public abstract class IncomeItem {
  IncomeItem() {}

  /** The member who received it. */
  public abstract String memberId();

  /** The category of income. */
  public abstract IncomeCategory category();

  /** The month the income was received. */
  public abstract YearMonth month();

  /** The amount received before deductions. */
  public abstract Money gross();

  /** Tax, own social-insurance contributions and business costs (税费、个人缴纳的社保、经营成本). */
  @Value.Default
  public Money deductions() {
    return Money.ZERO;
  }

  /** What the income is, where rules treat it specially (exclusions, new job). */
  public abstract Set<IncomeTag> tags();

  /** A free-text description, where given. */
  public abstract Optional<String> description();

  /**
   * The same item received in {@code month} instead (population generators and microdata
   * readers make one item a month of the same income; this skips the builder).
   *
   * @since 0.4.0
   */
  public IncomeItem inMonth(YearMonth month) {
    return ((ImmutableIncomeItem) ImmutableIncomeItem.copyOf(this)).withMonth(month);
  }

  /** Gross minus deductions. */
  public Money net() {
    return gross().minus(deductions());
  }

  /** Gross minus deductions in fen, computed once (for population runs, which read it often). */
  @Value.Derived
  @Value.Auxiliary
  public long netFen() {
    return gross().fen() - deductions().fen();
  }

  /** The month as a count of months since year 0 ({@code year * 12 + month - 1}), computed once. */
  @Value.Derived
  @Value.Auxiliary
  public int monthIndex() {
    return month().getYear() * 12 + month().getMonthValue() - 1;
  }

  /** A bit per {@link IncomeTag} ({@code 1 << ordinal}), computed once; 0 when the item has no tag. */
  @Value.Derived
  @Value.Auxiliary
  public int tagBits() {
    if (tags().isEmpty()) {
      return 0; // most items: no iterator made
    }
    int bits = 0;
    for (IncomeTag t : tags()) {
      bits |= 1 << t.ordinal();
    }
    return bits;
  }

  @Value.Check
  void check() {
    if (!gross().isNegative() && !deductions().isNegative() && !deductions().isGreaterThan(gross())) {
      return; // nothing to say: no Problems made (population runs build millions of items)
    }
    Problems p = new Problems();
    if (gross().isNegative()) {
      p.add("gross", "income.gross.negative", ValidationTexts.text("problem.income.gross.negative", gross()));
    }
    if (deductions().isNegative()) {
      p.add("deductions", "income.deductions.negative", ValidationTexts.text("problem.income.deductions.negative", deductions()));
    }
    if (!gross().isNegative() && deductions().isGreaterThan(gross())) {
      p.add("deductions", "income.deductions.exceedGross",
          ValidationTexts.text("problem.income.deductions.exceedGross", deductions(), gross()));
    }
    if (!p.isEmpty()) { // the subject is only written for a problem
      p.throwIfAny(ValidationTexts.subject("income-item"));
    }
  }

  /** Builds an {@link IncomeItem}. */
  public static final class Builder extends ImmutableIncomeItem.Builder {}
}
