package org.jiuzhu.core.policy;

import com.google.common.collect.ImmutableList;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one loader of {@link PolicyModule}s: finds them with {@link ServiceLoader}, and says
 * clearly when none is found or one cannot be loaded.
 *
 * @since 0.1.0
 */
public final class PolicyModules {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyModules.class);

  private PolicyModules() {}

  /** Every module on the class path of this class's loader. */
  public static ImmutableList<PolicyModule> discover() {
    return discover(PolicyModules.class.getClassLoader());
  }

  /**
   * Every module visible to {@code loader}, sorted by id.
   *
   * @throws PolicyException when none is found, or a provider cannot be instantiated
   */
  public static ImmutableList<PolicyModule> discover(ClassLoader loader) {
    ImmutableList<PolicyModule> modules;
    try {
      modules = ImmutableList.sortedCopyOf(
          (a, b) -> a.id().compareTo(b.id()), ServiceLoader.load(PolicyModule.class, loader));
    } catch (ServiceConfigurationError e) {
      throw new PolicyException("a policy module could not be loaded: " + e.getMessage(), e);
    }
    if (modules.isEmpty()) {
      throw new PolicyException("no policy module found on the class path: add jiuzhu-rules (the national"
          + " rulebook and region packs) or another jar that provides " + PolicyModule.class.getName()
          + " in META-INF/services");
    }
    for (int i = 1; i < modules.size(); i++) {
      if (modules.get(i).id().equals(modules.get(i - 1).id())) {
        throw new PolicyException("two policy modules on the class path have the id '" + modules.get(i).id()
            + "': " + modules.get(i - 1).getClass().getName() + " and " + modules.get(i).getClass().getName());
      }
    }
    LOG.debug("found {} policy modules", modules.size());
    return modules;
  }
}
