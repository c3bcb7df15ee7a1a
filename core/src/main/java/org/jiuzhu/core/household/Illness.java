package org.jiuzhu.core.household;

import java.util.Optional;
import org.immutables.value.Value;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationTexts;

/**
 * An illness of a member. Health data is personal: the model keeps only what rules need.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Illness {
  Illness() {}

  /** A short description, e.g. uraemia; free text. */
  @Value.Redacted
  public abstract String description();

  /** An ICD-10 code where known, e.g. {@code N18.5}. */
  public abstract Optional<String> icd10();

  /** Recognised as a major illness (重特大疾病) under local rules. */
  @Value.Default
  public boolean major() {
    return false;
  }

  /** A chronic illness needing long-term treatment (慢性病). */
  @Value.Default
  public boolean chronic() {
    return false;
  }

  /** Dialysis sessions a week (透析), 0 when none. */
  @Value.Default
  public int dialysisSessionsPerWeek() {
    return 0;
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (description().isBlank()) {
      p.add("description", "illness.description.blank", ValidationTexts.text("problem.illness.description.blank"));
    }
    if (dialysisSessionsPerWeek() < 0 || dialysisSessionsPerWeek() > 14) {
      p.add("dialysisSessionsPerWeek", "illness.dialysis.range",
          ValidationTexts.text("problem.illness.dialysis.range", String.valueOf(dialysisSessionsPerWeek())));
    }
    if (!p.isEmpty()) { // the subject is only written for a problem
      p.throwIfAny(ValidationTexts.subject("illness"));
    }
  }

  /** Builds an {@link Illness}. */
  public static final class Builder extends ImmutableIllness.Builder {}
}
