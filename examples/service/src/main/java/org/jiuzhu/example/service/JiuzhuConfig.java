package org.jiuzhu.example.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.review.CaseByCase;
import org.jiuzhu.core.review.SituationCatalogue;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.plan.AidPlanner;
import org.jiuzhu.rules.review.SituationFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** jiuzhu's entry points, built once: they are immutable and thread-safe. */
@Configuration
public class JiuzhuConfig {

  @Bean
  Policy policy() {
    return Policy.installed();
  }

  @Bean
  CnRulebook rulebook(Policy policy) {
    return CnRulebook.create(policy);
  }

  @Bean
  CatalogueScreener screener(CnRulebook rulebook) {
    return new CatalogueScreener(rulebook, Catalogue.cn());
  }

  @Bean
  AidPlanner planner(Policy policy) {
    return new AidPlanner(policy);
  }

  @Bean
  SituationCatalogue situations(ServiceProperties properties) {
    String file = properties.situations();
    if (file == null || file.isBlank()) {
      return SituationFiles.example();
    }
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return SituationFiles.load(file, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the case-by-case catalogue " + file, e);
    }
  }

  @Bean
  CaseByCase caseByCase(SituationCatalogue situations) {
    return new CaseByCase(situations);
  }
}
