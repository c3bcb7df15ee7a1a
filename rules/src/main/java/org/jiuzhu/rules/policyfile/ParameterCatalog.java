package org.jiuzhu.rules.policyfile;

import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jiuzhu.core.policy.ParameterKey;

/**
 * The parameter keys a policy file may set. A key not in the catalogue is an error in the file,
 * so that a typo never leaves a region silently on its parent's value.
 *
 * @since 0.1.0
 */
public final class ParameterCatalog {
  private final ImmutableSortedMap<String, ParameterKey<?>> keys;

  private ParameterCatalog(ImmutableSortedMap<String, ParameterKey<?>> keys) {
    this.keys = keys;
  }

  /** A catalogue of {@code keys}; names must be unique. */
  public static ParameterCatalog of(Collection<? extends ParameterKey<?>> keys) {
    ImmutableSortedMap.Builder<String, ParameterKey<?>> b = ImmutableSortedMap.naturalOrder();
    keys.forEach(k -> b.put(k.name(), k));
    return new ParameterCatalog(b.buildOrThrow());
  }

  /** This catalogue with {@code more} keys added (e.g. a region's own rule's keys). */
  public ParameterCatalog plus(Collection<? extends ParameterKey<?>> more) {
    List<ParameterKey<?>> all = new ArrayList<>(keys.values());
    all.addAll(more);
    return of(all);
  }

  /** The key with this name, if the catalogue has it. */
  public Optional<ParameterKey<?>> find(String name) {
    return Optional.ofNullable(keys.get(name));
  }

  /** Every key, by name. */
  public Collection<ParameterKey<?>> keys() {
    return keys.values();
  }

  /** Up to three known names closest to {@code name}, for "did you mean" hints. */
  public List<String> closest(String name) {
    return NearestNames.closest(keys.keySet(), name, 3);
  }
}
