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
 */
final class Node {
  final JsonNode json;
  final String path;
  final Problems problems;

  Node(JsonNode json, String path, Problems problems) {
    this.json = json;
    this.path = path;
    this.problems = problems;
  }

  private String at(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  void add(String field, String code, String message) {
    problems.add(at(field), code, message);
  }

  /** Records a problem for every field not in {@code allowed}. */
  void onlyFields(Set<String> allowed) {
    Iterator<String> names = json.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        add(name, "field.unknown", "unknown field '" + name + "'; expected one of " + new java.util.TreeSet<>(allowed));
      }
    }
  }

  boolean has(String field) {
    return json.has(field) && !json.get(field).isNull();
  }

  Optional<String> text(String field, boolean required) {
    if (!has(field)) {
      if (required) {
        add(field, "field.missing", "'" + field + "' is missing");
      }
      return Optional.empty();
    }
    JsonNode v = json.get(field);
    if (!v.isValueNode()) {
      add(field, "field.type", "'" + field + "' must be a single value, not a " + (v.isArray() ? "list" : "map"));
      return Optional.empty();
    }
    String s = v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
    if (s.isBlank() && required) {
      add(field, "field.blank", "'" + field + "' is blank");
      return Optional.empty();
    }
    return Optional.of(s.trim());
  }

  <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type, boolean required) {
    Optional<String> t = text(field, required);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, t.get().toUpperCase(Locale.ROOT).replace('-', '_')));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        names.add(c.name());
      }
      add(field, "field.enum", "'" + t.get() + "' is not a " + type.getSimpleName() + "; expected one of " + names);
      return Optional.empty();
    }
  }

  Optional<Money> money(String field, boolean required) {
    Optional<String> t = text(field, required);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      Money m = Money.parse(t.get());
      if (m.isNegative()) {
        add(field, "field.negative", "'" + field + "' is " + m + "; expected an amount >= 0");
        return Optional.empty();
      }
      return Optional.of(m);
    } catch (IllegalArgumentException e) {
      add(field, "field.amount", e.getMessage());
      return Optional.empty();
    }
  }

  Optional<BigDecimal> decimal(String field, boolean required) {
    return parsed(field, required, BigDecimal::new, "field.number", "is not a number");
  }

  Optional<Integer> integer(String field, boolean required) {
    return parsed(field, required, Integer::valueOf, "field.integer", "is not a whole number");
  }

  Optional<Boolean> bool(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode v = json.get(field);
    if (v.isBoolean()) {
      return Optional.of(v.booleanValue());
    }
    if (v.isTextual() && (v.textValue().equals("true") || v.textValue().equals("false"))) {
      return Optional.of(Boolean.parseBoolean(v.textValue())); // CSV cells are text
    }
    add(field, "field.boolean", "'" + v.asText() + "' is not true or false");
    return Optional.empty();
  }

  Optional<LocalDate> date(String field, boolean required) {
    return parsed(field, required, LocalDate::parse, "field.date", "is not a date; expected YYYY-MM-DD");
  }

  Optional<YearMonth> month(String field, boolean required) {
    return parsed(field, required, YearMonth::parse, "field.month", "is not a month; expected YYYY-MM");
  }

  /**
   * The text of a field read by {@code parser}; a value the parser refuses is recorded as
   * {@code code} with the message "'value' {@code problem}".
   */
  private <T> Optional<T> parsed(
      String field, boolean required, Function<String, T> parser, String code, String problem) {
    Optional<String> t = text(field, required);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(t.get()));
    } catch (NumberFormatException | DateTimeParseException e) {
      add(field, code, "'" + t.get() + "' " + problem);
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
      add(field, "field.list", "'" + field + "' must be a list");
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      String p = at(field) + "[" + i + "]";
      if (!item.isObject()) {
        problems.add(p, "field.object", "each entry of '" + field + "' must be a map of fields");
        continue;
      }
      out.add(new Node(item, p, problems));
    }
    return out;
  }

  Optional<Node> object(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode v = json.get(field);
    if (!v.isObject()) {
      add(field, "field.object", "'" + field + "' must be a map of fields");
      return Optional.empty();
    }
    return Optional.of(new Node(v, at(field), problems));
  }

  List<String> strings(String field) {
    List<String> out = new ArrayList<>();
    if (!has(field)) {
      return out;
    }
    JsonNode v = json.get(field);
    if (!v.isArray()) {
      add(field, "field.list", "'" + field + "' must be a list");
      return out;
    }
    v.forEach(e -> out.add(e.asText()));
    return out;
  }
}
