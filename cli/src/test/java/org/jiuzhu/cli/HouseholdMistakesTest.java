package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes of the trial's household files, said with the value (in quotes) and what to do, in both languages. */
final class HouseholdMistakesTest {
  @TempDir
  Path dir;

  private static final String MEMBER = "{\"id\":\"m1\",\"relationship\":\"APPLICANT\",\"birthDate\":\"1975-04-01\","
      + "\"hukouType\":\"RURAL\",\"hukouRegion\":\"620825\",";

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void aNumberGivenAsTextIsQuotedInEnglishToo() throws IOException {
    Path h = file("h.json", "{\"id\":\"h1\",\"region\":\"620825\",\"applicant\":\"m1\",\"members\":[" + MEMBER
        + "\"workStatus\":\"NOT_WORKING\",\"disability\":{\"category\":\"PHYSICAL\",\"grade\":\"2\"}}]}");
    assertThat(CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", h.toString()).err())
        .contains("  - members[0].disability.grade (line 1, column 235): 'grade' is text '2'; expected a whole number without quotes\n");
    assertThat(CliRun.of("screen", "--date", "2025-10-01", h.toString()).err())
        .contains("  - members[0].disability.grade（第 1 行第 235 列）：“grade”为文字“2”；应为不加引号的整数\n");
  }

  @Test
  void aKeyGivenTwiceIsSaidWithTheBadValueItHides() throws IOException {
    Path h = file("h.json", "{\"id\":\"h1\",\"region\":\"620825\",\"applicant\":\"m1\",\"members\":[" + MEMBER
        + "\"workStatus\":\"FARMER\",\"workStatus\":\"FARMING\"}]}");
    CliRun en = CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", h.toString());
    assertThat(en.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(en.err()).startsWith("error: invalid household: 2 problems\n")
        .contains("  - members[0].workStatus (line 1, column 186): 'workStatus' is given twice in members[0]")
        .contains("  - members[0].workStatus (line 1, column 177): 'FARMER' is not a valid work status"); // where the hidden value starts
    CliRun zh = CliRun.of("screen", "--date", "2025-10-01", h.toString());
    assertThat(zh.err()).startsWith("错误：家庭信息有误：2 个问题\n").contains("“FARMER”不是有效的就业状况");
    // a key given twice with two good values: only the key
    Path ok = file("ok.json", "{\"id\":\"h1\",\"region\":\"620825\",\"applicant\":\"m1\",\"members\":[" + MEMBER
        + "\"workStatus\":\"FARMING\",\"workStatus\":\"RETIRED\"}]}");
    assertThat(CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", ok.toString()).err())
        .startsWith("error: invalid household: 1 problem\n");
  }

  @Test
  void aSupporterFromOutsideTheHouseholdIsGivenWithoutMember() throws IOException {
    Path h = file("h.yaml", """
        id: h3
        region: "620825"
        applicant: m1
        members:
          - {id: m1, relationship: APPLICANT, birthDate: "1940-04-01", hukouType: RURAL, hukouRegion: "620825", workStatus: RETIRED,
             supporters: [{member: son, relationship: CHILD, birthDate: "1965-01-01"}]}
        """);
    assertThat(CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", h.toString()).err())
        .contains("  - members[0].supporters[0].member (line 6, column 28): member son is not in the household; members are [m1]."
            + " A supporter from outside the household is given without member");
    assertThat(CliRun.of("screen", "--date", "2025-10-01", h.toString()).err())
        .contains("  - members[0].supporters[0].member（第 6 行第 28 列）：成员 son 不在本家庭中；成员为 m1。家庭以外的赡养（抚养、扶养）义务人不填“member”");
    // without member it is read
    Files.writeString(h, Files.readString(h).replace("member: son, ", ""));
    assertThat(CliRun.of("screen", "--date", "2025-10-01", h.toString()).exit()).isZero();
  }
}
