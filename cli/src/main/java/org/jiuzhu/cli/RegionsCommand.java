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
    description = {"List the known regions, their parent chains and how many of their values are verified.",
        "For each: the parent chain, how many of its own values are verified or illustrative, how many illustrative values have a lead, and the official sources of the verified ones."})
final class RegionsCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lang", defaultValue = "zh", description = "Language of the text output: zh or en (default: ${DEFAULT-VALUE}).")
  ScreenCommand.Lang lang;

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
      org.jiuzhu.core.text.Lang l = CliTexts.lang(lang);
      out.println(CliTexts.get(l, "regions.header", policy.regions().size(), CliTexts.list(l, policy.moduleIds())));
      out.println();
      org.jiuzhu.core.text.TextTable t = new org.jiuzhu.core.text.TextTable(CliTexts.get(l, "regions.code"),
          CliTexts.get(l, "regions.level"), CliTexts.get(l, "regions.verified"), CliTexts.get(l, "regions.illustrative"),
          CliTexts.get(l, "regions.leads"), CliTexts.get(l, "regions.name")).rightAlign(2, 3, 4);
      List<String> lines = new ArrayList<>();
      int verified = 0;
      int all = 0;
      Map<Source, Integer> sources = new LinkedHashMap<>();
      List<List<String>> sourceLines = new ArrayList<>();
      for (Region r : policy.regions().values()) {
        ProvenanceSummary p = ProvenanceSummary.of(own(policy, r.code()));
        verified += p.verified();
        all += p.values();
        p.sources().forEach((src, n) -> sources.merge(src, n, Integer::sum));
        t.row(CliTexts.regionCode(l, r.code()), level(l, r.level().name()), Integer.toString(p.verified()), Integer.toString(p.illustrative()),
            Integer.toString(p.illustrativeWithLead()), regionName(l, r) + " · " + SnapshotCommand.chain(policy, r.code(), l));
        List<String> sl = new ArrayList<>();
        p.sources().forEach((src, n) -> sl.add(CliTexts.get(l, "regions.source", sourceText(l, src), n)));
        sourceLines.add(sl);
      }
      List<String> table = t.lines();
      out.println(table.get(0));
      for (int i = 1; i < table.size(); i++) {
        out.println(table.get(i));
        sourceLines.get(i - 1).forEach(out::println);
      }
      out.println();
      out.println(CliTexts.get(l, "regions.total", all, verified, sources.size()));
      out.println(CliTexts.get(l, "regions.note"));
    }
    out.flush();
    return 0;
  }

  /** A region's level in words. */
  static String level(org.jiuzhu.core.text.Lang l, String level) {
    return CliTexts.MESSAGES.has(l, "level." + level) ? CliTexts.get(l, "level." + level) : level.toLowerCase(Locale.ROOT);
  }

  /** A region's name: Chinese in Chinese text; English with the Chinese bracketed in English text. */
  static String regionName(org.jiuzhu.core.text.Lang l, Region r) {
    return l == org.jiuzhu.core.text.Lang.ZH ? r.nameZh() : r.nameEn() + " (" + r.nameZh() + ")";
  }

  /** An official source in the chosen language: issuer《title》number, date, kind in words, address (Chinese bracketed in English; the address percent-encoded there). */
  static String sourceText(org.jiuzhu.core.text.Lang l, Source s) {
    String kind = "source.kind." + s.kind().id();
    return CliTexts.get(l, "source.text", s.issuer(), s.title(),
        // a document number is bracketed with the title in English; its English notes are rendered in Chinese
        l == org.jiuzhu.core.text.Lang.ZH ? org.jiuzhu.core.text.References.render(l, s.documentNumber().orElse(""))
            : s.documentNumber().orElse(""), org.jiuzhu.core.text.Messages.date(l, s.date()),
        CliTexts.MESSAGES.has(l, kind) ? CliTexts.get(l, kind) : s.kind().id(),
        l == org.jiuzhu.core.text.Lang.ZH ? s.address() : ascii(s.address()));
  }

  /** An address with every non-ASCII character percent-encoded (UTF-8), as a browser copies it. */
  static String ascii(String address) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < address.length(); ) {
      int cp = address.codePointAt(i);
      if (cp < 128) {
        b.append((char) cp);
      } else {
        for (byte x : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          b.append('%').append(String.format(Locale.ROOT, "%02X", x & 0xff));
        }
      }
      i += Character.charCount(cp);
    }
    return b.toString();
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
