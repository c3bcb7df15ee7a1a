package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output that is the same file as an input, or as another output, is refused by every command
 * before anything is read or written: a usage error (exit 2) naming both options and paths, in
 * the language of the run; the file is left exactly as it was.
 */
final class OutputSameAsInputTest {
  static final Path HOUSEHOLD = Path.of("..", "examples", "households", "craftsman.json");
  static final String CONTENT = "the user's file, not to be touched\n";

  @TempDir
  Path dir;

  private Path file;

  @BeforeEach
  void aFile() throws IOException {
    file = dir.resolve("same.csv");
    Files.writeString(file, CONTENT, StandardCharsets.UTF_8);
  }

  private static CliRun run(String lang, List<String> args) {
    return CliRun.of(Stream.concat(args.stream(), Stream.of("--lang", lang)).toArray(String[]::new));
  }

  /** Runs {@code args} in both languages: exit 2, the Chinese and English lines, the file untouched and nothing else written. */
  private void assertRefused(List<String> args, String zh, String en) throws IOException {
    List<Path> before;
    try (Stream<Path> s = Files.list(dir)) {
      before = s.sorted().toList();
    }
    CliRun z = run("zh", args);
    assertThat(z.exit()).as(String.join(" ", args) + "\n" + z.err()).isEqualTo(2);
    assertThat(z.err()).as(String.join(" ", args)).startsWith("错误：" + zh + "\n");
    assertThat(z.out()).isEmpty();
    CliRun e = run("en", args);
    assertThat(e.exit()).isEqualTo(2);
    assertThat(e.err()).as(String.join(" ", args)).startsWith("error: " + en + "\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(CONTENT);
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.sorted().toList()).isEqualTo(before);
    }
  }

  @Test
  void simulateRefusesAnOutputOrRejectsFileThatIsTheInput() throws IOException {
    String f = file.toString();
    assertRefused(List.of("simulate", "--input", f, "--output", f),
        "--output 的 " + f + " 与 --input 的 " + f + " 是同一个文件：写入会毁掉这个输入文件；请为 --output 另给一个路径",
        "--output " + f + " is the same file as --input " + f + ": writing it would destroy that input; give --output another path");
    assertRefused(List.of("simulate", "--input", f, "--rejects", f),
        "--rejects 的 " + f + " 与 --input 的 " + f + " 是同一个文件：写入会毁掉这个输入文件；请为 --rejects 另给一个路径",
        "--rejects " + f + " is the same file as --input " + f + ": writing it would destroy that input; give --rejects another path");
    assertRefused(List.of("simulate", "--input", f, "--write-population", f),
        "--write-population 的 " + f + " 与 --input 的 " + f + " 是同一个文件：写入会毁掉这个输入文件；请为 --write-population 另给一个路径",
        "--write-population " + f + " is the same file as --input " + f
            + ": writing it would destroy that input; give --write-population another path");
  }

  @Test
  void twoOutputsOnOneFileAreRefused() throws IOException {
    Path out = dir.resolve("out.csv");
    assertRefused(List.of("simulate", "--households", "10", "--output", out.toString(), "--report", out.toString()),
        "--output 的 " + out + " 与 --report 的 " + out + " 是同一个文件：一个输出会覆盖另一个；请各给一个路径",
        "--output " + out + " and --report " + out + " are the same file: one output would overwrite the other; give each its own path");
    assertThat(out).doesNotExist();
  }

  @Test
  void theSameFileWrittenAnotherWayIsTheSameFile() throws IOException {
    // a path through ".." and a hard link are the same file as the input
    Path sub = Files.createDirectory(dir.resolve("sub"));
    String around = sub.resolve("..").resolve("same.csv").toString();
    assertRefused(List.of("simulate", "--input", file.toString(), "--output", around),
        "--output 的 " + around + " 与 --input 的 " + file + " 是同一个文件：写入会毁掉这个输入文件；请为 --output 另给一个路径",
        "--output " + around + " is the same file as --input " + file + ": writing it would destroy that input; give --output another path");
    Path link = Files.createLink(dir.resolve("link.csv"), file);
    assertRefused(List.of("simulate", "--input", file.toString(), "--output", link.toString()),
        "--output 的 " + link + " 与 --input 的 " + file + " 是同一个文件：写入会毁掉这个输入文件；请为 --output 另给一个路径",
        "--output " + link + " is the same file as --input " + file + ": writing it would destroy that input; give --output another path");
    // relative and absolute spellings of a file not there yet: two outputs on one file
    String relative = Path.of("").toAbsolutePath().relativize(dir.resolve("new.csv")).toString();
    String absolute = dir.resolve("new.csv").toString();
    assertRefused(List.of("simulate", "--households", "10", "--output", relative, "--rejects", absolute),
        "--output 的 " + relative + " 与 --rejects 的 " + absolute + " 是同一个文件：一个输出会覆盖另一个；请各给一个路径",
        "--output " + relative + " and --rejects " + absolute + " are the same file: one output would overwrite the other; give each its own path");
  }

  @Test
  void monitorRefusesAnOutputThatIsAFeedOrTheRegister() throws IOException {
    String f = file.toString();
    assertRefused(List.of("monitor", "--region", "230300", "--output", f, f),
        "--output 的 " + f + " 与 月度数据文件（FEED）的 " + f + " 是同一个文件：写入会毁掉这个输入文件；请为 --output 另给一个路径",
        "--output " + f + " is the same file as the monthly feeds (FEED) " + f
            + ": writing it would destroy that input; give --output another path");
    Path feed = Files.writeString(dir.resolve("feed-2025-01.jsonl"), "", StandardCharsets.UTF_8);
    assertRefused(List.of("monitor", "--region", "230300", "--households", f, "--rejects", f, feed.toString()),
        "--rejects 的 " + f + " 与 --households 的 " + f + " 是同一个文件：写入会毁掉这个输入文件；请为 --rejects 另给一个路径",
        "--rejects " + f + " is the same file as --households " + f + ": writing it would destroy that input; give --rejects another path");
    assertRefused(List.of("monitor", "--region", "230300", "--report", f, feed.toString(), f),
        "--report 的 " + f + " 与 月度数据文件（FEED）的 " + f + " 是同一个文件：写入会毁掉这个输入文件；请为 --report 另给一个路径",
        "--report " + f + " is the same file as the monthly feeds (FEED) " + f
            + ": writing it would destroy that input; give --report another path");
  }

  @Test
  void sweepAndScreenRefuseAReportThatIsTheHousehold() throws IOException {
    Path h = Files.copy(HOUSEHOLD, dir.resolve("d.json"));
    String household = Files.readString(h, StandardCharsets.UTF_8);
    for (List<String> args : List.of(List.of("sweep", "--report", h.toString(), h.toString()),
        List.of("screen", "--date", "2025-10-01", "--report", h.toString(), h.toString()))) {
      assertRefused(args,
          "--report 的 " + h + " 与 家庭信息文件（HOUSEHOLD）的 " + h + " 是同一个文件：写入会毁掉这个输入文件；请为 --report 另给一个路径",
          "--report " + h + " is the same file as the household file (HOUSEHOLD) " + h
              + ": writing it would destroy that input; give --report another path");
      assertThat(Files.readString(h, StandardCharsets.UTF_8)).isEqualTo(household);
    }
  }

  @Test
  void aReformPolicyTargetsOrCaseFileIsNotOverwrittenEither() throws IOException {
    String f = file.toString();
    assertRefused(List.of("simulate", "--reform", f, "--report", f),
        "--report 的 " + f + " 与 --reform 的 " + f + " 是同一个文件：写入会毁掉这个输入文件；请为 --report 另给一个路径",
        "--report " + f + " is the same file as --reform " + f + ": writing it would destroy that input; give --report another path");
    assertRefused(List.of("calibrate", "--targets", f, "--output", f),
        "--output 的 " + f + " 与 --targets 的 " + f + " 是同一个文件：写入会毁掉这个输入文件；请为 --output 另给一个路径",
        "--output " + f + " is the same file as --targets " + f + ": writing it would destroy that input; give --output another path");
    assertRefused(List.of("calibrate", "--policy", f, "--output", f),
        "--output 的 " + f + " 与 --policy 的 " + f + " 是同一个文件：写入会毁掉这个输入文件；请为 --output 另给一个路径",
        "--output " + f + " is the same file as --policy " + f + ": writing it would destroy that input; give --output another path");
    assertRefused(List.of("decide", "head", "--record", f, "--output", f),
        "--output 的 " + f + " 与 --record 的 " + f + " 是同一个文件：写入会毁掉这个输入文件；请为 --output 另给一个路径",
        "--output " + f + " is the same file as --record " + f + ": writing it would destroy that input; give --output another path");
    assertRefused(List.of("decide", "record", "--household", f, "--date", "2025-10-01", "--programme", "cn.temporary-assistance",
            "--level", "COUNTY", "--decider", "d1", "--outcome", "ELIGIBLE", "--reason", "r", "--record", f),
        "--record 的 " + f + " 与 --household 的 " + f + " 是同一个文件：写入会毁掉这个输入文件；请为 --record 另给一个路径",
        "--record " + f + " is the same file as --household " + f + ": writing it would destroy that input; give --record another path");
  }

  @Test
  void saidWithTheOtherBadOptions() throws IOException {
    String f = file.toString();
    List<String> args = new ArrayList<>(List.of("simulate", "--threads", "x", "--input", f, "--output", f));
    CliRun e = run("en", args);
    assertThat(e.exit()).isEqualTo(2);
    assertThat(e.err()).contains("--threads").contains("--output " + f + " is the same file as --input " + f);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(CONTENT);
  }
}
