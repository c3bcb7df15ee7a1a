package org.jiuzhu.example.service;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Households for the tests, as JSON in jiuzhu's household format, with names and valid citizen ID numbers
 * (GB 11643 check character) so that the personal-data scans have something to look for.
 */
final class Households {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
  private static final String[] GIVEN = {"秀英", "桂兰", "建国", "志强", "海燕", "国庆", "春梅", "德胜"};

  private Households() {}

  /** A valid ID number for {@code birth} in {@code region}, with serial {@code serial} (0-999). */
  static String citizenId(String region, LocalDate birth, int serial) {
    String s = region + String.format(Locale.ROOT, "%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
        birth.getDayOfMonth(), serial % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    return s + CHECK[sum % 11];
  }

  /** A random Chinese name. */
  static String name(Random r) {
    return SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)] + (char) ('甲' + r.nextInt(10));
  }

  /**
   * A two-person household of {@code region} whose house burnt down: a loss of {@code loss} yuan, above the
   * cap of temporary assistance (临时救助) in Zhuanglang, so the county decides case by case.
   */
  static String fire(String id, String region, String loss, String applicantName, String applicantId, String spouseName,
      String spouseId) {
    return "{\"id\": \"" + id + "\", \"region\": \"" + region + "\", \"applicant\": \"m1\", \"members\": ["
        + "{\"id\": \"m1\", \"relationship\": \"APPLICANT\", \"name\": \"" + applicantName + "\", \"citizenId\": \""
        + applicantId + "\", \"birthDate\": \"1980-05-01\", \"hukouType\": \"RURAL\", \"hukouRegion\": \"" + region
        + "\", \"workStatus\": \"FARMING\"},"
        + "{\"id\": \"m2\", \"relationship\": \"SPOUSE\", \"name\": \"" + spouseName + "\", \"citizenId\": \"" + spouseId
        + "\", \"birthDate\": \"1982-03-01\", \"hukouType\": \"RURAL\", \"hukouRegion\": \"" + region
        + "\", \"workStatus\": \"FARMING\"}],"
        + " \"incomes\": [{\"member\": \"m1\", \"category\": \"TRANSFER_NET\", \"months\": {\"from\": \"2024-10\", \"to\":"
        + " \"2025-09\"}, \"gross\": \"2000\"}],"
        + " \"events\": [{\"date\": \"2025-09-15\", \"type\": \"FIRE\", \"amount\": \"" + loss + "\"}]}";
  }

  /** A fire household with fresh names and ID numbers. */
  static Generated fire(Random r, String id, String region, String loss) {
    String n1 = name(r);
    String n2 = name(r);
    String c1 = citizenId(region, LocalDate.of(1980, 5, 1), r.nextInt(1000));
    String c2 = citizenId(region, LocalDate.of(1982, 3, 1), r.nextInt(1000));
    return new Generated(fire(id, region, loss, n1, c1, n2, c2), new String[] {n1, n2}, new String[] {c1, c2});
  }

  /** A household and the personal data in it. */
  record Generated(String json, String[] names, String[] citizenIds) {}
}
