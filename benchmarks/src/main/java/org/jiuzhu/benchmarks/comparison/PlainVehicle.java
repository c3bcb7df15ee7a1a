package org.jiuzhu.benchmarks.comparison;

/** A vehicle as the simple implementations see it: what the vehicle test reads. */
public final class PlainVehicle {
  /** An ordinary car (小型汽车). */
  public final boolean car;
  public final boolean motorcycleOrEbike;
  /** A disability mobility vehicle, or any vehicle used as one. */
  public final boolean disabilityMobility;
  public final boolean livelihoodTool;
  public final long valueFen;

  public PlainVehicle(boolean car, boolean motorcycleOrEbike, boolean disabilityMobility, boolean livelihoodTool, long valueFen) {
    this.car = car;
    this.motorcycleOrEbike = motorcycleOrEbike;
    this.disabilityMobility = disabilityMobility;
    this.livelihoodTool = livelihoodTool;
    this.valueFen = valueFen;
  }
}
