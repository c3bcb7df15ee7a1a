package org.jiuzhu.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.synthetic.HouseholdGenerator;
import org.junit.jupiter.api.Test;

final class HouseholdWriterTest {
  private static final Path HOUSEHOLDS = Path.of(System.getProperty("jiuzhu.households", "../examples/households"));

  private static Household roundTrip(Household h) throws Exception {
    return HouseholdReader.fromTree(JsonMapper.builder().build().readTree(HouseholdWriter.toJsonLine(h)));
  }

  @Test
  void everyExampleHouseholdReadsBackEqual() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(HOUSEHOLDS)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(5);
    for (Path f : files) {
      Household h = HouseholdReader.read(f);
      assertThat(roundTrip(h)).as(f.getFileName().toString()).isEqualTo(h);
    }
  }

  @Test
  void generatedHouseholdsReadBackEqual() throws Exception {
    HouseholdGenerator g = new HouseholdGenerator(20251001L,
        List.of(RegionCode.parse("620825"), RegionCode.parse("330105")), LocalDate.of(2025, 10, 1));
    for (int i = 0; i < 2_000; i++) {
      Household h = g.next();
      assertThat(roundTrip(h)).isEqualTo(h);
    }
  }

  @Test
  void aWrittenLineIsOneLine() {
    HouseholdGenerator g = new HouseholdGenerator(7L, List.of(RegionCode.parse("620825")), LocalDate.of(2025, 10, 1));
    assertThat(HouseholdWriter.toJsonLine(g.next())).doesNotContain("\n");
  }
}
