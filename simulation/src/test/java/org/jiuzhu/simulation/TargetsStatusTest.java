package org.jiuzhu.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiuzhu.core.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target's status says what its figure is: the place's own official figure, an official figure of
 * a wider area standing in for the place (the area named), or illustrative; its source comes in
 * either language.
 */
final class TargetsStatusTest {
  @TempDir
  Path dir;

  @Test
  void zhuanglangsAgeBandsAreGansusOfficialFiguresStandingInAndNoShippedTargetIsOfficialForAnotherArea() {
    Targets shipped = Targets.shipped();
    List<Targets.Target> ages = shipped.forPlace("620825").stream().filter(t -> t.measure().equals("age-share")).toList();
    assertThat(ages).hasSize(4).allSatisfy(t -> {
      assertThat(t.status()).isEqualTo(Targets.Status.OFFICIAL_PROXY);
      assertThat(t.verified()).isFalse();
      assertThat(t.official()).isTrue();
      assertThat(t.region()).isEqualTo("620000");
      assertThat(t.statusText(Lang.ZH)).isEqualTo("代用：甘肃省（620000）的官方数字");
      assertThat(t.statusText(Lang.EN)).isEqualTo("stand-in: official figure of Gansu Province (620000)");
    });
    // every shipped target: verified only for the place itself, a stand-in only for a wider area
    for (Targets.Target t : shipped.all()) {
      if (t.status() == Targets.Status.VERIFIED) {
        assertThat(t.places()).as(t.id()).contains(t.region());
      }
      if (t.status() == Targets.Status.OFFICIAL_PROXY) {
        assertThat(t.places()).as(t.id()).doesNotContain(t.region());
        assertThat(t.url()).as(t.id()).isPresent();
      }
    }
    assertThat(shipped.all()).filteredOn(Targets.Target::verified).isEmpty();
    assertThat(shipped.all()).filteredOn(t -> t.status() == Targets.Status.ILLUSTRATIVE)
        .allSatisfy(t -> assertThat(t.statusText(Lang.ZH)).isEqualTo("示例值，未核实"));
  }

  @Test
  void theTextSaysOnlyTheTargetsTableWasCheckedAndSaysSoWhenNothingCouldBe() {
    Aggregates nothing = new Aggregates();
    assertThat(Summary.notCheckedLine(Targets.shipped(), nothing, true))
        .isEqualTo("  注：本次模拟没有可对照的目标值；上面的数字都是模型结果，未与官方数字核对。");
    assertThat(Summary.notCheckedLine(Targets.shipped(), nothing, false)).startsWith("  Note: this run has no targets to compare with;");
    Aggregates a = Calibration.simulate(CalibrationTest.CALIBRATED, CalibrationTest.SEED, 500, org.jiuzhu.core.region.RegionCode.parse("620825"),
        CalibrationTest.DATE, 1);
    assertThat(Summary.targetLines(Targets.shipped(), a, true)).isNotEmpty();
    assertThat(Summary.notCheckedLine(Targets.shipped(), a, true)).startsWith("  注：只有上表的数字与目标值核对过；")
        .contains("未与官方数字核对").doesNotContainPattern("[A-Za-z]");
    assertThat(Summary.notCheckedLine(Targets.shipped(), a, false))
        .startsWith("  Note: only the figures in the table above are checked against targets;").doesNotContainPattern("\\p{IsHan}");
  }

  /** Latin words of a Chinese source outside ids: web addresses, the 2260 codes, numbers. */
  static List<String> english(String zh) {
    String s = zh.replaceAll("[a-z0-9.-]+\\.(com|net|cn|org)(/[^\\s，；）]*)?", "");
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("[A-Za-z]{2,}").matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void everyShippedSourceHasAChineseTextWithoutEnglishAndAnEnglishOneWithChineseOnlyInBrackets() {
    for (Targets.Target t : Targets.shipped().all()) {
      assertThat(english(t.source(Lang.ZH))).as(t.id() + ": " + t.source(Lang.ZH)).isEmpty();
      String en = t.source(Lang.EN).replaceAll("\\([^()]*\\p{IsHan}[^()]*\\)", "");
      assertThat(en).as(t.id() + ": " + t.source(Lang.EN)).doesNotContainPattern("\\p{IsHan}");
    }
  }

  @Test
  void aSourceIsOneTextOrItsTwoLanguagesAndAStandInMustNameAWiderAreaAndItsPage() throws Exception {
    Path ok = Files.writeString(dir.resolve("ok.yaml"), """
        format: jiuzhu-targets/1
        targets:
          - id: x.age
            region: "620000"
            places: ["620825"]
            measure: age-share
            ages: [60, 999]
            value: 0.17
            period: 2020-11-01
            status: official-proxy
            source: {zh: "甘肃省公报", en: "Gansu communiqué"}
            url: "http://example.org/a"
          - id: x.size
            region: "620825"
            places: ["620825"]
            measure: mean-household-size
            value: 2.6
            period: 2020-11-01
            status: illustrative
            source: "one text"
        """, StandardCharsets.UTF_8);
    Targets t = Targets.read(ok);
    assertThat(t.all().get(0).source(Lang.ZH)).isEqualTo("甘肃省公报");
    assertThat(t.all().get(0).source(Lang.EN)).isEqualTo("Gansu communiqué");
    assertThat(t.all().get(1).source(Lang.ZH)).isEqualTo("one text");
    Path bad = Files.writeString(dir.resolve("bad.yaml"), """
        format: jiuzhu-targets/1
        targets:
          - id: a
            region: "620825"
            places: ["620825"]
            measure: mean-household-size
            value: 2.6
            period: 2020-11-01
            status: official-proxy
            source: {zh: "某公报"}
            url: "http://example.org/a"
          - id: b
            region: "620000"
            places: ["620825"]
            measure: mean-household-size
            value: 2.6
            period: 2020-11-01
            status: official-proxy
            source: "a page"
        """, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Targets.read(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("targets[0].region: status is official-proxy but region 620825 is the simulated place itself")
        .hasMessageContaining("targets[0].source: source has no en text")
        .hasMessageContaining("targets[1].source: status is official-proxy without source and url");
  }

  /** Read strictly, as policy files are: a key given twice is a problem at its path with the others; bad YAML at its line. */
  @Test
  void aKeyGivenTwiceIsRefusedWithTheFilesOtherProblemsAndBadYamlAtItsLine() throws Exception {
    Path twice = Files.writeString(dir.resolve("twice.yaml"), """
        format: jiuzhu-targets/1
        targets:
          - id: a
            region: "620825"
            places: ["620825"]
            measure: mean-household-size
            value: 2.6
            value: 0.5
            period: 2020-11-01
            status: illustrative
        """, StandardCharsets.UTF_8);
    org.jiuzhu.core.validation.ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> Targets.read(twice), org.jiuzhu.core.validation.ValidationException.class);
    assertThat(e.problems()).extracting(p -> p.path() + " " + p.code())
        .containsExactly("targets[0].value file.duplicate", "targets[0].value targets.value.size");
    assertThat(e.problems().get(0).message(Lang.ZH)).doesNotContain("duplicate");
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "format: jiuzhu-targets/1\ntargets: [\n  {id: a\n",
        StandardCharsets.UTF_8);
    org.jiuzhu.core.validation.ValidationException b = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> Targets.read(broken), org.jiuzhu.core.validation.ValidationException.class);
    assertThat(b.getMessage(Lang.EN)).contains("broken.yaml");
    assertThat(b.problems()).isNotEmpty();
  }

  /** A new user's file: an age share of 1.7 and a programme cn.nonexistent were accepted and compared (-100.0%). */
  @Test
  void sharesAboveOneAndProgrammesOutsideTheCatalogueAreRefusedAllAtOnceInBothLanguages() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), """
        format: jiuzhu-targets/1
        targets:
          - id: a
            region: "620000"
            places: ["620825"]
            measure: age-share
            ages: [60, 999]
            value: 1.7
            period: 2020-11-01
            status: illustrative
          - id: b
            region: "620825"
            places: ["620825"]
            measure: recipient-rate
            programmes: [cn.dibao, cn.nonexistent]
            value: 0.05
            period: 2025-09-30
            status: illustrative
          - id: c
            region: "620825"
            places: ["620825"]
            measure: mean-household-size
            value: 0.5
            period: 2020-11-01
            status: illustrative
          - id: d
            region: "620825"
            places: ["620825"]
            measure: household-rate
            programmes: [cn.tekun]
            value: 1
            period: 2025-09-30
            status: illustrative
        """, StandardCharsets.UTF_8);
    org.jiuzhu.core.validation.ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> Targets.read(bad), org.jiuzhu.core.validation.ValidationException.class);
    assertThat(e.problems()).extracting(p -> p.path() + " " + p.code()).containsExactly(
        "targets[0].value targets.value.share", "targets[1].programmes[1] targets.programme", "targets[2].value targets.value.size");
    assertThat(e.problems().get(0).message(Lang.EN))
        .isEqualTo("value is 1.7, but age-share is a share; expected a number above 0 and at most 1 (0.17 for 17%)");
    assertThat(e.problems().get(0).message(Lang.ZH)).isEqualTo("value 为 1.7，但 age-share 是占比；应为大于 0 且不超过 1 的数（17% 写作 0.17）");
    assertThat(e.problems().get(1).message(Lang.EN))
        .startsWith("programmes has 'cn.nonexistent', which is not a programme of the catalogue; expected one of ")
        .contains("cn.dibao");
    assertThat(e.problems().get(1).message(Lang.ZH)).startsWith("programmes 含“cn.nonexistent”，它不是救助事项目录中的项目；应为以下之一：");
    assertThat(e.problems().get(2).message(Lang.EN))
        .isEqualTo("value is 0.5, but a mean household size is persons per household; expected a number of at least 1");
  }

  @Test
  void aTargetsFileOfAtMost4MiBIsReadAndALargerOneIsRefusedWithTheLimitAndItsSize(@TempDir Path dir) throws java.io.IOException {
    String head = """
        format: jiuzhu-targets/1
        targets:
          - id: a
            region: "620825"
            places: ["620825"]
            measure: age-share
            ages: [0, 14]
            value: 0.2
            period: 2020-11-01
            status: illustrative
            source: "one text"
        """;
    int max = org.jiuzhu.rules.io.StrictInput.MAX_TARGETS_FILE_BYTES;
    assertThat(max).isEqualTo(4 << 20);
    assertThat(Targets.read(padded(dir.resolve("at.yaml"), head, max)).all()).hasSize(1);
    Path over = padded(dir.resolve("over.yaml"), head, max + 1L);
    org.jiuzhu.core.validation.ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> Targets.read(over), org.jiuzhu.core.validation.ValidationException.class);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("file.size");
      assertThat(p.message(Lang.EN)).isEqualTo(over + " is 4194305 bytes; expected one document of at most 4 MiB (4194304 bytes)");
      assertThat(p.message(Lang.ZH)).isEqualTo(over + " 为 4194305 字节；应为不超过 4 兆字节（4194304 字节）的单个文档");
    });
    assertThat(e.getMessage(Lang.ZH)).startsWith("目标值文件 " + over + " 有误");
  }

  /** {@code head}, then new lines up to {@code size} bytes, written a block at a time (never held whole). */
  private static Path padded(Path file, String head, long size) throws java.io.IOException {
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] block = new byte[1 << 16];
    java.util.Arrays.fill(block, (byte) '\n');
    try (java.io.OutputStream out = Files.newOutputStream(file)) {
      out.write(h);
      for (long left = size - h.length; left > 0; left -= block.length) {
        out.write(block, 0, (int) Math.min(block.length, left));
      }
    }
    return file;
  }
}
