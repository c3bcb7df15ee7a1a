package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where every output goes is checked before the work (its folder there and writable), each problem
 * naming the option and the user's path, never a file of the command's own; and no output is left
 * behind, nor a file already there changed, when the run fails.
 */
final class OutputPlacesTest {
  static final Path FEEDS = Path.of("..", "examples", "monitoring");

  @TempDir
  Path dir;

  private static CliRun run(String lang, String... args) {
    return CliRun.of(Stream.concat(Stream.of(args), Stream.of("--lang", lang)).toArray(String[]::new));
  }

  /** Every file and folder under {@link #dir}, by name. */
  private List<String> left() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void calibrateSaysAMissingFolderBeforeTheFit() throws IOException {
    Path output = dir.resolve("nodir").resolve("c.yaml");
    CliRun z = run("zh", "calibrate", "--region", "620825", "--output", output.toString());
    assertThat(z.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(z.out()).isEmpty(); // nothing fitted
    assertThat(z.err()).isEqualTo("错误：--output：无法写入 " + output + "：文件夹 " + dir.resolve("nodir")
        + " 不存在；请先建立该文件夹，或改用已有文件夹中的路径\n");
    CliRun e = run("en", "calibrate", "--region", "620825", "--output", output.toString());
    assertThat(e.err()).isEqualTo("error: --output: cannot write " + output + ": the folder " + dir.resolve("nodir")
        + " does not exist; create it or give a path in an existing folder\n");
    assertThat(left()).isEmpty();
  }

  @Test
  void monitorChecksEveryOutputBeforeTheRunAndLeavesNoneBehind() throws IOException {
    Path results = dir.resolve("mo2.txt");
    Path report = dir.resolve("nodir").resolve("r.html");
    CliRun e = run("en", "monitor", "--region", "230300", "--households", FEEDS.resolve("households.jsonl").toString(),
        "--output", results.toString(), "--report", report.toString(), FEEDS.resolve("feed-2025-08.jsonl").toString());
    assertThat(e.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(e.out()).isEmpty();
    assertThat(e.err()).isEqualTo("error: --report: cannot write " + report + ": the folder " + dir.resolve("nodir")
        + " does not exist; create it or give a path in an existing folder\n");
    assertThat(left()).isEmpty(); // no mo2.txt
  }

  @Test
  void everyOutputProblemIsSaidAtOnceNamingTheUsersPaths() throws IOException {
    Path file = Files.writeString(dir.resolve("plain.txt"), "x", StandardCharsets.UTF_8);
    Path underFile = file.resolve("r.html");
    Path missing = dir.resolve("nodir").resolve("o.csv");
    CliRun z = run("zh", "simulate", "--households", "10", "--output", missing.toString(), "--report", underFile.toString());
    assertThat(z.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(z.err()).isEqualTo("错误：--output：无法写入 " + missing + "：文件夹 " + dir.resolve("nodir")
        + " 不存在；请先建立该文件夹，或改用已有文件夹中的路径\n"
        + "错误：--report：无法写入 " + underFile + "：" + file + " 是文件，不是文件夹；请改用已有文件夹中的路径\n");
    CliRun e = run("en", "simulate", "--households", "10", "--output", missing.toString(), "--report", underFile.toString());
    assertThat(e.err()).isEqualTo("error: --output: cannot write " + missing + ": the folder " + dir.resolve("nodir")
        + " does not exist; create it or give a path in an existing folder\n"
        + "error: --report: cannot write " + underFile + ": " + file + " is a file, not a folder; give a path in an existing folder\n");
    assertThat(left()).containsExactly("plain.txt");
  }

  @Test
  void aFolderOrFileThatCannotBeWrittenIsSaidBeforeTheRun() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Path readOnly = Files.writeString(dir.resolve("ro.csv"), "mine\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
    try {
      Assumptions.assumeFalse(Files.isWritable(locked), "run as a user the permissions bind (not root)");
      Path inLocked = locked.resolve("o.csv");
      CliRun e = run("en", "simulate", "--households", "10", "--output", inLocked.toString(), "--rejects", readOnly.toString());
      assertThat(e.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
      assertThat(e.err()).isEqualTo("error: --output: cannot write " + inLocked + ": no permission to write in the folder " + locked
          + "; give a path in a folder you may write in\n"
          + "error: --rejects: cannot write " + readOnly + " (no permission to write it); give another path or make the file writable\n");
      CliRun z = run("zh", "simulate", "--households", "10", "--output", inLocked.toString());
      assertThat(z.err()).isEqualTo("错误：--output：无法写入 " + inLocked + "：没有在文件夹 " + locked
          + " 中写入的权限；请改用可以写入的文件夹中的路径\n");
      assertThat(Files.readString(readOnly, StandardCharsets.UTF_8)).isEqualTo("mine\n");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aFailedRunLeavesTheFilesAlreadyThereAsTheyWereAndNothingElse() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "not,a,header\n1,2,3\n", StandardCharsets.UTF_8);
    Path output = Files.writeString(dir.resolve("out.csv"), "an earlier result\n", StandardCharsets.UTF_8);
    Path report = dir.resolve("report.html");
    CliRun e = run("en", "simulate", "--input", bad.toString(), "--output", output.toString(), "--report", report.toString());
    assertThat(e.exit()).as(e.err()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(Files.readString(output, StandardCharsets.UTF_8)).isEqualTo("an earlier result\n");
    assertThat(left()).containsExactly("bad.csv", "out.csv"); // no report, no file half written
  }

  @Test
  void aRunThatSucceedsReplacesTheOutputsAndLeavesNoOtherFile() throws IOException {
    Path output = Files.writeString(dir.resolve("out.csv"), "an earlier result\n", StandardCharsets.UTF_8);
    CliRun e = run("en", "simulate", "--households", "50", "--output", output.toString(), "--report",
        dir.resolve("report.html").toString(), "--write-population", dir.resolve("pop.parquet").toString());
    assertThat(e.exit()).as(e.err()).isZero();
    assertThat(Files.readString(output, StandardCharsets.UTF_8)).startsWith("household,");
    assertThat(left()).containsExactly("out.csv", "pop.parquet", "report.html");
    Path results = dir.resolve("m.jsonl");
    CliRun m = run("en", "monitor", "--region", "230300", "--households", FEEDS.resolve("households.jsonl").toString(),
        "--output", results.toString(), "--report", dir.resolve("m.html").toString(), FEEDS.resolve("feed-2025-08.jsonl").toString());
    assertThat(m.exit()).as(m.err()).isZero();
    assertThat(left()).containsExactly("m.html", "m.jsonl", "out.csv", "pop.parquet", "report.html");
    assertThat(Files.size(results)).isPositive();
  }

  @Test
  void aDeviceIsWrittenAsItIs() {
    // /dev/null (as /dev/stdout) is not replaced by a file: written where it is, no file made beside it
    Path household = Path.of("..", "examples", "households", "dibao.json");
    CliRun e = run("en", "sweep", "--to", "10", "--step", "5", "--report", "/dev/null", household.toString());
    assertThat(e.exit()).as(e.err()).isZero();
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
  }

  @Test
  void anOutputThatCannotBeWrittenDuringTheRunIsNamedAsGiven() {
    // /dev/full: every write fails as on a full disk; said in words, naming the output, no stack trace
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")));
    Path household = Path.of("..", "examples", "households", "dibao.json");
    CliRun z = run("zh", "sweep", "--to", "10", "--step", "5", "--report", "/dev/full", household.toString());
    assertThat(z.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(z.err()).isEqualTo("错误：无法写入 /dev/full：磁盘已满；本次运行没有写入任何输出，已有的文件保持原样\n");
    CliRun e = run("en", "sweep", "--to", "10", "--step", "5", "--report", "/dev/full", household.toString());
    assertThat(e.err()).isEqualTo("error: cannot write /dev/full: the disk is full; no output of this run was written,"
        + " files already there are as they were\n");
  }
}
