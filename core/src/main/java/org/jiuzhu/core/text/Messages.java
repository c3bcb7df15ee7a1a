package org.jiuzhu.core.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jiuzhu.core.money.Money;

/**
 * User-facing texts of one module in both languages, from {@link ResourceBundle}s (one {@code
 * .properties} file per language, UTF-8) formatted with {@link MessageFormat}: a translator works
 * on one file per language; rule code names a key and its arguments.
 *
 * <pre>{@code
 * // in the module that owns org/example/messages_zh.properties and messages_en.properties:
 * static final Messages TEXT = Messages.bundle("org.example.messages", Example.class);
 * String zh = TEXT.zh("withdrawal.end", Messages.date(Lang.ZH, end));
 * Text later = TEXT.text("withdrawal.end", end);   // rendered in either language when shown
 * }</pre>
 *
 * <p>This is the one bundle mechanism of the project: every module's texts (rules, monitoring,
 * review, command line, reports) are a {@code Messages} of their own bundle. {@link
 * #bundle(String, Class)} loads the bundle from the module of the class given: on the class path
 * as it is; a named module opens the bundle's package to {@code org.jiuzhu.core} (e.g. {@code
 * opens org.jiuzhu.rules.cn to org.jiuzhu.core;}). A missing key throws {@link MissingResourceException} naming the
 * key and the bundle, never falls back to the other language. Patterns follow {@link MessageFormat}: arguments
 * {@code {0}}, {@code {1}}; a literal apostrophe is written twice ({@code ''}). Numbers are best
 * passed as they are: a {@code Money} is written with thousands separators ({@link Money#grouped()}),
 * a {@code LocalDate} or {@code YearMonth} in words ({@link #date}, {@link #month}),
 * counts with {@link #count}.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class Messages {
  private final String name;
  private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);
  private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

  private Messages(String name, Function<Lang, ResourceBundle> loader) {
    this.name = checkNotNull(name, "name");
    for (Lang l : Lang.values()) {
      bundles.put(l, checkNotNull(loader.apply(l), "bundle for %s", l));
    }
  }

  /**
   * The texts of bundle {@code name} (e.g. {@code org.jiuzhu.rules.cn.messages}, files {@code
   * org/jiuzhu/rules/cn/messages_zh.properties} and {@code messages_en.properties}), loaded from
   * the module (or, on the class path, the class loader) of {@code owner}.
   *
   * @throws MissingResourceException when a language's bundle cannot be found
   * @since 0.2.0
   */
  public static Messages bundle(String name, Class<?> owner) {
    Module module = owner.getModule();
    return new Messages(name, lang -> ResourceBundle.getBundle(name, lang.locale(), module));
  }

  /**
   * The texts of bundle {@code name}, each language's bundle given by {@code loader} (normally
   * {@code lang -> ResourceBundle.getBundle(name, lang.locale())}, called in the owning module).
   */
  public static Messages of(String name, Function<Lang, ResourceBundle> loader) {
    return new Messages(name, loader);
  }

  /** The bundle's name, e.g. {@code org.jiuzhu.rules.cn.messages}. */
  public String name() {
    return name;
  }

  /**
   * The text of {@code key} in {@code lang}, with {@code args} put in.
   *
   * @throws MissingResourceException when the language's bundle has no such key
   */
  public String get(Lang lang, String key, Object... args) {
    ResourceBundle b = bundles.get(lang);
    if (!b.containsKey(key)) {
      throw missing(lang, key);
    }
    String pattern = b.getString(key);
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Text || args[i] instanceof Money || args[i] instanceof LocalDate
          || args[i] instanceof java.time.YearMonth || args[i] instanceof java.util.Collection || args[i] instanceof Listing) {
        args = args.clone();
        for (int j = i; j < args.length; j++) {
          if (args[j] instanceof Text) {
            args[j] = ((Text) args[j]).in(lang);
          } else if (args[j] instanceof Money) {
            args[j] = ((Money) args[j]).grouped();
          } else if (args[j] instanceof LocalDate) {
            args[j] = date(lang, (LocalDate) args[j]);
          } else if (args[j] instanceof java.time.YearMonth) {
            args[j] = month(lang, (java.time.YearMonth) args[j]);
          } else if (args[j] instanceof Listing listing) {
            args[j] = listing.in(lang);
          } else if (args[j] instanceof java.util.Collection<?> c) {
            args[j] = list(lang, c);
          }
        }
        break;
      }
    }
    if (args.length == 0 && pattern.indexOf('\'') < 0 && pattern.indexOf('{') < 0) {
      return pattern;
    }
    MessageFormat f = formats.computeIfAbsent(lang.name() + '\u0000' + key, k -> new MessageFormat(pattern, lang.locale()));
    synchronized (f) {
      return f.format(args);
    }
  }

  /**
   * A list of ids or names as an argument: {@code a、b、c} in Chinese (the enumeration comma, no
   * brackets), {@code [a, b, c]} in English.
   */
  static String list(Lang lang, java.util.Collection<?> items) {
    java.util.List<String> each = new java.util.ArrayList<>(items.size());
    for (Object o : items) {
      each.add(o instanceof Text t ? t.in(lang) : String.valueOf(o));
    }
    return lang == Lang.ZH ? String.join("、", each) : "[" + String.join(", ", each) + "]";
  }

  /**
   * The text of {@code key} in {@code lang} exactly as written, without formatting (for names,
   * which may hold an apostrophe).
   *
   * @throws MissingResourceException when the language's bundle has no such key
   */
  public String raw(Lang lang, String key) {
    ResourceBundle b = bundles.get(lang);
    if (!b.containsKey(key)) {
      throw missing(lang, key);
    }
    return b.getString(key);
  }

  /**
   * The text of {@code key} with {@code args}, to be rendered in either language later ({@link
   * Text#in}): what an API returns when its caller chooses the language.
   */
  public Text text(String key, Object... args) {
    return new Text(this, key, args);
  }

  /** {@link #get} in Chinese. */
  public String zh(String key, Object... args) {
    return get(Lang.ZH, key, args);
  }

  /** {@link #get} in English. */
  public String en(String key, Object... args) {
    return get(Lang.EN, key, args);
  }

  private MissingResourceException missing(Lang lang, String key) {
    return new MissingResourceException("no text '" + key + "' in " + name + " (" + lang.name().toLowerCase(java.util.Locale.ROOT)
        + ")", name, key);
  }

  /** True when {@code key} has a text in {@code lang}. */
  public boolean has(Lang lang, String key) {
    return bundles.get(lang).containsKey(key);
  }

  /** Every key of the bundle in {@code lang}, sorted. */
  public ImmutableSortedSet<String> keys(Lang lang) {
    return ImmutableSortedSet.copyOf(bundles.get(lang).keySet());
  }

  /** A date as it is read: {@code 2026年4月30日} in Chinese, {@code 30 April 2026} in English. */
  public static String date(Lang lang, LocalDate d) {
    if (lang == Lang.ZH) {
      return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
    return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
        + d.getYear();
  }

  /** A month as it is read: {@code 2025年8月} in Chinese, {@code August 2025} in English. */
  public static String month(Lang lang, java.time.YearMonth m) {
    if (lang == Lang.ZH) {
      return m.getYear() + "年" + m.getMonthValue() + "月";
    }
    return m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + m.getYear();
  }

  /** A whole number with thousands separators, the same in both languages ({@code 12,345}). */
  public static String count(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }
}
