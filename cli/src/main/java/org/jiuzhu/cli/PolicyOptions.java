package org.jiuzhu.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.cn.CnParameters;
import picocli.CommandLine.Option;

/** {@code --policy FILE…}: the embedded policy plus the user's own files as overrides. */
final class PolicyOptions {
  @Option(names = "--policy", paramLabel = "FILE",
      description = "Your own policy file (YAML, jiuzhu-policy/1); repeat for several. It adds regions and replaces"
          + " embedded values key by key.")
  List<Path> files = new ArrayList<>();

  /**
   * The embedded policy, with the user's files as overrides.
   *
   * @throws org.jiuzhu.rules.policyfile.PolicyFileException listing every problem of every file
   */
  Policy policy() {
    return build();
  }

  /**
   * Reads the household file checked against {@code date} and against the policy ({@link
   * org.jiuzhu.rules.io.HouseholdReader#read(Path, java.time.LocalDate, Policy)}: a {@code region}
   * the policy does not know is one of the file's problems, said with the others); when it is
   * invalid, the policy files' problems are said too, so that the problems of both are said in one run.
   *
   * @throws InvalidInputs the household's problems, then the policy files' (when they have any)
   * @throws org.jiuzhu.core.validation.ValidationException the household's problems, when the policy files have none
   * @throws org.jiuzhu.core.policy.PolicyException the policy files' problems, when the household has none
   */
  org.jiuzhu.core.household.Household household(Path file, java.time.LocalDate date) throws java.io.IOException {
    Policy policy = null;
    org.jiuzhu.core.policy.PolicyException bad = null;
    try {
      policy = build();
    } catch (org.jiuzhu.core.policy.PolicyException p) {
      bad = p; // the region is then not checked: the policy that would know it is not there
    }
    org.jiuzhu.core.household.Household h;
    try {
      h = org.jiuzhu.rules.io.HouseholdReader.read(file, date, policy);
    } catch (org.jiuzhu.core.validation.ValidationException e) {
      if (bad != null) {
        throw new InvalidInputs(List.of(e, bad));
      }
      throw e;
    }
    if (bad != null) {
      throw bad;
    }
    return h;
  }

  private Policy built;

  /** The policy, built once a run (the household's region is checked against the same policy the run uses). */
  private Policy build() {
    if (built == null) {
      Policy embedded = Policy.installed();
      built = files.isEmpty() ? embedded
          : org.jiuzhu.rules.policyfile.PolicyFiles.override(embedded, CnParameters.catalog(), files);
    }
    return built;
  }
}
