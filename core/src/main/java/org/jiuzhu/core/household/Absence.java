package org.jiuzhu.core.household;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Why and since when a member does not live with the household. Whether the member is still
 * counted is decided by the rules (e.g. clergy at a religious site for three years or more are
 * not).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Absence {
  Absence() {}

  /** The reason for the absence. */
  public abstract AbsenceReason reason();

  /** The first day of the absence. */
  public abstract LocalDate since();

  /** An absence for {@code reason} since {@code since}. */
  public static Absence of(AbsenceReason reason, LocalDate since) {
    return new Builder().reason(reason).since(since).build();
  }

  /** Builds an {@link Absence}. */
  public static final class Builder extends ImmutableAbsence.Builder {}
}
