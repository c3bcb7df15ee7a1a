package org.jiuzhu.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferencesTest {
  @Test
  void englishNotesOfAReferenceAreRenderedInChineseAndEnglishTextKeepsThem() {
    String ref = "低保边缘家庭认定: local implementing rules (国办发〔2023〕39号) [article not verified]";
    assertThat(References.render(Lang.ZH, ref)).isEqualTo("低保边缘家庭认定: 地方实施细则 (国办发〔2023〕39号) ［条款未核实］");
    assertThat(References.render(Lang.EN, ref)).isEqualTo(ref);
    // the longer phrase wins over the shorter one inside it
    assertThat(References.render(Lang.ZH, "x: local rules; local payment rules [not verified]"))
        .isEqualTo("x: 地方规定; 地方发放规则 ［未核实］");
    assertThat(References.render(Lang.ZH, "民政部 民政统计季报 (quarterly statistics), end of September 2025 [not verified: no source found]"))
        .isEqualTo("民政部 民政统计季报 (季度统计), 2025年9月末 ［未核实：未找到来源］");
    // a period reads year first in Chinese, any month; English keeps it as written
    assertThat(References.render(Lang.ZH, "figures at end of December 2024 and end of March 2025"))
        .isEqualTo("figures at 2024年12月末 and 2025年3月末");
    assertThat(References.render(Lang.EN, "end of September 2025")).isEqualTo("end of September 2025");
  }
}
