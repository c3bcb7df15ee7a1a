package org.jiuzhu.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad and unusual microdata: split households, short rows, missing columns, survey weights; the documented schema. */
final class MicrodataTest {
  static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  static final Evaluator EVALUATOR = new Evaluator(Policy.installed(), Optional.empty(), DATE);

  @TempDir
  Path dir;

  /** One CSV line in the order of {@link Microdata#COLUMNS}, from column-value pairs. */
  static String line(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    List<String> cells = new ArrayList<>();
    for (String c : Microdata.COLUMNS) {
      cells.add(m.getOrDefault(c, ""));
    }
    return String.join(",", cells);
  }

  /** A one-person household's first row. */
  static String person(String id, int order, String member, String weight, String relationship) {
    return line("household", id, "order", Integer.toString(order), "member", member, "weight", order == 1 ? weight : "",
        "region", "620825", "relationship", relationship, "birthDate", "1950-01-01", "hukou", "RURAL", "workStatus", "NOT_WORKING",
        "hasVehicle", order == 1 ? "false" : "", "wages", "100.00");
  }

  private Path file(String name, String... lines) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join(",", Microdata.COLUMNS) + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  private static Aggregates run(HouseholdSource s, List<Microdata.Defect> rejects) throws Exception {
    return new Simulation(EVALUATOR, 2).run(s, null, null, rejects == null ? null : rejects::add);
  }

  @Test
  void theHouseholdsMedicalSpendingIsItsIllMembersBillSoMedicalAssistancePaysItAndTemporaryAssistanceIsDecidedOnTheRest()
      throws Exception {
    // a rural 低保 household: m2 on dialysis, 2,500.00 a month out of pocket for 12 months (30,000.00)
    String m1 = line("household", "h1", "order", "1", "member", "m1", "weight", "1", "region", "620825", "relationship", "APPLICANT",
        "birthDate", "1960-02-03", "hukou", "RURAL", "workStatus", "NOT_WORKING", "transfers", "200.00", "homes", "1", "homeArea", "50",
        "medicalSpending", "2500.00", "hasVehicle", "false");
    String m2 = line("household", "h1", "order", "2", "member", "m2", "region", "620825", "relationship", "SPOUSE",
        "birthDate", "1961-05-01", "hukou", "RURAL", "workStatus", "NOT_WORKING", "majorIllness", "true", "dialysisPerWeek", "3");
    Path f = file("med.csv", m1, m2);
    Aggregates a = run(MicrodataCsv.reader(f, DATE), null);
    // 70 % of 30,000.00 for a 低保 member, within the cap: 21,000.00 once, for one person (m2)
    long[] medical = a.total().programme("cn.medical.reimbursement");
    assertThat(medical[0]).isEqualTo(1);
    assertThat(medical[1]).isEqualTo(1);
    assertThat(medical[2]).isEqualTo(2_100_000L);
    // temporary assistance is decided on what medical assistance leaves: no review for a cost above its cap
    assertThat(a.total().review().keySet()).noneMatch(k -> k.startsWith("cn.temporary"));
    // the bill is m2's (the member with a major illness), not the household's or the applicant's
    String rows = String.join(",", Microdata.COLUMNS) + "\n" + m1 + "\n" + m2 + "\n";
    org.jiuzhu.core.household.Household h = MicrodataCsv.reader("med.csv", new BufferedReader(new StringReader(rows)), DATE).next(10).get(0);
    assertThat(h.expenditures()).hasSize(12).allSatisfy(x -> assertThat(x.memberId()).contains("m2"));
  }

  @Test
  void aHouseholdSplitApartIsReportedOnceAndRejectedWholeNoneOfItsRowsCounted() throws Exception {
    Path f = file("split.csv", person("h1", 1, "m1", "1", "APPLICANT"), person("h1", 2, "m2", "1", "SPOUSE"),
        person("h2", 1, "m1", "1", "APPLICANT"), person("h1", 3, "m3", "1", "CHILD"), person("h3", 1, "m1", "2", "APPLICANT"));
    List<Microdata.Defect> rejects = new ArrayList<>();
    Aggregates a = run(MicrodataCsv.reader(f, DATE), rejects);
    assertThat(rejects).extracting(Microdata.Defect::row, Microdata.Defect::column, Microdata.Defect::value)
        .containsExactly(tuple(2L, "household", "h1"));
    assertThat(rejects.get(0).message()).contains("household 'h1' is split apart: its rows are at [2-3, 5]");
    // h2 (weight 1) and h3 (weight 2), one person each: nothing of h1
    assertThat(a.households()).isEqualTo(3);
    assertThat(a.total().persons()).isEqualTo(3);
    assertThatThrownBy(() -> run(MicrodataCsv.reader(f, DATE), null)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("invalid microdata split.csv (1 household): 1 problem\n").hasMessageContaining("  - row 2: household 'h1' is split apart");
  }

  /** A row longer than 64 KiB is a bad row of its household (never held whole); one at the limit is read as any row. */
  @Test
  void aRowLongerThanTheLimitIsABadRowOfItsHousehold() throws Exception {
    String ok = person("h1", 1, "m1", "1", "APPLICANT");
    // h2's row made over the limit by a long (quoted) value in a text column, h3's exactly at it
    String base = person("h2", 1, "m1", "1", "APPLICANT");
    int limit = org.jiuzhu.rules.io.StrictInput.MAX_MICRODATA_ROW_BYTES;
    String longRow = base.replaceFirst(",m1,", ",\"m1" + "x".repeat(limit) + "\",");
    String h3 = person("h3", 1, "m1", "1", "APPLICANT");
    String atLimit = h3.replaceFirst(",m1,", ",m1" + "y".repeat(limit - h3.getBytes(StandardCharsets.UTF_8).length) + ",");
    assertThat(atLimit.getBytes(StandardCharsets.UTF_8)).hasSize(limit);
    Path f = file("long.csv", ok, longRow, atLimit);
    List<Microdata.Defect> rejects = new ArrayList<>();
    Aggregates a = run(MicrodataCsv.reader(f, DATE), rejects);
    // the size is said of h2's row only: h3's row, at the limit, is read as any row (and refused for what its
    // over-long member id is, not for its size)
    assertThat(rejects).filteredOn(d -> d.message().contains("bytes long")).extracting(Microdata.Defect::row).containsExactly(3L);
    assertThat(rejects).filteredOn(d -> d.row() == 3L).singleElement().satisfies(d -> assertThat(d.message())
        .contains("the row is " + longRow.getBytes(StandardCharsets.UTF_8).length + " bytes long")
        .contains("a row of at most " + limit + " bytes"));
    assertThat(rejects).filteredOn(d -> d.row() == 4L).isNotEmpty().noneMatch(d -> d.message().contains("bytes long"));
    assertThat(a.households()).isEqualTo(1);
    assertThatThrownBy(() -> run(MicrodataCsv.reader(f, DATE), null)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("row 3");
  }

  @Test
  void aShortOrLongRowIsADefectNamingItsRowAndFirstMissingColumn() throws Exception {
    String full = person("h1", 1, "m1", "1", "APPLICANT");
    String shortRow = String.join(",", java.util.Arrays.copyOf(person("h2", 1, "m1", "1", "APPLICANT").split(",", -1), 20));
    Path f = file("short.csv", full, shortRow, person("h3", 1, "m1", "1", "APPLICANT") + ",extra");
    List<Microdata.Defect> rejects = new ArrayList<>();
    Aggregates a = run(MicrodataCsv.reader(f, DATE), rejects);
    assertThat(a.households()).isEqualTo(1);
    assertThat(rejects).extracting(Microdata.Defect::row, Microdata.Defect::column)
        .contains(tuple(3L, Microdata.COLUMNS.get(20)), tuple(4L, "(" + (Microdata.COLUMNS.size() + 1) + ")"));
    assertThat(rejects.stream().filter(d -> d.row() == 3).findFirst().orElseThrow().message())
        .contains("the row has 20 fields, so column '" + Microdata.COLUMNS.get(20) + "' (field 21) and those after it are missing")
        .contains("expected " + Microdata.COLUMNS.size() + " fields");
  }

  @Test
  void aMissingColumnTheRulesReadIsAnErrorNamingItButADocumentedOptionalOneIsNot() throws Exception {
    for (String column : List.of("supporterIncome", "supporterBirthDate", "carePlacement", "hasVehicle", "weight", "residentsPension")) {
      List<String> header = new ArrayList<>(Microdata.COLUMNS);
      header.remove(column);
      assertThatThrownBy(() -> MicrodataCsv.reader("m.csv", new BufferedReader(new StringReader(String.join(",", header) + "\n")), DATE))
          .isInstanceOf(ValidationException.class).hasMessageContaining("column '" + column + "' is missing");
    }
    List<String> header = new ArrayList<>(Microdata.REQUIRED_COLUMNS);
    Map<String, String> v = new LinkedHashMap<>(Map.of("household", "h1", "order", "1", "member", "m1", "weight", "1", "region",
        "620825", "relationship", "APPLICANT", "birthDate", "1950-01-01", "hukou", "RURAL", "workStatus", "NOT_WORKING",
        "hasVehicle", "false"));
    List<String> cells = new ArrayList<>();
    for (String c : header) {
      cells.add(v.getOrDefault(c, ""));
    }
    HouseholdSource s = MicrodataCsv.reader("o.csv", new BufferedReader(new StringReader(String.join(",", header) + "\n"
        + String.join(",", cells) + "\n")), DATE);
    Household h = s.next(10).get(0);
    assertThat(h.currentBenefits()).isEmpty();
    assertThat(h.events()).isEmpty();
  }

  @Test
  void fractionalSurveyWeightsAreSummedExactly() throws Exception {
    Path f = file("w.csv", person("h1", 1, "m1", "1234.5678", "APPLICANT"), person("h1", 2, "m2", "", "SPOUSE"),
        person("h2", 1, "m1", "0.0001", "APPLICANT"), person("h3", 1, "m1", "2", "APPLICANT"));
    Aggregates a = run(MicrodataCsv.reader(f, DATE), null);
    Aggregates.Cell t = a.total();
    assertThat(t.exact("households")).isEqualByComparingTo("1236.5679");
    assertThat(t.exact("persons")).isEqualByComparingTo(new BigDecimal("1234.5678").multiply(BigDecimal.valueOf(2))
        .add(new BigDecimal("0.0001")).add(BigDecimal.valueOf(2)));
    // every household has 100.00 a month of wages per member: market income is exact to the fen × weight
    assertThat(t.exact("marketIncome")).isEqualByComparingTo(new BigDecimal("1234.5678").multiply(BigDecimal.valueOf(20_000))
        .add(new BigDecimal("0.0001").multiply(BigDecimal.valueOf(10_000))).add(BigDecimal.valueOf(20_000)));
    // whole figures are the exact ones rounded half up
    assertThat(a.households()).isEqualTo(1237);
    assertThat(t.persons()).isEqualTo(2471);
    for (String program : t.programmes()) {
      BigDecimal exact = t.exact("cost:" + program);
      assertThat(t.programme(program)[2]).isEqualTo(exact.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }
  }

  @Test
  void badWeightsAreRefusedNamingRowColumnAndValue() throws Exception {
    Path f = file("bw.csv", person("h1", 1, "m1", "-2", "APPLICANT"), person("h2", 1, "m1", "NaN", "APPLICANT"),
        person("h3", 1, "m1", "heavy", "APPLICANT"), person("h4", 1, "m1", "1.23456", "APPLICANT"), person("h5", 1, "m1", "0", "APPLICANT"),
        person("h6", 1, "m1", "", "APPLICANT"), person("h7", 1, "m1", "3.5", "APPLICANT"));
    List<Microdata.Defect> rejects = new ArrayList<>();
    Aggregates a = run(MicrodataCsv.reader(f, DATE), rejects);
    assertThat(rejects).extracting(Microdata.Defect::row, Microdata.Defect::column, Microdata.Defect::value)
        .containsExactly(tuple(2L, "weight", "-2"), tuple(3L, "weight", "NaN"), tuple(4L, "weight", "heavy"),
            tuple(5L, "weight", "1.23456"), tuple(6L, "weight", "0"), tuple(7L, "weight", ""));
    assertThat(rejects).allSatisfy(d -> assertThat(d.expected()).startsWith("a number above 0 with at most 4 decimal places"));
    assertThat(a.total().exact("households")).isEqualByComparingTo("3.5");
  }

  @Test
  void wagesInExponentFormOrOtherScriptsDigitsAreRefusedNamingRowColumnAndValue() throws Exception {
    Path f = file("wx.csv", person("h1", 1, "m1", "1", "APPLICANT").replace("100.00", "6.74873e3"),
        person("h2", 1, "m1", "1", "APPLICANT").replace("100.00", "\uff17\uff10\uff10\uff10"),
        person("h3", 1, "m1", "1", "APPLICANT").replace("100.00", "\"1,200\""), person("h4", 1, "m1", "1", "APPLICANT"));
    List<Microdata.Defect> rejects = new ArrayList<>();
    Aggregates a = run(MicrodataCsv.reader(f, DATE), rejects);
    assertThat(rejects).extracting(Microdata.Defect::row, Microdata.Defect::column, Microdata.Defect::value)
        .containsExactly(tuple(2L, "wages", "6.74873e3"), tuple(3L, "wages", "\uff17\uff10\uff10\uff10"), tuple(4L, "wages", "1,200"));
    assertThat(rejects).allSatisfy(d -> assertThat(d.expected()).isEqualTo("yuan such as 1200.50"));
    assertThat(a.total().exact("households")).isEqualByComparingTo("1");
  }

  @Test
  void aHouseholdColumnOnALaterRowSaysWhatItMustBeInASentence() throws Exception {
    String second = line("household", "h1", "order", "2", "member", "m2", "weight", "", "region", "620826", "relationship", "SPOUSE",
        "birthDate", "1950-01-01", "hukou", "RURAL", "workStatus", "NOT_WORKING", "hasVehicle", "true", "wages", "100.00");
    List<Microdata.Defect> rejects = new ArrayList<>();
    run(MicrodataCsv.reader(file("hc.csv", person("h1", 1, "m1", "1", "APPLICANT"), second), DATE), rejects);
    assertThat(rejects).filteredOn(d -> d.column().equals("region")).singleElement()
        .satisfies(d -> assertThat(d.expected()).isEqualTo("an empty cell or the value of the household's first row ('620825')"));
    assertThat(rejects).filteredOn(d -> d.column().equals("hasVehicle")).singleElement()
        .satisfies(d -> assertThat(d.expected()).isEqualTo("an empty cell or the value of the household's first row ('false')"));
  }

  @Test
  void currentBenefitsAndNewJobsReadBackAndBadOnesAreRefused() throws Exception {
    String first = line("household", "h1", "order", "1", "member", "m1", "weight", "1", "region", "620825", "relationship", "APPLICANT",
        "birthDate", "1980-01-01", "hukou", "RURAL", "workStatus", "EMPLOYED", "hasVehicle", "false", "wages", "900.00",
        "currentBenefits", "cn.dibao@2024-03-01;cn.tekun:m1@2022-01-01", "newJobDate", "2025-08-01");
    Household h = MicrodataCsv.reader(file("cb.csv", first), DATE).next(10).get(0);
    assertThat(h.receives("cn.dibao")).isTrue();
    assertThat(h.currentBenefits()).hasSize(2);
    assertThat(h.events()).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2025, 8, 1)));
    List<Map<String, String>> rows = Microdata.rows(h, 1);
    assertThat(rows.get(0)).containsEntry("currentBenefits", "cn.dibao@2024-03-01;cn.tekun:m1@2022-01-01")
        .containsEntry("newJobDate", "2025-08-01");
    String bad = first.replace("cn.dibao@2024-03-01;cn.tekun:m1@2022-01-01", "dibao since March").replace("2025-08-01", "2026-01-01");
    List<Microdata.Defect> rejects = new ArrayList<>();
    run(MicrodataCsv.reader(file("cb2.csv", bad), DATE), rejects);
    assertThat(rejects).extracting(Microdata.Defect::column, Microdata.Defect::value)
        .containsExactly(tuple("newJobDate", "2026-01-01"), tuple("currentBenefits", "dibao since March"));
  }

  /** The insurance schemes read back; a bad one names row, column, value and the values expected, in both languages; absent: not recorded. */
  @Test
  void insuranceSchemesReadBackAndABadOneIsRefusedWithTheValuesExpected() throws Exception {
    String first = line("household", "h1", "order", "1", "member", "m1", "weight", "1", "region", "620825", "relationship", "APPLICANT",
        "birthDate", "1980-01-01", "hukou", "URBAN", "workStatus", "EMPLOYED", "hasVehicle", "false", "wages", "900.00",
        "pensionScheme", "EMPLOYEES", "medicalScheme", "RESIDENTS");
    Household h = MicrodataCsv.reader(file("is.csv", first), DATE).next(10).get(0);
    assertThat(h.members().get(0).pensionScheme()).contains(org.jiuzhu.core.household.InsuranceScheme.EMPLOYEES);
    assertThat(h.members().get(0).medicalScheme()).contains(org.jiuzhu.core.household.InsuranceScheme.RESIDENTS);
    assertThat(Microdata.rows(h, 1).get(0)).containsEntry("pensionScheme", "EMPLOYEES").containsEntry("medicalScheme", "RESIDENTS");
    // a file without the columns: not recorded
    String header = String.join(",", Microdata.COLUMNS.stream().filter(c -> !c.endsWith("Scheme")).toList());
    String row = first.substring(0, first.lastIndexOf(",EMPLOYEES,RESIDENTS"));
    Path without = dir.resolve("without.csv");
    Files.writeString(without, header + "\n" + row + "\n", StandardCharsets.UTF_8);
    Household none = MicrodataCsv.reader(without, DATE).next(10).get(0);
    assertThat(none.members().get(0).pensionScheme()).isEmpty();
    assertThat(none.members().get(0).medicalScheme()).isEmpty();
    Path bad = file("is2.csv", first.replace("EMPLOYEES,RESIDENTS", "WORK,RESIDENT"));
    assertThatThrownBy(() -> run(MicrodataCsv.reader(bad, DATE), null)).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.getMessage(org.jiuzhu.core.text.Lang.EN))
          .contains("  - row 2: pensionScheme is 'WORK'; expected one of [RESIDENTS, EMPLOYEES, NONE]")
          .contains("  - row 2: medicalScheme is 'RESIDENT'; expected one of [RESIDENTS, EMPLOYEES, NONE]");
      assertThat(e.getMessage(org.jiuzhu.core.text.Lang.ZH)).contains("  - 第 2 行：pensionScheme 为“WORK”；");
    });
  }

  @Test
  void aMemberBornAfterTheDateIsABadRowOfItsOwnEveryOneListedAtOnceOrLeftOutWithRejects() throws Exception {
    // two households with a member born after the date (one of them with two), between good ones
    Path f = file("born.csv",
        person("ok1", 1, "m1", "1", "APPLICANT"),
        person("h1", 1, "m1", "1", "APPLICANT"),
        person("h1", 2, "m2", "1", "CHILD").replace("1950-01-01", "2025-11-20"),
        person("ok2", 1, "m1", "1", "APPLICANT"),
        person("h2", 1, "m1", "2", "APPLICANT"),
        person("h2", 2, "m2", "1", "CHILD").replace("1950-01-01", "2025-10-02"),
        person("h2", 3, "m3", "1", "CHILD").replace("1950-01-01", "2026-01-05"),
        person("h3", 1, "m1", "1", "APPLICANT"),
        person("h3", 2, "m2", "1", "CHILD").replace("1950-01-01", "2025-10-01")); // born on the date: counted
    // without rejects: every such row at once, with its row number, column, value and what was expected
    assertThatThrownBy(() -> run(MicrodataCsv.reader(f, DATE), null)).isInstanceOfSatisfying(ValidationException.class, e -> {
      String en = e.getMessage(org.jiuzhu.core.text.Lang.EN);
      assertThat(en).startsWith("invalid microdata born.csv (2 households): 3 problems")
          .contains("  - row 4: birthDate is '2025-11-20'; expected a date on or before the simulation date 1 October 2025")
          .contains("  - row 7: birthDate is '2025-10-02'; expected a date on or before the simulation date 1 October 2025")
          .contains("  - row 8: birthDate is '2026-01-05'")
          .doesNotContain("members[").doesNotContain("evaluation date");
      assertThat(e.getMessage(org.jiuzhu.core.text.Lang.ZH)).contains("  - 第 4 行：birthDate 为“2025-11-20”；应为不晚于模拟日期2025年10月1日的日期");
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.code()).isEqualTo("microdata.birthDate"));
    });
    // with rejects: the run goes on without those households, each bad row and every row left out named
    List<Microdata.Defect> rejects = new ArrayList<>();
    Aggregates a = run(MicrodataCsv.reader(f, DATE), rejects);
    assertThat(rejects).filteredOn(d -> !d.leftOut()).extracting(Microdata.Defect::row, Microdata.Defect::household,
        Microdata.Defect::member, Microdata.Defect::column, Microdata.Defect::value)
        .containsExactly(tuple(4L, "h1", "m2", "birthDate", "2025-11-20"), tuple(7L, "h2", "m2", "birthDate", "2025-10-02"),
            tuple(8L, "h2", "m3", "birthDate", "2026-01-05"));
    assertThat(rejects).filteredOn(Microdata.Defect::leftOut).extracting(Microdata.Defect::row).containsExactly(3L, 6L);
    assertThat(a.records()).isEqualTo(3);
    assertThat(a.total().persons()).isEqualTo(4);
  }

  /** docs/microdata.md's column table lists exactly the reader's columns, each required or optional as the reader treats it. */
  @Test
  void theDocumentedColumnTableIsTheReadersSchema() throws Exception {
    String doc = Files.readString(Path.of(System.getProperty("jiuzhu.docs", "../docs")).resolve("microdata.md"));
    Pattern row = Pattern.compile("^\\| `([A-Za-z]+)` \\| (required|optional) \\| ([a-z ]+) \\| ([A-Z]+) \\|", Pattern.MULTILINE);
    Matcher m = row.matcher(doc);
    Map<String, String> documented = new LinkedHashMap<>();
    Map<String, String> types = new LinkedHashMap<>();
    Map<String, String> levels = new LinkedHashMap<>();
    while (m.find()) {
      documented.put(m.group(1), m.group(2));
      levels.put(m.group(1), m.group(3));
      types.put(m.group(1), m.group(4));
    }
    assertThat(documented.keySet()).containsExactlyElementsOf(Microdata.COLUMNS);
    for (String c : Microdata.COLUMNS) {
      assertThat(documented.get(c)).as(c).isEqualTo(Microdata.OPTIONAL_COLUMNS.containsKey(c) ? "optional" : "required");
      assertThat(types.get(c)).as(c).isEqualTo(Microdata.TYPES.get(c).name());
      assertThat(levels.get(c)).as(c).isEqualTo(Microdata.HOUSEHOLD_COLUMNS.contains(c) ? "household" : "person");
    }
    for (String meaning : Microdata.OPTIONAL_COLUMNS.values()) {
      assertThat(doc).contains(meaning);
    }
  }
}
