package org.jiuzhu.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferencesTest {
  @Test
  void englishNotesOfAReferenceAreRenderedInChineseAndEnglishTextKeepsThem() {
    String ref = "低保边缘家庭认定: local implementing rules (国办发〔2023〕39号) [article not verified]";
    assertThat(References.render(Lang.ZH, ref)).isEqualTo("低保边缘家庭认定：地方实施细则（国办发〔2023〕39号）［条款未核实］");
    assertThat(References.render(Lang.EN, ref))
        .isEqualTo("recognition of marginal households (低保边缘家庭认定): local implementing rules (国办发〔2023〕39号) [article not verified]");
    // the longer phrase wins over the shorter one inside it
    assertThat(References.render(Lang.ZH, "x: local rules; local payment rules [not verified]"))
        .isEqualTo("x：地方规定；地方发放规则［未核实］");
    assertThat(References.render(Lang.ZH, "民政部 民政统计季报 (quarterly statistics), end of September 2025 [not verified: no source found]"))
        .isEqualTo("民政部 民政统计季报（季度统计），2025年9月末［未核实：未找到来源］");
    // a period reads year first in Chinese, any month; English keeps it as written
    assertThat(References.render(Lang.ZH, "figures at end of December 2024 and end of March 2025"))
        .isEqualTo("figures at 2024年12月末 and 2025年3月末");
    assertThat(References.render(Lang.EN, "end of September 2025")).isEqualTo("end of September 2025");
  }

  @Test
  void chineseTextHasFullWidthPunctuationAndEnglishTextNamesTheIssuerInEnglish() {
    String ref = "社会救助暂行办法 第四十八条、第四十九条 (临时救助 approval and standards set by county+ governments);"
        + " amounts: 关于进一步健全完善临时救助制度的意见 (民政部、财政部) [article not verified]";
    assertThat(References.render(Lang.ZH, ref)).isEqualTo("社会救助暂行办法 第四十八条、第四十九条（临时救助 由县级以上人民政府审批并确定标准）；"
        + "金额：关于进一步健全完善临时救助制度的意见（民政部、财政部）［条款未核实］");
    assertThat(References.render(Lang.EN, "关于进一步健全完善临时救助制度的意见 (民政部、财政部), 小额快救 [article not verified]"))
        .isEqualTo("Opinions on Further Improving Temporary Assistance (关于进一步健全完善临时救助制度的意见), Ministry of Civil Affairs and"
            + " Ministry of Finance (民政部、财政部), fast small payments (小额快救) [article not verified]");
    // digits keep their comma and colon; a docs file name stays as written
    assertThat(References.chinesePunctuation("限额 1,000 元 (见 docs/rulebook.md): 地方")).isEqualTo("限额 1,000 元（见 docs/rulebook.md）：地方");
  }

  @Test
  void englishTextNamesEachTitleInEnglishWithTheChineseBracketedAndArticlesAsArt() {
    assertThat(References.render(Lang.EN, "社会救助暂行办法 第四十五条 (Interim Measures on Social Assistance, Art. 45)"))
        .isEqualTo("Interim Measures for Social Assistance (社会救助暂行办法), Art. 45");
    assertThat(References.render(Lang.EN, "社会救助暂行办法 第六十八条 (Art. 68)"))
        .isEqualTo("Interim Measures for Social Assistance (社会救助暂行办法), Art. 68");
    assertThat(References.render(Lang.EN, "社会救助暂行办法 第十二条第二款 (分类施保): amounts set locally"))
        .isEqualTo("Interim Measures for Social Assistance (社会救助暂行办法), Art. 12(2): categorised additions (分类施保): amounts set locally");
    assertThat(References.render(Lang.EN, "社会救助暂行办法 第四十八条、第四十九条 (临时救助 approval and standards set by county+ governments)"))
        .isEqualTo("Interim Measures for Social Assistance (社会救助暂行办法), Arts. 48 and 49 (temporary assistance (临时救助): approval and"
            + " standards set by county+ governments)");
    assertThat(References.render(Lang.EN, "最低生活保障审核确认办法 (民发〔2021〕57号), 家庭收入: local implementing rules [article not verified]"))
        .isEqualTo("Measures for Reviewing and Confirming the Minimum Living Allowance (最低生活保障审核确认办法, 民发〔2021〕57号),"
            + " household income (家庭收入): local implementing rules [article not verified]");
    // quoted article text in English only; a document number alone after its issuer
    assertThat(References.render(Lang.EN, "社会救助暂行办法 第十条: 最低生活保障标准由省级或设区的市级人民政府确定、公布"))
        .isEqualTo("Interim Measures for Social Assistance (社会救助暂行办法), Art. 10: the minimum living standard is set and published by"
            + " the provincial or prefecture-level city government");
    assertThat(References.render(Lang.EN, "国发〔2015〕52号")).isEqualTo("State Council document (国发〔2015〕52号)");
    // a term after a title reads as its English gloss, the longer term first
    assertThat(References.render(Lang.EN, "特困人员认定办法 (民发〔2021〕43号) 孤儿"))
        .isEqualTo("Measures for Recognising People in Extreme Poverty (特困人员认定办法, 民发〔2021〕43号) orphan (孤儿)");
    assertThat(References.render(Lang.EN, "特困人员认定办法 (民发〔2021〕43号) 无履行义务能力")).endsWith(" supporter unable to support (无履行义务能力)");
    assertThat(References.render(Lang.EN, "法定义务人无履行义务能力")).isEqualTo("legal supporters unable to support (法定义务人无履行义务能力)");
    // a phrase the file does not know is bracketed, never left bare
    assertThat(References.render(Lang.EN, "某市低保实施细则 第三条")).isEqualTo("document (某市低保实施细则), Art. 3");
    assertThat(References.numeral("一百零三")).isEqualTo(103);
    assertThat(References.numeral("十")).isEqualTo(10);
    assertThat(References.numeral("四十")).isEqualTo(40);
  }
}
