package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code jiuzhu} launcher: when it builds the CLI, Maven's ANSI reset codes (which Maven 3.8
 * writes even with {@code -B -Dstyle.color=never}) do not reach the terminal, while Maven's
 * messages and exit status do. Maven is replaced by a script that writes what Maven writes.
 */
final class LauncherTest {
  private static final Path LAUNCHER = Path.of(System.getProperty("jiuzhu.launcher", "../jiuzhu"));

  @TempDir
  Path dir;

  @Test
  void aFirstBuildPrintsNoEscapeCodesAndKeepsMavensMessagesAndExitStatus() throws Exception {
    Path root = dir.resolve("clone");
    Files.createDirectories(root.resolve("cli"));
    Files.copy(LAUNCHER, root.resolve("jiuzhu"));
    Path fakeMaven = dir.resolve("mvn");
    Files.writeString(fakeMaven, "#!/bin/sh\n"
        + "printf '\\033[0m\\033[0m[ERROR] Failed to execute goal: compilation failure\\033[0m\\n\\033[0m'\n"
        + "printf '\\033[0m\\033[0m' >&2\n"
        + "exit 3\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(fakeMaven, PosixFilePermissions.fromString("rwxr-xr-x"));

    ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("jiuzhu").toString(), "--version");
    pb.environment().put("JIUZHU_MVN", fakeMaven.toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = waitFor(p);

    assertThat(exit).isEqualTo(3);
    assertThat(out + err).doesNotContain("\u001b");
    assertThat(err).contains("jiuzhu: building the command line")
        .contains("[ERROR] Failed to execute goal: compilation failure\n");
    assertThat(err.lines().filter(String::isBlank)).isEmpty();
  }

  private static int waitFor(Process p) throws IOException {
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
