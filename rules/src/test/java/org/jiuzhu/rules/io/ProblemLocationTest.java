package org.jiuzhu.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every field problem of a household file says the line and column of its value (from the parser's token locations). */
final class ProblemLocationTest {
  @TempDir
  Path dir;

  private static final String JSON = String.join("\n",
      "{",                                                                  // 1
      "  \"id\": \"h1\",",                                                  // 2
      "  \"region\": \"230300\",",                                          // 3
      "  \"applicant\": \"m1\",",                                           // 4
      "  \"members\": [",                                                   // 5
      "    {",                                                              // 6
      "      \"id\": \"m1\",",                                              // 7
      "      \"relationship\": \"APPLICANT\",",                             // 8
      "      \"birthDate\": \"1980-13-01\",",                               // 9
      "      \"hukouType\": \"RURAL\",",                                    // 10
      "      \"hukouRegion\": \"230300\",",                                 // 11
      "      \"workStatus\": \"FARMING\", \"grade\": \"3\"",                // 12
      "    },",                                                             // 13
      "    { \"id\": \"m2\", \"relationship\": \" SPOUSE\", \"birthDate\": \"1982-03-01\",", // 14
      "      \"hukouType\": \"RURAL\", \"hukouRegion\": \"230300\" }",      // 15
      "  ],",                                                               // 16
      "  \"incomes\": [",                                                   // 17
      "    { \"member\": \"m9\", \"category\": \"TRANSFER_NET\",",          // 18
      "      \"months\": { \"from\": \"2025-04\", \"to\": \"2025-09\" }, \"gross\": \"600.00\" },", // 19
      "    { \"member\": \"m1\", \"category\": \"TRANSFER_NET\", \"month\": \"2025-05\", \"gross\": -5 }", // 20
      "  ],",                                                               // 21
      "  \"vehicles\": [ { \"type\": \"CAR\", \"use\": \"PRIVATE\", \"value\": true } ]", // 22
      "}");

  private static ValidationException refusal(String name, String text, boolean yaml) throws Exception {
    try {
      HouseholdReader.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), yaml);
    } catch (ValidationException e) {
      return e;
    }
    throw new AssertionError("accepted");
  }

  private static int line(Problem p) {
    return p.line().orElse(0);
  }

  private static int column(Problem p) {
    return p.column().orElse(0);
  }

  @Test
  void everyFieldProblemOfAJsonFileHasTheLineAndColumnOfItsValue() throws Exception {
    ValidationException e = refusal("h.json", JSON, false);
    assertThat(e.problems()).extracting(Problem::path, ProblemLocationTest::line, ProblemLocationTest::column).containsExactlyInAnyOrder(
        tuple("members[0].birthDate", 9, 20),      // a bad date: where its value starts
        tuple("members[0].grade", 12, 41),         // an unknown field: its value
        tuple("members[1].relationship", 14, 35),  // spaces around a value
        tuple("members[1].workStatus", 14, 5),     // a missing field: the map that lacks it
        tuple("incomes[1].gross", 20, 80),         // a negative amount
        tuple("vehicles[0].value", 22, 61),        // a boolean for an amount
        tuple("incomes[0].member", 18, 17));       // a member who is not in the household
    assertThat(e.getMessage(Lang.EN)).contains("  - members[0].birthDate (line 9, column 20): '1980-13-01' is not a date");
    assertThat(e.getMessage(Lang.ZH)).contains("  - members[0].birthDate（第 9 行第 20 列）：“1980-13-01”不是日期");
  }

  @Test
  void aFileCheckedOnADateHasTheLineOfEachEntryAfterIt() throws Exception {
    Path f = dir.resolve("h.json");
    Files.writeString(f, JSON.replace("\"1980-13-01\"", "\"1980-12-01\"").replace("\"grade\": \"3\"", "\"sex\": \"MALE\"")
        .replace("\" SPOUSE\"", "\"SPOUSE\"").replace("\"hukouRegion\": \"230300\" }", "\"hukouRegion\": \"230300\", \"workStatus\": \"FARMING\" }")
        .replace("-5", "5").replace("true", "\"1000\"").replace("\"m9\"", "\"m2\"").replace("\"1982-03-01\"", "\"2026-03-01\""));
    ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> HouseholdReader.read(f, LocalDate.of(2025, 6, 1)), ValidationException.class);
    assertThat(e.problems()).extracting(Problem::path, ProblemLocationTest::line, ProblemLocationTest::column).containsExactly(
        tuple("members[1].birthDate", 14, 58),
        // each month after the date of a months range: the entry's months
        tuple("incomes[0]@2025-07.month", 19, 17),
        tuple("incomes[0]@2025-08.month", 19, 17),
        tuple("incomes[0]@2025-09.month", 19, 17));
  }

  @Test
  void everyFieldProblemOfAYamlFileHasItsLineAndColumn() throws Exception {
    String yaml = String.join("\n",
        "id: h1",                       // 1
        "region: \"230300\"",           // 2
        "applicant: m1",                // 3
        "members:",                     // 4
        "  - id: m1",                   // 5
        "    relationship: APPLICANT",  // 6
        "    birthDate: 1980",          // 7
        "    hukouType: RURAL",         // 8
        "    hukouRegion: \"230300\"",  // 9
        "    workStatus: FARMING",      // 10
        "    workStatus: RETIRED",      // 11
        "  - id: m2",                   // 12
        "    relationship: COUSIN",     // 13
        "    birthDate: \"1982-03-01\"",// 14
        "    hukouType: RURAL",         // 15
        "    hukouRegion: \"230300\"",  // 16
        "vehicles:",                    // 17
        "  - type: CAR",                // 18
        "    use: PRIVATE",             // 19
        "    value: [1, 2]",            // 20
        "");
    ValidationException e = refusal("h.yaml", yaml, true);
    assertThat(e.problems()).extracting(Problem::path, ProblemLocationTest::line, ProblemLocationTest::column).containsExactlyInAnyOrder(
        tuple("members[0].workStatus", 11, 5),   // a key given twice: the line and column of the second key
        tuple("members[0].birthDate", 7, 16),
        tuple("members[1].relationship", 13, 19),
        tuple("members[1].workStatus", 12, 5),  // missing: the map, which starts at its first key
        tuple("vehicles[0].value", 20, 12));
    assertThat(e.problems()).extracting(ProblemLocationTest::line).containsExactly(7, 11, 12, 13, 20); // by line
    assertThat(e.problems().get(1).message()).startsWith("'workStatus' is given twice");
    assertThat(e.getMessage(Lang.EN)).contains("  - members[1].relationship (line 13, column 19): ");
    assertThat(e.getMessage(Lang.ZH)).contains("  - members[1].relationship（第 13 行第 19 列）：");
  }

  @Test
  void aProblemOfTheWholeFileIsPlacedAtItsStartAndAPlaceIsKeptWhenTheProblemMoves() throws Exception {
    ValidationException e = refusal("h.yaml", "\n\nid: h1\nregion: \"230300\"\n", true);
    assertThat(e.problems()).extracting(Problem::path, ProblemLocationTest::line)
        .contains(tuple("applicant", 3), tuple("members", 3));
    Problem p = e.problems().get(0);
    assertThat(p.under("household").line()).isEqualTo(p.line());
    assertThat(p.at("x").column()).isEqualTo(p.column());
    assertThat(p.atLocation(0, 0).toString(Lang.EN)).isEqualTo(p.path() + ": " + p.message());
  }

  @Test
  void aRegisterLineIsNotGivenALineOfItsOwn() {
    // the register says its own line numbers; a place "line 1" inside one line would mislead
    ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> HouseholdReader.fromJsonLine("register.jsonl", "{\"id\":\"h1\"}"), ValidationException.class);
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isEmpty());
  }
}
