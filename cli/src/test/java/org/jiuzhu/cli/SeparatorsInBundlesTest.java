package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.cli.report.Texts;
import org.junit.jupiter.api.Test;

/**
 * The separators and joiners of the command line's output (a list's 、 / ", ", a colon's ： / ": ",
 * the 、 / "; " between plan items…) come from the message bundles, so that each output language is
 * in one file: no Chinese punctuation chosen against an English literal in the cli's code.
 */
final class SeparatorsInBundlesTest {
  private static final Path SOURCES = Path.of("src/main/java");

  /** A Chinese separator literal beside an English one in a choice ({@code zh ? "、" : ", "}), either way round. */
  private static final Pattern INLINE = Pattern.compile(
      "\\?\\s*\"[、，；：。]*\"\\s*:\\s*\"[^\"\\p{IsHan}、，；：。（）]{0,3}\"|\\?\\s*\"[^\"\\p{IsHan}]{0,3}\"\\s*:\\s*\"[、，；：。]+\"");

  @Test
  void noSeparatorIsChosenByLanguageInTheCode() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = INLINE.matcher(lines.get(i));
          if (m.find()) {
            found.add(SOURCES.relativize(f) + ":" + (i + 1) + ": " + m.group());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void eachLanguageHasItsOwnSeparatorsInItsBundle() {
    assertThat(CliTexts.list(Lang.ZH, List.of("m1", "m2", "m3"))).isEqualTo("m1、m2、m3");
    assertThat(CliTexts.list(Lang.EN, List.of("m1", "m2", "m3"))).isEqualTo("m1, m2, m3");
    assertThat(Texts.of(true).list(List.of("a.yaml", "b.yaml"))).isEqualTo("a.yaml、b.yaml");
    assertThat(Texts.of(false).list(List.of("a.yaml", "b.yaml"))).isEqualTo("a.yaml, b.yaml");
    String[][] expected = {
        {"list.semicolon", "；", "; "}, {"list.comma", "，", ", "}, {"text.colon", "：", ": "}, {"text.sentences", "", " "},
        {"plan.items.separator", "、", "; "}};
    for (String[] e : expected) {
      assertThat(CliTexts.get(Lang.ZH, e[0])).as(e[0]).isEqualTo(e[1]);
      assertThat(CliTexts.get(Lang.EN, e[0])).as(e[0]).isEqualTo(e[2]);
    }
  }
}
