package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jiuzhu.core.review.CaseRecord;
import org.jiuzhu.rules.io.StrictInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code decide} reads a case record (and a head file) within the limits of every strictly read
 * file: a record of at most 4 MiB whose lines are at most 64 KiB each is read; one byte more, and
 * it is refused naming the file, the limit and its size (the line's number and length), in both
 * languages — never read whole into memory first. A decision whose entry would be longer than a
 * line may be is not written (the record would not be read again).
 */
final class CaseRecordLimitsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 10, 1);

  @TempDir
  Path dir;

  /** A sound record of case {@code fire}: a short entry, then one whose line is {@code bytes} long. */
  private static List<String> record(int bytes) {
    CaseRecord probe = new CaseRecord("fire");
    probe.append(DAY, "NOTE", "x");
    int line = probe.toLines().get(0).getBytes(StandardCharsets.UTF_8).length; // the hashes are of fixed length
    CaseRecord r = new CaseRecord("fire");
    r.append(DAY, "NOTE", "first");
    r.append(DAY, "NOTE", "x".repeat(1 + bytes - line));
    List<String> lines = r.toLines();
    assertThat(lines.get(1).getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
    return lines;
  }

  private static CliRun verify(Path record, String lang) {
    return CliRun.of("decide", "verify", "--record", record.toString(), "--lang", lang);
  }

  @Test
  void aLineOfAtMost64KiBIsReadAndALongerOneIsRefusedWithItsNumberLengthAndTheLimit() throws IOException {
    int max = StrictInput.MAX_CASE_RECORD_LINE_BYTES;
    assertThat(max).isEqualTo(64 << 10);
    Path at = Files.write(dir.resolve("at.case"), record(max), StandardCharsets.UTF_8);
    CliRun ok = verify(at, "en");
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("record intact: case fire, 2 entries");
    Path over = Files.write(dir.resolve("over.case"), record(max + 1), StandardCharsets.UTF_8);
    CliRun en = verify(over, "en");
    assertThat(en.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(en.err()).isEqualTo("error: cannot read the record " + over
        + ": line 2 is 65537 bytes; expected a line of at most 64 KiB (65536 bytes)\n");
    CliRun zh = verify(over, "zh");
    assertThat(zh.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(zh.err()).isEqualTo("错误：无法读取记录 " + over + "：第 2 行为 65537 字节；每行应不超过 64 千字节（65536 字节）\n");
    // the head file is read the same way: decide head refuses the record, decide verify --head a head file too long
    assertThat(CliRun.of("decide", "head", "--record", over.toString(), "--lang", "en").err()).contains("line 2 is 65537 bytes");
    Path head = Files.writeString(dir.resolve("over.head"), "x".repeat(max + 1) + "\n", StandardCharsets.UTF_8);
    CliRun h = CliRun.of("decide", "verify", "--record", at.toString(), "--head", head.toString(), "--lang", "en");
    assertThat(h.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(h.err()).isEqualTo("error: cannot read the head " + head
        + ": line 1 is 65537 bytes; expected a line of at most 64 KiB (65536 bytes)\n");
  }

  /** {@code lines} followed by blank lines up to {@code size} bytes in all (blank lines are not entries). */
  private static Path padded(Path file, List<String> lines, long size) throws IOException {
    PlanLanguageTest.padded(file, String.join("\n", lines) + "\n", size);
    assertThat(Files.size(file)).isEqualTo(size);
    return file;
  }

  @Test
  void aRecordOfAtMost4MiBIsReadAndALargerOneIsRefusedWithTheLimitAndItsSize() throws IOException {
    int max = StrictInput.MAX_CASE_RECORD_BYTES;
    assertThat(max).isEqualTo(4 << 20);
    List<String> lines = record(1000);
    CliRun ok = verify(padded(dir.resolve("at.case"), lines, max), "en");
    assertThat(ok.exit()).as(ok.err()).isZero();
    Path over = padded(dir.resolve("over.case"), lines, max + 1L);
    CliRun en = verify(over, "en");
    assertThat(en.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(en.err()).isEqualTo("error: cannot read the record " + over + ": the file is 4194305 bytes; expected at most 4 MiB"
        + " (4194304 bytes)\n");
    CliRun zh = verify(over, "zh");
    assertThat(zh.err()).isEqualTo("错误：无法读取记录 " + over + "：文件为 4194305 字节；应不超过 4 兆字节（4194304 字节）\n");
  }

  @Test
  void aRecordThatIsNotUtf8IsRefusedNamingItsLine() throws IOException {
    Path gbk = dir.resolve("gbk.case");
    List<String> lines = record(1000);
    Files.write(gbk, (lines.get(0) + "\n" + lines.get(1) + "\n" + "火灾\n").getBytes(java.nio.charset.Charset.forName("GBK")));
    CliRun en = verify(gbk, "en");
    assertThat(en.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
    assertThat(en.err()).startsWith("error: ").contains("gbk.case:3: a byte sequence that is not UTF-8");
  }

  @Test
  void aDecisionWhoseEntryWouldBeLongerThanALineMayBeIsNotWritten() throws IOException {
    Path household = Files.writeString(dir.resolve("fire.yaml"), "id: fire\nregion: \"620825\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-01-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: FARMING}\n"
        + "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2024-10, to: 2025-09}, gross: \"2000\"}]\n"
        + "events: [{date: 2025-09-15, type: FIRE, amount: \"6000\"}]\n", StandardCharsets.UTF_8);
    Path record = dir.resolve("fire.case");
    for (String lang : new String[] {"en", "zh"}) {
      CliRun r = CliRun.of("decide", "record", "--household", household.toString(), "--date", "2025-10-01", "--programme",
          "cn.temporary-assistance", "--level", "COUNTY", "--decider", "county-committee-3", "--outcome", "ELIGIBLE",
          "--amount", "6000", "--reason", "房".repeat(30_000), "--record", record.toString(), "--lang", lang);
      assertThat(r.exit()).isEqualTo(Jiuzhu.INVALID_INPUT);
      assertThat(r.err()).containsPattern(lang.equals("en")
          ? "error: the new entry would be \\d+ bytes, but a line of a case record is at most 64 KiB \\(65536 bytes\\); give a shorter"
              + " --reason \\(nothing was written to "
          : "错误：新的一条记录将为 \\d+ 字节，而案件记录每行不超过 64 千字节（65536 字节）；请缩短 --reason（");
      assertThat(record).doesNotExist();
    }
  }
}
