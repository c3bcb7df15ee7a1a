package org.jiuzhu.rules.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.time.HolidayCalendar;

/**
 * Holiday calendars supplied as data (YAML): {@link #national()} ships China's national
 * calendar for 2025 (illustrative, read from a data set) and 2026 (verified against the notice as
 * Xinhua published it); {@link #load} reads a calendar of the same format. Each year has a
 * status; a {@code verified} year names its source (title, issuer, date, address, kind of page).
 * Past the last year, working days are counted on weekends only and deadlines are provisional.
 *
 * <pre>
 * calendar: CN national
 * years:
 *   - year: 2026
 *     reference: 国务院办公厅关于2026年部分节假日安排的通知
 *     status: verified
 *     source: {title: …, issuer: 国务院办公厅, date: 2025-11-04, address: "https://…", kind: official-media}
 *     holidays:
 *       - {name: 春节, from: 2026-02-15, to: 2026-02-23}   # inclusive
 *     workingDays: [2026-02-14, 2026-02-28]
 * </pre>
 *
 * @since 0.1.0
 */
public final class HolidayCalendars {
  private static final ObjectMapper MAPPER = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final String NATIONAL = "cn-national.yaml";

  private HolidayCalendars() {}

  private static final class Holder {
    static final HolidayCalendar NATIONAL_CALENDAR = loadResource(NATIONAL);
  }

  /** China's national calendar, for the years it ships (2025 and 2026). */
  public static HolidayCalendar national() {
    return Holder.NATIONAL_CALENDAR;
  }

  private static HolidayCalendar loadResource(String resource) {
    try (InputStream in = HolidayCalendars.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("holiday calendar resource " + resource + " is missing from the jar");
      }
      return load(resource, in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read holiday calendar " + resource + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a calendar.
   *
   * @param name used in messages
   * @throws IllegalArgumentException naming the file and every problem found
   */
  public static HolidayCalendar load(String name, InputStream in) throws IOException {
    CalendarDoc doc;
    try {
      doc = MAPPER.readValue(in, CalendarDoc.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(name + ":" + (e.getLocation() == null ? 0 : e.getLocation().getLineNr())
          + ": malformed holiday calendar: " + e.getOriginalMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    if (doc == null || doc.calendar == null || doc.years == null || doc.years.isEmpty()) {
      throw new IllegalArgumentException(name + ": a holiday calendar needs 'calendar' and at least one of 'years'");
    }
    HolidayCalendar.Builder b = HolidayCalendar.builder(doc.calendar);
    for (YearDoc y : doc.years) {
      if (y.reference == null || y.reference.isBlank()) {
        problems.add("year " + y.year + " names no 'reference' (the notice it transcribes)");
      }
      if (!"verified".equals(y.status) && !"illustrative".equals(y.status)) {
        problems.add("year " + y.year + ": status '" + y.status + "'; expected verified or illustrative");
      }
      if ("verified".equals(y.status)) {
        SourceDoc src = y.source;
        if (src == null || blank(src.title) || blank(src.issuer) || blank(src.date) || blank(src.address)
            || !("official".equals(src.kind) || "official-media".equals(src.kind))) {
          problems.add("year " + y.year + " is marked verified but its 'source' lacks title, issuer, date, address"
              + " or kind (official or official-media); give them or mark the year illustrative with a 'lead'");
        }
      }
      b.coverYear(y.year);
      for (HolidayDoc h : y.holidays == null ? List.<HolidayDoc>of() : y.holidays) {
        try {
          LocalDate from = LocalDate.parse(h.from);
          LocalDate to = LocalDate.parse(h.to);
          if (to.isBefore(from)) {
            problems.add("holiday " + h.name + ": 'to' " + to + " is before 'from' " + from);
          }
          for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            b.holiday(d);
          }
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
          problems.add("holiday " + h.name + ": " + e.getMessage());
        }
      }
      for (String w : y.workingDays == null ? List.<String>of() : y.workingDays) {
        try {
          b.workingWeekendDay(LocalDate.parse(w));
        } catch (DateTimeParseException | IllegalArgumentException e) {
          problems.add("working day " + w + ": " + e.getMessage());
        }
      }
    }
    HolidayCalendar calendar = null;
    try {
      calendar = b.build();
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(name + ": invalid holiday calendar:\n  - " + String.join("\n  - ", problems));
    }
    return calendar;
  }

  static final class CalendarDoc {
    public String calendar;
    public List<YearDoc> years;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static final class SourceDoc {
    public String title;
    public String issuer;
    public String number;
    public String date;
    public String address;
    public String kind;
    public String quote;
  }

  static final class YearDoc {
    public int year;
    public String reference;
    public String status;
    public SourceDoc source;
    public String lead;
    public String note;
    public List<HolidayDoc> holidays;
    public List<String> workingDays;
  }

  static final class HolidayDoc {
    public String name;
    public String from;
    public String to;
  }
}
