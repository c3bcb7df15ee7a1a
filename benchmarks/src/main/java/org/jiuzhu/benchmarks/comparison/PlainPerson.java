package org.jiuzhu.benchmarks.comparison;

/**
 * One member as the hand-written loop and the Drools rules see it: what the three rules read, as
 * primitives, income by month over the reference window (index 0 is the month before the
 * application month).
 */
public final class PlainPerson {
  public final int age;
  /**
   * The age on the first day of the month after the date, when 低保 is first paid: the 分类施保
   * additions go by it (a member turning 18 before then has no addition for minors).
   */
  public final int payAge;
  /** Disability grade 1 (most severe) to 4; 0 when none. */
  public final int disabilityGrade;
  /** The disability is intellectual or mental (智力/精神). */
  public final boolean intellectualOrMental;
  public final boolean majorIllness;
  /** Counted net income by month back, in fen. */
  public final long[] income;
  /** Of it, wages and business income (for the employment-cost deduction), by month back, in fen. */
  public final long[] earned;

  public PlainPerson(int age, int payAge, int disabilityGrade, boolean intellectualOrMental, boolean majorIllness, long[] income,
      long[] earned) {
    this.age = age;
    this.payAge = payAge;
    this.disabilityGrade = disabilityGrade;
    this.intellectualOrMental = intellectualOrMental;
    this.majorIllness = majorIllness;
    this.income = income;
    this.earned = earned;
  }

  public boolean isSeverelyDisabled() {
    return disabilityGrade >= 1 && disabilityGrade <= 2;
  }

  public boolean isGrade3IntellectualOrMental() {
    return disabilityGrade == 3 && intellectualOrMental;
  }

  public boolean isMajorIllness() {
    return majorIllness;
  }

  public int getAge() {
    return age;
  }

  public int getPayAge() {
    return payAge;
  }
}
