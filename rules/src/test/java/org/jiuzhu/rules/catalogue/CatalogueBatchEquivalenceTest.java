package org.jiuzhu.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.batch.BatchResult;
import org.jiuzhu.rules.batch.HouseholdBatch;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.jiuzhu.rules.synthetic.HouseholdGenerator;
import org.junit.jupiter.api.Test;

/**
 * The catalogue on the batch ({@link CatalogueScreener#screenFast(HouseholdBatch, LocalDate,
 * CatalogueBatchResult)}) decides as the object path ({@code screenFast(Household)}): on 40,000
 * seeded generated households across the nine pack regions and on every scenario household, each
 * programme's outcome, members, monthly, yearly and one-off amounts and whether it counts in the
 * totals; and the rulebook's shares on the batch are the determinations' share members.
 */
final class CatalogueBatchEquivalenceTest {
  private static final Policy POLICY = Policy.installed();
  private static final CnRulebook RULEBOOK = CnRulebook.create(POLICY);
  private static final CatalogueScreener SCREENER = new CatalogueScreener(RULEBOOK, Catalogue.cn());
  private static final List<RegionCode> PACK_REGIONS = List.of("620825", "230300", "330105", "330300", "320509",
      "150602", "350500", "610630", "370983").stream().map(RegionCode::parse).toList();

  private static long bits(Household h, List<String> ids) {
    long b = 0;
    for (String id : ids) {
      for (int k = 0; k < h.members().size(); k++) {
        if (h.members().get(k).id().equals(id)) {
          b |= 1L << k;
        }
      }
    }
    return b;
  }

  private static long fen(Money m) {
    return m == null ? 0 : m.fen();
  }

  /** The mismatches of one batch row against the object path's screening of the same household. */
  private static List<String> compare(String name, Household h, CatalogueBatchResult r, int row, LocalDate date) {
    List<String> out = new ArrayList<>();
    CatalogueScreening s = SCREENER.screenFast(h, date);
    List<ProgrammeResult> expected = s.results();
    if (r.count(row) != expected.size()) {
      out.add(name + ": " + r.count(row) + " programmes vs " + expected.size());
      return out;
    }
    for (int p = 0; p < expected.size(); p++) {
      ProgrammeResult e = expected.get(p);
      String where = name + " " + e.programme().id() + ": ";
      if (!r.programmes(row).get(p).id().equals(e.programme().id())) {
        out.add(where + "programme " + r.programmes(row).get(p).id());
      }
      if (r.outcome(row, p) != e.outcome()) {
        out.add(where + "outcome " + r.outcome(row, p) + " vs " + e.outcome());
      }
      if (r.memberBits(row, p) != bits(h, e.members())) {
        out.add(where + "members " + Long.toBinaryString(r.memberBits(row, p)) + " vs " + e.members());
      }
      if (r.monthlyFen(row, p) != fen(e.monthly()) || r.yearlyFen(row, p) != fen(e.yearly()) || r.oneOffFen(row, p) != fen(e.oneOff())) {
        out.add(where + "amounts " + r.monthlyFen(row, p) + "/" + r.yearlyFen(row, p) + "/" + r.oneOffFen(row, p) + " vs "
            + e.monthly() + "/" + e.yearly() + "/" + e.oneOff());
      }
      String situation = e.programme().isRulebook() && e.outcome() == Outcome.NEEDS_REVIEW
          ? s.rulebook().get(e.programme().id()).orElseThrow().details().getOrDefault("situation", "") : "";
      if (!r.reviewSituation(row, p).equals(situation)) {
        out.add(where + "review " + r.reviewSituation(row, p) + " vs " + situation);
      }
      if (r.counted(row, p) != s.counted(e)) {
        out.add(where + "counted " + r.counted(row, p) + " vs " + s.counted(e));
      }
    }
    BatchResult rb = r.rulebook();
    for (int p = 0; p < BatchResult.PROGRAMMES; p++) {
      var d = s.rulebook().get(CnRulebook.PROGRAMMES.get(p)).orElseThrow();
      long want = d.isEligible() ? bits(h, d.shareMemberIds()) : 0;
      if (rb.memberBits(row, p) != want) {
        out.add(name + " " + d.programmeId() + ": shares " + Long.toBinaryString(rb.memberBits(row, p)) + " vs " + d.shareMemberIds());
      }
    }
    return out;
  }

  @Test
  void theCatalogueOnTheBatchDecidesAsTheObjectPathOnFortyThousandGeneratedHouseholds() {
    LocalDate date = LocalDate.of(2025, 10, 1);
    HouseholdGenerator g = new HouseholdGenerator(20251203L, PACK_REGIONS, date);
    HouseholdBatch batch = RULEBOOK.newBatch(date, 1024, true);
    CatalogueBatchResult result = new CatalogueBatchResult();
    List<String> mismatches = new ArrayList<>();
    int households = 40_000;
    int viaObject = 0;
    int eligibleCatalogue = 0;
    int counted = 0;
    java.util.Set<String> granted = new java.util.HashSet<>();
    List<Household> chunk = new ArrayList<>();
    for (int i = 0; i < households && mismatches.size() <= 20; i++) {
      Household next = g.next();
      if (i % 7 == 3 && !next.homes().isEmpty()) {
        // homes recorded unsafe (危房), lived in or not: the renovation referral reads them
        boolean livedIn = i % 14 == 3;
        Household h = next;
        next = new Household.Builder().id(h.id()).region(h.region()).applicantId(h.applicantId()).addAllMembers(h.members())
            .addAllIncomes(h.incomes()).addAllFinancialAssets(h.financialAssets()).addAllVehicles(h.vehicles())
            .addAllNonResidentialProperties(h.nonResidentialProperties()).addAllBusinesses(h.businesses())
            .addAllExpenditures(h.expenditures()).addAllEvents(h.events()).addAllCurrentBenefits(h.currentBenefits())
            .addAllHomes(h.homes().stream().map(x -> {
              org.jiuzhu.core.household.Home.Builder b = new org.jiuzhu.core.household.Home.Builder().floorArea(x.floorArea())
                  .livedIn(livedIn).unsafe(true);
              x.ownerMemberId().ifPresent(b::ownerMemberId);
              x.value().ifPresent(b::value);
              return b.build();
            }).toList()).build();
      }
      chunk.add(next);
      if (chunk.size() == 1024 || i == households - 1) {
        batch.clear();
        for (Household h : chunk) {
          batch.add(h);
        }
        SCREENER.screenFast(batch, date, result);
        assertThat(result.size()).isEqualTo(chunk.size());
        for (int row = 0; row < chunk.size(); row++) {
          mismatches.addAll(compare(chunk.get(row).id(), chunk.get(row), result, row, date));
          viaObject += result.viaObject(row) ? 1 : 0;
          for (int p = 0; p < result.count(row); p++) {
            if (result.isEligible(row, p)) {
              granted.add(result.programmes(row).get(p).id());
              if (!result.programmes(row).get(p).isRulebook()) {
                eligibleCatalogue++;
              }
            }
            counted += result.counted(row, p) ? 1 : 0;
          }
        }
        chunk.clear();
      }
    }
    assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
    // a comparison of nothing proves nothing: most programmes are granted somewhere, most households on the columns
    assertThat(granted.size()).as("programmes granted: %s", granted).isGreaterThan(20);
    assertThat(granted).contains("cn.housing.dangerous-house-renovation");
    assertThat(eligibleCatalogue).isGreaterThan(10_000);
    assertThat(counted).isGreaterThan(eligibleCatalogue);
    assertThat(viaObject).isLessThan(households / 2);
  }

  @Test
  void everyScenarioHouseholdIsScreenedTheSameOnTheBatch() throws Exception {
    int compared = 0;
    List<String> mismatches = new ArrayList<>();
    for (String file : List.of("dibao.yaml", "categories.yaml", "tekun.yaml", "temporary.yaml", "rounding.yaml")) {
      JsonNode root;
      try (InputStream in = getClass().getResourceAsStream("/scenarios/" + file)) {
        root = new ObjectMapper(new YAMLFactory()).readTree(in);
      }
      for (JsonNode c : root.get("cases")) {
        if (c.has("policy")) {
          continue; // the catalogue screener runs the installed policy
        }
        LocalDate date = LocalDate.parse(c.path("date").asText());
        Household h = HouseholdReader.fromTree(c.get("household"));
        try {
          SCREENER.screenFast(h, date);
        } catch (RuntimeException e) {
          continue; // refused on both paths (dated facts, missing values): the rulebook's batch test covers those errors
        }
        HouseholdBatch batch = RULEBOOK.newBatch(date, 1, true);
        batch.add(h);
        CatalogueBatchResult result = new CatalogueBatchResult();
        SCREENER.screenFast(batch, date, result);
        mismatches.addAll(compare(file + " " + c.path("name").asText(), h, result, 0, date));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(20);
    assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
  }

  @Test
  void aHouseholdWithMedicalBillsNeedsTheObjectTheBatchKept() throws Exception {
    LocalDate date = LocalDate.of(2025, 10, 1);
    Household h = HouseholdReader.fromTree(new ObjectMapper().readTree("""
        {"id": "b1", "region": "230300", "applicant": "m1",
         "members": [
          {"id": "m1", "relationship": "APPLICANT", "birthDate": "1973-05-01", "hukouType": "RURAL", "hukouRegion": "230300",
           "workStatus": "NOT_WORKING",
           "illnesses": [{"description": "uraemia", "icd10": "N18.5", "major": true, "chronic": true, "dialysisSessionsPerWeek": 3}]},
          {"id": "m2", "relationship": "SPOUSE", "birthDate": "1975-02-01", "hukouType": "RURAL", "hukouRegion": "230300",
           "workStatus": "FARMING"}],
         "incomes": [{"member": "m2", "category": "BUSINESS_NET", "months": {"from": "2024-10", "to": "2025-09"}, "gross": "600"}],
         "homes": [{"floorArea": 70}],
         "expenditures": [{"member": "m1", "category": "MEDICAL_OUT_OF_POCKET", "months": {"from": "2024-10", "to": "2025-09"},
                           "amount": "2500"}]}
        """));
    HouseholdBatch keeping = RULEBOOK.newBatch(date, 1, true);
    keeping.add(h);
    CatalogueBatchResult result = new CatalogueBatchResult();
    SCREENER.screenFast(keeping, date, result);
    assertThat(result.viaObject(0)).isTrue();
    assertThat(compare("b1", h, result, 0, date)).isEmpty();
    int medical = result.programmes(0).stream().map(CatalogueProgramme::id).toList().indexOf("cn.medical.reimbursement");
    assertThat(medical).isNotNegative();
    assertThat(result.outcome(0, medical)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(result.oneOffFen(0, medical)).isPositive();

    HouseholdBatch bare = RULEBOOK.newBatch(date, 1);
    bare.add(h);
    assertThatThrownBy(() -> SCREENER.screenFast(bare, date, new CatalogueBatchResult()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("row 0").hasMessageContaining("medical bills");
  }
}
