package org.jiuzhu.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Two keys whose values, as they apply, must be ordered: in every region on every date, the value
 * of {@code higher} that applies there (the region's own or one inherited from the regions above
 * it) is at least the value of {@code lower} that applies there — e.g. full care (特困全护理) from no
 * fewer failed self-care items than partial care. A {@link PolicyModule} declares its orders
 * ({@link PolicyModule#orders()}); {@link Policy.Builder#build()} checks them on the layered
 * values, so that a region pack or an override giving one key alone cannot break them unnoticed.
 * Only values of the same kind of number are compared.
 *
 * @param higher the key whose value must not be below
 * @param lower the key it is compared with
 * @since 0.2.0
 */
public record ParameterOrder(String higher, String lower) {
  /** Checks the keys: two different names. */
  public ParameterOrder {
    checkNotNull(higher, "higher");
    checkNotNull(lower, "lower");
    checkArgument(!higher.equals(lower), "an order of %s with itself", higher);
  }
}
