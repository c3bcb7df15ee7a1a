package org.jiuzhu.core.household;

import java.time.LocalDate;
import org.jiuzhu.core.region.RegionCode;

/** Small households for tests. */
final class Households {
  static final RegionCode ZHUANGLANG = RegionCode.parse("620825");
  static final String APPLICANT_ID_NUMBER = "620825196503120017";

  private Households() {}

  /** A rural member of Zhuanglang with the essentials set; builders are strict, so set the rest once. */
  static Member.Builder member(String id, Relationship relationship, LocalDate birthDate) {
    Member.Builder b = new Member.Builder();
    b.id(id).relationship(relationship).birthDate(birthDate)
        .hukouType(HukouType.RURAL).hukouRegion(ZHUANGLANG);
    return b;
  }

  static Member.Builder applicant() {
    Member.Builder b = member("m1", Relationship.APPLICANT, LocalDate.of(1965, 3, 12));
    b.citizenId(CitizenId.parse(APPLICANT_ID_NUMBER)).name("张三").workStatus(WorkStatus.FARMING);
    return b;
  }

  static Member.Builder spouse(String id) {
    Member.Builder b = member(id, Relationship.SPOUSE, LocalDate.of(1990, 7, 4));
    b.citizenId(CitizenId.parse("62082519900704002X")).workStatus(WorkStatus.NOT_WORKING);
    return b;
  }
}
