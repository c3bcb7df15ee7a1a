package org.jiuzhu.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiuzhu.core.household.CarePlacement;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.SchoolingStage;
import org.jiuzhu.core.household.SupporterCondition;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem of a microdata file in the run's language: the row said once, Chinese without
 * English words (only the file's own column names, values and codes), English plurals right; an
 * unknown region is a problem of its row like the others, and the other rows of a bad household
 * are named as left out with it.
 */
final class MicrodataLanguageTest {
  @TempDir
  Path dir;

  private static final Microdata.KnownRegions REGIONS = Microdata.KnownRegions.of(Policy.installed());

  /** A file with one problem of each kind, each in its own household (h1 … h15), and two good households. */
  private Path badFile() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(MicrodataTest.person("ok1", 1, "m1", "1", "APPLICANT"));
    lines.add(MicrodataTest.person("h1", 1, "m1", "1", "APPLICANT").replace("1950-01-01", "1971-02-30"));
    lines.add(MicrodataTest.person("h1", 2, "m2", "1", "SPOUSE"));
    lines.add(MicrodataTest.person("h2", 1, "m1", "1", "APPLICANT").replace("NOT_WORKING", "EMPLOYD"));
    lines.add(MicrodataTest.person("h3", 1, "m1", "1", "APPLICANT").replace("100.00", "\"12,5\""));
    lines.add(MicrodataTest.person("h4", 1, "m1", "1", "APPLICANT").replace("620825", "110101"));
    lines.add(MicrodataTest.person("h4", 2, "m2", "1", "SPOUSE").replace("620825", ""));
    lines.add(MicrodataTest.person("h4", 3, "m3", "1", "CHILD").replace("620825", ""));
    lines.add(MicrodataTest.line("household", "h5", "order", "1", "member", "m1", "weight", "1", "region", "620825", "relationship",
        "APPLICANT", "birthDate", "1950-01-01", "hukou", "RURAL", "workStatus", "NOT_WORKING", "hasVehicle", "false",
        "dialysisPerWeek", "3"));
    lines.add(MicrodataTest.person("h6", 1, "m1", "1", "SPOUSE"));
    lines.add(MicrodataTest.line("household", "h7", "order", "1", "member", "m1", "weight", "1", "region", "620825", "relationship",
        "APPLICANT", "birthDate", "1950-01-01", "hukou", "RURAL", "workStatus", "NOT_WORKING", "hasVehicle", "false",
        "vehicleValue", "5000.00"));
    lines.add(MicrodataTest.person("h8", 1, "m1", "-2", "APPLICANT"));
    lines.add(MicrodataTest.line("household", "h9", "order", "1", "member", "m1", "weight", "1", "region", "620825", "relationship",
        "APPLICANT", "birthDate", "1950-01-01", "hukou", "RURAL", "workStatus", "NOT_WORKING", "hasVehicle", "false",
        "currentBenefits", "dibao"));
    lines.add(MicrodataTest.line("household", "h10", "order", "1", "member", "m1", "weight", "1", "region", "620825", "relationship",
        "APPLICANT", "birthDate", "1950-01-01", "hukou", "RURAL", "workStatus", "NOT_WORKING", "hasVehicle", "false",
        "supporterBirthDate", "1975-01-01", "supporterConditions", "RICH"));
    lines.add(MicrodataTest.line("household", "h11", "order", "1", "member", "m1", "weight", "1", "region", "620825", "relationship",
        "APPLICANT", "birthDate", "1950-01-01", "hukou", "RURAL", "workStatus", "NOT_WORKING", "hasVehicle", "false",
        "disabilityGrade", "3"));
    lines.add(String.join(",", java.util.Arrays.copyOf(MicrodataTest.person("h12", 1, "m1", "1", "APPLICANT").split(",", -1), 12)));
    lines.add(MicrodataTest.line("household", "h13", "order", "1", "member", "m1", "weight", "1", "region", "620825", "relationship",
        "APPLICANT", "birthDate", "1950-01-01", "hukou", "RURAL", "workStatus", "NOT_WORKING", "hasVehicle", "false",
        "homes", "0", "homeArea", "80"));
    lines.add(MicrodataTest.person("h14", 1, "m1", "1", "APPLICANT"));
    lines.add(MicrodataTest.person("ok2", 1, "m1", "1", "APPLICANT"));
    lines.add(MicrodataTest.person("h14", 2, "m2", "1", "SPOUSE"));
    // a household whose second row has the problem: its first row, left out with it, comes first in the rejects
    lines.add(MicrodataTest.person("h15", 1, "m1", "1", "APPLICANT"));
    lines.add(MicrodataTest.person("h15", 2, "m2", "1", "SPOUSE").replace("NOT_WORKING", "EMPLOYD"));
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, String.join(",", Microdata.COLUMNS) + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  /** Ids the Chinese text may show as they are: the schema's columns, enum values, formats and codes. */
  private static final List<String> IDS = ids();

  private static List<String> ids() {
    List<String> ids = new ArrayList<>(Microdata.COLUMNS);
    for (Class<? extends Enum<?>> e : List.of(WorkStatus.class, HukouType.class, Relationship.class, DisabilityCategory.class,
        SchoolingStage.class, CarePlacement.class, SupporterCondition.class)) {
      for (Enum<?> c : e.getEnumConstants()) {
        ids.add(c.name());
      }
    }
    ids.addAll(List.of("YYYY-MM-DD", "GB/T", "CSV", "docs/microdata.md", "true", "false", "cn.dibao", "cn.tekun", "m1"));
    ids.sort((a, b) -> b.length() - a.length()); // longest first
    return ids;
  }

  /** Latin words of {@code zh} outside quoted values and the allowed ids. */
  static List<String> leaks(String zh) {
    String s = zh.replaceAll("“[^”]*”", "");
    for (String id : IDS) {
      s = s.replace(id, "");
    }
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("[A-Za-z]{2,}").matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void everyProblemIsInTheRunsLanguageWithItsRowSaidOnce() throws Exception {
    List<Microdata.Defect> rejects = new ArrayList<>();
    Aggregates a = new Simulation(MicrodataTest.EVALUATOR, 2).run(MicrodataCsv.reader(badFile(), MicrodataTest.DATE, REGIONS), null,
        null, rejects::add);
    assertThat(a.households()).isEqualTo(2); // ok1, ok2
    List<Microdata.Defect> problems = rejects.stream().filter(d -> !d.leftOut()).toList();
    assertThat(problems).hasSizeGreaterThanOrEqualTo(14);
    for (Microdata.Defect d : problems) {
      String zh = d.message(Lang.ZH);
      String en = d.message(Lang.EN);
      assertThat(leaks(zh)).as(zh).isEmpty();
      assertThat(zh).as(zh).startsWith("第 " + d.row() + " 行：").doesNotContain("row");
      assertThat(en).as(en).startsWith("row " + d.row() + ": ");
      // the row said once, in both languages
      assertThat(en.split("row " + d.row() + "\\b", -1)).as(en).hasSize(2);
      assertThat(zh.split("第 " + d.row() + " 行", -1)).as(zh).hasSize(2);
      assertThat(leaks(d.expected(Lang.ZH))).as(d.expected(Lang.ZH)).isEmpty();
      assertThat(leaks(d.description(Lang.ZH))).as(d.description(Lang.ZH)).isEmpty();
    }
    assertThat(problems).extracting(d -> d.message(Lang.ZH)).contains(
        "第 3 行：birthDate 为“1971-02-30”；应为“年-月-日”格式的日期（1971年2月只有 28 天，最后一天为 1971-02-28）",
        "第 5 行：workStatus 为“EMPLOYD”；应为以下之一：EMPLOYED、SELF_EMPLOYED、FARMING、UNEMPLOYED、RETIRED、STUDENT、NOT_WORKING",
        "第 6 行：wages 为“12,5”；应为以元为单位的金额，如 1200.50");
    assertThat(problems).extracting(d -> d.message(Lang.EN)).contains("row 3: birthDate is '1971-02-30'; expected a date YYYY-MM-DD (February 1971 has 28 days; its last day is 1971-02-28)");
  }

  @Test
  void anUnknownRegionIsAProblemOfItsRowCollectedWithTheOthersAndItsMembersAreNamedAsLeftOut() throws Exception {
    List<Microdata.Defect> rejects = new ArrayList<>();
    new Simulation(MicrodataTest.EVALUATOR, 2).run(MicrodataCsv.reader(badFile(), MicrodataTest.DATE, REGIONS), null, null,
        rejects::add);
    Microdata.Defect region = rejects.stream().filter(d -> d.column().equals("region")).findFirst().orElseThrow();
    assertThat(region.row()).isEqualTo(7);
    assertThat(region.value()).isEqualTo("110101");
    assertThat(region.household()).isEqualTo("h4");
    assertThat(region.member()).isEqualTo("m1");
    assertThat(region.expected(Lang.EN)).startsWith("a region the policy knows").contains("620825").contains("330105")
        .doesNotContain("national");
    assertThat(region.expected(Lang.ZH)).startsWith("政策中已有的地区").contains("620800、620825");
    // the household's other rows: left out with it, each named by row and member, not counted as problems
    assertThat(rejects).filteredOn(Microdata.Defect::leftOut).extracting(Microdata.Defect::row, Microdata.Defect::household,
        Microdata.Defect::member).contains(tuple(4L, "h1", "m2"), tuple(8L, "h4", "m2"), tuple(9L, "h4", "m3"));
    assertThat(rejects).filteredOn(Microdata.Defect::leftOut).allSatisfy(d -> {
      assertThat(d.description(Lang.ZH)).isEqualTo("随户 " + d.household() + " 一并未计入（该户另一行有问题）");
      assertThat(d.description(Lang.EN)).isEqualTo("left out with household " + d.household() + ", which has a problem on another row");
    });
    // in the order of the file: row 4 (left out) after row 3 (its household's problem), row 7 before rows 8 and 9
    assertThat(rejects).extracting(Microdata.Defect::row).isSorted();
    // without a rejects sink the run reads on and reports the region with every other problem, at once
    assertThatThrownBy(() -> new Simulation(MicrodataTest.EVALUATOR, 2).run(MicrodataCsv.reader(badFile(), MicrodataTest.DATE, REGIONS),
        null, null)).isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.getMessage(Lang.EN)).contains("  - row 7: region is '110101'; expected a region the policy knows")
              .contains("  - row 3: birthDate is '1971-02-30'").doesNotContain("left out with household");
          assertThat(e.getMessage(Lang.ZH)).startsWith("微观数据 bad.csv（15 户）有误：").contains("  - 第 7 行：region 为“110101”");
        });
  }

  @Test
  void theHeadingIsInTheRunsLanguageWithEnglishPluralsRight() throws Exception {
    Path one = dir.resolve("one.csv");
    Files.writeString(one, String.join(",", Microdata.COLUMNS) + "\n"
        + MicrodataTest.person("h1", 1, "m1", "1", "APPLICANT").replace("1950-01-01", "1971-02-30") + "\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new Simulation(MicrodataTest.EVALUATOR, 1).run(MicrodataCsv.reader(one, MicrodataTest.DATE, REGIONS),
        null, null)).isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.getMessage(Lang.EN)).isEqualTo("invalid microdata one.csv (1 household): 1 problem\n"
              + "  - row 2: birthDate is '1971-02-30'; expected a date YYYY-MM-DD (February 1971 has 28 days; its last day is 1971-02-28)");
          assertThat(e.getMessage(Lang.ZH)).isEqualTo("微观数据 one.csv（1 户）有误：1 个问题\n"
              + "  - 第 2 行：birthDate 为“1971-02-30”；应为“年-月-日”格式的日期（1971年2月只有 28 天，最后一天为 1971-02-28）");
        });
    assertThatThrownBy(() -> new Simulation(MicrodataTest.EVALUATOR, 1).run(MicrodataCsv.reader(badFile(), MicrodataTest.DATE, REGIONS),
        null, null)).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.getMessage(Lang.EN)).startsWith("invalid microdata bad.csv (15 households): 15 problems\n"));
    // a header with an unknown column and a missing one: in both languages, the file named once
    Path header = dir.resolve("header.csv");
    Files.writeString(header, "household,order,salary\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> MicrodataCsv.reader(header, MicrodataTest.DATE)).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.getMessage(Lang.EN)).contains("salary: unknown column 'salary'; expected some of [household, order")
          .contains("member: column 'member' is missing");
      assertThat(e.getMessage(Lang.ZH)).startsWith("微观数据 header.csv 有误：").contains("salary：无法识别的列“salary”")
          .contains("member：缺少列“member”");
      for (String line : e.getMessage(Lang.ZH).split("\n")) {
        assertThat(leaks(line.replace("header.csv", "").replace("salary", ""))).as(line).isEmpty();
      }
    });
  }
}
