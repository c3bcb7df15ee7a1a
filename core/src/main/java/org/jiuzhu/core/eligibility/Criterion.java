package org.jiuzhu.core.eligibility;

import static com.google.common.base.Preconditions.checkNotNull;


/**
 * A condition a programme checks, with its legal reference and the sentences that explain it in
 * Simplified Chinese and English. Sentences are templates with slots {@code %1$s}, {@code %2$s}…;
 * arguments are rendered only when an explanation is recorded, never in fast mode.
 *
 * @since 0.1.0
 */
public final class Criterion {
  private final String id;
  private final String legalReference;
  private final String passZh;
  private final String passEn;
  private final String failZh;
  private final String failEn;
  private final Object[] passZhT;
  private final Object[] passEnT;
  private final Object[] failZhT;
  private final Object[] failEnT;

  private Criterion(String id, String legalReference, String passZh, String passEn, String failZh, String failEn) {
    this.id = checkNotNull(id, "id");
    this.legalReference = checkNotNull(legalReference, "legalReference");
    this.passZh = checkNotNull(passZh, "passZh");
    this.passEn = checkNotNull(passEn, "passEn");
    this.failZh = checkNotNull(failZh, "failZh");
    this.failEn = checkNotNull(failEn, "failEn");
    this.passZhT = compile(passZh);
    this.passEnT = compile(passEn);
    this.failZhT = compile(failZh);
    this.failEnT = compile(failEn);
  }

  /**
   * A criterion.
   *
   * @param id stable id, e.g. {@code dibao.income}
   * @param legalReference instrument and article
   * @param passZh sentence when met, Chinese; {@code %1$s} is the actual value, {@code %2$s} the threshold
   * @param passEn the same in English
   * @param failZh sentence when not met, Chinese
   * @param failEn the same in English
   */
  public static Criterion of(String id, String legalReference, String passZh, String passEn, String failZh, String failEn) {
    return new Criterion(id, legalReference, passZh, passEn, failZh, failEn);
  }

  /** The stable id, e.g. {@code dibao.income}. */
  public String id() {
    return id;
  }

  /** The instrument and article the criterion implements. */
  public String legalReference() {
    return legalReference;
  }

  /** The Chinese sentence for a result. */
  public String zh(boolean passed, Object... args) {
    return render(passed ? passZhT : failZhT, args, true);
  }

  /** The English sentence for a result. */
  public String en(boolean passed, Object... args) {
    return render(passed ? passEnT : failEnT, args, false);
  }

  /**
   * A template compiled once: literal text and {@code %N$s} argument slots (1-based), rendered
   * with a {@link StringBuilder} instead of {@link String#format}, which is far slower.
   */
  private static Object[] compile(String template) {
    java.util.List<Object> parts = new java.util.ArrayList<>();
    java.util.regex.Matcher m = SLOT.matcher(template);
    int last = 0;
    while (m.find()) {
      parts.add(template.substring(last, m.start()).replace("%%", "%"));
      parts.add(m.group(1) != null ? (Object) (Integer.parseInt(m.group(1)) - 1)
          : new Plural(Integer.parseInt(m.group(2)) - 1, m.group(3), m.group(4)));
      last = m.end();
    }
    parts.add(template.substring(last).replace("%%", "%"));
    if (String.join("", parts.stream().filter(x -> x instanceof String).map(x -> (String) x).toList()).matches("(?s).*%[^%].*")) {
      throw new IllegalArgumentException("criterion sentence uses a format other than %N$s: " + template);
    }
    return parts.toArray();
  }

  /**
   * An argument slot {@code %N$s}, or a word that agrees with argument N: {@code %N$p[one|other]}
   * reads "one" when the argument is 1 and "other" otherwise ({@code %1$s household
   * %1$p[member is|members are] counted}).
   */
  private static final java.util.regex.Pattern SLOT = java.util.regex.Pattern.compile("%(\\d+)\\$s|%(\\d+)\\$p\\[([^|\\]]*)\\|([^\\]]*)\\]");

  /** The forms of a word for one and for any other count of argument {@code arg}. */
  private record Plural(int arg, String one, String other) {
    String of(Object[] args) {
      Object a = arg < args.length ? args[arg] : null;
      String n = a instanceof Bilingual b ? b.code() : a instanceof Coded c ? c.code() : a instanceof Number x ? x.toString()
          : String.valueOf(a);
      return n.equals("1") ? one : other;
    }
  }

  private static String render(Object[] parts, Object[] args, boolean zh) {
    StringBuilder sb = new StringBuilder(64);
    for (Object part : parts) {
      if (part instanceof Plural p) {
        sb.append(p.of(args));
      } else if (part instanceof Integer) {
        int i = (Integer) part;
        Object a = i < args.length ? args[i] : "?";
        // a value that reads differently in each language
        if (a instanceof Bilingual) {
          sb.append(zh ? ((Bilingual) a).zh() : ((Bilingual) a).en());
        } else if (a instanceof Sentence) {
          // a value written in the language only now (Coded)
          sb.append(((Sentence) a).in(zh ? org.jiuzhu.core.text.Lang.ZH : org.jiuzhu.core.text.Lang.EN));
        } else if (a instanceof org.jiuzhu.core.money.Money) {
          // amounts read with thousands separators; the finding's value keeps the plain decimal
          sb.append(((org.jiuzhu.core.money.Money) a).grouped());
        } else {
          sb.append(a);
        }
      } else {
        sb.append((String) part);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return id;
  }
}
