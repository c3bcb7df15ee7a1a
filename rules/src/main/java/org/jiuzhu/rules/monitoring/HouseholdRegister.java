package org.jiuzhu.rules.monitoring;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jiuzhu.core.household.Household;

/**
 * Where monitoring finds a household as it was last registered (救助台账): its members, the
 * programmes it receives and since when. Monitoring keeps only a compact state per household
 * and asks the register again whenever it needs the whole household — to screen it after an
 * alert or to compare a new disability with the registered one — so an implementation backed by
 * a database need not hold households in memory.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface HouseholdRegister {
  /** The registered household with id {@code householdId}, or empty when it is not registered. */
  Optional<Household> find(String householdId);

  /**
   * True (the default) when the register holds every household to be monitored: a feed record of a
   * household it does not find, and that was not {@linkplain Monitor#track tracked}, is then a mistake
   * of the feed, rejected ({@code record.household.unknown}, naming the household id, masked when it
   * has the shape of a citizen ID number) and applied to nothing. False when households outside the
   * register are monitored too, their alerts not screened and their member ids unchecked, as with
   * {@link #empty()}.
   *
   * @since 0.14.0
   */
  default boolean complete() {
    return true;
  }

  /**
   * A register that knows no household ({@link #complete()} false): every household a feed names
   * is monitored, its alerts raised but not screened.
   */
  static HouseholdRegister empty() {
    return new HouseholdRegister() {
      @Override
      public Optional<Household> find(String householdId) {
        return Optional.empty();
      }

      @Override
      public boolean complete() {
        return false;
      }
    };
  }

  /**
   * A register of {@code households}, held in memory.
   *
   * @throws IllegalArgumentException if two households share an id
   */
  static HouseholdRegister of(Collection<Household> households) {
    Map<String, Household> byId = new HashMap<>();
    for (Household h : households) {
      if (byId.putIfAbsent(h.id(), h) != null) {
        throw new IllegalArgumentException("household id " + h.id() + " is registered twice; expected each id once");
      }
    }
    ImmutableMap<String, Household> copy = ImmutableMap.copyOf(byId);
    return id -> Optional.ofNullable(copy.get(id));
  }
}
