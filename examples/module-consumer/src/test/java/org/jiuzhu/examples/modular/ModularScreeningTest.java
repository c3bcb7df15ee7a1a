package org.jiuzhu.examples.modular;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.cn.CnRulebook;
import org.junit.jupiter.api.Test;

/** Runs on the module path: jiuzhu's modules are named, services resolve through `provides`, internals stay closed. */
final class ModularScreeningTest {
  @Test
  void runsAsNamedModules() {
    assertThat(ModularScreening.class.getModule().getName()).isEqualTo("org.jiuzhu.examples.modular");
    assertThat(CnRulebook.class.getModule().getName()).isEqualTo("org.jiuzhu.rules");
    assertThat(Money.class.getModule().getName()).isEqualTo("org.jiuzhu.core");
  }

  @Test
  void findsThePolicyModuleThroughProvides() {
    assertThat(Policy.installed().moduleIds()).containsExactly("org.jiuzhu.cn");
  }

  @Test
  void screensThroughExportedApiOnly() {
    Determination d = ModularScreening.dibao();
    assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(d.monthlyAmount()).isEqualTo(Money.parse("470.00"));
  }

  @Test
  void exportsTheApiAndNothingElse() {
    Module core = Money.class.getModule();
    assertThat(core.getDescriptor().exports()).extracting(e -> e.source()).containsExactlyInAnyOrder(
        "org.jiuzhu.core.eligibility", "org.jiuzhu.core.household", "org.jiuzhu.core.money", "org.jiuzhu.core.monitoring",
        "org.jiuzhu.core.plan", "org.jiuzhu.core.policy",
        "org.jiuzhu.core.region", "org.jiuzhu.core.review", "org.jiuzhu.core.text", "org.jiuzhu.core.time", "org.jiuzhu.core.validation");
    assertThat(core.isExported("org.jiuzhu.core.style")).isFalse();
    assertThat(CnRulebook.class.getModule().getDescriptor().provides()).singleElement()
        .satisfies(p -> assertThat(p.providers()).containsExactly("org.jiuzhu.rules.cn.CnPolicyModule"));
  }
}
