package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A reform written for another region than the household's changes nothing in the sweep: it says so,
 * as simulate does, in the language of the run; a reform of the household's region says nothing.
 */
final class SweepReformRegionTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final String REFORM = EXAMPLES.resolve("reforms/dibao-standard-plus-10.yaml").toString(); // for 620825

  @Test
  void aReformOfAnotherRegionIsWarnedInEachLanguage() {
    String jixi = EXAMPLES.resolve("households/dibao.json").toString(); // 230300
    CliRun zh = CliRun.of("sweep", "--reform", REFORM, jixi);
    assertThat(zh.exit()).isZero();
    assertThat(zh.err()).contains("警告：改革文件没有改变地区 230300 在2025年10月1日的任何参数，该地区的改革结果与基线相同（改革文件只作用于其中写明的地区）");
    CliRun en = CliRun.of("sweep", "--lang", "en", "--format", "json", "--reform", REFORM, jixi);
    assertThat(en.exit()).isZero();
    assertThat(en.err()).contains("warning: the reform changes no parameter of region 230300 on 1 October 2025; its reform"
        + " results are the baseline's (a reform file applies only to the regions it names)");
    assertThat(en.out()).startsWith("{");
  }

  @Test
  void theDocsExampleUsesAReformThatAppliesToItsHousehold() {
    CliRun r = CliRun.of("sweep", "--lang", "en", "--reform", REFORM,
        EXAMPLES.resolve("households/dibao-marginal-car-story.json").toString()); // 620825, as docs/reports.md
    assertThat(r.exit()).isZero();
    assertThat(r.err()).doesNotContain("warning");
    assertThat(r.out()).contains("cliff (reform): wages 626.00 → 627.00 yuan");
  }
}
