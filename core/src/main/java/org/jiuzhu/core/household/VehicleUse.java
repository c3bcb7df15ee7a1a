package org.jiuzhu.core.household;

/**
 * What a vehicle is used for.
 *
 * @since 0.1.0
 */
public enum VehicleUse {
  /** Private use. */
  PRIVATE,
  /** The household's tool of livelihood (谋生工具), e.g. for a small transport business. */
  LIVELIHOOD_TOOL,
  /** Mobility of a disabled member. */
  DISABILITY_MOBILITY
}
