package org.jiuzhu.rules.catalogue;

import java.util.List;

/** The shape of a catalogue file as Jackson binds it; checked by {@link Catalogue}. */
final class Docs {
  private Docs() {}

  static final class FileDoc {
    public String format;
    public List<Named> departments;
    public List<Named> documents;
    public List<KeyDoc> parameters;
    public List<ProgrammeDoc> programmes;
  }

  static final class OverlayDoc {
    public String format;
    public String region;
    public List<String> drop;
    public List<ProgrammeDoc> add;
  }

  static final class Named {
    public String id;
    public String nameZh;
    public String nameEn;
  }

  static final class KeyDoc {
    public String key;
    public String unit;
    public String description;
  }

  static final class ProgrammeDoc {
    public String id;
    public boolean rulebook;
    public String nameZh;
    public String nameEn;
    public String department;
    public String kind;
    public String reference;
    public List<String> documents;
    /**
     * Documents asked for besides {@link #documents} when the programme is granted to a member whose
     * insurance scheme, read by its member conditions, is not recorded (e.g. the enrolment record).
     */
    public List<String> documentsIfSchemeNotRecorded;
    public List<String> anyOf;
    public String alternativeTo;
    public MemberDoc member;
    public HouseholdDoc household;
    public AmountDoc amount;
    public QuantityDoc service;
    public QuantityDoc inKind;
  }

  static final class MemberDoc {
    public String minAge;
    public String ageBelow;
    public Boolean orphan;
    public Boolean noEffectiveGuardian;
    public Boolean selfCareNeed;
    public Boolean chronicOrDialysis;
    public Boolean illOrDisabled;
    public Boolean majorIllness;
    public Boolean disabled;
    public Boolean severeDisability;
    public Boolean unemployedAbleToWork;
    public List<String> schooling;
    public List<String> workStatus;
    /**
     * The pension scheme a member must be in ({@code InsuranceScheme}, e.g. {@code [RESIDENTS, NONE]}:
     * in or able to join the residents' scheme); a member whose scheme is not recorded passes, and
     * the result says it was not recorded ({@code <member>.pensionScheme: not-recorded}).
     */
    public List<String> pensionScheme;
    /** The same for the medical-insurance scheme ({@code <member>.medicalScheme: not-recorded}). */
    public List<String> medicalScheme;
    /** {@link #schooling} and {@link #workStatus} by enum ordinal, made once when first asked (not read from the file). */
    private volatile boolean[] schoolingByOrdinal;
    private volatile boolean[] workStatusByOrdinal;
    private volatile boolean[] pensionByOrdinal;
    private volatile boolean[] medicalByOrdinal;

    /**
     * Whether a member of pension scheme {@code ordinal} ({@code InsuranceScheme}, or -1: not
     * recorded) meets {@link #pensionScheme}: true when there is no such condition or the scheme is
     * not recorded.
     */
    boolean pensionAllows(int ordinal) {
      if (pensionScheme == null || ordinal < 0) {
        return true;
      }
      boolean[] by = pensionByOrdinal;
      if (by == null) {
        by = byOrdinal(pensionScheme, org.jiuzhu.core.household.InsuranceScheme.values());
        pensionByOrdinal = by;
      }
      return ordinal < by.length && by[ordinal];
    }

    /** {@link #pensionAllows} for {@link #medicalScheme}. */
    boolean medicalAllows(int ordinal) {
      if (medicalScheme == null || ordinal < 0) {
        return true;
      }
      boolean[] by = medicalByOrdinal;
      if (by == null) {
        by = byOrdinal(medicalScheme, org.jiuzhu.core.household.InsuranceScheme.values());
        medicalByOrdinal = by;
      }
      return ordinal < by.length && by[ordinal];
    }

    /** Whether {@code stage} is one of {@link #schooling} (which must be set). */
    boolean schoolingAllows(org.jiuzhu.core.household.SchoolingStage stage) {
      return schoolingAllows(stage.ordinal());
    }

    /** Whether the stage of ordinal {@code ordinal} is one of {@link #schooling} (which must be set). */
    boolean schoolingAllows(int ordinal) {
      boolean[] by = schoolingByOrdinal;
      if (by == null) {
        by = byOrdinal(schooling, org.jiuzhu.core.household.SchoolingStage.values());
        schoolingByOrdinal = by;
      }
      return ordinal < by.length && by[ordinal];
    }

    /** Whether {@code status} is one of {@link #workStatus} (which must be set). */
    boolean workStatusAllows(org.jiuzhu.core.household.WorkStatus status) {
      return workStatusAllows(status.ordinal());
    }

    /** Whether the status of ordinal {@code ordinal} is one of {@link #workStatus} (must be set); false for an ordinal of no status. */
    boolean workStatusAllows(int ordinal) {
      boolean[] by = workStatusByOrdinal;
      if (by == null) {
        by = byOrdinal(workStatus, org.jiuzhu.core.household.WorkStatus.values());
        workStatusByOrdinal = by;
      }
      return ordinal < by.length && by[ordinal];
    }

    private static boolean[] byOrdinal(List<String> names, Enum<?>[] values) {
      boolean[] by = new boolean[values.length];
      for (Enum<?> v : values) {
        by[v.ordinal()] = names.contains(v.name());
      }
      return by;
    }
  }

  static final class HouseholdDoc {
    public String hukou;
    public Boolean ownsHome;
    /** True: no member is cared for in an institution (集中供养); housing help is for those at home. */
    public Boolean livesAtHome;
    /** True: a home the household owns and lives in is recorded as unsafe ({@code homes[].unsafe}, 危房). */
    public Boolean unsafeHome;
    public String regionFlag;
    public String recentDeath;
  }

  static final class AmountDoc {
    public String type;
    public String key;
    public List<String> categories;
  }

  static final class QuantityDoc {
    public String key;
    public Integer quantity;
    public String unit;
    public String per;
  }
}
