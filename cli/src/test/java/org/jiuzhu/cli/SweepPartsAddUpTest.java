package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.jiuzhu.core.money.Money;
import org.junit.jupiter.api.Test;

/**
 * What {@code sweep} prints a month adds up: market income and every programme's monthly column
 * sum to the monthly net shown, to the fen, in CSV and JSON (dibao.json at 1,150.00 yuan of wages
 * once printed parts summing to 1,566.66 beside a net of 1,566.67).
 */
final class SweepPartsAddUpTest {
  private static final Path HOUSEHOLDS = Path.of(System.getProperty("jiuzhu.examples", "../examples/households"));

  @Test
  void everyCsvRowsMonthlyPartsSumToItsMonthlyNet() {
    for (String h : List.of("dibao.json", "craftsman.json", "boy-back-to-school.json", "tekun.json")) {
      CliRun r = CliRun.of("sweep", "--from", "0", "--to", "3000", "--step", "50", "--format", "csv",
          HOUSEHOLDS.resolve(h).toString());
      assertThat(r.exit()).as(r.err()).isZero();
      List<String> lines = r.out().lines().toList();
      List<String> header = List.of(lines.get(0).split(","));
      int net = header.indexOf("netBaseline");
      int market = header.indexOf("marketIncome");
      for (String line : lines.subList(1, lines.size())) {
        String[] row = line.split(",", -1);
        long sum = Money.parse(row[market]).fen();
        for (int i = 0; i < header.size(); i++) {
          if (header.get(i).startsWith("baseline:")) {
            sum += Money.parse(row[i]).fen();
          }
        }
        assertThat(Money.ofFen(sum)).as(h + " at " + row[0]).isEqualTo(Money.parse(row[net]));
      }
    }
    // the row that did not add up before: 1,150.00 of wages in dibao.json
    // (heating 1,000.00 a year and the medical contribution 400.00 a year: 83.333… and 33.333…, the
    // fen of rounding to the first by programme id, their remainders being equal)
    String row = CliRun.of("sweep", "--from", "1150", "--to", "1150", "--format", "csv",
        HOUSEHOLDS.resolve("dibao.json").toString()).out().lines().toList().get(1);
    assertThat(row).startsWith("1150.00,1450.00,0.00,83.34,0.00,33.33,1566.67,");
  }

  @Test
  void everyJsonPointsMonthlyPartsSumToItsMonthlyNetWithAReformToo() throws Exception {
    CliRun r = CliRun.of("sweep", "--from", "0", "--to", "2000", "--step", "50", "--format", "json", "--reform",
        Path.of(System.getProperty("jiuzhu.examples", "../examples/households")).resolveSibling("reforms")
            .resolve("dibao-standard-plus-10.yaml").toString(), HOUSEHOLDS.resolve("dibao.json").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    for (JsonNode p : new ObjectMapper().readTree(r.out()).get("points")) {
      for (String[] f : new String[][] {{"baseline", "netBaseline"}, {"reform", "netReform"}}) {
        long sum = Money.parse(p.get("marketIncome").asText()).fen();
        for (Iterator<JsonNode> it = p.get(f[0]).elements(); it.hasNext(); ) {
          sum += Money.parse(it.next().asText()).fen();
        }
        assertThat(Money.ofFen(sum)).as(f[0] + " at " + p.get("wages").asText()).isEqualTo(Money.parse(p.get(f[1]).asText()));
      }
    }
  }
}
