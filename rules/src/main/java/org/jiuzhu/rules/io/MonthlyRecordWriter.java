package org.jiuzhu.rules.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiuzhu.core.household.Illness;
import org.jiuzhu.core.monitoring.MonthlyRecord;

/**
 * Writes monthly records in the feed format {@link MonthlyRecordReader} reads — JSON lines or
 * CSV with the columns of {@link MonthlyRecordReader#FIELDS} — so that reading what was written
 * gives equal records (the {@code source} is not written: the reader sets it from the line).
 *
 * @since 0.1.0
 */
public final class MonthlyRecordWriter {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectWriter CSV = csvWriter();

  private MonthlyRecordWriter() {}

  private static ObjectWriter csvWriter() {
    CsvSchema.Builder b = CsvSchema.builder();
    for (String f : MonthlyRecordReader.FIELDS) {
      b.addColumn(f);
    }
    return new CsvMapper().writerFor(Map.class).with(b.build());
  }

  /** The record's fields, in feed order; absent fields are left out. */
  public static Map<String, Object> fields(MonthlyRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("household", r.householdId());
    m.put("type", r.type().code());
    m.put("date", r.date().toString());
    r.memberId().ifPresent(v -> m.put("member", v));
    r.amount().ifPresent(v -> m.put("amount", v.toString()));
    if (r.inpatient()) {
      m.put("inpatient", true);
    }
    r.medicalAssistance().ifPresent(v -> m.put("medicalAssistance", v.toString()));
    if (r.illness().isPresent()) {
      Illness i = r.illness().get();
      m.put("diagnosis", i.description());
      i.icd10().ifPresent(v -> m.put("icd10", v));
      m.put("major", i.major());
      m.put("chronic", i.chronic());
      m.put("dialysisPerWeek", i.dialysisSessionsPerWeek());
    }
    r.disability().ifPresent(d -> {
      m.put("disabilityCategory", d.category().name());
      m.put("disabilityGrade", d.grade());
    });
    r.incomeCategory().ifPresent(v -> m.put("incomeCategory", v.name()));
    r.programmeId().ifPresent(v -> m.put("programme", v));
    return m;
  }

  /** The record as one JSON line (without the line break). */
  public static String jsonLine(MonthlyRecord r) {
    try {
      return JSON.writeValueAsString(fields(r));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CSV header line (without the line break). */
  public static String csvHeader() {
    return String.join(",", MonthlyRecordReader.FIELDS);
  }

  /** The record as one CSV line (with its line break), columns as in {@link #csvHeader()}. */
  public static String csvLine(MonthlyRecord r) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (String f : MonthlyRecordReader.FIELDS) {
      row.put(f, "");
    }
    row.putAll(fields(r));
    try {
      return CSV.writeValueAsString(row);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
