package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.jiuzhu.rules.policyfile.PolicyFile;
import org.jiuzhu.rules.policyfile.PolicyFileLoader;
import org.jiuzhu.rules.policyfile.PolicyFileModule;
import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.batch.BatchResult;
import org.jiuzhu.rules.batch.HouseholdBatch;
import org.jiuzhu.rules.io.HouseholdReader;
import org.jiuzhu.rules.synthetic.HouseholdGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batch path decides as the object path did: on 100,000 seeded generated households across
 * the nine pack regions and on every scenario case, {@code evaluateFast(HouseholdBatch, ...)} (primitive
 * columns), {@code evaluateFast(Household)} and {@code evaluate(Household)} give the outcomes,
 * amounts, levels, review situations, shares and fingerprints of the rulebook as it was before
 * the batch ({@link LegacyProgrammes}, kept verbatim as the oracle) — explanations included.
 */
final class BatchEquivalenceTest {
  private static final Policy POLICY = Policy.installed();
  private static final CnRulebook RULEBOOK = CnRulebook.create(POLICY);
  private static final List<RegionCode> PACK_REGIONS = List.of("620825", "230300", "330105", "330300", "320509",
      "150602", "350500", "610630", "370983").stream().map(RegionCode::parse).toList();

  private final Map<String, CnParams> params = new HashMap<>();

  private Screening legacy(Household h, LocalDate date, boolean explain) {
    h.checkOn(date);
    CnParams p = params.computeIfAbsent(h.region() + "@" + date, k -> new CnParams(POLICY.snapshot(h.region(), date)));
    LegacyProgrammes programmes = new LegacyProgrammes(new LegacyFacts(h, date, POLICY, p), explain);
    return new Screening(h.id(), h.region(), date, programmes.all());
  }

  private static Screening legacy(Policy policy, Household h, LocalDate date, boolean explain) {
    h.checkOn(date);
    CnParams p = new CnParams(policy.snapshot(h.region(), date));
    LegacyProgrammes programmes = new LegacyProgrammes(new LegacyFacts(h, date, policy, p), explain);
    return new Screening(h.id(), h.region(), date, programmes.all());
  }

  /** Equal screenings, explanations and findings included ({@link Screening} has no equals of its own). */
  private static boolean same(Screening a, Screening b) {
    return a.householdId().equals(b.householdId()) && a.region().equals(b.region()) && a.date().equals(b.date())
        && a.determinations().equals(b.determinations());
  }

  private static String situation(Determination d) {
    return d.details().getOrDefault("situation", "");
  }

  /** Compares one batch row with the oracle's determinations; returns the mismatches. */
  private static List<String> compare(String id, BatchResult r, int row, ImmutableList<Determination> expected) {
    List<String> out = new ArrayList<>();
    for (int p = 0; p < BatchResult.PROGRAMMES; p++) {
      Determination d = expected.get(p);
      String where = id + " " + d.programmeId() + ": ";
      if (r.outcome(row, p) != d.outcome()) {
        out.add(where + "outcome " + r.outcome(row, p) + " vs " + d.outcome());
      }
      if (r.monthlyFen(row, p) != d.monthlyAmount().fen()) {
        out.add(where + "monthly " + r.monthlyFen(row, p) + " vs " + d.monthlyAmount().fen());
      }
      if (r.oneOffFen(row, p) != d.oneOffAmount().fen()) {
        out.add(where + "one-off " + r.oneOffFen(row, p) + " vs " + d.oneOffAmount().fen());
      }
      if (r.level(row, p) != d.level().orElse(null)) {
        out.add(where + "level " + r.level(row, p) + " vs " + d.level());
      }
      if (!BatchResult.situation(r.reviewCode(row, p)).equals(situation(d))) {
        out.add(where + "review " + BatchResult.situation(r.reviewCode(row, p)) + " vs " + situation(d));
      }
      if (!r.fingerprint(row).equals(d.parameterFingerprint())) {
        out.add(where + "fingerprint");
      }
    }
    Determination t = expected.get(Programmes.P_TEMPORARY);
    String kind = t.details().getOrDefault("kind", "");
    int k = r.temporaryKind(row);
    if (!kind.equals(k == BatchResult.KIND_EMERGENCY ? "EMERGENCY" : k == BatchResult.KIND_EXPENDITURE ? "EXPENDITURE" : "")) {
      out.add(id + " temporary kind " + k + " vs " + kind);
    }
    return out;
  }

  @Test
  void batchAndObjectsDecideAsBeforeOnAHundredThousandGeneratedHouseholds() {
    LocalDate date = LocalDate.of(2025, 10, 1);
    HouseholdGenerator g = new HouseholdGenerator(20251001L, PACK_REGIONS, date);
    HouseholdBatch batch = RULEBOOK.newBatch(date, 4096);
    BatchResult result = new BatchResult();
    List<String> mismatches = new ArrayList<>();
    Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
    int[] eligibleByProgramme = new int[6];
    long totalFen = 0;
    int households = 100_000;
    List<Household> chunk = new ArrayList<>();
    for (int i = 0; i < households; i++) {
      chunk.add(g.next());
      if (chunk.size() == 4096 || i == households - 1) {
        batch.clear();
        for (Household h : chunk) {
          batch.add(h);
        }
        RULEBOOK.evaluateFast(batch, date, result);
        assertThat(result.size()).isEqualTo(chunk.size());
        for (int row = 0; row < chunk.size(); row++) {
          Household h = chunk.get(row);
          Screening before = legacy(h, date, false);
          mismatches.addAll(compare(h.id(), result, row, before.determinations()));
          Screening fast = RULEBOOK.evaluateFast(h, date);
          if (!same(fast, before)) {
            mismatches.add(h.id() + ": evaluateFast(Household) " + fast + " vs " + before);
          }
          // explain mode, explanations included, on one household in eight (it is the slow mode)
          if (row % 8 == 0) {
            Screening explained = RULEBOOK.evaluate(h, date);
            Screening beforeExplained = legacy(h, date, true);
            if (!same(explained, beforeExplained)) {
              mismatches.add(h.id() + ": evaluate(Household) " + explained + " vs " + beforeExplained);
            }
            assertThat(explained.equalsIgnoringExplanation(fast)).isTrue();
          }
          for (int p = 0; p < 6; p++) {
            seen.merge(result.outcome(row, p), 1, Integer::sum);
            if (result.outcome(row, p) == Outcome.ELIGIBLE) {
              eligibleByProgramme[p]++;
            }
            totalFen += result.monthlyFen(row, p) + result.oneOffFen(row, p);
          }
          if (mismatches.size() > 20) {
            break;
          }
        }
        chunk.clear();
      }
      if (mismatches.size() > 20) {
        break;
      }
    }
    assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
    // the population exercises every outcome and every programme (a comparison of nothing proves nothing)
    assertThat(seen.keySet()).containsExactlyInAnyOrder(Outcome.values());
    for (int p = 0; p < 6; p++) {
      assertThat(eligibleByProgramme[p]).as("eligible for programme %d", p).isGreaterThan(50);
    }
    assertThat(totalFen).isPositive();
  }

  /** A scenario case's own policy laid over the installed one, as ScenarioRunner does. */
  private static CnRulebook withPolicy(JsonNode policy) throws Exception {
    ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    ObjectNode doc = yaml.createObjectNode();
    doc.put("format", PolicyFileLoader.FORMAT);
    doc.put("module", "scenario");
    doc.setAll((ObjectNode) policy);
    PolicyFile parsed = new PolicyFileLoader(CnParameters.catalog())
        .load("scenario policy", new java.io.ByteArrayInputStream(yaml.writeValueAsBytes(doc)));
    return CnRulebook.create(POLICY.toBuilder().override(PolicyFileModule.of("scenario", List.of(parsed))).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"dibao.yaml", "categories.yaml", "tekun.yaml", "temporary.yaml", "rounding.yaml"})
  void everyScenarioCaseDecidesTheSameOnTheBatch(String file) throws Exception {
    JsonNode root;
    try (InputStream in = getClass().getResourceAsStream("/scenarios/" + file)) {
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (JsonNode c : root.get("cases")) {
      CnRulebook rulebook = c.has("policy") ? withPolicy(c.get("policy")) : RULEBOOK;
      LocalDate date = LocalDate.parse(c.path("date").asText());
      Household h = HouseholdReader.fromTree(c.get("household"));
      HouseholdBatch batch = rulebook.newBatch(date, 1);
      BatchResult result = new BatchResult();
      Screening before;
      try {
        before = legacy(rulebook.policy(), h, date, true);
      } catch (RuntimeException e) {
        // the batch refuses what the rules refused, with the same error
        try {
          batch.add(h);
          rulebook.evaluateFast(batch, date, result);
          mismatches.add(c.path("name").asText() + ": no error on the batch; expected " + e);
        } catch (RuntimeException e2) {
          if (!e2.getClass().equals(e.getClass()) || !String.valueOf(e2.getMessage()).equals(String.valueOf(e.getMessage()))) {
            mismatches.add(c.path("name").asText() + ": " + e2 + " vs " + e);
          }
        }
        continue;
      }
      batch.add(h);
      rulebook.evaluateFast(batch, date, result);
      mismatches.addAll(compare(c.path("name").asText(), result, 0, before.determinations()));
      if (!same(rulebook.evaluate(h, date), before)) {
        mismatches.add(c.path("name").asText() + ": explain differs");
      }
      if (!same(rulebook.evaluateFast(h, date), legacy(rulebook.policy(), h, date, false))) {
        mismatches.add(c.path("name").asText() + ": fast differs");
      }
      compared++;
    }
    assertThat(compared).isGreaterThan(3);
    assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
  }
}
