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
import org.jiuzhu.core.plan.PlanRecordException;
import org.jiuzhu.core.plan.Withdrawal;
import org.jiuzhu.core.text.Lang;

/**
 * Reads what was delivered, evaluated and withdrawn for a plan: a YAML or JSON list of
 * {@code {delivered: ITEM, date, quantity, amount, by}}, {@code {evaluated: ITEM, date, targetMet, note, by}}
 * and {@code {withdrawn: ITEM, date, reason, by}}. Every problem is reported with the entry's number, in
 * the chosen language, in one run: each field of each entry, and the checks of the well-formed entries
 * against the plan; the plan is not to be used unless all are valid. An entry dated after the status date is
 * read and checked like any other but not counted in that day's status ({@link AidPlan#status} leaves it
 * out); {@link #apply} says how many there are. A delivery beyond what its item provides is refused by the
 * plan ({@link PlanRecordException}).
 */
final class PlanRecordFile {
  private static final Set<String> DELIVERY = Set.of("delivered", "date", "quantity", "amount", "by");
  private static final Set<String> EVALUATION = Set.of("evaluated", "date", "targetMet", "note", "by");
  private static final Set<String> WITHDRAWAL = Set.of("withdrawn", "date", "reason", "by");

  /** The record's problems, each in the chosen language. */
  static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  private PlanRecordFile() {}

  /**
   * Applies the record to the plan.
   *
   * @return how many entries are dated after {@code statusDate} (checked and applied, but not counted in
   *     that day's status)
   */
  static int apply(AidPlan plan, Path file, Lang lang, LocalDate statusDate) throws IOException {
    JsonNode root;
    List<Said> problems = new ArrayList<>();
    java.util.Map<String, int[]> at;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      // UTF-8, one document; a key given twice is a problem said with the others (the record is refused)
      // at most 4 MiB (StrictInput.MAX_PLAN_RECORD_BYTES): a larger file is refused with its size
      org.jiuzhu.rules.io.StrictInput.Document d = org.jiuzhu.rules.io.StrictInput.readDocument(file.toString(), in, true,
          org.jiuzhu.rules.io.StrictInput.MAX_PLAN_RECORD_BYTES);
      root = d.tree();
      // where each value starts (the parser's token locations): every problem of an entry says its line
      at = org.jiuzhu.rules.io.StrictInput.locations(d.text(), true);
      for (org.jiuzhu.core.validation.Problem p : d.duplicates()) {
        problems.add(duplicate(file, lang, p.path(), at));
      }
    } catch (org.jiuzhu.core.validation.ValidationException e) {
      org.jiuzhu.core.validation.Problem p = e.problems().get(0);
      // a malformed file is said with its line, column and cause, in our words, in either language; a file
      // too large with the limit and its size
      String why = lang == Lang.EN || p.code().equals("file.malformed") || p.code().equals("file.size") ? p.message(lang) : CliTexts.get(lang, "plan.record.file", file,
          CliTexts.MESSAGES.has(lang, "plan.record." + p.code()) ? CliTexts.get(lang, "plan.record." + p.code(), p.path())
              : CliTexts.get(lang, "plan.record.file.malformed"));
      throw new Invalid(CliTexts.get(lang, "plan.record.invalid") + " " + why);
    }
    if (root == null || !root.isArray()) {
      problems.add(new Said(0, CliTexts.get(lang, "plan.record.file", file, CliTexts.get(lang, "plan.record.not-list", found(lang, root)))));
      List<String> said = said(problems);
      throw new Invalid(CliTexts.get(lang, "plan.record.invalid") + (said.size() == 1 ? " " + said.get(0)
          : "\n  " + String.join("\n  ", said)));
    }
    java.util.Map<Integer, String> writtenTargetMet = writtenBooleans(file, "targetMet");
    List<Runnable> steps = new ArrayList<>();
    List<Integer> stepEntries = new ArrayList<>();
    int later = 0;
    for (int i = 0; i < root.size(); i++) {
      JsonNode e = root.get(i);
      int n = i + 1;
      java.util.function.BiConsumer<String, Object[]> problem = (key, args) -> problems.add(new Said(n, entryText(file, lang, n,
          at, field(key, args, e), CliTexts.get(lang, key, args))));
      if (!e.isObject()) {
        problem.accept("plan.record.map", new Object[] {found(lang, e)});
        continue;
      }
      String kind = e.has("delivered") ? "delivered" : e.has("evaluated") ? "evaluated" : e.has("withdrawn") ? "withdrawn" : null;
      if (kind == null) {
        problem.accept("plan.record.kind", new Object[0]);
        continue;
      }
      int before = problems.size();
      for (String f : List.of("delivered", "evaluated", "withdrawn", "date", "by", "note", "reason")) {
        if (e.has(f) && !e.get(f).isTextual()) {
          String type = e.get(f).getNodeType().name();
          problem.accept("plan.record.text", new Object[] {f,
              CliTexts.get(lang, CliTexts.MESSAGES.has(lang, "plan.record.type." + type) ? "plan.record.type." + type
                  : "plan.record.type.OTHER"), e.get(f).asText()});
        }
      }
      if (e.has("quantity") && !(e.get("quantity").isIntegralNumber() && e.get("quantity").canConvertToInt())) {
        problem.accept("plan.record.quantity", new Object[] {e.get("quantity").asText()});
      }
      if (e.has("amount") && !(e.get("amount").isTextual() || e.get("amount").isNumber())) {
        problem.accept("plan.record.amount", new Object[] {e.get("amount").asText()});
      }
      // every field of the entry is checked, each problem said; what needs a bad field is left out
      String item = e.get(kind).isTextual() ? e.get(kind).asText() : null;
      if (item != null && plan.items().stream().noneMatch(x -> x.id().equals(item))) {
        problem.accept("plan.record.unknown-item", new Object[] {item,
            org.jiuzhu.core.text.Listing.of(plan.items().stream().map(org.jiuzhu.core.plan.PlanItem::id).toList())});
      }
      Set<String> allowed = kind.equals("delivered") ? DELIVERY : kind.equals("evaluated") ? EVALUATION : WITHDRAWAL;
      e.fieldNames().forEachRemaining(f -> {
        if (!allowed.contains(f)) {
          problem.accept("plan.record.unknown-field", new Object[] {f, new java.util.TreeSet<>(allowed)});
        }
      });
      LocalDate date = null;
      if (!present(e, "date")) {
        problem.accept("plan.record.missing", new Object[] {"date", CliTexts.get(lang, "plan.record.date.expected")});
      } else if (e.get("date").isTextual()) {
        String text = e.get("date").asText();
        try {
          date = LocalDate.parse(text);
        } catch (DateTimeParseException ex) {
          java.util.regex.Matcher ymd = YMD.matcher(text);
          if (!ymd.matches()) {
            problem.accept("plan.record.date", new Object[] {text});
          } else if (Integer.parseInt(ymd.group(2)) < 1 || Integer.parseInt(ymd.group(2)) > 12) {
            problem.accept("plan.record.date.month", new Object[] {text}); // written as a date, but no such month
          } else {
            // written as a date, but the month has no such day (2025-11-31)
            java.time.YearMonth month = java.time.YearMonth.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)));
            problem.accept("plan.record.date.day", new Object[] {text, org.jiuzhu.core.text.Messages.month(lang, month),
                month.lengthOfMonth()});
          }
        }
      }
      if (date != null && date.isAfter(statusDate)) {
        later++; // that day's view: checked, but not counted in the status
      }
      String by = e.path("by").isTextual() ? e.get("by").asText() : null;
      if (!present(e, "by")) {
        problem.accept("plan.record.missing", new Object[] {"by", CliTexts.get(lang, "plan.record.by.expected")});
      } else if (by != null && by.isBlank()) {
        problem.accept("plan.record.by", new Object[0]);
      }
      Runnable step = null;
      switch (kind) {
        case "delivered" -> {
          Money amount = Money.ZERO;
          if (e.has("amount") && (e.get("amount").isTextual() || e.get("amount").isNumber())) {
            String text = e.get("amount").isNumber() ? e.get("amount").decimalValue().toPlainString() : e.get("amount").asText();
            try {
              amount = Money.parse(text);
            } catch (IllegalArgumentException ex) {
              amount = null;
            }
            if (amount == null || amount.isNegative()) {
              problem.accept("plan.record.amount-bad", new Object[] {text});
            }
          }
          int quantity = e.has("quantity") ? e.get("quantity").intValue() : 1;
          if (e.has("quantity") && e.get("quantity").isIntegralNumber() && e.get("quantity").canConvertToInt() && quantity <= 0) {
            problem.accept("plan.record.quantity-positive", new Object[] {quantity});
          }
          if (problems.size() == before) {
            Delivery d = new Delivery(item, date, quantity, amount, by);
            step = () -> plan.record(d);
          }
        }
        case "evaluated" -> {
          if (!e.has("targetMet")) {
            problem.accept("plan.record.missing", new Object[] {"targetMet", CliTexts.get(lang, "plan.record.target-met.expected")});
          } else if (!e.get("targetMet").isBoolean()) {
            problem.accept("plan.record.target-met.type", new Object[] {e.get("targetMet").asText(), found(lang, e.get("targetMet"))});
          } else if (!List.of("true", "false").contains(writtenTargetMet.getOrDefault(n, e.get("targetMet").asText()))) {
            // no coercion: YAML 1.1 reads yes, no, on, off as booleans; only true and false are taken
            problem.accept("plan.record.target-met", new Object[] {writtenTargetMet.get(n)});
          }
          if (problems.size() == before) {
            Evaluation v = new Evaluation(item, date, e.get("targetMet").asBoolean(), e.path("note").asText(""), by);
            step = () -> plan.record(v);
          }
        }
        default -> {
          String reason = e.path("reason").isTextual() ? e.get("reason").asText() : null;
          if (!present(e, "reason")) {
            problem.accept("plan.record.missing", new Object[] {"reason", CliTexts.get(lang, "plan.record.reason.expected")});
          } else if (reason != null && reason.isBlank()) {
            problem.accept("plan.record.reason", new Object[0]);
          }
          if (problems.size() == before) {
            Withdrawal w = new Withdrawal(item, date, reason, by);
            step = () -> plan.record(w);
          }
        }
      }
      if (step == null) {
        continue; // a problem of this entry is said; the other entries are still checked against the plan
      }
      steps.add(step);
      stepEntries.add(n);
    }
    {
      // the well-formed entries are checked against the plan even when another entry is not, so
      // that every problem is said in one run (the plan is not used when there is one);
      // withdrawals first, so that a delivery after a withdrawal is refused whatever the order of the file
      List<Integer> order = new ArrayList<>();
      for (int k = 0; k < steps.size(); k++) {
        order.add(k);
      }
      for (int k : order) {
        JsonNode e = root.get(stepEntries.get(k) - 1);
        if (e.has("withdrawn")) {
          run(steps.get(k), stepEntries.get(k), file, lang, problems, at);
        }
      }
      for (int k : order) {
        JsonNode e = root.get(stepEntries.get(k) - 1);
        if (!e.has("withdrawn")) {
          run(steps.get(k), stepEntries.get(k), file, lang, problems, at);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new Invalid(CliTexts.get(lang, "plan.record.invalid") + "\n  " + String.join("\n  ", said(problems)));
    }
    return later;
  }

  /**
   * The text of each top-level entry's boolean {@code field} as written in the file (entry number to text):
   * a YAML parser reads {@code yes} or {@code on} as true, which is coercion the record does not allow.
   */
  private static java.util.Map<Integer, String> writtenBooleans(Path file, String field) {
    java.util.Map<Integer, String> out = new java.util.HashMap<>();
    try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.dataformat.yaml.YAMLFactory().createParser(file.toFile())) {
      for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        com.fasterxml.jackson.core.JsonStreamContext parent = p.getParsingContext().getParent();
        if (t.isBoolean() && field.equals(p.currentName()) && parent != null && parent.inArray() && parent.getParent() != null
            && parent.getParent().inRoot()) {
          out.put(parent.getCurrentIndex() + 1, p.getText());
        }
      }
    } catch (IOException | RuntimeException e) {
      // the file was read strictly before; what cannot be read again is left to that check
    }
    return out;
  }

  private static final java.util.regex.Pattern YMD = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile("^\\[(\\d+)]\\.(.+)$");

  /** A key given twice at {@code path}: in an entry ({@code [0].date}) said with the entry's number and the line of the key given again. */
  private static Said duplicate(Path file, Lang lang, String path, java.util.Map<String, int[]> at) {
    java.util.regex.Matcher m = ENTRY.matcher(path);
    int n = m.matches() ? Integer.parseInt(m.group(1)) + 1 : 0;
    return m.matches() ? new Said(n, entryText(file, lang, n, at, m.group(2), CliTexts.get(lang, "plan.record.file.duplicate", m.group(2))))
        : new Said(0, CliTexts.get(lang, "plan.record.file", file, CliTexts.get(lang, "plan.record.file.duplicate", path)));
  }

  /**
   * A problem of entry {@code n} (1-based) said with the line and column where the value at fault
   * starts ({@code field} of the entry; the entry itself when the field is not given or is null).
   */
  private static String entryText(Path file, Lang lang, int n, java.util.Map<String, int[]> at, String field, String text) {
    int[] where = field == null ? null : at.get("[" + (n - 1) + "]." + field);
    if (where == null) {
      where = at.get("[" + (n - 1) + "]");
    }
    if (where == null || where[0] <= 0) {
      return CliTexts.get(lang, "plan.record.line", file, n, text);
    }
    return CliTexts.get(lang, "plan.record.line.at", file, n, text, String.valueOf(where[0]), String.valueOf(where[1]));
  }

  /** The field of an entry a problem of {@code key} is about (null: the entry as a whole). */
  private static String field(String key, Object[] args, JsonNode e) {
    switch (key) {
      case "plan.record.text":
      case "plan.record.unknown-field":
        return String.valueOf(args[0]);
      case "plan.record.quantity":
      case "plan.record.quantity-positive":
        return "quantity";
      case "plan.record.amount":
      case "plan.record.amount-bad":
        return "amount";
      case "plan.record.date":
      case "plan.record.date.month":
      case "plan.record.date.day":
        return "date";
      case "plan.record.by":
        return "by";
      case "plan.record.reason":
        return "reason";
      case "plan.record.target-met":
      case "plan.record.target-met.type":
        return "targetMet";
      case "plan.record.unknown-item":
        return e.has("delivered") ? "delivered" : e.has("evaluated") ? "evaluated" : "withdrawn";
      default:
        return null; // a missing field, an entry that is no map or of no kind: the entry
    }
  }

  /** What a value is, said after "found": a string, a number, a map of fields, … */
  private static String found(Lang lang, JsonNode v) {
    String type = v == null ? "NULL" : v.getNodeType().name();
    return CliTexts.get(lang, CliTexts.MESSAGES.has(lang, "plan.record.found." + type) ? "plan.record.found." + type
        : "plan.record.found.OTHER");
  }

  /** True when the entry gives {@code field} (a null value is not giving it). */
  private static boolean present(JsonNode e, String field) {
    return e.has(field) && !e.get(field).isNull();
  }

  /** A problem said about entry {@code entry} (0 for the file as a whole). */
  private record Said(int entry, String text) {}

  /** The problems in the order of the file: the file's own first, then entry by entry (the order found within an entry). */
  private static List<String> said(List<Said> problems) {
    List<Said> sorted = new ArrayList<>(problems);
    sorted.sort(java.util.Comparator.comparingInt(Said::entry)); // stable
    return sorted.stream().map(Said::text).toList();
  }

  private static void run(Runnable step, int entry, Path file, Lang lang, List<Said> problems, java.util.Map<String, int[]> at) {
    try {
      step.run();
    } catch (PlanRecordException ex) {
      problems.add(new Said(entry, entryText(file, lang, entry, at, null, ex.message(lang))));
    }
  }
}
