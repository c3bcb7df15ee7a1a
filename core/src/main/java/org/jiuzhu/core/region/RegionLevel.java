package org.jiuzhu.core.region;

/**
 * The level of an administrative division, from the whole country down to a township.
 *
 * @since 0.1.0
 */
public enum RegionLevel {
  /** The whole country (全国): national defaults. */
  NATIONAL,
  /** Province, autonomous region or municipality (省级). */
  PROVINCE,
  /** Prefecture-level division (地级): city, prefecture, league. */
  PREFECTURE,
  /** County-level division (县级): county, district, county-level city, banner. */
  COUNTY,
  /** Township-level division (乡级): township, town, sub-district (乡、镇、街道). */
  TOWNSHIP
}
