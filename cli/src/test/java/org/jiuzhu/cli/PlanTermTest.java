package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An aid plan (一户一策) is a 计划 in every Chinese text — its errors as its output — and 方案 is
 * said of a reform scenario only (改革方案; the report's column of baseline and reform).
 */
final class PlanTermTest {
  /** Keys whose 方案 is a scenario of a simulation (baseline or reform), not written 改革方案. */
  private static final Set<String> SCENARIO_KEYS = Set.of("col.scenario");

  @Test
  void aPlanRecordsUnknownItemSaysPlanAsThePlanDoes(@TempDir Path dir) throws IOException {
    Path record = Files.writeString(dir.resolve("r.yaml"), "- {delivered: i99, date: 2025-10-20, by: x}\n");
    CliRun zh = CliRun.of("plan", "--date", "2025-10-01", "--record", record.toString(),
        LanguageLeakTest.HOUSEHOLDS.resolve("craftsman.json").toString());
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.err()).isEqualTo("错误：计划记录无效：\n  " + record + "：第 1 条（第 1 行第 15 列）：计划中没有事项“i99”；应为以下之一："
        + "i1、i2、i3、i4、i5、i6、i7、i8、i9、i10、i11、i12\n");
    CliRun en = CliRun.of("plan", "--date", "2025-10-01", "--lang", "en", "--record", record.toString(),
        LanguageLeakTest.HOUSEHOLDS.resolve("craftsman.json").toString());
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err()).contains("entry 1 (line 1, column 15): the plan has no item 'i99'");
  }

  @Test
  void noChineseTextCallsAPlanAScenario() throws IOException {
    List<String> plans = new ArrayList<>();
    for (Path bundle : BundleKeysTest.bundles()) {
      if (!bundle.getFileName().toString().endsWith("_zh.properties")) {
        continue;
      }
      for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
        if (line.startsWith("#") || !line.contains("方案")) {
          continue;
        }
        String key = line.substring(0, Math.max(0, line.indexOf('='))).strip();
        String rest = line.replace("改革方案", "");
        if (rest.contains("方案") && !SCENARIO_KEYS.contains(key)) {
          plans.add(bundle.getFileName() + ": " + line);
        }
      }
    }
    assertThat(plans).as("方案 where a plan (计划) is meant").isEmpty();
  }
}
