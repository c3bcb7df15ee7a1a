package org.jiuzhu.core.household;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationTexts;

/**
 * A dated event in the household's life: an accident, an illness, a death, a lost or new job.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LifeEvent {
  LifeEvent() {}

  /** The day it happened. */
  public abstract LocalDate date();

  /** What happened. */
  public abstract LifeEventType type();

  /** The member it happened to, where it happened to one. */
  public abstract Optional<String> memberId();

  /** A loss or cost the event caused, where known. */
  public abstract Optional<Money> amount();

  /** A free-text description, where given. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (amount().isPresent() && amount().get().isNegative()) {
      p.add("amount", "event.amount.negative", ValidationTexts.text("problem.event.amount.negative", amount().get()));
    }
    if (!p.isEmpty()) { // the subject is only written for a problem
      p.throwIfAny(ValidationTexts.subject("life-event"));
    }
  }

  /** Builds a {@link LifeEvent}. */
  public static final class Builder extends ImmutableLifeEvent.Builder {}
}
