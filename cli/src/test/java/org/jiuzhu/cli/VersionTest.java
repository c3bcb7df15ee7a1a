package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** {@code jiuzhu --version}: the project version of the build and its git commit, or plainly that it is not known. */
final class VersionTest {
  @Test
  void theVersionIsTheBuildsInBothLanguages() throws Exception {
    Properties build = new Properties();
    try (InputStream in = Jiuzhu.class.getResourceAsStream("build.properties")) {
      build.load(in);
    }
    String version = build.getProperty("version");
    assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*"); // filled in by Maven, not "${project.version}"
    String commit = build.getProperty("commit").strip();
    CliRun zh = CliRun.of("--version");
    CliRun en = CliRun.of("--version", "--lang", "en");
    assertThat(zh.exit()).isZero();
    if (commit.isEmpty()) {
      assertThat(zh.out()).isEqualTo("jiuzhu " + version + "（git 提交未知：构建时未提供）\n");
      assertThat(en.out()).isEqualTo("jiuzhu " + version + " (git commit unknown: the build was not given one)\n");
    } else {
      assertThat(zh.out()).isEqualTo("jiuzhu " + version + "（git 提交 " + commit + "）\n");
      assertThat(en.out()).isEqualTo("jiuzhu " + version + " (git commit " + commit + ")\n");
    }
    assertThat(zh.out()).doesNotContain("development build");
    // every command says the same, in the language given before or after it
    assertThat(CliRun.of("simulate", "-V").out()).isEqualTo(zh.out());
    assertThat(CliRun.of("--lang", "en", "check-policy", "--version").out()).isEqualTo(en.out());
    assertThat(CliRun.of("decide", "record", "--version", "--lang", "en").out()).isEqualTo(en.out());
  }
}
