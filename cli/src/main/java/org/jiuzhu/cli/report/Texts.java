package org.jiuzhu.cli.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Messages;

/**
 * The words and number formats of one report language: messages from the bundle
 * {@code org/jiuzhu/cli/report/report_zh|en.properties}, whole numbers and yuan with thousands
 * separators, percentages. Every user-facing text of a report comes from here.
 */
public final class Texts {
  /** The report bundle, {@code org/jiuzhu/cli/report/report_zh|en.properties}. */
  static final Messages MESSAGES = Messages.bundle("org.jiuzhu.cli.report.report", Texts.class);
  private final boolean zh;
  private final Lang lang;

  private Texts(boolean zh) {
    this.zh = zh;
    this.lang = zh ? Lang.ZH : Lang.EN;
  }

  /** Chinese ({@code true}) or English texts. */
  public static Texts of(boolean zh) {
    return new Texts(zh);
  }

  /** Whether this is Chinese. */
  public boolean zh() {
    return zh;
  }

  /** The page's {@code lang} attribute. */
  public String lang() {
    return zh ? "zh-CN" : "en";
  }

  /**
   * The message {@code key}, with {@code {0}}… filled in ({@link Messages#get}).
   *
   * @throws java.util.MissingResourceException when the language's bundle has no such key
   */
  public String t(String key, Object... args) {
    return MESSAGES.get(lang, key, args);
  }

  /** {@code items} as a list: {@code 甲、乙} / {@code a, b} (the bundles' {@code list.separator}). */
  public String list(java.util.Collection<String> items) {
    return String.join(t("list.separator"), items);
  }

  /** Chinese or English, chosen here: for names that come with both (programmes, regions). */
  public String pick(String zhText, String enText) {
    return zh ? zhText : enText;
  }

  /** A day in words, as the text outputs write it: {@code 2025年2月6日}, {@code 6 February 2025}. */
  public String date(java.time.LocalDate d) {
    return Messages.date(lang, d);
  }

  /** A whole number with thousands separators: {@code 1,234,567}. */
  public String integer(long n) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
  }

  /** Fen as yuan with two decimals and thousands separators: {@code 12,345.60}; exact. */
  public String yuan(long fen) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(BigDecimal.valueOf(fen, 2));
  }

  /** Fen as yuan with the unit: {@code 12,345.60 元} or {@code 12,345.60 yuan}. */
  public String yuanUnit(long fen) {
    return t("unit.yuan.value", yuan(fen));
  }

  /** {@code part} of {@code whole} as a percentage with two decimals, or a dash when the whole is zero. */
  public String percent(long part, long whole) {
    if (whole == 0) {
      return "–";
    }
    return percent(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2,
        RoundingMode.HALF_EVEN));
  }

  /** A percentage already multiplied by 100: {@code 12.34%}. */
  public String percent(BigDecimal percent) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(percent) + "%";
  }

  /** A decimal with up to four places and thousands separators. */
  public String decimal(double v) {
    return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
  }

  /** {@code part} of {@code whole} as a percentage, for charts (two decimals; 0 when the whole is zero). */
  static double pct(long part, long whole) {
    return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 100.0;
  }

  /** Fen as yuan, for charts. */
  static double yuanValue(long fen) {
    return fen / 100.0;
  }
}
