package org.jiuzhu.rules.cn;

import java.time.LocalDate;

/**
 * Where a part of a determination that holds only below an age ends: the birthday on which a
 * member reaches it. Ages are counted as {@link org.jiuzhu.core.household.Member#ageOn} counts them
 * (a member born on 29 February turns a year older on 1 March in a common year).
 */
public final class AgeBounds {
  private AgeBounds() {}

  /** The first day on which a member born on {@code birth} is {@code age} years old. */
  public static LocalDate birthday(LocalDate birth, int age) {
    LocalDate d = birth.plusYears(age);
    // 29 February in a common year: plusYears gives 28 February, the day before the age is reached
    return d.getDayOfMonth() < birth.getDayOfMonth() ? d.plusDays(1) : d;
  }

  /** The earlier of two dates, either of which may be null. */
  static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }
}
