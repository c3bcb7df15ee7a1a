package org.jiuzhu.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.validation.ValidationException;
import org.jiuzhu.simulation.Aggregates;
import org.jiuzhu.simulation.Evaluator;
import org.jiuzhu.simulation.HouseholdSource;
import org.jiuzhu.simulation.PopulationGenerator;
import org.jiuzhu.simulation.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ParquetMicrodataTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);

  @TempDir
  Path dir;

  @Test
  void householdsWrittenAsParquetReadBackEqualAndGiveTheSameAggregates() throws Exception {
    Policy policy = Policy.installed();
    PopulationGenerator g = new PopulationGenerator(policy, 9, List.of(RegionCode.parse("620825"), RegionCode.parse("330105")), DATE);
    Path file = dir.resolve("pop.parquet");
    List<Household> written = new ArrayList<>();
    try (ParquetMicrodata.HouseholdWriter w = new ParquetMicrodata.HouseholdWriter(file)) {
      for (int i = 0; i < 3_000; i++) {
        Household h = g.household(i);
        written.add(h);
        w.write(h, 1);
      }
    }
    HouseholdSource read = ParquetMicrodata.reader(file, DATE);
    List<Household> back = new ArrayList<>();
    for (HouseholdSource.Batch b = read.next(1_000); b.size() > 0; b = read.next(1_000)) {
      for (int i = 0; i < b.size(); i++) {
        back.add(b.get(i));
      }
    }
    assertThat(back).isEqualTo(written);
    Evaluator e = new Evaluator(policy, Optional.empty(), DATE);
    Aggregates fromFile = new Simulation(e, 2).run(ParquetMicrodata.reader(file, DATE), null, null);
    Aggregates generated = new Simulation(e, 2).run(HouseholdSource.generated(g, 3_000), null, null);
    assertThat(fromFile).isEqualTo(generated);
    Path results = dir.resolve("results.parquet");
    try (ParquetMicrodata.ResultWriter w = new ParquetMicrodata.ResultWriter(results)) {
      w.write(e.evaluate(written.get(0), 1));
    }
    assertThat(results).isNotEmptyFile();
  }

  @Test
  void aFileWithOtherColumnsIsRefusedBeforeAnyRowIsRead() throws Exception {
    MessageType schema = MessageTypeParser.parseMessageType(
        "message p { required binary household (STRING); required binary order (STRING); optional int64 salary; }");
    Path file = dir.resolve("odd.parquet");
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema).build()) {
      w.write(new SimpleGroupFactory(schema).newGroup().append("household", "h1").append("order", "1").append("salary", 5L));
    }
    assertThatThrownBy(() -> ParquetMicrodata.reader(file, DATE))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("invalid microdata odd.parquet: ").hasMessageContaining("column 'order' is BINARY STRING; expected a whole number (INT32 or INT64)")
        .hasMessageContaining("unknown column 'salary'")
        .hasMessageContaining("column 'member' is missing");
  }

  @Test
  void aFileEncodedAsPandasAndPyarrowWriteItByDefaultReads() throws Exception {
    String remake = System.getProperty("jiuzhu.remakeFixture"); // mvn test -Djiuzhu.remakeFixture=src/test/resources/…/pyarrow-style.parquet
    if (remake != null) {
      PyarrowStyleFixture.write(Path.of(remake));
    }
    Path fixture = remake != null ? Path.of(remake) : Path.of(getClass().getResource("pyarrow-style.parquet").toURI());
    Path remade = dir.resolve("remade.parquet");
    PyarrowStyleFixture.write(remade);
    for (Path file : List.of(fixture, remade)) {
      HouseholdSource s = ParquetMicrodata.reader(file, DATE);
      HouseholdSource.Batch b = s.next(10);
      assertThat(b.size()).isEqualTo(3);
      Household h1 = b.get(0);
      assertThat(b.weight(0)).isEqualTo(2);
      assertThat(h1.members()).hasSize(2);
      assertThat(h1.members().get(0).birthDate()).isEqualTo(LocalDate.of(1950, 3, 2));
      assertThat(h1.members().get(1).carePlacement()).hasValue(org.jiuzhu.core.household.CarePlacement.HOME);
      assertThat(h1.members().get(1).selfCare().orElseThrow().failedItems()).isEqualTo(4);
      assertThat(h1.vehicles()).isEmpty();
      assertThat(h1.financialAssets().get(0).value().toString()).isEqualTo("8000.00");
      assertThat(h1.incomes()).hasSize(24).allMatch(i -> i.gross().toString().equals("143.00")
          && i.tags().contains(org.jiuzhu.core.household.IncomeTag.RESIDENTS_BASIC_PENSION));
      Household h2 = b.get(1);
      assertThat(h2.vehicles()).hasSize(1); // hasVehicle true with a value of 0.00: a car
      assertThat(h2.incomes()).hasSize(12).allMatch(i -> i.gross().toString().equals("2500.50"));
      assertThat(b.decimalWeight(2)).isEqualByComparingTo("1234.5678"); // a float64 weight, read as its shortest decimal
      assertThat(s.next(10).size()).isZero();
    }
  }

  @Test
  void moneyAsFloatOrWithMoreThanTwoDecimalsIsRefusedWithWhatToWriteInstead() throws Exception {
    MessageType schema = MessageTypeParser.parseMessageType("message p { optional binary household (STRING); optional int64 order;"
        + " optional binary member (STRING); optional double wages; optional fixed_len_byte_array(8) deposits (DECIMAL(18,4)); }");
    Path file = dir.resolve("float.parquet");
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema).build()) {
      w.write(new SimpleGroupFactory(schema).newGroup().append("household", "h1").append("order", 1L).append("member", "m1")
          .append("wages", 1.5));
    }
    assertThatThrownBy(() -> ParquetMicrodata.reader(file, DATE))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("column 'wages' is DOUBLE; expected yuan as a DECIMAL(p,2)")
        .hasMessageContaining("pa.decimal128(18, 2), not float64")
        .hasMessageContaining("column 'deposits' is FIXED_LEN_BYTE_ARRAY DECIMAL(18,4); expected a DECIMAL with at most 2 decimal places");
  }

  @Test
  void aSplitHouseholdIsRejectedWholeOnceAndANaNWeightIsADefect() throws Exception {
    Path file = dir.resolve("split.parquet");
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(PyarrowStyleFixture.SCHEMA).build()) {
      SimpleGroupFactory f = new SimpleGroupFactory(PyarrowStyleFixture.SCHEMA);
      w.write(person(f, "h1", 1L, "m1", 1.0, "APPLICANT"));
      w.write(person(f, "h2", 1L, "m1", 2.5, "APPLICANT"));
      w.write(person(f, "h1", 2L, "m2", null, "SPOUSE"));
      w.write(person(f, "h3", 1L, "m1", Double.NaN, "APPLICANT"));
    }
    List<org.jiuzhu.simulation.Microdata.Defect> rejects = new java.util.ArrayList<>();
    org.jiuzhu.simulation.Aggregates a = new org.jiuzhu.simulation.Simulation(new org.jiuzhu.simulation.Evaluator(
        org.jiuzhu.core.policy.Policy.installed(), java.util.Optional.empty(), DATE), 2)
        .run(ParquetMicrodata.reader(file, DATE), null, null, rejects::add);
    assertThat(rejects).extracting(org.jiuzhu.simulation.Microdata.Defect::row, org.jiuzhu.simulation.Microdata.Defect::column,
        org.jiuzhu.simulation.Microdata.Defect::value).containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "household", "h1"),
        org.assertj.core.groups.Tuple.tuple(4L, "weight", "NaN")); // Parquet rows are numbered from 1
    assertThat(a.total().exact("households")).isEqualByComparingTo("2.5");
    assertThat(a.total().persons()).isEqualTo(3); // 2.5 persons, shown rounded half up
  }

  private static Group person(SimpleGroupFactory f, String household, long order, String member, Double weight, String rel) {
    Group g = f.newGroup().append("household", household).append("order", order).append("member", member);
    if (weight != null) {
      g.append("weight", weight).append("region", "620825").append("hasVehicle", false);
    }
    return g.append("relationship", rel).append("birthDate", (int) LocalDate.of(1950, 1, 1).toEpochDay()).append("hukou", "RURAL")
        .append("workStatus", "NOT_WORKING");
  }
}
