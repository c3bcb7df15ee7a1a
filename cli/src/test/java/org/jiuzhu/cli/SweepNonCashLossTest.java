package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where wages rise past the 低保边缘 line, the household loses its marginal-household recognition
 * (低保边缘家庭认定): it has no cash amount, but other help rests on it, so the cliff says it (zh, en, JSON).
 */
final class SweepNonCashLossTest {
  private static final Path DIBAO = Path.of(System.getProperty("jiuzhu.examples", "../examples/households")).resolve("dibao.json");

  @Test
  void theCliffPastTheMarginalLineSaysTheRecognitionIsLostInBothLanguages() {
    CliRun zh = CliRun.of("sweep", "--from", "1180", "--to", "1200", "--step", "20", DIBAO.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out().lines()).contains("断崖：月工资 1,180.00 → 1,200.00 元时净收入减少 96.67 元；失去冬季取暖补贴、城乡居民医保参保资助；"
        + "另失去无现金金额的低保边缘家庭认定、法律援助（未计入净收入的减少）；低保边缘家庭认定本身没有现金金额，但其他救助以该认定为条件");
    assertThat(LanguageLeakTest.zhLeaks(zh.out(), List.of("dibao", "m1"))).isEmpty();
    CliRun en = CliRun.of("sweep", "--lang", "en", "--from", "1180", "--to", "1200", "--step", "20", DIBAO.toString());
    assertThat(en.out().lines()).contains("cliff: wages 1,180.00 → 1,200.00 yuan, net income falls by 96.67 yuan; lost Winter heating"
        + " subsidy, Subsidy of the residents' health-insurance contribution; also lost, with no cash amount (not in the fall of net"
        + " income): Recognition as a marginal household, Legal aid; Recognition as a marginal household has no cash amount itself,"
        + " but other help rests on that recognition");
    assertThat(LanguageLeakTest.enLeaks(en.out())).isEmpty();
  }

  @Test
  void theJsonSaysWhatIsLostWithoutACashAmountAtEveryStep() throws Exception {
    String json = CliRun.of("sweep", "--from", "600", "--to", "1300", "--step", "20", "--format", "json", DIBAO.toString()).out();
    assertThat(JsonSchemasTest.problems(JsonSchemasTest.schema("sweep"), json)).isEmpty();
    JsonNode root = new ObjectMapper().readTree(json);
    JsonNode last = root.get("cliffs").get(1);
    assertThat(last.get("fromWages").asText()).isEqualTo("1180.00");
    assertThat(last.get("nonCashLost").toString()).isEqualTo("[\"cn.dibao-marginal\",\"cn.legal-aid\"]");
    assertThat(root.get("cliffs").get(0).get("nonCashLost").toString())
        .isEqualTo("[\"cn.utility.free-electricity\",\"cn.utility.water-fee-reduction\"]");
    JsonNode losses = root.get("nonCashLosses");
    assertThat(losses).hasSize(2);
    assertThat(losses.get(1).toString()).isEqualTo("{\"reform\":false,\"fromWages\":\"1180.00\",\"toWages\":\"1200.00\","
        + "\"programmes\":[\"cn.dibao-marginal\",\"cn.legal-aid\"],\"cliff\":true}");
  }
}
