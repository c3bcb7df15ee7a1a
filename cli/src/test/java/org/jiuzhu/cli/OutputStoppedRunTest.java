package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
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
    try (WatchService watch = dir.getFileSystem().newWatchService()) {
      dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
      Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Jiuzhu.class.getName(), "simulate",
          "--households", "20000000", "--output", out.toString(), "--progress", "never")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      // a run that ends on its own (before writing) closes the watch, so the wait below never hangs
      p.onExit().thenRun(() -> {
        try {
          watch.close();
        } catch (IOException e) {
          // closed already
        }
      });
      try {
        // the run's first file in the folder is the hidden one its output is written to: stop the run once it is there
        WatchKey key;
        try {
          key = watch.take();
        } catch (ClosedWatchServiceException e) {
          throw new AssertionError("the run ended (exit " + p.exitValue() + ") before writing its output");
        }
        assertThat(key.pollEvents()).extracting(e -> e.context().toString()).anyMatch(n -> n.startsWith(".jiuzhu-"));
        p.destroy(); // SIGTERM: the JVM runs its shutdown hooks
        p.waitFor();
      } finally {
        p.destroyForcibly();
      }
    }
    assertThat(hidden()).isEmpty();
    assertThat(out).doesNotExist();
  }

  private List<Path> hidden() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(".jiuzhu-")).toList();
    }
  }
}
