package org.jiuzhu.core.household;

import org.immutables.value.Value;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationTexts;

/**
 * A certified disability (残疾): category and grade, 1 (most severe) to 4.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Disability {
  Disability() {}

  /** The category on the certificate. */
  public abstract DisabilityCategory category();

  /** The grade on the certificate, 1 (most severe) to 4. */
  public abstract int grade();

  /** A disability of this category and grade. */
  public static Disability of(DisabilityCategory category, int grade) {
    return new Builder().category(category).grade(grade).build();
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (grade() < 1 || grade() > 4) {
      p.add("grade", "disability.grade", ValidationTexts.text("problem.disability.grade", String.valueOf(grade())));
    }
    if (!p.isEmpty()) { // the subject is only written for a problem
      p.throwIfAny(ValidationTexts.subject("disability"));
    }
  }

  /** Builds a {@link Disability}. */
  public static final class Builder extends ImmutableDisability.Builder {}
}
