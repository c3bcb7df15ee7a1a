package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep's HTML report lists what is lost without a cash amount (a recognition such as
 * 低保边缘家庭认定, a fee waiver) at every step the text lists it — at a cliff and where net income
 * does not fall — from the same {@code Sweep.Result.nonCashLosses()}, in both languages.
 */
final class SweepReportNonCashLossTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("jiuzhu.examples", "../examples/households"));

  /** Jixi's (鸡西市, 230300) rural 低保 standard raised from 540 to 700 yuan: a what-if of the test. */
  static final String JIXI_700 = """
      format: jiuzhu-policy/1
      module: test.reform.jixi
      description: Jixi rural standard 700 (a test's what-if)
      parameters:
        - key: dibao.standard.rural
          region: "230300"
          unit: CNY/person/month
          reference: "a what-if of a test, not a legal rule"
          status: illustrative
          note: "a reform scenario, not an official figure"
          values:
            - from: 2025-10-01
              value: 700
      """;

  @TempDir Path dir;

  @Test
  void theReportListsEveryLossWithoutACashAmountThatTheTextListsInBothLanguages() throws Exception {
    Path reform = Files.writeString(dir.resolve("jixi-700.yaml"), JIXI_700);
    String household = EXAMPLES.resolve("dibao-single-person.json").toString();
    for (String lang : List.of("zh", "en")) {
      Path report = dir.resolve("sweep-" + lang + ".html");
      CliRun run = CliRun.of("sweep", "--lang", lang, "--step", "50", "--reform", reform.toString(), "--report", report.toString(),
          household);
      assertThat(run.exit()).as(run.err()).isZero();
      String html = Files.readString(report);
      boolean zh = lang.equals("zh");
      // the text: two at cliffs (baseline 450 → 500, reform 1,000 → 1,050), one without (reform 300 → 350)
      assertThat(run.out().lines().filter(l -> l.contains(zh ? "另失去无现金金额的" : "also lost, with no cash amount"))).hasSize(2);
      assertThat(run.out().lines().filter(l -> l.startsWith(zh ? "无现金金额的损失（改革）：月工资 300.00 → 350.00 元"
          : "loss without a cash amount (reform): wages 300.00 → 350.00 yuan"))).hasSize(1);
      assertThat(html).contains("id=\"sweep-non-cash\"");
      String section = html.substring(html.indexOf('>', html.indexOf("id=\"sweep-non-cash\"")) + 1);
      section = section.substring(0, section.indexOf("</section>"));
      if (zh) {
        assertThat(section).contains("共 3 步失去没有现金金额的项目",
            "<tr><td>基线</td><td class=\"num\">450.00</td><td class=\"num\">500.00</td>"
                + "<td>低保边缘家庭认定、家庭医生签约服务、法律援助</td><td>下降（断崖）</td></tr>",
            "<tr><td>改革</td><td class=\"num\">300.00</td><td class=\"num\">350.00</td>"
                + "<td>低保特困户免费用电、水费减免</td><td>未下降</td></tr>",
            "<tr><td>改革</td><td class=\"num\">1,000.00</td><td class=\"num\">1,050.00</td>"
                + "<td>低保边缘家庭认定、家庭医生签约服务、法律援助</td><td>下降（断崖）</td></tr>",
            "低保边缘家庭认定本身没有现金金额，但其他救助以该认定为条件。");
        assertThat(LanguageLeakTest.zhLeaks(section.replaceAll("<[^>]*>", " "), List.of())).isEmpty();
      } else {
        assertThat(section).contains("3 steps lose a programme that has no cash amount",
            "<tr><td>baseline</td><td class=\"num\">450.00</td><td class=\"num\">500.00</td>"
                + "<td>Recognition as a marginal household, Contracted family doctor services, Legal aid</td><td>falls (a cliff)</td></tr>",
            "<td class=\"num\">300.00</td><td class=\"num\">350.00</td><td>Free electricity for households on the minimum living"
                + " allowance (低保) or in extreme poverty (特困), Water fee reduction</td><td>does not fall</td></tr>",
            "Recognition as a marginal household has no cash amount itself, but other help rests on that recognition.");
        assertThat(LanguageLeakTest.enLeaks(section.replaceAll("<[^>]*>", " "))).isEmpty();
      }
    }
  }

  @Test
  void withoutSuchALossTheReportSaysSo() throws Exception {
    Path report = dir.resolve("sweep.html");
    CliRun run = CliRun.of("sweep", "--lang", "en", "--from", "0", "--to", "400", "--step", "50", "--report", report.toString(),
        EXAMPLES.resolve("dibao-single-person.json").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(report)).contains("id=\"sweep-non-cash\"", "Nothing without a cash amount is lost as wages rise.");
  }
}
