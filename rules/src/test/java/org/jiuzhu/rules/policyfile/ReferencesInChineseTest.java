package org.jiuzhu.rules.policyfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.References;
import org.junit.jupiter.api.Test;

/** Every legal reference of the shipped policy data reads in Chinese in Chinese text. */
class ReferencesInChineseTest {
  /** File names of the docs are ids, not words. */
  private static final Pattern ALLOWED = Pattern.compile("docs/[a-z-]+\\.md");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

  @Test
  void noEnglishWordIsLeftInAnyShippedReference() {
    Policy policy = Policy.installed();
    TreeSet<String> leaks = new TreeSet<>();
    int seen = 0;
    for (RegionCode region : policy.regions().keySet()) {
      for (List<ParameterValue> values : policy.ownValues(region).values()) {
        for (ParameterValue v : values) {
          seen++;
          String zh = ALLOWED.matcher(References.render(Lang.ZH, v.legalReference())).replaceAll("");
          if (LATIN_WORD.matcher(zh).find()) {
            leaks.add(v.key().name() + " @ " + region + ": " + zh);
          }
        }
      }
    }
    assertThat(seen).isGreaterThan(300);
    assertThat(new ArrayList<>(leaks)).isEmpty();
  }
}
