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
import java.util.Optional;
import org.jiuzhu.core.policy.ParameterStatus;
import org.jiuzhu.core.policy.Source;
import org.jiuzhu.core.time.HolidayCalendar;
import org.jiuzhu.core.validation.ValidationException;

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
 * statutory:            # holidays on fixed dates, known in every year from 'from' (also past the years listed)
 *   reference: 全国年节及纪念日放假办法 第二条
 *   from: 2025
 *   days: ["01-01", "05-01", "05-02", "10-01", "10-02", "10-03"]
 * </pre>
 *
 * <p>Past the last year, the {@code statutory} days are days off as well; the lunar holidays and
 * the make-up working days stay unknown, so deadlines there remain provisional.
 *
 * @since 0.1.0
 */
public final class HolidayCalendars {
  private static final ObjectMapper MAPPER = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final String NATIONAL = "cn-national.yaml";

  private HolidayCalendars() {}

  private static final class Holder {
    static final Loaded NATIONAL_CALENDAR = loadResource(NATIONAL);
  }

  /** China's national calendar, for the years it ships (2025 and 2026). */
  public static HolidayCalendar national() {
    return Holder.NATIONAL_CALENDAR.calendar;
  }

  /**
   * The provenance of each year of {@link #national()}: the notice it transcribes, its status,
   * and the official source of a verified year or the lead of an illustrative one.
   *
   * @since 0.1.0
   */
  public static List<CalendarYear> nationalYears() {
    return Holder.NATIONAL_CALENDAR.years;
  }

  /**
   * One year of a calendar and how sure we are of it.
   *
   * @param year the year
   * @param reference the notice the days are transcribed from
   * @param status verified (read in the notice's text on an official or official-media page) or illustrative
   * @param source the official source of a verified year
   * @param lead where an illustrative year's days were read
   * @param note caveats
   * @since 0.1.0
   */
  public record CalendarYear(int year, String reference, ParameterStatus status, Optional<Source> source,
      Optional<String> lead, Optional<String> note) {}

  private record Loaded(HolidayCalendar calendar, List<CalendarYear> years) {}

  private static Loaded loadResource(String resource) {
    try (InputStream in = HolidayCalendars.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("holiday calendar resource " + resource + " is missing from the jar");
      }
      return parse(resource, in);
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
    return parse(name, in).calendar;
  }

  private static Loaded parse(String name, InputStream in) throws IOException {
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
    List<CalendarYear> years = new ArrayList<>();
    for (YearDoc y : doc.years) {
      if (y.reference == null || y.reference.isBlank()) {
        problems.add("year " + y.year + " names no 'reference' (the notice it transcribes)");
      }
      if (!"verified".equals(y.status) && !"illustrative".equals(y.status)) {
        problems.add("year " + y.year + ": status '" + y.status + "'; expected verified or illustrative");
      }
      Source source = null;
      if (y.source != null) {
        try {
          SourceDoc src = y.source;
          source = Source.builder().title(src.title).issuer(src.issuer).documentNumber(src.number)
              .date(blank(src.date) ? null : LocalDate.parse(src.date)).address(src.address)
              .kind(src.kind == null ? null : Source.Kind.fromId(src.kind).orElse(null)).quote(src.quote).build();
        } catch (DateTimeParseException | ValidationException e) {
          source = null;
        }
      }
      if ("verified".equals(y.status) && source == null) {
        problems.add("year " + y.year + " is marked verified but its 'source' lacks title, issuer, date, address"
            + " or kind (official, official-media); give them or mark the year illustrative with a 'lead'");
      }
      if ("verified".equals(y.status) || "illustrative".equals(y.status)) {
        years.add(new CalendarYear(y.year, y.reference, ParameterStatus.valueOf(y.status.toUpperCase(java.util.Locale.ROOT)),
            Optional.ofNullable(source), Optional.ofNullable(y.lead), Optional.ofNullable(y.note)));
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
    if (doc.statutory != null) {
      StatutoryDoc st = doc.statutory;
      if (st.reference == null || st.reference.isBlank()) {
        problems.add("statutory names no 'reference' (the regulation that fixes the days)");
      }
      if (st.from == null) {
        problems.add("statutory names no 'from' (the first year the days hold in)");
      }
      for (String d : st.days == null ? List.<String>of() : st.days) {
        try {
          b.fixedHoliday(java.time.MonthDay.parse("--" + d), st.from == null ? Integer.MIN_VALUE : st.from);
        } catch (DateTimeParseException | IllegalArgumentException e) {
          problems.add("statutory day '" + d + "': expected MM-DD, e.g. 01-01");
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
    return new Loaded(calendar, List.copyOf(years));
  }

  static final class CalendarDoc {
    public String calendar;
    public List<YearDoc> years;
    public StatutoryDoc statutory;
  }

  static final class StatutoryDoc {
    public String reference;
    public Integer from;
    public String note;
    public List<String> days;
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
