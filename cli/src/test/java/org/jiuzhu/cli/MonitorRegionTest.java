package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * monitor takes its thresholds from --region: a register of another region's households (a Zhuanglang
 * register monitored as Jixi's, with Jixi's income figures) is refused, naming both.
 */
final class MonitorRegionTest {
  @TempDir
  Path dir;

  @Test
  void aRegionThatIsNotTheRegistersIsRefusedNamingBoth() {
    Path out = dir.resolve("zl");
    assertThat(CliRun.of("generate-feed", "--households", "20", "--months", "1", "--out", out.toString()).exit()).isZero();
    String register = out.resolve("households.jsonl").toString();
    String feed = out.resolve("feed-2025-01.jsonl").toString();
    CliRun zh = CliRun.of("monitor", "--region", "230300", "--progress", "never", "--households", register, feed);
    assertThat(zh.exit()).isEqualTo(1);
    assertThat(zh.out()).doesNotContain("预警");
    assertThat(zh.err()).contains("错误：登记册 20 户中有 20 户不在 --region 230300 鸡西市 及其下级地区（如 h0000001 在 620825 庄浪县）："
        + "监测阈值按 --region 的地区取值，登记册中的家庭应在该地区或其下级地区；请改用 --region 620825，或按地区分别监测");
    CliRun en = CliRun.of("monitor", "--lang", "en", "--region", "230300", "--progress", "never", "--households", register, feed);
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.err()).contains("error: --region 230300 Jixi City is not the region of 20 households of the register's 20"
        + " (such as h0000001, in 620825 Zhuanglang County): monitor takes its thresholds from the region of --region, so its"
        + " households must be in that region or below it; give --region 620825, or monitor each region's households in a run"
        + " of its own");
    // the register's own region, and a region above it, are monitored
    assertThat(CliRun.of("monitor", "--region", "620825", "--progress", "never", "--households", register, feed).exit()).isZero();
    assertThat(CliRun.of("monitor", "--region", "620800", "--progress", "never", "--households", register, feed).exit()).isZero();
  }
}
