package org.jiuzhu.core.household;

/**
 * Kinds of vehicle (机动车辆).
 *
 * @since 0.1.0
 */
public enum VehicleType {
  /** Passenger car (小型汽车). */
  CAR,
  /** Truck or van (货车). */
  TRUCK,
  /** Motorcycle (摩托车). */
  MOTORCYCLE,
  /** Electric bicycle or scooter (电动自行车). */
  ELECTRIC_BIKE,
  /** Motorised wheelchair or mobility vehicle for a disabled person (残疾人机动轮椅车). */
  DISABILITY_MOBILITY_VEHICLE,
  /** Tractor or farm machine (农用机械). */
  AGRICULTURAL_MACHINERY,
  /** Other vehicle. */
  OTHER
}
