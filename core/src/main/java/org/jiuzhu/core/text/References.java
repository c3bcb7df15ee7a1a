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
 * longest phrase replaced first; a period "end of September 2025" reads {@code 2025年9月末}). In
 * English text the Chinese titles, terms and quoted article text are rendered in English, a
 * Chinese title kept as a bracketed term after its English name ({@code references-english.properties}):
 * {@code 社会救助暂行办法 第四十五条} reads "Interim Measures for Social Assistance (社会救助暂行办法),
 * Art. 45"; a document number written alone reads "State Council document (国发〔2015〕52号)"; a
 * Chinese phrase the file does not know is bracketed after the word "document". English text so
 * has Chinese only in brackets.
 *
 * @since 0.1.0
 */
public final class References {
  private static final List<Map.Entry<String, String>> ZH = load("references_zh.properties");
  private static final List<Map.Entry<String, String>> EN_ALL = load("references-english.properties");
  private static final List<Map.Entry<String, String>> EN = EN_ALL.stream().filter(e -> !e.getKey().startsWith("@")).toList();
  private static final Pattern EN_PHRASES = alternation(EN);

  private References() {}

  /** {@code reference} in {@code lang}: the Chinese rendering of its English notes in {@link Lang#ZH}. */
  public static String render(Lang lang, String reference) {
    checkNotNull(lang, "lang");
    checkNotNull(reference, "reference");
    if (lang != Lang.ZH) {
      return english(reference);
    }
    String out = endOfMonth(reference);
    for (Map.Entry<String, String> e : ZH) {
      if (out.contains(e.getKey())) {
        out = out.replace(e.getKey(), e.getValue());
      }
    }
    return chinesePunctuation(out);
  }

  /** A file name of the docs ({@code docs/rulebook.md}): an id, kept as it is. */
  private static final Pattern FILE_NAME = Pattern.compile("docs/[A-Za-z0-9._/-]+");
  private static final Pattern SPACE_AROUND_FULL_WIDTH = Pattern.compile(" *([（）；：，［］]) *");

  /**
   * ASCII punctuation of the data in Chinese form: {@code ( ) ; : , [ ]} read {@code （ ）；：，［ ］},
   * with no space beside them ({@code 意见 (民政部、财政部); 金额: …} reads
   * {@code 意见（民政部、财政部）；金额：…}). A comma or colon between digits ({@code 1,000},
   * {@code 12:00}) and a docs file name stay as they are.
   */
  static String chinesePunctuation(String text) {
    StringBuilder out = new StringBuilder();
    Matcher f = FILE_NAME.matcher(text);
    int from = 0;
    while (f.find()) {
      out.append(fullWidth(text.substring(from, f.start()))).append(f.group());
      from = f.end();
    }
    out.append(fullWidth(text.substring(from)));
    return out.toString().strip();
  }

  private static String fullWidth(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean betweenDigits = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
          && Character.isDigit(text.charAt(i + 1));
      switch (c) {
        case '(' -> b.append('（');
        case ')' -> b.append('）');
        case '[' -> b.append('［');
        case ']' -> b.append('］');
        case ';' -> b.append('；');
        case ':' -> b.append(betweenDigits ? ':' : '：');
        case ',' -> b.append(betweenDigits ? ',' : '，');
        default -> b.append(c);
      }
    }
    return SPACE_AROUND_FULL_WIDTH.matcher(b).replaceAll("$1");
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

  private static final String NUMERAL = "[零〇一二三四五六七八九十百两]+";
  private static final Pattern ARTICLES = Pattern.compile(
      "\\s*第(" + NUMERAL + ")条(?:第(" + NUMERAL + ")款)?((?:、第" + NUMERAL + "条)*)");
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("([\\p{IsHan}]+)〔\\d{4}〕\\d*号");
  private static final Pattern TITLE_AND_NUMBER = Pattern.compile("\\(([^()]+)\\) \\(([^()]*(?:〔\\d{4}〕|令第\\d+号)[^()]*)\\)");

  /** {@code reference} in English: Chinese only in brackets, after an English name. */
  private static String english(String reference) {
    // articles first: 第四十五条 → ", Art. 45" (no title contains one)
    Matcher a = ARTICLES.matcher(reference);
    StringBuilder sb = new StringBuilder();
    while (a.find()) {
      List<Integer> numbers = new ArrayList<>();
      numbers.add(numeral(a.group(1)));
      Matcher more = Pattern.compile("第(" + NUMERAL + ")条").matcher(a.group(3));
      while (more.find()) {
        numbers.add(numeral(more.group(1)));
      }
      String text;
      if (numbers.size() == 1) {
        text = ", Art. " + numbers.get(0) + (a.group(2) == null ? "" : "(" + numeral(a.group(2)) + ")");
      } else {
        List<String> n = numbers.stream().map(String::valueOf).toList();
        text = ", Arts. " + String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
      }
      a.appendReplacement(sb, Matcher.quoteReplacement(text));
    }
    a.appendTail(sb);
    // titles, terms and quoted text, longest first, in one pass
    Matcher m = EN_PHRASES.matcher(sb.toString());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(phrase(m.group())));
    }
    m.appendTail(out);
    // "Title (标题) (民发〔2021〕57号)" → "Title (标题, 民发〔2021〕57号)"
    String merged = TITLE_AND_NUMBER.matcher(out.toString()).replaceAll("($1, $2)");
    return bracketed(merged);
  }

  private static String phrase(String chinese) {
    for (Map.Entry<String, String> e : EN) {
      if (e.getKey().equals(chinese)) {
        return e.getValue();
      }
    }
    return chinese;
  }

  /**
   * Chinese left outside brackets: a document number after the name of its issuer ("State Council
   * document (国发〔2015〕52号)"), any other phrase after the word "document".
   */
  private static String bracketed(String text) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '(' || c == '（' || c == '[') {
        depth++;
      } else if ((c == ')' || c == '）' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        int end = i;
        while (end < text.length() && (Character.UnicodeScript.of(text.charAt(end)) == Character.UnicodeScript.HAN
            || "〔〕、，：；“”《》·".indexOf(text.charAt(end)) >= 0 || Character.isDigit(text.charAt(end)))) {
          end++;
        }
        String run = text.substring(i, end);
        Matcher d = DOCUMENT_NUMBER.matcher(run);
        String issuer = d.matches() ? issuer(d.group(1)) : "document";
        out.append(issuer).append(" (").append(run).append(')');
        i = end;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static String issuer(String prefix) {
    for (Map.Entry<String, String> e : EN_ALL) {
      if (e.getKey().equals("@" + prefix)) {
        return e.getValue();
      }
    }
    return "document";
  }

  /** A Chinese numeral up to 999: 四十五 → 45, 十二 → 12, 一百零三 → 103. */
  static int numeral(String n) {
    String digits = "零一二三四五六七八九";
    int total = 0;
    int current = 0;
    for (char c : n.replace('〇', '零').replace('两', '二').toCharArray()) {
      int d = digits.indexOf(c);
      if (d >= 0) {
        current = d;
      } else if (c == '十') {
        total += (current == 0 ? 1 : current) * 10;
        current = 0;
      } else if (c == '百') {
        total += current * 100;
        current = 0;
      }
    }
    return total + current;
  }

  private static Pattern alternation(List<Map.Entry<String, String>> phrases) {
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, String> e : phrases) {
      keys.add(Pattern.quote(e.getKey()));
    }
    return Pattern.compile(String.join("|", keys));
  }

  private static List<Map.Entry<String, String>> load(String name) {
    Properties p = new Properties();
    try (InputStream in = References.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource org/jiuzhu/core/text/" + name + " is missing");
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
