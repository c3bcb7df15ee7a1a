package org.jiuzhu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.plan.AidPlan;
import org.jiuzhu.core.plan.PlanItem;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.cn.CnTexts;
import org.jiuzhu.rules.plan.AidPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Proposes an aid plan (一户一策) for one household. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {"Propose an aid plan (一户一策) for one household.",
        "Its needs, and items of cash, services, in-kind help, development measures and referrals, each with department, quantity, frequency, start, review and target."})
final class PlanCommand implements Callable<Integer>, OptionChecks {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Date of the plan.")
  LocalDate date;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
  ScreenCommand.Lang lang;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  PolicyOptions policyOptions;

  @Parameters(index = "0", paramLabel = "HOUSEHOLD", description = "The household file (.json, .yaml).")
  Path file;

  @Option(names = "--record", paramLabel = "FILE",
      description = "Deliveries and evaluations so far (YAML or JSON list, see docs/plans.md); the plan's status is printed.")
  Path recordFile;

  @Option(names = "--status-date", paramLabel = "YYYY-MM-DD",
      description = "Date of the status (default: the plan date); without --record, the status on that day with nothing delivered.")
  LocalDate statusDate;

  /** Bad option values and combinations, every one with picocli's (a usage error, exit 2, before the run). */
  @Override
  public java.util.List<String> optionProblems(org.jiuzhu.core.text.Lang l) {
    java.util.List<String> bad = new java.util.ArrayList<>();
    if (statusDate != null && date != null && statusDate.isBefore(date)) {
      // a plan has no status before it is made
      bad.add(CliTexts.get(l, "error.plan.status-before-date", statusDate.toString(), date.toString()));
    }
    return bad;
  }

  @Override
  public Integer call() throws Exception {
    Household h = policyOptions.household(file, date); // dated facts and the region checked here, naming the file's entries; bad policy files too
    Policy policy = policyOptions.policy();
    AidPlan plan = new AidPlanner(policy).plan(h,
        new CatalogueScreener(CnRulebook.create(policy), Catalogue.cn()).screen(h, date), date);
    PrintWriter out = spec.commandLine().getOut();
    boolean zh = lang == ScreenCommand.Lang.zh;
    AidPlan.Status status = null;
    int later = 0;
    if (recordFile != null) {
      org.jiuzhu.core.text.Lang l = CliTexts.lang(lang);
      LocalDate at = statusDate == null ? date : statusDate;
      try {
        later = PlanRecordFile.apply(plan, recordFile, l, at);
        status = plan.status(at);
      } catch (PlanRecordFile.Invalid | org.jiuzhu.core.plan.PlanRecordException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(CliTexts.get(l, "plan.error", e instanceof org.jiuzhu.core.plan.PlanRecordException x ? x.message(l)
            : e.getMessage()));
        err.flush();
        return Jiuzhu.INVALID_INPUT;
      }
    } else if (statusDate != null) {
      status = plan.status(statusDate); // what is due on that day, nothing delivered yet
    }
    if (format == Format.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("household", plan.householdId());
      m.put("date", plan.date().toString());
      m.put("needs", plan.needs().stream().map(Enum::name).toList());
      List<Map<String, Object>> measures = new ArrayList<>();
      for (org.jiuzhu.core.plan.NeedMeasure nm : plan.measures()) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("need", nm.need().name());
        j.put("items", nm.itemIds());
        j.put("noMeasure", nm.hasMeasure() ? null : Map.of("zh", nm.noMeasureZh().get(), "en", nm.noMeasureEn().get()));
        measures.add(j);
      }
      m.put("measures", measures);
      List<Map<String, Object>> items = new ArrayList<>();
      for (PlanItem i : plan.items()) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", i.id());
        j.put("type", i.type().name());
        j.put("programme", i.programmeId().orElse(null));
        j.put("department", i.department());
        j.put("title", Map.of("zh", i.titleZh(), "en", i.titleEn()));
        j.put("members", i.members());
        j.put("amount", i.amount().toString());
        j.put("quantity", i.quantity());
        j.put("unit", i.unit());
        j.put("frequency", i.frequency().name());
        j.put("start", i.start().toString());
        j.put("review", i.review().toString());
        j.put("target", Map.of("zh", i.targetZh(), "en", i.targetEn()));
        j.put("level", i.level().map(Enum::name).orElse(null));
        j.put("firstDue", i.firstDue().toString());
        j.put("end", i.end().map(LocalDate::toString).orElse(null));
        // inclusive, named so as a period's lastDay: 'end' is the first day no longer covered
        j.put("lastDay", i.lastDay().map(LocalDate::toString).orElse(null));
        j.put("note", i.hasNote() ? Map.of("zh", i.noteZh(), "en", i.noteEn()) : null);
        items.add(j);
      }
      m.put("items", items);
      if (status != null) {
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("date", status.date().toString());
        st.put("deliveredShare", status.deliveredShare().toPlainString());
        List<Map<String, Object>> units = new ArrayList<>();
        for (AidPlan.UnitShare u : status.byUnit()) {
          Map<String, Object> uj = new LinkedHashMap<>();
          uj.put("unit", u.unit());
          uj.put("due", u.due());
          uj.put("delivered", u.delivered());
          uj.put("share", u.share().toPlainString());
          units.add(uj);
        }
        st.put("byUnit", units);
        st.put("overdue", status.overdue().stream().map(PlanItem::id).toList());
        st.put("notPaidInFull", status.notPaidInFull().stream().map(i -> i.item().id()).toList());
        // decisions whose deadline passed with none recorded (逾期未决定): apart from overdue, which is payments and deliveries
        List<Map<String, Object>> undecided = new ArrayList<>();
        for (AidPlan.ItemStatus i : status.decisionsOverdue()) {
          Map<String, Object> dj = new LinkedHashMap<>();
          dj.put("id", i.item().id());
          dj.put("deadline", i.decisionDeadline().get().toString());
          dj.put("level", i.item().level().map(Enum::name).orElse(null));
          undecided.add(dj);
        }
        st.put("decisionOverdue", undecided);
        // items waiting on a decision are no deliveries due (not in byUnit): how many await it, how many of those are late
        Map<String, Object> decisions = new LinkedHashMap<>();
        decisions.put("awaiting", status.awaitingDecision().size());
        decisions.put("overdue", status.decisionsOverdue().size());
        decisions.put("decided", status.decided().size());
        decisions.put("awaitingItems", status.awaitingDecision().stream().map(i -> i.item().id()).toList());
        st.put("decisions", decisions);
        st.put("targetsMet", status.targetsMet());
        st.put("targetsMissed", status.targetsMissed());
        st.put("laterEntries", later);
        List<Map<String, Object>> per = new ArrayList<>();
        for (AidPlan.ItemStatus i : status.items()) {
          Map<String, Object> one = new LinkedHashMap<>();
          one.put("id", i.item().id());
          one.put("expected", i.expected());
          one.put("delivered", i.delivered());
          one.put("overdue", i.overdue());
          if (i.decisionDeadline().isPresent()) {
            // an item waiting on a decision: the last day it is due by, and whether that has passed undecided
            one.put("decisionDeadline", i.decisionDeadline().get().toString());
            one.put("decisionOverdue", i.decisionOverdue(status.date()));
            one.put("decided", i.decided());
          }
          if (i.item().amount().isPositive()) {
            // money items: what was due and paid by the date, and what is short (a payment below the amount)
            one.put("amountDue", i.amountDue().toString());
            one.put("amountPaid", i.amountPaid().toString());
            one.put("shortfall", i.shortfall().toString());
            // the payments made: short of the amount, beyond it, and the money of each period due
            one.put("shortPaid", i.shortPaid().toString());
            one.put("overpaid", i.overpaid().toString());
            one.put("paidInFull", i.paidInFull());
            List<Map<String, Object>> ps = new ArrayList<>();
            for (AidPlan.PeriodPayment pp : i.payments()) {
              Map<String, Object> pj = new LinkedHashMap<>();
              pj.put("from", pp.from().toString());
              pj.put("lastDay", pp.lastDay().toString()); // inclusive: named so (a half-open end is the first day after)
              pj.put("due", pp.due().toString());
              pj.put("paid", pp.paid().toString());
              pj.put("received", pp.received().toString());
              pj.put("shortfall", pp.shortfall().toString());
              ps.add(pj);
            }
            one.put("periods", ps);
          }
          one.put("withdrawn", i.withdrawal().map(w -> {
            Map<String, Object> wj = new LinkedHashMap<>();
            wj.put("date", w.date().toString());
            wj.put("reason", w.reason());
            wj.put("by", w.by());
            return wj;
          }).orElse(null));
          List<Map<String, Object>> ds = new ArrayList<>();
          for (org.jiuzhu.core.plan.Delivery d : i.deliveries()) {
            Map<String, Object> dj = new LinkedHashMap<>();
            dj.put("date", d.date().toString());
            dj.put("quantity", d.quantity());
            dj.put("amount", d.amount().toString());
            dj.put("by", d.by());
            ds.add(dj);
          }
          one.put("deliveries", ds);
          List<Map<String, Object>> es = new ArrayList<>();
          for (org.jiuzhu.core.plan.Evaluation e : i.evaluations()) {
            Map<String, Object> ej = new LinkedHashMap<>();
            ej.put("date", e.date().toString());
            ej.put("targetMet", e.targetMet());
            ej.put("note", e.note());
            ej.put("by", e.by());
            es.add(ej);
          }
          one.put("evaluations", es);
          per.add(one);
        }
        st.put("items", per);
        m.put("status", st);
      }
      m.put("record", plan.record().toLines());
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
    } else {
      org.jiuzhu.core.text.Lang l = CliTexts.lang(lang);
      java.util.Map<String, org.jiuzhu.rules.catalogue.Department> depts = Catalogue.cn().departments();
      out.println(CliTexts.get(l, "plan.header", plan.householdId(), org.jiuzhu.core.text.Messages.date(l, plan.date())));
      out.println(plan.needs().isEmpty() ? CliTexts.get(l, "plan.needs.none")
          : CliTexts.get(l, "plan.needs", plan.needs().stream().map(n -> CliTexts.get(l, "need." + n.name()))
              .collect(java.util.stream.Collectors.joining(CliTexts.get(l, "list.separator")))));
      if (!plan.measures().isEmpty()) {
        out.println(CliTexts.get(l, "plan.measures"));
        for (org.jiuzhu.core.plan.NeedMeasure nm : plan.measures()) {
          String need = CliTexts.get(l, "need." + nm.need().name());
          out.println("  " + (nm.hasMeasure() ? CliTexts.get(l, "plan.measure", need, CliTexts.list(l, nm.itemIds()))
              : CliTexts.get(l, "plan.measure.none", need, zh ? nm.noMeasureZh().get() : nm.noMeasureEn().get())));
        }
      }
      for (PlanItem i : plan.items()) {
        List<String> parts = new ArrayList<>();
        org.jiuzhu.rules.catalogue.Department d = depts.get(i.department());
        parts.add(i.id() + " [" + CliTexts.get(l, "item." + i.type().name()) + "] " + (zh ? i.titleZh() : i.titleEn()));
        parts.add(d == null ? i.department() : zh ? d.nameZh() : d.nameEn());
        // a cash item states its amount, even a monthly 0.00 (a 低保 whose gap rounds to nothing)
        if (i.amount().isPositive() || i.type() == org.jiuzhu.core.plan.ItemType.CASH && i.frequency() == org.jiuzhu.core.plan.Frequency.MONTHLY) {
          parts.add(CliTexts.get(l, "plan.amount", i.amount()));
        }
        parts.add(CliTexts.get(l, "frequency." + i.frequency().name(), CnTexts.count(l, i.quantity(), i.unit())));
        if (!i.members().isEmpty()) {
          parts.add(CliTexts.get(l, "plan.members", CliTexts.list(l, i.members()), i.members().size()));
        }
        i.level().ifPresent(v -> parts.add(CliTexts.get(l, "plan.level", CnTexts.get(l, "level." + v.name()))));
        // a decision (PENDING) is due by its day, not paid on it: its payment's own date is in its target
        parts.add(CliTexts.get(l, i.type() == org.jiuzhu.core.plan.ItemType.PENDING ? "plan.dates.pending" : "plan.dates",
            org.jiuzhu.core.text.Messages.date(l, i.start()),
            org.jiuzhu.core.text.Messages.date(l, i.firstDue()), org.jiuzhu.core.text.Messages.date(l, i.review()))
            + i.lastDay().map(e -> CliTexts.get(l, "plan.end", org.jiuzhu.core.text.Messages.date(l, e))).orElse(""));
        parts.add(CliTexts.get(l, "plan.target", zh ? i.targetZh() : i.targetEn()));
        out.println("  " + String.join(" · ", parts));
        if (i.hasNote()) {
          // how it is decided (a granted 低保's procedure), as the screening says it
          out.println("    " + CliTexts.get(l, "plan.note", zh ? i.noteZh() : i.noteEn()));
        }
      }
      if (status != null) {
        out.println(CliTexts.get(l, "plan.status", org.jiuzhu.core.text.Messages.date(l, status.date()),
            // per unit with something due (payments, visits and kWh are never added together); the items
            // with nothing due yet say so, with their first due date, below
            status.byUnit().stream().noneMatch(u -> u.due() > 0) ? CliTexts.get(l, "plan.status.nothing-due")
                : status.byUnit().stream().filter(u -> u.due() > 0)
                    .map(u -> CliTexts.get(l, "plan.status.unit", CnTexts.count(l, u.delivered(), u.unit()),
                        CnTexts.count(l, u.due(), u.unit()), u.share().movePointRight(2).stripTrailingZeros().toPlainString()))
                    .collect(java.util.stream.Collectors.joining(CliTexts.get(l, "plan.status.separator"))),
            status.overdue().isEmpty() ? CliTexts.get(l, "plan.none")
                : status.overdue().stream().map(i -> CliTexts.get(l, "plan.overdue-item", zh ? i.titleZh() : i.titleEn(), i.id()))
                    .collect(java.util.stream.Collectors.joining(CliTexts.get(l, "plan.items.separator"))),
            status.targetsMet(), status.targetsMissed()));
        if (!status.notPaidInFull().isEmpty()) {
          // payments made short of (or beyond) the amount: the count of payments does not show it
          out.println(CliTexts.get(l, "plan.status.not-in-full", status.notPaidInFull().stream().map(i -> {
            String name = CliTexts.get(l, "plan.overdue-item", zh ? i.item().titleZh() : i.item().titleEn(), i.item().id());
            return i.shortPaid().isPositive() ? CliTexts.get(l, "plan.not-in-full.item", name, i.shortPaid())
                : CliTexts.get(l, "plan.over.item", name, i.overpaid());
          }).collect(java.util.stream.Collectors.joining(CliTexts.get(l, "plan.items.separator")))));
        }
        if (!status.awaitingDecision().isEmpty()) {
          // items waiting on a decision await a decision, not a delivery: counted and named apart
          int late = status.decisionsOverdue().size();
          out.println(CliTexts.get(l, "plan.status.awaiting", status.awaitingDecision().size(),
              late > 0 ? CliTexts.get(l, "plan.status.awaiting.overdue", late) : "",
              status.awaitingDecision().stream()
                  .map(i -> CliTexts.get(l, "plan.overdue-item", zh ? i.item().titleZh() : i.item().titleEn(), i.item().id()))
                  .collect(java.util.stream.Collectors.joining(CliTexts.get(l, "plan.items.separator"))))
              + (status.decided().isEmpty() ? "" : CliTexts.get(l, "plan.status.awaiting.decided", status.decided().size())));
        } else if (!status.decided().isEmpty()) {
          out.println(CliTexts.get(l, "plan.status.decided", status.decided().size()));
        }
        if (!status.decisionsOverdue().isEmpty()) {
          // a decision past its deadline promises no payment, so it is not overdue, but it is late
          out.println(CliTexts.get(l, "plan.status.decision-overdue", status.decisionsOverdue().stream()
              .map(i -> CliTexts.get(l, "plan.decision-overdue.item",
                  CliTexts.get(l, "plan.overdue-item", zh ? i.item().titleZh() : i.item().titleEn(), i.item().id()),
                  levelText(l, i.item()), org.jiuzhu.core.text.Messages.date(l, i.decisionDeadline().get())))
              .collect(java.util.stream.Collectors.joining(CliTexts.get(l, "plan.items.separator")))));
        }
        if (later > 0) {
          // a status on an earlier day is that day's view: what was recorded later is said, not counted
          out.println(CliTexts.get(l, "plan.status.later", later, org.jiuzhu.core.text.Messages.date(l, status.date())));
        }
        for (AidPlan.ItemStatus i : status.items()) {
          PlanItem it = i.item();
          String name = CliTexts.get(l, "plan.overdue-item", zh ? it.titleZh() : it.titleEn(), it.id());
          boolean pending = it.type() == org.jiuzhu.core.plan.ItemType.PENDING;
          // an item waiting on a decision awaits a decision, not a delivery: said as such, never as units due
          // nothing due yet: say when it falls due, so that "0 of 0" does not read as done
          out.println("  " + (pending
              ? (i.decided() ? CliTexts.get(l, "plan.item-status.decided", name)
                  : i.withdrawal().isPresent() ? CliTexts.get(l, "plan.item-status.withdrawn-undecided", name)
                  : CliTexts.get(l, i.decisionOverdue(status.date()) ? "plan.item-status.decision-overdue"
                      : "plan.item-status.awaiting", name, levelText(l, it),
                      org.jiuzhu.core.text.Messages.date(l, i.decisionDeadline().get())))
              : i.expected() == 0 && i.withdrawal().isEmpty() && !i.overdue()
              ? CliTexts.get(l, "plan.item-status.not-yet-due", name, CnTexts.count(l, i.delivered(), it.unit()),
                  org.jiuzhu.core.text.Messages.date(l, it.firstDue()))
              : (CliTexts.get(l, i.overdue() ? "plan.item-status.overdue" : "plan.item-status", name,
                      CnTexts.count(l, i.delivered(), it.unit()), CnTexts.count(l, i.expected(), it.unit())))
                  // a payment below the item's amount leaves the rest owed, even when the count is right
                  // (said when something was paid: with nothing paid the count says it)
                  + (i.shortfall().isPositive() && i.amountPaid().isPositive()
                      ? CliTexts.get(l, "plan.item-status.short", i.amountPaid(), i.amountDue(), i.shortfall()) : "")
                  + (i.overpaid().isPositive() ? CliTexts.get(l, "plan.item-status.over", i.overpaid()) : "")));
          for (AidPlan.PeriodPayment pp : i.payments()) {
            // a period paid other than its amount, or made up by a later payment; one with nothing
            // paid and nothing received is said by the count
            if (pp.paid().equals(pp.due()) && pp.shortfall().isZero() || pp.paid().isZero() && pp.received().isZero()) {
              continue;
            }
            Money received = pp.received();
            String line = CliTexts.get(l, "plan.period", org.jiuzhu.core.text.Messages.date(l, pp.from()),
                org.jiuzhu.core.text.Messages.date(l, pp.lastDay()), pp.due(), pp.paid());
            if (pp.paid().compareTo(received) > 0) {
              line += CliTexts.get(l, "plan.period.arrears", Money.ofFen(pp.paid().fen() - received.fen()));
            } else if (pp.paid().compareTo(received) < 0) {
              line += CliTexts.get(l, "plan.period.later", Money.ofFen(received.fen() - pp.paid().fen()));
            }
            if (pp.shortfall().isPositive()) {
              line += CliTexts.get(l, "plan.period.short", pp.shortfall());
            }
            out.println("    " + line);
          }
          i.withdrawal().ifPresent(w -> out.println("    " + CliTexts.get(l, "plan.withdrawn", i.item().id(),
              org.jiuzhu.core.text.Messages.date(l, w.date()), w.reason(), w.by())));
          for (org.jiuzhu.core.plan.Delivery dv : i.deliveries()) {
            String when = org.jiuzhu.core.text.Messages.date(l, dv.date());
            String what = CnTexts.count(l, dv.quantity(), it.unit());
            // a decision recorded is a decision, not a delivery of its amount
            // an amount only where money is delivered: a service or goods in kind has none
            out.println("    " + (pending ? CliTexts.get(l, "plan.decision.recorded", when, dv.by())
                : dv.amount().isZero() && !it.amount().isPositive()
                ? CliTexts.get(l, "plan.delivery.no-money", when, what, dv.by())
                : CliTexts.get(l, "plan.delivery", when, what, dv.amount(), dv.by())));
          }
          for (org.jiuzhu.core.plan.Evaluation e : i.evaluations()) {
            out.println("    " + CliTexts.get(l, e.targetMet() ? "plan.evaluation.met" : "plan.evaluation.missed",
                org.jiuzhu.core.text.Messages.date(l, e.date()), e.note(), e.by()));
          }
        }
      }
    }
    out.flush();
    return 0;
  }

  /** The level that decides an item (the county civil-affairs bureau by default: a 低保 decision's level). */
  private static String levelText(org.jiuzhu.core.text.Lang l, PlanItem i) {
    return CnTexts.get(l, "level." + i.level().orElse(org.jiuzhu.core.eligibility.DecisionLevel.COUNTY).name());
  }
}
