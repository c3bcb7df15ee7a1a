package org.jiuzhu.core.household;

/**
 * Why a member does not live with the household now; rules decide whether the member is counted (共同生活的家庭成员).
 *
 * @since 0.1.0
 */
public enum AbsenceReason {
  /** Clergy living at a religious site (宗教活动场所). */
  RELIGIOUS_SITE,
  /** Serving a prison sentence (服刑). */
  SERVING_SENTENCE,
  /** In compulsory drug rehabilitation (强制隔离戒毒). */
  COMPULSORY_DRUG_REHABILITATION,
  /** Declared missing by a court (宣告失踪). */
  DECLARED_MISSING,
  /** Living elsewhere for another reason (e.g. working away). */
  LIVING_ELSEWHERE
}
