package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped mid-way (SIGTERM, as Ctrl-C or kill) leaves neither its output nor the hidden file it was writing. */
final class OutputStoppedRunTest {
  @TempDir
  Path dir;

  @Test
  void aStoppedRunLeavesNoHiddenFile() throws Exception {
    Path out = dir.resolve("big.csv");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Jiuzhu.class.getName(), "simulate",
        "--households", "20000000", "--output", out.toString(), "--progress", "never")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      // wait until the hidden file is being written
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (hidden().isEmpty() && p.isAlive() && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      assertThat(hidden()).as("the run writes its output beside its place first").isNotEmpty();
      p.destroy(); // SIGTERM: the JVM runs its shutdown hooks
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(hidden()).isEmpty();
    assertThat(out).doesNotExist();
  }

  private List<Path> hidden() throws java.io.IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(".jiuzhu-")).toList();
    }
  }
}
