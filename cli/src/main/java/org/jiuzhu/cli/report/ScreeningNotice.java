package org.jiuzhu.cli.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Fingerprints;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.policy.ParameterStatus;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreening;
import org.jiuzhu.rules.catalogue.ProgrammeResult;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.cn.CnRulebook;

/**
 * The caseworker's screening notice (筛查告知书): one printable A4 page (or a few) to hand to
 * the applicant, in one language — what the household gets, with amounts and dates; why not for
 * the rest; the documents to bring; how to challenge the decision the approving office makes
 * (administrative reconsideration or litigation); and what the decision was made with: the rulebook version,
 * the fingerprint of the parameters, and the provenance status of every value, an
 * {@code illustrative} one labelled so. Names and ID numbers are not printed: members appear by
 * their ids in the household file.
 */
public final class ScreeningNotice {
  private ScreeningNotice() {}

  /** The notice of {@code c}, the screening of {@code h}, under {@code policy}. */
  public static ReportPage page(Texts t, Household h, CatalogueScreening c, Policy policy, org.jiuzhu.core.plan.AidPlan plan) {
    ReportPage page = new ReportPage(t, ReportPage.Layout.NOTICE, t.t("notice.title"));
    LocalDate date = c.rulebook().date();
    String place = policy.region(h.region()).map(r -> t.pick(r.nameZh(), r.nameEn())).orElse(h.region().toString());
    // a household already on 低保 is screened at its review (复核), not at an application
    page.context(t.t(h.receives(CnRulebook.DIBAO) ? "notice.context.review" : "notice.context", h.id(), place, h.region().toString(), date(t, date), t.integer(h.members().size())));

    Map<String, Determination> byProgramme = new HashMap<>();
    for (Determination d : c.rulebook().determinations()) {
      byProgramme.put(d.programmeId(), d);
    }

    Section grant = new Section("granted", t.t("notice.granted.heading"));
    List<ProgrammeResult> granted = c.results().stream().filter(ProgrammeResult::isEligible).toList();
    boolean pendingAny = c.notGranted().stream().anyMatch(r -> r.outcome() == org.jiuzhu.core.eligibility.Outcome.NEEDS_REVIEW);
    if (granted.isEmpty()) {
      // not "nothing" when a programme awaits a decision: it is listed below
      grant.note(t.t(pendingAny ? "notice.granted.none-yet" : "notice.granted.none"));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (ProgrammeResult r : granted) {
        Optional<Determination> d = Optional.ofNullable(byProgramme.get(r.programme().id()));
        List<String> amount = new ArrayList<>();
        if (r.showsMonthly()) {
          amount.add(t.t("notice.amount.monthly", t.yuan(r.monthly().fen())));
        }
        if (r.yearly().isPositive()) {
          amount.add(t.t("notice.amount.yearly", t.yuan(r.yearly().fen())));
        }
        if (r.oneOff().isPositive()) {
          amount.add(t.t("notice.amount.oneOff", t.yuan(r.oneOff().fen())));
        }
        r.quantity().ifPresent(q -> amount.add(org.jiuzhu.rules.cn.CnTexts.quantity(
            t.zh() ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN, q)));
        List<String> dates = new ArrayList<>();
        d.flatMap(Determination::validFrom).ifPresent(x -> dates.add(t.t("notice.date.from", date(t, x))));
        d.flatMap(Determination::validUntil).ifPresent(x -> dates.add(t.t("notice.date.until", date(t, x.minusDays(1)))));
        d.flatMap(Determination::nextReview).ifPresent(x -> dates.add(t.t("notice.date.review", date(t, x))));
        rows.add(List.of(t.pick(r.programme().nameZh(), r.programme().nameEn()),
            t.pick(r.programme().department().nameZh(), r.programme().department().nameEn()),
            // the members it is for, as the screen text says (成员 m2); none named: the whole household
            r.members().isEmpty() ? t.t("notice.members.household") : t.list(r.members()),
            // no amount: the kind, as the screen text brackets it (a recognition or legal aid is a referral)
            amount.isEmpty() ? t.t("notice.amount.kind." + r.programme().kind().name()) : String.join(t.t("notice.sep"), amount),
            String.join(t.t("notice.sep"), dates)));
      }
      grant.table("", List.of(t.t("col.programme"), t.t("col.department"), t.t("notice.col.members"), t.t("notice.col.amount"),
          t.t("notice.col.dates")), rows);
      // two alternatives granted: the household chooses one, and the total counts one
      for (ProgrammeResult r : granted) {
        c.alternativeText(r, t.zh() ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN)
            .ifPresent(a -> grant.paragraph(t.pick(r.programme().nameZh(), r.programme().nameEn()) + t.t("notice.colon") + a));
      }
      grant.paragraph(t.t("notice.granted.total", t.yuanUnit(c.totalMonthly().fen()), t.yuanUnit(c.totalYearly().fen()),
          t.yuanUnit(c.totalOneOff().fen())));
      for (ProgrammeResult r : granted) {
        Determination d = byProgramme.get(r.programme().id());
        if (d != null) {
          grant.paragraph(t.pick(r.programme().nameZh(), r.programme().nameEn()) + t.t("notice.colon")
              + t.pick(d.explanationZh(), d.explanationEn()));
        }
      }
    }
    page.add(grant);

    // a programme that needs review is not refused: it awaits the level that decides, by a date,
    // and an unassessed emergency may be paid a fast small amount (小额快救) first — the plan's items
    List<List<String>> awaiting = new ArrayList<>();
    for (ProgrammeResult r : c.notGranted()) {
      if (r.outcome() != org.jiuzhu.core.eligibility.Outcome.NEEDS_REVIEW) {
        continue;
      }
      java.util.Optional<String> id = java.util.Optional.of(r.programme().id());
      List<String> next = new ArrayList<>();
      for (org.jiuzhu.core.plan.PlanItem item : plan.items()) {
        if (item.programmeId().equals(id)) {
          next.add(t.pick(item.titleZh(), item.titleEn()) + t.t("notice.colon") + t.pick(item.targetZh(), item.targetEn()));
        }
      }
      if (next.isEmpty()) {
        next.add(String.join(" ", t.zh() ? r.reasonsZh() : r.reasonsEn()));
      }
      awaiting.add(List.of(t.pick(r.programme().nameZh(), r.programme().nameEn()), String.join(" ", next)));
    }
    if (!awaiting.isEmpty()) {
      Section pending = new Section("awaiting", t.t("notice.pending.heading"));
      pending.paragraph(t.t("notice.pending.text"));
      pending.table("", List.of(t.t("col.programme"), t.t("notice.col.next")), awaiting);
      page.add(pending);
    }

    Section not = new Section("not-granted", t.t("notice.not.heading"));
    List<List<String>> rows = new ArrayList<>();
    for (ProgrammeResult r : c.notGranted()) {
      if (r.outcome() == org.jiuzhu.core.eligibility.Outcome.NEEDS_REVIEW) {
        continue; // listed above, as awaiting a decision
      }
      List<String> reasons = t.zh() ? r.reasonsZh() : r.reasonsEn();
      rows.add(List.of(t.pick(r.programme().nameZh(), r.programme().nameEn()), t.t("outcome." + r.outcome().name()),
          String.join(" ", reasons) + r.nearMissText(t.zh() ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN)
              .map(n -> " " + t.t("notice.nearMiss", n)).orElse("")));
    }
    if (rows.isEmpty()) {
      not.note(t.t("notice.not.none"));
    } else {
      not.table("", List.of(t.t("col.programme"), t.t("notice.col.outcome"), t.t("notice.col.reasons")), rows);
    }
    page.add(not);

    Section docs = new Section("documents", t.t("notice.docs.heading"));
    if (c.checklist().isEmpty()) {
      docs.note(t.t("notice.docs.none"));
    } else {
      docs.paragraph(t.t("notice.docs.text"));
      docs.add(new Section.Checklist(c.checklist().stream().map(d -> t.pick(d.nameZh(), org.jiuzhu.core.text.Lang.EN.capitalised(d.nameEn()))).toList()));
    }
    page.add(docs);

    // the screening is not the decision; the decision the approving office makes can be challenged
    Section appeal = new Section("appeal", t.t("notice.appeal.heading"));
    appeal.paragraph(t.t("notice.appeal.text"));
    page.add(appeal);

    List<Section> prov = provenance(t, h, c, policy);
    page.add(prov.get(0));

    Section sign = new Section("signatures", t.t("notice.sign.heading"));
    sign.paragraph(t.t("notice.sign.text"));
    sign.table("", List.of(t.t("notice.sign.caseworker"), t.t("notice.sign.applicant"), t.t("notice.sign.date")),
        List.of(List.of(" ", " ", " ")));
    page.add(sign);
    page.add(prov.get(1));
    return page;
  }

  /** The rulebook's values in force (those its parameter fingerprint covers; not the calibration anchors). */
  private static List<ParameterValue> rulebookValues(PolicySnapshot snap) {
    List<ParameterValue> rulebook = new ArrayList<>();
    for (ParameterKey<?> k : CnParameters.all()) {
      if (!k.name().startsWith("calibration.")) {
        snap.provenance(k).ifPresent(rulebook::add);
      }
    }
    return rulebook;
  }

  private static List<ParameterValue> catalogueValues(PolicySnapshot snap) {
    List<ParameterValue> catalogue = new ArrayList<>();
    for (ParameterKey<?> k : Catalogue.cnKeys()) {
      snap.provenance(k).ifPresent(catalogue::add);
    }
    return catalogue;
  }

  /**
   * Every parameter value a screening of one application reads in {@code snap} (the rulebook's and
   * the catalogue's), for the provenance count that the notice and the text output print.
   */
  public static List<ParameterValue> valuesUsed(PolicySnapshot snap) {
    List<ParameterValue> all = rulebookValues(snap);
    all.addAll(catalogueValues(snap));
    return all;
  }

  private static List<Section> provenance(Texts t, Household h, CatalogueScreening c, Policy policy) {
    Section s = new Section("provenance", t.t("notice.prov.heading"));
    LocalDate date = c.rulebook().date();
    PolicySnapshot snap = policy.snapshot(h.region(), date);
    String fingerprint = c.rulebook().determinations().get(0).parameterFingerprint();
    List<ParameterValue> rulebook = rulebookValues(snap);
    boolean same = Fingerprints.of(ImmutableList.copyOf(rulebook)).equals(fingerprint);
    List<ParameterValue> catalogue = catalogueValues(snap);
    List<List<String>> head = new ArrayList<>();
    head.add(List.of(t.t("notice.prov.rulebook"), CnRulebook.VERSION));
    head.add(List.of(t.t("notice.prov.fingerprint"), fingerprint));
    head.add(List.of(t.t("notice.prov.date"), date(t, date)));
    s.table("", List.of(t.t("col.measure"), t.t("col.value")), head);
    if (!same) {
      s.warning(t.t("notice.prov.mismatch"));
    }
    List<ParameterValue> all = new ArrayList<>(rulebook);
    all.addAll(catalogue);
    long illustrative = all.stream().filter(v -> v.status() == ParameterStatus.ILLUSTRATIVE).count();
    s.paragraph(t.t("notice.prov.count", t.integer(all.size()), t.integer(all.size() - illustrative), t.integer(illustrative)));
    if (illustrative > 0) {
      s.warning(t.t("notice.prov.illustrative", t.integer(illustrative)));
    }
    List<List<String>> rows = new ArrayList<>();
    List<Integer> warn = new ArrayList<>();
    // illustrative values first: they are what a reader must not take as official
    List<ParameterValue> sorted = new ArrayList<>(all);
    sorted.sort((a, b) -> a.status() == b.status() ? 0 : a.status() == ParameterStatus.ILLUSTRATIVE ? -1 : 1);
    for (ParameterValue v : sorted) {
      if (v.status() == ParameterStatus.ILLUSTRATIVE) {
        warn.add(rows.size());
      }
      String region = policy.region(v.region()).map(r -> t.pick(r.nameZh(), r.nameEn())).orElse(v.region().toString());
      // a rounding and its stage in words, as snapshot writes them (HALF_UP:1 → "half up, step 1 yuan")
      // the parameter by its name in the notice's language (its key only where it has no label)
      String name = org.jiuzhu.rules.cn.ParameterLabels.label(t.zh() ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN,
          v.key()).orElse(v.key().name());
      rows.add(List.of(name, ParameterValues.words(t.zh() ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN, v),
          t.t(v.status() == ParameterStatus.VERIFIED ? "status.verified.short" : "status.illustrative.short"),
          t.t("notice.prov.where", region, date(t, v.effective().startInclusive()),
              org.jiuzhu.core.text.References.render(t.zh() ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN,
                  v.legalReference()) + v.source().map(x -> " · " + x).orElse(""))));
    }
    Section appendix = new Section("values", t.t("notice.values.heading"));
    appendix.add(new Section.Table(t.t("notice.prov.caption"), List.of(t.t("notice.col.key"), t.t("col.value"), t.t("col.status"),
        t.t("notice.col.reference")), rows, warn));
    return List.of(s, appendix);
  }

  static String date(Texts t, LocalDate d) {
    return org.jiuzhu.core.text.Messages.date(t.zh() ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN, d);
  }

}
