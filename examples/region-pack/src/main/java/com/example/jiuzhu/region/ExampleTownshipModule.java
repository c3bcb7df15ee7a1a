package com.example.jiuzhu.region;

import java.util.List;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.PolicyModule;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.policyfile.PolicyFileModule;

/**
 * A region pack from a third party's own jar: one (fictional) township of Zhuanglang County
 * with its own rural 低保 standard from 2025-09-01 and a shorter local time limit, and a
 * county that the shipped packs do not have. It is found by {@link java.util.ServiceLoader}
 * through {@code META-INF/services/org.jiuzhu.core.policy.PolicyModule}; nothing in core or
 * rules knows about it.
 */
public final class ExampleTownshipModule implements PolicyModule {
  private static final PolicyFileModule FILES = PolicyFileModule.fromResources(
      "com.example.township", ExampleTownshipModule.class, CnParameters.catalog(), "example-township.yaml");

  @Override
  public String id() {
    return FILES.id();
  }

  @Override
  public List<Region> regions() {
    return FILES.regions();
  }

  @Override
  public List<ParameterValue> values() {
    return FILES.values();
  }
}
