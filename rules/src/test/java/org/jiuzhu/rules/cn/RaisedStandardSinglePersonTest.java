package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.rules.cn.ProgrammesTest.get;
import static org.jiuzhu.rules.cn.ProgrammesTest.household;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.policyfile.PolicyFiles;
import org.junit.jupiter.api.Test;

/**
 * A raised 低保 standard ends 单人户 once the household as a whole is under the line (DOMAIN.md §3, §8:
 * 单人户 only in a marginal household, which is "not 低保"): the household's 低保 can then be less than
 * the member's 单人户 was. The rule is kept as written (docs/rulebook.md, open question); this test pins
 * the exact amounts of both sides with the example reform.
 */
final class RaisedStandardSinglePersonTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 10);
  private static final Household HOUSEHOLD = household("620825",
      "  - {id: m1, relationship: APPLICANT, birthDate: 1980-05-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: NOT_WORKING,"
          + " disability: {category: PHYSICAL, grade: 1}}\n"
          + "  - {id: m2, relationship: SPOUSE, birthDate: 1982-03-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: NOT_WORKING}\n",
      "incomes: [{member: m2, category: TRANSFER_NET, months: {from: 2024-10, to: 2025-09}, gross: \"1185\"}]\n");

  @Test
  void theExampleReformTurnsSinglePersonIntoASmallerHouseholdDibao() {
    Screening before = CnRulebook.create(Policy.installed()).evaluate(HOUSEHOLD, DATE);
    assertThat(get(before, CnRulebook.DIBAO).outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(get(before, CnRulebook.DIBAO_SINGLE).monthlyAmount().toString()).isEqualTo("670.00");
    assertThat(get(before, CnRulebook.DIBAO_SINGLE).memberShares().get("m1").toString()).isEqualTo("670.00");

    Path reform = Path.of("..", "examples", "reforms", "dibao-standard-plus-10.yaml");
    Policy raised = PolicyFiles.override(Policy.installed(), CnParameters.catalog(), List.of(reform));
    CnRulebook rulebook = CnRulebook.create(raised);
    for (Screening after : List.of(rulebook.evaluate(HOUSEHOLD, DATE), rulebook.evaluateFast(HOUSEHOLD, DATE))) {
      assertThat(get(after, CnRulebook.DIBAO_SINGLE).outcome()).isEqualTo(Outcome.INELIGIBLE);
      assertThat(get(after, CnRulebook.DIBAO).outcome()).isEqualTo(Outcome.ELIGIBLE);
      // (627 - 592.50) x 2 = 69.00, plus m1's addition for severe disability, 100.00
      assertThat(get(after, CnRulebook.DIBAO).monthlyAmount().toString()).isEqualTo("169.00");
      assertThat(get(after, CnRulebook.DIBAO).memberShares().get("m1").toString()).isEqualTo("134.50");
      assertThat(get(after, CnRulebook.DIBAO).memberShares().get("m2").toString()).isEqualTo("34.50");
    }
    assertThat(get(rulebook.evaluate(HOUSEHOLD, DATE), CnRulebook.DIBAO_SINGLE).explanationEn())
        .contains("The household is eligible for the minimum living allowance (低保) already.");
  }
}
