package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Mistakes a new user made, each said in the language of the run, naming the option or file, the
 * value given and what was expected — never a Java exception's text, never {@code null}.
 */
final class NewUserErrorsTest {
  @Test
  void tooManyThreadsIsARangeErrorNamingTheValueAndTheRange() {
    for (String command : new String[] {"simulate", "calibrate"}) {
      CliRun zh = CliRun.of(command, "--threads", "100000");
      assertThat(zh.exit()).as(zh.err()).isEqualTo(2);
      assertThat(zh.out()).isEmpty();
      assertThat(zh.err()).startsWith("错误：--threads 为 100000；应为 1 至 1024\n\n用法：");
      CliRun en = CliRun.of(command, "--threads", "0", "--lang", "en");
      assertThat(en.exit()).isEqualTo(2);
      assertThat(en.err()).startsWith("error: --threads is 0; expected 1 to 1024\n\nUsage:");
    }
  }
}
