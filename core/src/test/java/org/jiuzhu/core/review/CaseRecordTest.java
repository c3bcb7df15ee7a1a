package org.jiuzhu.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CaseRecordTest {
  private static CaseRecord record() {
    CaseRecord r = new CaseRecord("case-9");
    r.append(LocalDate.of(2025, 10, 1), "DETERMINATION", "cn.temporary-assistance NEEDS_REVIEW temporary.above-cap");
    r.append(LocalDate.of(2025, 10, 3), "DECISION", "temporary.above-cap level=COUNTY amount=8000.00");
    r.append(LocalDate.of(2025, 10, 9), "DELIVERY", "paid 8000.00");
    return r;
  }

  @Test
  void chainsEachEntryToTheOneBefore() {
    CaseRecord r = record();
    List<CaseRecord.Entry> e = r.entries();
    assertThat(e).extracting(CaseRecord.Entry::sequence).containsExactly(1, 2, 3);
    assertThat(e.get(0).previousHash()).isEqualTo("0".repeat(64));
    assertThat(e.get(1).previousHash()).isEqualTo(e.get(0).hash());
    assertThat(e.get(2).previousHash()).isEqualTo(e.get(1).hash());
    assertThat(e.get(0).hash()).hasSize(64).isNotEqualTo(e.get(1).hash());
    r.verify();
  }

  @Test
  void aStoredRecordReadsBackAndVerifies() {
    CaseRecord r = record();
    CaseRecord back = CaseRecord.parse("case-9", r.toLines());
    assertThat(back.entries()).isEqualTo(r.entries());
    back.append(LocalDate.of(2025, 11, 1), "EVALUATION", "target met");
    back.verify();
  }

  @Test
  void detectsAChangedEntry() {
    List<String> lines = new ArrayList<>(record().toLines());
    lines.set(1, lines.get(1).replace("amount=8000.00", "amount=80000.00"));
    assertThatThrownBy(() -> CaseRecord.parse("case-9", lines)).isInstanceOf(TamperedRecordException.class)
        .hasMessage("case case-9: entry 2 was changed after it was written");
  }

  @Test
  void detectsARemovedOrReorderedEntry() {
    List<String> removed = new ArrayList<>(record().toLines());
    removed.remove(1);
    assertThatThrownBy(() -> CaseRecord.parse("case-9", removed)).isInstanceOf(TamperedRecordException.class)
        .hasMessageContaining("entry 2 has sequence 3");
    List<String> swapped = new ArrayList<>(record().toLines());
    swapped.add(0, swapped.remove(1));
    assertThatThrownBy(() -> CaseRecord.parse("case-9", swapped)).isInstanceOf(TamperedRecordException.class);
    List<String> lastDropped = new ArrayList<>(record().toLines());
    String last = lastDropped.remove(2);
    // dropping the newest entry leaves a valid shorter chain: keep the count of entries elsewhere
    assertThat(CaseRecord.parse("case-9", lastDropped).entries()).hasSize(2);
    List<String> rehashed = new ArrayList<>(record().toLines());
    String[] f = rehashed.get(2).split("\t");
    f[4] = "paid 9000.00";
    rehashed.set(2, String.join("\t", f));
    assertThatThrownBy(() -> CaseRecord.parse("case-9", rehashed)).hasMessageContaining("entry 3 was changed");
    assertThat(last).contains("DELIVERY");
  }

  @Test
  void refusesAnotherCaseAndMalformedLines() {
    List<String> lines = record().toLines();
    assertThatThrownBy(() -> CaseRecord.parse("case-8", lines)).isInstanceOf(TamperedRecordException.class)
        .hasMessageContaining("belongs to case case-9");
    assertThatThrownBy(() -> CaseRecord.parse("case-9", List.of("a\tb"))).hasMessageContaining("has 2 fields; expected 7");
    assertThatThrownBy(() -> new CaseRecord("c").append(LocalDate.of(2025, 1, 1), "NOTE", "two\nlines"))
        .hasMessageContaining("may not hold a tab or line break");
  }

  @Test
  void aHeadExportedApartDetectsTruncationAndRewritingButAllowsLaterEntries() {
    CaseRecord r = record();
    CaseRecord.Head head = r.head();
    assertThat(head.entries()).isEqualTo(3);
    assertThat(head.lastHash()).isEqualTo(r.entries().get(2).hash());
    CaseRecord.Head read = CaseRecord.Head.parse(head.toLine());
    assertThat(read).isEqualTo(head);
    assertThat(head.toLine()).isEqualTo("jiuzhu-case-head/2\tcase-9\t3\t" + r.entries().get(0).hash() + "\t" + head.lastHash());

    List<String> truncated = new ArrayList<>(r.toLines());
    truncated.remove(2);
    CaseRecord shorter = CaseRecord.parse(truncated); // a valid chain on its own
    assertThatThrownBy(() -> shorter.verify(read)).isInstanceOf(TamperedRecordException.class)
        .hasMessage("case case-9: the record has 2 entries but its head says 3 (the newest entries were removed, or the head is of another record of this case)");
    List<String> one = new ArrayList<>(r.toLines().subList(0, 1));
    CaseRecord single = CaseRecord.parse(one);
    assertThatThrownBy(() -> single.verify(read)).isInstanceOf(TamperedRecordException.class)
        .hasMessage("case case-9: the record has 1 entry but its head says 3 (the newest entries were removed, or the head is of another record of this case)")
        .satisfies(e -> assertThat(((TamperedRecordException) e).getMessage(org.jiuzhu.core.text.Lang.ZH))
            .isEqualTo("案件 case-9：记录只有 1 条，记录头记载 3 条（最新的记录被删除，或记录头属于本案件的另一份记录）"));

    CaseRecord rewritten = CaseRecord.parse(truncated);
    rewritten.append(LocalDate.of(2025, 3, 9), "DELIVERY", "paid 9000.00");
    assertThatThrownBy(() -> rewritten.verify(read)).hasMessage("case case-9: entry 3 does not have the hash of the head"
        + " (the record was rewritten, or the head is of another record of this case)");

    CaseRecord later = CaseRecord.parse(r.toLines());
    later.append(LocalDate.of(2025, 4, 1), "NOTE", "reviewed");
    later.verify(read); // entries added after the head was taken are fine
    assertThatThrownBy(() -> new CaseRecord("case-8").verify(read)).hasMessageContaining("the head is of case case-9");
    assertThatThrownBy(() -> CaseRecord.Head.parse("case-9\t3")).hasMessageContaining("not a case-record head");
    assertThat(new CaseRecord("empty").head().entries()).isZero();
  }

  @Test
  void aHeadOfAnotherRecordOfTheSameCaseIsSaidToBeNotOfThisRecord() {
    CaseRecord mine = record();
    CaseRecord other = new CaseRecord("case-9"); // the case id is the household id: two records, one id
    other.append(LocalDate.of(2025, 5, 1), "DETERMINATION", "another application");
    other.append(LocalDate.of(2025, 5, 2), "DECISION", "another decision");
    for (int extra = 0; extra < 3; extra++) {
      other.append(LocalDate.of(2025, 5, 3), "NOTE", "note " + extra);
    }
    CaseRecord.Head longer = other.head(); // 5 entries: more than mine
    assertThatThrownBy(() -> mine.verify(longer)).isInstanceOf(TamperedRecordException.class)
        .hasMessage("case case-9: the head is not of this record (its first entry differs: another record of the same"
            + " case, or one rewritten from its first entry)")
        .satisfies(e -> assertThat(((TamperedRecordException) e).getMessage(org.jiuzhu.core.text.Lang.ZH))
            .isEqualTo("案件 case-9：记录头不属于这份记录（首条记录不同：同一案件的另一份记录，或从首条起被改写的记录）"));
    CaseRecord shortOther = new CaseRecord("case-9");
    shortOther.append(LocalDate.of(2025, 5, 1), "DETERMINATION", "another application");
    assertThatThrownBy(() -> mine.verify(shortOther.head())).hasMessageContaining("the head is not of this record");
    mine.verify(mine.head());
  }

  @Test
  void aHeadOfTheFirstFormatIsStillReadAndChecked() {
    CaseRecord r = record();
    String v1 = "jiuzhu-case-head/1\tcase-9\t3\t" + r.head().lastHash();
    CaseRecord.Head old = CaseRecord.Head.parse(v1);
    assertThat(old.firstHash()).isEmpty();
    assertThat(old.toLine()).isEqualTo(v1);
    r.verify(old);
    CaseRecord shorter = CaseRecord.parse(r.toLines().subList(0, 2));
    assertThatThrownBy(() -> shorter.verify(old)).hasMessageContaining("the record has 2 entries but its head says 3");
  }

  @Test
  void aBadHeadSaysTheValueFound() {
    assertThatThrownBy(() -> CaseRecord.Head.parse("jiuzhu-case-head/1\tcase-9\t3\tabc"))
        .hasMessage("a case-record head has a count of at least 0 and 64-digit hex hashes; found the count 3 and the hash 'abc'");
    assertThatThrownBy(() -> CaseRecord.Head.parse("jiuzhu-case-head/2\tcase-9\t-1\tXYZ\t" + "0".repeat(64)))
        .hasMessage("a case-record head has a count of at least 0 and 64-digit hex hashes; found the count -1 and the hash 'XYZ'");
  }

  @Test
  void aFileCutInsideTheLastHashSaysItMayBeCutShort() {
    List<String> lines = new ArrayList<>(record().toLines());
    String last = lines.get(2);
    lines.set(2, last.substring(0, last.length() - 20));
    assertThatThrownBy(() -> CaseRecord.parse(lines)).isInstanceOf(TamperedRecordException.class)
        .hasMessage("case case-9: entry 3 has only 44 of the 64 digits of its hash (the file may have been cut short)")
        .satisfies(e -> assertThat(((TamperedRecordException) e).getMessage(org.jiuzhu.core.text.Lang.ZH))
            .isEqualTo("案件 case-9：第 3 条的哈希只有 44 位（应为 64 位，文件可能被截断）"));
  }
}
