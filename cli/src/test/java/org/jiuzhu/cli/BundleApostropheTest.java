package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle is formatted with {@link java.text.MessageFormat} ({@code core.text.Messages}),
 * which drops a single apostrophe ({@code decile's} came out as {@code deciles}): an apostrophe in
 * a message is written twice ({@code decile''s}) — except in the names read as written (monitoring's rule names).
 */
final class BundleApostropheTest {
  private static final String[] BUNDLES = {
      "org/jiuzhu/rules/monitoring/messages", "org/jiuzhu/rules/policyfile/messages", "org/jiuzhu/rules/review/messages",
      "org/jiuzhu/rules/cn/messages", "org/jiuzhu/rules/cn/parameters", "org/jiuzhu/rules/io/messages",
      "org/jiuzhu/cli/messages", "org/jiuzhu/cli/report/report", "org/jiuzhu/cli/decide", "org/jiuzhu/core/monitoring/messages",
      "org/jiuzhu/core/policy/messages", "org/jiuzhu/core/review/messages", "org/jiuzhu/core/validation/messages",
      "org/jiuzhu/core/plan/messages", "org/jiuzhu/simulation/messages"};

  @Test
  void noMessageHasASingleApostrophe() throws IOException {
    List<String> single = new ArrayList<>();
    int read = 0;
    for (String bundle : BUNDLES) {
      for (String suffix : new String[] {"", "_en", "_zh"}) {
        String name = bundle + suffix + ".properties";
        try (InputStream in = BundleApostropheTest.class.getClassLoader().getResourceAsStream(name)) {
          if (in == null) {
            continue;
          }
          read++;
          Properties p = new Properties();
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          for (String key : p.stringPropertyNames()) {
            if (bundle.equals("org/jiuzhu/core/monitoring/messages") && key.startsWith("rule.")) {
              continue; // rule names are read as written, unformatted (MonitoringText.nameEn): one apostrophe is right there
            }
            // a lone ' (not '') between letters: an English possessive or contraction MessageFormat would drop
            if (p.getProperty(key).replace("''", "").matches("(?s).*\\p{L}'\\p{L}.*")) {
              single.add(name + ": " + key + "=" + p.getProperty(key));
            }
          }
        }
      }
    }
    assertThat(read).isGreaterThan(20);
    assertThat(single).isEmpty();
  }
}
