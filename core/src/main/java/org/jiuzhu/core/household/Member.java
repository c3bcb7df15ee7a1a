package org.jiuzhu.core.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationTexts;

/**
 * A member of the household (家庭成员) with every fact the rules read. Whether a member is
 * counted (共同生活的家庭成员) is decided by the rules from {@link #absence()} and relationship.
 *
 * <p>Personal data: {@link #toString()} shows the citizen ID masked and never the name.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Member {
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

  Member() {}

  /** The member's id within the household, e.g. {@code m1}; not personal data. */
  public abstract String id();

  /** The citizen ID number, where given; shown masked everywhere. */
  public abstract Optional<CitizenId> citizenId();

  /** The member's name; personal data, never in {@code toString}. */
  @Value.Redacted
  public abstract Optional<String> name();

  /** The relationship to the applicant. */
  public abstract Relationship relationship();

  /** The date of birth. */
  public abstract LocalDate birthDate();

  /** Sex as given; see {@link #knownSex()}. */
  public abstract Optional<Sex> sex();

  /** Sex as given, or else as read from the citizen ID. */
  public Optional<Sex> knownSex() {
    return sex().isPresent() ? sex() : citizenId().map(CitizenId::sex);
  }

  /** The type of household registration. */
  public abstract HukouType hukouType();

  /** Where the hukou (户籍) is registered. */
  public abstract RegionCode hukouRegion();

  /** A certified disability, if any. */
  public abstract Optional<Disability> disability();

  /** The six-item self-care assessment, where made. */
  public abstract Optional<SelfCareAssessment> selfCare();

  /** Illnesses, including major illnesses (重特大疾病). */
  public abstract List<Illness> illnesses();

  /** What the member does for a living now. */
  public abstract WorkStatus workStatus();

  /** Assessed work capacity; when absent the rules derive it from age and disability. */
  public abstract Optional<WorkCapacity> workCapacity();

  /** The stage of education the member is in; {@link SchoolingStage#NONE} by default. */
  @Value.Default
  public SchoolingStage schooling() {
    return SchoolingStage.NONE;
  }

  /**
   * The basic pension scheme the member is in (城乡居民 / 职工 / 未参保); absent when not recorded. A
   * member drawing a pension is in the scheme that pays it (an employees' pension: {@link
   * InsuranceScheme#EMPLOYEES}).
   */
  public abstract Optional<InsuranceScheme> pensionScheme();

  /** The basic medical-insurance scheme the member is in (城乡居民 / 职工 / 未参保); absent when not recorded. */
  public abstract Optional<InsuranceScheme> medicalScheme();

  /** Why the member lives apart, if they do. */
  public abstract Optional<Absence> absence();

  /** People with a statutory duty to support this member (法定义务人). */
  public abstract List<Supporter> supporters();

  /** Where the member would be cared for as a person in extreme poverty (特困), if stated. */
  public abstract Optional<CarePlacement> carePlacement();

  /** Both parents dead, missing or declared dead (孤儿). */
  @Value.Default
  public boolean orphan() {
    return false;
  }

  /** Times in a row this member refused suitable work without good reason (for Art. 45). */
  @Value.Default
  public int consecutiveRefusedJobOffers() {
    return 0;
  }

  /** The member's age in whole years on {@code date} (0 before the first birthday). */
  public int ageOn(LocalDate date) {
    LocalDate birth = birthDate();
    int years = date.getYear() - birth.getYear();
    if (date.getMonthValue() < birth.getMonthValue()
        || (date.getMonthValue() == birth.getMonthValue() && date.getDayOfMonth() < birth.getDayOfMonth())) {
      years--;
    }
    return years;
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (id().isBlank()) {
      p.add("id", "member.id.blank", ValidationTexts.text("problem.member.id.blank"));
    }
    if (name().isPresent() && name().get().isBlank()) {
      p.add("name", "member.name.blank", ValidationTexts.text("problem.member.name.blank"));
    }
    if (birthDate().isBefore(EARLIEST_BIRTH)) {
      p.add("birthDate", "member.birthDate.range", ValidationTexts.text("problem.member.birthDate.range", birthDate(), EARLIEST_BIRTH));
    }
    if (citizenId().isPresent()) {
      CitizenId cid = citizenId().get();
      if (!cid.birthDate().equals(birthDate())) {
        p.add("birthDate", "member.birthDate.citizenId",
            ValidationTexts.text("problem.member.birthDate.citizenId", birthDate(), cid.masked()));
      }
      if (sex().isPresent() && sex().get() != cid.sex()) {
        p.add("sex", "member.sex.citizenId", ValidationTexts.text("problem.member.sex.citizenId", ValidationTexts.text("sex." + sex().get().name()), cid.masked()));
      }
    }
    if (consecutiveRefusedJobOffers() < 0) {
      p.add("consecutiveRefusedJobOffers", "member.refusals.negative",
          ValidationTexts.text("problem.member.refusals.negative", String.valueOf(consecutiveRefusedJobOffers())));
    }
    for (int i = 0; i < supporters().size(); i++) {
      Optional<String> sid = supporters().get(i).memberId();
      if (sid.isPresent() && sid.get().equals(id())) {
        p.add("supporters[" + i + "].memberId", "supporter.self", ValidationTexts.text("problem.supporter.self", id()));
      }
    }
    if (!p.isEmpty()) { // the subject is only written for a problem
      p.throwIfAny(ValidationTexts.subject("member.id", id()));
    }
  }

  /** Builds a {@link Member}. */
  public static final class Builder extends ImmutableMember.Builder {}
}
