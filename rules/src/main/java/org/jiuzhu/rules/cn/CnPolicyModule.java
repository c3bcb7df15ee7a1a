package org.jiuzhu.rules.cn;

import java.util.List;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.PolicyModule;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.rules.policyfile.PolicyFileModule;

/**
 * China's national defaults and the region packs shipped with jiuzhu, as a {@link PolicyModule}
 * found by {@link java.util.ServiceLoader}. Every value is marked verified (with its official
 * source) or illustrative; see {@code docs/policy-files.md} and the files themselves.
 *
 * @since 0.1.0
 */
public final class CnPolicyModule implements PolicyModule {
  /** The module id. */
  public static final String ID = "org.jiuzhu.cn";

  /** The policy files of this module, relative to this class. */
  static final String[] FILES = {
    "national.yaml",
    "national-additions.yaml",
    "catalogue-defaults.yaml",
    "monitoring-defaults.yaml",
    "population-defaults.yaml",
    "regions/gansu.yaml",
    "regions/heilongjiang.yaml",
    "regions/zhejiang.yaml",
    "regions/jiangsu.yaml",
    "regions/inner-mongolia.yaml",
    "regions/fujian.yaml",
    "regions/shaanxi.yaml",
    "regions/shandong.yaml",
    "regions/tianjin.yaml",
  };

  private static final class Holder {
    static final PolicyFileModule FILES_MODULE =
        PolicyFileModule.fromResources(ID, CnPolicyModule.class, CnParameters.catalog(), FILES);
  }

  /** Public no-argument constructor, for {@link java.util.ServiceLoader}. */
  public CnPolicyModule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Region> regions() {
    return Holder.FILES_MODULE.regions();
  }

  @Override
  public List<ParameterValue> values() {
    return Holder.FILES_MODULE.values();
  }

  /** Full care from no fewer failed self-care items than partial care, on the layered values. */
  @Override
  public List<org.jiuzhu.core.policy.ParameterOrder> orders() {
    return Holder.FILES_MODULE.orders();
  }
}
