package org.jiuzhu.rules.policyfile;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.PolicyModule;
import org.jiuzhu.core.region.Region;

/**
 * A {@link PolicyModule} made of policy files: class-path resources for a module shipped in a
 * jar, or files on disk for a user's own policy. Building one reads and checks every file and
 * reports every problem of every file at once.
 *
 * <pre>{@code
 * public final class MyRegionModule implements PolicyModule {
 *   private final PolicyModule files = PolicyFileModule.fromResources(
 *       "com.example.my-region", MyRegionModule.class, CnParameters.catalog(), "my-region.yaml");
 *   public String id() { return files.id(); }
 *   public List<Region> regions() { return files.regions(); }
 *   public List<ParameterValue> values() { return files.values(); }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PolicyFileModule implements PolicyModule {
  private final String id;
  private final ImmutableList<Region> regions;
  private final ImmutableList<ParameterValue> values;
  private final ImmutableList<org.jiuzhu.core.policy.ParameterOrder> orders;

  private PolicyFileModule(String id, List<PolicyFile> files, ParameterCatalog catalog) {
    this.id = checkNotNull(id, "id");
    this.orders = catalog == null ? ImmutableList.of() : catalog.orders().stream()
        .map(o -> new org.jiuzhu.core.policy.ParameterOrder(o.higher(), o.lower())).collect(ImmutableList.toImmutableList());
    List<PolicyFileProblem> problems = new ArrayList<>();
    ImmutableList.Builder<Region> r = ImmutableList.builder();
    ImmutableList.Builder<ParameterValue> v = ImmutableList.builder();
    for (PolicyFile f : files) {
      problems.addAll(f.problems());
      r.addAll(f.regions());
      v.addAll(f.values());
    }
    if (!problems.isEmpty()) {
      throw new PolicyFileException(problems);
    }
    this.regions = r.build();
    this.values = v.build();
  }

  /**
   * A module of resources found next to {@code anchor} (relative names) or from the class-path
   * root (names starting with {@code /}).
   *
   * @throws PolicyFileException listing every problem in every file, or a missing resource
   */
  public static PolicyFileModule fromResources(String id, Class<?> anchor, ParameterCatalog catalog, String... resources) {
    PolicyFileLoader loader = new PolicyFileLoader(catalog);
    List<PolicyFile> files = new ArrayList<>();
    for (String resource : resources) {
      try (InputStream in = anchor.getResourceAsStream(resource)) {
        if (in == null) {
          throw new PolicyFileException(List.of(new PolicyFileProblem(resource, 0, null,
              "resource not found next to " + anchor.getName())));
        }
        files.add(loader.load(resource, in));
      } catch (IOException e) {
        throw new PolicyFileException(List.of(new PolicyFileProblem(resource, 0, null, "cannot read: " + e.getMessage())));
      }
    }
    return new PolicyFileModule(id, files, catalog);
  }

  /**
   * A module of files already loaded (for example by {@link PolicyFileLoader#load(String, java.io.InputStream)},
   * or a policy given inline in a scenario case).
   *
   * @throws PolicyFileException listing every problem in every file
   */
  public static PolicyFileModule of(String id, List<PolicyFile> files) {
    return new PolicyFileModule(id, List.copyOf(files), null);
  }

  /**
   * A module of files on disk. To lay a user's files over a policy and hear every problem at once —
   * the files' own and those they make with the policy, each at its file and line — use {@link
   * PolicyFiles#override} (what {@code --policy} does).
   *
   * @throws PolicyFileException listing every problem in every file
   */
  public static PolicyFileModule fromFiles(String id, ParameterCatalog catalog, List<Path> paths) {
    PolicyFileLoader loader = new PolicyFileLoader(catalog);
    List<PolicyFile> files = new ArrayList<>();
    for (Path p : paths) {
      files.add(loader.load(p));
    }
    return new PolicyFileModule(id, files, catalog);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<Region> regions() {
    return regions;
  }

  @Override
  public List<ParameterValue> values() {
    return values;
  }

  /**
   * The catalogue's orders between keys ({@link ParameterCatalog#orders()}: full care from no fewer
   * failed items than partial care), checked by {@link org.jiuzhu.core.policy.Policy.Builder#build()}
   * on the values as they apply after layering — across files, modules and overrides. A module
   * made with {@link #of} declares none (the policy it overrides keeps its own).
   */
  @Override
  public List<org.jiuzhu.core.policy.ParameterOrder> orders() {
    return orders;
  }

  @Override
  public String toString() {
    return "PolicyFileModule[" + id + ", " + regions.size() + " regions, " + values.size() + " values]";
  }
}
