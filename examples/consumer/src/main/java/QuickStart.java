import java.time.LocalDate;
import java.time.YearMonth;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.CitizenId;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.validation.ValidationException;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.cn.CnRulebook;

public class QuickStart {
  public static void main(String[] args) {
    // Every policy module on the class path: the national defaults and the region packs.
    Policy policy = Policy.installed();

    // The parameters in force in Zhuanglang County (庄浪县) on 1 October 2025, resolved once.
    PolicySnapshot snapshot = policy.snapshot(RegionCode.parse("620825"), LocalDate.of(2025, 10, 1));
    Money standard = snapshot.get(CnParameters.DIBAO_STANDARD_RURAL);
    ParameterValue source = snapshot.provenance(CnParameters.DIBAO_STANDARD_RURAL).orElseThrow();
    System.out.println("rural 低保 standard: " + standard + " yuan/person/month");
    System.out.println("from region " + source.region() + ", effective " + source.effective() + ", " + source.status());

    // Models are validated when built, and every problem is reported at once, ID numbers masked.
    try {
      new Member.Builder()
          .id("m1")
          .relationship(Relationship.APPLICANT)
          .citizenId(CitizenId.parse("620825196503120017"))
          .birthDate(LocalDate.of(1966, 3, 12)) // not the date in the ID number
          .hukouType(HukouType.RURAL)
          .hukouRegion(RegionCode.parse("620825"))
          .workStatus(WorkStatus.FARMING)
          .consecutiveRefusedJobOffers(-1)
          .build();
    } catch (ValidationException e) {
      e.problems().forEach(System.out::println);
    }

    // Money is exact: three people at the standard, to the fen.
    System.out.println("3 x standard = " + standard.times(3));

    // One household screened against every programme, with findings and explanations.
    Household household = new Household.Builder()
        .id("case-1")
        .region(RegionCode.parse("620825"))
        .applicantId("m1")
        .addMembers(new Member.Builder()
            .id("m1")
            .relationship(Relationship.APPLICANT)
            .birthDate(LocalDate.of(1982, 4, 1))
            .hukouType(HukouType.RURAL)
            .hukouRegion(RegionCode.parse("620825"))
            .workStatus(WorkStatus.FARMING)
            .build())
        .addIncomes(new IncomeItem.Builder()
            .memberId("m1")
            .category(IncomeCategory.TRANSFER_NET)
            .month(YearMonth.of(2025, 9))
            .gross(Money.parse("1200"))
            .build())
        .build();
    Screening screening = CnRulebook.create(policy).evaluate(household, LocalDate.of(2025, 10, 1));
    Determination dibao = screening.get(CnRulebook.DIBAO).orElseThrow();
    System.out.println(dibao.programmeId() + " " + dibao.outcome() + " " + dibao.monthlyAmount() + " yuan/month");
    dibao.findings().stream().filter(f -> f.criterionId().equals("dibao.income")).forEach(System.out::println);
  }
}
