package org.jiuzhu.core.review;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The history of one case as an append-only, hash-chained record: each entry carries the SHA-256
 * of the previous entry and of its own content, so that changing, removing or reordering any
 * entry of a stored record is detected by {@link #verify()} or {@link #parse}.
 *
 * <p>Entries are text: what a rule determined, what a level decided, what was delivered. The
 * record holds case ids and decider ids, never names or ID numbers.
 *
 * @since 0.1.0
 */
public final class CaseRecord {
  private static final String GENESIS = "0".repeat(64);

  /**
   * One entry.
   *
   * @param sequence 1, 2, 3 … in order
   * @param date the day it happened
   * @param type what kind of entry, e.g. {@code DETERMINATION}, {@code DECISION}
   * @param content the entry itself, one line of text
   * @param previousHash the hash of the entry before (64 zeros for the first)
   * @param hash SHA-256 of the four fields above
   */
  public record Entry(int sequence, LocalDate date, String type, String content, String previousHash, String hash) {}

  /**
   * The head of a record: its case, how many entries it has, the hash of its first entry and the
   * hash of the last one. Kept apart from the record (printed, stored elsewhere, signed), it detects
   * what {@link #verify()} alone cannot: the newest entries dropped, which leaves a valid shorter
   * chain. The first entry's hash tells another record of the same case (the case id is often the
   * household id) from this one, cut short or rewritten.
   *
   * @param caseId the case
   * @param entries the number of entries
   * @param firstHash the hash of the first entry (64 zeros for an empty record); empty for a head
   *     of the first format ({@code jiuzhu-case-head/1}), which did not hold it
   * @param lastHash the hash of the last entry (64 zeros for an empty record)
   */
  public record Head(String caseId, int entries, java.util.Optional<String> firstHash, String lastHash) {
    /** The format word of {@link #toLine()}. */
    public static final String FORMAT = "jiuzhu-case-head/2";

    /** The format word of the first format, without the first entry's hash: still read. */
    public static final String FORMAT_1 = "jiuzhu-case-head/1";

    /** Checks the fields. */
    public Head {
      checkNotNull(caseId, "caseId");
      checkNotNull(firstHash, "firstHash");
      checkNotNull(lastHash, "lastHash");
      if (entries < 0 || !lastHash.matches("[0-9a-f]{64}") || !firstHash.map(h -> h.matches("[0-9a-f]{64}")).orElse(true)) {
        String bad = firstHash.filter(h -> !h.matches("[0-9a-f]{64}")).orElse(lastHash);
        throw ReviewText.refused("record.head.fields", Integer.toString(entries), shortened(bad));
      }
    }

    /** A head of the first format: no first entry's hash. */
    public Head(String caseId, int entries, String lastHash) {
      this(caseId, entries, java.util.Optional.empty(), lastHash);
    }

    /**
     * One line: {@code jiuzhu-case-head/2 <tab> case <tab> entries <tab> first hash <tab> last hash}
     * ({@code jiuzhu-case-head/1 <tab> case <tab> entries <tab> last hash} for a head of the first format).
     */
    public String toLine() {
      return firstHash.isPresent()
          ? String.join("\t", FORMAT, caseId, Integer.toString(entries), firstHash.get(), lastHash)
          : String.join("\t", FORMAT_1, caseId, Integer.toString(entries), lastHash);
    }

    /**
     * Reads a line written by {@link #toLine()}, of either format.
     *
     * @throws IllegalArgumentException when the line is not a head
     */
    public static Head parse(String line) {
      String[] f = line.strip().split("\t", -1);
      boolean second = f.length == 5 && f[0].equals(FORMAT);
      if (!second && (f.length != 4 || !f[0].equals(FORMAT_1))) {
        throw ReviewText.refused("record.head.format", FORMAT);
      }
      int count;
      try {
        count = Integer.parseInt(f[2]);
      } catch (NumberFormatException e) {
        throw ReviewText.refused("record.head.count", f[2]);
      }
      return second ? new Head(f[1], count, java.util.Optional.of(f[3]), f[4]) : new Head(f[1], count, f[3]);
    }

    private static String shortened(String text) {
      return text.length() > 70 ? text.substring(0, 64) + "…" : text;
    }
  }

  private final String caseId;
  private final List<Entry> entries = new ArrayList<>();

  /** An empty record of case {@code caseId}. */
  public CaseRecord(String caseId) {
    this.caseId = checkNotNull(caseId, "caseId");
  }

  /** The case id. */
  public String caseId() {
    return caseId;
  }

  /** Every entry, oldest first. */
  public synchronized ImmutableList<Entry> entries() {
    return ImmutableList.copyOf(entries);
  }

  /**
   * Appends an entry and returns it.
   *
   * @throws IllegalArgumentException if {@code type} or {@code content} holds a tab or line break
   */
  public synchronized Entry append(LocalDate date, String type, String content) {
    checkNotNull(date, "date");
    checkText("type", type);
    checkText("content", content);
    String previous = entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash();
    int sequence = entries.size() + 1;
    Entry e = new Entry(sequence, date, type, content, previous, hash(caseId, sequence, date, type, content, previous));
    entries.add(e);
    return e;
  }

  /**
   * Checks the chain.
   *
   * @throws TamperedRecordException naming the first entry whose hash or link does not match
   */
  public synchronized void verify() {
    verify(caseId, entries);
  }

  /** The head of the record as it is now. */
  public synchronized Head head() {
    return new Head(caseId, entries.size(), java.util.Optional.of(entries.isEmpty() ? GENESIS : entries.get(0).hash()),
        entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash());
  }

  /**
   * Checks the chain and that it holds the record {@code head} was taken of: the same case, the
   * same first entry (when the head holds its hash), at least as many entries, and entry
   * {@code head.entries()} with the head's hash (entries added since are allowed; entries dropped
   * or changed are not).
   *
   * @throws TamperedRecordException naming what does not match
   */
  public synchronized void verify(Head head) {
    checkNotNull(head, "head");
    verify(caseId, entries);
    if (!head.caseId().equals(caseId)) {
      throw new TamperedRecordException("the head is of case " + head.caseId() + ", the record of case " + caseId,
          ReviewText.zh("tampered.head.case", head.caseId(), caseId));
    }
    if (head.firstHash().isPresent() && head.entries() > 0 && !entries.isEmpty()
        && !entries.get(0).hash().equals(head.firstHash().get())) {
      throw new TamperedRecordException(ReviewText.en("tampered.head.other", caseId),
          ReviewText.zh("tampered.head.other", caseId));
    }
    if (entries.size() < head.entries()) {
      throw new TamperedRecordException(ReviewText.en("tampered.head.truncated", caseId, entries.size(), head.entries()),
          ReviewText.zh("tampered.head.truncated", caseId, entries.size(), head.entries()));
    }
    String hash = head.entries() == 0 ? GENESIS : entries.get(head.entries() - 1).hash();
    if (!hash.equals(head.lastHash())) {
      throw new TamperedRecordException(ReviewText.en("tampered.head.hash", caseId, Integer.toString(head.entries())),
          ReviewText.zh("tampered.head.hash", caseId, Integer.toString(head.entries())));
    }
  }

  /** The record as lines of text, one entry a line (tab-separated), for storage. */
  public synchronized ImmutableList<String> toLines() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (Entry e : entries) {
      b.add(String.join("\t", caseId, Integer.toString(e.sequence()), e.date().toString(), e.type(), e.content(),
          e.previousHash(), e.hash()));
    }
    return b.build();
  }

  /**
   * Reads a stored record and verifies it; the case id is read from its first line.
   *
   * @throws TamperedRecordException when an entry was changed, removed, inserted or reordered
   * @throws IllegalArgumentException when a line is malformed or there is none
   */
  public static CaseRecord parse(List<String> lines) {
    if (lines.isEmpty()) {
      throw ReviewText.refused("record.empty");
    }
    String first = lines.get(0);
    int tab = first.indexOf('\t');
    if (tab <= 0) {
      throw ReviewText.refused("record.fields", "1", 1);
    }
    return parse(first.substring(0, tab), lines);
  }

  /**
   * Reads a stored record of case {@code caseId} and verifies it.
   *
   * @throws TamperedRecordException when an entry was changed, removed, inserted or reordered
   * @throws IllegalArgumentException when a line is malformed
   */
  public static CaseRecord parse(String caseId, List<String> lines) {
    CaseRecord r = new CaseRecord(caseId);
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (f.length != 7) {
        throw ReviewText.refused("record.fields", Integer.toString(i + 1), f.length);
      }
      if (!f[0].equals(caseId)) {
        throw new TamperedRecordException("case record line " + (i + 1) + " belongs to case " + f[0] + ", not " + caseId,
            ReviewText.zh("tampered.line.case", Integer.toString(i + 1), f[0], caseId));
      }
      try {
        r.entries.add(new Entry(Integer.parseInt(f[1]), LocalDate.parse(f[2]), f[3], f[4], f[5], f[6]));
      } catch (NumberFormatException | java.time.DateTimeException e) {
        throw ReviewText.refused("record.malformed", Integer.toString(i + 1));
      }
    }
    r.verify();
    return r;
  }

  private static void verify(String caseId, List<Entry> entries) {
    String previous = GENESIS;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e.sequence() != i + 1) {
        throw new TamperedRecordException("case " + caseId + ": entry " + (i + 1) + " has sequence " + e.sequence()
            + " (entries removed, inserted or reordered)",
            ReviewText.zh("tampered.sequence", caseId, Integer.toString(i + 1), Integer.toString(e.sequence())));
      }
      if (!e.previousHash().equals(previous)) {
        throw new TamperedRecordException("case " + caseId + ": entry " + e.sequence() + " does not follow the entry before it",
            ReviewText.zh("tampered.link", caseId, Integer.toString(e.sequence())));
      }
      String expected = hash(caseId, e.sequence(), e.date(), e.type(), e.content(), e.previousHash());
      if (e.hash().length() < expected.length() && expected.startsWith(e.hash())) {
        throw new TamperedRecordException(ReviewText.en("tampered.cut", caseId, Integer.toString(e.sequence()), e.hash().length()),
            ReviewText.zh("tampered.cut", caseId, Integer.toString(e.sequence()), e.hash().length()));
      }
      if (!expected.equals(e.hash())) {
        throw new TamperedRecordException("case " + caseId + ": entry " + e.sequence() + " was changed after it was written",
            ReviewText.zh("tampered.changed", caseId, Integer.toString(e.sequence())));
      }
      previous = e.hash();
    }
  }

  private static String hash(String caseId, int sequence, LocalDate date, String type, String content, String previous) {
    return Hashing.sha256().hashString(String.join("\u0000", caseId, Integer.toString(sequence), date.toString(), type,
        content, previous), StandardCharsets.UTF_8).toString();
  }

  private static void checkText(String what, String text) {
    checkNotNull(text, what);
    if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw ReviewText.refused("record.text." + what);
    }
  }
}
