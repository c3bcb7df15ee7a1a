package org.jiuzhu.core.policy;

import java.util.List;
import org.jiuzhu.core.region.Region;

/**
 * A set of regions and dated parameter values, found on the class path by {@link
 * java.util.ServiceLoader} (see {@link PolicyModules}). A third party adds a region by putting a
 * jar with a {@code PolicyModule} on the class path.
 *
 * <p>A module may declare regions (with names) and give values for any declared region,
 * including regions other modules declare; two modules may not both give values for the same
 * key in the same region.
 *
 * @since 0.1.0
 */
public interface PolicyModule {
  /** A stable id, e.g. {@code org.jiuzhu.cn}, used in error messages. */
  String id();

  /** The regions this module declares. */
  List<Region> regions();

  /** The values this module gives. */
  List<ParameterValue> values();

  /**
   * Keys whose values, as they apply in each region after layering, must be ordered; checked when
   * the policy is built, over every module's values. None by default.
   *
   * @since 0.2.0
   */
  default List<ParameterOrder> orders() {
    return List.of();
  }
}
