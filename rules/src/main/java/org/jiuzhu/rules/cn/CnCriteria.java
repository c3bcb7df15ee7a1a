package org.jiuzhu.rules.cn;

import org.jiuzhu.core.eligibility.Criterion;

/**
 * The criteria of China's rulebook, with their references; their sentences (String.format templates,
 * {@code %1$s} …) are in the rules bundle, {@code criterion.<id>.pass} and {@code .fail} ({@link CnTexts}).
 */
final class CnCriteria {
  private CnCriteria() {}

  private static final String ORDER_649 = "社会救助暂行办法 (国务院令第649号)";
  private static final String MINFA_57 = "最低生活保障审核确认办法 (民发〔2021〕57号)";
  private static final String MINFA_43 = "特困人员认定办法 (民发〔2021〕43号)";
  private static final String MARGINAL = "国办发〔2023〕39号; 低保边缘家庭认定";
  private static final String RIGID = "刚性支出困难家庭认定办法 (民政部, 2024)";
  private static final String TEMPORARY = "社会救助暂行办法 第四十七条; 关于进一步健全完善临时救助制度的意见";

  static final Criterion MEMBERS = Criterion.of("household.counted-members", MINFA_57,
      CnTexts.zh("criterion.household.counted-members.pass"), CnTexts.en("criterion.household.counted-members.pass"), CnTexts.zh("criterion.household.counted-members.fail"), CnTexts.en("criterion.household.counted-members.fail"));
  static final Criterion DIBAO_INCOME = Criterion.of("dibao.income", ORDER_649 + " 第九条",
      CnTexts.zh("criterion.dibao.income.pass"), CnTexts.en("criterion.dibao.income.pass"), CnTexts.zh("criterion.dibao.income.fail"), CnTexts.en("criterion.dibao.income.fail"));
  static final Criterion FINANCIAL = Criterion.of("assets.financial", MINFA_57 + " 家庭财产",
      CnTexts.zh("criterion.assets.financial.pass"), CnTexts.en("criterion.assets.financial.pass"), CnTexts.zh("criterion.assets.financial.fail"), CnTexts.en("criterion.assets.financial.fail"));
  static final Criterion VEHICLES = Criterion.of("assets.vehicles", MINFA_57 + " 家庭财产",
      CnTexts.zh("criterion.assets.vehicles.pass"), CnTexts.en("criterion.assets.vehicles.pass"), CnTexts.zh("criterion.assets.vehicles.fail"), CnTexts.en("criterion.assets.vehicles.fail"));
  static final Criterion HOMES = Criterion.of("assets.homes", MINFA_57 + " 家庭财产",
      CnTexts.zh("criterion.assets.homes.pass"), CnTexts.en("criterion.assets.homes.pass"), CnTexts.zh("criterion.assets.homes.fail"), CnTexts.en("criterion.assets.homes.fail"));
  static final Criterion NON_RESIDENTIAL = Criterion.of("assets.non-residential", MINFA_57 + " 家庭财产",
      CnTexts.zh("criterion.assets.non-residential.pass"), CnTexts.en("criterion.assets.non-residential.pass"), CnTexts.zh("criterion.assets.non-residential.fail"), CnTexts.en("criterion.assets.non-residential.fail"));
  static final Criterion BUSINESS = Criterion.of("assets.business", MINFA_57 + " 家庭财产",
      CnTexts.zh("criterion.assets.business.pass"), CnTexts.en("criterion.assets.business.pass"), CnTexts.zh("criterion.assets.business.fail"), CnTexts.en("criterion.assets.business.fail"));
  static final Criterion SANCTION = Criterion.of("dibao.work-refusal", ORDER_649 + " 第四十五条",
      CnTexts.zh("criterion.dibao.work-refusal.pass"), CnTexts.en("criterion.dibao.work-refusal.pass"), CnTexts.zh("criterion.dibao.work-refusal.fail"), CnTexts.en("criterion.dibao.work-refusal.fail"));

  static final Criterion SINGLE_CONDITION = Criterion.of("dibao-single-person.condition", MINFA_57 + " 单独提出申请",
      CnTexts.zh("criterion.dibao-single-person.condition.pass"), CnTexts.en("criterion.dibao-single-person.condition.pass"), CnTexts.zh("criterion.dibao-single-person.condition.fail"), CnTexts.en("criterion.dibao-single-person.condition.fail"));
  static final Criterion SINGLE_INCOME = Criterion.of("dibao-single-person.income", MINFA_57 + " 单独提出申请",
      CnTexts.zh("criterion.dibao-single-person.income.pass"), CnTexts.en("criterion.dibao-single-person.income.pass"), CnTexts.zh("criterion.dibao-single-person.income.fail"), CnTexts.en("criterion.dibao-single-person.income.fail"));

  static final Criterion NOT_TEKUN = Criterion.of("dibao.not-tekun", MINFA_43,
      CnTexts.zh("criterion.dibao.not-tekun.pass"), CnTexts.en("criterion.dibao.not-tekun.pass"), CnTexts.zh("criterion.dibao.not-tekun.fail"), CnTexts.en("criterion.dibao.not-tekun.fail"));
  static final Criterion NOT_TEKUN_MEMBER = Criterion.of("not-tekun-member", MINFA_43,
      CnTexts.zh("criterion.not-tekun-member.pass"), CnTexts.en("criterion.not-tekun-member.pass"), CnTexts.zh("criterion.not-tekun-member.fail"), CnTexts.en("criterion.not-tekun-member.fail"));
  static final Criterion NOT_ALL_TEKUN = Criterion.of("not-all-tekun", MINFA_43,
      CnTexts.zh("criterion.not-all-tekun.pass"), CnTexts.en("criterion.not-all-tekun.pass"), CnTexts.zh("criterion.not-all-tekun.fail"), CnTexts.en("criterion.not-all-tekun.fail"));
  static final Criterion NOT_DIBAO = Criterion.of("not-dibao", MARGINAL,
      CnTexts.zh("criterion.not-dibao.pass"), CnTexts.en("criterion.not-dibao.pass"), CnTexts.zh("criterion.not-dibao.fail"), CnTexts.en("criterion.not-dibao.fail"));
  static final Criterion MARGINAL_INCOME = Criterion.of("dibao-marginal.income", MARGINAL,
      CnTexts.zh("criterion.dibao-marginal.income.pass"), CnTexts.en("criterion.dibao-marginal.income.pass"), CnTexts.zh("criterion.dibao-marginal.income.fail"), CnTexts.en("criterion.dibao-marginal.income.fail"));

  static final Criterion NOT_OTHER_CATEGORY = Criterion.of("rigid-expenditure.category", RIGID,
      CnTexts.zh("criterion.rigid-expenditure.category.pass"), CnTexts.en("criterion.rigid-expenditure.category.pass"), CnTexts.zh("criterion.rigid-expenditure.category.fail"), CnTexts.en("criterion.rigid-expenditure.category.fail"));
  static final Criterion RIGID_INCOME = Criterion.of("rigid-expenditure.income", RIGID,
      CnTexts.zh("criterion.rigid-expenditure.income.pass"), CnTexts.en("criterion.rigid-expenditure.income.pass"), CnTexts.zh("criterion.rigid-expenditure.income.fail"), CnTexts.en("criterion.rigid-expenditure.income.fail"));
  static final Criterion RIGID_RATIO = Criterion.of("rigid-expenditure.ratio", RIGID,
      CnTexts.zh("criterion.rigid-expenditure.ratio.pass"), CnTexts.en("criterion.rigid-expenditure.ratio.pass"), CnTexts.zh("criterion.rigid-expenditure.ratio.fail"), CnTexts.en("criterion.rigid-expenditure.ratio.fail"));
  /**
   * {@link #RIGID_RATIO} (the same id) refused on no rigid spending while the household's income is
   * not known (its records all before the window): none exceeds any share of any income, and the
   * sentence does not state the income.
   */
  static final Criterion RIGID_RATIO_NO_SPENDING = Criterion.of("rigid-expenditure.ratio", RIGID,
      CnTexts.zh("criterion.rigid-expenditure.ratio.pass"), CnTexts.en("criterion.rigid-expenditure.ratio.pass"),
      CnTexts.zh("criterion.rigid-expenditure.ratio.fail.no-spending"), CnTexts.en("criterion.rigid-expenditure.ratio.fail.no-spending"));

  static final Criterion TEKUN_CAPACITY = Criterion.of("tekun.work-capacity", MINFA_43 + " 无劳动能力",
      CnTexts.zh("criterion.tekun.work-capacity.pass"), CnTexts.en("criterion.tekun.work-capacity.pass"), CnTexts.zh("criterion.tekun.work-capacity.fail"), CnTexts.en("criterion.tekun.work-capacity.fail"));
  static final Criterion TEKUN_ORPHAN = Criterion.of("tekun.orphan", MINFA_43 + " 孤儿",
      CnTexts.zh("criterion.tekun.orphan.pass"), CnTexts.en("criterion.tekun.orphan.pass"), CnTexts.zh("criterion.tekun.orphan.fail"), CnTexts.en("criterion.tekun.orphan.fail"));
  static final Criterion TEKUN_INCOME = Criterion.of("tekun.income", MINFA_43 + " 无生活来源",
      CnTexts.zh("criterion.tekun.income.pass"), CnTexts.en("criterion.tekun.income.pass"), CnTexts.zh("criterion.tekun.income.fail"), CnTexts.en("criterion.tekun.income.fail"));
  static final Criterion TEKUN_ASSETS = Criterion.of("tekun.assets", MINFA_43 + " 无生活来源",
      CnTexts.zh("criterion.tekun.assets.pass"), CnTexts.en("criterion.tekun.assets.pass"), CnTexts.zh("criterion.tekun.assets.fail"), CnTexts.en("criterion.tekun.assets.fail"));
  static final Criterion TEKUN_SUPPORTERS = Criterion.of("tekun.supporters", MINFA_43 + " 无履行义务能力",
      CnTexts.zh("criterion.tekun.supporters.pass"), CnTexts.en("criterion.tekun.supporters.pass"), CnTexts.zh("criterion.tekun.supporters.fail"), CnTexts.en("criterion.tekun.supporters.fail"));

  static final Criterion TEMPORARY_EVENT = Criterion.of("temporary-assistance.event", TEMPORARY,
      CnTexts.zh("criterion.temporary-assistance.event.pass"), CnTexts.en("criterion.temporary-assistance.event.pass"), CnTexts.zh("criterion.temporary-assistance.event.fail"), CnTexts.en("criterion.temporary-assistance.event.fail"));
  static final Criterion TEMPORARY_EXPENDITURE = Criterion.of("temporary-assistance.expenditure", TEMPORARY,
      CnTexts.zh("criterion.temporary-assistance.expenditure.pass"), CnTexts.en("criterion.temporary-assistance.expenditure.pass"), CnTexts.zh("criterion.temporary-assistance.expenditure.fail"), CnTexts.en("criterion.temporary-assistance.expenditure.fail"));
}
