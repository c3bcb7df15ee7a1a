package org.jiuzhu.rules.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jiuzhu.core.household.BusinessRegistration;
import org.jiuzhu.core.household.CurrentBenefit;
import org.jiuzhu.core.household.Expenditure;
import org.jiuzhu.core.household.FinancialAsset;
import org.jiuzhu.core.household.Home;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.Illness;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.household.IncomeTag;
import org.jiuzhu.core.household.LifeEvent;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.NonResidentialProperty;
import org.jiuzhu.core.household.SupporterCondition;
import org.jiuzhu.core.household.Supporter;
import org.jiuzhu.core.household.Vehicle;

/**
 * Writes a household in the format {@link HouseholdReader} reads ({@code docs/household-format.md}):
 * reading what was written gives an equal household. Each income and expenditure item is written
 * with its own {@code month}. The output holds personal data (names, ID numbers) when the
 * household does: it is a data file, never a log.
 *
 * @since 0.1.0
 */
public final class HouseholdWriter {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private HouseholdWriter() {}

  /** The household as one line of JSON (for a JSON-lines file). */
  public static String toJsonLine(Household h) {
    try {
      return JSON.writeValueAsString(toTree(h));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The household as a JSON tree. */
  public static ObjectNode toTree(Household h) {
    ObjectNode o = F.objectNode();
    o.put("id", h.id());
    o.put("region", h.region().toString());
    o.put("applicant", h.applicantId());
    ArrayNode members = o.putArray("members");
    for (Member m : h.members()) {
      members.add(member(m));
    }
    ArrayNode incomes = array(o, "incomes", h.incomes().size());
    for (IncomeItem i : h.incomes()) {
      ObjectNode x = incomes.addObject();
      x.put("member", i.memberId());
      x.put("category", i.category().name());
      x.put("month", i.month().toString());
      x.put("gross", i.gross().toString());
      if (i.deductions().isPositive()) {
        x.put("deductions", i.deductions().toString());
      }
      if (!i.tags().isEmpty()) {
        ArrayNode tags = x.putArray("tags");
        for (IncomeTag t : i.tags()) {
          tags.add(t.name());
        }
      }
      i.description().ifPresent(d -> x.put("description", d));
    }
    ArrayNode assets = array(o, "financialAssets", h.financialAssets().size());
    for (FinancialAsset a : h.financialAssets()) {
      ObjectNode x = assets.addObject();
      owner(x, a.ownerMemberId());
      x.put("type", a.type().name());
      x.put("value", a.value().toString());
      if (a.earmarkedForMajorIllness()) {
        x.put("earmarkedForMajorIllness", true);
      }
      a.earmarkedUntil().ifPresent(d -> x.put("earmarkedUntil", d.toString()));
    }
    ArrayNode vehicles = array(o, "vehicles", h.vehicles().size());
    for (Vehicle v : h.vehicles()) {
      ObjectNode x = vehicles.addObject();
      owner(x, v.ownerMemberId());
      x.put("type", v.type().name());
      x.put("use", v.use().name());
      x.put("value", v.value().toString());
    }
    ArrayNode homes = array(o, "homes", h.homes().size());
    for (Home v : h.homes()) {
      ObjectNode x = homes.addObject();
      owner(x, v.ownerMemberId());
      x.put("floorArea", v.floorArea().toPlainString());
      v.value().ifPresent(m -> x.put("value", m.toString()));
      x.put("livedIn", v.livedIn());
      if (v.unsafe()) {
        x.put("unsafe", true); // written only when recorded: an older reader knows the rest
      }
    }
    ArrayNode others = array(o, "nonResidentialProperties", h.nonResidentialProperties().size());
    for (NonResidentialProperty v : h.nonResidentialProperties()) {
      ObjectNode x = others.addObject();
      owner(x, v.ownerMemberId());
      x.put("type", v.type().name());
      v.area().ifPresent(a -> x.put("area", a.toPlainString()));
      v.value().ifPresent(m -> x.put("value", m.toString()));
      x.put("onlyDwelling", v.onlyDwelling());
    }
    ArrayNode businesses = array(o, "businesses", h.businesses().size());
    for (BusinessRegistration v : h.businesses()) {
      ObjectNode x = businesses.addObject();
      owner(x, v.ownerMemberId());
      x.put("type", v.type().name());
      x.put("employees", v.employees());
      v.registeredCapital().ifPresent(m -> x.put("registeredCapital", m.toString()));
      x.put("active", v.active());
    }
    ArrayNode spending = array(o, "expenditures", h.expenditures().size());
    for (Expenditure e : h.expenditures()) {
      ObjectNode x = spending.addObject();
      e.memberId().ifPresent(m -> x.put("member", m));
      x.put("category", e.category().name());
      x.put("month", e.month().toString());
      x.put("amount", e.amount().toString());
      if (e.grantsReceived().isPositive()) {
        x.put("grantsReceived", e.grantsReceived().toString());
      }
    }
    ArrayNode events = array(o, "events", h.events().size());
    for (LifeEvent e : h.events()) {
      ObjectNode x = events.addObject();
      x.put("date", e.date().toString());
      x.put("type", e.type().name());
      e.memberId().ifPresent(m -> x.put("member", m));
      e.amount().ifPresent(m -> x.put("amount", m.toString()));
      e.description().ifPresent(d -> x.put("description", d));
    }
    ArrayNode benefits = array(o, "currentBenefits", h.currentBenefits().size());
    for (CurrentBenefit b : h.currentBenefits()) {
      ObjectNode x = benefits.addObject();
      x.put("programme", b.programmeId());
      x.put("since", b.since().toString());
      b.memberId().ifPresent(m -> x.put("member", m));
    }
    return o;
  }

  private static ArrayNode array(ObjectNode o, String field, int size) {
    return size == 0 ? F.arrayNode() : o.putArray(field);
  }

  private static void owner(ObjectNode x, Optional<String> owner) {
    owner.ifPresent(m -> x.put("owner", m));
  }

  private static ObjectNode member(Member m) {
    ObjectNode x = F.objectNode();
    x.put("id", m.id());
    m.citizenId().ifPresent(c -> x.put("citizenId", c.unmasked()));
    m.name().ifPresent(n -> x.put("name", n));
    x.put("relationship", m.relationship().name());
    x.put("birthDate", m.birthDate().toString());
    m.sex().ifPresent(s -> x.put("sex", s.name()));
    x.put("hukouType", m.hukouType().name());
    x.put("hukouRegion", m.hukouRegion().toString());
    m.disability().ifPresent(d -> {
      ObjectNode dn = x.putObject("disability");
      dn.put("category", d.category().name());
      dn.put("grade", d.grade());
    });
    m.selfCare().ifPresent(s -> {
      ObjectNode sn = x.putObject("selfCare");
      sn.put("eating", s.eating());
      sn.put("dressing", s.dressing());
      sn.put("bedTransfer", s.bedTransfer());
      sn.put("toileting", s.toileting());
      sn.put("indoorWalking", s.indoorWalking());
      sn.put("bathing", s.bathing());
    });
    if (!m.illnesses().isEmpty()) {
      ArrayNode ill = x.putArray("illnesses");
      for (Illness i : m.illnesses()) {
        ObjectNode in = ill.addObject();
        in.put("description", i.description());
        i.icd10().ifPresent(c -> in.put("icd10", c));
        in.put("major", i.major());
        in.put("chronic", i.chronic());
        in.put("dialysisSessionsPerWeek", i.dialysisSessionsPerWeek());
      }
    }
    x.put("workStatus", m.workStatus().name());
    m.workCapacity().ifPresent(w -> x.put("workCapacity", w.name()));
    x.put("schooling", m.schooling().name());
    m.pensionScheme().ifPresent(v -> x.put("pensionScheme", v.name()));
    m.medicalScheme().ifPresent(v -> x.put("medicalScheme", v.name()));
    m.absence().ifPresent(a -> {
      ObjectNode an = x.putObject("absence");
      an.put("reason", a.reason().name());
      an.put("since", a.since().toString());
    });
    if (!m.supporters().isEmpty()) {
      ArrayNode sup = x.putArray("supporters");
      for (Supporter s : m.supporters()) {
        ObjectNode sn = sup.addObject();
        s.memberId().ifPresent(id -> sn.put("member", id));
        s.relationship().ifPresent(r -> sn.put("relationship", r.name()));
        sn.put("birthDate", s.birthDate().toString());
        if (!s.conditions().isEmpty()) {
          ArrayNode c = sn.putArray("conditions");
          for (SupporterCondition sc : s.conditions()) {
            c.add(sc.name());
          }
        }
        s.annualIncome().ifPresent(a -> sn.put("annualIncome", a.toString()));
        s.assetsWithinLowIncomeRules().ifPresent(a -> sn.put("assetsWithinLowIncomeRules", a));
      }
    }
    if (m.orphan()) {
      x.put("orphan", true);
    }
    if (m.consecutiveRefusedJobOffers() > 0) {
      x.put("refusedJobOffers", m.consecutiveRefusedJobOffers());
    }
    m.carePlacement().ifPresent(c -> x.put("carePlacement", c.name()));
    return x;
  }
}
