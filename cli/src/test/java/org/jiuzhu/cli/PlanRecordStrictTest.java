package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan record files are read strictly: a key twice, a second document, quoted numbers and booleans are refused. */
final class PlanRecordStrictTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("jiuzhu.examples", "../examples/households"));

  @TempDir
  Path dir;

  private CliRun plan(String record) throws Exception {
    Path file = dir.resolve("record.yaml");
    Files.writeString(file, record, StandardCharsets.UTF_8);
    return CliRun.of("plan", "--date", "2025-10-01", "--lang", "en", "--record", file.toString(), "--status-date", "2025-10-31",
        EXAMPLES.resolve("craftsman.json").toString());
  }

  @Test
  void mistakesAnUpstreamSystemMakesAreRefused() throws Exception {
    assertThat(plan("- {delivered: i13, date: 2025-10-20, quantity: 4, by: coop-7}\n").exit()).isZero();
    CliRun twice = plan("- {delivered: i13, date: 2025-10-20, date: 2025-10-21, quantity: 4, by: coop-7}\n");
    assertThat(twice.exit()).isEqualTo(1);
    assertThat(twice.err()).contains("'date' is given twice in [0]");
    CliRun quoted = plan("- {delivered: i13, date: 2025-10-20, quantity: \"4\", by: coop-7}\n"
        + "- {evaluated: i13, date: 2025-10-31, targetMet: \"true\", by: coop-7}\n");
    assertThat(quoted.exit()).isEqualTo(1);
    assertThat(quoted.err()).contains("entry 1: 'quantity' is 4; expected a whole number without quotes")
        .contains("entry 2: 'targetMet' must be true or false");
    CliRun second = plan("- {delivered: i13, date: 2025-10-20, quantity: 4, by: coop-7}\n---\n- {delivered: i13, date: 2025-10-21, by: x}\n");
    assertThat(second.exit()).isEqualTo(1);
    assertThat(second.err()).contains("text after the end of the document; expected exactly one document");
  }
}
