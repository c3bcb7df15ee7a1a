package org.jiuzhu.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jiuzhu.core.household.CurrentBenefit;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A current benefit received only from a day after the evaluation date is a problem naming its path, as income and events after it are. */
final class BenefitSinceAfterTheDateTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);

  @TempDir
  Path dir;

  private static String household(String benefits) {
    return """
        id: h6
        region: "620825"
        applicant: m1
        members:
          - {id: m1, relationship: APPLICANT, birthDate: "1968-08-08", hukouType: URBAN, hukouRegion: "620825", workStatus: NOT_WORKING}
        currentBenefits:
        """ + benefits;
  }

  private int files;

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("h6-" + ++files + ".yaml"), text);
  }

  @Test
  void aBenefitSinceALaterDayIsRefusedNamingItsPathInBothLanguages() throws IOException {
    Path f = file(household("  - {programme: cn.dibao, since: \"2024-05-01\"}\n  - {programme: cn.old-age-allowance, since: \"2025-12-01\"}\n"));
    assertThatThrownBy(() -> HouseholdReader.read(f, DATE)).isInstanceOf(ValidationException.class).satisfies(e -> {
      ValidationException v = (ValidationException) e;
      assertThat(v.problems()).extracting(x -> x.path() + " " + x.code())
          .containsExactly("currentBenefits[1].since household.benefit.afterDate");
      assertThat(v.problems().get(0).line()).hasValue(8);
      assertThat(v.getMessage(Lang.ZH)).contains("现享受待遇的起始日期2025年12月1日晚于认定日期2025年10月1日，应不晚于认定日期");
      assertThat(v.getMessage(Lang.EN)).contains("a current benefit received since 1 December 2025 starts after the evaluation date"
          + " 1 October 2025; expected a day on or before it");
    });
    // on the date itself it is received; without a date nothing is checked
    assertThat(HouseholdReader.read(file(household("  - {programme: cn.dibao, since: \"2025-10-01\"}\n")), DATE).currentBenefits())
        .extracting(CurrentBenefit::since).containsExactly(DATE);
    assertThat(HouseholdReader.read(f).currentBenefits()).hasSize(2);
  }

  @Test
  void aBenefitLeftOutForAnUnknownProgrammeHasItsDateCheckedToo() throws IOException {
    Path f = file(household("  - {programme: cn.nothing, since: \"2026-01-01\"}\n"));
    assertThatThrownBy(() -> HouseholdReader.read(f, DATE)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(x -> x.path() + " " + x.code())
            .containsExactlyInAnyOrder("currentBenefits[0].programme field.programme", "currentBenefits[0].since household.benefit.afterDate"));
  }

  @Test
  void aHouseholdBuiltInCodeIsCheckedOnTheDateAsWell() throws IOException {
    Household h = HouseholdReader.read(file(household("  - {programme: cn.dibao, since: \"2025-10-02\"}\n")));
    assertThat(h.problemsOn(DATE)).extracting(Problem::path).containsExactly("currentBenefits[0].since");
    assertThat(h.problemsOn(LocalDate.of(2025, 10, 2))).isEmpty();
    assertThatThrownBy(() -> h.checkOn(DATE)).isInstanceOf(ValidationException.class);
  }
}
