package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file a command writes gets the permissions of a file the user creates there (the umask's, as
 * {@link Files#createFile} gives), not those of a temporary file (0600, which calibrate's policy
 * file and decide's case record got); a file it replaces keeps its own.
 */
final class OutputPermissionsTest {
  static final Path HOUSEHOLD = Path.of("..", "examples", "households", "dibao-marginal-car-story.json");

  @TempDir
  Path dir;

  /** The permissions a file the user creates in {@link #dir} gets. */
  private Set<PosixFilePermission> created() throws IOException {
    Path probe = Files.createFile(dir.resolve("probe"));
    Set<PosixFilePermission> p = Files.getPosixFilePermissions(probe);
    Files.delete(probe);
    return p;
  }

  @Test
  void anOutputWrittenBesideItsPlaceHasTheUsersPermissions() throws IOException {
    Set<PosixFilePermission> expected = created();
    Path written = dir.resolve("calibrated.yaml");
    try (OutputFiles files = new OutputFiles()) {
      Path to = files.to(written);
      assertThat(to.getParent()).isEqualTo(dir.toAbsolutePath());
      assertThat(to.getFileName().toString()).startsWith(".jiuzhu-").endsWith("-calibrated.yaml");
      Files.writeString(to, "x: 1\n", StandardCharsets.UTF_8);
      files.succeeded();
      assertThat(written).doesNotExist(); // only when all is written and closed
    }
    assertThat(Files.getPosixFilePermissions(written)).isEqualTo(expected);
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("calibrated.yaml");
    }
  }

  @Test
  void aFileReplacedKeepsItsPermissionsAndOneNotCommittedIsNotWritten() throws IOException {
    Path mine = Files.writeString(dir.resolve("notice.html"), "old", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rw-r-----"));
    CliRun run = CliRun.of("screen", "--date", "2025-10-01", "--report", mine.toString(), HOUSEHOLD.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(mine, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine))).isEqualTo("rw-r-----");

    try (OutputFiles files = new OutputFiles()) {
      Files.writeString(files.to(mine), "half", StandardCharsets.UTF_8);
    } // the run failed: not committed
    assertThat(Files.readString(mine, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
    try (var s = Files.list(dir)) {
      assertThat(s.count()).isEqualTo(1);
    }
  }

  @Test
  void theCaseRecordAndItsHeadHaveTheUsersPermissions() throws IOException {
    Set<PosixFilePermission> expected = created();
    Path household = Files.writeString(dir.resolve("fire.yaml"), "id: fire\nregion: \"620825\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-01-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: FARMING}\n"
        + "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2024-10, to: 2025-09}, gross: \"2000\"}]\n"
        + "events: [{date: 2025-09-15, type: FIRE, amount: \"6000\"}]\n", StandardCharsets.UTF_8);
    Path record = dir.resolve("fire.case");
    CliRun ok = CliRun.of("decide", "record", "--household", household.toString(), "--date", "2025-10-01", "--programme",
        "cn.temporary-assistance", "--level", "COUNTY", "--decider", "county-committee-3", "--outcome", "ELIGIBLE",
        "--amount", "6000", "--reason", "house burnt down", "--record", record.toString());
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(Files.getPosixFilePermissions(record)).isEqualTo(expected);
    Path head = dir.resolve("fire.head");
    assertThat(CliRun.of("decide", "head", "--record", record.toString(), "--output", head.toString()).exit()).isZero();
    assertThat(Files.getPosixFilePermissions(head)).isEqualTo(expected);
  }
}
