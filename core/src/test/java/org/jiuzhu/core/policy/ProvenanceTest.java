package org.jiuzhu.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.time.DateRange;
import org.jiuzhu.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

final class ProvenanceTest {
  private static final ParameterKey<Money> STANDARD = PolicyTest.STANDARD;
  private static final RegionCode WUXI = RegionCode.parse("320200");

  private static Source notice(String quote) {
    return Source.builder().title("市政府关于调整全市居民最低生活保障等标准的通知").issuer("无锡市人民政府")
        .documentNumber("锡政发〔2025〕8号").date(LocalDate.of(2025, 8, 13))
        .address("http://www.wuxi.gov.cn/doc/2025/10/21/4669083.shtml").kind(Source.Kind.OFFICIAL).quote(quote).build();
  }

  private static ParameterValue.Builder value(String yuan) {
    return ParameterValue.builder(STANDARD).region(WUXI).effective(DateRange.from(LocalDate.of(2025, 7, 1)))
        .value(Money.parse(yuan)).legalReference("社会救助暂行办法 第十条");
  }

  @Test
  void aSourceNamesEveryMissingField() {
    assertThatThrownBy(() -> Source.builder().title("t").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("no issuing body")
        .hasMessageContaining("no date of the document")
        .hasMessageContaining("no address of the page read")
        .hasMessageContaining("a mirror or a republication is a lead, not a source");
    assertThat(notice(null)).hasToString("无锡市人民政府《市政府关于调整全市居民最低生活保障等标准的通知》锡政发〔2025〕8号, 2025-08-13, official,"
        + " http://www.wuxi.gov.cn/doc/2025/10/21/4669083.shtml");
    assertThat(notice("q").document()).isEqualTo(notice(null));
  }

  @Test
  void verifiedNeedsACitationFreeTextIsNotEnough() {
    assertThatThrownBy(() -> value("1167").status(ParameterStatus.VERIFIED).source("a notice").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("marked verified but names no official source");
    ParameterValue v = value("1167").status(ParameterStatus.VERIFIED).citation(notice("q")).build();
    assertThat(v.source()).contains(notice("q").toString());
    assertThat(v.citation()).contains(notice("q"));
    ParameterValue lead = value("1208").status(ParameterStatus.ILLUSTRATIVE).lead("a mirror").build();
    assertThat(lead.lead()).contains("a mirror");
    assertThat(lead).isNotEqualTo(value("1208").status(ParameterStatus.ILLUSTRATIVE).build());
  }

  @Test
  void aSummaryCountsVerifiedValuesBySourceDocument() {
    ParameterValue a = value("1167").status(ParameterStatus.VERIFIED).citation(notice("低保 1167")).build();
    ParameterValue b = ParameterValue.builder(PolicyTest.MULTIPLE).region(WUXI).effective(DateRange.from(LocalDate.of(2025, 7, 1)))
        .value(new java.math.BigDecimal("1.5")).legalReference("x").status(ParameterStatus.VERIFIED).citation(notice("另一段")).build();
    ParameterValue c = ParameterValue.builder(PolicyTest.NOTICE).region(WUXI).effective(DateRange.from(LocalDate.of(2025, 7, 1)))
        .value(7).legalReference("x").status(ParameterStatus.ILLUSTRATIVE).lead("a republication").build();
    ProvenanceSummary s = ProvenanceSummary.of(List.of(a, b, c));
    assertThat(s.values()).isEqualTo(3);
    assertThat(s.verified()).isEqualTo(2);
    assertThat(s.illustrative()).isEqualTo(1);
    assertThat(s.illustrativeWithLead()).isEqualTo(1);
    assertThat(s.sources()).containsExactly(java.util.Map.entry(notice(null), 2));
    assertThat(s.isIllustrative(STANDARD.name())).isFalse();
    assertThat(s.isIllustrative(PolicyTest.NOTICE.name())).isTrue();
    assertThat(s.isIllustrative("absent.key")).isTrue();
    assertThat(s).hasToString("3 values: 2 verified (1 sources), 1 illustrative (1 with a lead)");
  }
}
