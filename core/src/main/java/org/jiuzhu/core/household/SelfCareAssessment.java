package org.jiuzhu.core.household;

import org.immutables.value.Value;

/**
 * The six-item assessment of self-care ability (生活自理能力): for each daily activity, whether
 * the person manages it alone. How many failed items make partial or full care is a parameter
 * read by the rules, not part of the model.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SelfCareAssessment {
  SelfCareAssessment() {}

  /** Eats alone (进食). */
  public abstract boolean eating();

  /** Dresses alone (穿衣). */
  public abstract boolean dressing();

  /** Gets in and out of bed alone (上下床). */
  public abstract boolean bedTransfer();

  /** Uses the toilet alone (如厕). */
  public abstract boolean toileting();

  /** Walks indoors alone (室内行走). */
  public abstract boolean indoorWalking();

  /** Bathes alone (洗澡). */
  public abstract boolean bathing();

  /** An assessment in which every activity is managed alone. */
  public static SelfCareAssessment allManaged() {
    return new Builder().eating(true).dressing(true).bedTransfer(true).toileting(true)
        .indoorWalking(true).bathing(true).build();
  }

  /** How many of the six activities the person cannot manage alone (0 to 6). */
  @Value.Derived
  public int failedItems() {
    int n = 0;
    for (boolean ok : new boolean[] {eating(), dressing(), bedTransfer(), toileting(), indoorWalking(), bathing()}) {
      if (!ok) {
        n++;
      }
    }
    return n;
  }

  /** Builds a {@link SelfCareAssessment}; all six items are required. */
  public static final class Builder extends ImmutableSelfCareAssessment.Builder {}
}
