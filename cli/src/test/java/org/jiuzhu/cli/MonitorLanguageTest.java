package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueProgramme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One language per output: {@code ./jiuzhu monitor}'s text output over the example feeds (with and
 * without a gap in the months), in Chinese and in English, and the message bundles behind it.
 * Chinese output may hold Latin letters only in ids (households, members), record references
 * ({@code feed-2025-08.jsonl:2}, {@code jixi-worker/income/2025-10}), the reject file's name and
 * the unit MB; English output may hold
 * Chinese only in brackets.
 */
final class MonitorLanguageTest {
  private static final Path EXAMPLE = Path.of(System.getProperty("jiuzhu.monitoring", "../examples/monitoring"));
  private static final Pattern ID_FIELD = Pattern.compile("\"(?:id|household)\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]");

  @TempDir
  Path dir;

  private CliRun monitor(String lang, String... feeds) {
    List<String> a = new ArrayList<>(List.of("monitor", "--region", "230300", "--households",
        EXAMPLE.resolve("households.jsonl").toString(), "--rejects", dir.resolve("rejects.jsonl").toString(), "--lang", lang,
        "--progress", "never"));
    for (String f : feeds) {
      a.add(EXAMPLE.resolve(f).toString());
    }
    CliRun r = CliRun.of(a.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return r;
  }

  private List<CliRun> runs(String lang) {
    return List.of(monitor(lang, "feed-2025-08.jsonl", "feed-2025-09.csv", "feed-2025-10.jsonl"),
        monitor(lang, "feed-2025-08.jsonl", "feed-2025-10.jsonl"));
  }

  /** The household ids of the register and the feeds. */
  private static Set<String> ids() throws Exception {
    Set<String> ids = new TreeSet<>();
    for (String f : List.of("households.jsonl", "feed-2025-08.jsonl", "feed-2025-10.jsonl")) {
      Matcher m = ID_FIELD.matcher(Files.readString(EXAMPLE.resolve(f), StandardCharsets.UTF_8));
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    for (String line : Files.readAllLines(EXAMPLE.resolve("feed-2025-09.csv"), StandardCharsets.UTF_8)) {
      ids.add(line.split(",", -1)[0]);
    }
    return ids;
  }

  @Test
  void chineseOutputHasNoLatinLettersButIdsReferencesAndUnits() throws Exception {
    Set<String> ids = ids();
    for (CliRun r : runs("zh")) {
      assertThat(r.out()).contains("预警 ").contains("颜色 ").contains("到期 ").contains("== 2025年10月数据（2025年11月1日比对）==\n")
          .contains("-- 2025年10月小计：记录 ");
      for (String line : (r.out() + r.err()).split("\n")) {
        // references to records without a source line: household/type/date (an id, like file:line)
        String rest = line.replace(dir.resolve("rejects.jsonl").toString(), "")
            .replaceAll("[\\w-]+/(income|medical-bill)/\\d{4}-\\d{2}(-\\d{2})?", "");
        for (String id : ids) {
          rest = rest.replaceAll("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])", "");
        }
        rest = rest.replaceAll("[\\w.-]+\\.(jsonl|csv)(:\\d+)?", "").replaceAll("\\bm\\d+\\b", "");
        assertThat(rest).as("a Latin letter in Chinese output: %s", line).doesNotContainPattern("[A-Za-z]");
        // days and months as screening and plans write them (2025年9月1日), never 2025-09-01 beside Chinese
        assertThat(rest).as("an ISO date in Chinese output: %s", line).doesNotContainPattern("\\d{4}-\\d{2}");
      }
    }
    // sizes in Chinese words, as simulate says them: 兆字节, never MB
    CliRun one = runs("zh").get(0);
    assertThat(one.out() + one.err()).containsPattern("堆内存峰值 [0-9,]+ 兆字节，上限 [0-9,]+ 兆字节").doesNotContain("MB");
    assertThat(runs("zh").get(1).out()).contains("注意：缺少2025年9月的数据：这些月份的医疗费用和收入按未报告计，近 12 个月合计可能偏低");
  }

  @Test
  void englishOutputHasChineseOnlyInBrackets() throws Exception {
    // the catalogue's own English names are another part's text: those that hold Chinese outside brackets are
    // reported here (and left alone), never counted as monitoring's own leak
    List<String> catalogueLeaks = new ArrayList<>();
    for (CatalogueProgramme p : Catalogue.cn().programmes()) {
      if (CJK.matcher(unbracketed(p.nameEn())).find()) {
        catalogueLeaks.add(p.nameEn());
      }
    }
    System.out.println("catalogue English names with Chinese outside brackets: " + catalogueLeaks);
    for (CliRun r : runs("en")) {
      assertThat(r.out()).contains("alert ").contains("colour ").contains("due ").contains("== October 2025 feed (matched on 1 November 2025) ==\n")
          .contains("-- subtotal for October 2025: ");
      for (String line : (r.out() + r.err()).split("\n")) {
        String rest = line;
        for (String name : catalogueLeaks) {
          rest = rest.replace(name, "");
        }
        assertThat(unbracketed(rest)).as("Chinese outside brackets in English output: %s", line).doesNotContainPattern(CJK.pattern());
      }
    }
    assertThat(runs("en").get(1).out()).contains("warning: no feed for September 2025: their medical costs and income count as not"
        + " reported, so 12-month totals may be low");
  }

  @Test
  void everyMessageHasItsTranslation() throws Exception {
    for (String bundle : List.of("src/main/resources/org/jiuzhu/cli/monitor", "src/main/resources/org/jiuzhu/cli/decide",
        "../rules/src/main/resources/org/jiuzhu/rules/monitoring/messages", "../core/src/main/resources/org/jiuzhu/core/review/messages",
        "../core/src/main/resources/org/jiuzhu/core/monitoring/messages")) {
      Properties en = load(Path.of(bundle + ".properties"));
      Properties zh = load(Path.of(bundle + "_zh.properties"));
      assertThat(zh.stringPropertyNames()).as(bundle).isEqualTo(en.stringPropertyNames());
      for (String key : zh.stringPropertyNames()) {
        String text = zh.getProperty(key).replaceAll("\\{[^}]*}", "").replaceAll("--[a-z-]+", "")
            .replaceAll("ELIGIBLE|INELIGIBLE|MB", "");
        assertThat(text).as("%s_zh: %s", bundle, key).doesNotContainPattern("[A-Za-z]");
        assertThat(unbracketed(en.getProperty(key))).as("%s: %s", bundle, key).doesNotContainPattern(CJK.pattern());
      }
    }
  }

  private static Properties load(Path file) throws Exception {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  /** The text without what is in brackets, (…) or （…）. */
  private static String unbracketed(String s) {
    return s.replaceAll("\\([^()]*\\)", "").replaceAll("（[^（）]*）", "");
  }
}
