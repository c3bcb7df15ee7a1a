package org.jiuzhu.rules.catalogue;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.rules.cn.CnTexts;

/**
 * What one catalogue programme gives one household: outcome, the members it is for, money by
 * month, year or once, a service or in-kind quantity, why not (in both languages) and whether it
 * was a near miss.
 *
 * @param programme the programme
 * @param outcome eligible, not, or a review is needed
 * @param members the member ids it is for (empty for the whole household)
 * @param monthly money each month
 * @param yearly money each year
 * @param oneOff money once
 * @param quantity a service or in-kind quantity such as {@code 4 visits/month} or {@code 10 kWh/month}, if any
 * @param reasonsZh why not, or what needs review, in Chinese
 * @param reasonsEn the same in English
 * @param nearMiss a failed threshold within the near-miss margin, described, if any
 * @param details machine-readable terms, e.g. for medical assistance {@code <member>.ratio}, {@code
 *     <member>.cap}, {@code <member>.deductible}, {@code <member>.billed}, {@code <member>.paid}
 * @param notesZh what a granted programme gives and on what terms, in Chinese (explain mode)
 * @param notesEn the same in English
 * @param validUntil the first day the result no longer holds (exclusive), when it ends: a part for a
 *     member under an age ends at the birthday on which the member reaches it (detail {@code
 *     <member>.until}, the earliest of them here); a programme of the rulebook ends with its
 *     determination
 * @since 0.1.0
 */
public record ProgrammeResult(CatalogueProgramme programme, Outcome outcome, ImmutableList<String> members, Money monthly,
    Money yearly, Money oneOff, Optional<String> quantity, ImmutableList<String> reasonsZh, ImmutableList<String> reasonsEn,
    Optional<String> nearMiss, com.google.common.collect.ImmutableMap<String, String> details, ImmutableList<String> notesZh,
    ImmutableList<String> notesEn, Optional<java.time.LocalDate> validUntil) {

  /** A result that does not end on a known day. */
  public ProgrammeResult(CatalogueProgramme programme, Outcome outcome, ImmutableList<String> members, Money monthly,
      Money yearly, Money oneOff, Optional<String> quantity, ImmutableList<String> reasonsZh, ImmutableList<String> reasonsEn,
      Optional<String> nearMiss, com.google.common.collect.ImmutableMap<String, String> details, ImmutableList<String> notesZh,
      ImmutableList<String> notesEn) {
    this(programme, outcome, members, monthly, yearly, oneOff, quantity, reasonsZh, reasonsEn, nearMiss, details, notesZh, notesEn,
        Optional.empty());
  }

  /** A result without details or notes. */
  public ProgrammeResult(CatalogueProgramme programme, Outcome outcome, ImmutableList<String> members, Money monthly,
      Money yearly, Money oneOff, Optional<String> quantity, ImmutableList<String> reasonsZh, ImmutableList<String> reasonsEn,
      Optional<String> nearMiss) {
    this(programme, outcome, members, monthly, yearly, oneOff, quantity, reasonsZh, reasonsEn, nearMiss,
        com.google.common.collect.ImmutableMap.of(), ImmutableList.of(), ImmutableList.of());
  }

  /**
   * The near miss as a sentence in {@code lang}, e.g. {@code 接近标准：家庭月人均收入 570.00 元，低保标准
   * 570.00 元} or {@code near miss: per-capita monthly income 570.00 yuan against the standard of
   * 570.00 yuan}, amounts grouped; empty when there is none. {@link #nearMiss()} keeps the machine
   * form {@code criterion: actual vs threshold}.
   */
  public Optional<String> nearMissText(Lang lang) {
    return nearMiss.map(n -> nearMissText(lang, n));
  }

  /** {@code criterion: actual vs threshold} in {@code lang}'s words. */
  static String nearMissText(Lang lang, String n) {
    int colon = n.indexOf(": ");
    int vs = n.lastIndexOf(" vs ");
    if (colon < 0 || vs < colon) {
      return n;
    }
    String key = "catalogue.near-miss." + n.substring(0, colon);
    String actual = n.substring(colon + 2, vs);
    String threshold = n.substring(vs + 4);
    if (CnTexts.MESSAGES.has(lang, key)) {
      try {
        // the criteria with their own sentence compare amounts in yuan
        return CnTexts.get(lang, key, Money.parse(actual), Money.parse(threshold));
      } catch (IllegalArgumentException e) {
        // not an amount after all: said as it is, below
      }
    }
    return CnTexts.get(lang, "catalogue.near-miss", actual, threshold);
  }

  /**
   * True when a granted programme's money is a monthly amount to state, even 0.00: a 低保 paid as
   * the difference to the standard can round to nothing (a household 0.01 yuan per person below the
   * line), and is still granted at 每月 0.00 元, not a programme without an amount. False when it is
   * not granted or its money is yearly or once.
   */
  public boolean showsMonthly() {
    if (!isEligible()) {
      return false;
    }
    if (monthly.isPositive()) {
      return true;
    }
    if (!yearly.isZero() || !oneOff.isZero()) {
      return false;
    }
    String id = programme.id();
    return programme.isRulebook()
        ? id.equals(org.jiuzhu.rules.cn.CnRulebook.DIBAO) || id.equals(org.jiuzhu.rules.cn.CnRulebook.DIBAO_SINGLE)
            || id.equals(org.jiuzhu.rules.cn.CnRulebook.TEKUN)
        : programme.kind() == Kind.CASH && programme.amountType().map(t -> t.startsWith("MONTHLY")).orElse(false);
  }

  /** True when the household gets it. */
  public boolean isEligible() {
    return outcome == Outcome.ELIGIBLE;
  }
}
