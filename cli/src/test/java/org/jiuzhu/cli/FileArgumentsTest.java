package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file argument that is a folder, or a file to be read that does not exist, is an input error of
 * every command: one line in the language of the run naming the option or argument and the path,
 * exit code 1, no stack trace.
 */
final class FileArgumentsTest {
  static final String HOUSEHOLD = Path.of("..", "examples", "households", "craftsman.json").toString();

  @TempDir
  Path dir;

  private static CliRun run(String lang, List<String> args) {
    return CliRun.of(Stream.concat(args.stream(), Stream.of("--lang", lang)).toArray(String[]::new));
  }

  /** Each command line, with {@code D} where the folder goes, and how the Chinese and English name the argument. */
  private List<String[]> cases() {
    return List.of(
        new String[] {"screen --date 2025-10-01 D", "家庭信息文件（HOUSEHOLD）", "the household file (HOUSEHOLD)"},
        new String[] {"screen --date 2025-10-01 --policy D H", "--policy", "--policy"},
        new String[] {"screen --date 2025-10-01 --report D H", "--report", "--report"},
        new String[] {"plan --date 2025-10-01 D", "家庭信息文件（HOUSEHOLD）", "the household file (HOUSEHOLD)"},
        new String[] {"plan --date 2025-10-01 --record D H", "--record", "--record"},
        new String[] {"sweep D", "家庭信息文件（HOUSEHOLD）", "the household file (HOUSEHOLD)"},
        new String[] {"sweep --reform D H", "--reform", "--reform"},
        new String[] {"check-policy D", "政策文件（FILE）", "the policy files (FILE)"},
        new String[] {"test D", "情景文件（FILE）", "the scenario files (FILE)"},
        new String[] {"calibrate --targets D", "--targets", "--targets"},
        new String[] {"simulate --targets D", "--targets", "--targets"},
        // said before the extension (.csv or .parquet) is checked: a folder or a missing file is not a bad extension
        new String[] {"simulate --input D", "--input", "--input"},
        new String[] {"simulate --output D", "--output", "--output"},
        new String[] {"simulate --write-population D", "--write-population", "--write-population"},
        new String[] {"decide verify --record D", "--record", "--record"},
        new String[] {"decide head --record D", "--record", "--record"},
        new String[] {"decide record --household D --date 2025-10-01 --programme cn.temporary-assistance --level COUNTY"
            + " --decider d1 --outcome ELIGIBLE --reason r --record R", "--household", "--household"},
        new String[] {"decide record --household H --date 2025-10-01 --programme cn.temporary-assistance --level COUNTY"
            + " --decider d1 --outcome ELIGIBLE --reason r --record D", "--record", "--record"});
  }

  private List<String> line(String template, String folder) {
    return Stream.of(template.split(" "))
        .map(a -> a.equals("D") ? folder : a.equals("H") ? HOUSEHOLD : a.equals("R") ? dir.resolve("r.jsonl").toString() : a)
        .toList();
  }

  @Test
  void aFolderWhereAFileIsExpectedIsNamedInEveryCommand() {
    String d = dir.toString();
    for (String[] c : cases()) {
      CliRun z = run("zh", line(c[0], d));
      assertThat(z.exit()).as(c[0] + "\n" + z.err()).isEqualTo(Jiuzhu.INVALID_INPUT);
      assertThat(z.err()).as(c[0]).isEqualTo("错误：" + c[1] + "：" + d + " 是文件夹；应为文件\n");
      CliRun e = run("en", line(c[0], d));
      assertThat(e.exit()).as(c[0]).isEqualTo(Jiuzhu.INVALID_INPUT);
      assertThat(e.err()).as(c[0]).isEqualTo("error: " + c[2] + ": " + d + " is a folder; expected a file\n");
    }
  }

  @Test
  void aMissingFileToReadIsNamedWithItsArgument() {
    String missing = dir.resolve("nothing.json").toString();
    for (String[] c : cases()) {
      if (c[1].equals("--report") || c[1].equals("--output") || c[1].equals("--write-population") || c[0].startsWith("decide record --household H")) {
        continue; // files written: they need not exist
      }
      if (c[1].equals("--policy") || c[1].equals("--reform") || c[0].startsWith("check-policy")) {
        continue; // a missing policy file is said by the policy reader (UserErrorsInBothLanguagesTest)
      }
      CliRun z = run("zh", line(c[0], missing));
      assertThat(z.exit()).as(c[0] + "\n" + z.err()).isEqualTo(Jiuzhu.INVALID_INPUT);
      assertThat(z.err()).as(c[0]).isEqualTo("错误：" + c[1] + "：" + missing + " 不存在；应为已存在的文件\n");
      CliRun e = run("en", line(c[0], missing));
      assertThat(e.err()).as(c[0]).isEqualTo("error: " + c[2] + ": " + missing + " does not exist; expected an existing file\n");
    }
  }

  @Test
  void aFolderAsAFeedOfMonitorIsNamed() {
    CliRun z = run("zh", List.of("monitor", "--region", "110101", "--households", HOUSEHOLD, dir.toString()));
    assertThat(z.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(z.exit()).isNotZero();
  }
}
