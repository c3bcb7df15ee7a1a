package org.jiuzhu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jiuzhu.core.policy.ParameterStatus;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.RegionCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the known regions, their parent chains and the status of their own values. */
@Command(name = "regions", mixinStandardHelpOptions = true,
    description = "List known regions with their parent chain and how many of their own values are verified or illustrative.")
final class RegionsCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  PolicyOptions policyOptions;

  @Override
  public Integer call() throws Exception {
    Policy policy = policyOptions.policy();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Region r : policy.regions().values()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code().toString());
        m.put("name", r.nameZh());
        m.put("nameEn", r.nameEn());
        m.put("level", r.level().name().toLowerCase(Locale.ROOT));
        m.put("chain", r.code().chain().stream().map(RegionCode::toString).collect(Collectors.toList()));
        List<ParameterValue> own = own(policy, r.code());
        m.put("values", own.size());
        m.put("verified", own.stream().filter(v -> v.status() == ParameterStatus.VERIFIED).count());
        m.put("illustrative", own.stream().filter(v -> v.status() == ParameterStatus.ILLUSTRATIVE).count());
        list.add(m);
      }
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list));
    } else {
      out.printf("%d regions from modules %s%n%n", policy.regions().size(), policy.moduleIds());
      out.printf("%-9s  %-10s  %-8s  %-12s  %s%n", "CODE", "LEVEL", "VERIFIED", "ILLUSTRATIVE", "NAME · CHAIN");
      for (Region r : policy.regions().values()) {
        List<ParameterValue> own = own(policy, r.code());
        long verified = own.stream().filter(v -> v.status() == ParameterStatus.VERIFIED).count();
        out.printf("%-9s  %-10s  %8d  %12d  %s %s · %s%n", r.code(), r.level().name().toLowerCase(Locale.ROOT),
            verified, own.size() - verified, r.nameZh(), r.nameEn(), SnapshotCommand.chain(policy, r.code()));
      }
      out.println();
      out.println("Illustrative values are examples, not official figures (示例值，非官方数据).");
    }
    out.flush();
    return 0;
  }

  private static List<ParameterValue> own(Policy policy, RegionCode code) {
    return policy.ownValues(code).values().stream().flatMap(ImmutableList::stream).collect(Collectors.toList());
  }

  static Map<String, Object> valueJson(ParameterValue v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", v.key().name());
    m.put("value", v.formattedValue());
    m.put("unit", v.key().unit().id());
    m.put("region", v.region().toString());
    m.put("from", v.effective().startInclusive().toString());
    m.put("to", v.effective().endExclusive().map(Object::toString).orElse(null));
    m.put("status", v.status().name().toLowerCase(Locale.ROOT));
    m.put("reference", v.legalReference());
    m.put("source", v.source().orElse(null));
    m.put("note", v.note().orElse(null));
    m.put("origin", v.origin());
    return m;
  }
}
