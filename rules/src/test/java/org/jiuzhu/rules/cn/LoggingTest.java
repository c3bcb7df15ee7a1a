package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.io.HouseholdReader;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A screening logged at DEBUG (the test binding, slf4j-simple, writes to target/test-debug.log)
 * contains no ID number and no name, even of a household that has both.
 */
final class LoggingTest {
  private static final String ID = "620825196503120017";
  private static final String NAME = "王秀英";

  @Test
  void aScreeningAtDebugLogsNothingPersonal() throws Exception {
    assertThat(LoggerFactory.getLogger(CnRulebook.class).isDebugEnabled()).as("the test binding logs at DEBUG").isTrue();
    String json = "{\"id\":\"case-log\",\"region\":\"620825\",\"applicant\":\"m1\",\"members\":[{\"id\":\"m1\","
        + "\"citizenId\":\"" + ID + "\",\"name\":\"" + NAME + "\",\"relationship\":\"APPLICANT\",\"birthDate\":\"1965-03-12\","
        + "\"hukouType\":\"RURAL\",\"hukouRegion\":\"620825\",\"workStatus\":\"FARMING\"}],"
        + "\"incomes\":[{\"member\":\"m1\",\"category\":\"WAGES\",\"month\":\"2025-09\",\"gross\":\"800\"}]}";
    Household h = HouseholdReader.read("log.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), false);
    Screening s = CnRulebook.create(Policy.installed()).evaluate(h, LocalDate.of(2025, 10, 1));
    CnRulebook.create(Policy.installed()).evaluateFast(h, LocalDate.of(2025, 10, 1));
    assertThat(s.determinations()).isNotEmpty();

    String log = Files.readString(Path.of("target/test-debug.log"), StandardCharsets.UTF_8);
    assertThat(log).contains("evaluated household case-log (1 members) in 620825 on 2025-10-01 (explain mode)")
        .contains("(fast mode)")
        .doesNotContain(ID)
        .doesNotContain(ID.substring(6, 14))
        .doesNotContain(NAME);
    assertThat(s.toString()).doesNotContain(ID).doesNotContain(NAME);
    assertThat(h.toString()).doesNotContain(ID).doesNotContain(NAME);
  }
}
