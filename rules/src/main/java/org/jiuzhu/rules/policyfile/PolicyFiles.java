package org.jiuzhu.rules.policyfile;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jiuzhu.core.policy.ParameterOrder;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.PolicyException;
import org.jiuzhu.core.policy.PolicyModule;
import org.jiuzhu.core.policy.PolicyProblem;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.text.Messages;

/**
 * A user's own policy files laid over a policy (the {@code --policy} files, a reform), checked in
 * one pass: every problem of each file and every problem of the files taken together with the
 * policy — a value for a region neither declares, overlaps and gaps across files, and orders
 * between keys ({@link ParameterOrder}) broken by the values as they apply — each said at its
 * file and line ({@link PolicyFileProblem}), never one kind after the other is fixed.
 *
 * <pre>{@code
 * List<PolicyFileProblem> problems = PolicyFiles.problems(Policy.installed(), CnParameters.catalog(), paths);
 * Policy mine = PolicyFiles.override(Policy.installed(), CnParameters.catalog(), paths); // or throws them all
 * }</pre>
 *
 * @since 0.2.0
 */
public final class PolicyFiles {
  private static final Messages T = Messages.bundle("org.jiuzhu.rules.policyfile.messages", PolicyFiles.class);

  private PolicyFiles() {}

  /** Every problem of {@code paths}, alone and laid over {@code base}, in file order; empty when they are sound. */
  public static ImmutableList<PolicyFileProblem> problems(Policy base, ParameterCatalog catalog, List<Path> paths) {
    return check(base, catalog, paths).problems;
  }

  /**
   * {@code base} with the files as overrides (their values replace the base's key by key and region
   * by region; their regions are added — a region named otherwise than
   * the policy or an earlier file names it is a problem).
   *
   * @throws PolicyFileException listing every problem of {@link #problems}, each at its file and line
   */
  public static Policy override(Policy base, ParameterCatalog catalog, List<Path> paths) {
    Checked c = check(base, catalog, paths);
    if (!c.problems.isEmpty()) {
      throw new PolicyFileException(c.problems);
    }
    return c.policy;
  }

  private record Checked(ImmutableList<PolicyFileProblem> problems, Policy policy) {}

  private static Checked check(Policy base, ParameterCatalog catalog, List<Path> paths) {
    checkNotNull(base, "base");
    checkNotNull(catalog, "catalog");
    PolicyFileLoader loader = new PolicyFileLoader(catalog);
    List<PolicyFile> files = new ArrayList<>();
    for (Path p : paths) {
      files.add(loader.load(p));
    }
    Set<PolicyFileProblem> problems = new LinkedHashSet<>();
    files.forEach(f -> problems.addAll(f.problems()));

    // a value for a region that neither the policy nor any of the files declares
    Set<RegionCode> declared = new java.util.HashSet<>(base.regions().keySet());
    files.forEach(f -> declared.addAll(f.declaredCodes));
    for (PolicyFile f : files) {
      for (PolicyFile.Reference r : f.references) {
        if (!declared.contains(r.region())) {
          problems.add(new PolicyFileProblem(f.name(), r.line(), 0, r.key(), T.text(
              r.region().level() == org.jiuzhu.core.region.RegionLevel.TOWNSHIP ? "region.undeclared.township"
                  : "region.undeclared", r.region().toString())));
        }
      }
    }

    // a region the files name otherwise than the policy or an earlier file: one region, one name
    java.util.Map<RegionCode, Region> named = new java.util.HashMap<>(base.regions());
    java.util.Map<RegionCode, Object> namedBy = new java.util.HashMap<>();
    Set<Region> renamed = new java.util.HashSet<>(); // said here at its line; left out of the override, which would refuse it again
    for (PolicyFile f : files) {
      for (Region r : f.readRegions) {
        Region prior = named.get(r.code());
        int line = f.regionLines.getOrDefault(r.code(), 0);
        if (prior == null) {
          named.put(r.code(), r);
          namedBy.put(r.code(), T.text("region.names.file", f.name(), Integer.toString(line)));
        } else if (!r.code().equals(RegionCode.NATIONAL)
            && (!prior.nameZh().equals(r.nameZh()) || !prior.nameEn().equals(r.nameEn()))) {
          renamed.add(r);
          problems.add(new PolicyFileProblem(f.name(), line, 0, null, T.text("region.names", r.code().toString(),
              r.nameEn(), r.nameZh(), prior.nameEn(), prior.nameZh(),
              namedBy.getOrDefault(r.code(), T.text("region.names.policy")))));
        }
      }
    }

    // the files taken together with the policy: what could be read of them, in declared regions
    Set<RegionCode> usable = new java.util.HashSet<>(base.regions().keySet());
    List<Region> regions = new ArrayList<>();
    List<ParameterValue> values = new ArrayList<>();
    for (PolicyFile f : files) {
      f.readRegions.stream().filter(r -> !renamed.contains(r)).forEach(regions::add);
      f.readRegions.forEach(r -> usable.add(r.code()));
    }
    for (PolicyFile f : files) {
      f.soundValues.stream().filter(v -> usable.contains(v.region())).forEach(values::add);
    }
    String id = String.join(", ", files.stream().map(PolicyFile::name).toList());
    List<ParameterOrder> orders = catalog.orders().stream().map(o -> new ParameterOrder(o.higher(), o.lower())).toList();
    Policy policy = null;
    // an overlap or a gap stops the orders being checked: said once, its series is left out and the rest checked again
    for (int pass = 0; pass < 2 && policy == null; pass++) {
      try {
        policy = base.toBuilder().override(new Module(id, regions, values, orders)).build();
      } catch (PolicyException e) {
        if (e.policyProblems().isEmpty()) {
          throw e;
        }
        Set<String> broken = new java.util.HashSet<>();
        for (PolicyProblem p : e.policyProblems()) {
          at(p, files).ifPresent(problems::add);
          if (p.kind() == PolicyProblem.Kind.OVERLAP || p.kind() == PolicyProblem.Kind.GAP) {
            p.values().forEach(v -> broken.add(v.key().name() + "@" + v.region()));
          }
        }
        if (broken.isEmpty()) {
          break;
        }
        values.removeIf(v -> broken.contains(v.key().name() + "@" + v.region()));
      }
    }
    // in file order: the files as given, then line and column (a problem of the files together is found last)
    List<String> names = files.stream().map(PolicyFile::name).toList();
    java.util.Comparator<PolicyFileProblem> order = java.util.Comparator
        .<PolicyFileProblem>comparingInt(p -> names.indexOf(p.file()) < 0 ? Integer.MAX_VALUE : names.indexOf(p.file()))
        .thenComparing(PolicyFileProblem.IN_LINE_ORDER);
    return new Checked(ImmutableList.sortedCopyOf(order, problems), problems.isEmpty() ? policy : null);
  }

  /** A problem of the files taken together, at the file and line of the first value involved that one of them gives. */
  private static java.util.Optional<PolicyFileProblem> at(PolicyProblem p, List<PolicyFile> files) {
    if (p.kind() == PolicyProblem.Kind.UNDECLARED_REGION) {
      return java.util.Optional.empty(); // said above, for every entry
    }
    List<ParameterValue> mine = p.values().stream().filter(v -> fileOf(v, files) != null).toList();
    if (p.kind() == PolicyProblem.Kind.ORDER && mine.size() == 2 && mine.get(0).region().equals(mine.get(1).region())
        && fileOf(mine.get(0), files).equals(fileOf(mine.get(1), files))) {
      return java.util.Optional.empty(); // within one file and region: the file's own check says it
    }
    if (mine.isEmpty()) {
      return java.util.Optional.of(new PolicyFileProblem(files.isEmpty() ? "" : files.get(0).name(), 0, 0, null, p.message()));
    }
    ParameterValue v = mine.get(0);
    String file = fileOf(v, files);
    int line = Integer.parseInt(v.origin().substring(file.length() + 1));
    return java.util.Optional.of(new PolicyFileProblem(file, line, 0, v.key().name(), p.message()));
  }

  /** The name of the file {@code v} was read from, or null when it comes from elsewhere. */
  private static String fileOf(ParameterValue v, List<PolicyFile> files) {
    for (PolicyFile f : files) {
      String o = v.origin();
      if (o.startsWith(f.name() + ":") && o.substring(f.name().length() + 1).matches("[0-9]+")) {
        return f.name();
      }
    }
    return null;
  }

  /** What could be read of the files, as one override module. */
  private record Module(String id, List<Region> regions, List<ParameterValue> values, List<ParameterOrder> orders)
      implements PolicyModule {}
}
