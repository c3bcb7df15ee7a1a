package org.jiuzhu.core.household;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A benefit the household (or one member) receives now, e.g. {@code cn.dibao} since a date.
 * Rules read it for continuation (渐退期) and for categorical programmes.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CurrentBenefit {
  CurrentBenefit() {}

  /** The programme id, e.g. {@code cn.dibao}. */
  public abstract String programmeId();

  /** The first day it was received. */
  public abstract LocalDate since();

  /** The member who receives it, for a benefit of one person (e.g. 特困 or 单人户). */
  public abstract Optional<String> memberId();

  /** Receiving {@code programmeId} since {@code since}, as a household. */
  public static CurrentBenefit of(String programmeId, LocalDate since) {
    return new Builder().programmeId(programmeId).since(since).build();
  }

  /** Builds a {@link CurrentBenefit}. */
  public static final class Builder extends ImmutableCurrentBenefit.Builder {}
}
