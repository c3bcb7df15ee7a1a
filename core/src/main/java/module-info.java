/**
 * jiuzhu core: models, exact money, time, regions, dated parameters, the policy-module SPI and
 * the determination contract. Depends only on Guava and the SLF4J API.
 *
 * @uses org.jiuzhu.core.policy.PolicyModule region packs found by {@link java.util.ServiceLoader}
 */
module org.jiuzhu.core {
  requires transitive com.google.common;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  // annotations in the code Immutables generates (compile time only)
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.jiuzhu.core.eligibility;
  exports org.jiuzhu.core.household;
  exports org.jiuzhu.core.money;
  exports org.jiuzhu.core.monitoring;
  exports org.jiuzhu.core.plan;
  exports org.jiuzhu.core.policy;
  exports org.jiuzhu.core.region;
  exports org.jiuzhu.core.review;
  exports org.jiuzhu.core.text;
  exports org.jiuzhu.core.time;
  exports org.jiuzhu.core.validation;

  uses org.jiuzhu.core.policy.PolicyModule;
}
