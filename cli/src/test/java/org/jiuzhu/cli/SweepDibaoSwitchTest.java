package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jiuzhu.simulation.Sweep;
import org.jiuzhu.simulation.Sweep.DibaoSwitch.Direction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reform that moves the household between household 低保 (cn.dibao) and 低保 for one member alone
 * (单人户, cn.dibao-single-person) is named as a switch, each way, with the households and persons
 * that switch at each step: text (zh, en), JSON and the HTML report.
 *
 * <p>The household of examples/households/dibao-single-person.json (Jixi 鸡西市, two members, 1,300
 * yuan a month of transfers, the spouse with a grade-1 disability) is above the household line at
 * the baseline's rural standard of 540 yuan, so the spouse alone is on 低保 (540.00 a month). With
 * the standard at 700, the household is below the line (650 a person) up to 300 yuan of wages: on
 * household 低保 (100.00 a month at wages 0), no longer on 单人户. From 350 yuan, 单人户 again (700.00).
 */
final class SweepDibaoSwitchTest {
  private static final String HOUSEHOLD =
      Path.of(System.getProperty("jiuzhu.examples", "../examples/households")).resolve("dibao-single-person.json").toString();

  @TempDir Path dir;
  private String to700;
  private String to540;

  @BeforeEach
  void reforms() throws Exception {
    to700 = Files.writeString(dir.resolve("jixi-700.yaml"), SweepReportNonCashLossTest.JIXI_700).toString();
    to540 = Files.writeString(dir.resolve("jixi-540.yaml"), SweepReportNonCashLossTest.JIXI_700.replace("value: 700", "value: 540")
        .replace("test.reform.jixi", "test.reform.jixi540")).toString();
  }

  @Test
  void theTextNamesTheSwitchEachWayInBothLanguages() {
    CliRun zh = CliRun.of("sweep", "--step", "50", "--to", "1600", "--reform", to700, HOUSEHOLD);
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out().lines()).contains(
        "低保类型转换（改革与基线相比）：月工资 0.00 至 300.00 元的 7 步，由单人户最低生活保障（只保一名成员）转为全户最低生活保障，每步 1 户 2 人");
    assertThat(LanguageLeakTest.zhLeaks(zh.out(), List.of("dibao-single-person", "m1"))).isEmpty();
    CliRun en = CliRun.of("sweep", "--lang", "en", "--step", "50", "--to", "1600", "--reform", to700, HOUSEHOLD);
    assertThat(en.out().lines()).contains("switch between the kinds of minimum living allowance (低保), reform against baseline:"
        + " at 7 steps of wages 0.00 to 300.00 yuan, from the allowance for a member alone (单人户) to the household's allowance,"
        + " 1 household of 2 persons at each step");
    assertThat(LanguageLeakTest.enLeaks(en.out())).isEmpty();

    // the other way: the baseline at 700 (a policy file of one's own), the reform back to 540; one step alone
    CliRun back = CliRun.of("sweep", "--from", "300", "--to", "300", "--policy", to700, "--reform", to540, HOUSEHOLD);
    assertThat(back.exit()).as(back.err()).isZero();
    assertThat(back.out().lines()).contains(
        "低保类型转换（改革与基线相比）：月工资 300.00 元这一步，由全户最低生活保障转为单人户最低生活保障（只保一名成员），每步 1 户 2 人");
    CliRun backEn = CliRun.of("sweep", "--lang", "en", "--from", "300", "--to", "300", "--policy", to700, "--reform", to540, HOUSEHOLD);
    assertThat(backEn.out().lines()).contains("switch between the kinds of minimum living allowance (低保), reform against baseline:"
        + " at the step of wages 300.00 yuan, from the household's allowance to the allowance for a member alone (单人户),"
        + " 1 household of 2 persons at each step");
  }

  @Test
  void withAReformThatSwitchesNothingTheTextSaysSoAndWithoutAReformNothingIsSaid() {
    CliRun none = CliRun.of("sweep", "--step", "50", "--from", "400", "--to", "600", "--reform", to700, HOUSEHOLD);
    assertThat(none.out().lines()).contains("低保类型转换（改革与基线相比）：无，任何一步改革都没有使本户在全户最低生活保障与单人户最低生活保障之间转换");
    CliRun noneEn = CliRun.of("sweep", "--lang", "en", "--step", "50", "--from", "400", "--to", "600", "--reform", to700, HOUSEHOLD);
    assertThat(noneEn.out().lines()).contains("switch between the kinds of minimum living allowance (低保), reform against baseline: none;"
        + " at no step does the reform move the household between the household's allowance and the allowance for a member alone (单人户)");
    CliRun baseline = CliRun.of("sweep", "--step", "50", HOUSEHOLD);
    assertThat(baseline.out()).doesNotContain("低保类型转换");
  }

  @Test
  void theJsonCountsHouseholdsAndPersonsEachWayAtEveryStep() throws Exception {
    String json = CliRun.of("sweep", "--format", "json", "--step", "50", "--to", "600", "--reform", to700, HOUSEHOLD).out();
    assertThat(JsonSchemasTest.problems(JsonSchemasTest.schema("sweep"), json)).isEmpty();
    JsonNode root = new ObjectMapper().readTree(json);
    JsonNode points = root.get("points");
    assertThat(points.get(0).get("reform").get("cn.dibao").asText()).isEqualTo("100.00");
    assertThat(points.get(0).get("baseline").get("cn.dibao-single-person").asText()).isEqualTo("540.00");
    assertThat(points.get(0).get("dibaoSwitches").toString()).isEqualTo(
        "{\"householdToSinglePerson\":{\"households\":0,\"persons\":0},\"singlePersonToHousehold\":{\"households\":1,\"persons\":2}}");
    assertThat(points.get(6).get("wages").asText()).isEqualTo("300.00");
    assertThat(points.get(6).get("dibaoSwitches").get("singlePersonToHousehold").get("households").asInt()).isEqualTo(1);
    assertThat(points.get(7).get("wages").asText()).isEqualTo("350.00");
    assertThat(points.get(7).get("dibaoSwitches").toString()).isEqualTo(
        "{\"householdToSinglePerson\":{\"households\":0,\"persons\":0},\"singlePersonToHousehold\":{\"households\":0,\"persons\":0}}");
    assertThat(root.get("dibaoSwitchRanges").toString()).isEqualTo("[{\"direction\":\"single-person-to-household\",\"fromWages\":\"0.00\","
        + "\"toWages\":\"300.00\",\"points\":7,\"households\":1,\"persons\":2}]");

    String back = CliRun.of("sweep", "--format", "json", "--step", "50", "--to", "600", "--policy", to700, "--reform", to540, HOUSEHOLD)
        .out();
    assertThat(JsonSchemasTest.problems(JsonSchemasTest.schema("sweep"), back)).isEmpty();
    JsonNode b = new ObjectMapper().readTree(back);
    assertThat(b.get("points").get(3).get("dibaoSwitches").toString()).isEqualTo(
        "{\"householdToSinglePerson\":{\"households\":1,\"persons\":2},\"singlePersonToHousehold\":{\"households\":0,\"persons\":0}}");
    assertThat(b.get("dibaoSwitchRanges").toString()).isEqualTo("[{\"direction\":\"household-to-single-person\",\"fromWages\":\"0.00\","
        + "\"toWages\":\"300.00\",\"points\":7,\"households\":1,\"persons\":2}]");

    JsonNode plain = new ObjectMapper().readTree(CliRun.of("sweep", "--format", "json", "--step", "50", "--to", "600", HOUSEHOLD).out());
    assertThat(plain.has("dibaoSwitchRanges")).isFalse();
    assertThat(plain.get("points").get(0).has("dibaoSwitches")).isFalse();
  }

  @Test
  void theReportHasASectionOfTheSwitchesInBothLanguages() throws Exception {
    for (String lang : List.of("zh", "en")) {
      Path report = dir.resolve("sweep-" + lang + ".html");
      CliRun run = CliRun.of("sweep", "--lang", lang, "--step", "50", "--reform", to700, "--report", report.toString(), HOUSEHOLD);
      assertThat(run.exit()).as(run.err()).isZero();
      String html = Files.readString(report);
      String section = html.substring(html.indexOf('>', html.indexOf("id=\"sweep-dibao-switch\"")) + 1);
      section = section.substring(0, section.indexOf("</section>"));
      if (lang.equals("zh")) {
        assertThat(section).contains("<h2>全户低保与单人户低保之间的转换</h2>",
            "<tr><td>由单人户低保转为全户低保</td><td class=\"num\">0.00</td><td class=\"num\">300.00</td><td class=\"num\">7</td>"
                + "<td class=\"num\">1</td><td class=\"num\">2</td></tr>");
        assertThat(LanguageLeakTest.zhLeaks(section.replaceAll("<[^>]*>", " "), List.of())).isEmpty();
      } else {
        assertThat(section).contains("<tr><td>from the allowance for a member alone to the household's allowance</td>",
            "<td class=\"num\">0.00</td><td class=\"num\">300.00</td><td class=\"num\">7</td><td class=\"num\">1</td><td class=\"num\">2</td></tr>");
        assertThat(LanguageLeakTest.enLeaks(section.replaceAll("<[^>]*>", " "))).isEmpty();
      }
    }
    Path none = dir.resolve("none.html");
    CliRun run = CliRun.of("sweep", "--lang", "en", "--step", "50", "--from", "400", "--to", "600", "--reform", to700, "--report",
        none.toString(), HOUSEHOLD);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(none)).contains("id=\"sweep-dibao-switch\"", "At no step does the reform move the household");
    Path baseline = dir.resolve("baseline.html");
    CliRun.of("sweep", "--step", "50", "--report", baseline.toString(), HOUSEHOLD);
    assertThat(Files.readString(baseline)).doesNotContain("sweep-dibao-switch");
  }

  @Test
  void rangesJoinOnlyNeighbouringStepsWithTheSameSwitch() {
    List<Sweep.Point> points = new java.util.ArrayList<>();
    for (long w = 0; w <= 500; w += 100) {
      points.add(new Sweep.Point(w * 100, 0, java.util.Map.of(), java.util.Map.of(), 0, 0, null, null, java.util.Map.of(),
          java.util.Map.of(), 0, 0));
    }
    List<Sweep.DibaoSwitch> switches = List.of(new Sweep.DibaoSwitch(0, Direction.SINGLE_PERSON_TO_HOUSEHOLD, 1, 2),
        new Sweep.DibaoSwitch(10_000, Direction.SINGLE_PERSON_TO_HOUSEHOLD, 1, 2),
        new Sweep.DibaoSwitch(20_000, Direction.HOUSEHOLD_TO_SINGLE_PERSON, 1, 2),
        new Sweep.DibaoSwitch(40_000, Direction.HOUSEHOLD_TO_SINGLE_PERSON, 1, 2),
        new Sweep.DibaoSwitch(50_000, Direction.HOUSEHOLD_TO_SINGLE_PERSON, 1, 2));
    Sweep.Result r = new Sweep.Result("h", "m1", List.of(), points, List.of(), List.of(), switches);
    assertThat(r.dibaoSwitchRanges()).containsExactly(
        new Sweep.DibaoSwitchRange(Direction.SINGLE_PERSON_TO_HOUSEHOLD, 0, 10_000, 2, 1, 2),
        new Sweep.DibaoSwitchRange(Direction.HOUSEHOLD_TO_SINGLE_PERSON, 20_000, 20_000, 1, 1, 2),
        new Sweep.DibaoSwitchRange(Direction.HOUSEHOLD_TO_SINGLE_PERSON, 40_000, 50_000, 2, 1, 2));
    assertThat(r.dibaoSwitchesAt(30_000)).isEmpty();
    assertThat(r.dibaoSwitchesAt(40_000)).containsExactly(switches.get(3));
  }
}
