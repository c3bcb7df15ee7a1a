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
import org.jiuzhu.core.policy.ProvenanceSummary;
import org.jiuzhu.core.policy.Source;
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
    description = {"List known regions with their parent chain, how many of their own values are verified or illustrative,",
        "how many illustrative values have a lead, and the official sources of the verified ones."})
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
        ProvenanceSummary p = ProvenanceSummary.of(own);
        m.put("values", p.values());
        m.put("verified", p.verified());
        m.put("illustrative", p.illustrative());
        m.put("illustrativeWithLead", p.illustrativeWithLead());
        m.put("sources", sourcesJson(p));
        list.add(m);
      }
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list));
    } else {
      out.printf("%d regions from modules %s%n%n", policy.regions().size(), policy.moduleIds());
      out.printf("%-9s  %-10s  %-8s  %-12s  %-5s  %s%n", "CODE", "LEVEL", "VERIFIED", "ILLUSTRATIVE", "LEADS", "NAME · CHAIN");
      int verified = 0;
      int all = 0;
      Map<Source, Integer> sources = new LinkedHashMap<>();
      for (Region r : policy.regions().values()) {
        ProvenanceSummary p = ProvenanceSummary.of(own(policy, r.code()));
        verified += p.verified();
        all += p.values();
        p.sources().forEach((src, n) -> sources.merge(src, n, Integer::sum));
        out.printf("%-9s  %-10s  %8d  %12d  %5d  %s %s · %s%n", r.code(), r.level().name().toLowerCase(Locale.ROOT),
            p.verified(), p.illustrative(), p.illustrativeWithLead(), r.nameZh(), r.nameEn(), SnapshotCommand.chain(policy, r.code()));
        p.sources().forEach((src, n) -> out.printf("%11s%s (%d %s)%n", "source: ", src, n, n == 1 ? "value" : "values"));
      }
      out.println();
      out.printf("%d of %d values verified, from %d official sources.%n", verified, all, sources.size());
      out.println("Illustrative values are examples, not official figures (示例值，非官方数据); a lead is a mirror or"
          + " republication that gives a figure, to be checked against the original.");
    }
    out.flush();
    return 0;
  }

  private static List<ParameterValue> own(Policy policy, RegionCode code) {
    return policy.ownValues(code).values().stream().flatMap(ImmutableList::stream).collect(Collectors.toList());
  }

  static List<Map<String, Object>> sourcesJson(ProvenanceSummary p) {
    List<Map<String, Object>> out = new ArrayList<>();
    p.sources().forEach((src, n) -> {
      Map<String, Object> m = sourceJson(src);
      m.put("values", n);
      out.add(m);
    });
    return out;
  }

  static Map<String, Object> sourceJson(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", s.title());
    m.put("issuer", s.issuer());
    m.put("number", s.documentNumber().orElse(null));
    m.put("date", s.date().toString());
    m.put("address", s.address());
    m.put("kind", s.kind().id());
    return m;
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
    m.put("citation", v.citation().map(RegionsCommand::sourceJson).orElse(null));
    m.put("lead", v.lead().orElse(null));
    m.put("note", v.note().orElse(null));
    m.put("origin", v.origin());
    return m;
  }
}
