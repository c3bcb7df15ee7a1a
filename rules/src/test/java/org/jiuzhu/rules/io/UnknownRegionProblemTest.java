package org.jiuzhu.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HouseholdReader#read(Path, LocalDate, Policy)}: a region the policy does not know is one problem of the file among the others. */
final class UnknownRegionProblemTest {
  @TempDir
  Path dir;

  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);

  private Path file(String region, String gross, String secondId) throws IOException {
    Path p = dir.resolve("h.yaml");
    Files.writeString(p, "id: h1\n"
        + "region: \"" + region + "\"\n"
        + "applicant: m1\n"
        + "members:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: \"1975-04-01\", hukouType: RURAL, hukouRegion: \"620825\", workStatus: FARMING}\n"
        + "  - {" + secondId + "relationship: SPOUSE, birthDate: \"1976-04-01\", hukouType: RURAL, hukouRegion: \"620825\", workStatus: FARMING}\n"
        + "incomes:\n"
        + "  - {member: m1, category: WAGES, month: \"2025-09\", gross: \"" + gross + "\"}\n", StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void anUnknownRegionIsSaidAtItsFieldWithTheOtherProblems() throws IOException {
    ValidationException e = catchThrowableOfType(
        () -> HouseholdReader.read(file("620826", "-100", ""), DATE, Policy.installed()), ValidationException.class);
    assertThat(e.problems()).extracting(Problem::path).containsExactly("region", "members[1].id", "incomes[0].gross");
    Problem region = e.problems().get(0);
    assertThat(region.code()).isEqualTo("household.region.unknown");
    assertThat(region.line()).hasValue(2);
    assertThat(region.column()).hasValue(9);
    assertThat(region.message(Lang.EN)).startsWith("unknown region 620826 on 1 October 2025: no policy declares it")
        .contains("620825 Zhuanglang County");
    assertThat(region.message(Lang.ZH)).startsWith("未知地区 620826（2025年10月1日）：没有政策声明该地区").contains("620825 庄浪县");
  }

  @Test
  void aKnownRegionAndNoPolicyAreNoProblem() throws IOException {
    Household h = HouseholdReader.read(file("620825", "100", "id: m2, "), DATE, Policy.installed());
    assertThat(h.region()).isEqualTo(RegionCode.parse("620825"));
    // without a policy the region is not checked (as read(file, date) does)
    assertThat(HouseholdReader.read(file("620826", "100", "id: m2, "), DATE, null).region()).isEqualTo(RegionCode.parse("620826"));
    assertThat(HouseholdReader.read(file("620826", "100", "id: m2, "), DATE).region()).isEqualTo(RegionCode.parse("620826"));
  }

  @Test
  void aRegionThatIsNoCodeIsSaidOnceNotAsUnknown() throws IOException {
    ValidationException e = catchThrowableOfType(
        () -> HouseholdReader.read(file("999999", "100", "id: m2, "), DATE, Policy.installed()), ValidationException.class);
    assertThat(e.problems()).extracting(Problem::path).containsExactly("region");
    assertThat(e.problems().get(0).code()).isNotEqualTo("household.region.unknown");
  }
}
