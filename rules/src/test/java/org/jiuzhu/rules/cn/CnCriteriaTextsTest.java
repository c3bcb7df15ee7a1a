package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.eligibility.Criterion;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.text.Lang;
import org.junit.jupiter.api.Test;

/** The criteria's sentences come from the rules bundle and render as they did when they were Java strings. */
final class CnCriteriaTextsTest {
  private static List<Criterion> all() throws IllegalAccessException {
    List<Criterion> out = new ArrayList<>();
    for (Field f : CnCriteria.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Criterion.class) {
        f.setAccessible(true);
        out.add((Criterion) f.get(null));
      }
    }
    return out;
  }

  @Test
  void everyCriterionHasItsFourSentencesInTheBundle() throws IllegalAccessException {
    List<Criterion> criteria = all();
    assertThat(criteria).hasSize(26);
    for (Criterion c : criteria) {
      // one variant: the same criterion refused on no rigid spending while the income is unknown
      String fail = c == CnCriteria.RIGID_RATIO_NO_SPENDING ? "fail.no-spending" : "fail";
      for (String outcome : new String[] {"pass", "fail"}) {
        String key = "criterion." + c.id() + "." + outcome;
        assertThat(CnTexts.MESSAGES.has(Lang.ZH, key)).as(key).isTrue();
        assertThat(CnTexts.MESSAGES.has(Lang.EN, key)).as(key).isTrue();
      }
      assertThat(c.zh(true, "1", "2", "3", "4")).isEqualTo(String.format(CnTexts.zh("criterion." + c.id() + ".pass"), "1", "2", "3", "4"));
      assertThat(c.zh(false, "1", "2", "3", "4")).isEqualTo(String.format(CnTexts.zh("criterion." + c.id() + "." + fail), "1", "2", "3", "4"));
      assertThat(c.en(false, "1", "2", "3", "4")).isEqualTo(String.format(agreed(CnTexts.en("criterion." + c.id() + "." + fail)), "1", "2", "3", "4"));
      assertThat(c.en(true, "1", "2", "3", "4")).isEqualTo(String.format(agreed(CnTexts.en("criterion." + c.id() + ".pass")), "1", "2", "3", "4"));
    }
    // a word agrees with its count: one household member, two household members
    Criterion members = all().stream().filter(c -> c.id().equals("household.counted-members")).findFirst().orElseThrow();
    assertThat(members.en(true, 1)).isEqualTo("1 household member is counted.");
    assertThat(members.en(true, 3)).isEqualTo("3 household members are counted.");
  }

  /** A template's agreeing words ({@code %N$p[one|other]}) for the arguments "1", "2", "3": the first is one. */
  private static String agreed(String template) {
    return java.util.regex.Pattern.compile("%(\\d)\\$p\\[([^|\\]]*)\\|([^\\]]*)\\]").matcher(template)
        .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1).equals("1") ? m.group(2) : m.group(3)));
  }

  @Test
  void sentencesRenderExactlyAsBefore() {
    assertThat(CnCriteria.DIBAO_INCOME.zh(true, "300.00", "570.00")).isEqualTo("家庭月人均收入 300.00 元，低于低保标准 570.00 元。");
    assertThat(CnCriteria.DIBAO_INCOME.en(false, "600.00", "570.00"))
        .isEqualTo("Monthly income per person, 600.00 yuan, is not below the minimum living standard of 570.00 yuan.");
    // an apostrophe (written '' in the bundle) comes out once
    assertThat(CnCriteria.SINGLE_INCOME.en(true, "100.00", "570.00", "m2"))
        .isEqualTo("Member m2's own monthly income, 100.00 yuan, is below the standard of 570.00 yuan.");
    assertThat(CnCriteria.NOT_TEKUN.en(false)).isEqualTo("Every member qualifies as a person in extreme poverty (特困) and is supported"
        + " as such instead of the minimum living allowance (低保).");
    assertThat(CnCriteria.VEHICLES.zh(false, "2", "80000.00", "最低生活保障不豁免小型汽车"))
        .isEqualTo("第 2 辆机动车辆（价值 80000.00 元）不予豁免：最低生活保障不豁免小型汽车。");
    // an amount passed as Money reads with thousands separators
    assertThat(CnCriteria.VEHICLES.zh(false, "2", Money.parse("80000"), "最低生活保障不豁免小型汽车"))
        .isEqualTo("第 2 辆机动车辆（价值 80,000.00 元）不予豁免：最低生活保障不豁免小型汽车。");
  }
}
