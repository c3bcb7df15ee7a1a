package org.jiuzhu.core.household;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationTexts;

/**
 * A person with a statutory duty to support a member (法定赡养、抚养、扶养义务人), and the facts
 * that decide whether they can. A supporter who lives in the household names that member with
 * {@link #memberId()}; one who lives elsewhere is described here.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Supporter {
  Supporter() {}

  /** The supporter's member id when they belong to the same household. */
  public abstract Optional<String> memberId();

  /** The supporter's relationship to the applicant, for one living elsewhere. */
  public abstract Optional<Relationship> relationship();

  /** The supporter's birth date. */
  public abstract LocalDate birthDate();

  /** Facts about the supporter (is 特困, receives 低保, severely disabled, missing …). */
  public abstract Set<SupporterCondition> conditions();

  /** The supporter's income over the last year, where known. */
  public abstract Optional<Money> annualIncome();

  /** Whether the supporter's assets are within the local low-income rules, where assessed. */
  public abstract Optional<Boolean> assetsWithinLowIncomeRules();

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (memberId().isPresent() && memberId().get().isBlank()) {
      p.add("memberId", "supporter.memberId.blank", ValidationTexts.text("problem.supporter.memberId.blank"));
    }
    if (annualIncome().isPresent() && annualIncome().get().isNegative()) {
      p.add("annualIncome", "supporter.income.negative",
          ValidationTexts.text("problem.supporter.income.negative", annualIncome().get()));
    }
    if (!p.isEmpty()) { // the subject is only written for a problem
      p.throwIfAny(ValidationTexts.subject("supporter"));
    }
  }

  /** Builds a {@link Supporter}. */
  public static final class Builder extends ImmutableSupporter.Builder {}
}
