package org.jiuzhu.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.junit.jupiter.api.Test;

/** A programme whose prerequisite is under review says that the prerequisite is still to be decided, in both languages. */
final class PendingPrerequisiteTextTest {
  private static final CatalogueScreener SCREENER = new CatalogueScreener(CnRulebook.create(Policy.installed()), Catalogue.cn());

  private static Household household(String incomeMonth) {
    String yaml = "id: t\nregion: \"230300\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-05-01, hukouType: RURAL, hukouRegion: \"230300\", workStatus: FARMING}\n"
        + "  - {id: m2, relationship: SPOUSE, birthDate: 1982-03-01, hukouType: RURAL, hukouRegion: \"230300\", workStatus: FARMING}\n"
        + "incomes: [{member: m1, category: TRANSFER_NET, months: {from: " + incomeMonth + ", to: " + incomeMonth + "}, gross: \"20000\"}]\n";
    try {
      return HouseholdReader.read("t.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), true);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aPrerequisiteUnderReviewIsNamedAsStillToBeDecided() {
    CatalogueScreening s = SCREENER.screen(household("2024-09"), LocalDate.of(2025, 10, 1));
    assertThat(s.get(CnRulebook.DIBAO).orElseThrow().outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    ProgrammeResult r = s.get("cn.housing.rent-subsidy").orElseThrow();
    assertThat(r.outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(r.reasonsZh()).containsExactly("需先符合以下之一：特困人员救助供养、最低生活保障；其中最低生活保障尚待决定，决定后再据此认定本项目。");
    assertThat(r.reasonsEn()).containsExactly("Requires one of: Support for people in extreme poverty, Minimum living allowance."
        + " Still to be decided (待决定): Minimum living allowance; this programme follows that decision.");
  }

  @Test
  void aPrerequisiteRefusedKeepsThePlainSentence() {
    CatalogueScreening s = SCREENER.screen(household("2025-09"), LocalDate.of(2025, 10, 1));
    assertThat(s.get(CnRulebook.DIBAO).orElseThrow().outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(s.get("cn.housing.rent-subsidy").orElseThrow().reasonsZh()).containsExactly("需先符合以下之一：特困人员救助供养、最低生活保障。");
  }
}
