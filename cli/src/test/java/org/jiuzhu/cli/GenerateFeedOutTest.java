package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate-feed --out DIR}: a DIR that is a file (or under one) is refused before anything
 * is written, naming it and the folder to give, without a stack trace; files of the same names in
 * DIR are replaced, as every command replaces its outputs, and other files are left alone.
 */
final class GenerateFeedOutTest {
  @TempDir
  Path dir;

  private static CliRun run(String lang, String... args) {
    return CliRun.of(Stream.concat(Stream.of(args), Stream.of("--lang", lang)).toArray(String[]::new));
  }

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void anOutThatIsAFileIsSaidWithTheFolderToGive() throws IOException {
    Path register = Files.writeString(dir.resolve("households.jsonl"), "mine\n", StandardCharsets.UTF_8);
    CliRun z = run("zh", "generate-feed", "--households", "5", "--months", "2", "--out", register.toString());
    assertThat(z.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(z.out()).isEmpty();
    assertThat(z.err()).isEqualTo("错误：--out：" + register + " 是文件，不是文件夹；请给出要写入的文件夹（不存在时会新建），如 " + dir + "\n");
    CliRun e = run("en", "generate-feed", "--households", "5", "--months", "2", "--out", register.toString());
    assertThat(e.err()).isEqualTo("error: --out: " + register + " is a file, not a folder; give the folder to write into (made when missing),"
        + " such as " + dir + "\n");
    Path under = register.resolve("more");
    CliRun below = run("en", "generate-feed", "--households", "5", "--out", under.toString());
    assertThat(below.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(below.err()).isEqualTo("error: --out: cannot make the folder " + under + ": " + register
        + " is a file, not a folder; give a path of folders\n");
    assertThat(Files.readString(register, StandardCharsets.UTF_8)).isEqualTo("mine\n");
    assertThat(names(dir)).containsExactly("households.jsonl");
  }

  @Test
  void filesOfTheSameNamesAreReplacedAndOthersLeftAlone() throws IOException {
    Path out = dir.resolve("a").resolve("b");
    CliRun first = run("en", "generate-feed", "--households", "5", "--months", "2", "--out", out.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(names(out)).containsExactly("feed-2025-01.jsonl", "feed-2025-02.jsonl", "households.jsonl");
    String register = Files.readString(out.resolve("households.jsonl"), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("households.jsonl"), "old\n", StandardCharsets.UTF_8);
    Files.writeString(out.resolve("notes.txt"), "mine\n", StandardCharsets.UTF_8);
    CliRun again = run("en", "generate-feed", "--households", "5", "--months", "1", "--out", out.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).isEmpty();
    assertThat(Files.readString(out.resolve("households.jsonl"), StandardCharsets.UTF_8)).isEqualTo(register);
    assertThat(Files.readString(out.resolve("notes.txt"), StandardCharsets.UTF_8)).isEqualTo("mine\n");
    assertThat(names(out)).containsExactly("feed-2025-01.jsonl", "feed-2025-02.jsonl", "households.jsonl", "notes.txt");
  }
}
