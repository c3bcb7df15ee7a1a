package org.jiuzhu.core.region;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * An administrative division code: six digits of GB/T 2260 (province, prefecture, county), or
 * nine digits for a township (the six-digit county code followed by a three-digit township
 * number, as in the statistical division codes). {@link #NATIONAL} stands for the whole country.
 *
 * <p>The code's structure gives its parent: township → county → prefecture → province →
 * national. Counties of a municipality (e.g. {@code 110105}) climb through the municipality's
 * district group ({@code 110100}); counties directly under a province (e.g. {@code 429004})
 * climb through the group code {@code 429000}. A group code that names no region simply holds
 * no values.
 *
 * @since 0.1.0
 */
public final class RegionCode implements Comparable<RegionCode> {
  /** The whole country; parent of every province. */
  public static final RegionCode NATIONAL = new RegionCode("000000");

  /** First two digits of every province-level division in GB/T 2260 (including 71, 81, 82). */
  private static final ImmutableSet<String> PROVINCES = ImmutableSet.of(
      "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
      "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
      "65", "71", "81", "82");

  private final String code;

  private RegionCode(String code) {
    this.code = code;
  }

  /**
   * Parses a region code; {@code "national"} or {@code "000000"} give {@link #NATIONAL}.
   *
   * @throws IllegalArgumentException naming the text and what was expected (a {@link
   *     org.jiuzhu.core.text.LocalizedIllegalArgumentException}, in either language)
   */
  public static RegionCode parse(String text) {
    checkNotNull(text, "text");
    String s = text.trim();
    if (s.equalsIgnoreCase("national") || s.equals(NATIONAL.code)) {
      return NATIONAL;
    }
    Optional<org.jiuzhu.core.text.Text> problem = problemTextWith(s);
    if (problem.isPresent()) {
      throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(problem.get());
    }
    return new RegionCode(s);
  }

  /** What is wrong with {@code text} as a region code, in English, or empty when it is a valid code. */
  public static Optional<String> problemWith(String text) {
    return problemTextWith(text).map(t -> t.in(org.jiuzhu.core.text.Lang.EN));
  }

  /**
   * What is wrong with {@code text} as a region code, in either language, or empty when it is a
   * valid code.
   *
   * @since 0.2.0
   */
  public static Optional<org.jiuzhu.core.text.Text> problemTextWith(String text) {
    if (text == null) {
      return Optional.of(org.jiuzhu.core.validation.ValidationTexts.text("problem.region.missing"));
    }
    if (text.equalsIgnoreCase("national") || text.equals(NATIONAL.code)) {
      return Optional.empty();
    }
    if ((text.length() != 6 && text.length() != 9) || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of(org.jiuzhu.core.validation.ValidationTexts.text("problem.region.digits", text));
    }
    if (!PROVINCES.contains(text.substring(0, 2))) {
      return Optional.of(org.jiuzhu.core.validation.ValidationTexts.text("problem.region.province", text, text.substring(0, 2)));
    }
    if (text.substring(2, 4).equals("00") && !text.substring(4, 6).equals("00")) {
      return Optional.of(org.jiuzhu.core.validation.ValidationTexts.text("problem.region.county", text));
    }
    if (text.length() == 9 && (text.substring(4, 6).equals("00") || text.substring(6).equals("000"))) {
      return Optional.of(org.jiuzhu.core.validation.ValidationTexts.text("problem.region.township", text));
    }
    return Optional.empty();
  }

  /** The level given by the code's structure. */
  public RegionLevel level() {
    if (this == NATIONAL) {
      return RegionLevel.NATIONAL;
    }
    if (code.length() == 9) {
      return RegionLevel.TOWNSHIP;
    }
    if (code.endsWith("0000")) {
      return RegionLevel.PROVINCE;
    }
    if (code.endsWith("00")) {
      return RegionLevel.PREFECTURE;
    }
    return RegionLevel.COUNTY;
  }

  /** The division one level up, or empty for {@link #NATIONAL}. */
  public Optional<RegionCode> parent() {
    switch (level()) {
      case NATIONAL:
        return Optional.empty();
      case PROVINCE:
        return Optional.of(NATIONAL);
      case PREFECTURE:
        return Optional.of(new RegionCode(code.substring(0, 2) + "0000"));
      case COUNTY:
        return Optional.of(new RegionCode(code.substring(0, 4) + "00"));
      case TOWNSHIP:
        return Optional.of(new RegionCode(code.substring(0, 6)));
      default:
        throw new AssertionError(level());
    }
  }

  /** This code and every ancestor, nearest first, ending with {@link #NATIONAL}. */
  public ImmutableList<RegionCode> chain() {
    ImmutableList.Builder<RegionCode> b = ImmutableList.builder();
    Optional<RegionCode> c = Optional.of(this);
    while (c.isPresent()) {
      b.add(c.get());
      c = c.get().parent();
    }
    return b.build();
  }

  /** True when this code is {@code other} or lies below it. */
  public boolean isWithin(RegionCode other) {
    return chain().contains(other);
  }

  /** The digits of the code ({@code 000000} for the whole country). */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(RegionCode o) {
    return code.compareTo(o.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegionCode && ((RegionCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The digits, or {@code national} for the whole country. */
  @Override
  public String toString() {
    return this == NATIONAL || code.equals(NATIONAL.code) ? "national" : code;
  }
}
