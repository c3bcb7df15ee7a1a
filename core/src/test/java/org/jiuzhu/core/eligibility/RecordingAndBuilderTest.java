package org.jiuzhu.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiuzhu.core.money.Money;
import org.junit.jupiter.api.Test;

/** The recording explainer's findings and a builder's arrays, as the explain path uses them. */
class RecordingAndBuilderTest {
  private static final Criterion C = Criterion.of("x.check", "ref", "实际 %1$s，标准 %2$s", "actual %1$s, line %2$s", "未达 %1$s", "not %1$s");

  @Test
  void everyFindingIsKeptInOrderPastTheFirstArray() {
    Explainer ex = Explainer.recording();
    for (int i = 0; i < 40; i++) {
      assertThat(ex.check(C, i % 3 != 0, i, 100)).isEqualTo(i % 3 != 0);
    }
    assertThat(ex.findings()).hasSize(40);
    for (int i = 0; i < 40; i++) {
      assertThat(ex.findings().get(i).actual()).isEqualTo(String.valueOf(i));
      assertThat(ex.findings().get(i).passed()).isEqualTo(i % 3 != 0);
    }
    assertThat(ex.sentences()).isEmpty();
    assertThat(ex.notes()).isEmpty();
    ex.note(Sentence.of("注", "note"));
    assertThat(ex.sentences()).hasSize(1);
    assertThat(ex.notes().get(0)).containsExactly("注", "note");
    assertThat(Explainer.recording().findings()).isEmpty();
  }

  @Test
  void aDeterminationKeepsItsSharesAndDetailsWhenItsBuilderGoesOn() {
    Determination.Builder b = Determination.builder("p").outcome(Outcome.ELIGIBLE).provenance("v", "f")
        .monthlyAmount(Money.ofFen(300)).memberShare("m1", Money.ofFen(100)).memberShare("m2", Money.ofFen(200))
        .detail("k1", "v1");
    Determination first = b.build();
    b.memberShare("m3", Money.ofFen(50)).monthlyAmount(Money.ofFen(350)).detail("k2", "v2");
    Determination second = b.build();
    assertThat(first.memberShares()).containsExactly(
        java.util.Map.entry("m1", Money.ofFen(100)), java.util.Map.entry("m2", Money.ofFen(200)));
    assertThat(first.shareCount()).isEqualTo(2);
    assertThat(first.hasShare("m3")).isFalse();
    assertThat(first.shareMemberIds()).containsExactly("m1", "m2");
    assertThat(first.details()).containsExactly(java.util.Map.entry("k1", "v1"));
    assertThat(second.shareMemberIds()).containsExactly("m1", "m2", "m3");
    assertThat(second.details()).containsOnlyKeys("k1", "k2");
    assertThat(second.monthlyAmount()).isEqualTo(Money.ofFen(350));
  }
}
