package org.jiuzhu.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Relative errors beside the targets: signed, one decimal, and never a negative zero. */
final class SignedPercentTest {
  @Test
  void aRelativeErrorRoundingToZeroHasNoSign() {
    assertThat(Summary.signedPercent(0.135)).isEqualTo("+13.5%");
    assertThat(Summary.signedPercent(-0.014)).isEqualTo("-1.4%");
    assertThat(Summary.signedPercent(-0.0004)).isEqualTo("0.0%");
    assertThat(Summary.signedPercent(0.0004)).isEqualTo("0.0%");
    assertThat(Summary.signedPercent(0)).isEqualTo("0.0%");
    assertThat(Summary.signedPercent(-1)).isEqualTo("-100.0%");
    assertThat(Summary.signedPercent(32.306)).isEqualTo("+3230.6%");
  }
}
