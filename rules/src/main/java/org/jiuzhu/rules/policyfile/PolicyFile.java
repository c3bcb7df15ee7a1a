package org.jiuzhu.rules.policyfile;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.region.Region;

/**
 * A policy file as read: the regions it declares, the values it gives, and every problem found
 * in it. A file with problems gives no values at all — never a partial result.
 *
 * @since 0.1.0
 */
public final class PolicyFile {
  private final String name;
  private final String moduleId;
  private final ImmutableList<Region> regions;
  private final ImmutableList<ParameterValue> values;
  private final ImmutableList<PolicyFileProblem> problems;
  /** Every region code the file declares, even where the declaration has a problem. */
  final ImmutableList<org.jiuzhu.core.region.RegionCode> declaredCodes;
  /** Every entry whose region could be read, with its line and key: checked against the declared regions. */
  final ImmutableList<Reference> references;
  /** The regions read without problems, even when the file has others: checked with the other modules. */
  final ImmutableList<Region> readRegions;
  /** The values of series without problems, even when the file has others: checked with the other modules. */
  final ImmutableList<ParameterValue> soundValues;
  /** The line of each region of {@link #readRegions}: a region named otherwise elsewhere is said there. */
  final com.google.common.collect.ImmutableMap<org.jiuzhu.core.region.RegionCode, Integer> regionLines;

  /** An entry of the file: its line, its key as written (null when missing) and its region. */
  record Reference(int line, String key, org.jiuzhu.core.region.RegionCode region) {}

  PolicyFile(String name, String moduleId, ImmutableList<Region> regions, ImmutableList<ParameterValue> values,
      ImmutableList<PolicyFileProblem> problems) {
    this(name, moduleId, regions, values, problems, ImmutableList.of(), ImmutableList.of(),
        problems.isEmpty() ? values : ImmutableList.of(), com.google.common.collect.ImmutableMap.of());
  }

  PolicyFile(String name, String moduleId, ImmutableList<Region> regions, ImmutableList<ParameterValue> values,
      ImmutableList<PolicyFileProblem> problems, ImmutableList<org.jiuzhu.core.region.RegionCode> declaredCodes,
      ImmutableList<Reference> references, ImmutableList<ParameterValue> soundValues,
      com.google.common.collect.ImmutableMap<org.jiuzhu.core.region.RegionCode, Integer> regionLines) {
    this.name = name;
    this.moduleId = moduleId;
    this.regions = problems.isEmpty() ? regions : ImmutableList.of();
    this.values = problems.isEmpty() ? values : ImmutableList.of();
    this.problems = ImmutableList.sortedCopyOf(PolicyFileProblem.IN_LINE_ORDER, problems); // stable: found order within a line
    this.declaredCodes = declaredCodes;
    this.references = references;
    this.readRegions = regions;
    this.soundValues = soundValues;
    this.regionLines = regionLines;
  }

  /** The file's name as given to the loader, used in every message. */
  public String name() {
    return name;
  }

  /** The {@code module} the file names, if it names one. */
  public Optional<String> moduleId() {
    return Optional.ofNullable(moduleId);
  }

  /** The regions declared; empty when the file has problems. */
  public ImmutableList<Region> regions() {
    return regions;
  }

  /** The values given; empty when the file has problems. */
  public ImmutableList<ParameterValue> values() {
    return values;
  }

  /** Every problem found in the file. */
  public ImmutableList<PolicyFileProblem> problems() {
    return problems;
  }

  /** True when the file has no problem. */
  public boolean isValid() {
    return problems.isEmpty();
  }

  /**
   * Returns this file when it is valid.
   *
   * @throws PolicyFileException listing every problem, otherwise
   */
  public PolicyFile orThrow() {
    if (!problems.isEmpty()) {
      throw new PolicyFileException(problems);
    }
    return this;
  }
}
