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
 * messages and exit status do. Maven is replaced by a script that writes what Maven writes. Its
 * class-data archive is written once per jar, used after, and an archive the JVM cannot use is
 * ignored without a word; the jar is replaced by a small one whose main prints its arguments.
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
    // the launcher's own line in the default language (zh); Maven's messages as Maven wrote them
    assertThat(err).contains("jiuzhu：正在构建命令行程序（mvn -q -B package -DskipTests）……")
        .contains("[ERROR] Failed to execute goal: compilation failure\n");
    assertThat(err.lines().filter(String::isBlank)).isEmpty();
  }

  @Test
  void jiuzhuMvnMayHoldACommandWithArgumentsSplitAtBlanksNeverGlobbed() throws Exception {
    Path root = dir.resolve("clone");
    Files.createDirectories(root.resolve("cli"));
    Files.copy(LAUNCHER, root.resolve("jiuzhu"));
    Path fakeMaven = dir.resolve("mvn");
    Path seen = dir.resolve("args.txt");
    Files.writeString(fakeMaven, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > '" + seen + "'\nexit 4\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(fakeMaven, PosixFilePermissions.fromString("rwxr-xr-x"));

    ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("jiuzhu").toString(), "--version");
    pb.environment().put("JIUZHU_MVN", "  " + fakeMaven + "  -o   -Dx=* ");
    Process p = pb.start();
    p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(waitFor(p)).isEqualTo(4);
    assertThat(err).doesNotContain("command not found");
    java.util.List<String> args = Files.readAllLines(seen);
    assertThat(args.subList(0, 3)).containsExactly("-o", "-Dx=*", "-q");
    assertThat(args).contains("package", "-pl", "cli", "-am");
  }

  /** The stand-in CLI: prints its arguments on one line. */
  public static final class Echo {
    public static void main(String[] args) {
      System.out.println("echo " + String.join(" ", args));
    }
  }

  private Path cloneWithJar() throws IOException {
    Path root = dir.resolve("clone");
    Path target = Files.createDirectories(root.resolve("cli").resolve("target"));
    Files.copy(LAUNCHER, root.resolve("jiuzhu"));
    java.util.jar.Manifest manifest = new java.util.jar.Manifest();
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, Echo.class.getName());
    String entry = Echo.class.getName().replace('.', '/') + ".class";
    try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(
        Files.newOutputStream(target.resolve("jiuzhu-cli.jar")), manifest);
        java.io.InputStream in = Echo.class.getClassLoader().getResourceAsStream(entry)) {
      jar.putNextEntry(new java.util.jar.JarEntry(entry));
      in.transferTo(jar);
      jar.closeEntry();
    }
    return root;
  }

  private static String[] run(Path root, String cds, String... args) throws IOException {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("bash", root.resolve("jiuzhu").toString()));
    command.addAll(java.util.List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JIUZHU_MVN", "/bin/false"); // the jar is up to date: no build
    pb.environment().remove("JAVA_OPTS");
    if (cds != null) {
      pb.environment().put("JIUZHU_CDS", cds);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new String[] {String.valueOf(waitFor(p)), out, err};
  }

  @Test
  void theClassDataArchiveIsWrittenOnceUsedAfterAndAnUnusableOneIsIgnoredSilently() throws Exception {
    Path root = cloneWithJar();
    Path archive = root.resolve("cli/target/jiuzhu-cli.jsa");

    // by default no archive is written nor read
    assertThat(run(root, null, "screen", "a b.json")).containsExactly("0", "echo screen a b.json\n", "");
    assertThat(archive).doesNotExist();

    String[] first = run(root, "1", "screen", "a b.json");
    assertThat(first[0]).isEqualTo("0");
    assertThat(first[1]).isEqualTo("echo screen a b.json\n");
    assertThat(first[2]).isEqualTo("jiuzhu：正在写入类数据存档，以加快以后的启动（每次构建一次）……\n");
    assertThat(archive).isRegularFile();
    assertThat(Files.size(archive)).isPositive();
    try (java.util.stream.Stream<Path> left = Files.list(archive.getParent())) {
      assertThat(left.map(x -> x.getFileName().toString())).containsExactlyInAnyOrder("jiuzhu-cli.jar", "jiuzhu-cli.jsa");
    }

    // in English when the command asks for English (either placement of --lang)
    Files.delete(archive);
    assertThat(run(root, "1", "--lang", "en", "regions")[2])
        .isEqualTo("jiuzhu: writing a class-data archive for faster start-up (once per build) ...\n");
    Files.delete(archive);
    assertThat(run(root, "1", "screen", "--lang=en", "x.json")[2])
        .isEqualTo("jiuzhu: writing a class-data archive for faster start-up (once per build) ...\n");

    String[] second = run(root, "1", "--version");
    assertThat(second).containsExactly("0", "echo --version\n", "");

    // an archive the JVM cannot map (another build's, or damaged): the run goes on, nothing said
    Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-r--r--"));
    Files.write(archive, new byte[] {1, 2, 3});
    assertThat(run(root, "1", "--version")).containsExactly("0", "echo --version\n", "");

    // JIUZHU_CDS=0: no archive is written nor read
    Files.delete(archive);
    assertThat(run(root, "0", "--version")).containsExactly("0", "echo --version\n", "");
    assertThat(archive).doesNotExist();
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
