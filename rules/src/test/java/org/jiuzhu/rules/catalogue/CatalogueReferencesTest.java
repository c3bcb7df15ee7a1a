package org.jiuzhu.rules.catalogue;

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

/**
 * The legal basis of a shipped value names a legal or policy text, or says plainly that the value
 * is this library's modelling choice: never a file of this repository as if it were law.
 */
class CatalogueReferencesTest {
  private static final Pattern REPO_FILE = Pattern.compile("\\b(docs|examples)/|\\.md\\b|DOMAIN\\.md");
  private static final String MODEL = "a modelling choice of this library, not a legal rule";

  /** Every value of every region of the installed policy. */
  private static List<ParameterValue> shipped() {
    Policy policy = Policy.installed();
    List<ParameterValue> all = new ArrayList<>();
    for (RegionCode region : policy.regions().keySet()) {
      policy.ownValues(region).values().forEach(all::addAll);
    }
    return all;
  }

  @Test
  void noShippedLegalBasisIsAFileOfThisRepository() {
    TreeSet<String> leaks = new TreeSet<>();
    int seen = 0;
    for (ParameterValue v : shipped()) {
      seen++;
      if (REPO_FILE.matcher(v.legalReference()).find()) {
        leaks.add(v.key().name() + " @ " + v.region() + ": " + v.legalReference());
      }
    }
    assertThat(seen).isGreaterThan(250);
    assertThat(new ArrayList<>(leaks)).isEmpty();
  }

  /** Chinese outside brackets in {@code text}. */
  private static boolean chineseOutsideBrackets(String text) {
    int depth = 0;
    for (char c : text.toCharArray()) {
      if (c == '(' || c == '（' || c == '[') {
        depth++;
      } else if ((c == ')' || c == '）' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyShippedLegalBasisReadsInEnglishWithChineseOnlyBracketedAfterAnEnglishName() {
    TreeSet<String> leaks = new TreeSet<>();
    List<ParameterValue> all = shipped();
    // the programmes' own references too
    for (ParameterValue v : all) {
      String en = References.render(Lang.EN, v.legalReference());
      // "document (…)" is the fallback for a phrase the renderer does not know: none in the shipped data
      if (chineseOutsideBrackets(en) || en.contains("document (") && !en.contains(" document (") || en.startsWith("document (")
          || en.matches(".*第.+条.*") && en.replaceAll("\\([^()]*\\)", "").contains("第")) {
        leaks.add(v.key().name() + ": " + en);
      }
    }
    for (CatalogueProgramme p : Catalogue.cn().programmes()) {
      String en = References.render(Lang.EN, p.legalReference());
      if (chineseOutsideBrackets(en) || en.startsWith("document (") || en.contains(", document (")) {
        leaks.add(p.id() + ": " + en);
      }
    }
    assertThat(new ArrayList<>(leaks)).isEmpty();
  }

  @Test
  void aModellingChoiceSaysSoInBothLanguagesAndAProgrammeValueCitesTheProgrammesText() {
    Policy policy = Policy.installed();
    var snap = policy.snapshot(RegionCode.NATIONAL, java.time.LocalDate.parse("2025-10-01"));
    for (String key : List.of("screening.near-miss-margin", "plan.review-months", "plan.job-target-months", "funeral.event-window-days",
        "population.rural-share", "population.income.sigma")) {
      ParameterValue v = snap.values().stream().filter(x -> x.key().name().equals(key)).findFirst().orElseThrow();
      assertThat(v.legalReference()).as(key).isEqualTo(MODEL);
      assertThat(References.render(Lang.ZH, v.legalReference())).as(key).isEqualTo("本库的建模选择，非法规规定");
      assertThat(References.render(Lang.EN, v.legalReference())).as(key).isEqualTo(MODEL);
    }
    // a programme's amount rests on the programme's own instrument
    ParameterValue orphan = snap.values().stream().filter(x -> x.key().name().equals("orphan-allowance.amount")).findFirst().orElseThrow();
    assertThat(orphan.legalReference()).startsWith("国务院办公厅关于加强孤儿保障工作的意见 (国办发〔2010〕54号)");
    assertThat(References.render(Lang.ZH, orphan.legalReference())).isEqualTo("国务院办公厅关于加强孤儿保障工作的意见（国办发〔2010〕54号）：金额由地方确定");
    ParameterValue minor = snap.values().stream().filter(x -> x.key().name().equals("minor.age-below")).findFirst().orElseThrow();
    assertThat(minor.legalReference()).isEqualTo("中华人民共和国民法典 第十七条");
  }
}
