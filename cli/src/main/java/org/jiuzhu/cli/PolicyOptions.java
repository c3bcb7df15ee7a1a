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
   * Reads the household file checked against {@code date} ({@link
   * org.jiuzhu.rules.io.HouseholdReader#read(Path, java.time.LocalDate)}); when it is invalid, the
   * policy files are checked too, so that the problems of both are said in one run.
   *
   * @throws InvalidInputs the household's problems, then the policy files' (when they have any)
   * @throws org.jiuzhu.core.validation.ValidationException the household's problems, when the policy files have none
   */
  org.jiuzhu.core.household.Household household(Path file, java.time.LocalDate date) throws java.io.IOException {
    try {
      return org.jiuzhu.rules.io.HouseholdReader.read(file, date);
    } catch (org.jiuzhu.core.validation.ValidationException e) {
      try {
        build();
      } catch (org.jiuzhu.core.policy.PolicyException p) {
        throw new InvalidInputs(List.of(e, p));
      }
      throw e;
    }
  }

  private Policy build() {
    Policy embedded = Policy.installed();
    if (files.isEmpty()) {
      return embedded;
    }
    return org.jiuzhu.rules.policyfile.PolicyFiles.override(embedded, CnParameters.catalog(), files);
  }
}
