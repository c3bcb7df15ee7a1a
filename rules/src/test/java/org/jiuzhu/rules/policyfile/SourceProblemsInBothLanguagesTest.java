package org.jiuzhu.rules.policyfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.rules.cn.CnParameters;
import org.junit.jupiter.api.Test;

/** A source missing its fields is said in the run's language, each field named. */
final class SourceProblemsInBothLanguagesTest {
  @Test
  void everyMissingFieldOfASourceIsSaidInChineseAndInEnglish() {
    String yaml = String.join("\n",
        "format: jiuzhu-policy/1",
        "module: test.src",
        "parameters:",
        "  - key: dibao.standard.rural",
        "    region: \"620825\"",
        "    unit: CNY/person/month",
        "    reference: test",
        "    status: verified",
        "    source: {title: \"\", issuer: \"\", number: \"1\"}",
        "    values:",
        "      - from: 2025-01-01",
        "        value: 600",
        "");
    PolicyFile f = new PolicyFileLoader(CnParameters.catalog())
        .load("s.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    assertThat(f.problems()).extracting(p -> p.toString(Lang.ZH)).containsExactly(
        "s.yaml:11: dibao.standard.rural: “source.title”：缺少文件标题",
        "s.yaml:11: dibao.standard.rural: “source.issuer”：缺少发文机关",
        "s.yaml:11: dibao.standard.rural: “source.date”：缺少文件日期（年-月-日）",
        "s.yaml:11: dibao.standard.rural: “source.address”：缺少所查阅页面的网址",
        "s.yaml:11: dibao.standard.rural: “source.kind”：缺少页面类型；应为 official（官方）、official-media（官方媒体）或 statute-text（法规文本）（镜像或转载是线索，不是来源）");
    assertThat(f.problems()).extracting(p -> p.toString(Lang.EN)).contains(
        "s.yaml:11: dibao.standard.rural: 'source.address': no address of the page read");
    // no English left in the Chinese text but the field paths and the kinds' ids
    f.problems().forEach(p -> assertThat(p.toString(Lang.ZH).replaceAll("s\\.yaml|dibao\\.standard\\.rural|source\\.[a-z]+"
        + "|official-media|official|statute-text", "")).doesNotContainPattern("[A-Za-z]{2,}"));
  }
}
