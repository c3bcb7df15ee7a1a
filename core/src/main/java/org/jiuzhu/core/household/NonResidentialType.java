package org.jiuzhu.core.household;

/**
 * Kinds of property other than a dwelling (非住宅类房产及其他不动产).
 *
 * @since 0.1.0
 */
public enum NonResidentialType {
  /** Shop (商铺). */
  SHOP,
  /** Office (写字楼). */
  OFFICE,
  /** Factory building (厂房). */
  FACTORY,
  /** Warehouse (仓库). */
  WAREHOUSE,
  /** Other building (其他建筑物). */
  OTHER_BUILDING,
  /** Standing timber (林木). */
  TIMBER
}
