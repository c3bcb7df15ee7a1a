package org.jiuzhu.core.household;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An 18-character citizen ID number (公民身份号码, GB 11643): six digits of region, eight of birth
 * date, three of sequence (odd for men), and a check character {@code 0-9} or {@code X}. The
 * region part must be a well-formed GB/T 2260 code: a province that exists, and no county part
 * under prefecture {@code 00} ({@link org.jiuzhu.core.region.RegionCode#problemWith}).
 *
 * <p>The number is personal data: {@link #toString()} masks it (first six and last four kept,
 * e.g. {@code 620825********0012}), and so does every message this class writes, even about a
 * malformed number. Use {@link #unmasked()} only to store or transmit it.
 *
 * @since 0.1.0
 */
public final class CitizenId {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private final String number;

  private CitizenId(String number) {
    this.number = number;
  }

  /**
   * Parses an ID number ({@code x} is read as {@code X}).
   *
   * @throws IllegalArgumentException with a masked message when it is malformed or its check
   *     character is wrong
   */
  public static CitizenId parse(String text) {
    checkNotNull(text, "citizen ID");
    String s = text.trim().toUpperCase(java.util.Locale.ROOT);
    Optional<String> problem = problemWith(s);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    return new CitizenId(s);
  }

  /** What is wrong with {@code text} as an ID number (masked), in English, or empty when it is valid. */
  public static Optional<String> problemWith(String text) {
    return problemTextWith(text).map(t -> t.in(org.jiuzhu.core.text.Lang.EN));
  }

  /**
   * What is wrong with {@code text} as an ID number (masked), in either language, or empty when
   * it is valid.
   *
   * @since 0.2.0
   */
  public static Optional<org.jiuzhu.core.text.Text> problemTextWith(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.of(org.jiuzhu.core.validation.ValidationTexts.text("problem.citizenId.empty"));
    }
    String s = text.trim().toUpperCase(java.util.Locale.ROOT);
    if (s.length() != 18) {
      return Optional.of(org.jiuzhu.core.validation.ValidationTexts.text("problem.citizenId.length", mask(s), String.valueOf(s.length())));
    }
    for (int i = 0; i < 17; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return Optional.of(org.jiuzhu.core.validation.ValidationTexts.text("problem.citizenId.digit", mask(s), String.valueOf(i + 1)));
      }
    }
    char last = s.charAt(17);
    if (!(last >= '0' && last <= '9') && last != 'X') {
      return Optional.of(org.jiuzhu.core.validation.ValidationTexts.text("problem.citizenId.last", mask(s)));
    }
    String region = s.substring(0, 6);
    if (region.equals("000000") || org.jiuzhu.core.region.RegionCode.problemWith(region).isPresent()) {
      return Optional.of(org.jiuzhu.core.validation.ValidationTexts.text("problem.citizenId.region", mask(s), region));
    }
    if (birthDateOf(s).isEmpty()) {
      return Optional.of(org.jiuzhu.core.validation.ValidationTexts.text("problem.citizenId.birthDate", mask(s)));
    }
    char expected = checkCharacter(s);
    if (last != expected) {
      return Optional.of(org.jiuzhu.core.validation.ValidationTexts.text("problem.citizenId.checkDigit", mask(s)));
    }
    return Optional.empty();
  }

  /** The GB 11643 check character for the first 17 digits of {@code s}. */
  static char checkCharacter(String s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** The masked form of any text that may be an ID number: first six and last four kept. */
  public static String mask(String text) {
    if (text == null) {
      return "null";
    }
    if (text.length() < 12) {
      return Strings.repeat("*", text.length());
    }
    return text.substring(0, 6) + Strings.repeat("*", text.length() - 10) + text.substring(text.length() - 4);
  }

  private static Optional<LocalDate> birthDateOf(String s) {
    try {
      return Optional.of(LocalDate.of(
          Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14))));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The birth date held in the number. */
  public LocalDate birthDate() {
    return birthDateOf(number).orElseThrow();
  }

  /** The sex held in the number (odd 17th digit: male). */
  public Sex sex() {
    return (number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** The full number, for storage or transmission only; never log it. */
  public String unmasked() {
    return number;
  }

  /** The masked number, e.g. {@code 620825********0012}. */
  public String masked() {
    return mask(number);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CitizenId && ((CitizenId) o).number.equals(number);
  }

  @Override
  public int hashCode() {
    return number.hashCode();
  }

  /** The masked number; never the full one. */
  @Override
  public String toString() {
    return masked();
  }
}
