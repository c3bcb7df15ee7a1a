package org.jiuzhu.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import java.util.List;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.cn.CnParameters;

/**
 * A reform: a policy file ({@code jiuzhu-policy/1}, see {@code docs/policy-files.md}) of dated
 * parameter values that replace the baseline's key by key for the regions and dates they name.
 * Everything else stays as in the baseline.
 *
 * @since 0.1.0
 */
public final class Reform {
  private Reform() {}

  /**
   * The baseline with the reform files' values in force.
   *
   * @throws org.jiuzhu.rules.policyfile.PolicyFileException listing every problem of every file, alone and laid
   *     over the baseline ({@link org.jiuzhu.rules.policyfile.PolicyFiles})
   */
  public static Policy apply(Policy baseline, List<Path> files) {
    checkNotNull(baseline, "baseline");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("a reform needs at least one policy file");
    }
    return org.jiuzhu.rules.policyfile.PolicyFiles.override(baseline, CnParameters.catalog(), files);
  }
}
