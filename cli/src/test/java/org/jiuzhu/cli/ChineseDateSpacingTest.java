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
      found.addAll(spaced(screen.out()).stream().map(x -> h.getFileName() + " screen: " + x).toList());
      String html = Files.readString(notice).replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<style.*?</style>", "")
          .replaceAll("<[^>]+>", "\n");
      found.addAll(spaced(html).stream().map(x -> h.getFileName() + " notice: " + x).toList());
      CliRun plan = CliRun.of("plan", "--date", "2025-10-01", "--lang", "zh", h.toString());
      assertThat(plan.exit()).as(plan.err()).isZero();
      found.addAll(spaced(plan.out()).stream().map(x -> h.getFileName() + " plan: " + x).toList());
    }
    Path record = Files.writeString(dir.resolve("record.yaml"), "- {delivered: i12, date: 2025-10-20, quantity: 4, by: coop-7}\n"
        + "- {evaluated: i12, date: 2025-10-31, targetMet: true, note: sold, by: coop-7}\n");
    CliRun status = CliRun.of("plan", "--date", "2025-10-01", "--lang", "zh", "--record", record.toString(), "--status-date",
        "2025-11-01", LanguageLeakTest.HOUSEHOLDS.resolve("craftsman.json").toString());
    assertThat(status.exit()).as(status.err()).isZero();
    assertThat(status.out()).contains("2025年10月20日交付 4 件", "2025年10月31日评估：目标达成。");
    found.addAll(spaced(status.out()));
    CliRun snapshot = CliRun.of("snapshot", "--region", "620825", "--date", "2025-10-01", "--lang", "zh");
    assertThat(snapshot.exit()).as(snapshot.err()).isZero();
    found.addAll(spaced(snapshot.out()));
    Path feeds = Path.of("..", "examples", "monitoring");
    CliRun monitor = CliRun.of("monitor", "--region", "230300", "--lang", "zh", "--progress", "never", "--households",
        feeds.resolve("households.jsonl").toString(), "--rejects", dir.resolve("rejects.jsonl").toString(),
        feeds.resolve("feed-2025-08.jsonl").toString(), feeds.resolve("feed-2025-09.csv").toString(),
        feeds.resolve("feed-2025-10.jsonl").toString());
    assertThat(monitor.exit()).as(monitor.err()).isZero();
    found.addAll(spaced(monitor.out()));
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
    for (String text : List.of(syntax.err(), household.err(), decide.err())) {
      assertThat(spaced(text)).isEmpty();
      assertThat(AGAINST.matcher(text).results().map(r -> r.group()).toList()).as(text).isEmpty();
    }
  }
}
