package org.jiuzhu.rules.catalogue;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.money.Money;

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
 * @since 0.1.0
 */
public record ProgrammeResult(CatalogueProgramme programme, Outcome outcome, ImmutableList<String> members, Money monthly,
    Money yearly, Money oneOff, Optional<String> quantity, ImmutableList<String> reasonsZh, ImmutableList<String> reasonsEn,
    Optional<String> nearMiss, com.google.common.collect.ImmutableMap<String, String> details, ImmutableList<String> notesZh,
    ImmutableList<String> notesEn) {

  /** A result without details or notes. */
  public ProgrammeResult(CatalogueProgramme programme, Outcome outcome, ImmutableList<String> members, Money monthly,
      Money yearly, Money oneOff, Optional<String> quantity, ImmutableList<String> reasonsZh, ImmutableList<String> reasonsEn,
      Optional<String> nearMiss) {
    this(programme, outcome, members, monthly, yearly, oneOff, quantity, reasonsZh, reasonsEn, nearMiss,
        com.google.common.collect.ImmutableMap.of(), ImmutableList.of(), ImmutableList.of());
  }

  /** True when the household gets it. */
  public boolean isEligible() {
    return outcome == Outcome.ELIGIBLE;
  }
}
