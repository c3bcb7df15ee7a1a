package org.jiuzhu.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

final class TextTableTest {
  @Test
  void chineseColumnsAlignByDisplayWidth() {
    List<String> lines = new TextTable("项目", "户数", "年支出(元)").rightAlign(1, 2)
        .row("最低生活保障", TextTable.count(12345), TextTable.yuan(123456789))
        .row("临时救助", TextTable.count(7), TextTable.yuan(-5)).lines();
    assertThat(lines).containsExactly(
        "项目            户数    年支出(元)",
        "最低生活保障  12,345  1,234,567.89",
        "临时救助           7         -0.05");
    // every line ends at the same display column
    assertThat(lines.stream().map(TextTable::width).distinct()).hasSize(1);
    assertThat(TextTable.width("低保（分档）ab")).isEqualTo(14);
  }

  @Test
  void englishColumnsToo() {
    List<String> lines = new TextTable("programme", "households").rightAlign(1).indent("  ")
        .row("Minimum living allowance (低保)", TextTable.count(1000000)).lines();
    assertThat(lines).containsExactly("  programme                        households", "  Minimum living allowance (低保)   1,000,000");
    assertThat(lines.stream().map(TextTable::width).distinct()).hasSize(1);
  }

  private static final class Zh extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {{"a", "每月 {0} 元，{1}"}, {"q", "成员''s"}};
    }
  }

  private static final class En extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {{"a", "{0} yuan a month, {1}"}};
    }
  }

  @Test
  void messagesFormatAndNameAMissingKey() {
    Messages m = Messages.of("test", l -> l == Lang.ZH ? new Zh() : new En());
    assertThat(m.zh("a", "570.00", "m1")).isEqualTo("每月 570.00 元，m1");
    assertThat(m.en("a", "570.00", "m1")).isEqualTo("570.00 yuan a month, m1");
    assertThat(m.zh("q")).isEqualTo("成员's");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.en("q")).isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("no text 'q' in test (en)");
    assertThat(m.keys(Lang.ZH)).containsExactly("a", "q");
    assertThat(Messages.date(Lang.ZH, LocalDate.of(2026, 1, 31))).isEqualTo("2026年1月31日");
    assertThat(Messages.date(Lang.EN, LocalDate.of(2026, 1, 31))).isEqualTo("31 January 2026");
    assertThat(Lang.parse("zh-CN")).isEqualTo(Lang.ZH);
    assertThat(Lang.parse("EN")).isEqualTo(Lang.EN);
  }
}
