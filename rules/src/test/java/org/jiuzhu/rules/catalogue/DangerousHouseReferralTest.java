package org.jiuzhu.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.plan.AidPlan;
import org.jiuzhu.core.plan.Need;
import org.jiuzhu.core.plan.NeedMeasure;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.jiuzhu.rules.io.HouseholdWriter;
import org.jiuzhu.rules.plan.AidPlanner;
import org.junit.jupiter.api.Test;

/**
 * Rural dangerous-house renovation (农村危房改造) is a referral that follows from a recorded fact — the
 * home lived in recorded as unsafe ({@code homes[].unsafe}) — not from owning a rural home, nor from a
 * fire (the trial's h5-fire: its emergency is temporary assistance's).
 */
final class DangerousHouseReferralTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private static final String RENOVATION = "cn.housing.dangerous-house-renovation";

  /** The trial's h5-fire: a rural 低保边缘 household whose house caught fire three days before. */
  private static String fire(String home) {
    return "{\"id\":\"h5-fire\",\"region\":\"620825\",\"applicant\":\"m1\",\"members\":["
        + "{\"id\":\"m1\",\"relationship\":\"APPLICANT\",\"birthDate\":\"1985-04-04\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"620825\","
        + "\"workStatus\":\"FARMING\"},"
        + "{\"id\":\"m2\",\"relationship\":\"CHILD\",\"birthDate\":\"2015-01-01\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"620825\","
        + "\"workStatus\":\"STUDENT\",\"schooling\":\"PRIMARY\"}],"
        + "\"incomes\":[{\"member\":\"m1\",\"category\":\"BUSINESS_NET\",\"months\":{\"from\":\"2024-10\",\"to\":\"2025-09\"},\"gross\":\"1800\"}],"
        + "\"homes\":[" + home + "],"
        + "\"events\":[{\"date\":\"2025-09-28\",\"type\":\"FIRE\",\"member\":\"m1\",\"description\":\"house fire, loss not yet assessed\"}]}";
  }

  private static final String HOME = "{\"owner\":\"m1\",\"floorArea\":80,\"value\":\"60000\",\"livedIn\":true";

  private record Result(CatalogueScreening screening, AidPlan plan) {}

  private static Result run(String json) {
    Policy policy = Policy.installed();
    Household h = HouseholdReader.fromJsonLine("h5-fire.json", json);
    CatalogueScreening s = new CatalogueScreener(CnRulebook.create(policy), Catalogue.cn()).screen(h, DATE);
    return new Result(s, new AidPlanner(policy).plan(h, s, DATE));
  }

  @Test
  void aFireAloneGivesNoRenovationReferralAndNoHousingNeed() {
    Result r = run(fire(HOME + "}"));
    assertThat(r.screening().get("cn.dibao-marginal").orElseThrow().isEligible()).isTrue();
    ProgrammeResult renovation = r.screening().get(RENOVATION).orElseThrow();
    assertThat(renovation.isEligible()).isFalse();
    assertThat(renovation.reasonsZh()).containsExactly("需要所居住的自有住房登记为危房（经鉴定为危房，或因火灾、灾害受损待房屋安全鉴定）。");
    assertThat(renovation.reasonsEn()).containsExactly("Requires the home of one's own lived in to be recorded as unsafe (危房: appraised as"
        + " dangerous, or damaged by a fire or disaster and awaiting a house safety appraisal).");
    assertThat(r.plan().needs()).containsExactlyInAnyOrder(Need.SCHOOLING, Need.EMERGENCY);
    assertThat(r.plan().items()).noneMatch(i -> i.programmeId().filter(RENOVATION::equals).isPresent());
  }

  @Test
  void aHomeRecordedUnsafeIsAHousingNeedMetByTheReferral() {
    Result r = run(fire(HOME + ",\"unsafe\":true}"));
    assertThat(r.screening().get(RENOVATION).orElseThrow().isEligible()).isTrue();
    assertThat(r.plan().needs()).containsExactlyInAnyOrder(Need.SCHOOLING, Need.HOUSING, Need.EMERGENCY);
    String referral = r.plan().items().stream().filter(i -> i.programmeId().filter(RENOVATION::equals).isPresent()).findFirst()
        .orElseThrow().id();
    assertThat(r.plan().measures()).filteredOn(m -> m.need() == Need.HOUSING).extracting(NeedMeasure::itemIds)
        .containsExactly(com.google.common.collect.ImmutableList.of(referral));
    // a home recorded unsafe that the household does not live in: no referral, no need
    Result away = run(fire(HOME.replace("\"livedIn\":true", "\"livedIn\":false") + ",\"unsafe\":true}"));
    assertThat(away.screening().get(RENOVATION).orElseThrow().isEligible()).isFalse();
    assertThat(away.plan().needs()).doesNotContain(Need.HOUSING);
  }

  @Test
  void theUnsafeFlagIsReadStrictlyAndWrittenOnlyWhenSet() {
    Household h = HouseholdReader.fromJsonLine("h.json", fire(HOME + ",\"unsafe\":true}"));
    assertThat(h.homes().get(0).unsafe()).isTrue();
    assertThat(HouseholdWriter.toJsonLine(h)).contains("\"unsafe\":true");
    Household plain = HouseholdReader.fromJsonLine("h.json", fire(HOME + "}"));
    assertThat(plain.homes().get(0).unsafe()).isFalse();
    assertThat(HouseholdWriter.toJsonLine(plain)).doesNotContain("unsafe");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HouseholdReader.fromJsonLine("h.json", fire(HOME + ",\"unsafe\":\"yes\"}")))
        .isInstanceOf(org.jiuzhu.core.validation.ValidationException.class)
        .satisfies(e -> assertThat(((org.jiuzhu.core.validation.ValidationException) e).problems())
            .anySatisfy(p -> assertThat(p.path()).isEqualTo("homes[0].unsafe")));
  }
}
