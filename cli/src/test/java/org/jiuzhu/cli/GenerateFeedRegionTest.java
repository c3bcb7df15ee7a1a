package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate-feed refuses a region the policy does not know before writing anything, as monitor and simulate do. */
final class GenerateFeedRegionTest {
  @TempDir
  Path dir;

  @Test
  void anUnknownRegionIsRefusedUpFrontAndNothingIsWritten() {
    Path out = dir.resolve("feed");
    CliRun zh = CliRun.of("generate-feed", "--households", "5", "--region", "110101", "--out", out.toString());
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.err()).startsWith("错误：未知地区 110101；相近的已知地区有 120000 天津市、");
    assertThat(Files.exists(out)).isFalse();
    CliRun en = CliRun.of("generate-feed", "--lang", "en", "--households", "5", "--region", "110101", "--out", out.toString());
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err()).startsWith("error: unknown region 110101;");
    assertThat(Files.exists(out)).isFalse();
    // simulate says the same
    CliRun sim = CliRun.of("simulate", "--region", "110101", "--households", "1000");
    assertThat(zh.err().lines().findFirst()).isEqualTo(sim.err().lines().findFirst());
  }

  @Test
  void aRegionDeclaredInAPolicyFileIsGeneratedAndMonitored() throws IOException {
    // 静宁县 inherits Pingliang's and Gansu's values once declared
    Path policy = Files.writeString(dir.resolve("jingning.yaml"), "format: jiuzhu-policy/1\nregions:\n"
        + "  - {code: \"620826\", name: 静宁县, nameEn: Jingning County}\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("feed");
    assertThat(CliRun.of("generate-feed", "--households", "5", "--region", "620826", "--out", out.toString()).exit()).isEqualTo(1);
    CliRun gen = CliRun.of("generate-feed", "--households", "5", "--months", "1", "--region", "620826", "--policy",
        policy.toString(), "--out", out.toString());
    assertThat(gen.exit()).as(gen.err()).isZero();
    CliRun mon = CliRun.of("monitor", "--region", "620826", "--policy", policy.toString(), "--households",
        out.resolve("households.jsonl").toString(), out.resolve("feed-2025-01.jsonl").toString());
    assertThat(mon.exit()).as(mon.err()).isZero();
  }
}
