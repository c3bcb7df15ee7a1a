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
   * Reads a stored record and verifies it.
   *
   * @throws TamperedRecordException when an entry was changed, removed, inserted or reordered
   * @throws IllegalArgumentException when a line is malformed
   */
  public static CaseRecord parse(String caseId, List<String> lines) {
    CaseRecord r = new CaseRecord(caseId);
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (f.length != 7) {
        throw new IllegalArgumentException("case record line " + (i + 1) + " has " + f.length + " fields; expected 7");
      }
      if (!f[0].equals(caseId)) {
        throw new TamperedRecordException("case record line " + (i + 1) + " belongs to case " + f[0] + ", not " + caseId);
      }
      r.entries.add(new Entry(Integer.parseInt(f[1]), LocalDate.parse(f[2]), f[3], f[4], f[5], f[6]));
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
            + " (entries removed, inserted or reordered)");
      }
      if (!e.previousHash().equals(previous)) {
        throw new TamperedRecordException("case " + caseId + ": entry " + e.sequence() + " does not follow the entry before it");
      }
      String expected = hash(caseId, e.sequence(), e.date(), e.type(), e.content(), e.previousHash());
      if (!expected.equals(e.hash())) {
        throw new TamperedRecordException("case " + caseId + ": entry " + e.sequence() + " was changed after it was written");
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
      throw new IllegalArgumentException("case record " + what + " may not hold a tab or line break");
    }
  }
}
