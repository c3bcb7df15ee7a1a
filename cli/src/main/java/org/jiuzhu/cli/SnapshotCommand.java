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
    description = {"Show the policy snapshot of a region on a date.",
        "Every parameter in force, the region it is inherited from, its effective dates, status (verified/illustrative) and legal reference."})
final class SnapshotCommand implements Callable<Integer>, OptionChecks {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--region", required = true, paramLabel = "CODE",
      description = "Region code: 6 digits (GB/T 2260), 9 for a township, or 'national'.")
  String region;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date (default: today).")
  LocalDate date = LocalDate.now();

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lang", defaultValue = "zh", description = "Language of the text output: zh or en (default: ${DEFAULT-VALUE}).")
  ScreenCommand.Lang lang;

  @Mixin
  PolicyOptions policyOptions;

  @Override
  public java.util.List<String> optionProblems(org.jiuzhu.core.text.Lang l) {
    return UsageErrors.regionProblem(l, "--region", region).stream().toList();
  }

  @Override
  public Integer call() throws Exception {
    RegionCode code = RegionCode.parse(region); // checked with the other options (optionProblems)
    Policy policy = policyOptions.policy();
    PolicySnapshot s = policy.snapshot(code, date);
    if (s.values().isEmpty()) {
      // before any value (or a chain with none): refused, as the other commands refuse such a date
      org.jiuzhu.core.text.Lang l = CliTexts.lang(lang);
      java.util.Optional<LocalDate> first = s.stableDates().endExclusive();
      throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(CliTexts.MESSAGES.text("error.snapshot.empty",
          regionText(policy, s.region()), date, first.isPresent() ? CliTexts.MESSAGES.text("error.snapshot.empty.first", first.get())
              : CliTexts.MESSAGES.text("error.snapshot.empty.none")));
    }
    // the whole output first, printed only when complete: a failure prints nothing on standard output
    java.io.StringWriter buffer = new java.io.StringWriter();
    PrintWriter built = new PrintWriter(buffer);
    if (format == Format.json) {
      built.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(policy, s)));
    } else {
      text(policy, s, built);
    }
    built.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.print(buffer);
    out.flush();
    return 0;
  }

  /** The region of a snapshot as its header names it, in either language: name and code. */
  private static org.jiuzhu.core.text.Text regionText(Policy policy, RegionCode code) {
    return CliTexts.MESSAGES.text("snapshot.region", new RegionWords(policy, code, org.jiuzhu.core.text.Lang.ZH).toString(),
        new RegionWords(policy, code, org.jiuzhu.core.text.Lang.EN).toString(), CliTexts.regionCode(org.jiuzhu.core.text.Lang.ZH, code),
        CliTexts.regionCode(org.jiuzhu.core.text.Lang.EN, code));
  }

  /** A region's name in one language, as the snapshot's header writes it. */
  private record RegionWords(Policy policy, RegionCode code, org.jiuzhu.core.text.Lang l) {
    @Override
    public String toString() {
      return name(policy, code, l);
    }
  }

  /** The region's name as the header writes it: its own, the national defaults in words, or a township of its county. */
  private static String name(Policy policy, RegionCode code, org.jiuzhu.core.text.Lang l) {
    return policy.region(code).map(r -> RegionsCommand.regionName(l, r))
        .orElseGet(() -> code.equals(RegionCode.NATIONAL) ? CliTexts.get(l, "snapshot.national")
            : CliTexts.get(l, "snapshot.township", code.parent().flatMap(policy::region).map(r -> RegionsCommand.regionName(l, r))
                .orElse("?")));
  }

  static String chain(Policy policy, RegionCode code) {
    return chain(policy, code, org.jiuzhu.core.text.Lang.ZH);
  }

  /**
   * The region's parent chain, each with its code and its name in the chosen language; the national
   * level by its name alone (全国 / National), its code being the same word.
   */
  static String chain(Policy policy, RegionCode code, org.jiuzhu.core.text.Lang l) {
    boolean zh = l == org.jiuzhu.core.text.Lang.ZH;
    return code.chain().stream()
        .map(c -> c.equals(RegionCode.NATIONAL) ? policy.region(c).map(r -> zh ? r.nameZh() : r.nameEn()).orElse(zh ? "全国" : "National")
            : c + policy.region(c).map(r -> " " + (zh ? r.nameZh() : r.nameEn())).orElse(""))
        .collect(Collectors.joining(" → "));
  }

  private void text(Policy policy, PolicySnapshot s, PrintWriter out) {
    org.jiuzhu.core.text.Lang l = CliTexts.lang(lang);
    String name = name(policy, s.region(), l);
    // the national level by its name alone (no "national National"); a region by its code and name
    out.println(CliTexts.get(l, s.region().equals(RegionCode.NATIONAL) ? "snapshot.header.national" : "snapshot.header", name,
        CliTexts.regionCode(l, s.region()), org.jiuzhu.core.text.Messages.date(l, s.date())));
    out.println(CliTexts.get(l, "snapshot.chain", chain(policy, s.region(), l)));
    out.println(CliTexts.get(l, "snapshot.stable", range(l, s.stableDates()), s.fingerprint().substring(0, 16)));
    // the fingerprint a screening notice and screen's output carry (参数指纹), in full, to check one against
    out.println(CliTexts.get(l, "snapshot.parameter-fingerprint", rulebookFingerprint(policy, s)));
    ProvenanceSummary p = s.provenanceSummary();
    out.println(CliTexts.get(l, "snapshot.summary", Integer.toString(p.values()), Integer.toString(p.verified()),
        Integer.toString(p.illustrative()), Integer.toString(p.illustrativeWithLead())));
    p.sources().forEach((src, n) -> out.println(CliTexts.get(l, "snapshot.source", RegionsCommand.sourceText(l, src), n)));
    out.println();
    org.jiuzhu.core.text.TextTable t = new org.jiuzhu.core.text.TextTable(CliTexts.get(l, "snapshot.key"), CliTexts.get(l, "snapshot.label"),
        CliTexts.get(l, "snapshot.value"),
        CliTexts.get(l, "snapshot.unit"), CliTexts.get(l, "snapshot.from"), CliTexts.get(l, "snapshot.effective"),
        CliTexts.get(l, "snapshot.status"), CliTexts.get(l, "snapshot.reference"));
    for (ParameterValue v : s.values()) {
      String unit = "unit." + v.key().unit().name();
      // a key's own unit where its key's unit does not say it (kWh for a count, months for a ratio)
      String shownUnit = org.jiuzhu.rules.cn.ParameterLabels.unit(l, v.key().name())
          .orElseGet(() -> CliTexts.MESSAGES.has(l, unit) ? CliTexts.get(l, unit) : v.key().unit().id());
      // in English the titles in English, the Chinese bracketed after them (core References)
      String reference = org.jiuzhu.core.text.References.render(l, v.legalReference());
      t.row(v.key().name(), org.jiuzhu.rules.cn.ParameterLabels.label(l, v.key()).orElse(""), value(l, v),
          shownUnit, from(policy, l, v.region()), range(l, v.effective()), CliTexts.get(l, "status." + v.status().name().toLowerCase(Locale.ROOT)), reference);
    }
    t.lines().forEach(line -> out.println(line.stripTrailing()));
  }

  /**
   * The rulebook's parameter fingerprint for the snapshot's region and date: the 参数指纹 of a
   * screening notice and of {@code screen}'s output for a household of that region on that date
   * (not {@link PolicySnapshot#fingerprint()}, which covers every value of the snapshot).
   */
  static String rulebookFingerprint(Policy policy, PolicySnapshot s) {
    return org.jiuzhu.rules.cn.CnRulebook.create(policy).parameterFingerprint(s.region(), s.date());
  }

  /** The region a value comes from, by its name (甘肃省 / Gansu Province (甘肃省)); the national defaults in words. */
  private static String from(Policy policy, org.jiuzhu.core.text.Lang l, RegionCode code) {
    if (code.equals(RegionCode.NATIONAL)) {
      return CliTexts.get(l, "snapshot.national");
    }
    return policy.region(code).map(r -> RegionsCommand.regionName(l, r)).orElse(code.toString());
  }

  /** A value as a caseworker reads it: yes/no, a rounding in words, a rounding stage in words; numbers as written. */
  static String value(org.jiuzhu.core.text.Lang l, ParameterValue v) {
    return org.jiuzhu.cli.report.ParameterValues.words(l, v);
  }

  /**
   * A period in words; one open at its start (the stable dates before the first value, whose start
   * is {@link LocalDate#MIN}) reads "until": 至2014年5月1日前 / before 1 May 2014, never the year -999999999.
   */
  static String range(org.jiuzhu.core.text.Lang l, org.jiuzhu.core.time.DateRange r) {
    if (r.startInclusive().equals(LocalDate.MIN)) {
      return r.endExclusive().map(e -> CliTexts.get(l, "snapshot.range.until", org.jiuzhu.core.text.Messages.date(l, e)))
          .orElseGet(() -> CliTexts.get(l, "snapshot.range.always"));
    }
    // dates as screen and plan write them: 2025年1月1日 / 1 January 2025
    return r.endExclusive().map(e -> CliTexts.get(l, "snapshot.range", org.jiuzhu.core.text.Messages.date(l, r.startInclusive()),
            org.jiuzhu.core.text.Messages.date(l, e)))
        .orElseGet(() -> CliTexts.get(l, "snapshot.range.open", org.jiuzhu.core.text.Messages.date(l, r.startInclusive())));
  }

  private static Map<String, Object> json(Policy policy, PolicySnapshot s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("region", s.region().toString());
    m.put("name", policy.region(s.region()).map(Region::nameZh).orElse(null));
    m.put("date", s.date().toString());
    m.put("chain", s.region().chain().stream().map(RegionCode::toString).collect(Collectors.toList()));
    m.put("fingerprint", s.fingerprint());
    m.put("parameterFingerprint", rulebookFingerprint(policy, s));
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
