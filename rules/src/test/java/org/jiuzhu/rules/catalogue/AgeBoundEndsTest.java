package org.jiuzhu.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.cn.AgeBounds;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.junit.jupiter.api.Test;

/**
 * A determination, or the part of it, that holds only while a member is under an age ends on the
 * birthday the member reaches it: validUntil, the next review no later, both languages.
 */
final class AgeBoundEndsTest {
  private static final CatalogueScreener SCREENER = new CatalogueScreener(CnRulebook.create(Policy.installed()), Catalogue.cn());

  private static Household orphan(String birth) {
    String yaml = "id: t\nregion: \"620825\"\napplicant: m1\nmembers:\n  - {id: m1, relationship: APPLICANT, birthDate: " + birth
        + ", hukouType: RURAL, hukouRegion: \"620825\", workStatus: STUDENT, schooling: SENIOR_SECONDARY, orphan: true}\n";
    try {
      return HouseholdReader.read("t.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), true);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theOrphanAllowanceAndTheAdditionForMinorsEndOnThe18thBirthday() {
    Household h = orphan("2007-10-15");
    CatalogueScreening s = SCREENER.screen(h, LocalDate.of(2025, 9, 30));
    ProgrammeResult orphan = s.get("cn.orphan-allowance").orElseThrow();
    assertThat(orphan.isEligible()).isTrue();
    assertThat(orphan.monthly().toString()).isEqualTo("1300.00");
    assertThat(orphan.validUntil()).contains(LocalDate.of(2025, 10, 15));
    assertThat(orphan.details()).containsEntry("m1.until", "2025-10-15");
    assertThat(orphan.notesZh()).containsExactly("成员 m1 于2025年10月15日年满 18 周岁，本项目对该成员有效期至2025年10月14日，最迟于该日重新核定。");
    assertThat(orphan.notesEn())
        .containsExactly("Member m1 turns 18 on 15 October 2025: this programme holds for the member until 14 October 2025 inclusive and is redetermined by then.");
    assertThat(SCREENER.screenFast(h, LocalDate.of(2025, 9, 30)).get("cn.orphan-allowance").orElseThrow().validUntil())
        .contains(LocalDate.of(2025, 10, 15));

    Determination dibao = s.rulebook().get(CnRulebook.DIBAO).orElseThrow();
    assertThat(dibao.monthlyAmount().toString()).isEqualTo("620.00");
    assertThat(dibao.validUntil()).contains(LocalDate.of(2025, 10, 15));
    assertThat(dibao.nextReview()).contains(LocalDate.of(2025, 10, 15));
    assertThat(s.get(CnRulebook.DIBAO).orElseThrow().validUntil()).contains(LocalDate.of(2025, 10, 15));
    assertThat(dibao.explanationZh()).contains(
        "成员 m1 于2025年10月15日年满 18 周岁，此后不再按“未满 18 周岁”加发分类施保：本认定每月 620.00 元有效期至2025年10月14日，最迟于2025年10月15日重新核定。");
    assertThat(dibao.explanationEn()).contains("Member m1 turns 18 on 15 October 2025 and from then no longer has the addition (分类施保)"
        + " for being under 18: this determination of 620.00 yuan a month holds until 14 October 2025 inclusive and is redetermined by"
        + " 15 October 2025 at the latest.");
  }

  @Test
  void theDayBeforeOnAndAfterTheBirthday() {
    Household h = orphan("2007-10-15");
    // the day before: the orphan allowance still holds, until the birthday; 低保 (paid from 1 November) has no addition
    CatalogueScreening before = SCREENER.screen(h, LocalDate.of(2025, 10, 14));
    assertThat(before.get("cn.orphan-allowance").orElseThrow().validUntil()).contains(LocalDate.of(2025, 10, 15));
    Determination d = before.rulebook().get(CnRulebook.DIBAO).orElseThrow();
    assertThat(d.monthlyAmount().toString()).isEqualTo("570.00");
    assertThat(d.validUntil()).isEmpty();
    assertThat(d.details()).doesNotContainKey("additions").doesNotContainKey("additionEnds");
    for (LocalDate date : List.of(LocalDate.of(2025, 10, 15), LocalDate.of(2025, 10, 16))) {
      CatalogueScreening s = SCREENER.screen(h, date);
      assertThat(s.get("cn.orphan-allowance").orElseThrow().isEligible()).as(date.toString()).isFalse();
      assertThat(s.rulebook().get(CnRulebook.DIBAO).orElseThrow().monthlyAmount().toString()).isEqualTo("570.00");
    }
  }

  @Test
  void thePensionContributionSubsidyEndsAt60() {
    String yaml = "id: t\nregion: \"620825\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1966-03-20, hukouType: RURAL, hukouRegion: \"620825\", workStatus: NOT_WORKING}\n";
    Household h;
    try {
      h = HouseholdReader.read("t.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), true);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    CatalogueScreening s = SCREENER.screen(h, LocalDate.of(2025, 10, 1));
    s.results().stream().filter(r -> r.isEligible() && r.programme().doc.member != null && r.programme().doc.member.ageBelow != null)
        .forEach(r -> assertThat(r.validUntil()).as(r.programme().id()).contains(LocalDate.of(2026, 3, 20)));
    assertThat(s.results().stream().filter(r -> r.isEligible() && r.validUntil().isPresent()
        && r.programme().id().contains("pension"))).isNotEmpty();
  }

  @Test
  void aBirthdayOn29FebruaryIsReachedOn1MarchInACommonYear() {
    assertThat(AgeBounds.birthday(LocalDate.of(2008, 2, 29), 18)).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(AgeBounds.birthday(LocalDate.of(2008, 2, 29), 16)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(AgeBounds.birthday(LocalDate.of(2007, 10, 15), 18)).isEqualTo(LocalDate.of(2025, 10, 15));
  }
}
