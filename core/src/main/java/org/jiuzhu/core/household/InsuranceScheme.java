package org.jiuzhu.core.household;

/**
 * Which basic social-insurance scheme a member is in, for pension ({@link Member#pensionScheme()})
 * or medical insurance ({@link Member#medicalScheme()}). The residents' schemes (城乡居民基本养老保险,
 * 城乡居民基本医疗保险) cover everyone the employees' schemes (职工基本养老保险, 职工基本医疗保险) do not
 * (国发〔2014〕8号 第四条; 国发〔2016〕3号 二(一)); a member drawing a pension is in the scheme that pays
 * it.
 *
 * @since 0.1.0
 */
public enum InsuranceScheme {
  /** The urban and rural residents' scheme (城乡居民). */
  RESIDENTS,
  /** The employees' scheme (职工), including flexible workers insured in it (灵活就业人员参加职工保险). */
  EMPLOYEES,
  /** Not insured in either scheme (未参保). */
  NONE
}
