package org.jiuzhu.rules.policyfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.ProvenanceSummary;
import org.jiuzhu.core.policy.Source;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.review.LevelLimit;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.References;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueProgramme;
import org.jiuzhu.rules.review.SituationFiles;
import org.junit.jupiter.api.Test;

/**
 * Every legal reference of the shipped data — each value's, each catalogue programme's, each
 * level limit of the example situations and each source's document number — reads in Chinese in
 * Chinese text (no English word, full-width punctuation) and in English in English text (Chinese
 * only as a bracketed term after English words, no parameter id).
 */
class ReferencesInChineseTest {
  /** File names of the docs are ids, not words. */
  private static final Pattern ALLOWED = Pattern.compile("docs/[a-z-]+\\.md");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
  /** ASCII punctuation in Chinese text; a comma or colon between digits aside. */
  private static final Pattern ASCII_PUNCTUATION = Pattern.compile("[()\\[\\];]|(?<!\\d)[:,]|[:,](?!\\d)");
  /** A bracket holding Chinese (and nothing bracketed inside it). */
  private static final Pattern CHINESE_BRACKET = Pattern.compile("[(（]([^()（）]*\\p{IsHan}[^()（）]*)[)）]");
  /** A parameter or situation id in running text: {@code temporary.above-cap}. */
  private static final Pattern ID = Pattern.compile("\\b[a-z]+(?:\\.[a-z]+(?:-[a-z]+)*)+\\b");

  /** Every reference of the shipped data, each once. */
  static TreeSet<String> shipped() {
    Policy policy = Policy.installed();
    TreeSet<String> refs = new TreeSet<>();
    List<ParameterValue> values = new ArrayList<>();
    for (RegionCode region : policy.regions().keySet()) {
      for (List<ParameterValue> v : policy.ownValues(region).values()) {
        values.addAll(v);
        v.forEach(x -> refs.add(x.legalReference()));
      }
    }
    assertThat(values.size()).isGreaterThan(300);
    for (CatalogueProgramme p : Catalogue.cn().programmes()) {
      refs.add(p.legalReference());
    }
    for (LevelLimit l : SituationFiles.example().limits()) {
      refs.add(l.reference());
    }
    for (Source s : ProvenanceSummary.of(values).sources().keySet()) {
      s.documentNumber().ifPresent(refs::add);
    }
    refs.remove("");
    return refs;
  }

  @Test
  void everyShippedReferenceReadsInChineseWithChinesePunctuation() {
    TreeSet<String> leaks = new TreeSet<>();
    for (String ref : shipped()) {
      String zh = ALLOWED.matcher(References.render(Lang.ZH, ref)).replaceAll("");
      if (LATIN_WORD.matcher(zh).find() || ASCII_PUNCTUATION.matcher(zh).find() || zh.contains(" （") || zh.contains("） ")) {
        leaks.add(ref + " → " + zh);
      }
    }
    assertThat(new ArrayList<>(leaks)).isEmpty();
  }

  @Test
  void everyShippedReferenceReadsInEnglishWithChineseOnlyBracketedAfterEnglishWords() {
    TreeSet<String> leaks = new TreeSet<>();
    for (String ref : shipped()) {
      String en = References.render(Lang.EN, ref);
      if (!afterEnglish(en).isEmpty() || ID.matcher(en.replaceAll("docs/[a-z-]+\\.md", "")).find()) {
        leaks.add(ref + " → " + en + " " + afterEnglish(en));
      }
    }
    assertThat(new ArrayList<>(leaks)).isEmpty();
  }

  /** Chinese brackets of {@code en} that do not follow an English word. */
  static List<String> afterEnglish(String en) {
    List<String> bad = new ArrayList<>();
    Matcher m = CHINESE_BRACKET.matcher(en);
    while (m.find()) {
      String before = en.substring(0, m.start());
      if (!before.matches("(?s).*[A-Za-z'’] ") && !before.matches("(?s).*[A-Za-z], ")) {
        bad.add(m.group());
      }
    }
    return bad;
  }

  @Test
  void theChecksCatchWhatTheTrialSaw() {
    assertThat(afterEnglish("Opinions on Temporary Assistance (关于…的意见) (民政部、财政部)")).containsExactly("(民政部、财政部)");
    assertThat(afterEnglish("Art. 38（最低生活保障家庭）")).hasSize(1);
    assertThat(afterEnglish("Opinions (关于…的意见), Ministry of Civil Affairs and Ministry of Finance (民政部、财政部)")).isEmpty();
    assertThat(ID.matcher("the county limit of the example's temporary.above-cap").find()).isTrue();
    assertThat(ID.matcher("Art. 45, docs").find()).isFalse();
    assertThat(ASCII_PUNCTUATION.matcher("意见 (民政部、财政部); 金额: 地方").find()).isTrue();
    assertThat(ASCII_PUNCTUATION.matcher("每月 1,543.00 元").find()).isFalse();
  }
}
