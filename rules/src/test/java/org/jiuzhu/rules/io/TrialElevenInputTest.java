package org.jiuzhu.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** A value hidden by a key given twice is placed at its own line; an impossible day says the month's last day. */
final class TrialElevenInputTest {
  private static ValidationException refusal(String text) throws Exception {
    try {
      HouseholdReader.read("h.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false);
    } catch (ValidationException e) {
      return e;
    }
    throw new AssertionError("accepted");
  }

  @Test
  void theProblemOfAHiddenFirstValueHasTheLineAndColumnOfThatValue() throws Exception {
    String json = String.join("\n",
        "{\"id\": \"h1\", \"region\": \"620825\", \"applicant\": \"m1\", \"members\": [",
        "  {\"id\": \"m1\", \"relationship\": \"APPLICANT\", \"birthDate\": \"1970-02-01\", \"hukouType\": \"RURAL\",",
        "   \"hukouRegion\": \"620825\", \"workStatus\": \"FARMER\", \"workStatus\": \"FARMING\"}]}");
    ValidationException e = refusal(json);
    assertThat(e.problems()).extracting(Problem::path, p -> p.line().orElse(0), p -> p.column().orElse(0)).containsExactly(
        tuple("members[0].workStatus", 3, 53), // the key given twice: the second
        tuple("members[0].workStatus", 3, 43)); // the hidden value "FARMER": where it starts
    assertThat(e.getMessage(Lang.ZH)).contains("members[0].workStatus（第 3 行第 43 列）：“FARMER”不是有效的就业状况");
    assertThat(e.getMessage(Lang.EN)).contains("members[0].workStatus (line 3, column 43): 'FARMER' is not");
  }

  @Test
  void aDayPastTheEndOfTheMonthSaysTheMonthsLastDay() throws Exception {
    String json = "{\"id\": \"h1\", \"region\": \"620825\", \"applicant\": \"m1\", \"members\": [{\"id\": \"m1\", \"relationship\": \"APPLICANT\","
        + " \"birthDate\": \"1970-09-31\", \"hukouType\": \"RURAL\", \"hukouRegion\": \"620825\", \"workStatus\": \"FARMING\"},"
        + " {\"id\": \"m2\", \"relationship\": \"SPOUSE\", \"birthDate\": \"1972-02-29\", \"hukouType\": \"RURAL\", \"hukouRegion\": \"620825\","
        + " \"workStatus\": \"FARMING\"}, {\"id\": \"m3\", \"relationship\": \"CHILD\", \"birthDate\": \"2001-02-29\", \"hukouType\": \"RURAL\","
        + " \"hukouRegion\": \"620825\", \"workStatus\": \"FARMING\"}, {\"id\": \"m4\", \"relationship\": \"CHILD\", \"birthDate\": \"2001-13-01\","
        + " \"hukouType\": \"RURAL\", \"hukouRegion\": \"620825\", \"workStatus\": \"FARMING\"}]}";
    ValidationException e = refusal(json);
    assertThat(e.problems()).extracting(p -> p.message(Lang.ZH)).containsExactly(
        "“1970-09-31”不是日期：1970年9月只有 30 天（最后一天为 1970-09-30）；应为 年-月-日（如 2025-10-01）",
        "“2001-02-29”不是日期：2001年2月只有 28 天（最后一天为 2001-02-28）；应为 年-月-日（如 2025-10-01）",
        "“2001-13-01”不是日期：月份应为 01 至 12；应为 年-月-日（如 2025-10-01）");
    assertThat(e.problems()).extracting(p -> p.message(Lang.EN)).containsExactly(
        "'1970-09-31' is not a date: September 1970 has 30 days (its last day is 1970-09-30); expected YYYY-MM-DD",
        "'2001-02-29' is not a date: February 2001 has 28 days (its last day is 2001-02-28); expected YYYY-MM-DD",
        "'2001-13-01' is not a date: the month must be 01 to 12; expected YYYY-MM-DD");
  }

  @Test
  void aFeedRecordOnTheThirtyFirstOfSeptemberSaysSeptemberHas30Days() throws Exception {
    String line = "{\"household\": \"h1\", \"type\": \"visit\", \"date\": \"2025-09-31\"}\n";
    java.util.List<Problem> problems = new java.util.ArrayList<>();
    MonthlyRecordReader.read("feed.jsonl", new java.io.BufferedReader(new java.io.StringReader(line)), MonthlyRecordReader.Format.JSONL,
        r -> { }, r -> problems.addAll(r.problems()));
    assertThat(problems).extracting(p -> p.message(Lang.ZH))
        .containsExactly("“2025-09-31”不是日期：2025年9月只有 30 天（最后一天为 2025-09-30）；应为 年-月-日（如 2025-10-01）");
  }
}
