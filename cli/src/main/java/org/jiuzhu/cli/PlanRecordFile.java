package org.jiuzhu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.plan.AidPlan;
import org.jiuzhu.core.plan.Delivery;
import org.jiuzhu.core.plan.Evaluation;

/**
 * Reads what was delivered and evaluated for a plan: a YAML or JSON list of
 * {@code {delivered: ITEM, date, quantity, amount, by}} and {@code {evaluated: ITEM, date, targetMet, note, by}}.
 * Every problem is reported with the entry's index; nothing is applied unless all are valid.
 */
final class PlanRecordFile {
  private static final Set<String> DELIVERY = Set.of("delivered", "date", "quantity", "amount", "by");
  private static final Set<String> EVALUATION = Set.of("evaluated", "date", "targetMet", "note", "by");

  private PlanRecordFile() {}

  static void apply(AidPlan plan, Path file) throws IOException {
    JsonNode root;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      root = org.jiuzhu.rules.io.StrictInput.read(file.toString(), in, true); // UTF-8, one document, no key twice
    } catch (org.jiuzhu.core.validation.ValidationException e) {
      throw new IllegalArgumentException("invalid plan record: " + e.problems().get(0).message(), e);
    }
    List<String> problems = new ArrayList<>();
    List<Runnable> steps = new ArrayList<>();
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a list of deliveries and evaluations");
    }
    for (int i = 0; i < root.size(); i++) {
      JsonNode e = root.get(i);
      String at = file + ": entry " + (i + 1);
      boolean delivery = e.has("delivered");
      if (!delivery && !e.has("evaluated")) {
        problems.add(at + ": expected 'delivered: ITEM' or 'evaluated: ITEM'");
        continue;
      }
      if (!e.isObject()) {
        problems.add(at + ": expected a map of fields");
        continue;
      }
      List<String> typeProblems = new ArrayList<>();
      for (String f : List.of("delivered", "evaluated", "date", "by", "note")) {
        if (e.has(f) && !e.get(f).isTextual()) {
          typeProblems.add(at + ": '" + f + "' must be text, not " + e.get(f).getNodeType().name().toLowerCase(java.util.Locale.ROOT)
              + " " + e.get(f).asText());
        }
      }
      if (e.has("quantity") && !(e.get("quantity").isIntegralNumber() && e.get("quantity").canConvertToInt())) {
        typeProblems.add(at + ": 'quantity' is " + e.get("quantity").asText() + "; expected a whole number without quotes");
      }
      if (e.has("amount") && !(e.get("amount").isTextual() || e.get("amount").isNumber())) {
        typeProblems.add(at + ": 'amount' must be a number or text, not " + e.get("amount").asText());
      }
      if (!typeProblems.isEmpty()) {
        problems.addAll(typeProblems);
        continue;
      }
      String item = e.get(delivery ? "delivered" : "evaluated").asText();
      if (plan.items().stream().noneMatch(x -> x.id().equals(item))) {
        problems.add(at + ": the plan has no item '" + item + "'");
      }
      Set<String> allowed = delivery ? DELIVERY : EVALUATION;
      e.fieldNames().forEachRemaining(f -> {
        if (!allowed.contains(f)) {
          problems.add(at + ": unknown field '" + f + "'; expected one of " + allowed);
        }
      });
      LocalDate date;
      try {
        date = LocalDate.parse(e.path("date").asText());
      } catch (DateTimeParseException ex) {
        problems.add(at + ": 'date' is '" + e.path("date").asText() + "'; expected YYYY-MM-DD");
        continue;
      }
      String by = e.path("by").asText("");
      if (by.isBlank()) {
        problems.add(at + ": 'by' names who delivered or evaluated");
        continue;
      }
      try {
        if (delivery) {
          Money amount = e.has("amount") ? Money.parse(e.get("amount").isNumber()
              ? e.get("amount").decimalValue().toPlainString() : e.get("amount").asText()) : Money.ZERO;
          int quantity = e.has("quantity") ? e.get("quantity").intValue() : 1;
          Delivery d = new Delivery(e.get("delivered").asText(), date, quantity, amount, by);
          steps.add(() -> plan.record(d));
        } else {
          if (!e.has("targetMet") || !e.get("targetMet").isBoolean()) {
            problems.add(at + ": 'targetMet' must be true or false");
            continue;
          }
          Evaluation v = new Evaluation(e.get("evaluated").asText(), date, e.get("targetMet").asBoolean(),
              e.path("note").asText(""), by);
          steps.add(() -> plan.record(v));
        }
      } catch (IllegalArgumentException ex) {
        problems.add(at + ": " + ex.getMessage());
      }
    }
    if (problems.isEmpty()) {
      for (int i = 0; i < steps.size(); i++) {
        try {
          steps.get(i).run();
        } catch (IllegalArgumentException ex) {
          problems.add(file + ": entry " + (i + 1) + ": " + ex.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid plan record:\n  " + String.join("\n  ", problems));
    }
  }
}
