package org.jiuzhu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Finding;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Screens one household against every programme of the rulebook. */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = {"Evaluate every programme for one household (JSON or YAML, see docs/household-format.md):",
        "outcome, amounts, per-member shares, findings and an explanation to read to the applicant."})
final class ScreenCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--region", paramLabel = "CODE",
      description = "Region code; must match the household's 'region' when both are given.")
  String region;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Date of the application.")
  LocalDate date;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en: language of the explanation (default: ${DEFAULT-VALUE}).")
  Lang lang;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  PolicyOptions policyOptions;

  @Parameters(index = "0", paramLabel = "HOUSEHOLD", description = "The household file (.json, .yaml).")
  Path file;

  enum Lang {
    zh,
    en
  }

  @Override
  public Integer call() throws Exception {
    Household h = HouseholdReader.read(file);
    if (region != null && !RegionCode.parse(region).equals(h.region())) {
      throw new IllegalArgumentException("--region " + region + " differs from the household's region " + h.region()
          + " in " + file);
    }
    Policy policy = policyOptions.policy();
    Screening s = CnRulebook.create(policy).evaluate(h, date);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(s)));
    } else {
      text(policy, s, out);
    }
    out.flush();
    return 0;
  }

  private void text(Policy policy, Screening s, PrintWriter out) {
    String place = policy.region(s.region()).map(Region::nameZh).orElse("");
    out.printf("%s %s · %s %s · %s · %s%n", lang == Lang.zh ? "救助筛查 household" : "Screening of household",
        s.householdId(), s.region(), place, s.date(), CnRulebook.VERSION);
    for (Determination d : s.determinations()) {
      out.println();
      StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-26s %-12s", d.programmeId(), d.outcome()));
      if (d.monthlyAmount().isPositive()) {
        head.append(" monthly ").append(d.monthlyAmount());
      }
      if (d.oneOffAmount().isPositive()) {
        head.append(" one-off ").append(d.oneOffAmount());
      }
      d.level().ifPresent(l -> head.append(" level ").append(l));
      if (!d.memberShares().isEmpty()) {
        head.append(" shares ").append(d.memberShares().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
      }
      d.validUntil().ifPresent(v -> head.append(" valid until ").append(v.minusDays(1)));
      d.nextReview().ifPresent(v -> head.append(" review ").append(v));
      out.println(head.toString().stripTrailing());
      out.println("  " + (lang == Lang.zh ? d.explanationZh() : d.explanationEn()));
      for (Finding f : d.findings()) {
        out.printf("    [%s] %s: %s | %s%n", f.passed() ? "met" : "not met", f.criterionId(),
            lang == Lang.zh ? f.zh() : f.en(), f.legalReference());
      }
    }
    out.println();
    out.println("parameters: " + s.determinations().get(0).parameterFingerprint());
  }

  private static Map<String, Object> json(Screening s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("household", s.householdId());
    m.put("region", s.region().toString());
    m.put("date", s.date().toString());
    m.put("rulebookVersion", CnRulebook.VERSION);
    m.put("parameterFingerprint", s.determinations().get(0).parameterFingerprint());
    List<Map<String, Object>> ds = new ArrayList<>();
    for (Determination d : s.determinations()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("programme", d.programmeId());
      j.put("outcome", d.outcome().name());
      j.put("level", d.level().map(Enum::name).orElse(null));
      j.put("reviewReason", d.reviewReason().orElse(null));
      j.put("monthlyAmount", d.monthlyAmount().toString());
      j.put("oneOffAmount", d.oneOffAmount().toString());
      Map<String, String> shares = new LinkedHashMap<>();
      d.memberShares().forEach((k, v) -> shares.put(k, v.toString()));
      j.put("memberShares", shares);
      j.put("details", d.details());
      j.put("validFrom", d.validFrom().map(LocalDate::toString).orElse(null));
      j.put("validUntil", d.validUntil().map(LocalDate::toString).orElse(null));
      j.put("nextReview", d.nextReview().map(LocalDate::toString).orElse(null));
      j.put("explanation", Map.of("zh", d.explanationZh(), "en", d.explanationEn()));
      List<Map<String, Object>> fs = new ArrayList<>();
      for (Finding f : d.findings()) {
        Map<String, Object> fj = new LinkedHashMap<>();
        fj.put("criterion", f.criterionId());
        fj.put("passed", f.passed());
        fj.put("actual", f.actual());
        fj.put("threshold", f.threshold());
        fj.put("reference", f.legalReference());
        fj.put("zh", f.zh());
        fj.put("en", f.en());
        fs.add(fj);
      }
      j.put("findings", fs);
      j.put("rulebookVersion", d.rulebookVersion());
      j.put("parameterFingerprint", d.parameterFingerprint());
      ds.add(j);
    }
    m.put("determinations", ds);
    return m;
  }
}
