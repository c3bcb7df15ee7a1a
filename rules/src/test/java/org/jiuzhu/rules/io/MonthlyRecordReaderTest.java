package org.jiuzhu.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.monitoring.MonthlyRecord;
import org.jiuzhu.core.monitoring.RecordType;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.jiuzhu.rules.io.MonthlyRecordReader.Format;
import org.jiuzhu.rules.io.MonthlyRecordReader.Reject;
import org.junit.jupiter.api.Test;

final class MonthlyRecordReaderTest {
  private final List<MonthlyRecord> records = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();

  private MonthlyRecordReader.Stats read(String name, Format format, String text) throws Exception {
    return MonthlyRecordReader.read(name, new BufferedReader(new StringReader(text)), format, records::add, rejects::add);
  }

  @Test
  void aRecordNamingAProgrammeOutsideTheCatalogueIsRejectedAtItsField() throws Exception {
    String feed = String.join("\n",
        "{\"household\":\"h1\",\"type\":\"left-assistance\",\"date\":\"2025-03-04\",\"programme\":\"cn.rigid-expenditure\"}",
        "{\"household\":\"h1\",\"type\":\"left-assistance\",\"date\":\"2025-03-04\",\"programme\":\"cn.nothing\"}");
    MonthlyRecordReader.Stats stats = read("feed-2025-03.jsonl", Format.JSONL, feed);
    assertThat(stats.records()).isEqualTo(1);
    assertThat(records.get(0).programmeId()).contains("cn.rigid-expenditure");
    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(2L);
      assertThat(r.problems()).extracting(Problem::path).containsExactly("programme");
      assertThat(r.problems()).extracting(Problem::code).containsExactly("field.programme");
      assertThat(r.message()).contains("cn.nothing").contains("cn.dibao");
      assertThat(r.message(org.jiuzhu.core.text.Lang.ZH)).contains("cn.nothing");
    });
  }

  @Test
  void jsonLinesAreReadAndEveryBadLineIsRejectedWithItsNumberWhileTheRestGoesOn() throws Exception {
    String feed = String.join("\n",
        "{\"household\":\"h1\",\"type\":\"medical-bill\",\"date\":\"2025-03-04\",\"member\":\"m1\",\"amount\":\"6000.01\",\"inpatient\":true}",
        "{\"household\":\"h1\",\"type\":\"medical-bill\",\"date\":\"2025-03-04\"",
        "",
        "{\"household\":\"h2\",\"type\":\"medical-bill\",\"date\":\"2025-03-04\",\"member\":\"m1\",\"amount\":\"-5\",\"colour\":\"red\"}",
        "{\"household\":\"h3\",\"type\":\"medical-bill\",\"date\":\"2025-03-32\",\"amount\":\"5\"}",
        "{\"household\":\"h4\",\"type\":\"fire\",\"date\":\"2025-03-04\"}",
        "{\"household\":\"h5\",\"type\":\"diagnosis\",\"date\":\"2025-03-04\",\"member\":\"m2\",\"diagnosis\":\"uraemia\",\"dialysisPerWeek\":20}",
        "[1,2]",
        "{\"household\":\"h6\",\"type\":\"disability\",\"date\":\"2025-03-09\",\"member\":\"m1\",\"disabilityCategory\":\"physical\",\"disabilityGrade\":2}",
        "{\"household\":\"h7\",\"type\":\"income\",\"date\":\"2025-03-01\",\"member\":\"m1\",\"amount\":1200.5}");
    MonthlyRecordReader.Stats stats = read("feed-2025-03.jsonl", Format.JSONL, feed);
    assertThat(stats).isEqualTo(new MonthlyRecordReader.Stats(10, 2, 7));
    assertThat(records.get(0).householdId()).isEqualTo("h1");
    assertThat(records.get(0).inpatient()).isTrue();
    assertThat(records.get(0).amount()).contains(Money.parse("6000.01"));
    assertThat(records.get(0).source()).contains("feed-2025-03.jsonl:1");
    assertThat(records.get(1).disability().orElseThrow().category()).isEqualTo(DisabilityCategory.PHYSICAL);
    assertThat(rejects).extracting(Reject::line).containsExactly(2L, 4L, 5L, 6L, 7L, 8L, 10L);
    assertThat(rejects.get(0).problems()).extracting(Problem::code).containsExactly("line.malformed");
    assertThat(rejects.get(1).problems()).extracting(Problem::code).containsExactly("field.unknown", "field.negative");
    assertThat(rejects.get(1).message()).isEqualTo("feed-2025-03.jsonl:4: colour: unknown field 'colour'; expected one of "
        + "[amount, chronic, date, diagnosis, dialysisPerWeek, disabilityCategory, disabilityGrade, household, icd10, "
        + "incomeCategory, inpatient, major, medicalAssistance, member, programme, type]; amount: 'amount' is '-5'; expected an amount >= 0");
    assertThat(rejects.get(2).problems()).extracting(Problem::message).containsExactly("'2025-03-32' is not a date: March 2025 has 31 days (its last day is 2025-03-31); expected YYYY-MM-DD");
    assertThat(rejects.get(3).problems()).extracting(Problem::message).containsExactly("'fire' is not a record type; expected one of "
        + "[medical-bill, diagnosis, disability, death, job-loss, new-job, income, disaster, left-assistance, visit]");
    assertThat(rejects.get(4).problems()).extracting(Problem::path).containsExactly("dialysisPerWeek");
    assertThat(rejects.get(4).message()).doesNotContain("uraemia");
    assertThat(rejects.get(5).problems()).extracting(Problem::code).containsExactly("line.object");
    // a problem of the record as a whole names its field in words: said without the field's path, in either language
    assertThat(rejects.get(6).message()).isEqualTo("feed-2025-03.jsonl:10: an income record needs "
        + "incomeCategory; expected one of WAGES, BUSINESS_NET, PROPERTY_NET, TRANSFER_NET");
    assertThat(rejects.get(6).message(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("feed-2025-03.jsonl:10: "
        + "收入记录须填写收入类别（工资性收入、经营净收入、财产净收入或转移净收入之一）");
    assertThat(rejects.get(6).problems()).extracting(Problem::path).containsExactly("incomeCategory");
    assertThat(rejects.get(6).text()).contains("\"h7\"");
  }

  @Test
  void aLinesSyntaxProblemNamesTheFileAndItsLineOnce() throws Exception {
    String feed = String.join("\n",
        "{\"household\":\"h1\",\"type\":\"death\",\"date\":\"2025-03-04\",\"member\":\"m1\"}",
        "",
        "{\"household\":\"h1\",\"household\":\"h2\",\"type\":\"death\",\"date\":\"2025-03-04\"}",
        "{\"household\": \"h3\", bad}");
    read("feed-2025-03.jsonl", Format.JSONL, feed);
    assertThat(rejects).extracting(Reject::line).containsExactly(3L, 4L);
    Problem twice = rejects.get(0).problems().get(0);
    assertThat(twice.message(org.jiuzhu.core.text.Lang.ZH)).startsWith("feed-2025-03.jsonl 第 3 行：“household”出现两次");
    assertThat(twice.message(org.jiuzhu.core.text.Lang.EN)).startsWith("feed-2025-03.jsonl:3: 'household' is given twice");
    Problem malformed = rejects.get(1).problems().get(0);
    assertThat(malformed.code()).isEqualTo("line.malformed");
    assertThat(malformed.message(org.jiuzhu.core.text.Lang.ZH)).startsWith("feed-2025-03.jsonl 第 4 行第 ");
    assertThat(malformed.message(org.jiuzhu.core.text.Lang.EN)).startsWith("feed-2025-03.jsonl:4: malformed (column ");
    // the record's reference keeps the file and line
    assertThat(records.get(0).source()).contains("feed-2025-03.jsonl:1");
    // said for a person: the file and the line once, not "feed-2025-03.jsonl:4: feed-2025-03.jsonl 第 4 行…"
    assertThat(rejects.get(1).message(org.jiuzhu.core.text.Lang.ZH)).startsWith("feed-2025-03.jsonl 第 4 行第 ")
        .containsOnlyOnce("feed-2025-03.jsonl");
    assertThat(rejects.get(1).message(org.jiuzhu.core.text.Lang.EN)).startsWith("feed-2025-03.jsonl:4: malformed (column ")
        .containsOnlyOnce("feed-2025-03.jsonl");
    assertThat(rejects.get(0).message(org.jiuzhu.core.text.Lang.ZH)).startsWith("feed-2025-03.jsonl 第 3 行：“household”出现两次")
        .containsOnlyOnce("feed-2025-03.jsonl");
  }

  @Test
  void severalProblemsOfALineAreListedAsEachLanguageListsThemWithTheFieldPlacedAsInHouseholdFiles() throws Exception {
    read("feed-2025-11.jsonl", Format.JSONL, "{\"household\":\"h1\",\"type\":\"medical-bill\",\"date\":\"2025-11-03\","
        + "\"member\":\"m1\",\"amount\":\"-5\",\"inpatient\":\"yes\"}");
    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r.message(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("feed-2025-11.jsonl:1: amount：“amount”为“-5”；应为不小于 0 的金额；"
          + "inpatient：“inpatient”为文字“yes”；应为不加引号的 true 或 false");
      assertThat(r.message(org.jiuzhu.core.text.Lang.EN)).isEqualTo("feed-2025-11.jsonl:1: amount: 'amount' is '-5'; expected an "
          + "amount >= 0; inpatient: 'inpatient' is text 'yes'; expected true or false without quotes").isEqualTo(r.message());
      assertThat(r.message(org.jiuzhu.core.text.Lang.ZH)).doesNotContain("; ").doesNotContain(": “");
    });
  }

  @Test
  void csvUsesItsHeaderAndEmptyCellsAreAbsentFields() throws Exception {
    String feed = String.join("\n",
        "household,type,date,member,amount,incomeCategory,inpatient",
        "h1,income,2025-03-01,m1,1200.00,wages,",
        "h2,medical-bill,2025-03-04,m1,7000,,true",
        "h3,medical-bill,2025-03-04,m1,abc,,",
        "h4,death,2025-03-05,,,,",
        "h5,disaster,2025-03-05,,,,,extra");
    read("feed-2025-03.csv", Format.CSV, feed);
    assertThat(records).extracting(MonthlyRecord::type).containsExactly(RecordType.INCOME, RecordType.MEDICAL_BILL);
    assertThat(records.get(0).incomeCategory()).contains(IncomeCategory.WAGES);
    assertThat(records.get(1).inpatient()).isTrue();
    assertThat(records.get(1).date()).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(rejects).extracting(Reject::line).containsExactly(4L, 5L, 6L);
    assertThat(rejects.get(0).problems()).extracting(Problem::path).containsExactly("amount");
    assertThat(rejects.get(1).message()).isEqualTo("feed-2025-03.csv:5: a record of type death needs member; none given");
    assertThat(rejects.get(2).problems()).extracting(Problem::code).containsExactly("line.malformed");
  }

  @Test
  void aCsvHeaderWithUnknownColumnsStopsTheFileAtOnce() {
    assertThatThrownBy(() -> read("feed-2025-03.csv", Format.CSV, "household,type,date,name\nh1,visit,2025-03-01,x"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("feed-2025-03.csv:1: unknown column 'name'");
    assertThatThrownBy(() -> read("feed-2025-03.csv", Format.CSV, ""))
        .isInstanceOf(ValidationException.class).hasMessageContaining("the CSV header is missing");
    assertThatThrownBy(() -> MonthlyRecordReader.Format.of(java.nio.file.Path.of("feed.xlsx")))
        .hasMessage("feed file feed.xlsx has an unknown extension; expected .jsonl, .ndjson or .csv");
  }
}
