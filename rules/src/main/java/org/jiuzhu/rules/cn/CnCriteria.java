package org.jiuzhu.rules.cn;

import org.jiuzhu.core.eligibility.Criterion;

/** The criteria of China's rulebook, with their references and bilingual sentences. */
final class CnCriteria {
  private CnCriteria() {}

  private static final String ORDER_649 = "社会救助暂行办法 (国务院令第649号)";
  private static final String MINFA_57 = "最低生活保障审核确认办法 (民发〔2021〕57号)";
  private static final String MINFA_43 = "特困人员认定办法 (民发〔2021〕43号)";
  private static final String MARGINAL = "国办发〔2023〕39号; 低保边缘家庭认定";
  private static final String RIGID = "刚性支出困难家庭认定办法 (民政部, 2024)";
  private static final String TEMPORARY = "社会救助暂行办法 第四十七条; 关于进一步健全完善临时救助制度的意见";

  static final Criterion MEMBERS = Criterion.of("household.counted-members", MINFA_57,
      "共同生活的家庭成员 %1$s 人。", "%1$s household members are counted.",
      "没有可计算的共同生活家庭成员。", "No household member can be counted.");
  static final Criterion DIBAO_INCOME = Criterion.of("dibao.income", ORDER_649 + " 第九条",
      "家庭月人均收入 %1$s 元，低于低保标准 %2$s 元。",
      "Monthly income per person, %1$s yuan, is below the minimum living standard of %2$s yuan.",
      "家庭月人均收入 %1$s 元，不低于低保标准 %2$s 元。",
      "Monthly income per person, %1$s yuan, is not below the minimum living standard of %2$s yuan.");
  static final Criterion FINANCIAL = Criterion.of("assets.financial", MINFA_57 + " 家庭财产",
      "人均金融资产 %1$s 元，未超过限额 %2$s 元。", "Financial assets per person, %1$s yuan, are within the limit of %2$s yuan.",
      "人均金融资产 %1$s 元，超过限额 %2$s 元。", "Financial assets per person, %1$s yuan, exceed the limit of %2$s yuan.");
  static final Criterion VEHICLES = Criterion.of("assets.vehicles", MINFA_57 + " 家庭财产",
      "机动车辆 %1$s 辆，均符合规定。", "%1$s vehicle(s), all within the rules.",
      "第 %1$s 辆机动车辆（价值 %2$s 元）不予豁免。", "Vehicle %1$s (worth %2$s yuan) is not exempt.");
  static final Criterion HOMES = Criterion.of("assets.homes", MINFA_57 + " 家庭财产",
      "住房 %1$s 套，符合规定（至多 %2$s 套）。", "%1$s home(s), within the rule (at most %2$s).",
      "住房 %1$s 套，超过规定（至多 %2$s 套，或人均面积低于限额）。",
      "%1$s homes, more than the rule allows (at most %2$s, or a small area per person).");
  static final Criterion NON_RESIDENTIAL = Criterion.of("assets.non-residential", MINFA_57 + " 家庭财产",
      "没有非住宅类房产。", "No non-residential property.",
      "拥有 %1$s 处非住宅类房产。", "Owns %1$s non-residential properties.");
  static final Criterion BUSINESS = Criterion.of("assets.business", MINFA_57 + " 家庭财产",
      "没有不予豁免的经营登记。", "No business registration that disqualifies.",
      "有 %1$s 个不予豁免的经营登记。", "Has %1$s business registrations that disqualify.");
  static final Criterion SANCTION = Criterion.of("dibao.work-refusal", ORDER_649 + " 第四十五条",
      "成员 %1$s 未连续拒绝介绍的工作。", "Member %1$s has not refused suitable work repeatedly.",
      "成员 %1$s 连续 %2$s 次无正当理由拒绝介绍的工作，停发其本人的低保金。",
      "Member %1$s refused suitable work %2$s times in a row without good reason: their own share is stopped.");

  static final Criterion SINGLE_CONDITION = Criterion.of("dibao-single-person.condition", MINFA_57 + " 单独提出申请",
      "成员 %1$s 属于%2$s，可单独纳入低保。", "Member %1$s qualifies to apply alone (%2$s).",
      "成员 %1$s 不属于可单独纳入低保的情形。", "Member %1$s does not qualify to apply alone.");
  static final Criterion SINGLE_INCOME = Criterion.of("dibao-single-person.income", MINFA_57 + " 单独提出申请",
      "成员 %3$s 本人月收入 %1$s 元，低于低保标准 %2$s 元。",
      "Member %3$s's own monthly income, %1$s yuan, is below the standard of %2$s yuan.",
      "成员 %3$s 本人月收入 %1$s 元，不低于低保标准 %2$s 元。",
      "Member %3$s's own monthly income, %1$s yuan, is not below the standard of %2$s yuan.");

  static final Criterion NOT_TEKUN = Criterion.of("dibao.not-tekun", MINFA_43,
      "家庭成员不全属于特困供养对象。", "Not every member is covered as a person in extreme poverty.",
      "家庭成员均已认定为特困人员，按特困人员救助供养，不再纳入低保。",
      "Every member qualifies as a person in extreme poverty (特困) and is supported as such instead of the minimum living allowance (低保).");
  static final Criterion NOT_TEKUN_MEMBER = Criterion.of("not-tekun-member", MINFA_43,
      "成员 %1$s 未认定为特困人员。", "Member %1$s is not supported as a person in extreme poverty (特困).",
      "成员 %1$s 已按特困人员救助供养，不重复享受。",
      "Member %1$s is supported as a person in extreme poverty (特困) and gets no second benefit for the same need.");
  static final Criterion NOT_ALL_TEKUN = Criterion.of("not-all-tekun", MINFA_43,
      "家庭成员不全属于特困供养对象。", "Not every member is supported as a person in extreme poverty (特困).",
      "家庭成员均已认定为特困人员，不再认定为低保边缘家庭。",
      "Every member is supported as a person in extreme poverty (特困); the household is not recognised as marginal as well.");
  static final Criterion NOT_DIBAO = Criterion.of("not-dibao", MARGINAL,
      "家庭不符合低保条件。", "The household is not eligible for the minimum living allowance (低保).",
      "家庭已符合低保条件。", "The household is eligible for the minimum living allowance (低保) already.");
  static final Criterion MARGINAL_INCOME = Criterion.of("dibao-marginal.income", MARGINAL,
      "家庭月人均收入 %1$s 元，低于低保标准的 %3$s 倍（%2$s 元）。",
      "Monthly income per person, %1$s yuan, is below %3$s times the standard (%2$s yuan).",
      "家庭月人均收入 %1$s 元，不低于低保标准的 %3$s 倍（%2$s 元）。",
      "Monthly income per person, %1$s yuan, is not below %3$s times the standard (%2$s yuan).");

  static final Criterion NOT_OTHER_CATEGORY = Criterion.of("rigid-expenditure.category", RIGID,
      "家庭不属于低保、特困或低保边缘家庭。", "The household is not a minimum-living-allowance (低保), extreme-poverty (特困) or marginal (低保边缘) household.",
      "家庭已属于%1$s。", "The household is a %1$s household already.");
  static final Criterion RIGID_INCOME = Criterion.of("rigid-expenditure.income", RIGID,
      "家庭年人均收入 %1$s 元，低于上年度人均可支配收入 %2$s 元。",
      "Yearly income per person, %1$s yuan, is below last year's per-capita disposable income of %2$s yuan.",
      "家庭年人均收入 %1$s 元，不低于上年度人均可支配收入 %2$s 元。",
      "Yearly income per person, %1$s yuan, is not below last year's per-capita disposable income of %2$s yuan.");
  static final Criterion RIGID_RATIO = Criterion.of("rigid-expenditure.ratio", RIGID,
      "近 %3$s 个月刚性支出 %1$s 元，超过家庭总收入的 %2$s。",
      "Rigid spending of the last %3$s months, %1$s yuan, exceeds %2$s of total household income.",
      "近 %3$s 个月刚性支出 %1$s 元，未超过家庭总收入的 %2$s。",
      "Rigid spending of the last %3$s months, %1$s yuan, does not exceed %2$s of total household income.");

  static final Criterion TEKUN_CAPACITY = Criterion.of("tekun.work-capacity", MINFA_43 + " 无劳动能力",
      "成员 %1$s 无劳动能力（%2$s）。", "Member %1$s has no capacity to work (%2$s).",
      "成员 %1$s 有劳动能力。", "Member %1$s is able to work.");
  static final Criterion TEKUN_ORPHAN = Criterion.of("tekun.orphan", MINFA_43 + " 孤儿",
      "成员 %1$s 不是孤儿。", "Member %1$s is not an orphan.",
      "成员 %1$s 为孤儿，应纳入孤儿基本生活保障，不认定为特困人员。",
      "Member %1$s is an orphan and goes to the orphan allowance instead of support for people in extreme poverty (特困).");
  static final Criterion TEKUN_INCOME = Criterion.of("tekun.income", MINFA_43 + " 无生活来源",
      "成员 %3$s 本人月收入 %1$s 元，低于低保标准 %2$s 元。",
      "Member %3$s's own monthly income, %1$s yuan, is below the standard of %2$s yuan.",
      "成员 %3$s 本人月收入 %1$s 元，不低于低保标准 %2$s 元。",
      "Member %3$s's own monthly income, %1$s yuan, is not below the standard of %2$s yuan.");
  static final Criterion TEKUN_ASSETS = Criterion.of("tekun.assets", MINFA_43 + " 无生活来源",
      "成员 %3$s 本人金融资产 %1$s 元，未超过 %2$s 元，无不予豁免的车辆。",
      "Member %3$s's own financial assets, %1$s yuan, are within %2$s yuan, with no vehicle that disqualifies.",
      "成员 %3$s 本人财产超过特困认定标准（金融资产 %1$s 元，限额 %2$s 元，或拥有不予豁免的车辆）。",
      "Member %3$s's own assets exceed the rules for people in extreme poverty (特困) (financial %1$s yuan, limit %2$s yuan, or a vehicle that disqualifies).");
  static final Criterion TEKUN_SUPPORTERS = Criterion.of("tekun.supporters", MINFA_43 + " 无履行义务能力",
      "成员 %1$s 无法定义务人，或义务人无履行义务能力（%2$s）。",
      "Member %1$s has no legal supporter, or none able to support (%2$s).",
      "成员 %1$s 有具备履行义务能力的法定义务人。", "Member %1$s has a legal supporter able to support.");

  static final Criterion TEMPORARY_EVENT = Criterion.of("temporary-assistance.event", TEMPORARY,
      "近 %2$s 天内发生突发事件：%1$s。", "A sudden event within the last %2$s days: %1$s.",
      "近 %2$s 天内没有突发事件。", "No sudden event within the last %2$s days.");
  static final Criterion TEMPORARY_EXPENDITURE = Criterion.of("temporary-assistance.expenditure", TEMPORARY,
      "近 %3$s 个月刚性支出超出收入可承担部分 %1$s 元（上限 %2$s 元）。",
      "Rigid spending of the last %3$s months exceeds what income can bear by %1$s yuan (cap %2$s yuan).",
      "近 %3$s 个月没有超出收入可承担部分的刚性支出（或收入、财产不符合支出型救助条件）。",
      "No rigid spending beyond what income can bear in the last %3$s months (or income or assets exceed the rules).");
}
