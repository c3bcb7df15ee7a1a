package org.jiuzhu.rules.cn;

import static org.jiuzhu.rules.cn.CnParameters.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.batch.HouseholdBatch;

/**
 * The rulebook's parameters of one region on one date, as a {@link HouseholdBatch} reduces facts
 * by them; a missing value throws the same error, naming key, region and date, as the rules do.
 */
final class CnSpec implements HouseholdBatch.Spec {
  final CnParams p;
  private final Policy policy;
  private final RegionCode region;
  private final LocalDate date;

  CnSpec(CnParams p, Policy policy, RegionCode region, LocalDate date) {
    this.p = p;
    this.policy = policy;
    this.region = region;
    this.date = date;
  }

  private <T> T need(T value, org.jiuzhu.core.policy.ParameterKey<T> key) {
    return value != null ? value : policy.snapshot(region, date).get(key);
  }

  @Override
  public int religiousSiteYears() {
    return p.religiousSiteYears;
  }

  @Override
  public boolean hasReferenceMonths() {
    return p.referenceMonths != null;
  }

  @Override
  public int referenceMonths() {
    return need(p.referenceMonths, DIBAO_INCOME_REFERENCE_MONTHS);
  }

  @Override
  public int rigidWindow() {
    return p.rigidWindow;
  }

  @Override
  public int temporaryExpenditureWindow() {
    return p.temporaryExpenditureWindow;
  }

  @Override
  public boolean excludeResidentsPension() {
    return p.excludeResidentsPension;
  }

  @Override
  public boolean deductMedical() {
    return p.deductMedical;
  }

  @Override
  public long employmentCap(boolean urban) {
    long standard = urban ? need(p.standardUrban, DIBAO_STANDARD_URBAN).fen() : need(p.standardRural, DIBAO_STANDARD_RURAL).fen();
    if (p.employmentCostRatio == null) {
      policy.snapshot(region, date).get(DIBAO_EMPLOYMENT_COST_RATIO);
    }
    return p.employmentCostRatio.floorTimes(standard);
  }

  @Override
  public int withdrawalMonths() {
    return p.withdrawalMonths;
  }

  @Override
  public int earmarkMaxMonths() {
    return p.earmarkMaxMonths;
  }

  @Override
  public int temporaryEventWindowDays() {
    return p.temporaryEventWindowDays;
  }

  @Override
  public int maxHomes() {
    return p.maxHomes;
  }

  @Override
  public BigDecimal maxHomeAreaPerCapita() {
    return p.maxHomeAreaPerCapita;
  }

  @Override
  public boolean exemptMicroBusiness() {
    return p.exemptMicroBusiness;
  }
}
