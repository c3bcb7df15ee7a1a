package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists in Chinese output are joined with the enumeration comma 、, never an ASCII {@code ", "}:
 * check-policy's line lists, a household's missing fields and unknown programme, sweep's member
 * list, a plan record's items, the options of a command; English keeps {@code ", "}.
 */
final class ChineseListsTest {
  private static final String DIBAO = Path.of(System.getProperty("jiuzhu.examples", "../examples/households"))
      .resolve("dibao.json").toString();

  @TempDir
  Path dir;

  private static void noAsciiCommaIn(String zh) {
    assertThat(zh).isNotBlank();
    assertThat(zh.lines().filter(l -> l.contains(", ")).toList()).as(zh).isEmpty();
  }

  /** The error lines before the usage (whose option names, -h, --help, are picocli's layout of code). */
  private static String errors(String err) {
    return err.contains("用法") ? err.substring(0, err.indexOf("用法")) : err;
  }

  @Test
  void checkPolicySaysItsLinesWithTheEnumerationComma() throws IOException {
    Path policy = Files.writeString(dir.resolve("vs.yaml"), """
        format: jiuzhu-policy/1
        module: lists.township
        regions:
          - code: "620825101"
            name: 朝那镇
            nameEn: Chaona Town
        parameters:
          - key: dibao.standard.rural
            region: "620825101"
            unit: CNY/person/month
            reference: 社会救助暂行办法 第十条
            status: verified
            values:
              - from: 2025-07-01
                to: 2026-01-01
                value: 600
              - from: 2026-01-01
                to: 2026-07-01
                value: 620
              - from: 2026-07-01
                value: 640
        """);
    CliRun zh = CliRun.of("check-policy", policy.toString());
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.out() + zh.err()).contains("（第 14、17、20 行）");
    noAsciiCommaIn(zh.out() + zh.err());
    CliRun en = CliRun.of("check-policy", "--lang", "en", policy.toString());
    assertThat(en.out() + en.err()).contains("(lines 14, 17, 20)");
  }

  @Test
  void aHouseholdsMissingFieldsAndTheProgrammesAreListedWithTheEnumerationComma() throws IOException {
    Path h = Files.writeString(dir.resolve("h.json"), """
        {"id": "lists", "region": "620825", "applicant": "m1",
         "members": [
           {"id": "m1", "relationship": "APPLICANT", "birthDate": "1970-02-01", "hukouType": "RURAL", "hukouRegion": "620825",
            "workStatus": "FARMING", "selfCare": {"eating": true, "dressing": false}}],
         "currentBenefits": [{"programme": "cn.dibaoo", "since": "2024-01-01"}]}
        """);
    CliRun zh = CliRun.of("screen", "--date", "2025-10-01", h.toString());
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.err()).contains("缺少字段 bedTransfer、toileting、indoorWalking、bathing")
        .contains("应为以下之一：cn.dibao、cn.dibao-marginal、");
    noAsciiCommaIn(zh.err());
    CliRun en = CliRun.of("screen", "--lang", "en", "--date", "2025-10-01", h.toString());
    assertThat(en.err()).contains("bedTransfer, toileting, indoorWalking, bathing").contains("[cn.dibao, cn.dibao-marginal, ");
  }

  @Test
  void sweepsMembersAPlanRecordsItemsAndACommandsOptionsAreListedWithTheEnumerationComma() throws IOException {
    CliRun sweep = CliRun.of("sweep", "--member", "m9", DIBAO);
    assertThat(sweep.exit()).isEqualTo(2);
    assertThat(sweep.err()).contains("应为以下成员之一：m1、m2");
    noAsciiCommaIn(errors(sweep.err()));
    assertThat(CliRun.of("sweep", "--lang", "en", "--member", "m9", DIBAO).err()).contains("m1, m2");

    Path record = Files.writeString(dir.resolve("r.yaml"), "- {delivered: i99, date: 2025-11-10, amount: \"1.00\", by: civil-1}\n");
    CliRun plan = CliRun.of("plan", "--date", "2025-10-01", "--record", record.toString(), DIBAO);
    assertThat(plan.exit()).isEqualTo(1);
    assertThat(plan.err()).contains("i99").containsPattern("i1、i2");
    noAsciiCommaIn(plan.err());

    CliRun options = CliRun.of("plan", "--date", "2025-10-01", "-d", DIBAO);
    assertThat(options.err()).contains("--date、--format、--help");
    noAsciiCommaIn(errors(options.err()));

    CliRun missing = CliRun.of("plan");
    noAsciiCommaIn(errors(missing.err()));
  }

  @Test
  void aListingIsJoinedInTheLanguageOfItsMessage() {
    Listing l = Listing.of(List.of(3, 7, 9));
    assertThat(l.in(Lang.ZH)).isEqualTo("3、7、9");
    assertThat(l.in(Lang.EN)).isEqualTo("3, 7, 9");
    assertThat(CliTexts.get(Lang.ZH, "error.sweep.member", "m9", "h", l)).endsWith("3、7、9");
  }
}
