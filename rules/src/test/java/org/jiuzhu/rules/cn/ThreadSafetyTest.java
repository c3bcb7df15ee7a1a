package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.synthetic.HouseholdGenerator;
import org.junit.jupiter.api.Test;

/** Sixteen threads screening against one shared rulebook and policy give exactly the sequential results. */
final class ThreadSafetyTest {
  @Test
  void sixteenThreadsAgreeWithOne() throws Exception {
    LocalDate date = LocalDate.of(2025, 10, 1);
    List<RegionCode> regions = List.of("620825", "230300", "330105", "150602", "610630").stream().map(RegionCode::parse).toList();
    HouseholdGenerator g = new HouseholdGenerator(1616, regions, date);
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      households.add(g.next());
    }
    List<Screening> sequential = new ArrayList<>();
    CnRulebook alone = CnRulebook.create(Policy.installed());
    for (Household h : households) {
      sequential.add(alone.evaluate(h, date));
    }

    // a fresh rulebook, so that the threads also race to resolve and cache the parameters
    CnRulebook shared = CnRulebook.create(Policy.installed());
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<List<Screening>>> futures = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        final int offset = t * 250;
        futures.add(pool.submit(() -> {
          List<Screening> out = new ArrayList<>();
          for (int i = 0; i < households.size(); i++) {
            Household h = households.get((i + offset) % households.size());
            out.add(i % 2 == 0 ? shared.evaluate(h, date) : shared.evaluateFast(h, date));
          }
          return out;
        }));
      }
      for (int t = 0; t < 16; t++) {
        List<Screening> results = futures.get(t).get();
        for (int i = 0; i < results.size(); i++) {
          int index = (i + t * 250) % households.size();
          Screening expected = sequential.get(index);
          Screening actual = results.get(i);
          assertThat(actual.equalsIgnoringExplanation(expected)).as("thread %s household %s", t, index).isTrue();
          if (i % 2 == 0) {
            assertThat(actual.determinations()).as("thread %s household %s", t, index).isEqualTo(expected.determinations());
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
