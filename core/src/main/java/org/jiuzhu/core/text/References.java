package org.jiuzhu.core.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Legal and statistical references of the policy data as a reader sees them. The data keeps one
 * reference per value — the document's Chinese title and number, with notes such as "local
 * implementing rules" or "[article not verified]" in English. In Chinese text those notes are
 * rendered in Chinese ({@code references_zh.properties}: the English phrase and its Chinese, the
 * longest phrase replaced first; a period "end of September 2025" reads {@code 2025年9月末}); English text keeps the reference as it is.
 *
 * @since 0.1.0
 */
public final class References {
  private static final List<Map.Entry<String, String>> ZH = load();

  private References() {}

  /** {@code reference} in {@code lang}: the Chinese rendering of its English notes in {@link Lang#ZH}. */
  public static String render(Lang lang, String reference) {
    checkNotNull(lang, "lang");
    checkNotNull(reference, "reference");
    if (lang != Lang.ZH) {
      return reference;
    }
    String out = endOfMonth(reference);
    for (Map.Entry<String, String> e : ZH) {
      if (out.contains(e.getKey())) {
        out = out.replace(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private static final Pattern END_OF_MONTH = Pattern.compile(
      "end of (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{4})");

  /** "end of September 2025" as Chinese writes a period: year first, {@code 2025年9月末}. */
  private static String endOfMonth(String reference) {
    Matcher m = END_OF_MONTH.matcher(reference);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue();
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(2) + "年" + month + "月末"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static List<Map.Entry<String, String>> load() {
    Properties p = new Properties();
    try (InputStream in = References.class.getResourceAsStream("references_zh.properties")) {
      if (in == null) {
        throw new IllegalStateException("resource org/jiuzhu/core/text/references_zh.properties is missing");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String k : p.stringPropertyNames()) {
      out.add(Map.entry(k, p.getProperty(k)));
    }
    out.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
    return List.copyOf(out);
  }
}
