package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * English wording of the screen and the plan over every example household: a programme heading
 * has no article, as the catalogue names its programmes ("Minimum living allowance (低保) · not
 * eligible", "Temporary assistance (临时救助) · …"), and a count of one takes the singular ("1
 * household member is counted", never "1 household members").
 */
final class EnglishWordingTest {
  /** A count of one before a plural noun or verb. */
  static final Pattern ONE_PLURAL = Pattern.compile(
      "(?<![\\d.,])1 (?:[a-z-]+ )?(?:members|months|days|times|properties|registrations|vehicles|homes|payments|referrals|visits|households|persons|entries|items|records|problems)\\b"
      + "|(?<![\\d.,])1 household members are");

  @Test
  void programmeHeadingsHaveNoArticleAndOneIsSingular() throws IOException {
    List<Path> households;
    try (Stream<Path> s = Files.list(LanguageLeakTest.HOUSEHOLDS)) {
      households = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<String> found = new ArrayList<>();
    int headings = 0;
    for (Path h : households) {
      for (String command : List.of("screen", "plan")) {
        CliRun run = CliRun.of(command, "--date", "2025-10-01", "--lang", "en", h.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        for (String line : run.out().split("\n")) {
          // a programme heading of the rule details: "<Programme> · <outcome>…" at the start of a line
          if (command.equals("screen") && line.matches("^[A-Za-z].* · (?:eligible|not eligible|needs review).*")) {
            headings++;
            if (line.startsWith("The ") || line.startsWith("A ")) {
              found.add(h.getFileName() + " " + command + ": " + line);
            }
          }
          if (ONE_PLURAL.matcher(line).find()) {
            found.add(h.getFileName() + " " + command + ": " + line);
          }
        }
      }
    }
    assertThat(headings).isGreaterThan(20);
    assertThat(found).isEmpty();
  }

  @Test
  void theChecksCatchWhatTheTrialSaw() {
    assertThat(ONE_PLURAL.matcher("1 household members are counted.").find()).isTrue();
    assertThat(ONE_PLURAL.matcher("refused suitable work 1 times").find()).isTrue();
    assertThat(ONE_PLURAL.matcher("1 household member is counted. 2 household members are counted. 11 months, 2.1 days").find())
        .isFalse();
  }

  @Test
  void oneHouseholdMemberIsCountedInTheSingular() {
    CliRun run = CliRun.of("screen", "--date", "2025-10-01", "--lang", "en",
        LanguageLeakTest.HOUSEHOLDS.resolve("dibao-single-person.json").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("1 household members").contains("Minimum living allowance (低保) · ");
  }
}
