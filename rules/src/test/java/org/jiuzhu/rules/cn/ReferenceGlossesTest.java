package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiuzhu.core.eligibility.Criterion;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.References;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueProgramme;
import org.junit.jupiter.api.Test;

/**
 * In English a Chinese term of a legal reference reads as an English gloss with the term bracketed
 * ("no capacity to work (无劳动能力)"); "document (…)" is only for a document number ("State Council
 * document (国发〔2015〕52号)"), never the fallback for a term the renderer does not know.
 */
class ReferenceGlossesTest {
  private static final Pattern DOCUMENT = Pattern.compile("document \\(([^()]*)\\)");
  private static final Pattern NUMBER = Pattern.compile(".*(〔\\d{4}〕\\d*号|令第\\d+号).*");

  /** The "document (…)" glosses of {@code en} that bracket something other than a document number. */
  static List<String> wrongGlosses(String en) {
    List<String> wrong = new ArrayList<>();
    Matcher m = DOCUMENT.matcher(en);
    while (m.find()) {
      if (!NUMBER.matcher(m.group(1)).matches()) {
        wrong.add(m.group());
      }
    }
    return wrong;
  }

  private static List<String> references() throws IllegalAccessException {
    List<String> refs = new ArrayList<>();
    for (Field field : CnCriteria.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Criterion.class) {
        field.setAccessible(true);
        refs.add(((Criterion) field.get(null)).legalReference());
      }
    }
    assertThat(refs).hasSizeGreaterThan(20);
    Policy policy = Policy.installed();
    for (RegionCode region : policy.regions().keySet()) {
      policy.ownValues(region).values().forEach(vs -> vs.forEach(v -> refs.add(v.legalReference())));
    }
    for (CatalogueProgramme p : Catalogue.cn().programmes()) {
      refs.add(p.legalReference());
    }
    return refs;
  }

  @Test
  void tekunTermsReadAsEnglishGlosses() {
    assertThat(References.render(Lang.EN, CnCriteria.TEKUN_ORPHAN.legalReference()))
        .isEqualTo("Measures for Recognising People in Extreme Poverty (特困人员认定办法, 民发〔2021〕43号) orphan (孤儿)");
    assertThat(References.render(Lang.EN, CnCriteria.TEKUN_SUPPORTERS.legalReference()))
        .isEqualTo("Measures for Recognising People in Extreme Poverty (特困人员认定办法, 民发〔2021〕43号) supporter unable to support (无履行义务能力)");
    assertThat(References.render(Lang.EN, CnCriteria.TEKUN_CAPACITY.legalReference()))
        .isEqualTo("Measures for Recognising People in Extreme Poverty (特困人员认定办法, 民发〔2021〕43号) no capacity to work (无劳动能力)");
  }

  @Test
  void noEnglishGlossOfACriterionValueOrProgrammeReadsDocumentForATerm() throws IllegalAccessException {
    TreeSet<String> wrong = new TreeSet<>();
    for (String ref : references()) {
      String en = References.render(Lang.EN, ref);
      for (String w : wrongGlosses(en)) {
        wrong.add(w + " in " + en);
      }
    }
    assertThat(new ArrayList<>(wrong)).isEmpty();
    // the check itself catches the fallback
    assertThat(wrongGlosses(References.render(Lang.EN, "特困人员认定办法 (民发〔2021〕43号) 某个术语"))).containsExactly("document (某个术语)");
    assertThat(wrongGlosses(References.render(Lang.EN, "国发〔2015〕52号"))).isEmpty();
  }
}
