package org.jiuzhu.examples.stories;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.plan.AidPlan;
import org.jiuzhu.core.plan.PlanItem;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.catalogue.CatalogueScreening;
import org.jiuzhu.rules.catalogue.ProgrammeResult;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.jiuzhu.rules.plan.AidPlanner;

/**
 * The stories of the founding article, each run on a household file of {@code examples/households}:
 * {@code java ... Stories examples/households <story>} prints what jiuzhu decides and plans.
 * Stories: {@code car}, {@code dialysis}, {@code seriously-ill}, {@code back-to-school},
 * {@code craftsman}, {@code job}.
 */
public final class Stories {
  /** The day every story is screened. */
  public static final LocalDate DATE = LocalDate.of(2025, 10, 1);

  private static final Policy POLICY = Policy.installed();
  private static final CatalogueScreener SCREENER = new CatalogueScreener(CnRulebook.create(POLICY), Catalogue.cn());

  private Stories() {}

  /** The household file of a story. */
  public static String file(String story) {
    switch (story) {
      case "car": return "dibao-marginal-car-story.json";
      case "dialysis": return "dialysis-story.json";
      case "seriously-ill": return "seriously-ill-resident.json";
      case "back-to-school": return "boy-back-to-school.json";
      case "craftsman": return "craftsman.json";
      case "job": return "dibao-job-placement.json";
      default: throw new IllegalArgumentException("unknown story '" + story + "'");
    }
  }

  /** Reads a story's household. */
  public static Household household(Path households, String story) throws IOException {
    return HouseholdReader.read(households.resolve(file(story)));
  }

  /** Screens a story's household against the whole catalogue. */
  public static CatalogueScreening screen(Household h) {
    return SCREENER.screen(h, DATE);
  }

  /** Proposes a story's aid plan. */
  public static AidPlan plan(Household h) {
    return new AidPlanner(POLICY).plan(h, screen(h), DATE);
  }

  /** Prints a story. */
  public static void main(String[] args) throws IOException {
    Household h = household(Path.of(args[0]), args[1]);
    CatalogueScreening s = screen(h);
    System.out.println("Story " + args[1] + ": household " + h.id());
    s.byDepartment().forEach((d, results) -> {
      System.out.println("  " + d.nameEn() + " (" + d.nameZh() + ")");
      for (ProgrammeResult r : results) {
        System.out.println("    " + r.programme().nameEn() + ": monthly " + r.monthly() + ", yearly " + r.yearly()
            + ", once " + r.oneOff() + r.quantity().map(q -> ", " + q).orElse(""));
      }
    });
    AidPlan plan = new AidPlanner(POLICY).plan(h, s, DATE);
    System.out.println("  Plan, needs " + plan.needs());
    for (PlanItem i : plan.items()) {
      System.out.println("    " + i.id() + " " + i.type() + " " + i.titleEn() + " -> " + i.targetEn() + " (review " + i.review() + ")");
    }
  }
}
