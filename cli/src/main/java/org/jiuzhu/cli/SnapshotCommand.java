package org.jiuzhu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jiuzhu.core.policy.ProvenanceSummary;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.RegionCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Shows the parameters in force for a region on a date, each with where it came from. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
    description = {"Show the policy snapshot of a region on a date: every parameter in force, the region it is",
        "inherited from, its effective dates, status (verified/illustrative) and legal reference."})
final class SnapshotCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--region", required = true, paramLabel = "CODE",
      description = "Region code: 6 digits (GB/T 2260), 9 for a township, or 'national'.")
  String region;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date (default: today).")
  LocalDate date = LocalDate.now();

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  PolicyOptions policyOptions;

  @Override
  public Integer call() throws Exception {
    RegionCode code = RegionCode.parse(region);
    Policy policy = policyOptions.policy();
    PolicySnapshot s = policy.snapshot(code, date);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(policy, s)));
    } else {
      text(policy, s, out);
    }
    out.flush();
    return 0;
  }

  static String chain(Policy policy, RegionCode code) {
    return code.chain().stream()
        .map(c -> c + policy.region(c).map(r -> " " + r.nameZh()).orElse(""))
        .collect(Collectors.joining(" → "));
  }

  private void text(Policy policy, PolicySnapshot s, PrintWriter out) {
    String name = policy.region(s.region()).map(r -> r.nameZh() + " " + r.nameEn())
        .orElseGet(() -> s.region().equals(RegionCode.NATIONAL) ? "全国 National defaults"
            : "township of " + s.region().parent().flatMap(policy::region).map(Region::nameZh).orElse("?"));
    out.printf("政策快照 Policy snapshot: %s (%s) on %s%n", name, s.region(), s.date());
    out.printf("层级 Chain: %s%n", chain(policy, s.region()));
    out.printf("Stable dates: %s · fingerprint %s%n", s.stableDates(), s.fingerprint().substring(0, 16));
    ProvenanceSummary p = s.provenanceSummary();
    out.printf("%d values: %d verified, %d illustrative (示例值，非官方数据 — examples, not official figures), %d of them with a lead%n",
        p.values(), p.verified(), p.illustrative(), p.illustrativeWithLead());
    p.sources().forEach((src, n) -> out.printf("  source: %s (%d %s)%n", src, n, n == 1 ? "value" : "values"));
    out.println();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"KEY", "VALUE", "UNIT", "FROM", "EFFECTIVE", "STATUS", "REFERENCE"});
    for (ParameterValue v : s.values()) {
      rows.add(new String[] {v.key().name(), v.formattedValue(), v.key().unit().id(), v.region().toString(),
          v.effective().toString(), v.status().name().toLowerCase(Locale.ROOT), v.legalReference()});
    }
    int[] width = new int[6];
    for (String[] r : rows) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < width.length; i++) {
        sb.append(String.format(Locale.ROOT, "%-" + width[i] + "s  ", r[i]));
      }
      out.println(sb.append(r[6]).toString().stripTrailing());
    }
  }

  private static Map<String, Object> json(Policy policy, PolicySnapshot s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("region", s.region().toString());
    m.put("name", policy.region(s.region()).map(Region::nameZh).orElse(null));
    m.put("date", s.date().toString());
    m.put("chain", s.region().chain().stream().map(RegionCode::toString).collect(Collectors.toList()));
    m.put("fingerprint", s.fingerprint());
    ProvenanceSummary p = s.provenanceSummary();
    Map<String, Object> prov = new LinkedHashMap<>();
    prov.put("values", p.values());
    prov.put("verified", p.verified());
    prov.put("illustrative", p.illustrative());
    prov.put("illustrativeWithLead", p.illustrativeWithLead());
    prov.put("sources", RegionsCommand.sourcesJson(p));
    m.put("provenance", prov);
    List<Map<String, Object>> values = new ArrayList<>();
    for (ParameterValue v : s.values()) {
      values.add(RegionsCommand.valueJson(v));
    }
    m.put("values", values);
    return m;
  }
}
