package org.jiuzhu.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.monitoring.MonthlyRecord;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.jiuzhu.rules.io.MonthlyRecordReader.Format;
import org.jiuzhu.rules.io.MonthlyRecordReader.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict reading: each kind of upstream mistake is refused, naming its path. */
final class StrictInputTest {
  private static final String MEMBER = "{\"id\":\"m1\",\"relationship\":\"APPLICANT\",\"birthDate\":\"1980-05-01\","
      + "\"hukouType\":\"RURAL\",\"hukouRegion\":\"230300\",\"workStatus\":\"FARMING\"%s}";

  @TempDir
  Path dir;

  private static String household(String memberExtra, String extra) {
    return "{\"id\":\"h1\",\"region\":\"230300\",\"applicant\":\"m1\",\"members\":[" + String.format(MEMBER, memberExtra) + "]"
        + extra + "}";
  }

  private static ValidationException refusal(String text, boolean yaml) {
    try {
      HouseholdReader.read("h.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), yaml);
    } catch (ValidationException e) {
      return e;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError("accepted: " + text);
  }

  private static Household read(String text) throws Exception {
    return HouseholdReader.read("h.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false);
  }

  @Test
  void theBaseHouseholdIsRead() throws Exception {
    assertThat(read(household("", "")).members()).hasSize(1);
  }

  @Test
  void aKeyGivenTwiceIsRefusedAtItsPathInJsonAndYaml() {
    ValidationException e = refusal(household(",\"workStatus\":\"RETIRED\"", ""), false);
    assertThat(e.problems()).extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("members[0].workStatus", "file.duplicate"));
    assertThat(e.problems().get(0).message()).contains("'workStatus' is given twice in members[0]");
    // the rest of the file is still checked: its missing fields are said beside the key given twice
    ValidationException y = refusal("id: h1\nregion: '230300'\nregion: '110105'\n", true);
    assertThat(y.problems()).extracting(Problem::path).containsExactly("applicant", "members", "region"); // by line: the missing keys at the document's first line
  }

  @Test
  void aKeyGivenTwiceIsReportedWithEveryOtherProblemOfTheFile() {
    // a duplicate gross, an unknown member and a bad enum: all three in one refusal, each at its path
    String yaml = "id: h1\nregion: '230300'\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: '1980-05-01', hukouType: RURAL, hukouRegion: '230300',"
        + " workStatus: FARMING, sex: FEMAL}\n"
        + "incomes:\n  - member: m9\n    category: WAGES\n    month: '2025-09'\n    gross: '2000'\n    gross: '3000'\n";
    ValidationException e = refusal(yaml, true);
    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("incomes[0].gross", "file.duplicate"),
        org.assertj.core.groups.Tuple.tuple("members[0].sex", "field.enum"),
        org.assertj.core.groups.Tuple.tuple("incomes[0].member", "household.member.unknown"));
    // the place is the problem's, line and column of the second key, as for every other field problem
    Problem twice = e.problems().stream().filter(p -> p.code().equals("file.duplicate")).findFirst().orElseThrow();
    assertThat(e.problems()).extracting(p -> p.line().orElse(0)).isSorted(); // in the order of their lines
    assertThat(twice.line()).hasValue(11);
    assertThat(twice.column()).hasValue(5);
    assertThat(twice.message()).isEqualTo("'gross' is given twice in incomes[0]; expected each key once (the second would silently win)");
    assertThat(twice.toString(org.jiuzhu.core.text.Lang.EN)).startsWith("incomes[0].gross (line 11, column 5): 'gross' is given twice");
    assertThat(twice.toString(org.jiuzhu.core.text.Lang.ZH)).startsWith("incomes[0].gross（第 11 行第 5 列）：“incomes[0]”中的“gross”出现两次");
    // every key given twice is said, not only the first
    ValidationException two = refusal("id: h1\nid: h2\nregion: '230300'\nregion: '230300'\n", true);
    assertThat(two.problems()).extracting(Problem::path).contains("id", "region");
  }

  @Test
  void trailingTextAndASecondDocumentAreRefused() {
    assertThat(refusal(household("", "") + "\n}", false).problems()).extracting(Problem::path).containsExactly("");
    assertThat(refusal(household("", "") + household("", ""), false).problems()).extracting(Problem::code)
        .containsExactly("file.trailing");
    assertThat(refusal("id: h1\n---\nid: h2\n", true).problems()).extracting(Problem::code).containsExactly("file.trailing");
  }

  @Test
  void utf16AndLoneSurrogatesAreRefused() {
    byte[] utf16 = household("", "").getBytes(StandardCharsets.UTF_16);
    assertThatThrownBy(() -> HouseholdReader.read("h.json", new ByteArrayInputStream(utf16), false))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).message()).contains("UTF-16"));
    byte[] utf16le = household("", "").getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> HouseholdReader.read("h.json", new ByteArrayInputStream(utf16le), false))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("file.encoding"));
    ValidationException escaped = refusal(household(",\"name\":\"Zhang\\ud800\"", ""), false);
    assertThat(escaped.problems()).extracting(Problem::path).containsExactly("members[0].name");
    assertThat(escaped.problems().get(0).message()).doesNotContain("Zhang");
    byte[] cesu = household("", "").replace("\"h1\"", "\"h1QQQ\"").getBytes(StandardCharsets.UTF_8);
    int at = new String(cesu, StandardCharsets.UTF_8).indexOf("QQQ");
    cesu[at] = (byte) 0xED;
    cesu[at + 1] = (byte) 0xA0;
    cesu[at + 2] = (byte) 0x80;
    assertThatThrownBy(() -> HouseholdReader.read("h.json", new ByteArrayInputStream(cesu), false))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).message())
            .contains("is not UTF-8"));
  }

  @Test
  void scalarsAreNotCoerced() {
    assertThat(refusal(household(",\"orphan\":\"true\"", ""), false).problems()).extracting(Problem::path, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("members[0].orphan",
            "'orphan' is text 'true'; expected true or false without quotes"));
    assertThat(refusal(household(",\"refusedJobOffers\":\"2\"", ""), false).problems()).extracting(Problem::path)
        .containsExactly("members[0].refusedJobOffers");
    assertThat(refusal(household(",\"disability\":{\"category\":\"PHYSICAL\",\"grade\":2.5}", ""), false).problems())
        .extracting(Problem::path).containsExactly("members[0].disability.grade");
    assertThat(refusal(household("", "").replace("\"230300\",\"applicant\"", "230300,\"applicant\""), false).problems())
        .extracting(Problem::path).containsExactly("region");
    assertThat(refusal(household("", "").replace("\"APPLICANT\"", "\"APPLICANT \""), false).problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("members[0].relationship", "field.space"));
  }

  @Test
  void amountsMayBeNumbersOrText() throws Exception {
    String incomes = ",\"incomes\":[{\"member\":\"m1\",\"category\":\"WAGES\",\"month\":\"2025-01\",\"gross\":%s}]";
    assertThat(read(household("", String.format(incomes, "1200.50"))).incomes().get(0).gross().toString()).isEqualTo("1200.50");
    assertThat(read(household("", String.format(incomes, "\"1200.50\""))).incomes().get(0).gross().toString()).isEqualTo("1200.50");
    assertThat(refusal(household("", String.format(incomes, "true")), false).problems()).extracting(Problem::path)
        .containsExactly("incomes[0].gross");
  }

  @Test
  void sizeLimitsAreDocumentedAndEnforced() {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i <= HouseholdReader.MAX_MEMBERS; i++) {
      members.append(i == 0 ? "" : ",").append(String.format(MEMBER, "").replace("\"m1\"", "\"m" + (i + 1) + "\"")
          .replace(i == 0 ? "\"\"" : "\"APPLICANT\"", i == 0 ? "\"\"" : "\"OTHER\""));
    }
    String many = "{\"id\":\"h1\",\"region\":\"230300\",\"applicant\":\"m1\",\"members\":[" + members + "]}";
    assertThat(refusal(many, false).problems()).extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("members", "field.size"));
    byte[] big = new byte[StrictInput.MAX_FILE_BYTES + 10];
    java.util.Arrays.fill(big, (byte) ' ');
    assertThatThrownBy(() -> HouseholdReader.read("big.json", new ByteArrayInputStream(big), false))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.problems().get(0).code()).isEqualTo("file.size");
          assertThat(e.problems().get(0).message(org.jiuzhu.core.text.Lang.EN))
              .isEqualTo("big.json is 4194314 bytes; expected one document of at most 4 MiB (4194304 bytes)");
          assertThat(e.problems().get(0).message(org.jiuzhu.core.text.Lang.ZH))
              .isEqualTo("big.json 为 4194314 字节；应为不超过 4 兆字节（4194304 字节）的单个文档");
        });
  }

  @Test
  void aFileOfExactlyTheLimitIsReadAndTheSizeOfALargerOneIsCountedNotHeld() throws Exception {
    String doc = "{\"format\":\"x\"}";
    assertThat(StrictInput.read("at.json", Padded.of(doc, StrictInput.MAX_FILE_BYTES, ' '), false).path("format").asText())
        .isEqualTo("x");
    // 64 MiB: counted as it is read past the limit, never held
    assertThatThrownBy(() -> StrictInput.read("huge.json", Padded.of(doc, 64L << 20, ' '), false))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).message())
            .isEqualTo("huge.json is 67108864 bytes; expected one document of at most 4 MiB (4194304 bytes)"));
    assertThatThrownBy(() -> StrictInput.readBytes("endless", Padded.of("", Long.MAX_VALUE, ' '), 1024))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).message())
            .isEqualTo("endless is more than 1 GiB; expected one document of at most 1 KiB (1024 bytes)"));
  }

  @Test
  void anIdNumberWhoseRegionPartNamesNoRegionIsRefused() throws Exception {
    // 620825 is a county of Gansu: a valid number; 990825 has the same digits after an unknown province
    assertThat(read(household(",\"citizenId\":\"" + withCheck("62082519800501001") + "\"", "")).members()).hasSize(1);
    ValidationException e = refusal(household(",\"citizenId\":\"" + withCheck("99082519800501001") + "\"", ""), false);
    assertThat(e.problems()).extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("members[0].citizenId", "citizenId.invalid"));
    assertThat(e.problems().get(0).message()).contains("990825, which names no region").doesNotContain("19800501");
  }

  @Test
  void aCurrentBenefitNamingNoProgrammeIsRefused() throws Exception {
    String benefit = ",\"currentBenefits\":[{\"programme\":\"%s\",\"since\":\"2024-01-01\"}]";
    assertThat(read(household("", String.format(benefit, "cn.dibao"))).currentBenefits()).hasSize(1);
    ValidationException e = refusal(household("", String.format(benefit, "cn.dibao2")), false);
    assertThat(e.problems()).extracting(Problem::path).containsExactly("currentBenefits[0].programme");
    assertThat(e.problems().get(0).message()).startsWith("'cn.dibao2' is not a programme of the catalogue; expected one of [")
        .contains("cn.tekun");
  }

  @Test
  void aFeedLineOfAtMost64KiBIsReadAndALongerOneIsRejectedWithItsLengthAndTheNextLinesRead() throws Exception {
    String record = "{\"household\":\"h1\",\"type\":\"medical-bill\",\"date\":\"2025-03-04\",\"member\":\"m1\",\"amount\":\"60\"}";
    int max = StrictInput.MAX_FEED_LINE_BYTES;
    assertThat(max).isEqualTo(64 << 10);
    String atLimit = record + " ".repeat(max - record.length());
    String over = record + " ".repeat(max + 1 - record.length());
    List<MonthlyRecord> records = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    MonthlyRecordReader.read("feed-2025-03.jsonl", new BufferedReader(new StringReader(String.join("\n", atLimit, over, record))),
        Format.JSONL, records::add, rejects::add);
    assertThat(records).hasSize(2);
    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(2);
      assertThat(r.problems()).extracting(Problem::path, Problem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("", "line.size"));
      assertThat(r.message(org.jiuzhu.core.text.Lang.EN))
          .isEqualTo("feed-2025-03.jsonl:2: the line is 65537 bytes; expected a line of at most 64 KiB (65536 bytes)");
      assertThat(r.message(org.jiuzhu.core.text.Lang.ZH))
          .isEqualTo("feed-2025-03.jsonl:2: 该行为 65537 字节；每行应不超过 64 千字节（65536 字节）");
      assertThat(r.text()).startsWith(record).hasSize(max);
    });
    // in CSV the same; a header longer than a line's limit: the feed cannot be read
    String header = "household,type,date,member,amount";
    String row = "h1,medical-bill,2025-03-04,m1,60";
    rejects.clear();
    records.clear();
    MonthlyRecordReader.read("feed-2025-03.csv", new BufferedReader(new StringReader(String.join("\n", header,
        row, row + "x".repeat(max + 1 - row.length()), row))), Format.CSV, records::add, rejects::add);
    assertThat(records).hasSize(2);
    assertThat(rejects).extracting(Reject::line, r -> r.problems().get(0).code()).containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "line.size"));
    assertThatThrownBy(() -> MonthlyRecordReader.read("feed-2025-03.csv", new BufferedReader(new StringReader(
        header + ",".repeat(max) + "\n" + row)), Format.CSV, r -> {}, r -> {}))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.message(org.jiuzhu.core.text.Lang.EN))
              .isEqualTo("feed-2025-03.csv:1: the CSV header is 65569 bytes; expected a line of at most 64 KiB (65536 bytes)");
          assertThat(p.message(org.jiuzhu.core.text.Lang.ZH))
              .isEqualTo("feed-2025-03.csv 第 1 行：表头为 65569 字节；每行应不超过 64 千字节（65536 字节）");
        }));
  }

  @Test
  void feedLinesAreReadStrictlyAndCsvCellsAreStillText() throws Exception {
    List<MonthlyRecord> records = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    String feed = String.join("\n",
        "{\"household\":\"h1\",\"type\":\"medical-bill\",\"date\":\"2025-03-04\",\"member\":\"m1\",\"amount\":\"60\",\"amount\":\"6000\"}",
        "{\"household\":\"h1\",\"type\":\"medical-bill\",\"date\":\"2025-03-04\",\"member\":\"m1\",\"amount\":\"60\",\"inpatient\":\"true\"}",
        "{\"household\":\"h1\",\"type\":\"medical-bill \",\"date\":\"2025-03-04\",\"member\":\"m1\",\"amount\":\"60\"}",
        "{\"household\":\"h1\",\"type\":\"medical-bill\",\"date\":\"2025-03-04\",\"member\":\"m1\",\"amount\":\"60\"} {}",
        "{\"household\":\"h1\\udc00\",\"type\":\"medical-bill\",\"date\":\"2025-03-04\",\"member\":\"m1\",\"amount\":\"60\"}",
        "{\"household\":\"h1\",\"type\":\"medical-bill\",\"date\":\"2025-03-04\",\"member\":\"m1\",\"amount\":\"60\",\"inpatient\":true}");
    MonthlyRecordReader.read("feed-2025-03.jsonl", new BufferedReader(new StringReader(feed)), Format.JSONL, records::add, rejects::add);
    assertThat(records).hasSize(1);
    assertThat(rejects).extracting(r -> r.problems().get(0).path())
        .containsExactly("amount", "inpatient", "type", "", "household");
    assertThat(rejects).extracting(r -> r.problems().get(0).code())
        .containsExactly("file.duplicate", "field.boolean", "field.space", "file.trailing", "field.surrogate");
    records.clear();
    rejects.clear();
    MonthlyRecordReader.read("feed-2025-03.csv", new BufferedReader(new StringReader(
        "household,type,date,member,amount,inpatient\nh1,medical-bill,2025-03-04,m1,60,true\n")), Format.CSV, records::add, rejects::add);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).inpatient()).isTrue();
    assertThatThrownBy(() -> MonthlyRecordReader.read("feed-2025-03.csv", new BufferedReader(new StringReader(
        "household,type,date,member,amount,amount\n")), Format.CSV, records::add, rejects::add))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::code)
            .containsExactly("csv.column.duplicate"));
  }

  @Test
  void aFeedThatIsNotUtf8IsRefusedWithItsLineBeforeAnythingIsRead() throws Exception {
    Path feed = dir.resolve("feed-2025-03.jsonl");
    byte[] gbk = "{\"household\":\"h1\",\"type\":\"visit\",\"date\":\"2025-03-04\"}\n{\"household\":\"张三\"}\n"
        .getBytes(java.nio.charset.Charset.forName("GBK"));
    Files.write(feed, gbk);
    assertThatThrownBy(() -> StrictInput.checkUtf8(feed))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).message())
            .startsWith("feed-2025-03.jsonl:2: a byte sequence that is not UTF-8"));
    Files.write(feed, "{}\n".getBytes(StandardCharsets.UTF_16));
    assertThatThrownBy(() -> StrictInput.checkUtf8(feed)).hasMessageContaining("UTF-16");
    Files.writeString(feed, "{\"household\":\"张三\"}\n", StandardCharsets.UTF_8);
    StrictInput.checkUtf8(feed);
  }

  private static String withCheck(String id17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    char[] check = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id17.charAt(i) - '0') * weights[i];
    }
    return id17 + check[sum % 11];
  }

  @Test
  void malformedFilesAreSaidInOurWordsWithLineColumnAndCause() {
    // a quote not closed: YAML reads on over the next line and trips later; the quote is named where it opens
    ValidationException quote = refusal("id: \"h1\nregion: \"620825\"\n", true);
    assertThat(quote.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("file.malformed");
      assertThat(p.message(org.jiuzhu.core.text.Lang.EN))
          .isEqualTo("h.json:1: malformed (column 5): a quoted value is not closed (its closing quote is missing on this line)");
      assertThat(p.message(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("h.json 第 1 行第 5 列：格式有误：有一个加引号的值没有闭合引号（本行缺少结尾的引号）");
    });
    // an apostrophe inside a plain value is no quote: the list left open is the problem
    assertThat(refusal("id: it's\nregion: [a, b\n", true).problems().get(0).message(org.jiuzhu.core.text.Lang.EN))
        .endsWith("the file ends inside a list [ … ] or map { … } that was opened and not closed");
    assertThat(refusal("id: x\n\tregion: y\n", true).problems().get(0).message(org.jiuzhu.core.text.Lang.ZH))
        .isEqualTo("h.json 第 2 行第 1 列：格式有误：用制表符缩进；YAML 只能用空格缩进");
    assertThat(refusal("{\"id\": x}", false).problems().get(0).message(org.jiuzhu.core.text.Lang.EN)).isEqualTo(
        "h.json:1: malformed (column 8): a word that is not a JSON value; text goes in double quotes, and only true, false and null go without");
    assertThat(refusal("{\"id\": \"x\", }", false).problems().get(0).message(org.jiuzhu.core.text.Lang.EN))
        .endsWith("a key is not in double quotes, or a comma stands before a closing brace");
    // never the parser's own text
    for (String[] bad : new String[][] {{"id: \"h1\nregion: \"620825\"\n", "y"}, {"{\"id\": [", "n"}, {"a: b: c\n", "y"},
        {"- a\nb: c\n", "y"}, {"{\"id\" \"x\"}", "n"}, {"{\"id\": \"x\n\"}", "n"}}) {
      ValidationException e = refusal(bad[0], bad[1].equals("y"));
      for (org.jiuzhu.core.text.Lang lang : org.jiuzhu.core.text.Lang.values()) {
        assertThat(e.problems().get(0).message(lang)).as(bad[0])
            .doesNotContain("reader", "while", "expected <", "Unexpected", "Unrecognized", "code 1", "^", "was expecting");
      }
    }
  }
}
