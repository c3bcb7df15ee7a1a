package org.jiuzhu.rules.policyfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.rules.cn.CnParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFilesTest {
  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static String entry(String key, String region, String unit, String status, String... values) {
    StringBuilder sb = new StringBuilder("  - key: " + key + "\n    region: \"" + region + "\"\n    unit: " + unit
        + "\n    reference: x\n    status: " + status + "\n    values:\n");
    for (String v : values) {
      sb.append("      - ").append(v).append('\n');
    }
    return sb.toString();
  }

  @Test
  void theFilesOwnProblemsAndAnUndeclaredRegionAreSaidTogetherAtTheEntrysLine() throws IOException {
    // 620825101 is declared without its English name: a problem of its own, not an undeclared region
    Path f = file("mine.yaml", "format: jiuzhu-policy/1\nregions:\n  - code: \"620825101\"\n    name: 朝那镇\nparameters:\n"
        + entry("dibao.standard.rural", "620825101", "CNY/person/month", "illustrative", "{from: 2025-07-01, value: 600}")
        + entry("marginal.income-multiple", "620826", "ratio", "maybe", "{from: 2025-07-01, value: 2}")
        + entry("marginal.income-multiple", "620825999", "ratio", "illustrative", "{from: 2025-07-01, value: 2}"));
    List<PolicyFileProblem> problems = PolicyFiles.problems(Policy.installed(), CnParameters.catalog(), List.of(f));
    assertThat(problems).extracting(p -> p.toString(Lang.EN)).containsExactly(
        f + ":3: region 620825101: missing field 'nameEn' (its English name)",
        f + ":13: marginal.income-multiple: region 620826 is not declared: neither the policy nor these policy files declare"
            + " it; declare it under 'regions' (code, name, nameEn), or use a known region (jiuzhu regions lists them)",
        f + ":17: marginal.income-multiple: status 'maybe'; expected verified or illustrative",
        f + ":20: marginal.income-multiple: township 620825999 is not declared: neither the policy nor these policy files"
            + " declare it, and a township's own values need it declared; declare it under 'regions' (code, name, nameEn)");
    assertThat(problems.get(1).toString(Lang.ZH)).isEqualTo(f + ":13: marginal.income-multiple: 地区 620826 未声明："
        + "现有政策和所给的政策文件都没有声明该地区；请在“regions”下声明它（“code”、“name”、“nameEn”），或改用已声明的地区");
    PolicyFileException e = catchThrowableOfType(
        () -> PolicyFiles.override(Policy.installed(), CnParameters.catalog(), List.of(f)), PolicyFileException.class);
    assertThat(e.problems()).isEqualTo(problems);
    assertThat(e.getMessage(Lang.ZH)).startsWith("政策文件有误：4 个问题\n  " + f + ":3: ");
  }

  @Test
  void everyProblemIsListedInFileOrderWhateverCheckFoundItAndInEitherLanguage() throws IOException {
    // an unknown field and a bad amount are found while reading, a gap only when the series is checked
    String text = "format: jiuzhu-policy/1\nmodule: order.test\nparameters:\n"
        + entry("dibao.standard.rural", "620825", "CNY/person/month", "illustrative",
            "{from: 2025-10-01, to: 2026-01-01, value: 600}", "{from: 2026-02-01, value: 610}")
        + entry("dibao.standard.urban", "620825", "CNY/person/month", "illustrative", "{from: 2025-10-01, value: abc}")
            .replace("    status: illustrative\n", "    status: illustrative\n    colour: red\n");
    Path a = file("a.yaml", text);
    Path b = file("b.yaml", text.replace("order.test", "order.second"));
    // a alone: the unknown field (line 17) and the bad amount (19) are found first, the gap (11) last
    List<PolicyFileProblem> alone = PolicyFiles.problems(Policy.installed(), CnParameters.catalog(), List.of(a));
    assertThat(alone).extracting(PolicyFileProblem::line).containsExactly(11, 17, 19);
    assertThat(alone.get(0).toString(Lang.EN)).startsWith(a + ":11: dibao.standard.rural: ").contains("1 January 2026");
    assertThat(alone.get(0).toString(Lang.ZH)).startsWith(a + ":11: dibao.standard.rural: ").contains("2026年1月1日");
    assertThat(alone.get(1).toString(Lang.ZH)).startsWith(a + ":17: ").contains("colour");
    // two files: each file's problems, then the next file's, each in line order (those of the files together too)
    List<PolicyFileProblem> problems = PolicyFiles.problems(Policy.installed(), CnParameters.catalog(), List.of(b, a));
    assertThat(problems).extracting(PolicyFileProblem::file).startsWith(b.toString()).endsWith(a.toString());
    assertThat(problems).isSortedAccordingTo(java.util.Comparator
        .<PolicyFileProblem>comparingInt(p -> p.file().equals(b.toString()) ? 0 : 1)
        .thenComparingInt(PolicyFileProblem::line).thenComparingInt(PolicyFileProblem::column));
    // one file alone, through the loader: the same order
    assertThat(new PolicyFileLoader(CnParameters.catalog()).load(a).problems()).extracting(PolicyFileProblem::line)
        .isSorted();
  }

  @Test
  void anOverlapDoesNotHideAnOrderBrokenInAnotherFileAndIsSaidOnce() throws IOException {
    Path a = file("a.yaml", "format: jiuzhu-policy/1\nparameters:\n" + entry("dibao.standard.rural", "620825", "CNY/person/month",
        "illustrative", "{from: 2025-07-01, value: 600}", "{from: 2025-07-01, value: 610}"));
    Path care = file("care.yaml", "format: jiuzhu-policy/1\nparameters:\n" + entry("tekun.care.partial-min-failed-items",
        "620800", "count", "illustrative", "{from: 2025-01-01, value: 5}"));
    List<PolicyFileProblem> problems = PolicyFiles.problems(Policy.installed(), CnParameters.catalog(), List.of(a, care));
    assertThat(problems).extracting(PolicyFileProblem::file, PolicyFileProblem::line, p -> p.key().orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(a.toString(), 10, "dibao.standard.rural"),
            org.assertj.core.groups.Tuple.tuple(care.toString(), 9, "tekun.care.partial-min-failed-items"));
    assertThat(problems.get(1).message(Lang.EN)).startsWith("region 620800 Pingliang City from 1 January 2025:"
        + " tekun.care.full-min-failed-items is 4 (national, national.yaml:264), below");
  }

  @Test
  void soundFilesAreLaidOverThePolicy() throws IOException {
    Path f = file("ok.yaml", "format: jiuzhu-policy/1\nregions:\n  - code: \"620826\"\n    name: 静宁县\n    nameEn: Jingning County\n"
        + "parameters:\n" + entry("dibao.standard.rural", "620826", "CNY/person/month", "illustrative",
            "{from: 2025-01-01, value: 600}"));
    assertThat(PolicyFiles.problems(Policy.installed(), CnParameters.catalog(), List.of(f))).isEmpty();
    Policy p = PolicyFiles.override(Policy.installed(), CnParameters.catalog(), List.of(f));
    assertThat(p.snapshot(RegionCode.parse("620826"), LocalDate.of(2025, 10, 1)).get(CnParameters.DIBAO_STANDARD_RURAL).toString())
        .isEqualTo("600.00");
  }

  /** A new user's name.yaml: 620825 redeclared as 庄浪 passed, and snapshot then showed 庄浪（620825）. */
  @Test
  void aRegionDeclaredWithAnotherNameIsSaidAtItsDeclarationWithBothNames() throws IOException {
    String head = "format: jiuzhu-policy/1\nregions:\n  - code: \"620825\"\n    name: 庄浪\n    nameEn: Zhuanglang\n";
    Path f = file("name.yaml", head + "parameters:\n"
        + entry("dibao.standard.rural", "620825", "CNY/person/month", "illustrative", "{from: 2025-07-01, value: 600}"));
    List<PolicyFileProblem> problems = PolicyFiles.problems(Policy.installed(), CnParameters.catalog(), List.of(f));
    assertThat(problems).extracting(p -> p.toString(Lang.EN)).containsExactly(f + ":3: region 620825 is declared here as"
        + " Zhuanglang (庄浪), but the policy these files are laid over declares it as Zhuanglang County (庄浪县); a region has"
        + " one name: use that name, or leave the region out of 'regions'");
    assertThat(problems.get(0).toString(Lang.ZH)).isEqualTo(f + ":3: 地区 620825 在此声明的名称为“庄浪”（英文名 Zhuanglang），"
        + "而现有政策中它的名称为“庄浪县”（英文名 Zhuanglang County）；一个地区只能有一个名称：请沿用那个名称，或不在“regions”下声明该地区");
    assertThat(catchThrowableOfType(() -> PolicyFiles.override(Policy.installed(), CnParameters.catalog(), List.of(f)),
        PolicyFileException.class).problems()).isEqualTo(problems);

    // the same name is no problem; a second file naming a new region otherwise than the first is said at its own line
    Path same = file("same.yaml", "format: jiuzhu-policy/1\nregions:\n  - {code: \"620825\", name: 庄浪县, nameEn: Zhuanglang County}\n"
        + "  - {code: \"620899\", name: 测试县, nameEn: Test County}\n");
    Path other = file("other.yaml", "format: jiuzhu-policy/1\nregions:\n  - {code: \"620899\", name: 测试县, nameEn: Trial County}\n");
    assertThat(PolicyFiles.problems(Policy.installed(), CnParameters.catalog(), List.of(same))).isEmpty();
    assertThat(PolicyFiles.problems(Policy.installed(), CnParameters.catalog(), List.of(same, other)))
        .extracting(p -> p.toString(Lang.EN)).containsExactly(other + ":3: region 620899 is declared here as Trial County"
            + " (测试县), but " + same + ":4 declares it as Test County (测试县); a region has one name: use that name, or leave"
            + " the region out of 'regions'");
  }
}
