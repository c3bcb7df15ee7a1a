package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.monitoring.MonitoringParameters;
import org.jiuzhu.rules.population.PopulationParameters;
import org.junit.jupiter.api.Test;

class ParameterLabelsTest {
  private static Set<String> allKeys() {
    Set<String> keys = new TreeSet<>();
    for (Iterable<ParameterKey<?>> list : java.util.List.<Iterable<ParameterKey<?>>>of(CnParameters.all(), Catalogue.cnKeys(),
        PopulationParameters.all(), MonitoringParameters.all(), CnParameters.catalog().keys())) {
      list.forEach(k -> keys.add(k.name()));
    }
    return keys;
  }

  @Test
  void everyKeyHasANonBlankLabelInBothLanguages() {
    Set<String> keys = allKeys();
    assertThat(keys).hasSizeGreaterThan(150).contains("dibao.standard.rural", "calibration.national-average.dibao-standard.rural",
        "population.rural-share", "monitoring.leaver-months");
    for (String k : keys) {
      for (Lang l : Lang.values()) {
        assertThat(ParameterLabels.label(l, k)).as("label of %s (%s)", k, l).hasValueSatisfying(v -> assertThat(v).isNotBlank());
      }
    }
  }

  @Test
  void noLabelForAKeyThatDoesNotExist() {
    Set<String> keys = allKeys();
    for (Lang l : Lang.values()) {
      assertThat(ParameterLabels.keys(l)).as("labelled keys (%s)", l).isSubsetOf(keys);
    }
    assertThat(ParameterLabels.label(Lang.ZH, "dibao.no-such-key")).isEmpty();
  }

  @Test
  void chineseLabelsHaveNoLatinLetters() {
    for (String k : ParameterLabels.keys(Lang.ZH)) {
      String label = ParameterLabels.label(Lang.ZH, k).orElseThrow();
      // units written in Latin letters (kWh) would be allowed; none is used in a label today
      assertThat(label.replace("kWh", "")).as("zh label of %s", k).doesNotContainPattern("[A-Za-z]");
    }
  }

  @Test
  void englishLabelsKeepChineseOnlyInBrackets() {
    for (String k : ParameterLabels.keys(Lang.EN)) {
      String label = ParameterLabels.label(Lang.EN, k).orElseThrow();
      assertThat(label.replaceAll("\\([^)]*\\)", "")).as("en label of %s", k).doesNotContainPattern("\\p{IsHan}");
    }
  }

  @Test
  void labelsAreTheTermsACaseworkerUses() {
    assertThat(ParameterLabels.label(Lang.ZH, CnParameters.all().stream().filter(p -> p.name().equals("dibao.standard.rural"))
        .findFirst().orElseThrow())).contains("农村低保标准");
    assertThat(ParameterLabels.label(Lang.EN, "dibao.standard.rural")).contains("Rural minimum living standard (低保标准)");
    assertThat(ParameterLabels.label(Lang.ZH, "dibao.withdrawal.months")).hasValueSatisfying(v -> assertThat(v).contains("渐退期"));
    assertThat(ParameterLabels.label(Lang.EN, "population.pension.employee-share.urban")).hasValueSatisfying(v -> assertThat(v).contains("employees' pension").doesNotContain("''"));
  }
}
