package org.jiuzhu.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.policyfile.PolicyFileModule;
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
    Policy embedded = Policy.installed();
    if (files.isEmpty()) {
      return embedded;
    }
    return embedded.toBuilder()
        .override(PolicyFileModule.fromFiles("user policy files", CnParameters.catalog(), files))
        .build();
  }
}
