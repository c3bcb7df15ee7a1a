package org.jiuzhu.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.plan.AidPlan;
import org.jiuzhu.core.plan.PlanItem;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.catalogue.CatalogueScreening;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.junit.jupiter.api.Test;

/** A granted 低保 item says how it is decided, as the screening does: the procedure of an application, or the review of a recipient. */
final class AidPlanProcedureNoteTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private static final Path HOUSEHOLDS = Path.of(System.getProperty("jiuzhu.households", "../examples/households"));

  private static final String RECIPIENT = """
      {"id":"h6","region":"620825","applicant":"m1",
       "members":[{"id":"m1","relationship":"APPLICANT","birthDate":"1968-08-08","hukouType":"URBAN","hukouRegion":"620825","workStatus":"NOT_WORKING"},
                  {"id":"m2","relationship":"SPOUSE","birthDate":"1969-09-09","hukouType":"URBAN","hukouRegion":"620825","workStatus":"NOT_WORKING","workCapacity":"NONE"}],
       "incomes":[{"member":"m2","category":"WAGES","months":{"from":"2024-10","to":"2025-09"},"gross":"500"}],
       "currentBenefits":[{"programme":"cn.dibao","since":"2024-05-01"}]}
      """;

  private record Planned(AidPlan plan, Determination dibao) {}

  private static Planned plan(Household h) {
    Policy policy = Policy.installed();
    CatalogueScreening s = new CatalogueScreener(CnRulebook.create(policy), Catalogue.cn()).screen(h, DATE);
    return new Planned(new AidPlanner(policy).plan(h, s, DATE), s.rulebook().get(CnRulebook.DIBAO).orElseThrow());
  }

  private static PlanItem dibao(AidPlan plan) {
    return plan.items().stream().filter(i -> i.programmeId().filter(CnRulebook.DIBAO::equals).isPresent()).findFirst().orElseThrow();
  }

  @Test
  void aNewApplicationSaysWhoDecidesThePublicNoticeAndTheTimeLimit() throws Exception {
    Planned p = plan(HouseholdReader.read(HOUSEHOLDS.resolve("craftsman.json")));
    PlanItem i1 = dibao(p.plan());
    assertThat(i1.noteZh()).isEqualTo("由县级民政部门（或经其授权的乡镇（街道））审核确认：拟批准的公示 7 天，自受理申请之日起 30 个工作日内"
        + "作出决定（特殊情况可延长）；不予批准的，3 个工作日内书面告知并说明理由。");
    assertThat(i1.noteEn()).isEqualTo("Decided (审核确认) by the county civil-affairs bureau, or by the township (乡镇街道) it has"
        + " authorised: a case to be approved is posted for public notice (公示) for 7 days and decided within 30 working days of"
        + " the application (longer in special cases); a refusal is given in writing with its reasons within 3 working days.");
    // the same words as the screening's explanation of the 低保 granted
    assertThat(p.dibao().explanationZh()).contains(i1.noteZh());
    assertThat(p.dibao().explanationEn()).contains(i1.noteEn());
    // no other item has a note
    // the only procedure note (the contribution subsidies say what to check of members whose scheme is not recorded)
    assertThat(p.plan().items()).filteredOn(PlanItem::hasNote).filteredOn(i -> !i.noteZh().startsWith("发放前须查验成员"))
        .containsExactly(i1);
  }

  @Test
  void aHouseholdAlreadyOnDibaoIsReviewedWithNoTimeLimitOrNotice() throws Exception {
    Planned p = plan(HouseholdReader.fromJsonLine("h6.json", RECIPIENT.replace("\n", "")));
    PlanItem i1 = dibao(p.plan());
    assertThat(i1.noteZh()).startsWith("本户已在享受最低生活保障，本次按复核（动态管理）办理，不是新的申请")
        .contains("此后每 6 个月复核一次");
    assertThat(i1.noteEn()).startsWith("The household already receives the minimum living allowance (低保): this is a review")
        .contains("reviewed every 6 months");
    assertThat(p.dibao().explanationZh()).contains(i1.noteZh());
    assertThat(p.dibao().explanationEn()).contains(i1.noteEn());
  }
}
