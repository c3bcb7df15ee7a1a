package org.jiuzhu.core.household;

/**
 * Type of household registration (户籍类型); standards may differ between urban and rural.
 *
 * @since 0.1.0
 */
public enum HukouType {
  /** Urban (城镇) registration. */
  URBAN,
  /** Rural (农村) registration. */
  RURAL
}
