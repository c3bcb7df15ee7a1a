package org.jiuzhu.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * "Who falls through the gaps": the reason a household below the 低保 (minimum living allowance)
 * line after the baseline's transfers is not lifted above it, as a machine code — the first 低保 test
 * it fails in the rulebook's own order, or why it is not paid although entitled.
 *
 * @since 0.2.0
 */
public final class Gaps {
  private Gaps() {}

  /** Receives 低保 but stays below the line (the amount is computed on the rulebook's income, after deductions). */
  public static final String RECEIVING = "receiving-below-line";
  /** Entitled to 低保 but does not take it up (see {@code population.take-up.dibao}). */
  public static final String NOT_TAKEN_UP = "not-taken-up";
  /** 低保 or 特困 needs review (NEEDS_REVIEW): a fact the rules need is missing. */
  public static final String AWAITING_REVIEW = "awaiting-review";
  /** The household's income as the rules count it is not below the line (the income window, deductions, exclusions). */
  public static final String INCOME = "income";
  /** Financial assets above the limit. */
  public static final String FINANCIAL_ASSETS = "financial-assets";
  /** A vehicle that disqualifies. */
  public static final String VEHICLE = "vehicle";
  /** Homes beyond what is allowed. */
  public static final String HOME = "home";
  /** Non-residential property. */
  public static final String NON_RESIDENTIAL = "non-residential";
  /** A business that disqualifies. */
  public static final String BUSINESS = "business";
  /** No member counts in the household. */
  public static final String NO_MEMBERS = "no-members";
  /** None of the above: the rules give no failed test (reported so that the table adds up). */
  public static final String OTHER = "other";

  /** Every code, in the order tables show them. */
  public static final ImmutableList<String> CODES = ImmutableList.of(INCOME, FINANCIAL_ASSETS, VEHICLE, HOME, NON_RESIDENTIAL,
      BUSINESS, NO_MEMBERS, AWAITING_REVIEW, NOT_TAKEN_UP, RECEIVING, OTHER);

  /** The code of a failed criterion of the 低保 determination. */
  static final ImmutableMap<String, String> BY_CRITERION = ImmutableMap.<String, String>builder()
      .put("dibao.income", INCOME).put("assets.financial", FINANCIAL_ASSETS).put("assets.vehicles", VEHICLE)
      .put("assets.homes", HOME).put("assets.non-residential", NON_RESIDENTIAL).put("assets.business", BUSINESS)
      .put("household.counted-members", NO_MEMBERS).buildOrThrow();

  /** Chinese and English labels of the codes, for text output (from the simulation's bundle, {@link SimTexts}). */
  public static String label(String code, boolean zh) {
    return SimTexts.get(zh, "gap." + (CODES.contains(code) ? code : OTHER));
  }
}
