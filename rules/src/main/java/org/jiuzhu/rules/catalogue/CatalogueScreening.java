package org.jiuzhu.rules.catalogue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.money.Money;

/**
 * One application screened against the whole catalogue (一件事一次办): every programme's result
 * in evaluation order, what the household gets grouped by department with totals, one checklist
 * of documents, and the near misses.
 *
 * @since 0.1.0
 */
public final class CatalogueScreening {
  private final Screening rulebook;
  private final ImmutableList<ProgrammeResult> results;

  CatalogueScreening(Screening rulebook, ImmutableList<ProgrammeResult> results) {
    this.rulebook = rulebook;
    this.results = results;
  }

  /** The rulebook's determinations, with their findings and explanations. */
  public Screening rulebook() {
    return rulebook;
  }

  /** Every programme's result, in evaluation order. */
  public ImmutableList<ProgrammeResult> results() {
    return results;
  }

  /** The programmes the household gets, grouped by department in catalogue order. */
  public ImmutableMap<Department, ImmutableList<ProgrammeResult>> byDepartment() {
    Map<Department, List<ProgrammeResult>> m = new LinkedHashMap<>();
    for (ProgrammeResult r : results) {
      if (r.isEligible()) {
        m.computeIfAbsent(r.programme().department(), d -> new ArrayList<>()).add(r);
      }
    }
    ImmutableMap.Builder<Department, ImmutableList<ProgrammeResult>> b = ImmutableMap.builder();
    m.forEach((d, l) -> b.put(d, ImmutableList.copyOf(l)));
    return b.build();
  }

  /** The programmes the household does not get, each with why not. */
  public ImmutableList<ProgrammeResult> notGranted() {
    return results.stream().filter(r -> !r.isEligible()).collect(ImmutableList.toImmutableList());
  }

  /** The programmes not granted whose failed threshold lies within the near-miss margin. */
  public ImmutableList<ProgrammeResult> nearMisses() {
    return results.stream().filter(r -> r.nearMiss().isPresent()).collect(ImmutableList.toImmutableList());
  }

  /** One checklist of the documents for every programme granted or to be reviewed, without duplicates. */
  public ImmutableList<Document> checklist() {
    Set<Document> docs = new LinkedHashSet<>();
    for (ProgrammeResult r : results) {
      if (r.outcome() != org.jiuzhu.core.eligibility.Outcome.INELIGIBLE) {
        docs.addAll(r.programme().documents());
      }
    }
    return ImmutableList.copyOf(docs);
  }

  /** Money each month over every programme granted. */
  public Money totalMonthly() {
    return results.stream().filter(ProgrammeResult::isEligible).map(ProgrammeResult::monthly).reduce(Money.ZERO, Money::plus);
  }

  /** Money each year over every programme granted (yearly payments only). */
  public Money totalYearly() {
    return results.stream().filter(ProgrammeResult::isEligible).map(ProgrammeResult::yearly).reduce(Money.ZERO, Money::plus);
  }

  /** Money once over every programme granted. */
  public Money totalOneOff() {
    return results.stream().filter(ProgrammeResult::isEligible).map(ProgrammeResult::oneOff).reduce(Money.ZERO, Money::plus);
  }

  /** The result of {@code programmeId}, if the catalogue has it for this region. */
  public java.util.Optional<ProgrammeResult> get(String programmeId) {
    return results.stream().filter(r -> r.programme().id().equals(programmeId)).findFirst();
  }
}
