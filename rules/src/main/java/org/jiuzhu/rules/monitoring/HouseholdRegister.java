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

  /** A register that knows no household: alerts are raised but not screened. */
  static HouseholdRegister empty() {
    return id -> Optional.empty();
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
