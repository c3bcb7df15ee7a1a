package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cliff where nothing is lost but programmes pay less (the twelfth trial: temporary assistance
 * 750 → 730) names them with how much less a month, never an empty "lost" list (zh, en, JSON).
 */
final class SweepReducedProgrammesTest {
  private static final String HOUSEHOLD = """
      {"id": "t12-rigid", "region": "620825", "applicant": "m1",
       "members": [
         {"id": "m1", "relationship": "APPLICANT", "birthDate": "1975-03-01", "hukouType": "RURAL", "hukouRegion": "620825", "workStatus": "EMPLOYED"},
         {"id": "m2", "relationship": "SPOUSE", "birthDate": "1976-03-01", "hukouType": "RURAL", "hukouRegion": "620825", "workStatus": "NOT_WORKING",
          "illnesses": [{"description": "尿毒症", "icd10": "N18.5", "major": true, "chronic": true, "dialysisSessionsPerWeek": 3}],
          "disability": {"category": "PHYSICAL", "grade": 2}},
         {"id": "m3", "relationship": "CHILD", "birthDate": "2004-09-01", "hukouType": "RURAL", "hukouRegion": "620825", "workStatus": "STUDENT", "schooling": "UNDERGRADUATE"}],
       "incomes": [{"member": "m1", "category": "WAGES", "months": {"from": "2024-10", "to": "2025-09"}, "gross": "3000", "deductions": "300"}],
       "expenditures": [
         {"member": "m2", "category": "MEDICAL_OUT_OF_POCKET", "months": {"from": "2024-10", "to": "2025-09"}, "amount": "2500", "grantsReceived": "100"},
         {"member": "m3", "category": "EDUCATION", "month": "2025-09", "amount": "9000"}],
       "vehicles": [{"owner": "m1", "type": "MOTORCYCLE", "use": "PRIVATE", "value": "4000"}],
       "financialAssets": [{"owner": "m2", "type": "DEPOSIT", "value": "80000", "earmarkedForMajorIllness": true, "earmarkedUntil": "2026-03-01"}]}
      """;

  @TempDir Path dir;

  @Test
  void aCliffWithoutALostProgrammeNamesTheReducedOnesInBothLanguagesAndJson() throws Exception {
    Path h = Files.writeString(dir.resolve("h4.json"), HOUSEHOLD);
    String[] args = {"--member", "m1", "--date", "2025-10-01", "--from", "1700", "--to", "1750", "--step", "50", h.toString()};
    CliRun zh = CliRun.of(concat("sweep", args));
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out().lines())
        .contains("断崖：月工资 1,700.00 → 1,750.00 元时净收入减少 20.00 元；最低生活保障减少 50.00 元、临时救助减少 20.00 元")
        .noneMatch(l -> l.endsWith("失去") || l.contains("失去；"));
    assertThat(LanguageLeakTest.zhLeaks(zh.out(), List.of("t12-rigid", "m1"))).isEmpty();
    CliRun en = CliRun.of(concat("sweep", concat("--lang", concat("en", args))));
    assertThat(en.out().lines()).contains("cliff: wages 1,700.00 → 1,750.00 yuan, net income falls by 20.00 yuan;"
        + " Minimum living allowance down by 50.00 yuan, Temporary assistance down by 20.00 yuan");
    assertThat(LanguageLeakTest.enLeaks(en.out())).isEmpty();
    String json = CliRun.of(concat("sweep", concat("--format", concat("json", args)))).out();
    assertThat(JsonSchemasTest.problems(JsonSchemasTest.schema("sweep"), json)).isEmpty();
    JsonNode cliff = new ObjectMapper().readTree(json).get("cliffs").get(0);
    assertThat(cliff.get("programmesLost").toString()).isEqualTo("[]");
    assertThat(cliff.get("programmesReduced").toString())
        .isEqualTo("{\"cn.dibao\":\"50.00\",\"cn.temporary-assistance\":\"20.00\"}");
    assertThat(cliff.get("netLost").asText()).isEqualTo("20.00");
  }

  private static String[] concat(String first, String... rest) {
    String[] out = new String[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }
}
