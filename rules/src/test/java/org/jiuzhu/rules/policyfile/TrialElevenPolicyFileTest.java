package org.jiuzhu.rules.policyfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.rules.cn.CnParameters;
import org.junit.jupiter.api.Test;

/** Policy-file problems of the eleventh new-user trial: every problem of a source at once, an impossible day. */
final class TrialElevenPolicyFileTest {
  private static PolicyFile load(String source, String from) {
    String yaml = String.join("\n",
        "format: jiuzhu-policy/1",
        "module: test.t11",
        "parameters:",
        "  - key: dibao.standard.rural",
        "    region: \"620825\"",
        "    unit: CNY/person/month",
        "    reference: test",
        "    status: verified",
        "    source: " + source,
        "    values:",
        "      - from: " + from,
        "        value: 600",
        "");
    return new PolicyFileLoader(CnParameters.catalog())
        .load("s.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyProblemOfASourceIsSaidAtOnce() {
    PolicyFile f = load("{title: 通知, issuer: 县政府, kind: mirror, colour: red}", "2025-01-01");
    assertThat(f.problems()).extracting(p -> p.toString(Lang.ZH)).containsExactly(
        "s.yaml:11: dibao.standard.rural: 未知字段“source.colour”；应为以下之一：title、issuer、number、date、address、kind、quote",
        "s.yaml:11: dibao.standard.rural: “source.kind”为“mirror”；应为 official（官方）、official-media（官方媒体）或 statute-text（法规文本）（转载或镜像应写在“lead”中，其取值仍为示意）",
        "s.yaml:11: dibao.standard.rural: “source.date”：缺少文件日期（年-月-日）",
        "s.yaml:11: dibao.standard.rural: “source.address”：缺少所查阅页面的网址");
  }

  @Test
  void aSourceFieldThatIsNotTextIsNotAlsoSaidMissing() {
    PolicyFile f = load("{title: [a], issuer: 县政府, date: 2025-02-30, address: \"https://example.org/a\", kind: official}", "2025-01-01");
    assertThat(f.problems()).extracting(p -> p.toString(Lang.EN)).hasSize(2)
        .anySatisfy(s -> assertThat(s).contains("'source.title'").doesNotContain("no title"))
        .contains("s.yaml:11: dibao.standard.rural: 'source.date' is '2025-02-30': February 2025 has 28 days (its last day is 2025-02-28); expected a date YYYY-MM-DD");
  }

  @Test
  void aDayPastTheMonthsLastDaySaysTheLastDay() {
    PolicyFile f = load("{title: 通知, issuer: 县政府, date: 2025-01-01, address: \"https://example.org/a\", kind: official}", "2026-02-30");
    assertThat(f.problems()).extracting(p -> p.toString(Lang.ZH)).containsExactly(
        "s.yaml:11: dibao.standard.rural: “from”为“2026-02-30”：2026年2月只有 28 天（最后一天为 2026-02-28）；应为日期 年-月-日（如 2025-10-01）");
    assertThat(f.problems()).extracting(p -> p.toString(Lang.EN)).containsExactly(
        "s.yaml:11: dibao.standard.rural: 'from' is '2026-02-30': February 2026 has 28 days (its last day is 2026-02-28); expected a date YYYY-MM-DD");
    // a day that is no day at all keeps the plain message
    assertThat(load("{title: 通知, issuer: 县政府, date: 2025-01-01, address: \"https://example.org/a\", kind: official}", "2026-13-01")
        .problems()).extracting(p -> p.toString(Lang.EN)).containsExactly(
        "s.yaml:11: dibao.standard.rural: 'from' is '2026-13-01'; expected a date YYYY-MM-DD");
  }
}
