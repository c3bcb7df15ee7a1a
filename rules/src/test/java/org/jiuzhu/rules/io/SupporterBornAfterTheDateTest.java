package org.jiuzhu.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A supporter (法定义务人) born after the evaluation date is a problem naming its path, as a member
 * born after it is: every supporter carries a birth date, one living elsewhere too.
 */
final class SupporterBornAfterTheDateTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);

  @TempDir
  Path dir;

  private static String household(String sonBorn) {
    return """
        id: h7
        region: "620825"
        applicant: m1
        members:
          - id: m1
            relationship: APPLICANT
            birthDate: "1950-03-01"
            hukouType: RURAL
            hukouRegion: "620825"
            workStatus: NOT_WORKING
            supporters:
              - {relationship: SPOUSE, birthDate: "1952-01-01"}
              - {relationship: CHILD, birthDate: "%s", conditions: [DIBAO]}
        """.formatted(sonBorn);
  }

  private int files;

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("h7-" + ++files + ".yaml"), text);
  }

  @Test
  void aSupporterBornAfterTheDateIsRefusedNamingItsPathAndLineInBothLanguages() throws IOException {
    Path f = file(household("2026-02-01"));
    assertThatThrownBy(() -> HouseholdReader.read(f, DATE)).isInstanceOf(ValidationException.class).satisfies(e -> {
      ValidationException v = (ValidationException) e;
      assertThat(v.problems()).extracting(x -> x.path() + " " + x.code())
          .containsExactly("members[0].supporters[1].birthDate household.supporter.notYetBorn");
      assertThat(v.problems().get(0).line()).hasValue(13); // the second supporter's line
      assertThat(v.getMessage(Lang.EN)).contains("supporter 2 of member m1 is born on 1 February 2026, after the evaluation date"
          + " 1 October 2025; expected a day on or before it");
      assertThat(v.getMessage(Lang.ZH)).contains("成员 m1 的第 2 位赡养（抚养、扶养）人的出生日期2026年2月1日晚于认定日期2025年10月1日，应不晚于认定日期");
    });
    // born on the date itself: read; without a date nothing is checked
    assertThat(HouseholdReader.read(file(household("2025-10-01")), DATE).members().get(0).supporters()).hasSize(2);
    assertThat(HouseholdReader.read(f).members().get(0).supporters()).hasSize(2);
  }

  @Test
  void aHouseholdBuiltInCodeIsCheckedOnTheDateAsWell() throws IOException {
    Household h = HouseholdReader.read(file(household("2025-10-02")));
    assertThat(h.problemsOn(DATE)).extracting(Problem::path).containsExactly("members[0].supporters[1].birthDate");
    assertThat(h.problemsOn(LocalDate.of(2025, 10, 2))).isEmpty();
    assertThatThrownBy(() -> h.checkOn(DATE)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::code)
            .containsExactly("household.supporter.notYetBorn"));
    h.checkOn(LocalDate.of(2025, 10, 2));
  }

  /** The rulebook, fast or explained, and the catalogue refuse such a household with the same problem, never decide it. */
  @Test
  void everyPathRefusesAHouseholdWithASupporterBornAfterTheDate() throws IOException {
    Household h = HouseholdReader.read(file(household("2025-10-02")));
    org.jiuzhu.rules.cn.CnRulebook rulebook = org.jiuzhu.rules.cn.CnRulebook.create(org.jiuzhu.core.policy.Policy.installed());
    org.jiuzhu.rules.catalogue.CatalogueScreener screener =
        new org.jiuzhu.rules.catalogue.CatalogueScreener(rulebook, org.jiuzhu.rules.catalogue.Catalogue.cn());
    java.util.List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls = java.util.List.of(
        () -> rulebook.evaluate(h, DATE), () -> rulebook.evaluateFast(h, DATE), () -> screener.screen(h, DATE),
        () -> screener.screenFast(h, DATE), () -> rulebook.newBatch(DATE, 1).add(h));
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call : calls) {
      assertThatThrownBy(call).isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::code)
              .containsExactly("household.supporter.notYetBorn"));
    }
    // the day after: decided
    assertThat(rulebook.evaluateFast(h, DATE.plusDays(1)).determinations()).isNotEmpty();
  }
}
