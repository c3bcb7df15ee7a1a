package org.jiuzhu.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  @Test
  void theMachineValueOfTheThresholdIsKeptAndTheOlderConstructorsHaveNone() {
    Evidence e = new Evidence(List.of("feed-2025-03.jsonl:17"), "monitoring.medical.anyone", "10,000.00 yuan",
        "近 12 个月自付合计 12,500.00 元", "12-month out-of-pocket total 12,500.00 yuan", "10,000.00 元",
        Optional.of(new BigDecimal("10000.00")));
    assertThat(e.thresholdValue()).hasValue(new BigDecimal("10000.00"));
    assertThat(e.thresholdValue().orElseThrow().toPlainString()).isEqualTo("10000.00");
    assertThat(e.thresholdEn()).isEqualTo("10,000.00 yuan");

    Evidence six = new Evidence(List.of("r"), "k", "10,000.00 yuan", "zh", "en", "10,000.00 元");
    assertThat(six.thresholdValue()).isEmpty();
    assertThat(six.thresholdZh()).isEqualTo("10,000.00 元");
    Evidence five = new Evidence(List.of("r"), "", "", "zh", "en");
    assertThat(five.thresholdValue()).isEmpty();
    assertThat(five.thresholdZh()).isEmpty();
  }
}
