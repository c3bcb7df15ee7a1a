package org.jiuzhu.example.service;

import java.util.List;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.region.RegionCode;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in caseworker: a level (township, county, city) and a region scope. The caller sees and decides
 * only households of its region and below, and decides only within its level's authority.
 */
public final class Caller extends User {
  private static final long serialVersionUID = 1L;

  private final DecisionLevel level;
  private final transient RegionCode region;

  /** A caller as stored. */
  public Caller(String username, String passwordHash, DecisionLevel level, RegionCode region) {
    super(username, passwordHash, List.of(new SimpleGrantedAuthority("LEVEL_" + level.name())));
    this.level = level;
    this.region = region;
  }

  /** The level it decides at. */
  public DecisionLevel level() {
    return level;
  }

  /** The region it serves. */
  public RegionCode region() {
    return region;
  }

  /** True when {@code r} is the caller's region or lies below it. */
  public boolean serves(RegionCode r) {
    return r.isWithin(region);
  }
}
