package org.jiuzhu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Finding;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.catalogue.CatalogueScreening;
import org.jiuzhu.rules.catalogue.Document;
import org.jiuzhu.rules.catalogue.ProgrammeResult;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.cn.CnTexts;
import org.jiuzhu.cli.report.ScreeningNotice;
import org.jiuzhu.cli.report.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Screens one household against every programme of the rulebook. */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = {"Evaluate every programme for one household (JSON or YAML, see docs/household-format.md).",
        "For each: the outcome, amounts, per-member shares, findings and an explanation to read to the applicant."})
final class ScreenCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--region", paramLabel = "CODE",
      description = "Region code; must match the household's 'region' when both are given.")
  String region;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Date of the application.")
  LocalDate date;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en: language of the explanation (default: ${DEFAULT-VALUE}).")
  Lang lang;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the screening notice to hand to the applicant: printable A4 HTML, in --lang (docs/reports.md).")
  Path report;

  @Mixin
  PolicyOptions policyOptions;

  @Parameters(index = "0", paramLabel = "HOUSEHOLD", description = "The household file (.json, .yaml).")
  Path file;

  enum Lang {
    zh,
    en
  }

  @Override
  public Integer call() throws Exception {
    Household h = policyOptions.household(file, date); // dated facts and the region checked here, naming the file's entries; bad policy files too
    Policy policy = policyOptions.policy();
    if (region != null) {
      org.jiuzhu.core.region.RegionCode code = UsageErrors.region(spec, "--region", region);
      if (!policy.isKnown(code)) {
        throw CliTexts.unknownRegion(code, policy); // unknown first, with the nearest known regions
      }
      if (!code.equals(h.region())) {
        throw CliTexts.refused("error.screen.region", region, h.region().toString(), file.toString());
      }
    }
    CatalogueScreening c = new CatalogueScreener(CnRulebook.create(policy), Catalogue.cn()).screen(h, date);
    Screening s = c.rulebook();
    PrintWriter out = spec.commandLine().getOut();
    // the plan's pending items: who decides a programme that needs review, by when, and the fast
    // small payment (小额快救) where allowed — in the text, the JSON and the notice alike
    org.jiuzhu.core.plan.AidPlan plan = new org.jiuzhu.rules.plan.AidPlanner(policy).plan(h, c, date);
    if (format == Format.json) {
      Map<String, Object> json = json(s);
      json.put("catalogue", catalogueJson(c));
      json.put("checklist", checklistJson(c));
      json.put("pending", pendingJson(c, plan));
      List<org.jiuzhu.core.policy.ParameterValue> used = ScreeningNotice.valuesUsed(policy.snapshot(s.region(), s.date()));
      long illustrative = used.stream().filter(v -> v.status() == org.jiuzhu.core.policy.ParameterStatus.ILLUSTRATIVE).count();
      Map<String, Object> prov = new LinkedHashMap<>();
      prov.put("values", used.size());
      prov.put("verified", used.size() - illustrative);
      prov.put("illustrative", illustrative);
      prov.put("illustrativeKeys", used.stream().filter(v -> v.status() == org.jiuzhu.core.policy.ParameterStatus.ILLUSTRATIVE)
          .map(v -> v.key().name()).distinct().sorted().toList());
      json.put("provenance", prov);
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    } else {
      catalogueText(c, out, plan);
      out.println();
      out.println(CliTexts.get(CliTexts.lang(lang), "screen.rulebook-details"));
      text(policy, c, out);
    }
    out.flush();
    if (report != null) {
      try (OutputFiles files = new OutputFiles()) { // written beside its place, moved there when whole
        ScreeningNotice.page(Texts.of(lang == Lang.zh), h, c, policy, plan).write(files.to(report));
        files.succeeded();
      }
    }
    return 0;
  }

  private void text(Policy policy, CatalogueScreening c, PrintWriter out) {
    Screening s = c.rulebook();
    org.jiuzhu.core.text.Lang l = CliTexts.lang(lang);
    boolean zh = lang == Lang.zh;
    String place = policy.region(s.region()).map(r -> zh ? r.nameZh() : r.nameEn() + " (" + r.nameZh() + ")").orElse("");
    out.println(CliTexts.get(l, "screen.header", s.householdId(), s.region().toString(), place,
        org.jiuzhu.core.text.Messages.date(l, s.date()), CnRulebook.VERSION));
    for (Determination d : s.determinations()) {
      out.println();
      List<String> head = new ArrayList<>();
      head.add(CnTexts.programmeTitle(l, d.programmeId()));
      head.add(CnTexts.get(l, "outcome." + d.outcome().name()));
      if (d.monthlyAmount().isPositive()) {
        head.add(CliTexts.get(l, "screen.monthly", d.monthlyAmount()));
      }
      if (d.oneOffAmount().isPositive()) {
        head.add(CliTexts.get(l, "screen.once", d.oneOffAmount()));
      }
      d.level().ifPresent(v -> head.add(CliTexts.get(l, "screen.level", CnTexts.get(l, "level." + v.name()))));
      if (!d.memberShares().isEmpty()) {
        head.add(CliTexts.get(l, "screen.shares", d.memberShares().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue().grouped()).collect(Collectors.joining(CliTexts.get(l, "list.comma")))));
      }
      if (d.isEligible()) {
        d.validFrom().ifPresent(v -> head.add(CliTexts.get(l, "screen.from", org.jiuzhu.core.text.Messages.date(l, v))));
      }
      d.validUntil().ifPresent(v -> head.add(CliTexts.get(l, "screen.last-day", org.jiuzhu.core.text.Messages.date(l, v.minusDays(1)))));
      d.nextReview().ifPresent(v -> head.add(CliTexts.get(l, "screen.review", org.jiuzhu.core.text.Messages.date(l, v))));
      out.println(capitalised(l, String.join(" · ", head)));
      out.println("  " + (zh ? d.explanationZh() : d.explanationEn()));
      // the catalogue's note on how it decided this programme (temporary assistance after medical
      // assistance): these details are the catalogue's, not those of the household as given
      c.get(d.programmeId()).ifPresent(r -> {
        for (String note : zh ? r.notesZh() : r.notesEn()) {
          out.println("  " + note);
        }
      });
      for (Finding f : d.findings()) {
        out.println("    " + CliTexts.get(l, f.status() == Finding.Status.NOT_ASSESSED ? "screen.not-assessed" : f.passed() ? "screen.met" : "screen.not-met", zh ? f.zh() : f.en(), org.jiuzhu.core.text.References.render(l, f.legalReference())));
      }
    }
    out.println();
    out.println(CliTexts.get(l, "screen.fingerprint", s.determinations().get(0).parameterFingerprint()));
    List<org.jiuzhu.core.policy.ParameterValue> used = ScreeningNotice.valuesUsed(policy.snapshot(s.region(), s.date()));
    long illustrative = used.stream().filter(v -> v.status() == org.jiuzhu.core.policy.ParameterStatus.ILLUSTRATIVE).count();
    out.println(CliTexts.get(l, "screen.provenance", used.size(), used.size() - illustrative, illustrative));
    if (illustrative > 0) {
      out.println(CliTexts.get(l, "screen.provenance.illustrative", illustrative));
    }
  }

  private void catalogueText(CatalogueScreening c, PrintWriter out, org.jiuzhu.core.plan.AidPlan plan) {
    org.jiuzhu.core.text.Lang l = CliTexts.lang(lang);
    boolean zh = lang == Lang.zh;
    out.println(CliTexts.get(l, "screen.catalogue.title"));
    c.byDepartment().forEach((dept, results) -> {
      out.println("  " + (zh ? dept.nameZh() : dept.nameEn() + " (" + dept.nameZh() + ")"));
      for (ProgrammeResult r : results) {
        List<String> parts = new ArrayList<>();
        parts.add((zh ? r.programme().nameZh() : r.programme().nameEn()) + " ["
            + CliTexts.get(l, "kind." + r.programme().kind().name()) + "]");
        if (r.showsMonthly()) {
          parts.add(CliTexts.get(l, "screen.monthly", r.monthly()));
        }
        if (r.yearly().isPositive()) {
          parts.add(CliTexts.get(l, "screen.yearly", r.yearly()));
        }
        if (r.oneOff().isPositive()) {
          parts.add(CliTexts.get(l, "screen.once", r.oneOff()));
        }
        r.quantity().ifPresent(q -> parts.add(CnTexts.quantity(l, q)));
        if (!r.members().isEmpty()) {
          parts.add(CliTexts.get(l, "screen.members", CliTexts.list(l, r.members()), r.members().size()));
        }
        // a programme of the rulebook is paid from its determination's first day (低保 and 特困: the next month)
        c.rulebook().get(r.programme().id()).filter(Determination::isEligible).flatMap(Determination::validFrom)
            .ifPresent(v -> parts.add(CliTexts.get(l, "screen.from", org.jiuzhu.core.text.Messages.date(l, v))));
        // a part for a member under an age (the orphan allowance) ends at the birthday; a rulebook programme with its determination
        r.validUntil().ifPresent(v -> parts.add(CliTexts.get(l, "screen.last-day", org.jiuzhu.core.text.Messages.date(l, v.minusDays(1)))));
        out.println("    - " + String.join(" · ", parts));
        // two alternatives granted (public rental housing or the rent subsidy): the household chooses one
        c.alternativeText(r, l).ifPresent(a -> out.println("      " + a));
        notes(r, zh, out);
      }
    });
    out.println("  " + CliTexts.get(l, "screen.total", c.totalMonthly(), c.totalYearly(), c.totalOneOff()));
    out.println(CliTexts.get(l, "screen.checklist"));
    for (Document d : c.checklist()) {
      out.println("    - " + (zh ? d.nameZh() : capitalised(l, d.nameEn())));
    }
    // a programme that needs review is not refused: it waits for the level that decides, by a
    // deadline, and an unassessed emergency may get a fast small payment (小额快救) first — the same
    // items the plan (一户一策) makes for it
    List<ProgrammeResult> review = c.notGranted().stream()
        .filter(r -> r.outcome() == org.jiuzhu.core.eligibility.Outcome.NEEDS_REVIEW).toList();
    if (!review.isEmpty()) {
      out.println(CliTexts.get(l, "screen.awaiting"));
      for (ProgrammeResult r : review) {
        // the pending item says who decides by when, and why (the programme's reasons)
        List<org.jiuzhu.core.plan.PlanItem> items = pendingItems(plan, r);
        if (items.isEmpty()) {
          out.println("    - " + (zh ? r.programme().nameZh() : r.programme().nameEn()) + CliTexts.get(l, "text.colon")
              + String.join(CliTexts.get(l, "text.sentences"), zh ? r.reasonsZh() : r.reasonsEn()));
        }
        for (org.jiuzhu.core.plan.PlanItem item : items) {
          out.println("    - " + (zh ? item.titleZh() : item.titleEn()) + CliTexts.get(l, "text.colon") + (zh ? item.targetZh() : item.targetEn()));
        }
        notes(r, zh, out);
      }
    }
    out.println(CliTexts.get(l, "screen.not-granted"));
    for (ProgrammeResult r : c.notGranted()) {
      if (r.outcome() == org.jiuzhu.core.eligibility.Outcome.NEEDS_REVIEW) {
        continue;
      }
      List<String> reasons = zh ? r.reasonsZh() : r.reasonsEn();
      out.println("    - " + (zh ? r.programme().nameZh() : r.programme().nameEn()) + " ["
          + CnTexts.get(l, "outcome." + r.outcome().name()) + "]" + CliTexts.get(l, "text.colon") + String.join(CliTexts.get(l, "text.sentences"), reasons)
          + r.nearMissText(l).map(n -> CliTexts.get(l, "text.sentences") + CliTexts.get(l, "screen.near-miss", n)).orElse(""));
      // e.g. temporary assistance decided on the bills left after medical assistance: said here,
      // so the reader knows why the rulebook alone (CnRulebook.evaluate) may decide otherwise
      notes(r, zh, out);
    }
  }

  /** {@code line} as it starts a line ({@link org.jiuzhu.core.text.Lang#capitalised}). */
  static String capitalised(org.jiuzhu.core.text.Lang l, String line) {
    return l.capitalised(line);
  }

  /** The result's notes, each on its own line under the result. */
  private static void notes(ProgrammeResult r, boolean zh, PrintWriter out) {
    for (String note : zh ? r.notesZh() : r.notesEn()) {
      out.println("      " + note);
    }
  }

  /** The consolidated document checklist, the same as the text's, with the programmes that need each document. */
  /**
   * Per programme that needs review: the level that decides, the last day of its decision
   * ({@code decideBy}, inclusive), the plan item's title and target in both languages and, for an
   * emergency whose loss is not yet assessed, the fast small payment (小额快救) the region allows.
   */
  private static List<Map<String, Object>> pendingJson(CatalogueScreening c, org.jiuzhu.core.plan.AidPlan plan) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ProgrammeResult r : c.notGranted()) {
      if (r.outcome() != org.jiuzhu.core.eligibility.Outcome.NEEDS_REVIEW) {
        continue;
      }
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("programme", r.programme().id());
      for (org.jiuzhu.core.plan.PlanItem item : pendingItems(plan, r)) {
        Map<String, Object> part = item.type() == org.jiuzhu.core.plan.ItemType.PENDING ? j : new LinkedHashMap<>();
        part.put("level", item.level().map(Enum::name).orElse(null));
        part.put(item.type() == org.jiuzhu.core.plan.ItemType.PENDING ? "decideBy" : "payBy", item.review().minusDays(1).toString());
        part.put("amount", item.amount().toString());
        part.put("members", item.members());
        part.put("title", Map.of("zh", item.titleZh(), "en", item.titleEn()));
        part.put("target", Map.of("zh", item.targetZh(), "en", item.targetEn()));
        if (part != j) {
          j.put("fastPayment", part);
        }
      }
      out.add(j);
    }
    return out;
  }

  /** The plan's items for a programme that needs review: its pending decision, then any fast payment. */
  static List<org.jiuzhu.core.plan.PlanItem> pendingItems(org.jiuzhu.core.plan.AidPlan plan, ProgrammeResult r) {
    java.util.Optional<String> id = java.util.Optional.of(r.programme().id());
    return plan.items().stream().filter(item -> item.programmeId().equals(id)).toList();
  }

  private static List<Map<String, Object>> checklistJson(CatalogueScreening c) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Document d : c.checklist()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("id", d.id());
      j.put("zh", d.nameZh());
      j.put("en", d.nameEn());
      j.put("programmes", c.results().stream()
          .filter(r -> r.outcome() != org.jiuzhu.core.eligibility.Outcome.INELIGIBLE && r.programme().documents().contains(d))
          .map(r -> r.programme().id()).collect(Collectors.toList()));
      out.add(j);
    }
    return out;
  }

  private static List<Map<String, Object>> catalogueJson(CatalogueScreening c) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ProgrammeResult r : c.results()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("programme", r.programme().id());
      j.put("department", r.programme().department().id());
      j.put("kind", r.programme().kind().name());
      j.put("outcome", r.outcome().name());
      j.put("members", r.members());
      j.put("monthly", r.monthly().toString());
      j.put("yearly", r.yearly().toString());
      j.put("oneOff", r.oneOff().toString());
      j.put("counted", c.counted(r));
      j.put("alternativeTo", r.programme().alternativeTo().orElse(null));
      j.put("quantity", r.quantity().orElse(null));
      j.put("reasons", Map.of("zh", r.reasonsZh(), "en", r.reasonsEn()));
      j.put("nearMiss", r.nearMiss().orElse(null)); // the machine form: criterion: actual vs threshold
      j.put("nearMissText", r.nearMiss().map(n -> {
        Map<String, String> text = new LinkedHashMap<>(); // the sentence a reader reads, in each language
        text.put("zh", r.nearMissText(org.jiuzhu.core.text.Lang.ZH).orElseThrow());
        text.put("en", r.nearMissText(org.jiuzhu.core.text.Lang.EN).orElseThrow());
        return text;
      }).orElse(null));
      j.put("documents", r.programme().documents().stream().map(Document::id).collect(Collectors.toList()));
      j.put("details", r.details());
      // exclusive, as the determinations' validUntil; lastValidDay is the day before
      j.put("validUntil", r.validUntil().map(LocalDate::toString).orElse(null));
      j.put("lastValidDay", r.validUntil().map(v -> v.minusDays(1).toString()).orElse(null));
      j.put("notes", Map.of("zh", r.notesZh(), "en", r.notesEn()));
      out.add(j);
    }
    return out;
  }

  private static Map<String, Object> json(Screening s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("household", s.householdId());
    m.put("region", s.region().toString());
    m.put("date", s.date().toString());
    m.put("rulebookVersion", CnRulebook.VERSION);
    m.put("parameterFingerprint", s.determinations().get(0).parameterFingerprint());
    List<Map<String, Object>> ds = new ArrayList<>();
    for (Determination d : s.determinations()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("programme", d.programmeId());
      j.put("outcome", d.outcome().name());
      j.put("level", d.level().map(Enum::name).orElse(null));
      // the reason's machine code (e.g. temporary.above-cap) and its text for a reader, in each language
      j.put("reviewReason", d.reviewReason().orElse(null));
      j.put("reviewReasonText", d.reviewReasonText().map(t -> {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("zh", t.in(org.jiuzhu.core.text.Lang.ZH));
        text.put("en", t.in(org.jiuzhu.core.text.Lang.EN));
        return text;
      }).orElse(null));
      j.put("monthlyAmount", d.monthlyAmount().toString());
      j.put("oneOffAmount", d.oneOffAmount().toString());
      Map<String, String> shares = new LinkedHashMap<>();
      d.memberShares().forEach((k, v) -> shares.put(k, v.toString()));
      j.put("memberShares", shares);
      j.put("details", d.details());
      if (d.programmeId().equals(CnRulebook.TEKUN) && d.isEligible()) {
        // 特困 amounts per member as fields: basic and care allowance (yuan a year), tier and placement
        Map<String, Object> per = new LinkedHashMap<>();
        for (String id : d.shareMemberIds()) {
          Map<String, Object> t = new LinkedHashMap<>();
          t.put("basicAnnual", d.details().get(id + ".basicAnnual"));
          t.put("careAnnual", d.details().get(id + ".careAnnual"));
          t.put("careTier", d.details().get(id + ".careTier"));
          t.put("placement", d.details().get(id + ".placement"));
          t.put("monthly", d.memberShares().get(id).toString());
          per.put(id, t);
        }
        j.put("tekun", per);
      }
      j.put("validFrom", d.validFrom().map(LocalDate::toString).orElse(null));
      // validUntil is exclusive (the first day it no longer applies); lastValidDay is the day before
      j.put("validUntil", d.validUntil().map(LocalDate::toString).orElse(null));
      j.put("lastValidDay", d.validUntil().map(v -> v.minusDays(1).toString()).orElse(null));
      j.put("nextReview", d.nextReview().map(LocalDate::toString).orElse(null));
      j.put("explanation", Map.of("zh", d.explanationZh(), "en", d.explanationEn()));
      List<Map<String, Object>> fs = new ArrayList<>();
      for (Finding f : d.findings()) {
        Map<String, Object> fj = new LinkedHashMap<>();
        fj.put("criterion", f.criterionId());
        fj.put("passed", f.passed());
        fj.put("status", f.status().name());
        fj.put("actual", f.actual());
        fj.put("threshold", f.threshold());
        fj.put("reference", f.legalReference());
        fj.put("zh", f.zh());
        fj.put("en", f.en());
        fs.add(fj);
      }
      j.put("findings", fs);
      j.put("rulebookVersion", d.rulebookVersion());
      j.put("parameterFingerprint", d.parameterFingerprint());
      ds.add(j);
    }
    m.put("determinations", ds);
    return m;
  }
}
