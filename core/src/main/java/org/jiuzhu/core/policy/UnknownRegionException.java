package org.jiuzhu.core.policy;

import org.jiuzhu.core.region.RegionCode;

/**
 * No policy module declares the region (nor, for a township, its county).
 *
 * @since 0.1.0
 */
public final class UnknownRegionException extends PolicyException {
  private static final long serialVersionUID = 1L;

  private final transient RegionCode region;

  /** Creates the exception for {@code region}. */
  public UnknownRegionException(RegionCode region, String message) {
    super(message);
    this.region = region;
  }

  /** The region that is unknown. */
  public RegionCode region() {
    return region;
  }
}
