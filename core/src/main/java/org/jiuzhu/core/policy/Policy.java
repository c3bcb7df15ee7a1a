package org.jiuzhu.core.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jiuzhu.core.text.Messages;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.region.RegionLevel;
import org.jiuzhu.core.time.DateRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every region and dated parameter value of a set of {@link PolicyModule}s, checked for
 * conflicts once, and the entry point for {@link #snapshot(RegionCode, LocalDate) snapshots}.
 *
 * <p>Resolution climbs township → county → prefecture → province → national: on a date, a
 * region's own value wins when one is in force, otherwise its parent's applies, and so on up to
 * the national defaults. A snapshot is resolved once per region and stretch of dates in which no
 * value changes, then cached; it is thread-safe and never resolved per household.
 *
 * <pre>{@code
 * Policy policy = Policy.installed();                 // every PolicyModule on the class path
 * PolicySnapshot s = policy.snapshot(RegionCode.parse("620825"), LocalDate.of(2025, 10, 1));
 * Money standard = s.get(someKey);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Policy {
  private static final Logger LOG = LoggerFactory.getLogger(Policy.class);

  private final ImmutableList<String> moduleIds;
  private final ImmutableSortedMap<RegionCode, Region> regions;
  /** region → key → values sorted by start date, never overlapping, never with gaps. */
  private final ImmutableMap<RegionCode, ImmutableSortedMap<ParameterKey<?>, ImmutableList<ParameterValue>>> series;
  private final ImmutableSortedSet<ParameterKey<?>> keys;
  private final ImmutableList<ParameterOrder> orders;
  private final ConcurrentMap<RegionCode, ImmutableSortedSet<LocalDate>> boundaries = new ConcurrentHashMap<>();
  private final ConcurrentMap<TableKey, ResolvedTable> tables = new ConcurrentHashMap<>();

  private Policy(Builder b, ImmutableSortedMap<RegionCode, Region> regions,
      ImmutableMap<RegionCode, ImmutableSortedMap<ParameterKey<?>, ImmutableList<ParameterValue>>> series,
      ImmutableList<ParameterOrder> orders) {
    this.moduleIds = ImmutableList.copyOf(b.moduleIds);
    this.orders = orders;
    this.regions = regions;
    this.series = series;
    ImmutableSortedSet.Builder<ParameterKey<?>> k = ImmutableSortedSet.naturalOrder();
    series.values().forEach(m -> k.addAll(m.keySet()));
    this.keys = k.build();
  }

  /**
   * The policy of every {@link PolicyModule} on the class path of {@code Policy}'s class loader.
   *
   * @throws PolicyException if no module is found or the modules conflict
   */
  public static Policy installed() {
    return builder().addAll(PolicyModules.discover()).build();
  }

  /** Starts an empty policy; add modules, then {@link Builder#build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's modules, to which overrides can be added. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.base = this;
    return b;
  }

  /** The ids of the modules this policy was built from, in order. */
  public ImmutableList<String> moduleIds() {
    return moduleIds;
  }

  /** Every declared region, by code, including the national root. */
  public ImmutableSortedMap<RegionCode, Region> regions() {
    return regions;
  }

  /** The declared region with this code. */
  public Optional<Region> region(RegionCode code) {
    return Optional.ofNullable(regions.get(code));
  }

  /** The orders between keys its modules declare, checked when it was built. @since 0.2.0 */
  public ImmutableList<ParameterOrder> orders() {
    return orders;
  }

  /** Every key that has at least one value somewhere. */
  public ImmutableSortedSet<ParameterKey<?>> keys() {
    return keys;
  }

  /** The values a region gives itself (not inherited), by key, each series in date order. */
  public ImmutableSortedMap<ParameterKey<?>, ImmutableList<ParameterValue>> ownValues(RegionCode region) {
    return series.getOrDefault(region, ImmutableSortedMap.of());
  }

  /**
   * True when snapshots can be taken for {@code code}: it is declared, or it is a township
   * whose county is declared, or it is the national root.
   */
  public boolean isKnown(RegionCode code) {
    return regions.containsKey(code)
        || (code.level() == RegionLevel.TOWNSHIP && regions.containsKey(code.parent().orElseThrow()));
  }

  /**
   * The parameters in force for {@code region} on {@code date}, each resolved by climbing the
   * region's chain.
   *
   * @throws UnknownRegionException if the region is not {@linkplain #isKnown known}
   */
  public PolicySnapshot snapshot(RegionCode region, LocalDate date) {
    checkNotNull(region, "region");
    checkNotNull(date, "date");
    if (!isKnown(region)) {
      throw new UnknownRegionException(region, PolicyTexts.text(
          region.level() == RegionLevel.TOWNSHIP ? "unknown.region.township" : "unknown.region", region.toString(), date,
          Messages.count(regions.size()), nearby(region)));
    }
    ImmutableSortedSet<LocalDate> bounds = boundaries.computeIfAbsent(region, this::boundariesOf);
    LocalDate floor = Objects.requireNonNullElse(bounds.floor(date), LocalDate.MIN);
    ResolvedTable table = tables.computeIfAbsent(new TableKey(region, floor),
        k -> resolve(region, floor, bounds.higher(date)));
    return new PolicySnapshot(this, region, date, table);
  }

  /** At most this many known regions are named when a region is unknown. */
  private static final int NEARBY = 8;

  /**
   * The known regions nearest {@code unknown}, each by code and name in the language of the
   * message ({@code 620825 庄浪县}, {@code 620825 Zhuanglang County}): those of its prefecture,
   * else of its province, else the provinces — never the ids of the modules that declare them.
   */
  private org.jiuzhu.core.text.Text nearby(RegionCode unknown) {
    String code = unknown.toString();
    List<Region> near = List.of();
    for (int prefix : new int[] {4, 2}) {
      near = regions.values().stream()
          .filter(r -> !r.code().equals(RegionCode.NATIONAL) && code.length() >= prefix
              && r.code().toString().startsWith(code.substring(0, prefix)))
          .toList();
      if (!near.isEmpty()) {
        break;
      }
    }
    if (near.isEmpty()) {
      near = regions.values().stream().filter(r -> r.code().level() == RegionLevel.PROVINCE).toList();
    }
    org.jiuzhu.core.text.Text list = null;
    List<Region> shown = near.subList(0, Math.min(NEARBY, near.size()));
    for (int i = shown.size() - 1; i >= 0; i--) {
      Region r = shown.get(i);
      org.jiuzhu.core.text.Text one = PolicyTexts.text("region.named", r.code().toString(), r.nameZh(), r.nameEn());
      list = list == null ? one : PolicyTexts.text("region.list", one, list);
    }
    return list == null ? PolicyTexts.text("region.none") : list;
  }

  /**
   * That no value of {@code key} is in force for {@code region} on {@code date}, with the periods in
   * which some region of its chain gives one and the regions searched, in both languages.
   */
  MissingParameterException missing(ParameterKey<?> key, RegionCode region, LocalDate date) {
    List<DateRange> all = new ArrayList<>();
    for (RegionCode c : region.chain()) {
      all.addAll(series.getOrDefault(c, ImmutableSortedMap.of()).getOrDefault(key, ImmutableList.of()).stream()
          .map(ParameterValue::effective).toList());
    }
    all.sort(java.util.Comparator.comparing(DateRange::startInclusive));
    List<DateRange> merged = new ArrayList<>();
    for (DateRange r : all) {
      DateRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last.endExclusive().map(e -> !r.startInclusive().isAfter(e)).orElse(true)) {
        LocalDate end = last.endExclusive().isEmpty() || r.endExclusive().isEmpty() ? null
            : java.util.Collections.max(List.of(last.endExclusive().get(), r.endExclusive().get()));
        merged.set(merged.size() - 1, end == null ? DateRange.from(last.startInclusive()) : DateRange.of(last.startInclusive(), end));
      } else {
        merged.add(r);
      }
    }
    org.jiuzhu.core.text.Text chain = null;
    List<RegionCode> codes = region.chain();
    for (int i = codes.size() - 1; i >= 0; i--) {
      org.jiuzhu.core.text.Text one = codes.get(i).equals(RegionCode.NATIONAL) ? PolicyTexts.text("region.label.national")
          : PolicyTexts.text("region.label.code", codes.get(i).toString());
      chain = chain == null ? one : PolicyTexts.text("missing.chain", one, chain);
    }
    Region r = regions.get(region);
    org.jiuzhu.core.text.Text label = region.equals(RegionCode.NATIONAL) ? PolicyTexts.text("region.label.national")
        : r == null ? PolicyTexts.text("region.label.code", region.toString())
        : PolicyTexts.text("region.label", region.toString(), r.nameZh(), r.nameEn());
    return new MissingParameterException(key, region, date, label, chain, merged);
  }

  /** The region's name for messages, e.g. {@code 620825 庄浪县}. */
  String describe(RegionCode code) {
    Region r = regions.get(code);
    return r == null ? code.toString() : code + " " + r.nameZh();
  }

  private ImmutableSortedSet<LocalDate> boundariesOf(RegionCode region) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (RegionCode c : region.chain()) {
      for (List<ParameterValue> values : series.getOrDefault(c, ImmutableSortedMap.of()).values()) {
        for (ParameterValue v : values) {
          dates.add(v.effective().startInclusive());
          v.effective().endExclusive().ifPresent(dates::add);
        }
      }
    }
    return ImmutableSortedSet.copyOf(dates);
  }

  private ResolvedTable resolve(RegionCode region, LocalDate from, LocalDate toExclusive) {
    ImmutableSortedMap.Builder<ParameterKey<?>, ParameterValue> b = ImmutableSortedMap.naturalOrder();
    for (ParameterKey<?> key : keys) {
      for (RegionCode c : region.chain()) {
        Optional<ParameterValue> v = inForce(c, key, from);
        if (v.isPresent()) {
          b.put(key, v.get());
          break;
        }
      }
    }
    ResolvedTable t = new ResolvedTable(b.build(), from, toExclusive);
    LOG.debug("resolved policy for region {} from {} to {}: {} parameters", region,
        from.equals(LocalDate.MIN) ? "(start)" : from, toExclusive == null ? "(open)" : toExclusive, t.values.size());
    return t;
  }

  private Optional<ParameterValue> inForce(RegionCode region, ParameterKey<?> key, LocalDate date) {
    ImmutableSortedMap<ParameterKey<?>, ImmutableList<ParameterValue>> byKey = series.get(region);
    if (byKey == null) {
      return Optional.empty();
    }
    List<ParameterValue> values = byKey.get(key);
    if (values == null) {
      return Optional.empty();
    }
    for (ParameterValue v : values) {
      if (v.effective().contains(date)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static final class TableKey {
    final RegionCode region;
    final LocalDate from;

    TableKey(RegionCode region, LocalDate from) {
      this.region = region;
      this.from = from;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TableKey && ((TableKey) o).region.equals(region) && ((TableKey) o).from.equals(from);
    }

    @Override
    public int hashCode() {
      return region.hashCode() * 31 + from.hashCode();
    }
  }

  /** The resolved values shared by every snapshot of one region in one stretch of dates. */
  static final class ResolvedTable {
    final ImmutableSortedMap<ParameterKey<?>, ParameterValue> values;
    final LocalDate from;
    final LocalDate toExclusive;
    private volatile String fingerprint;

    ResolvedTable(ImmutableSortedMap<ParameterKey<?>, ParameterValue> values, LocalDate from, LocalDate toExclusive) {
      this.values = values;
      this.from = from;
      this.toExclusive = toExclusive;
    }

    String fingerprint() {
      String f = fingerprint;
      if (f == null) {
        f = Fingerprints.of(values.values());
        fingerprint = f;
      }
      return f;
    }
  }

  /**
   * Builds a {@link Policy} from modules; {@link #build()} checks them together and reports
   * every conflict at once.
   */
  public static final class Builder {
    private final List<PolicyModule> modules = new ArrayList<>();
    private final List<PolicyModule> overrides = new ArrayList<>();
    private final List<String> moduleIds = new ArrayList<>();
    private Policy base;

    private Builder() {}

    /** Adds a module. Two modules may not give values for the same key in the same region. */
    public Builder add(PolicyModule module) {
      modules.add(checkNotNull(module, "module"));
      return this;
    }

    /** Adds modules. */
    public Builder addAll(Iterable<? extends PolicyModule> modules) {
      modules.forEach(this::add);
      return this;
    }

    /**
     * Adds a module whose values replace, key by key and region by region, the whole series
     * the other modules give — a user's own policy file, or a reform. Its regions are added; a
     * region it declares that the policy already has must have the same names: one declared with
     * another Chinese or English name is a problem of {@link #build()} ({@link
     * PolicyProblem.Kind#REGION_NAMES}, naming the code and both names), as between two added
     * modules — never a silent renaming.
     */
    public Builder override(PolicyModule module) {
      overrides.add(checkNotNull(module, "module"));
      return this;
    }

    /**
     * Checks the modules together and builds the policy.
     *
     * @throws PolicyException listing every problem, each also as data ({@link
     *     PolicyException#policyProblems()}: its {@link PolicyProblem.Kind} and the values involved):
     *     a region declared with two names, two modules giving the same key in the same region,
     *     overlapping or gapped series, values for undeclared regions, and (when no series overlaps
     *     or has a gap) a {@link ParameterOrder} of a module broken by the values as they apply in a
     *     declared region on some date
     */
    public Policy build() {
      List<PolicyProblem> problems = new ArrayList<>();
      Map<RegionCode, Region> regions = new TreeMap<>();
      Map<RegionCode, String> regionOwner = new TreeMap<>();
      // region → key → (module id, values)
      Map<RegionCode, Map<ParameterKey<?>, Owned>> byRegion = new TreeMap<>();

      if (base != null) {
        moduleIds.addAll(base.moduleIds);
        regions.putAll(base.regions);
        base.regions.keySet().forEach(c -> regionOwner.put(c, "(base policy)"));
        base.series.forEach((region, keys) -> keys.forEach((key, values) ->
            byRegion.computeIfAbsent(region, r -> new TreeMap<>()).put(key, new Owned("(base policy)", values))));
      }
      regions.putIfAbsent(RegionCode.NATIONAL, Region.of(RegionCode.NATIONAL, "全国", "National"));

      for (PolicyModule m : modules) {
        collect(m, false, regions, regionOwner, byRegion, problems);
      }
      for (PolicyModule m : overrides) {
        collect(m, true, regions, regionOwner, byRegion, problems);
      }

      ImmutableMap.Builder<RegionCode, ImmutableSortedMap<ParameterKey<?>, ImmutableList<ParameterValue>>> series =
          ImmutableMap.builder();
      int seriesProblems = 0;
      for (Map.Entry<RegionCode, Map<ParameterKey<?>, Owned>> e : byRegion.entrySet()) {
        RegionCode region = e.getKey();
        boolean declared = regions.containsKey(region);
        ImmutableSortedMap.Builder<ParameterKey<?>, ImmutableList<ParameterValue>> keys = ImmutableSortedMap.naturalOrder();
        for (Map.Entry<ParameterKey<?>, Owned> k : e.getValue().entrySet()) {
          Owned owned = k.getValue();
          if (!declared) {
            problems.add(new PolicyProblem(PolicyProblem.Kind.UNDECLARED_REGION, PolicyTexts.text("conflict.undeclared",
                owner(owned.moduleId), k.getKey().toString(), region.toString(), owned.values.get(0).origin()), owned.values));
          }
          for (SeriesCheck.Issue i : SeriesCheck.problems(owned.values)) {
            seriesProblems++;
            problems.add(new PolicyProblem(i.text().key().equals("series.gap") ? PolicyProblem.Kind.GAP : PolicyProblem.Kind.OVERLAP,
                i.text(), List.of(i.value())));
          }
          keys.put(k.getKey(), ImmutableList.sortedCopyOf(
              Comparator.comparing((ParameterValue v) -> v.effective().startInclusive()), owned.values));
        }
        series.put(region, keys.build());
      }
      java.util.LinkedHashSet<ParameterOrder> orders = new java.util.LinkedHashSet<>();
      if (base != null) {
        orders.addAll(base.orders);
      }
      modules.forEach(m -> orders.addAll(m.orders()));
      overrides.forEach(m -> orders.addAll(m.orders()));
      ImmutableMap<RegionCode, ImmutableSortedMap<ParameterKey<?>, ImmutableList<ParameterValue>>> built = series.build();
      if (seriesProblems == 0) { // the series are sound: check the orders on the values as they apply
        checkOrders(orders, regions, built, problems);
      }
      if (!problems.isEmpty()) {
        throw new PolicyException(PolicyTexts.text("conflict", org.jiuzhu.core.text.Listing.of(moduleIds), problems.size()), problems);
      }
      return new Policy(this, ImmutableSortedMap.copyOf(regions), built, ImmutableList.copyOf(orders));
    }

    /**
     * Every order broken by the values as they apply: for each declared region, highest first, on
     * each date a value of either key starts in its chain. A pair of values is said once, at the
     * highest region and the first date where it applies.
     */
    private static void checkOrders(java.util.Set<ParameterOrder> orders, Map<RegionCode, Region> regions,
        Map<RegionCode, ImmutableSortedMap<ParameterKey<?>, ImmutableList<ParameterValue>>> series,
        List<PolicyProblem> problems) {
      if (orders.isEmpty()) {
        return;
      }
      Map<String, ParameterKey<?>> byName = new java.util.HashMap<>();
      series.values().forEach(m -> m.keySet().forEach(k -> byName.put(k.name(), k)));
      List<RegionCode> codes = new ArrayList<>(regions.keySet());
      codes.sort(Comparator.comparingInt((RegionCode c) -> c.chain().size()).thenComparing(Comparator.naturalOrder()));
      for (ParameterOrder o : orders) {
        ParameterKey<?> hi = byName.get(o.higher());
        ParameterKey<?> lo = byName.get(o.lower());
        if (hi == null || lo == null) {
          continue;
        }
        java.util.Set<List<ParameterValue>> said = new java.util.HashSet<>();
        for (RegionCode region : codes) {
          TreeSet<LocalDate> dates = new TreeSet<>();
          for (RegionCode c : region.chain()) {
            for (ParameterKey<?> k : List.of(hi, lo)) {
              for (ParameterValue v : series.getOrDefault(c, ImmutableSortedMap.of()).getOrDefault(k, ImmutableList.of())) {
                dates.add(v.effective().startInclusive());
              }
            }
          }
          for (LocalDate d : dates) {
            ParameterValue h = applying(series, region, hi, d);
            ParameterValue l = applying(series, region, lo, d);
            if (h == null || l == null || !below(h.value(), l.value()) || !said.add(List.of(h, l))) {
              continue;
            }
            problems.add(new PolicyProblem(PolicyProblem.Kind.ORDER, PolicyTexts.text("conflict.order", label(regions, region), d,
                o.higher(), h.formattedValue(), label(regions, h.region()), h.origin(), o.lower(), l.formattedValue(),
                label(regions, l.region()), l.origin()), List.of(h, l)));
          }
        }
      }
    }

    /** The value of {@code key} that applies in {@code region} on {@code date}, climbing its chain, or null. */
    private static ParameterValue applying(Map<RegionCode, ImmutableSortedMap<ParameterKey<?>, ImmutableList<ParameterValue>>> series,
        RegionCode region, ParameterKey<?> key, LocalDate date) {
      for (RegionCode c : region.chain()) {
        for (ParameterValue v : series.getOrDefault(c, ImmutableSortedMap.of()).getOrDefault(key, ImmutableList.of())) {
          if (v.effective().contains(date)) {
            return v;
          }
        }
      }
      return null;
    }

    /** True when {@code a} is a number below {@code b}; values that are not numbers of one kind are not compared. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean below(Object a, Object b) {
      if (a instanceof Number x && b instanceof Number y) {
        return new java.math.BigDecimal(x.toString()).compareTo(new java.math.BigDecimal(y.toString())) < 0;
      }
      return a instanceof Comparable && a.getClass() == b.getClass() && ((Comparable) a).compareTo(b) < 0;
    }

    /** A region by its code and name, in the language of the message. */
    private static org.jiuzhu.core.text.Text label(Map<RegionCode, Region> regions, RegionCode code) {
      Region r = regions.get(code);
      if (code.equals(RegionCode.NATIONAL)) {
        return PolicyTexts.text("region.label.national");
      }
      return r == null ? PolicyTexts.text("region.label.code", code.toString())
          : PolicyTexts.text("region.label", code.toString(), r.nameZh(), r.nameEn());
    }

    private void collect(PolicyModule m, boolean override, Map<RegionCode, Region> regions,
        Map<RegionCode, String> regionOwner, Map<RegionCode, Map<ParameterKey<?>, Owned>> byRegion,
        List<PolicyProblem> problems) {
      moduleIds.add(m.id());
      for (Region r : m.regions()) {
        Region existing = regions.get(r.code());
        // one region, one name: an override may add regions or redeclare one as it is, never rename it (as --policy refuses)
        if (existing != null && !existing.equals(r) && !r.code().equals(RegionCode.NATIONAL)) {
          problems.add(new PolicyProblem(PolicyProblem.Kind.REGION_NAMES, PolicyTexts.text("conflict.region", r.code().toString(),
              existing.nameZh(), existing.nameEn(), owner(regionOwner.get(r.code())), r.nameZh(), r.nameEn(), m.id()), List.of()));
          continue;
        }
        regions.put(r.code(), r);
        regionOwner.putIfAbsent(r.code(), m.id());
      }
      Map<RegionCode, Map<ParameterKey<?>, List<ParameterValue>>> mine = new LinkedHashMap<>();
      for (ParameterValue v : m.values()) {
        mine.computeIfAbsent(v.region(), r -> new LinkedHashMap<>())
            .computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
      }
      mine.forEach((region, keys) -> keys.forEach((key, values) -> {
        Map<ParameterKey<?>, Owned> existing = byRegion.computeIfAbsent(region, r -> new TreeMap<>());
        Owned prior = existing.get(key);
        if (prior != null && !override) {
          problems.add(new PolicyProblem(PolicyProblem.Kind.SAME_KEY, PolicyTexts.text("conflict.key", owner(prior.moduleId), m.id(),
              key.toString(), region.toString(), prior.values.get(0).origin(), values.get(0).origin()),
              List.of(values.get(0), prior.values.get(0))));
          return;
        }
        existing.put(key, new Owned(m.id(), values));
      }));
    }
  }

  /** A module's id, or the base policy's name in either language. */
  private static Object owner(String moduleId) {
    return moduleId.equals("(base policy)") ? PolicyTexts.text("owner.base") : moduleId;
  }

  private static final class Owned {
    final String moduleId;
    final List<ParameterValue> values;

    Owned(String moduleId, List<ParameterValue> values) {
      this.moduleId = moduleId;
      this.values = values;
    }
  }
}
