package org.jiuzhu.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.time.DateRange;
import org.jiuzhu.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

final class PolicyTest {
  static final ParameterKey<Money> STANDARD =
      ParameterKey.money("dibao.standard.rural", Unit.CNY_PER_PERSON_MONTH, "rural 低保 standard");
  static final ParameterKey<BigDecimal> MULTIPLE = ParameterKey.ratio("marginal.income-multiple", "marginal multiple");
  static final ParameterKey<Integer> NOTICE = ParameterKey.integer("process.public-notice-days", Unit.DAYS, "公示");

  static final RegionCode NATIONAL = RegionCode.NATIONAL;
  static final RegionCode GANSU = RegionCode.parse("620000");
  static final RegionCode PINGLIANG = RegionCode.parse("620800");
  static final RegionCode ZHUANGLANG = RegionCode.parse("620825");
  static final RegionCode TOWNSHIP = RegionCode.parse("620825100");

  static final LocalDate JAN1 = LocalDate.of(2025, 1, 1);
  static final LocalDate JUL1 = LocalDate.of(2025, 7, 1);

  static ParameterValue value(ParameterKey<?> key, RegionCode region, DateRange range, Object value) {
    return ParameterValue.builder(key).region(region).effective(range).value(value)
        .legalReference("test").status(ParameterStatus.ILLUSTRATIVE).origin("test:" + region).build();
  }

  static PolicyModule module(String id, List<Region> regions, List<ParameterValue> values) {
    return new PolicyModule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<Region> regions() {
        return regions;
      }

      @Override
      public List<ParameterValue> values() {
        return values;
      }
    };
  }

  static final List<Region> GANSU_REGIONS = ImmutableList.of(
      Region.of(GANSU, "甘肃省", "Gansu"), Region.of(PINGLIANG, "平凉市", "Pingliang"),
      Region.of(ZHUANGLANG, "庄浪县", "Zhuanglang"));

  /** National notice days; Gansu sets the multiple; Pingliang the standard; Zhuanglang its own standard from July. */
  static Policy policy() {
    return Policy.builder()
        .add(module("national", ImmutableList.of(), ImmutableList.of(
            value(NOTICE, NATIONAL, DateRange.from(JAN1), 7),
            value(MULTIPLE, NATIONAL, DateRange.from(JAN1), new BigDecimal("1.5")))))
        .add(module("gansu", GANSU_REGIONS, ImmutableList.of(
            value(MULTIPLE, GANSU, DateRange.from(JAN1), new BigDecimal("2")),
            value(STANDARD, PINGLIANG, DateRange.from(JAN1), Money.parse("600")),
            value(STANDARD, ZHUANGLANG, DateRange.from(JUL1), Money.parse("650")))))
        .build();
  }

  static final ParameterKey<Integer> PARTIAL = ParameterKey.integer("tekun.care.partial-min-failed-items", Unit.COUNT, "partial");
  static final ParameterKey<Integer> FULL = ParameterKey.integer("tekun.care.full-min-failed-items", Unit.COUNT, "full");

  /** A national module declaring full ≥ partial, with partial 1 and full 4. */
  static PolicyModule careModule() {
    PolicyModule plain = module("national", GANSU_REGIONS, ImmutableList.of(
        value(PARTIAL, NATIONAL, DateRange.from(JAN1), 1), value(FULL, NATIONAL, DateRange.from(JAN1), 4)));
    return new PolicyModule() {
      @Override
      public String id() {
        return plain.id();
      }

      @Override
      public List<Region> regions() {
        return plain.regions();
      }

      @Override
      public List<ParameterValue> values() {
        return plain.values();
      }

      @Override
      public List<ParameterOrder> orders() {
        return List.of(new ParameterOrder(FULL.name(), PARTIAL.name()));
      }
    };
  }

  @Test
  void anOrderIsCheckedOnTheValuesAsTheyApplyOnceOverHighestRegionFirst() {
    Policy base = Policy.builder().add(careModule()).build();
    assertThat(base.orders()).containsExactly(new ParameterOrder(FULL.name(), PARTIAL.name()));
    // Gansu raises partial care to 5 from July, alone: broken in Gansu, said once (not for Pingliang and Zhuanglang too)
    PolicyException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> base.toBuilder()
        .override(module("gansu", ImmutableList.of(), ImmutableList.of(value(PARTIAL, GANSU, DateRange.from(JUL1), 5))))
        .build(), PolicyException.class);
    assertThat(e.getMessage(org.jiuzhu.core.text.Lang.EN)).isEqualTo("policy modules [national, gansu] cannot be combined: 1 problem\n"
        + "  - region 620000 Gansu from 1 July 2025: tekun.care.full-min-failed-items is 4 (national, test:national), below"
        + " tekun.care.partial-min-failed-items, which is 5 (620000 Gansu, test:620000); expected at least that where they apply"
        + " together");
    assertThat(e.getMessage(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("政策模块 national、gansu 无法合并：1 个问题\n"
        + "  - 地区 620000 甘肃省 自2025年7月1日起：tekun.care.full-min-failed-items 的取值 4（全国，test:national）小于"
        + " tekun.care.partial-min-failed-items 的取值 5（620000 甘肃省，test:620000）；合并后前者应不小于后者");
    // Zhuanglang then gives full care from 5: in order for it, still broken for the rest of Gansu
    assertThatThrownBy(() -> base.toBuilder()
        .override(module("gansu", ImmutableList.of(), ImmutableList.of(value(PARTIAL, GANSU, DateRange.from(JUL1), 5),
            value(FULL, ZHUANGLANG, DateRange.from(JAN1), 5))))
        .build()).isInstanceOf(PolicyException.class).hasMessageContaining("1 problem").hasMessageContaining("region 620000 Gansu");
    // both raised together: built, and the order is kept for the next override
    Policy both = base.toBuilder().override(module("gansu", ImmutableList.of(), ImmutableList.of(
        value(PARTIAL, GANSU, DateRange.from(JUL1), 5), value(FULL, GANSU, DateRange.from(JUL1), 5)))).build();
    assertThat(both.orders()).hasSize(1);
    assertThatThrownBy(() -> both.toBuilder().override(module("county", ImmutableList.of(), ImmutableList.of(
        value(FULL, ZHUANGLANG, DateRange.from(JAN1), 4)))).build())
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("region 620825 Zhuanglang from 1 July 2025: tekun.care.full-min-failed-items is 4 (620825 Zhuanglang,"
            + " test:620825), below tekun.care.partial-min-failed-items, which is 5 (620000 Gansu, test:620000)");
  }

  @Test
  void aTownshipResolvesFromEachLevelAbove() {
    PolicySnapshot s = policy().snapshot(TOWNSHIP, LocalDate.of(2025, 10, 1));
    assertThat(s.get(STANDARD)).isEqualTo(Money.parse("650")); // county
    assertThat(s.get(MULTIPLE)).isEqualByComparingTo("2"); // province beats national
    assertThat(s.get(NOTICE)).isEqualTo(7); // national
    assertThat(s.provenance(STANDARD).orElseThrow().region()).isEqualTo(ZHUANGLANG);
    assertThat(s.provenance(MULTIPLE).orElseThrow().region()).isEqualTo(GANSU);
    assertThat(s.provenance(NOTICE).orElseThrow().region()).isEqualTo(NATIONAL);
  }

  @Test
  void aRegionsOwnValueWinsFromItsEffectiveDateAndNotTheDayBefore() {
    Policy p = policy();
    assertThat(p.snapshot(ZHUANGLANG, JUL1.minusDays(1)).get(STANDARD)).isEqualTo(Money.parse("600"));
    assertThat(p.snapshot(ZHUANGLANG, JUL1.minusDays(1)).provenance(STANDARD).orElseThrow().region()).isEqualTo(PINGLIANG);
    assertThat(p.snapshot(ZHUANGLANG, JUL1).get(STANDARD)).isEqualTo(Money.parse("650"));
    assertThat(p.snapshot(TOWNSHIP, JUL1.minusDays(1)).get(STANDARD)).isEqualTo(Money.parse("600"));
    assertThat(p.snapshot(TOWNSHIP, JUL1).get(STANDARD)).isEqualTo(Money.parse("650"));
    // a sibling county keeps the prefecture's value
    assertThat(p.snapshot(PINGLIANG, JUL1).get(STANDARD)).isEqualTo(Money.parse("600"));
  }

  @Test
  void beforeTheFirstValueNothingIsInForce() {
    PolicySnapshot s = policy().snapshot(ZHUANGLANG, JAN1.minusDays(1));
    assertThat(s.find(STANDARD)).isEmpty();
    assertThatThrownBy(() -> s.get(STANDARD))
        .isInstanceOf(MissingParameterException.class)
        .hasMessage("no value of dibao.standard.rural (CNY/person/month) is in force for region 620825 Zhuanglang on 31 December 2024:"
            + " it has values only from 1 January 2025; searched 620825 → 620800 → 620000 → national — add a value to the region's"
            + " policy file or to the national defaults");
  }

  /** The message in either language names the key, the region, the date, the dates with values and the regions searched. */
  @Test
  void aMissingValueSaysWhenTheKeyHasValuesInBothLanguages() {
    ParameterKey<Integer> closed = ParameterKey.integer("process.review-days", Unit.DAYS, "review");
    Policy p = Policy.builder()
        .add(module("gansu", GANSU_REGIONS, ImmutableList.of(
            value(closed, GANSU, DateRange.of(JAN1, JUL1), 10),
            value(closed, ZHUANGLANG, DateRange.of(JUL1, LocalDate.of(2025, 9, 1)), 12),
            value(closed, PINGLIANG, DateRange.from(LocalDate.of(2026, 1, 1)), 15))))
        .build();
    MissingParameterException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> p.snapshot(ZHUANGLANG, LocalDate.of(2025, 10, 1)).get(closed), MissingParameterException.class);
    assertThat(e.key()).contains(closed);
    assertThat(e.region()).contains(ZHUANGLANG);
    assertThat(e.date()).contains(LocalDate.of(2025, 10, 1));
    // Gansu's and Zhuanglang's periods meet: one period
    assertThat(e.datesWithValues()).containsExactly(DateRange.of(JAN1, LocalDate.of(2025, 9, 1)),
        DateRange.from(LocalDate.of(2026, 1, 1)));
    assertThat(e.getMessage(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("620825 庄浪县在2025年10月1日没有生效的process.review-days（天）取值"
        + "（该参数只有以下期间的取值：2025年1月1日至2025年8月31日、2026年1月1日起）；已依次查找 620825 → 620800 → 620000 → 全国；"
        + "请在该地区的政策文件或全国默认值中加入取值");
    assertThat(e.getMessage(org.jiuzhu.core.text.Lang.EN, "'review days' (process.review-days)")).isEqualTo("no value of 'review days'"
        + " (process.review-days) is in force for region 620825 Zhuanglang on 1 October 2025: it has values only from 1 January 2025"
        + " to 31 August 2025, from 1 January 2026; searched 620825 → 620800 → 620000 → national — add a value to the region's policy"
        + " file or to the national defaults");
    MissingParameterException none = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> policy().snapshot(ZHUANGLANG, JUL1).get(closed), MissingParameterException.class);
    assertThat(none.datesWithValues()).isEmpty();
    assertThat(none.getMessage(org.jiuzhu.core.text.Lang.ZH)).contains("（沿途各级地区都没有该参数的取值）");
  }

  @Test
  void snapshotsAreResolvedOncePerStretchOfUnchangedDates() {
    Policy p = policy();
    PolicySnapshot a = p.snapshot(ZHUANGLANG, LocalDate.of(2025, 8, 1));
    PolicySnapshot b = p.snapshot(ZHUANGLANG, LocalDate.of(2026, 3, 1));
    PolicySnapshot c = p.snapshot(ZHUANGLANG, LocalDate.of(2025, 3, 1));
    assertThat(a.values()).isSameAs(b.values());
    assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).isNotEqualTo(c.fingerprint());
    assertThat(a.stableDates()).isEqualTo(DateRange.from(JUL1));
    assertThat(c.stableDates()).isEqualTo(DateRange.of(JAN1, JUL1));
  }

  @Test
  void unknownRegionsAreRefused() {
    assertThatThrownBy(() -> policy().snapshot(RegionCode.parse("330105"), JUL1))
        .isInstanceOf(UnknownRegionException.class)
        .hasMessageContaining("unknown region 330105 on 1 July 2025")
        .satisfies(e -> assertThat(((UnknownRegionException) e).getMessage(org.jiuzhu.core.text.Lang.ZH))
            .startsWith("未知地区 330105（2025年7月1日）").doesNotContain("2025-07-01"));
    assertThatThrownBy(() -> policy().snapshot(RegionCode.parse("330105001"), JUL1))
        .hasMessageContaining("or its county");
  }

  @Test
  void twoModulesMayNotGiveTheSameKeyForTheSameRegion() {
    assertThatThrownBy(() -> Policy.builder()
        .add(module("a", GANSU_REGIONS, ImmutableList.of(value(STANDARD, PINGLIANG, DateRange.of(JAN1, JUL1), Money.parse("600")))))
        .add(module("b", ImmutableList.of(), ImmutableList.of(value(STANDARD, PINGLIANG, DateRange.from(JUL1), Money.parse("610")))))
        .build())
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("modules a and b both give dibao.standard.rural for region 620800");
  }

  @Test
  void conflictingRegionNamesOverlapsGapsAndUndeclaredRegionsAreAllReported() {
    assertThatThrownBy(() -> Policy.builder()
        .add(module("a", GANSU_REGIONS, ImmutableList.of(
            value(STANDARD, PINGLIANG, DateRange.of(JAN1, JUL1.plusDays(1)), Money.parse("600")),
            value(STANDARD, PINGLIANG, DateRange.from(JUL1), Money.parse("610")),
            value(NOTICE, GANSU, DateRange.of(JAN1, JUL1), 7),
            value(NOTICE, GANSU, DateRange.from(JUL1.plusDays(10)), 5),
            value(NOTICE, RegionCode.parse("330100"), DateRange.from(JAN1), 5))))
        .add(module("b", ImmutableList.of(Region.of(GANSU, "甘肃", "Kansu")), ImmutableList.of()))
        .build())
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("4 problems")
        .hasMessageContaining("region 620000 is declared as 'Gansu' (甘肃省) by a and as 'Kansu' (甘肃) by b")
        .hasMessageContaining("overlaps")
        .hasMessageContaining("no value from 1 July 2025 to 10 July 2025")
        .hasMessageContaining("region 330100, which no module declares");
  }

  @Test
  void overridesReplaceAWholeSeries() {
    Policy base = policy();
    Policy reformed = base.toBuilder()
        .override(module("reform", ImmutableList.of(), ImmutableList.of(
            value(STANDARD, PINGLIANG, DateRange.from(JUL1), Money.parse("700")))))
        .build();
    assertThat(reformed.snapshot(PINGLIANG, JUL1).get(STANDARD)).isEqualTo(Money.parse("700"));
    assertThat(reformed.snapshot(PINGLIANG, JAN1).find(STANDARD)).isEmpty();
    assertThat(base.snapshot(PINGLIANG, JUL1).get(STANDARD)).isEqualTo(Money.parse("600"));
    assertThat(reformed.moduleIds()).containsExactly("national", "gansu", "reform");
  }

  /**
   * An override may add a region and redeclare one as it is, but not rename one: that is a
   * problem of the build, naming the code and both names (as between two added modules, and as
   * {@code --policy} refuses it), never a silent renaming.
   */
  @Test
  void anOverrideThatRenamesARegionIsRefusedNamingTheCodeAndBothNames() {
    Policy base = policy();
    PolicyException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> base.toBuilder()
        .override(module("mine", ImmutableList.of(Region.of(ZHUANGLANG, "庄浪", "Zhuanglang")), ImmutableList.of(
            value(STANDARD, ZHUANGLANG, DateRange.from(JUL1), Money.parse("700")))))
        .build(), PolicyException.class);
    assertThat(e).isNotNull();
    assertThat(e.policyProblems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(PolicyProblem.Kind.REGION_NAMES);
      assertThat(p.message().in(org.jiuzhu.core.text.Lang.EN))
          .isEqualTo("region 620825 is declared as 'Zhuanglang' (庄浪县) by (base policy) and as 'Zhuanglang' (庄浪) by mine");
      assertThat(p.message().in(org.jiuzhu.core.text.Lang.ZH))
          .isEqualTo("地区 620825 由 基础政策 声明为“庄浪县”（英文名“Zhuanglang”），又由 mine 声明为“庄浪”（英文名“Zhuanglang”）");
    });
    // the English name alone is a renaming too; between two overrides of one builder as well
    assertThatThrownBy(() -> base.toBuilder()
        .override(module("mine", ImmutableList.of(Region.of(PINGLIANG, "平凉市", "Pingliang City")), ImmutableList.of())).build())
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("region 620800 is declared as 'Pingliang' (平凉市) by (base policy) and as 'Pingliang City' (平凉市) by mine");
    RegionCode jingning = RegionCode.parse("620826");
    assertThatThrownBy(() -> base.toBuilder()
        .override(module("one", ImmutableList.of(Region.of(jingning, "静宁县", "Jingning")), ImmutableList.of()))
        .override(module("two", ImmutableList.of(Region.of(jingning, "静宁", "Jingning")), ImmutableList.of())).build())
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("region 620826 is declared as 'Jingning' (静宁县) by one and as 'Jingning' (静宁) by two");
    // redeclared as it is, and a new region: built, the names unchanged
    Policy built = base.toBuilder()
        .override(module("mine", ImmutableList.of(Region.of(ZHUANGLANG, "庄浪县", "Zhuanglang"), Region.of(jingning, "静宁县", "Jingning")),
            ImmutableList.of(value(STANDARD, jingning, DateRange.from(JAN1), Money.parse("640")))))
        .build();
    assertThat(built.regions().get(ZHUANGLANG)).isEqualTo(Region.of(ZHUANGLANG, "庄浪县", "Zhuanglang"));
    assertThat(built.snapshot(jingning, JUL1).get(STANDARD)).isEqualTo(Money.parse("640"));
  }

  @Test
  void valuesCarryProvenanceAndAreChecked() {
    assertThatThrownBy(() -> ParameterValue.builder(STANDARD).region(PINGLIANG).effective(DateRange.from(JAN1))
        .value(Money.parse("-1")).status(ParameterStatus.VERIFIED).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("negative amount -1.00")
        .hasMessageContaining("no legal reference")
        .hasMessageContaining("marked verified but names no official source");
    assertThatThrownBy(() -> ParameterValue.builder(STANDARD).region(PINGLIANG).effective(DateRange.from(JAN1))
        .value(new BigDecimal("600")).legalReference("x").status(ParameterStatus.ILLUSTRATIVE).build())
        .hasMessageContaining("expects a Money");
  }

  @Test
  void keysAreTypedByUnit() {
    assertThatThrownBy(() -> ParameterKey.of("a.b", Unit.RATIO, Money.class, "x", false))
        .hasMessageContaining("unit ratio holds BigDecimal values");
    assertThatThrownBy(() -> ParameterKey.ratio("Bad Name", "x")).hasMessageContaining("dot-separated");
    assertThat(Unit.fromId("CNY/person/month")).contains(Unit.CNY_PER_PERSON_MONTH);
    assertThat(Unit.RATIO.parse("1.5")).isEqualTo(new BigDecimal("1.5"));
    assertThatThrownBy(() -> Unit.MONTHS.parse("-3")).hasMessageContaining("negative value -3");
    assertThatThrownBy(() -> Unit.FLAG.parse("yes")).hasMessageContaining("expected true or false");
  }

  @Test
  void aPolicyNeedsAtLeastOneModuleOnTheClassPath() {
    ClassLoader empty = new ClassLoader(null) {};
    assertThatThrownBy(() -> PolicyModules.discover(empty))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("no policy module found on the class path");
  }
}
