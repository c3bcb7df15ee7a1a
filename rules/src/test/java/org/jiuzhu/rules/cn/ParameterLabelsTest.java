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
  void aKeyWhoseUnitDoesNotSayItHasItsOwnUnitInBothLanguages() {
    assertThat(ParameterLabels.keysWithUnit(Lang.ZH)).isEqualTo(ParameterLabels.keysWithUnit(Lang.EN)).isSubsetOf(allKeys())
        .isSubsetOf(ParameterLabels.keys(Lang.ZH));
    // a count of kilowatt-hours, of refusals, a number of months held as a ratio
    assertThat(ParameterLabels.unit(Lang.ZH, "utility.electricity.kwh")).hasValue("千瓦时");
    assertThat(ParameterLabels.unit(Lang.EN, "utility.electricity.kwh")).hasValue("kWh");
    assertThat(ParameterLabels.unit(Lang.ZH, "dibao.sanction.refused-job-offers")).hasValue("次");
    assertThat(ParameterLabels.unit(Lang.EN, "dibao.sanction.refused-job-offers")).hasValue("times");
    assertThat(ParameterLabels.unit(Lang.ZH, "temporary.max-months-of-standard")).hasValue("个月");
    assertThat(ParameterLabels.unit(Lang.EN, "temporary.max-months-of-standard")).hasValue("months");
    assertThat(ParameterLabels.unit(Lang.ZH, "marginal.income-multiple")).hasValue("倍");
    assertThat(ParameterLabels.unit(Lang.EN, "dibao.assets.exempt-cars")).hasValue("cars");
    assertThat(ParameterLabels.unit(Lang.ZH, "tekun.age.elderly")).hasValue("周岁");
    // a key whose unit says it has none; a unit is not a label
    assertThat(ParameterLabels.unit(Lang.ZH, "dibao.standard.rural")).isEmpty();
    assertThat(ParameterLabels.label(Lang.ZH, "utility.electricity.kwh@unit")).isEmpty();
    for (String k : ParameterLabels.keysWithUnit(Lang.ZH)) {
      assertThat(ParameterLabels.unit(Lang.ZH, k).orElseThrow()).as("zh unit of %s", k).doesNotContainPattern("[A-Za-z]");
      assertThat(ParameterLabels.unit(Lang.EN, k).orElseThrow()).as("en unit of %s", k).doesNotContainPattern("\\p{IsHan}");
    }
    // every key counted in months, held as a ratio, says months
    for (String k : allKeys()) {
      if (k.contains("months") && !ParameterLabels.unit(Lang.EN, k).isPresent()) {
        ParameterKey<?> key = keyNamed(k);
        assertThat(key.unit()).as("unit of %s", k).isEqualTo(org.jiuzhu.core.policy.Unit.MONTHS);
      }
    }
  }

  private static ParameterKey<?> keyNamed(String name) {
    for (Iterable<ParameterKey<?>> list : java.util.List.<Iterable<ParameterKey<?>>>of(CnParameters.all(), Catalogue.cnKeys(),
        PopulationParameters.all(), MonitoringParameters.all(), CnParameters.catalog().keys())) {
      for (ParameterKey<?> k : list) {
        if (k.name().equals(name)) {
          return k;
        }
      }
    }
    throw new AssertionError(name);
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
