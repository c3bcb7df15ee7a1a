package org.jiuzhu.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.rules.cn.CnTexts;
import org.junit.jupiter.api.Test;

/** Each unit of a plan's items has its own Chinese word, and its English singular and plural. */
final class AidPlannerUnitsTest {
  /** The units of plan items; {@code visits} is another spelling of {@code visit} (the catalogue uses both). */
  private static final List<String> UNITS = List.of("visit", "sessions", "kWh", "payment", "placement", "sales", "enrolment",
      "waiver", "referral", "decision", "unit");

  @Test
  void noTwoUnitsShareAChineseWord() {
    Map<String, String> byWord = new HashMap<>();
    for (String u : UNITS) {
      String word = CnTexts.count(Lang.ZH, 1, u).replace("1", "").strip();
      assertThat(word).as(u).isNotEmpty().doesNotContainPattern("[A-Za-z]");
      assertThat(byWord.put(word, u)).as("%s and %s both read %s", byWord.get(word), u, word).isNull();
    }
    assertThat(CnTexts.count(Lang.ZH, 4, "visits")).isEqualTo(CnTexts.count(Lang.ZH, 4, "visit")).isEqualTo("4 次");
    assertThat(CnTexts.count(Lang.ZH, 4, "sessions")).isEqualTo("4 节");
    assertThat(CnTexts.count(Lang.ZH, 1, "referral")).isNotEqualTo(CnTexts.count(Lang.ZH, 1, "waiver"));
  }

  @Test
  void englishCountsAreSingularForOneAndPluralOtherwise() {
    assertThat(CnTexts.count(Lang.EN, 1, "sessions")).isEqualTo("1 session");
    assertThat(CnTexts.count(Lang.EN, 4, "sessions")).isEqualTo("4 sessions");
    for (String u : UNITS) {
      assertThat(CnTexts.count(Lang.EN, 1, u)).as(u).doesNotContain("(s)").startsWith("1 ");
      assertThat(CnTexts.count(Lang.EN, 0, u)).as(u).doesNotContain("(s)");
    }
  }
}
