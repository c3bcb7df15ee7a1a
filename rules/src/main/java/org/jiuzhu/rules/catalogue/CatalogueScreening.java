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

  /**
   * One checklist of the documents for every programme granted or to be reviewed, without
   * duplicates; with a programme's {@link CatalogueProgramme#documentsIfSchemeNotRecorded() proof of
   * scheme} where it was granted to a member whose insurance scheme is not recorded (a detail
   * {@code <member>.pensionScheme} or {@code .medicalScheme} {@code not-recorded}: explain mode).
   */
  public ImmutableList<Document> checklist() {
    Set<Document> docs = new LinkedHashSet<>();
    for (ProgrammeResult r : results) {
      if (r.outcome() != org.jiuzhu.core.eligibility.Outcome.INELIGIBLE) {
        docs.addAll(r.programme().documents());
      }
    }
    for (ProgrammeResult r : results) {
      if (r.isEligible() && !r.programme().documentsIfSchemeNotRecorded().isEmpty() && r.details().entrySet().stream()
          .anyMatch(e -> e.getValue().equals("not-recorded")
              && (e.getKey().endsWith(".pensionScheme") || e.getKey().endsWith(".medicalScheme")))) {
        docs.addAll(r.programme().documentsIfSchemeNotRecorded());
      }
    }
    return ImmutableList.copyOf(docs);
  }

  /**
   * True when {@code r} is granted and counts in the totals: not when it is the alternative
   * ({@link CatalogueProgramme#alternativeTo()}) of a programme granted too — the household chooses
   * one of the two, and the totals count the other (e.g. public rental housing in kind, not the rent
   * subsidy paid instead of a unit).
   */
  public boolean counted(ProgrammeResult r) {
    return r.isEligible() && r.programme().alternativeTo().flatMap(this::get).map(a -> !a.isEligible()).orElse(true);
  }

  /**
   * The granted programme {@code r} is an alternative of, either way round, when both are granted:
   * for the rent subsidy, public rental housing; for public rental housing, the rent subsidy.
   */
  public java.util.Optional<ProgrammeResult> grantedAlternative(ProgrammeResult r) {
    if (!r.isEligible()) {
      return java.util.Optional.empty();
    }
    java.util.Optional<ProgrammeResult> named = r.programme().alternativeTo().flatMap(this::get).filter(ProgrammeResult::isEligible);
    if (named.isPresent()) {
      return named;
    }
    return results.stream().filter(o -> o.isEligible() && o.programme().alternativeTo().filter(r.programme().id()::equals).isPresent())
        .findFirst();
  }

  /**
   * For a granted programme with a granted alternative, the sentence a reader reads in {@code lang}:
   * that the household chooses one, and whether the totals count this one
   * ({@code catalogue.alternative.counted} or {@code .instead}); empty otherwise.
   */
  public java.util.Optional<String> alternativeText(ProgrammeResult r, org.jiuzhu.core.text.Lang lang) {
    return grantedAlternative(r).map(a -> {
      CatalogueProgramme p = a.programme();
      String en = p.nameEn().isEmpty() ? p.nameEn() : Character.toLowerCase(p.nameEn().charAt(0)) + p.nameEn().substring(1);
      String key = counted(r) ? "catalogue.alternative.counted" : "catalogue.alternative.instead";
      return lang == org.jiuzhu.core.text.Lang.ZH ? org.jiuzhu.rules.cn.CnTexts.get(lang, key, p.nameZh(), p.nameZh())
          : org.jiuzhu.rules.cn.CnTexts.get(lang, key, en, p.nameZh());
    });
  }

  /** Money each month over every programme granted and counted ({@link #counted}). */
  public Money totalMonthly() {
    return results.stream().filter(this::counted).map(ProgrammeResult::monthly).reduce(Money.ZERO, Money::plus);
  }

  /** Money each year over every programme granted and counted (yearly payments only). */
  public Money totalYearly() {
    return results.stream().filter(this::counted).map(ProgrammeResult::yearly).reduce(Money.ZERO, Money::plus);
  }

  /** Money once over every programme granted and counted. */
  public Money totalOneOff() {
    return results.stream().filter(this::counted).map(ProgrammeResult::oneOff).reduce(Money.ZERO, Money::plus);
  }

  /** The result of {@code programmeId}, if the catalogue has it for this region. */
  public java.util.Optional<ProgrammeResult> get(String programmeId) {
    return results.stream().filter(r -> r.programme().id().equals(programmeId)).findFirst();
  }
}
