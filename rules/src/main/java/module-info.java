/**
 * jiuzhu rules: China's rulebook, the policy-file format and loader, the shipped national
 * defaults and region packs, the holiday calendar, household and scenario files.
 *
 * @provides org.jiuzhu.core.policy.PolicyModule the national defaults and region packs
 */
module org.jiuzhu.rules {
  requires transitive org.jiuzhu.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml; // its parser's own size limit, set as large as ours (StrictInput.yamlFactory)
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.slf4j;

  exports org.jiuzhu.rules.batch;
  exports org.jiuzhu.rules.calendar;
  exports org.jiuzhu.rules.catalogue;
  exports org.jiuzhu.rules.cn;
  exports org.jiuzhu.rules.io;
  exports org.jiuzhu.rules.monitoring;
  exports org.jiuzhu.rules.plan;
  exports org.jiuzhu.rules.policyfile;
  exports org.jiuzhu.rules.population;
  exports org.jiuzhu.rules.review;
  exports org.jiuzhu.rules.scenario;
  exports org.jiuzhu.rules.synthetic;

  // Jackson binds the private document classes of these packages
  opens org.jiuzhu.rules.policyfile to com.fasterxml.jackson.databind, org.jiuzhu.core;
  opens org.jiuzhu.rules.calendar to com.fasterxml.jackson.databind;
  opens org.jiuzhu.rules.catalogue to com.fasterxml.jackson.databind;
  opens org.jiuzhu.rules.review to com.fasterxml.jackson.databind, org.jiuzhu.core;

  // the message bundles, which org.jiuzhu.core.text.Messages loads for this module
  opens org.jiuzhu.rules.cn to org.jiuzhu.core;
  opens org.jiuzhu.rules.io to org.jiuzhu.core;
  opens org.jiuzhu.rules.monitoring to org.jiuzhu.core;

  provides org.jiuzhu.core.policy.PolicyModule with org.jiuzhu.rules.cn.CnPolicyModule;
}
