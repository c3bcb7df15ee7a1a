package org.jiuzhu.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the README's quick start exactly as written and runs it: its output must be the
 * README's "Output" block. The README cannot drift from the code.
 */
final class ReadmeQuickStartTest {
  @TempDir
  Path dir;

  private static String block(String readme, String marker, String language) {
    Matcher m = Pattern.compile(Pattern.quote(marker) + "\\s*```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README has a ```%s block after %s", language, marker).isTrue();
    return m.group(1);
  }

  @Test
  void theConsumerProjectRunsExactlyTheReadmeQuickStart() throws Exception {
    Path readmePath = Path.of(System.getProperty("jiuzhu.readme"));
    String readme = Files.readString(readmePath, StandardCharsets.UTF_8);
    Path consumer = readmePath.getParent().resolve("examples/consumer");
    assertThat(Files.readString(consumer.resolve("src/main/java/QuickStart.java"), StandardCharsets.UTF_8))
        .as("examples/consumer/src/main/java/QuickStart.java must be the README's quick start")
        .isEqualTo(block(readme, "<!-- quickstart -->", "java"));
    assertThat(Files.readString(consumer.resolve("src/test/resources/quickstart-output.txt"), StandardCharsets.UTF_8))
        .as("examples/consumer's expected output must be the README's")
        .isEqualTo(block(readme, "<!-- quickstart-output -->", "text"));
  }

  @Test
  void theQuickStartCompilesRunsAndPrintsWhatTheReadmeSays() throws Exception {
    String readme = Files.readString(Path.of(System.getProperty("jiuzhu.readme")), StandardCharsets.UTF_8);
    String code = block(readme, "<!-- quickstart -->", "java");
    String expected = block(readme, "<!-- quickstart-output -->", "text");

    Path src = dir.resolve("QuickStart.java");
    Files.writeString(src, code, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, null, diagnostics, "-encoding", "UTF-8", "-proc:none",
        "-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), src.toString());
    assertThat(rc).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass("QuickStart").getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    List<String> printed = captured.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(printed).containsExactlyElementsOf(expected.lines().toList());
  }
}
