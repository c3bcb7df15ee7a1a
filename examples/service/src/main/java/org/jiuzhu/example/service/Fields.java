package org.jiuzhu.example.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiuzhu.core.money.Money;
import org.springframework.http.HttpStatus;

/**
 * Reads the fields of a small request object, collecting every problem (path, code, message) before
 * failing once with 422. Values are named in messages only where they cannot be personal data.
 */
final class Fields {
  private final JsonNode node;
  private final List<ApiException.Item> problems = new ArrayList<>();

  Fields(JsonNode node, Set<String> known) {
    if (!node.isObject()) {
      throw ApiException.invalid("body.object", "", "expected a JSON object");
    }
    this.node = node;
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String f = it.next();
      if (!known.contains(f)) {
        problems.add(new ApiException.Item(f, "field.unknown", "unknown field '" + f + "'; expected one of " + known));
      }
    }
  }

  private void add(String path, String code, String message) {
    problems.add(new ApiException.Item(path, code, message));
  }

  Optional<String> text(String name, boolean required, int maxLength) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      if (required) {
        add(name, "field.missing", name + " is missing");
      }
      return Optional.empty();
    }
    if (!v.isTextual()) {
      add(name, "field.type", name + " is a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + "; expected a string");
      return Optional.empty();
    }
    String s = v.asText();
    if (s.isBlank()) {
      add(name, "field.blank", name + " is blank");
      return Optional.empty();
    }
    if (s.length() > maxLength) {
      add(name, "field.too-long", name + " has " + s.length() + " characters; expected at most " + maxLength);
      return Optional.empty();
    }
    if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      add(name, "field.line-break", name + " holds a tab or line break; expected one line");
      return Optional.empty();
    }
    return Optional.of(s);
  }

  Optional<LocalDate> date(String name) {
    return text(name, true, 10).flatMap(s -> {
      try {
        return Optional.of(LocalDate.parse(s));
      } catch (DateTimeParseException e) {
        add(name, "field.date", name + " '" + s + "' is not a date; expected YYYY-MM-DD");
        return Optional.empty();
      }
    });
  }

  Optional<Money> money(String name) {
    return text(name, true, 20).flatMap(s -> {
      try {
        Money m = Money.parse(s);
        if (m.isNegative()) {
          add(name, "field.negative", name + " " + m + " is negative; expected >= 0");
          return Optional.empty();
        }
        return Optional.of(m);
      } catch (IllegalArgumentException e) {
        add(name, "field.money", name + " '" + s + "' is not an amount; expected yuan as a decimal string such as \"6000.00\"");
        return Optional.empty();
      }
    });
  }

  <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type, Set<E> allowed) {
    return text(name, true, 40).flatMap(s -> {
      for (E e : allowed) {
        if (e.name().equals(s)) {
          return Optional.of(e);
        }
      }
      add(name, "field.enum", name + " '" + s + "'; expected one of " + allowed);
      return Optional.empty();
    });
  }

  Optional<Integer> positiveInt(String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      add(name, "field.missing", name + " is missing");
      return Optional.empty();
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() <= 0) {
      add(name, "field.type", name + " must be a whole number > 0");
      return Optional.empty();
    }
    return Optional.of(v.asInt());
  }

  Optional<Boolean> bool(String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      add(name, "field.missing", name + " is missing");
      return Optional.empty();
    }
    if (!v.isBoolean()) {
      add(name, "field.type", name + " must be true or false");
      return Optional.empty();
    }
    return Optional.of(v.asBoolean());
  }

  /** Fails with every problem found, if any. */
  void check() {
    if (!problems.isEmpty()) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "validation", "Invalid request", problems);
    }
  }
}
