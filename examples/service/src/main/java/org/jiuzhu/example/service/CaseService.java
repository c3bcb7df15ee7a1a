package org.jiuzhu.example.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.household.CitizenId;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.plan.AidPlan;
import org.jiuzhu.core.plan.Delivery;
import org.jiuzhu.core.plan.Evaluation;
import org.jiuzhu.core.plan.PlanItem;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.review.CaseByCase;
import org.jiuzhu.core.review.CaseRecord;
import org.jiuzhu.core.review.Decision;
import org.jiuzhu.core.review.Situation;
import org.jiuzhu.core.review.SituationCatalogue;
import org.jiuzhu.core.review.TamperedRecordException;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.catalogue.CatalogueScreening;
import org.jiuzhu.rules.catalogue.ProgrammeResult;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.jiuzhu.rules.plan.AidPlanner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the service does, one transaction per request: a request is stored whole or not at all. A thin
 * layer over jiuzhu's published entry points ({@link CatalogueScreener}, {@link AidPlanner}, {@link
 * CaseByCase}, {@link CaseRecord}, {@link HouseholdReader}).
 */
@Service
public class CaseService {
  private static final String DELIVERIES = "select item_id, delivery_date, quantity, amount, delivered_by from delivery"
      + " where application_id = ? order by seq";
  private static final String EVALUATIONS = "select item_id, evaluation_date, target_met, note, evaluated_by from evaluation"
      + " where application_id = ? order by seq";

  private final JdbcTemplate jdbc;
  private final Policy policy;
  private final CnRulebook rulebook;
  private final CatalogueScreener screener;
  private final AidPlanner planner;
  private final SituationCatalogue situations;
  private final CaseByCase desk;
  private final PersonalData personal;
  private final JsonBodies bodies;
  private final ObjectMapper json;

  /** The service over its store and jiuzhu's entry points. */
  public CaseService(JdbcTemplate jdbc, Policy policy, CnRulebook rulebook, CatalogueScreener screener, AidPlanner planner,
      SituationCatalogue situations, CaseByCase desk, PersonalData personal, JsonBodies bodies, ObjectMapper json) {
    this.jdbc = jdbc;
    this.policy = policy;
    this.rulebook = rulebook;
    this.screener = screener;
    this.planner = planner;
    this.situations = situations;
    this.desk = desk;
    this.personal = personal;
    this.bodies = bodies;
    this.json = json;
  }

  // ---------------------------------------------------------------- applications

  /** Something shaped like a citizen ID number (18 characters: 17 digits and a digit or X). */
  private static final java.util.regex.Pattern ID_SHAPED = java.util.regex.Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

  /**
   * Free text that is stored in clear (a household's id, a decision's reason) must not carry a
   * citizen ID number: those are stored only as a keyed hash beside the masked form.
   */
  private static void refuseIdNumber(String path, String text) {
    if (text != null && ID_SHAPED.matcher(text).find()) {
      throw ApiException.invalid("personal-data.in-text", path, path + " holds something shaped like a citizen ID number;"
          + " free text is stored in clear, so give ID numbers only in the members' citizenId fields");
    }
  }

  /** Screens a household against the whole catalogue and stores the application, its plan and record. */
  @Transactional
  public Views.Application submit(Caller caller, byte[] body, LocalDate date) {
    JsonNode tree = bodies.parse(body);
    Household h = HouseholdReader.fromTree(tree);
    refuseIdNumber("id", h.id());
    if (!caller.serves(h.region())) {
      throw ApiException.forbidden("region.scope", "region", "the household's region " + h.region()
          + " is outside your region " + caller.region());
    }
    if (!policy.isKnown(h.region())) {
      throw ApiException.invalid("region.unknown", "region", "region " + h.region()
          + " is not known to the installed policy modules; expected a region of `jiuzhu regions`");
    }
    CatalogueScreening cs = screener.screen(h, date);
    AidPlan plan = planner.plan(h, cs, date);
    List<Determination> ds = cs.rulebook().determinations();
    String version = ds.get(0).rulebookVersion();
    String fingerprint = ds.get(0).parameterFingerprint();
    UUID id = UUID.randomUUID();

    CaseRecord record = new CaseRecord(id.toString());
    record.append(date, "APPLICATION", "household=" + line(h.id()) + " region=" + h.region() + " by=" + caller.getUsername()
        + " rulebook=" + version + " fingerprint=" + fingerprint);
    for (Determination d : ds) {
      record.append(date, "DETERMINATION", d.programmeId() + " " + d.outcome() + " monthly=" + d.monthlyAmount() + " oneOff="
          + d.oneOffAmount() + d.level().map(l -> " level=" + l).orElse("")
          + d.reviewReason().map(r -> " review=" + line(r)).orElse(""));
    }
    record.append(date, "PLAN", plan.items().size() + " items for needs " + plan.needs());

    byte[] stored;
    try {
      stored = personal.encrypt(json.writeValueAsBytes(tree));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the household", e);
    }
    CaseRecord.Entry head = record.entries().get(record.entries().size() - 1);
    jdbc.update("insert into application (id, household_id, region, screening_date, received_at, submitted_by, household_enc,"
        + " rulebook_version, parameter_fingerprint, total_monthly, total_yearly, total_one_off, record_entries, record_head)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, h.id(), h.region().code(), Date.valueOf(date),
        Timestamp.from(Instant.now()), caller.getUsername(), stored, version, fingerprint, yuan(cs.totalMonthly()),
        yuan(cs.totalYearly()), yuan(cs.totalOneOff()), head.sequence(), head.hash());

    List<Object[]> ids = new ArrayList<>();
    for (Member m : h.members()) {
      m.citizenId().ifPresent(c -> ids.add(new Object[] {id, m.id(), personal.idHash(c.unmasked()), c.masked()}));
    }
    jdbc.batchUpdate("insert into applicant_id (application_id, member_id, id_hash, id_masked) values (?, ?, ?, ?)", ids);

    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < ds.size(); i++) {
      Determination d = ds.get(i);
      rows.add(new Object[] {id, i + 1, d.programmeId(), "RULE", d.outcome().name(), yuan(d.monthlyAmount()),
          yuan(d.oneOffAmount()), d.level().map(Enum::name).orElse(null), situationOf(d), d.reviewReason().orElse(null), null,
          d.explanationZh(), d.explanationEn(), d.rulebookVersion(), d.parameterFingerprint()});
    }
    insertDeterminations(rows);

    List<Object[]> results = new ArrayList<>();
    for (int i = 0; i < cs.results().size(); i++) {
      ProgrammeResult r = cs.results().get(i);
      results.add(new Object[] {id, i + 1, r.programme().id(), r.programme().department().id(), r.outcome().name(),
          yuan(r.monthly()), yuan(r.yearly()), yuan(r.oneOff()), r.quantity().orElse(null), String.join("\n", r.reasonsZh()),
          String.join("\n", r.reasonsEn())});
    }
    jdbc.batchUpdate("insert into catalogue_result (application_id, seq, programme_id, department, outcome, monthly, yearly,"
        + " one_off, quantity, reasons_zh, reasons_en) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", results);

    List<Object[]> items = new ArrayList<>();
    for (PlanItem p : plan.items()) {
      items.add(new Object[] {id, p.id(), p.type().name(), p.programmeId().orElse(null), p.department(), p.titleZh(),
          p.titleEn(), yuan(p.amount()), p.quantity(), p.unit(), p.frequency().name(), Date.valueOf(p.start()),
          Date.valueOf(p.review()), p.targetZh(), p.targetEn()});
    }
    jdbc.batchUpdate("insert into plan_item (application_id, item_id, type, programme_id, department, title_zh, title_en,"
        + " amount, quantity, unit, frequency, start_date, review_date, target_zh, target_en)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", items);
    insertEntries(id, record.entries());
    return read(caller, id);
  }

  /** An application with its determinations, catalogue results and plan. */
  @Transactional(readOnly = true)
  public Views.Application read(Caller caller, UUID id) {
    List<Views.Application> found = jdbc.query("select id, household_id, region, screening_date, received_at, submitted_by,"
        + " rulebook_version, parameter_fingerprint, total_monthly, total_yearly, total_one_off from application where id = ?",
        (rs, n) -> new Views.Application(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
            rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8), List.of(), List.of(), List.of(),
            new Views.Totals(rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11)), List.of()), id);
    if (found.isEmpty()) {
      throw ApiException.notFound("application " + id);
    }
    Views.Application a = found.get(0);
    checkScope(caller, a.region());
    List<Views.Member> members = jdbc.query("select member_id, id_masked from applicant_id where application_id = ?"
        + " order by member_id", (rs, n) -> new Views.Member(rs.getString(1), rs.getString(2)), id);
    List<Views.Determination> ds = jdbc.query("select programme_id, source, outcome, monthly, one_off, level, situation,"
        + " review_reason, decider, explanation_zh, explanation_en, rulebook_version, parameter_fingerprint from determination"
        + " where application_id = ? order by seq", (rs, n) -> new Views.Determination(rs.getString(1), rs.getString(2),
        rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getString(8),
        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)), id);
    List<Views.Programme> cat = jdbc.query("select programme_id, department, outcome, monthly, yearly, one_off, quantity,"
        + " reasons_zh, reasons_en from catalogue_result where application_id = ? order by seq",
        (rs, n) -> new Views.Programme(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7), lines(rs.getString(8)), lines(rs.getString(9))), id);
    List<Views.PlanItem> plan = jdbc.query("select item_id, type, programme_id, department, title_zh, title_en, amount,"
        + " quantity, unit, frequency, start_date, review_date, target_zh, target_en from plan_item where application_id = ?"
        + " order by item_id", (rs, n) -> new Views.PlanItem(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getInt(8), rs.getString(9),
        rs.getString(10), rs.getDate(11).toLocalDate(), rs.getDate(12).toLocalDate(), rs.getString(13), rs.getString(14)), id);
    return new Views.Application(a.id(), a.householdId(), a.region(), a.date(), a.receivedAt(), a.submittedBy(),
        a.rulebookVersion(), a.parameterFingerprint(), members, ds, cat, a.totals(), plan);
  }

  /** The applications in the caller's region with a member of this ID number (found by its keyed hash). */
  @Transactional(readOnly = true)
  public List<Views.Found> findByCitizenId(Caller caller, byte[] body) {
    Fields f = new Fields(bodies.parse(body), Set.of("citizenId"));
    String text = f.text("citizenId", true, 18).orElse(null);
    f.check();
    CitizenId.problemWith(text).ifPresent(p -> {
      throw ApiException.invalid("citizenId.invalid", "citizenId", p);
    });
    String hash = personal.idHash(CitizenId.parse(text).unmasked());
    return jdbc.query("select a.id, a.household_id, a.region, a.screening_date, i.member_id, i.id_masked"
        + " from applicant_id i join application a on a.id = i.application_id where i.id_hash = ? order by a.received_at",
        (rs, n) -> new Views.Found(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
            rs.getString(5), rs.getString(6)), hash)
        .stream().filter(x -> caller.serves(org.jiuzhu.core.region.RegionCode.parse(x.region()))).toList();
  }

  // ---------------------------------------------------------------- decisions (一事一议)

  /** Records a case-by-case decision at the caller's level, within its authority. */
  @Transactional
  public Views.Determination decide(Caller caller, UUID id, byte[] body) {
    Fields f = new Fields(bodies.parse(body), Set.of("programme", "situation", "outcome", "amount", "reason", "date"));
    String programme = f.text("programme", true, 80).orElse(null);
    String situation = f.text("situation", true, 80).orElse(null);
    Outcome outcome = f.enumValue("outcome", Outcome.class, EnumSet.of(Outcome.ELIGIBLE, Outcome.INELIGIBLE)).orElse(null);
    Money amount = f.money("amount").orElse(null);
    String reason = f.text("reason", true, 500).orElse(null);
    LocalDate date = f.date("date").orElse(null);
    f.check();
    refuseIdNumber("reason", reason);
    if (outcome == Outcome.INELIGIBLE && amount.isPositive()) {
      throw ApiException.invalid("decision.refusal-amount", "amount", "a refusal grants no amount; was " + amount);
    }

    Stored a = lock(caller, id);
    if (date.isBefore(a.date)) {
      throw ApiException.invalid("decision.date", "date", "the decision's date " + date + " is before the application's "
          + a.date);
    }
    Determination d = rulebook.evaluate(a.household, a.date).get(programme).orElseThrow(() -> ApiException.invalid(
        "programme.unknown", "programme", "programme '" + programme + "' is not in the rulebook; expected one of "
            + CnRulebook.PROGRAMMES));
    sameParameters(a, d.parameterFingerprint());
    if (d.outcome() != Outcome.NEEDS_REVIEW) {
      throw ApiException.conflict("decision.not-needed", "programme", programme + " is " + d.outcome()
          + ": there is nothing to decide case by case");
    }
    Integer done = jdbc.queryForObject("select count(*) from decision where application_id = ? and programme_id = ?",
        Integer.class, id, programme);
    if (done != null && done > 0) {
      throw ApiException.conflict("decision.exists", "programme", programme + " was already decided case by case");
    }
    String code = CaseByCase.situationCode(d);
    if (!code.equals(situation)) {
      throw ApiException.invalid("decision.situation", "situation", "the decision is on situation '" + situation + "' but "
          + programme + " needs a decision on " + code);
    }
    if (!a.household.region().isWithin(situations.region())) {
      throw ApiException.conflict("situations.region", "", "the case-by-case catalogue (" + situations.source()
          + ") is for region " + situations.region() + ", not " + a.household.region());
    }
    Situation s = situations.situation(code).orElseThrow(() -> ApiException.conflict("situation.unknown", "situation",
        "situation " + code + " is not in the case-by-case catalogue of " + situations.region()));
    DecisionLevel level = caller.level();
    if (level.ordinal() < s.level().ordinal()) {
      throw ApiException.forbidden("decision.level", "situation", "a " + level + " may not decide situation " + code + " ("
          + s.nameEn() + "): it is for the " + s.level() + " or above");
    }
    if (level == s.level() && s.maxAmount().isPresent() && amount.isGreaterThan(s.maxAmount().get())) {
      throw ApiException.forbidden("decision.amount", "amount", "the " + level + " may grant at most " + s.maxAmount().get()
          + " yuan in situation " + code + ", not " + amount + "; the level above must decide");
    }
    CaseRecord record = record(a);
    int before = record.entries().size();
    Determination decided = desk.decide(d, new Decision(code, level, caller.getUsername(), reason, date, outcome, amount),
        record);
    jdbc.update("insert into decision (application_id, programme_id, situation, level, decider, reason, decision_date, outcome,"
        + " amount, rulebook_version, parameter_fingerprint, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
        programme, code, level.name(), caller.getUsername(), reason, Date.valueOf(date), outcome.name(), yuan(amount),
        decided.rulebookVersion(), decided.parameterFingerprint(), Timestamp.from(Instant.now()));
    Integer seq = jdbc.queryForObject("select coalesce(max(seq), 0) + 1 from determination where application_id = ?",
        Integer.class, id);
    List<Object[]> row = new ArrayList<>();
    row.add(new Object[] {id, seq, decided.programmeId(), "DECISION", decided.outcome().name(), yuan(decided.monthlyAmount()),
        yuan(decided.oneOffAmount()), decided.level().map(Enum::name).orElse(null), code, decided.reviewReason().orElse(null),
        caller.getUsername(), decided.explanationZh(), decided.explanationEn(), decided.rulebookVersion(),
        decided.parameterFingerprint()});
    insertDeterminations(row);
    appendEntries(id, record, before);
    return new Views.Determination(decided.programmeId(), "DECISION", decided.outcome().name(),
        yuan(decided.monthlyAmount()), yuan(decided.oneOffAmount()), decided.level().map(Enum::name).orElse(null), code,
        decided.reviewReason().orElse(null), caller.getUsername(), decided.explanationZh(), decided.explanationEn(),
        decided.rulebookVersion(), decided.parameterFingerprint());
  }

  // ---------------------------------------------------------------- plan (一户一策)

  /** Records a delivery of a plan item. */
  @Transactional
  public Views.PlanStatus deliver(Caller caller, UUID id, byte[] body) {
    Fields f = new Fields(bodies.parse(body), Set.of("item", "date", "quantity", "amount"));
    String item = f.text("item", true, 40).orElse(null);
    LocalDate date = f.date("date").orElse(null);
    Integer quantity = f.positiveInt("quantity").orElse(null);
    Money amount = f.money("amount").orElse(null);
    f.check();
    Stored a = lock(caller, id);
    AidPlan plan = plan(a);
    Delivery d = new Delivery(item, date, quantity, amount, caller.getUsername());
    try {
      plan.record(d);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("delivery.invalid", "item", e.getMessage());
    }
    CaseRecord record = record(a);
    int before = record.entries().size();
    record.append(date, "DELIVERY", item + " quantity=" + quantity + " amount=" + amount + " by=" + caller.getUsername());
    jdbc.update("insert into delivery (application_id, seq, item_id, delivery_date, quantity, amount, delivered_by)"
        + " values (?, (select coalesce(max(seq), 0) + 1 from delivery where application_id = ?), ?, ?, ?, ?, ?)", id, id,
        item, Date.valueOf(date), quantity, yuan(amount), caller.getUsername());
    appendEntries(id, record, before);
    return status(plan, date);
  }

  /** Records an evaluation of a plan item against its target. */
  @Transactional
  public Views.PlanStatus evaluate(Caller caller, UUID id, byte[] body) {
    Fields f = new Fields(bodies.parse(body), Set.of("item", "date", "targetMet", "note"));
    String item = f.text("item", true, 40).orElse(null);
    LocalDate date = f.date("date").orElse(null);
    Boolean met = f.bool("targetMet").orElse(null);
    String note = f.text("note", true, 500).orElse(null);
    f.check();
    Stored a = lock(caller, id);
    AidPlan plan = plan(a);
    try {
      plan.record(new Evaluation(item, date, met, note, caller.getUsername()));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("evaluation.invalid", "item", e.getMessage());
    }
    CaseRecord record = record(a);
    int before = record.entries().size();
    record.append(date, "EVALUATION", item + " targetMet=" + met + " by=" + caller.getUsername() + " " + note);
    jdbc.update("insert into evaluation (application_id, seq, item_id, evaluation_date, target_met, note, evaluated_by)"
        + " values (?, (select coalesce(max(seq), 0) + 1 from evaluation where application_id = ?), ?, ?, ?, ?, ?)", id, id,
        item, Date.valueOf(date), met, note, caller.getUsername());
    appendEntries(id, record, before);
    return status(plan, date);
  }

  private static Views.PlanStatus status(AidPlan plan, LocalDate date) {
    AidPlan.Status s = plan.status(date);
    return new Views.PlanStatus(date, s.deliveredShare(), s.overdue().stream().map(PlanItem::id).toList(), s.targetsMet(),
        s.targetsMissed());
  }

  /** The stored plan rebuilt from the stored household, with every delivery and evaluation replayed. */
  private AidPlan plan(Stored a) {
    CatalogueScreening cs = screener.screen(a.household, a.date);
    sameParameters(a, cs.rulebook().determinations().get(0).parameterFingerprint());
    AidPlan plan = planner.plan(a.household, cs, a.date);
    jdbc.query(DELIVERIES, rs -> {
      plan.record(new Delivery(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getInt(3), Money.of(rs.getBigDecimal(4)),
          rs.getString(5)));
    }, a.id);
    jdbc.query(EVALUATIONS, rs -> {
      plan.record(new Evaluation(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBoolean(3), rs.getString(4),
          rs.getString(5)));
    }, a.id);
    return plan;
  }

  // ---------------------------------------------------------------- the case record

  /** The case's record, verified: 409 when an entry was changed, removed, inserted or reordered. */
  @Transactional(readOnly = true)
  public Views.Record verifiedRecord(Caller caller, UUID id) {
    Stored a = load(caller, id, false, false);
    CaseRecord r = record(a);
    List<Views.Entry> chain = r.entries().stream().map(e -> new Views.Entry(e.sequence(), e.date(), e.type(), e.content(),
        e.previousHash(), e.hash())).toList();
    return new Views.Record(id.toString(), true, chain.size(), chain.isEmpty() ? null : chain.get(chain.size() - 1).hash(),
        chain);
  }

  private CaseRecord record(Stored a) {
    List<String> lines = jdbc.query("select seq, entry_date, type, content, previous_hash, hash from case_entry"
        + " where application_id = ? order by seq", (rs, n) -> String.join("\t", a.id.toString(), Integer.toString(rs.getInt(1)),
        rs.getDate(2).toLocalDate().toString(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), a.id);
    CaseRecord r;
    try {
      r = CaseRecord.parse(a.id.toString(), lines);
    } catch (TamperedRecordException | IllegalArgumentException e) {
      throw ApiException.conflict("record.tampered", "record", "the stored case record does not verify: " + e.getMessage());
    }
    if (lines.size() != a.recordEntries || !r.entries().get(lines.size() - 1).hash().equals(a.recordHead)) {
      throw ApiException.conflict("record.tampered", "record", "the stored case record does not verify: it has "
          + lines.size() + " entries ending in another hash than the " + a.recordEntries + " entries last written"
          + " (entries removed or added at the end)");
    }
    return r;
  }

  private void insertEntries(UUID id, List<CaseRecord.Entry> entries) {
    List<Object[]> rows = new ArrayList<>();
    for (CaseRecord.Entry e : entries) {
      rows.add(new Object[] {id, e.sequence(), Date.valueOf(e.date()), e.type(), e.content(), e.previousHash(), e.hash()});
    }
    jdbc.batchUpdate("insert into case_entry (application_id, seq, entry_date, type, content, previous_hash, hash)"
        + " values (?, ?, ?, ?, ?, ?, ?)", rows);
  }

  private void appendEntries(UUID id, CaseRecord record, int before) {
    List<CaseRecord.Entry> all = record.entries();
    insertEntries(id, all.subList(before, all.size()));
    CaseRecord.Entry head = all.get(all.size() - 1);
    jdbc.update("update application set record_entries = ?, record_head = ? where id = ?", head.sequence(), head.hash(), id);
  }

  // ---------------------------------------------------------------- stored applications

  /** An application as stored, with its household decrypted. */
  private record Stored(UUID id, String region, LocalDate date, String fingerprint, int recordEntries, String recordHead,
      Household household) {}

  private Stored lock(Caller caller, UUID id) {
    return load(caller, id, true, true);
  }

  private Stored load(Caller caller, UUID id, boolean forUpdate, boolean household) {
    List<Object[]> rows = jdbc.query("select region, screening_date, parameter_fingerprint, record_entries, record_head,"
        + " household_enc from application where id = ?" + (forUpdate ? " for update" : ""),
        (rs, n) -> new Object[] {rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getInt(4), rs.getString(5),
            rs.getBytes(6)}, id);
    if (rows.isEmpty()) {
      throw ApiException.notFound("application " + id);
    }
    Object[] r = rows.get(0);
    checkScope(caller, (String) r[0]);
    Household h = null;
    if (household) {
      try {
        h = HouseholdReader.fromTree(json.readTree(personal.decrypt((byte[]) r[5])));
      } catch (IOException e) {
        throw new IllegalStateException("a stored household does not read", e);
      }
    }
    return new Stored(id, (String) r[0], (LocalDate) r[1], (String) r[2], (Integer) r[3], (String) r[4], h);
  }

  private void sameParameters(Stored a, String fingerprint) {
    if (!fingerprint.equals(a.fingerprint)) {
      throw ApiException.conflict("parameters.changed", "", "the parameters in force for region " + a.region + " on " + a.date
          + " have changed since the application was screened (fingerprint " + a.fingerprint + ", now " + fingerprint
          + "): screen it again");
    }
  }

  private static void checkScope(Caller caller, String region) {
    if (!caller.serves(org.jiuzhu.core.region.RegionCode.parse(region))) {
      throw ApiException.forbidden("region.scope", "", "the application is of region " + region
          + ", outside your region " + caller.region());
    }
  }

  private void insertDeterminations(List<Object[]> rows) {
    jdbc.batchUpdate("insert into determination (application_id, seq, programme_id, source, outcome, monthly, one_off, level,"
        + " situation, review_reason, decider, explanation_zh, explanation_en, rulebook_version, parameter_fingerprint)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
  }

  private static String situationOf(Determination d) {
    return d.outcome() == Outcome.NEEDS_REVIEW ? CaseByCase.situationCode(d) : null;
  }

  private static BigDecimal yuan(Money m) {
    return m.toYuan();
  }

  private static String line(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private static List<String> lines(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n", -1));
  }
}
