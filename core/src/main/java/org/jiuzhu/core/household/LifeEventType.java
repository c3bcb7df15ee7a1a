package org.jiuzhu.core.household;

/**
 * Dated events in a household's life that rules and warnings react to.
 *
 * @since 0.1.0
 */
public enum LifeEventType {
  /** Sudden serious illness (突发重病). */
  SUDDEN_SERIOUS_ILLNESS,
  /** Diagnosis of a major illness (重特大疾病). */
  MAJOR_ILLNESS_DIAGNOSIS,
  /** A hospital stay (住院). */
  HOSPITAL_STAY,
  /** Traffic accident (交通事故). */
  TRAFFIC_ACCIDENT,
  /** Fire (火灾). */
  FIRE,
  /** Natural disaster (自然灾害). */
  NATURAL_DISASTER,
  /** Death of a member (家庭成员死亡). */
  DEATH,
  /** New severe disability (新增重度残疾). */
  NEW_SEVERE_DISABILITY,
  /** Loss of a job or the main income (失业、失去主要收入). */
  JOB_LOSS,
  /** A member found work (新就业). */
  NEW_JOB,
  /** Release from prison or rehabilitation, parole or medical parole (刑满释放、假释、暂予监外执行). */
  RELEASE_FROM_CUSTODY,
  /** Another event. */
  OTHER
}
