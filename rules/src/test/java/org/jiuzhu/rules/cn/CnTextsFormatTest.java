package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.text.Lang;
import org.junit.jupiter.api.Test;

/**
 * {@link CnTexts} splits each pattern once instead of running {@link MessageFormat} per call: the
 * texts must be exactly those of {@code Messages.get}, for every key of the bundle in both
 * languages and every kind of argument the rules pass.
 */
final class CnTextsFormatTest {
  private static final Object[][] ARGUMENT_KINDS = {
      {"甲", "b", "c", "d", "e", "f", "g"},
      {0, 7, -3, 999, -999, 12, 1},
      {1000, 123456, -1000, 5L, 2_000_000_000L, (short) 4, (byte) 9},
      {Money.ofFen(12_345), Money.ofFen(-5), Money.ZERO, null, "it's", "{0}", "%s"},
      {new java.math.BigDecimal("0.30"), 1.5, 12, "x", Money.ofFen(1), 0, ""},
  };

  @Test
  void everyKeyReadsAsMessagesWritesIt() {
    int checked = 0;
    for (Lang lang : Lang.values()) {
      for (String key : CnTexts.MESSAGES.keys(lang)) {
        java.text.Format[] formats = new MessageFormat(CnTexts.MESSAGES.raw(lang, key), lang.locale()).getFormatsByArgumentIndex();
        int n = formats.length;
        for (Object[] kind : ARGUMENT_KINDS) {
          Object[] args = java.util.Arrays.copyOf(kind, Math.min(n, kind.length));
          for (int i = 0; i < args.length; i++) {
            // a count ({0,choice,…}, count.<unit>) takes a number only
            if (formats[i] instanceof java.text.NumberFormat && !(args[i] instanceof Number)) {
              args[i] = 1;
            }
          }
          assertThat(CnTexts.get(lang, key, args)).as("%s %s %s", lang, key, java.util.Arrays.toString(args))
              .isEqualTo(CnTexts.MESSAGES.get(lang, key, args));
          checked++;
        }
        if (n > 0) {
          // too few arguments: MessageFormat writes the slot itself
          Object[] fewer = new Object[n - 1];
          for (int i = 0; i < fewer.length; i++) {
            fewer[i] = formats[i] instanceof java.text.NumberFormat ? (Object) 1 : "z";
          }
          assertThat(CnTexts.get(lang, key, fewer)).isEqualTo(CnTexts.MESSAGES.get(lang, key, fewer));
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void aMissingKeyIsNamed() {
    assertThatThrownBy(() -> CnTexts.zh("no.such.key", 1)).isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("no.such.key");
  }
}
