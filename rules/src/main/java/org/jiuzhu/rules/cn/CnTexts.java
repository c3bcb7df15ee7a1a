package org.jiuzhu.rules.cn;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jiuzhu.core.eligibility.Sentence;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Messages;
import org.jiuzhu.core.text.Text;

/**
 * The user-facing texts of the rules module (explanations, findings, checklists, plans, dues) in
 * both languages, from {@code org/jiuzhu/rules/cn/messages_zh.properties} and {@code
 * messages_en.properties}. Rule code names a key; translators work on the two files.
 *
 * <pre>{@code
 * String zh = CnTexts.zh("programme.cn.dibao");          // 最低生活保障
 * String en = CnTexts.get(Lang.EN, "programme.cn.dibao"); // the minimum living allowance (低保)
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CnTexts {
  private CnTexts() {}

  /** The bundle's base name. */
  public static final String BUNDLE = "org.jiuzhu.rules.cn.messages";

  /** The texts. */
  public static final Messages MESSAGES = Messages.bundle(BUNDLE, CnTexts.class);

  /** The text of {@code key} in {@code lang}. */
  public static String get(Lang lang, String key, Object... args) {
    return format(lang, key, args);
  }

  /** The text of {@code key} in Chinese. */
  public static String zh(String key, Object... args) {
    return format(Lang.ZH, key, args);
  }

  /** The text of {@code key} in English. */
  public static String en(String key, Object... args) {
    return format(Lang.EN, key, args);
  }

  // ---- the same texts as Messages.get, from patterns split once (explain mode writes many) ----

  /**
   * A pattern split once into literal text and argument slots, exactly as {@link MessageFormat}
   * reads it (quotes and all: the split is made by formatting the pattern itself with markers).
   * Patterns with a format type ({@code {0,number}}) are not split and go to {@link Messages}.
   */
  private static final class Template {
    static final Template NONE = new Template(null, null);
    final String[] literals;
    final int[] slots;
    final int args;

    Template(String[] literals, int[] slots) {
      this.literals = literals;
      this.slots = slots;
      int max = -1;
      if (slots != null) {
        for (int a : slots) {
          max = Math.max(max, a);
        }
      }
      this.args = max + 1;
    }
  }

  private static final char MARK = '\uE000';
  private static final Map<Lang, Map<String, Template>> TEMPLATES = new EnumMap<>(Lang.class);

  static {
    for (Lang l : Lang.values()) {
      TEMPLATES.put(l, new ConcurrentHashMap<>());
    }
  }

  private static Template compile(Lang lang, String key) {
    if (!MESSAGES.has(lang, key)) {
      return Template.NONE; // Messages names the missing key
    }
    String pattern = MESSAGES.raw(lang, key);
    if (pattern.indexOf(MARK) >= 0) {
      return Template.NONE;
    }
    MessageFormat mf = new MessageFormat(pattern, lang.locale());
    for (java.text.Format f : mf.getFormats()) {
      if (f != null) {
        return Template.NONE;
      }
    }
    int n = mf.getFormatsByArgumentIndex().length;
    Object[] marks = new Object[n];
    for (int i = 0; i < n; i++) {
      marks[i] = "" + MARK + (char) i;
    }
    String out = mf.format(marks);
    java.util.List<String> literals = new java.util.ArrayList<>();
    java.util.List<Integer> slots = new java.util.ArrayList<>();
    int last = 0;
    for (int i = out.indexOf(MARK); i >= 0; i = out.indexOf(MARK, last)) {
      literals.add(out.substring(last, i));
      slots.add((int) out.charAt(i + 1));
      last = i + 2;
    }
    literals.add(out.substring(last));
    return new Template(literals.toArray(new String[0]), slots.stream().mapToInt(Integer::intValue).toArray());
  }

  /** {@code MESSAGES.get(lang, key, args)}, the same text, without a {@link MessageFormat} or a number format per call. */
  private static String format(Lang lang, String key, Object[] args) {
    Map<String, Template> cache = TEMPLATES.get(lang);
    Template t = cache.get(key);
    if (t == null) {
      t = cache.computeIfAbsent(key, k -> compile(lang, k));
    }
    if (t == Template.NONE || args.length < t.args) {
      return MESSAGES.get(lang, key, args);
    }
    if (t.slots.length == 0) {
      return t.literals[0];
    }
    StringBuilder sb = new StringBuilder(t.literals[0].length() + 16 * t.slots.length + 16);
    for (int i = 0; i < t.slots.length; i++) {
      sb.append(t.literals[i]);
      Object a = args[t.slots[i]];
      if (a == null) {
        sb.append("null");
      } else if (a instanceof String) {
        sb.append((String) a);
      } else if (a instanceof Money) {
        sb.append(((Money) a).grouped());
      } else if ((a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof Byte)
          && Math.abs(((Number) a).longValue()) < 1000) {
        // what the locale's number format writes for a whole number below 1,000 (no grouping): its digits
        sb.append(((Number) a).longValue());
      } else if (a instanceof Number || a instanceof java.util.Date || a instanceof Text) {
        return MESSAGES.get(lang, key, args);
      } else {
        String x = a.toString();
        sb.append(x == null ? "null" : x);
      }
    }
    return sb.append(t.literals[t.slots.length]).toString();
  }

  /** A date as it is read in {@code lang}. */
  public static String date(Lang lang, LocalDate d) {
    return Messages.date(lang, d);
  }

  /**
   * The text of {@code key} with {@code args}, written in a language only when it is read ({@link
   * Sentence#in}): the same text as {@link #get}, an argument that is itself a {@link Sentence}
   * written first in the same language. The arguments must be immutable.
   *
   * @since 0.3.0
   */
  public static Sentence sentence(String key, Object... args) {
    return new Keyed(key, args);
  }

  /** A date as a {@link Sentence}: {@link #date} in the language read. */
  public static Sentence date(LocalDate d) {
    java.util.Objects.requireNonNull(d, "d");
    return lang -> date(lang, d);
  }

  private static final class Keyed implements Sentence {
    private final String key;
    private final Object[] args;
    private final boolean nested;

    Keyed(String key, Object[] args) {
      this.key = java.util.Objects.requireNonNull(key, "key");
      this.args = args;
      boolean n = false;
      for (Object a : args) {
        n |= a instanceof Sentence;
      }
      this.nested = n;
    }

    @Override
    public String in(Lang lang) {
      Object[] a = args;
      if (nested) {
        a = a.clone();
        for (int i = 0; i < a.length; i++) {
          if (a[i] instanceof Sentence) {
            a[i] = ((Sentence) a[i]).in(lang);
          }
        }
      }
      return format(lang, key, a);
    }

    @Override
    public String toString() {
      return in(Lang.EN);
    }
  }

  /** The programme's name in {@code lang} ({@code programme.<id>}); the id itself when it has none. */
  public static String programme(Lang lang, String programmeId) {
    return name(lang, programmeId);
  }

  /**
   * The programme's name as a heading or a list entry: without an article in English, as the
   * catalogue names its programmes ("Minimum living allowance (低保)", "Temporary assistance
   * (临时救助)"), capitalised; in Chinese its name. Running text keeps {@link #programme}'s article.
   */
  public static String programmeTitle(Lang lang, String programmeId) {
    String name = name(lang, programmeId);
    if (lang != Lang.ZH && name.startsWith("the ")) {
      name = name.substring("the ".length());
    }
    return lang.capitalised(name);
  }

  private static String name(Lang lang, String programmeId) {
    Map<String, String> names = PROGRAMME_NAMES.get(lang);
    String name = names.get(programmeId);
    if (name == null) {
      String key = "programme." + programmeId;
      name = MESSAGES.has(lang, key) ? MESSAGES.get(lang, key) : programmeId;
      names.put(programmeId, name);
    }
    return name;
  }

  private static final Map<Lang, Map<String, String>> PROGRAMME_NAMES = new EnumMap<>(Lang.class);

  static {
    for (Lang l : Lang.values()) {
      PROGRAMME_NAMES.put(l, new ConcurrentHashMap<>());
    }
  }

  /**
   * A quantity written {@code "4 visits/month"} (as catalogue results and plan items carry it) as
   * it is read in {@code lang}: {@code 每月 4 次}, {@code 4 visits a month}.
   */
  public static String quantity(Lang lang, String quantity) {
    String[] parts = quantity.split("[ /]");
    if (parts.length != 3) {
      return quantity;
    }
    long n;
    try {
      n = Long.parseLong(parts[0]);
    } catch (NumberFormatException e) {
      return quantity;
    }
    return MESSAGES.get(lang, "quantity", count(lang, n, parts[1]), MESSAGES.get(lang, "per." + parts[2]));
  }

  /**
   * {@code n} of {@code unit} in {@code lang}: {@code 4 次}, {@code 1 visit}, {@code 2 visits}, with
   * the thousands separated ({@code count.<unit>}); the number and the unit's name when the unit has
   * no count text.
   */
  public static String count(Lang lang, long n, String unit) {
    String key = "count." + unit;
    return MESSAGES.has(lang, key) ? MESSAGES.get(lang, key, n)
        : java.text.NumberFormat.getIntegerInstance(lang.locale()).format(n) + " " + unit(lang, unit);
  }

  /** A unit's name in {@code lang} ({@code unit.<unit>}); the unit itself when it has none. */
  public static String unit(Lang lang, String unit) {
    String key = "unit." + unit;
    return MESSAGES.has(lang, key) ? MESSAGES.get(lang, key) : unit;
  }
}
