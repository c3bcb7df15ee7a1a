package org.jiuzhu.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.junit.jupiter.api.Test;

/** What a household receives when it does not take up a programme: what rests on it is decided without it. */
final class TakeUpScreeningTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private static final Path HOUSEHOLDS = Path.of(System.getProperty("jiuzhu.households", "../examples/households"));
  private static final CatalogueScreener SCREENER = new CatalogueScreener(CnRulebook.create(Policy.installed()), Catalogue.cn());

  private static Set<String> granted(CatalogueScreening s) {
    return s.results().stream().filter(ProgrammeResult::isEligible).map(r -> r.programme().id()).collect(Collectors.toSet());
  }

  @Test
  void aHouseholdThatDoesNotTakeUpDibaoGetsNothingThatRestsOnDibaoAndTheRestStays() throws Exception {
    Household h = HouseholdReader.read(HOUSEHOLDS.resolve("dibao.json"));
    Set<String> entitled = granted(SCREENER.screenFast(h, DATE));
    assertThat(entitled).contains(CnRulebook.DIBAO, "cn.utility.free-electricity", "cn.utility.water-fee-reduction", "cn.heating.subsidy",
        "cn.medical.contribution-subsidy", "cn.pension.contribution-subsidy", "cn.legal-aid");
    // everything taken up: the screening of entitlement
    assertThat(granted(SCREENER.screenFast(h, DATE, id -> true))).isEqualTo(entitled);
    // 低保 not taken up: no programme whose prerequisites it alone meets
    Set<String> without = granted(SCREENER.screenFast(h, DATE, id -> !id.equals(CnRulebook.DIBAO)));
    assertThat(without).doesNotContain(CnRulebook.DIBAO, "cn.utility.free-electricity", "cn.utility.water-fee-reduction",
        "cn.heating.subsidy", "cn.medical.contribution-subsidy", "cn.pension.contribution-subsidy", "cn.legal-aid");
    for (CatalogueProgramme p : Catalogue.cn().programmes()) {
      if (p.prerequisites().isEmpty() && !p.id().equals(CnRulebook.DIBAO)) {
        assertThat(without.contains(p.id())).as(p.id()).isEqualTo(entitled.contains(p.id()));
      }
    }
    // a programme not taken up is not received, and nothing else changes
    Set<String> noHeating = granted(SCREENER.screenFast(h, DATE, id -> !id.equals("cn.heating.subsidy")));
    assertThat(noHeating).isEqualTo(entitled.stream().filter(id -> !id.equals("cn.heating.subsidy")).collect(Collectors.toSet()));
  }

  @Test
  void aTekunMemberWhoTakesUpTekunKeepsWhatRestsOnItForThatMemberOnly() throws Exception {
    Household h = HouseholdReader.read(HOUSEHOLDS.resolve("tekun.json"));
    CatalogueScreening entitled = SCREENER.screenFast(h, DATE);
    assertThat(granted(entitled)).contains(CnRulebook.TEKUN);
    CatalogueScreening noTekun = SCREENER.screenFast(h, DATE, id -> !id.equals(CnRulebook.TEKUN));
    for (ProgrammeResult r : noTekun.results()) {
      if (r.isEligible() && !r.programme().prerequisites().isEmpty()) {
        assertThat(r.programme().prerequisites()).as(r.programme().id()).anyMatch(granted(noTekun)::contains);
      }
    }
    assertThat(granted(noTekun)).doesNotContain(CnRulebook.TEKUN, "cn.utility.free-electricity");
  }
}
