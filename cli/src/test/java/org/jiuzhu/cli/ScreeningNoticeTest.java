package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The appendix of the screening notice (every value used): legal references in the notice's
 * language — in English the titles in English with the Chinese bracketed after them — and
 * roundings in words, as {@code snapshot} writes them.
 */
final class ScreeningNoticeTest {
  @TempDir
  Path dir;

  private String notice(String lang) throws IOException {
    return notice(lang, "dibao-marginal-car-story.json");
  }

  private String notice(String lang, String household) throws IOException {
    Path html = dir.resolve("notice-" + lang + "-" + Path.of(household).getFileName() + ".html");
    CliRun r = CliRun.of("screen", "--date", "2025-10-01", "--lang", lang, "--report", html.toString(),
        LanguageLeakTest.HOUSEHOLDS.resolve(household).toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return Files.readString(html);
  }

  /** The text of the page's cells and paragraphs, one a line, without the style and the script. */
  private static String text(String html) {
    String s = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<style.*?</style>", "")
        .replaceAll("</t[dh]>", "\n").replaceAll("<[^>]+>", "\n");
    return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&quot;", "\"");
  }

  /** The appendix row of a parameter, found by its label in the notice's language (the key where it has none). */
  private static String row(String html, String key) {
    int at = -1;
    for (org.jiuzhu.core.text.Lang l : org.jiuzhu.core.text.Lang.values()) {
      at = at >= 0 ? at : html.indexOf("<td>" + label(l, key) + "</td>");
    }
    assertThat(at).as(key).isNotNegative();
    return text(html.substring(at, html.indexOf("</tr>", at))).replaceAll("\n+", " | ").replaceFirst("^ \\| ", "").strip();
  }

  private static String label(org.jiuzhu.core.text.Lang l, String key) {
    return org.jiuzhu.rules.cn.ParameterLabels.label(l, key).orElse(key);
  }

  @Test
  void aGrantedDibaoStatesTheProcedureAndTheNoticeTheRouteOfAppealInBothLanguages() throws IOException {
    String zh = text(notice("zh", "dibao.json"));
    assertThat(zh).contains("由县级民政部门（或经其授权的乡镇（街道））审核确认：拟批准的公示 7 天，自受理申请之日起 30 个工作日内作出决定")
        .contains("不服决定的救济途径")
        .contains("可以自知道或者应当知道该决定之日起 60 日内申请行政复议（《中华人民共和国行政复议法》第二十条）")
        .contains("6 个月内直接向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）");
    String en = text(notice("en", "dibao.json"));
    assertThat(en).contains("Decided (审核确认) by the county civil-affairs bureau, or by the township (乡镇街道) it has authorised:"
            + " a case to be approved is posted for public notice (公示) for 7 days and decided within 30 working days")
        .contains("If you disagree with the decision")
        .contains("administrative reconsideration (行政复议) within 60 days of the day you knew or should have known of it"
            + " (Administrative Reconsideration Law (行政复议法), Art. 20)")
        .contains("administrative lawsuit (行政诉讼) directly before a people's court within 6 months of that day"
            + " (Administrative Litigation Law (行政诉讼法), Art. 46)");
    assertThat(LanguageLeakTest.enLeaks(en)).isEmpty();
  }

  /** The granted table's row of a programme, its cells joined by " | ". */
  private static String grantedRow(String html, String programme) {
    int at = html.indexOf("<td>" + programme + "</td>", html.indexOf("id=\"granted\""));
    assertThat(at).as(programme).isNotNegative();
    return text(html.substring(at, html.indexOf("</tr>", at))).replaceAll("\n+", " | ").replaceFirst("^ ?\\| ", "").strip();
  }

  @Test
  void aProgrammeWithoutAnAmountShowsItsKindAsTheScreenTextDoes() throws IOException {
    String zh = notice("zh");
    assertThat(grantedRow(zh, "低保边缘家庭认定")).startsWith("低保边缘家庭认定 | 民政局 | 全户 | 转介 |");
    assertThat(grantedRow(zh, "法律援助")).startsWith("法律援助 | 司法局 | 全户 | 转介 |");
    assertThat(grantedRow(zh, "家庭医生签约服务")).startsWith("家庭医生签约服务 | 卫生健康委员会 | m1 | 每月 1 次 |");
    String en = notice("en");
    assertThat(grantedRow(en, "Recognition as a marginal household")).contains("| a referral |");
    assertThat(grantedRow(en, "Legal aid")).contains("| a referral |");
    // a list item starts with a capital in English; Chinese as it is
    assertThat(en).contains("</span>The single application form</li>").doesNotContain("</span>the single application form</li>");
  }

  private String noticeOf(String lang, String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json);
    return notice(lang, file.toAbsolutePath().toString());
  }

  @Test
  void aDibaoOfZeroShowsItsMonthlyAmountNotItsKind() throws IOException {
    assertThat(grantedRow(noticeOf("zh", "h1b.json", ScreenTextTest.JUST_BELOW), "最低生活保障"))
        .startsWith("最低生活保障 | 民政局 | m1、m2 | 每月 0.00 元 |");
    assertThat(grantedRow(noticeOf("en", "h1b.json", ScreenTextTest.JUST_BELOW), "Minimum living allowance"))
        .startsWith("Minimum living allowance | Civil Affairs Bureau | m1, m2 | 0.00 yuan a month |");
  }

  @Test
  void theNoticeNamesTheMembersKeepsAnAmountOnOneLineAndDatesAReviewAsOne() throws IOException {
    String zhHtml = noticeOf("zh", "h6u.json", ScreenTextTest.URBAN_DIALYSIS);
    // the members each programme is for, as the screen text says; the whole household where it names none
    assertThat(grantedRow(zhHtml, "职业培训补贴")).isEqualTo("职业培训补贴 | 人力资源和社会保障局 | m2 | 一次性 1,500.00 元 |");
    assertThat(grantedRow(zhHtml, "最低生活保障")).startsWith("最低生活保障 | 民政局 | m1、m2 | 每月 724.00 元 | 自2025年11月1日起");
    assertThat(grantedRow(zhHtml, "临时救助")).startsWith("临时救助 | 民政局 | 全户 | 一次性 2,700.00 元 |");
    assertThat(zhHtml).contains("<th scope=\"col\">享受成员</th><th scope=\"col\">金额</th>");
    // the amount column (the 4th) does not wrap, so 元 never stands on a line of its own
    assertThat(zhHtml).contains("body.notice #granted td:nth-child(4){white-space:nowrap}");
    // already on 低保: screened at its review, not at an application
    String zh = text(zhHtml);
    assertThat(zh).contains("复核日期2025年10月1日").doesNotContain("申请日期");
    // the two housing alternatives, under the table, and a total without the rent subsidy
    assertThat(zh).contains("住房租赁补贴：与公共租赁住房实物配租二选一，由家庭选择其一：选择本项则不再享受公共租赁住房实物配租；合计不含本项。")
        .contains("724.00");
    String enHtml = noticeOf("en", "h6u.json", ScreenTextTest.URBAN_DIALYSIS);
    assertThat(grantedRow(enHtml, "Vocational training subsidy"))
        .isEqualTo("Vocational training subsidy | Human Resources and Social Security Bureau | m2 | 1,500.00 yuan once |");
    assertThat(grantedRow(enHtml, "Legal aid")).startsWith("Legal aid | Justice Bureau | the whole household | a referral |");
    String en = text(enHtml);
    assertThat(en).contains("review (复核) of 1 October 2025").doesNotContain("application of");
    assertThat(LanguageLeakTest.enLeaks(en)).isEmpty();
    // a new application still says so
    assertThat(text(notice("zh"))).contains("申请日期2025年10月1日").doesNotContain("复核日期");
    assertThat(text(notice("en"))).contains("application of 1 October 2025");
  }

  @Test
  void englishAppendixNamesTheLawInEnglishWithTheChineseBracketedAndRoundingsInWords() throws IOException {
    String html = notice("en");
    assertThat(row(html, "dibao.sanction.refused-job-offers"))
        .endsWith("National, in force from 1 May 2014; Interim Measures for Social Assistance (社会救助暂行办法), Art. 45 |");
    assertThat(row(html, "dibao.standard.rural")).contains("Interim Measures for Social Assistance (社会救助暂行办法), Art. 10: the minimum"
        + " living standard is set and published by the provincial or prefecture-level city government");
    assertThat(row(html, "dibao.amount.rounding")).startsWith(label(org.jiuzhu.core.text.Lang.EN, "dibao.amount.rounding") + " | half up, step 1 yuan | illustrative |");
    assertThat(row(html, "dibao.amount.rounding-stage")).startsWith(label(org.jiuzhu.core.text.Lang.EN, "dibao.amount.rounding-stage") + " | household amount rounded first |");
    assertThat(row(html, "tekun.floor.rounding")).startsWith(label(org.jiuzhu.core.text.Lang.EN, "tekun.floor.rounding") + " | up (ceiling), step 0.01 yuan |");
    assertThat(row(html, "tekun.floor.rounding-stage")).startsWith(label(org.jiuzhu.core.text.Lang.EN, "tekun.floor.rounding-stage") + " | yearly figure rounded once |");
    assertThat(row(html, "income.exclude.residents-basic-pension")).startsWith(label(org.jiuzhu.core.text.Lang.EN, "income.exclude.residents-basic-pension") + " | yes |");
    // a value no rule sets says so; no file of the repository is cited as law
    assertThat(row(html, "screening.near-miss-margin")).endsWith("a modelling choice of this library, not a legal rule |");
    assertThat(row(html, "plan.review-months")).endsWith("a modelling choice of this library, not a legal rule |");
    String text = text(html);
    assertThat(text).doesNotContain("HALF_UP", "CEILING:", "docs/catalogue.md", "docs/plans.md", "docs/simulation.md")
        .doesNotContainPattern("(?m)^(household|yearly|true|false)$");
    // Chinese only in brackets, on every line of the page
    assertThat(LanguageLeakTest.enLeaks(text)).isEmpty();
  }

  @Test
  void chineseAppendixHasRoundingsInWordsAndNoRawValue() throws IOException {
    String html = notice("zh");
    assertThat(row(html, "dibao.sanction.refused-job-offers")).endsWith("全国，2014年5月1日起施行；社会救助暂行办法 第四十五条 |");
    assertThat(row(html, "dibao.amount.rounding")).startsWith(label(org.jiuzhu.core.text.Lang.ZH, "dibao.amount.rounding") + " | 四舍五入，步长 1 元 | 示例值 |");
    assertThat(row(html, "dibao.amount.rounding-stage")).startsWith(label(org.jiuzhu.core.text.Lang.ZH, "dibao.amount.rounding-stage") + " | 家庭月额先取整 |");
    assertThat(row(html, "tekun.floor.rounding")).startsWith(label(org.jiuzhu.core.text.Lang.ZH, "tekun.floor.rounding") + " | 向上取整，步长 0.01 元 |");
    assertThat(row(html, "tekun.floor.rounding-stage")).startsWith(label(org.jiuzhu.core.text.Lang.ZH, "tekun.floor.rounding-stage") + " | 年额取整一次 |");
    assertThat(row(html, "income.exclude.residents-basic-pension")).startsWith(label(org.jiuzhu.core.text.Lang.ZH, "income.exclude.residents-basic-pension") + " | 是 |");
    assertThat(row(html, "screening.near-miss-margin")).endsWith("本库的建模选择，非法规规定 |");
    String text = text(html);
    assertThat(text).doesNotContain("HALF_UP", "CEILING:", "docs/", "救助项目目录", "一户一策救助方案", "合成人口")
        .doesNotContainPattern("(?m)^(household|yearly|true|false)$");
    // no Latin words but the ids: the household's, the members', the parameter keys, the fingerprint
    String withoutKeys = text.replaceAll("(?m)^[a-z0-9-]+(\\.[a-z0-9-]+)+$", "");
    assertThat(LanguageLeakTest.zhLeaks(withoutKeys, List.of("dibao-marginal-car-story", "dibao", "marginal", "car", "story", "jiuzhu")))
        .isEmpty();
  }
}
