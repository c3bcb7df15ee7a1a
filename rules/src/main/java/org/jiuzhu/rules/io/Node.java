package org.jiuzhu.rules.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problems;

/**
 * A JSON/YAML object being read, with its path; every problem is recorded in a shared {@link
 * Problems} and reading goes on, so that all problems are reported at once.
 *
 * <p>Reading is strict: a text field must be a JSON string, a whole number a JSON integer, a
 * yes/no a JSON boolean (numbers or booleans written as strings are refused, and so are strings
 * where a number is expected — except amounts, which may be strings or numbers); values other than
 * free text may not have spaces around them. A node read from a CSV row ({@link #textual}) holds
 * every value as text, so there numbers and booleans are read from their text.
 */
final class Node {
  final JsonNode json;
  final String path;
  final Problems problems;
  /** Every value is text (a CSV row): numbers and booleans are parsed from it. */
  final boolean textual;

  Node(JsonNode json, String path, Problems problems) {
    this(json, path, problems, false);
  }

  Node(JsonNode json, String path, Problems problems, boolean textual) {
    this.json = json;
    this.path = path;
    this.problems = problems;
    this.textual = textual;
  }

  private String at(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  void add(String field, String code, String message) {
    problems.add(at(field), code, message);
  }

  void add(String field, String code, org.jiuzhu.core.text.Text text) {
    problems.add(at(field), code, text);
  }

  /** Records a problem for every field not in {@code allowed}. */
  void onlyFields(Set<String> allowed) {
    Iterator<String> names = json.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        add(name, "field.unknown", IoTexts.text("field.unknown", name, List.copyOf(new java.util.TreeSet<>(allowed))));
      }
    }
  }

  boolean has(String field) {
    return json.has(field) && !json.get(field).isNull();
  }

  Optional<String> text(String field, boolean required) {
    return scalar(field, required, false, true);
  }

  /**
   * Free text (a description, a name): trimmed, and never repeated in a message — it may be
   * personal data.
   */
  Optional<String> freeText(String field, boolean required) {
    if (!has(field)) {
      if (required) {
        add(field, "field.missing", IoTexts.text("field.missing", field));
      }
      return Optional.empty();
    }
    JsonNode v = json.get(field);
    if (!v.isTextual()) {
      add(field, "field.type", IoTexts.text("field.text", field, kind(v)));
      return Optional.empty();
    }
    String s = v.textValue().trim();
    if (s.isEmpty() && required) {
      add(field, "field.blank", IoTexts.text("field.blank", field));
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /**
   * The text of a single value. {@code numberAllowed}: a JSON number is read as its decimal text
   * (amounts); otherwise only a JSON string is. {@code exact}: spaces around the value are refused.
   */
  private Optional<String> scalar(String field, boolean required, boolean numberAllowed, boolean exact) {
    if (!has(field)) {
      if (required) {
        add(field, "field.missing", IoTexts.text("field.missing", field));
      }
      return Optional.empty();
    }
    JsonNode v = json.get(field);
    if (!v.isValueNode()) {
      add(field, "field.type", IoTexts.text("field.single", field, kind(v)));
      return Optional.empty();
    }
    String s;
    if (v.isTextual()) {
      s = v.textValue();
    } else if (v.isNumber() && numberAllowed) {
      // the plain form of 1e999999999 has a billion digits: long numbers keep their exponent
      java.math.BigDecimal d = v.decimalValue();
      s = d.precision() + Math.abs((long) d.scale()) > 40 ? d.toString() : d.toPlainString();
    } else {
      add(field, "field.type", IoTexts.text("field.scalar", field, kind(v), v.asText(), IoTexts.text(numberAllowed ? "expected.numberOrText" : "expected.quoted")));
      return Optional.empty();
    }
    if (s.isBlank()) {
      if (required) {
        add(field, "field.blank", IoTexts.text("field.blank", field));
      }
      return Optional.empty();
    }
    if (exact && !s.equals(s.strip())) {
      add(field, "field.space", IoTexts.text("field.space", field, s.strip()));
      return Optional.empty();
    }
    return Optional.of(s);
  }

  private static org.jiuzhu.core.text.Text kind(JsonNode v) {
    String k = v.isBoolean() ? "boolean" : v.isNumber() ? "number" : v.isTextual() ? "text" : v.isArray() ? "list"
        : v.isObject() ? "map" : "null";
    return IoTexts.text("kind." + k);
  }

  /** What a value is, said after "found": a string, a number, a list, … */
  static org.jiuzhu.core.text.Text found(JsonNode v) {
    String k = v.isBoolean() ? "boolean" : v.isNumber() ? "number" : v.isTextual() ? "text" : v.isArray() ? "list"
        : v.isObject() ? "map" : "null";
    return IoTexts.text("found." + k);
  }

  /**
   * What values of an enumeration are, in both languages ({@code Relationship} is 家庭关系 /
   * relationship), for the problem of a value that is none of them.
   */
  static org.jiuzhu.core.text.Text typeName(Class<?> type) {
    String key = "enum." + type.getSimpleName();
    return IoTexts.MESSAGES.has(org.jiuzhu.core.text.Lang.ZH, key) ? IoTexts.text(key) : IoTexts.text("enum.other");
  }

  <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type, boolean required) {
    if (has(field) && (json.get(field).isNumber() || json.get(field).isBoolean())) {
      // a number or true/false where a name is expected: the value as written and the names it may be
      add(field, "field.enum", IoTexts.text("field.enum", json.get(field).asText(), typeName(type), names(type)));
      return Optional.empty();
    }
    Optional<String> t = text(field, required);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, t.get().toUpperCase(Locale.ROOT).replace('-', '_')));
    } catch (IllegalArgumentException e) {
      add(field, "field.enum", IoTexts.text("field.enum", t.get(), typeName(type), names(type)));
      return Optional.empty();
    }
  }

  private static <E extends Enum<E>> List<String> names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E c : type.getEnumConstants()) {
      names.add(c.name());
    }
    return List.copyOf(names);
  }

  Optional<Money> money(String field, boolean required) {
    Optional<String> t = scalar(field, required, true, true);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      Money m = Money.parse(t.get());
      if (m.isNegative()) {
        add(field, "field.negative", IoTexts.text("field.negative", field, t.get())); // as written: "-100", not -100.00
        return Optional.empty();
      }
      return Optional.of(m);
    } catch (org.jiuzhu.core.text.LocalizedIllegalArgumentException e) {
      add(field, "field.amount", e.text());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      add(field, "field.amount", e.getMessage());
      return Optional.empty();
    }
  }

  Optional<BigDecimal> decimal(String field, boolean required) {
    Optional<String> t = scalar(field, required, true, true);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(t.get()));
    } catch (NumberFormatException e) {
      add(field, "field.number", IoTexts.text("field.number", t.get()));
      return Optional.empty();
    }
  }

  /** A whole number: a JSON integer (in a CSV row, its text). */
  Optional<Integer> integer(String field, boolean required) {
    if (textual) {
      return parsed(field, required, Integer::valueOf, "field.integer", "parsed.integer");
    }
    if (!has(field)) {
      if (required) {
        add(field, "field.missing", IoTexts.text("field.missing", field));
      }
      return Optional.empty();
    }
    JsonNode v = json.get(field);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      add(field, "field.integer", IoTexts.text("field.integer", field, kind(v), v.isContainerNode() ? "" : v.asText(),
          v.isContainerNode() ? "" : " '" + v.asText() + "'"));
      return Optional.empty();
    }
    return Optional.of(v.intValue());
  }

  Optional<Boolean> bool(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode v = json.get(field);
    if (v.isBoolean()) {
      return Optional.of(v.booleanValue());
    }
    if (textual && v.isTextual() && (v.textValue().equals("true") || v.textValue().equals("false"))) {
      return Optional.of(Boolean.parseBoolean(v.textValue())); // CSV cells are text
    }
    add(field, "field.boolean", IoTexts.text("field.boolean", field, kind(v), v.isContainerNode() ? "" : " '" + v.asText() + "'",
        IoTexts.text(textual ? "expected.boolean.csv" : "expected.boolean"), v.isContainerNode() ? "" : v.asText()));
    return Optional.empty();
  }

  Optional<LocalDate> date(String field, boolean required) {
    Optional<String> t = text(field, required);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(t.get()));
    } catch (DateTimeParseException e) {
      add(field, "field.date", dateProblem(t.get()));
      return Optional.empty();
    }
  }

  /**
   * Why {@code text} is not a date: a day past the month's last day says how many days the month
   * has (2025-09-31: September 2025 has 30 days), a month outside 01 to 12 says so; else the format.
   */
  static org.jiuzhu.core.text.Text dateProblem(String text) {
    Optional<YearMonth> impossible = org.jiuzhu.core.time.ImpossibleDay.monthOf(text);
    if (impossible.isPresent()) {
      YearMonth ym = impossible.get();
      return IoTexts.text("parsed.date.day", text, ym, ym.lengthOfMonth(), ym.atEndOfMonth().toString());
    }
    java.util.regex.Matcher m = BAD_MONTH.matcher(text);
    if (m.matches() && (Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > 12)) {
      return IoTexts.text("parsed.date.month", text);
    }
    return IoTexts.text("parsed.date", text);
  }

  private static final java.util.regex.Pattern BAD_MONTH = java.util.regex.Pattern.compile("\\d{4}-(\\d{2})-\\d{2}");

  Optional<YearMonth> month(String field, boolean required) {
    return parsed(field, required, YearMonth::parse, "field.month", "parsed.month");
  }

  /**
   * The text of a field read by {@code parser}; a value the parser refuses is recorded as
   * {@code code} with the text {@code problemKey} of the value.
   */
  private <T> Optional<T> parsed(
      String field, boolean required, Function<String, T> parser, String code, String problemKey) {
    Optional<String> t = text(field, required);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(t.get()));
    } catch (NumberFormatException | DateTimeParseException e) {
      add(field, code, IoTexts.text(problemKey, t.get()));
      return Optional.empty();
    }
  }

  /** The objects of a list field, each with its path {@code field[i]}. */
  List<Node> list(String field) {
    List<Node> out = new ArrayList<>();
    if (!has(field)) {
      return out;
    }
    JsonNode v = json.get(field);
    if (!v.isArray()) {
      add(field, "field.list", IoTexts.text("field.list", field, found(v)));
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      String p = at(field) + "[" + i + "]";
      if (!item.isObject()) {
        problems.add(p, "field.object", IoTexts.text("field.entry.object", field, found(item)));
        continue;
      }
      out.add(new Node(item, p, problems, textual));
    }
    return out;
  }

  /** The objects of a list field, refusing a list longer than {@code max} (a documented limit). */
  List<Node> list(String field, int max) {
    if (has(field) && json.get(field).isArray() && json.get(field).size() > max) {
      add(field, "field.size", IoTexts.text("field.size", field, String.valueOf(json.get(field).size()), String.valueOf(max)));
      return new ArrayList<>();
    }
    return list(field);
  }

  Optional<Node> object(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode v = json.get(field);
    if (!v.isObject()) {
      add(field, "field.object", IoTexts.text("field.object", field, found(v)));
      return Optional.empty();
    }
    return Optional.of(new Node(v, at(field), problems, textual));
  }

  List<String> strings(String field) {
    List<String> out = new ArrayList<>();
    if (!has(field)) {
      return out;
    }
    JsonNode v = json.get(field);
    if (!v.isArray()) {
      add(field, "field.list", IoTexts.text("field.list", field, found(v)));
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isTextual() || !e.textValue().equals(e.textValue().strip()) || e.textValue().isEmpty()) {
        problems.add(at(field) + "[" + i + "]", "field.type", IoTexts.text("field.strings", field, e.isTextual() ? IoTexts.text("quoted", e.textValue()) : kind(e)));
        continue;
      }
      out.add(e.textValue());
    }
    return out;
  }
}
