package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle of every module (their {@code src/main/resources/**.properties}, read from
 * the source tree): no key is written twice in one file — {@link java.util.Properties} keeps the
 * last silently, so a second use of a key replaces the first text wherever it is used — and the
 * Chinese and English files of a bundle have the same keys (English: the {@code _en} file over the
 * base file, as {@link java.util.ResourceBundle} reads them).
 */
class BundleKeysTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static List<Path> bundles() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String module : List.of("core", "rules", "simulation", "parquet", "spark", "cli")) {
      Path res = ROOT.resolve(module).resolve("src/main/resources");
      if (Files.isDirectory(res)) {
        try (Stream<Path> s = Files.walk(res)) {
          s.filter(p -> p.toString().endsWith(".properties")).sorted().forEach(out::add);
        }
      }
    }
    return out;
  }

  /** The keys of a properties file in order, with every repetition (continuation lines joined). */
  static List<String> keys(Path file) throws IOException {
    List<String> keys = new ArrayList<>();
    boolean continued = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String t = line.stripLeading();
      boolean wasContinued = continued;
      continued = endsWithOddBackslashes(line);
      if (wasContinued || t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
        continue;
      }
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c == '\\' && i + 1 < t.length()) {
          key.append(t.charAt(++i));
        } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
          break;
        } else {
          key.append(c);
        }
      }
      keys.add(key.toString());
    }
    return keys;
  }

  private static boolean endsWithOddBackslashes(String line) {
    int n = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }

  @Test
  void noBundleWritesAKeyTwice() throws IOException {
    List<Path> files = bundles();
    assertThat(files).hasSizeGreaterThan(20);
    Map<String, List<String>> repeated = new TreeMap<>();
    for (Path f : files) {
      Set<String> seen = new LinkedHashSet<>();
      List<String> twice = keys(f).stream().filter(k -> !seen.add(k)).distinct().collect(Collectors.toList());
      if (!twice.isEmpty()) {
        repeated.put(ROOT.relativize(f).toString(), twice);
      }
    }
    assertThat(repeated).as("keys written twice (the second silently replaces the first)").isEmpty();
  }

  @Test
  void chineseAndEnglishFilesOfABundleHaveTheSameKeys() throws IOException {
    Map<String, String> differences = new TreeMap<>();
    int pairs = 0;
    for (Path zh : bundles()) {
      String name = zh.getFileName().toString();
      if (!name.endsWith("_zh.properties") || name.equals("usage_zh.properties")) {
        continue; // the usage help's English is in the commands' annotations; usage_zh translates them
      }
      Path en = zh.resolveSibling(name.replace("_zh.properties", "_en.properties"));
      Path base = zh.resolveSibling(name.replace("_zh.properties", ".properties"));
      if (!Files.exists(en) && !Files.exists(base)) {
        continue; // e.g. references_zh: Chinese only by design
      }
      pairs++;
      Set<String> zhKeys = new LinkedHashSet<>(keys(zh));
      // English is the _en file over the base file (ResourceBundle's parent), where there is one
      Set<String> enKeys = new LinkedHashSet<>();
      if (Files.exists(en)) {
        enKeys.addAll(keys(en));
      }
      if (Files.exists(base)) {
        enKeys.addAll(keys(base));
      }
      Set<String> onlyZh = new LinkedHashSet<>(zhKeys);
      onlyZh.removeAll(enKeys);
      Set<String> onlyEn = new LinkedHashSet<>(enKeys);
      onlyEn.removeAll(zhKeys);
      if (!onlyZh.isEmpty() || !onlyEn.isEmpty()) {
        differences.put(ROOT.relativize(zh).toString(), "only zh " + onlyZh + ", only en " + onlyEn);
      }
    }
    assertThat(pairs).isGreaterThan(8);
    assertThat(differences).isEmpty();
  }

  @Test
  void theReaderFindsARepeatedKey(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path f = dir.resolve("x_zh.properties");
    Files.writeString(f, "# c\na=1\nb = two \\\n  a=continued\nc\\=d:3\na=again\n", StandardCharsets.UTF_8);
    assertThat(keys(f)).containsExactly("a", "b", "c=d", "a");
  }
}
