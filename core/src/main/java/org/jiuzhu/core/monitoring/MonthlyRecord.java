package org.jiuzhu.core.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiuzhu.core.household.Disability;
import org.jiuzhu.core.household.Illness;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationTexts;

/**
 * One record of a department's monthly feed about one household: a medical bill, a diagnosis, a
 * disability certification, a death, a lost or new job, a month's income, a disaster, leaving a
 * programme, or a caseworker's visit. Which fields a record needs depends on its {@link #type()};
 * a record without them is refused when built, with every missing field named.
 *
 * <p>Personal data: a record carries member ids, never names or ID numbers; illness
 * descriptions are redacted from {@link #toString()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MonthlyRecord {
  MonthlyRecord() {}

  /** The household the record is about. */
  public abstract String householdId();

  /** What the record reports. */
  public abstract RecordType type();

  /** The day it happened (the bill's date, the day of death, the first day of the income month). */
  public abstract LocalDate date();

  /** The month of {@link #date()}. */
  public YearMonth month() {
    return YearMonth.from(date());
  }

  /** The member it is about; required for every type but disaster, leaving a programme and visits. */
  public abstract Optional<String> memberId();

  /** The amount: out-of-pocket cost, earnings lost, a month's income or a disaster's loss. */
  public abstract Optional<Money> amount();

  /** For a medical bill: it is one hospital stay (住院). */
  @Value.Default
  public boolean inpatient() {
    return false;
  }

  /** For a medical bill: what medical assistance (医疗救助) already paid on it, where any. */
  public abstract Optional<Money> medicalAssistance();

  /** For a diagnosis: the illness. */
  public abstract Optional<Illness> illness();

  /** For a disability certification: the disability. */
  public abstract Optional<Disability> disability();

  /** For a month's income: its category. */
  public abstract Optional<IncomeCategory> incomeCategory();

  /** For leaving a programme: the programme id, e.g. {@code cn.dibao}. */
  public abstract Optional<String> programmeId();

  /** Where the record came from, e.g. {@code feed-2025-03.jsonl:17}; shown as evidence. */
  public abstract Optional<String> source();

  /** The source, or the household id and type when there is none. */
  public String reference() {
    return source().orElseGet(() -> householdId() + "/" + type().code() + "/" + date());
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (householdId().isBlank()) {
      p.add("household", "record.household.blank", ValidationTexts.text("problem.record.household.blank"));
    }
    if (memberId().isPresent() && memberId().get().isBlank()) {
      p.add("member", "record.member.blank", ValidationTexts.text("problem.record.member.blank"));
    }
    if (amount().isPresent() && amount().get().isNegative()) {
      p.add("amount", "record.amount.negative", ValidationTexts.text("problem.record.amount.negative", amount().get()));
    }
    if (medicalAssistance().isPresent() && medicalAssistance().get().isNegative()) {
      p.add("medicalAssistance", "record.medicalAssistance.negative",
          ValidationTexts.text("problem.record.medicalAssistance.negative", medicalAssistance().get()));
    }
    RecordType t = type();
    boolean needsMember = t != RecordType.DISASTER && t != RecordType.LEFT_ASSISTANCE && t != RecordType.VISIT;
    if (needsMember && memberId().isEmpty()) {
      p.add("member", "record.member.missing", ValidationTexts.text("problem.record.member.missing", t.code(), ValidationTexts.text("recordType." + t.code())));
    }
    if ((t == RecordType.MEDICAL_BILL || t == RecordType.INCOME) && amount().isEmpty()) {
      p.add("amount", "record.amount.missing", ValidationTexts.text("problem.record.amount.missing", t.code(), ValidationTexts.text("recordType." + t.code())));
    }
    if (t == RecordType.INCOME && incomeCategory().isEmpty()) {
      p.add("incomeCategory", "record.incomeCategory.missing",
          ValidationTexts.text("problem.record.incomeCategory.missing"));
    }
    if (t == RecordType.DIAGNOSIS && illness().isEmpty()) {
      p.add("diagnosis", "record.diagnosis.missing", ValidationTexts.text("problem.record.diagnosis.missing"));
    }
    if (t == RecordType.DISABILITY && disability().isEmpty()) {
      p.add("disability", "record.disability.missing", ValidationTexts.text("problem.record.disability.missing"));
    }
    if (t == RecordType.LEFT_ASSISTANCE && programmeId().isEmpty()) {
      p.add("programme", "record.programme.missing", ValidationTexts.text("problem.record.programme.missing"));
    }
    if (inpatient() && t != RecordType.MEDICAL_BILL) {
      p.add("inpatient", "record.inpatient.type", ValidationTexts.text("problem.record.inpatient.type", t.code(), ValidationTexts.text("recordType." + t.code())));
    }
    if (!p.isEmpty()) { // the subject is only written for a problem
      p.throwIfAny(ValidationTexts.subject("monthly-record"));
    }
  }

  /** Builds a {@link MonthlyRecord}. */
  public static final class Builder extends ImmutableMonthlyRecord.Builder {}
}
