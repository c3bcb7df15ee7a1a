package org.jiuzhu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.plan.AidPlan;
import org.jiuzhu.core.plan.PlanItem;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.jiuzhu.rules.plan.AidPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Proposes an aid plan (一户一策) for one household. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {"Propose an aid plan (一户一策) for one household: its needs, and items of cash, services, in-kind help,",
        "development measures and referrals, each with department, quantity, frequency, start, review and target."})
final class PlanCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Date of the plan.")
  LocalDate date;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
  ScreenCommand.Lang lang;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  PolicyOptions policyOptions;

  @Parameters(index = "0", paramLabel = "HOUSEHOLD", description = "The household file (.json, .yaml).")
  Path file;

  @Option(names = "--record", paramLabel = "FILE",
      description = "Deliveries and evaluations so far (YAML or JSON list, see docs/plans.md); the plan's status is printed.")
  Path recordFile;

  @Option(names = "--status-date", paramLabel = "YYYY-MM-DD", description = "Date of the status (default: the plan date).")
  LocalDate statusDate;

  @Override
  public Integer call() throws Exception {
    Household h = HouseholdReader.read(file);
    Policy policy = policyOptions.policy();
    AidPlan plan = new AidPlanner(policy).plan(h,
        new CatalogueScreener(CnRulebook.create(policy), Catalogue.cn()).screen(h, date), date);
    PrintWriter out = spec.commandLine().getOut();
    boolean zh = lang == ScreenCommand.Lang.zh;
    AidPlan.Status status = null;
    if (recordFile != null) {
      PlanRecordFile.apply(plan, recordFile);
      status = plan.status(statusDate == null ? date : statusDate);
    }
    if (format == Format.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("household", plan.householdId());
      m.put("date", plan.date().toString());
      m.put("needs", plan.needs().stream().map(Enum::name).toList());
      List<Map<String, Object>> items = new ArrayList<>();
      for (PlanItem i : plan.items()) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", i.id());
        j.put("type", i.type().name());
        j.put("programme", i.programmeId().orElse(null));
        j.put("department", i.department());
        j.put("title", Map.of("zh", i.titleZh(), "en", i.titleEn()));
        j.put("members", i.members());
        j.put("amount", i.amount().toString());
        j.put("quantity", i.quantity());
        j.put("unit", i.unit());
        j.put("frequency", i.frequency().name());
        j.put("start", i.start().toString());
        j.put("review", i.review().toString());
        j.put("target", Map.of("zh", i.targetZh(), "en", i.targetEn()));
        items.add(j);
      }
      m.put("items", items);
      if (status != null) {
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("date", status.date().toString());
        st.put("deliveredShare", status.deliveredShare().toPlainString());
        st.put("overdue", status.overdue().stream().map(PlanItem::id).toList());
        st.put("targetsMet", status.targetsMet());
        st.put("targetsMissed", status.targetsMissed());
        List<Map<String, Object>> per = new ArrayList<>();
        for (AidPlan.ItemStatus i : status.items()) {
          per.add(Map.of("id", i.item().id(), "expected", i.expected(), "delivered", i.delivered(), "overdue", i.overdue()));
        }
        st.put("items", per);
        m.put("status", st);
      }
      m.put("record", plan.record().toLines());
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
    } else {
      out.println((zh ? "一户一策 援助计划：" : "Aid plan (一户一策) for household ") + plan.householdId() + " · " + plan.date());
      out.println((zh ? "需求：" : "Needs: ") + plan.needs());
      for (PlanItem i : plan.items()) {
        StringBuilder sb = new StringBuilder("  ").append(i.id()).append(" [").append(i.type()).append("] ")
            .append(zh ? i.titleZh() : i.titleEn()).append(" · ").append(i.department());
        if (i.amount().isPositive()) {
          sb.append(" · ").append(i.amount()).append(zh ? " 元" : " yuan");
        }
        sb.append(" · ").append(i.quantity()).append(' ').append(i.unit()).append(' ').append(i.frequency());
        if (!i.members().isEmpty()) {
          sb.append(" · ").append(String.join(",", i.members()));
        }
        sb.append(" · ").append(i.start()).append(" → ").append(zh ? "复核 " : "review ").append(i.review());
        sb.append(" · ").append(zh ? "目标：" : "target: ").append(zh ? i.targetZh() : i.targetEn());
        out.println(sb);
      }
      if (status != null) {
        out.println((zh ? "执行情况 " : "Status on ") + status.date() + (zh ? "：已交付 " : ": delivered ")
            + status.deliveredShare().movePointRight(2).stripTrailingZeros().toPlainString() + "%"
            + (zh ? "，逾期 " : ", overdue ") + status.overdue().stream().map(PlanItem::id).toList()
            + (zh ? "，目标达成 " : ", targets met ") + status.targetsMet()
            + (zh ? "，未达成 " : ", missed ") + status.targetsMissed());
      }
    }
    out.flush();
    return 0;
  }
}
