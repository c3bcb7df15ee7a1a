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
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.catalogue.CatalogueScreening;
import org.jiuzhu.rules.catalogue.Document;
import org.jiuzhu.rules.catalogue.ProgrammeResult;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.jiuzhu.cli.report.ScreeningNotice;
import org.jiuzhu.cli.report.Texts;
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

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the screening notice to hand to the applicant: printable A4 HTML, in --lang (docs/reports.md).")
  Path report;

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
    CatalogueScreening c = new CatalogueScreener(CnRulebook.create(policy), Catalogue.cn()).screen(h, date);
    Screening s = c.rulebook();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      Map<String, Object> json = json(s);
      json.put("catalogue", catalogueJson(c));
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    } else {
      catalogueText(c, out);
      out.println();
      out.println(lang == Lang.zh ? "—— 救助规则明细 Rulebook details ——" : "—— Rulebook details ——");
      text(policy, s, out);
    }
    out.flush();
    if (report != null) {
      ScreeningNotice.page(Texts.of(lang == Lang.zh), h, c, policy).write(report);
    }
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

  private void catalogueText(CatalogueScreening c, PrintWriter out) {
    boolean zh = lang == Lang.zh;
    out.println(zh ? "一件事一次办：可享受的项目（按部门）" : "One application, every programme: what the household gets, by department");
    c.byDepartment().forEach((dept, results) -> {
      out.println("  " + (zh ? dept.nameZh() : dept.nameEn() + " (" + dept.nameZh() + ")"));
      for (ProgrammeResult r : results) {
        StringBuilder line = new StringBuilder("    - ").append(zh ? r.programme().nameZh() : r.programme().nameEn())
            .append(" [").append(r.programme().id()).append(", ").append(r.programme().kind()).append("]");
        if (r.monthly().isPositive()) {
          line.append(zh ? " 每月 " : " monthly ").append(r.monthly());
        }
        if (r.yearly().isPositive()) {
          line.append(zh ? " 每年 " : " yearly ").append(r.yearly());
        }
        if (r.oneOff().isPositive()) {
          line.append(zh ? " 一次性 " : " one-off ").append(r.oneOff());
        }
        r.quantity().ifPresent(q -> line.append(" ").append(q));
        if (!r.members().isEmpty()) {
          line.append(zh ? " 成员 " : " members ").append(String.join(",", r.members()));
        }
        out.println(line);
      }
    });
    out.printf(zh ? "  合计：每月 %s 元，每年 %s 元，一次性 %s 元%n" : "  Total: %s yuan a month, %s a year, %s once%n",
        c.totalMonthly(), c.totalYearly(), c.totalOneOff());
    out.println(zh ? "需要提交的材料（一次提交）：" : "Documents to bring (once):");
    for (Document d : c.checklist()) {
      out.println("    - " + (zh ? d.nameZh() : d.nameEn()));
    }
    out.println(zh ? "未能享受的项目及原因：" : "Programmes not granted, and why:");
    for (ProgrammeResult r : c.notGranted()) {
      List<String> reasons = zh ? r.reasonsZh() : r.reasonsEn();
      out.println("    - " + (zh ? r.programme().nameZh() : r.programme().nameEn()) + " [" + r.outcome() + "]: "
          + String.join(" ", reasons) + r.nearMiss().map(n -> (zh ? " （接近标准：" : " (near miss: ") + n + (zh ? "）" : ")")).orElse(""));
    }
  }

  private static List<Map<String, Object>> catalogueJson(CatalogueScreening c) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ProgrammeResult r : c.results()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("programme", r.programme().id());
      j.put("department", r.programme().department().id());
      j.put("kind", r.programme().kind().name());
      j.put("outcome", r.outcome().name());
      j.put("members", r.members());
      j.put("monthly", r.monthly().toString());
      j.put("yearly", r.yearly().toString());
      j.put("oneOff", r.oneOff().toString());
      j.put("quantity", r.quantity().orElse(null));
      j.put("reasons", Map.of("zh", r.reasonsZh(), "en", r.reasonsEn()));
      j.put("nearMiss", r.nearMiss().orElse(null));
      j.put("documents", r.programme().documents().stream().map(Document::id).collect(Collectors.toList()));
      out.add(j);
    }
    return out;
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
