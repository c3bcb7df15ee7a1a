package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for dates in Chinese text: a date written in Chinese ({@code 2025年11月1日},
 * {@code 2025年11月}) is set solid with the Chinese around it — {@code 自2025年11月1日起},
 * {@code 于2025年11月1日前}, {@code 有效期至2026年9月30日} — never {@code 自 2025年11月1日 起}.
 * Checked on the Chinese output of every example household's screen, plan and notice, a plan's
 * status, a snapshot and the monitor, and on the Chinese bundles (no space between a date
 * placeholder and the words that frame it). And its counterpart for Latin ids and file names: set
 * apart by a space from the Chinese on either side ({@code 家庭 h1 有误}, {@code 事项 i1（…）},
 * {@code i9 于2025年11月5日撤销}, {@code h.json 有误}).
 */
final class ChineseDateSpacingTest {
  @TempDir
  Path dir;

  /** A space between a Chinese date and Chinese text (or a bracket or colon), on either side. */
  private static final Pattern SPACED = Pattern.compile(
      "\\d{4}年\\d{1,2}月(?:\\d{1,2}日)? [\\p{IsHan}（]|[\\p{IsHan}（：] \\d{4}年\\d{1,2}月");

  static List<String> spaced(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = SPACED.matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - 12);
      int to = Math.min(text.length(), m.end() + 12);
      found.add("«" + text.substring(from, to).replace('\n', ' ') + "»");
    }
    return found;
  }

  /** Dates, document numbers (国发〔2015〕52号, 国务院令第709号) and ids written with Chinese: set solid by rule. */
  private static final Pattern SOLID_BY_RULE = Pattern.compile(
      "\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日|末)?)?|\\d{1,2}月\\d{1,2}日|\\d{1,2}月末|〔\\d{4}〕\\d*号|令第\\d+号|[A-Za-z][A-Za-z0-9._-]*");
  /** A number set solid with a Chinese character, either way round: {@code 年满80周岁}, {@code 近12个月}. */
  private static final Pattern SOLID_NUMBER = Pattern.compile("[\\p{IsHan}]\\d|\\d(?:[.,]\\d+)*[\\p{IsHan}]");

  /**
   * Numbers in Chinese text other than dates: an amount, a count, an age or a number of months
   * keeps a space on both sides ({@code 每月 1,543.00 元}, {@code 年满 80 周岁}, {@code 近 12 个月}).
   */
  static List<String> solidNumbers(String text) {
    String t = SOLID_BY_RULE.matcher(text).replaceAll(" ");
    List<String> found = new ArrayList<>();
    Matcher m = SOLID_NUMBER.matcher(t);
    while (m.find()) {
      int from = Math.max(0, m.start() - 12);
      int to = Math.min(t.length(), m.end() + 12);
      found.add("«" + t.substring(from, to).replace('\n', ' ') + "»");
    }
    return found;
  }

  /** ASCII {@code , ; :} beside Chinese: Chinese text uses full-width {@code ，；：}. */
  private static final Pattern ASCII_PUNCTUATION = Pattern.compile("[\\p{IsHan}）”》][,;:]|[,;:] ?[\\p{IsHan}（“《]");

  static List<String> asciiPunctuation(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = ASCII_PUNCTUATION.matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - 12);
      int to = Math.min(text.length(), m.end() + 12);
      found.add("«" + text.substring(from, to).replace('\n', ' ') + "»");
    }
    return found;
  }

  /** The three rules on one text. */
  static List<String> misspaced(String text) {
    List<String> found = new ArrayList<>(spaced(text));
    found.addAll(solidNumbers(text));
    found.addAll(asciiPunctuation(text));
    return found;
  }

  @Test
  void chineseOutputSetsDatesSolid() throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> households;
    try (Stream<Path> s = Files.list(LanguageLeakTest.HOUSEHOLDS)) {
      households = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path h : households) {
      Path notice = dir.resolve(h.getFileName() + ".html");
      CliRun screen = CliRun.of("screen", "--date", "2025-10-01", "--lang", "zh", "--report", notice.toString(), h.toString());
      assertThat(screen.exit()).as(screen.err()).isZero();
      found.addAll(misspaced(screen.out()).stream().map(x -> h.getFileName() + " screen: " + x).toList());
      String html = Files.readString(notice).replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<style.*?</style>", "")
          .replaceAll("<[^>]+>", "\n");
      found.addAll(misspaced(html).stream().map(x -> h.getFileName() + " notice: " + x).toList());
      CliRun plan = CliRun.of("plan", "--date", "2025-10-01", "--lang", "zh", h.toString());
      assertThat(plan.exit()).as(plan.err()).isZero();
      found.addAll(misspaced(plan.out()).stream().map(x -> h.getFileName() + " plan: " + x).toList());
    }
    Path record = Files.writeString(dir.resolve("record.yaml"), "- {delivered: i12, date: 2025-10-20, quantity: 4, by: coop-7}\n"
        + "- {evaluated: i12, date: 2025-10-31, targetMet: true, note: sold, by: coop-7}\n");
    CliRun status = CliRun.of("plan", "--date", "2025-10-01", "--lang", "zh", "--record", record.toString(), "--status-date",
        "2025-11-01", LanguageLeakTest.HOUSEHOLDS.resolve("craftsman.json").toString());
    assertThat(status.exit()).as(status.err()).isZero();
    assertThat(status.out()).contains("2025年10月20日交付 4 件", "2025年10月31日评估：目标达成。");
    found.addAll(misspaced(status.out()));
    CliRun snapshot = CliRun.of("snapshot", "--region", "620825", "--date", "2025-10-01", "--lang", "zh");
    assertThat(snapshot.exit()).as(snapshot.err()).isZero();
    found.addAll(misspaced(snapshot.out()));
    Path feeds = Path.of("..", "examples", "monitoring");
    CliRun monitor = CliRun.of("monitor", "--region", "230300", "--lang", "zh", "--progress", "never", "--households",
        feeds.resolve("households.jsonl").toString(), "--rejects", dir.resolve("rejects.jsonl").toString(),
        feeds.resolve("feed-2025-08.jsonl").toString(), feeds.resolve("feed-2025-09.csv").toString(),
        feeds.resolve("feed-2025-10.jsonl").toString());
    assertThat(monitor.exit()).as(monitor.err()).isZero();
    found.addAll(misspaced(monitor.out()));
    assertThat(found).isEmpty();
  }

  @Test
  void theRuleCatchesASpacedDate() {
    assertThat(spaced("自 2025年11月1日起")).hasSize(1);
    assertThat(spaced("自2025年11月1日 起")).hasSize(1);
    assertThat(spaced("渐退期至2026年1月 止")).hasSize(1);
    assertThat(spaced("于2025年11月1日前 · 复核2026年11月1日")).isEmpty();
    // amounts and ids keep their spaces
    assertThat(spaced("每月 1,543.00 元 · 成员 m1")).isEmpty();
  }

  @Test
  void theRuleCatchesASolidNumber() {
    assertThat(solidNumbers("家庭中没有符合条件的成员（年满80周岁）")).hasSize(2);
    assertThat(solidNumbers("近12个月医疗自付")).hasSize(2);
    assertThat(solidNumbers("标准的1.3倍")).hasSize(2);
    assertThat(solidNumbers("年满 80 周岁 · 近 12 个月 · 每月 1,543.00 元 · 1.3 倍 · 30%")).isEmpty();
    assertThat(asciiPunctuation("members[0].birthDate（第 6 行第 60 列）: “1980-02-30”不是日期")).hasSize(1);
    assertThat(asciiPunctuation("意见 (民政部、财政部); 金额: 地方")).hasSize(2);
    assertThat(asciiPunctuation("成员 m1, m2 · 每月 1,543.00 元：地方")).isEmpty();
    // dates, document numbers and ids are set solid by their own rule
    assertThat(solidNumbers("自2025年11月1日起 · 2025年9月末 · 民发〔2021〕57号 · 国务院令第709号 · 成员 m1")).isEmpty();
  }

  /**
   * Chinese bundles: a number (a placeholder before a unit, or digits) is not set solid with the
   * Chinese around it ({@code 年满{0}周岁}, {@code 近12个月}); dates are (their placeholders stand alone).
   */
  @Test
  void chineseBundlesSpaceNumbers() throws IOException {
    // a unit after a number (not the first character of a word: 条件, 户数, 人数 follow a name)
    String unit = "(?:个|周岁|岁|级|天|户|人|条|项|次|倍|件|名|份|节|元|行|列|日内|小时)(?![件数])";
    Pattern solid = Pattern.compile("\\{\\d+(?:,number[^}]*)?\\}" + unit + "|[\\p{IsHan}]\\{\\d+(?:,number[^}]*)?\\} ?" + unit);
    List<String> found = new ArrayList<>();
    for (Path root : List.of(Path.of("src", "main", "resources"), Path.of("..", "rules", "src", "main", "resources"),
        Path.of("..", "core", "src", "main", "resources"), Path.of("..", "simulation", "src", "main", "resources"))) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(root)) {
        files = s.filter(p -> p.toString().endsWith("_zh.properties")).toList();
      }
      for (Path p : files) {
        java.util.Properties bundle = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(p, java.nio.charset.StandardCharsets.UTF_8)) {
          bundle.load(in);
        }
        for (String key : new java.util.TreeSet<>(bundle.stringPropertyNames())) {
          String text = bundle.getProperty(key);
          if (solid.matcher(text).find() || !solidNumbers(text.replaceAll("\\{[^}]*\\}", " ")).isEmpty()) {
            found.add(p.getFileName() + ": " + key + "=" + text);
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /**
   * Chinese bundles: no space between a placeholder and the words that frame a date (于…前, 自…起,
   * 有效期至…; not 低于/来自, which frame amounts and counts).
   */
  @Test
  void chineseBundlesFrameDatePlaceholdersWithoutSpaces() throws IOException {
    Pattern framed = Pattern.compile("(?<![低高小大等来])[于自] \\{\\d\\}|\\{\\d\\} (?:起|前|止|决定|复核|晚于|早于|交付|评估)"
        + "|(?:有效期至|渐退期至|复核|首次到期|日期) \\{\\d\\}");
    List<String> found = new ArrayList<>();
    for (Path root : List.of(Path.of("src", "main", "resources"), Path.of("..", "rules", "src", "main", "resources"),
        Path.of("..", "core", "src", "main", "resources"), Path.of("..", "simulation", "src", "main", "resources"))) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(root)) {
        files = s.filter(p -> p.toString().endsWith("_zh.properties")).toList();
      }
      for (Path p : files) {
        for (String line : Files.readAllLines(p)) {
          // an option's value (--status-date {0}) and a rejected record's date as given (ISO) are not dates in words
          if (framed.matcher(line).find() && !line.contains("--") && !line.startsWith("reject.month=")) {
            found.add(p.getFileName() + ": " + line);
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /** A Latin word against a Chinese character, either way round: {@code h1有误}, {@code 事项i1}. */
  private static final Pattern AGAINST = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*[\\p{IsHan}]|[\\p{IsHan}][A-Za-z]");

  /**
   * Chinese bundles: no Latin word set solid with a Chinese character in a text (placeholders and
   * picocli's {@code %n} aside), and a placeholder holding an id after the noun that names it
   * (事项、家庭、成员、案件、案例) set apart on both sides: {@code 事项 {0}（}, {@code 家庭 {0} 的}.
   */
  @Test
  void chineseBundlesSetIdsApart() throws IOException {
    Pattern id = Pattern.compile("(?:事项|家庭|成员|案件|案例)\\{\\d\\}|(?:事项|家庭|成员|案件|案例) \\{\\d\\}[\\p{IsHan}]");
    List<String> found = new ArrayList<>();
    for (Path root : List.of(Path.of("src", "main", "resources"), Path.of("..", "rules", "src", "main", "resources"),
        Path.of("..", "core", "src", "main", "resources"), Path.of("..", "simulation", "src", "main", "resources"))) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(root)) {
        files = s.filter(p -> p.toString().endsWith("_zh.properties")).toList();
      }
      for (Path p : files) {
        java.util.Properties bundle = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(p, java.nio.charset.StandardCharsets.UTF_8)) {
          bundle.load(in);
        }
        for (String key : new java.util.TreeSet<>(bundle.stringPropertyNames())) {
          String line = key + "=" + bundle.getProperty(key);
          String text = bundle.getProperty(key).replace("%n", " ").replaceAll("%\\d\\$[a-z]", " ")
              .replaceAll("\\$\\{[^}]*\\}", " ");
          if (id.matcher(text).find() || AGAINST.matcher(text.replaceAll("\\{[^}]*\\}", " ")).find()) {
            found.add(p.getFileName() + ": " + line);
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /** What the trial saw: a household's id, a file name, a plan item's id and a date in Chinese errors. */
  @Test
  void chineseErrorsSetIdsAndFileNamesApartAndDatesSolid() throws IOException {
    Path malformed = Files.writeString(dir.resolve("malformed.json"), "{\"id\": \"h1\",");
    CliRun syntax = CliRun.of("screen", "--date", "2025-10-01", malformed.toString());
    assertThat(syntax.err()).startsWith("错误：" + malformed + " 有误：");
    Path h = Files.writeString(dir.resolve("h.yaml"), """
        id: h3-tekun
        region: "620825"
        applicant: m1
        members:
          - {id: m1, relationship: APPLICANT, birthDate: "1940-04-01", hukouType: RURAL, hukouRegion: "620825", workStatus: RETIRED,
             supporters: [{member: son, relationship: CHILD, birthDate: "1965-01-01"}]}
        """);
    CliRun household = CliRun.of("screen", "--date", "2025-10-01", h.toString());
    assertThat(household.err()).startsWith("错误：家庭 h3-tekun 有误：");
    CliRun decide = CliRun.of("decide", "record", "--household", LanguageLeakTest.HOUSEHOLDS.resolve("dibao-marginal-car-story.json").toString(),
        "--date", "2025-10-01", "--programme", "cn.dibao", "--level", "COUNTY", "--decider", "c-1", "--outcome", "ELIGIBLE",
        "--reason", "理由", "--record", dir.resolve("d.case").toString());
    assertThat(decide.exit()).as(decide.err()).isEqualTo(1);
    assertThat(decide.err()).startsWith("错误：该户2025年10月1日的“");
    // a bad date and a key given twice (the second trial): each placed by line and column, then a full-width colon
    Path twice = Files.writeString(dir.resolve("twice.json"), "{\"id\": \"h1\", \"region\": \"620825\", \"applicant\": \"m1\",\n"
        + "\"members\": [{\"id\": \"m1\", \"relationship\": \"APPLICANT\", \"birthDate\": \"1980-02-30\", \"hukouType\": \"RURAL\",\n"
        + "  \"hukouType\": \"RURAL\", \"hukouRegion\": \"620825\", \"workStatus\": \"FARMING\"}]}\n");
    CliRun fields = CliRun.of("screen", "--date", "2025-10-01", twice.toString());
    assertThat(fields.exit()).isEqualTo(1);
    assertThat(fields.err()).contains("  - members[0].hukouType（第 3 行第 3 列）：“members[0]”中的“hukouType”出现两次")
        .contains("  - members[0].birthDate（第 2 行第 68 列）：“1980-02-30”不是日期");
    for (String text : List.of(syntax.err(), household.err(), decide.err(), fields.err())) {
      assertThat(spaced(text)).isEmpty();
      assertThat(asciiPunctuation(text)).as(text).isEmpty();
      assertThat(AGAINST.matcher(text).results().map(r -> r.group()).toList()).as(text).isEmpty();
    }
  }
}
