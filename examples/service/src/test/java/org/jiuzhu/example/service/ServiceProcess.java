package org.jiuzhu.example.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/jiuzhu-service-exec.jar}) as a separate process on a loopback port, so
 * that it can be killed with SIGKILL in the middle of a load. Its settings travel in the environment, not
 * on the command line; its output goes to a log file that the tests scan.
 */
final class ServiceProcess {
  private final Process process;
  private final int port;
  private final CountDownLatch started = new CountDownLatch(1);
  private volatile boolean ready;

  private ServiceProcess(Path jar, int port, Map<String, String> env, Path log) throws IOException {
    this.port = port;
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-Duser.timezone=America/Santiago", "-Duser.language=hi", "-Duser.country=IN", "-jar", jar.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.environment().put("SERVER_PORT", Integer.toString(port));
    pb.environment().put("SERVER_ADDRESS", "127.0.0.1");
    this.process = pb.start();
    Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    Thread pump = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
          Writer w = out) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          w.write(line);
          w.write('\n');
          w.flush();
          if (line.contains("Started ServiceApplication")) {
            ready = true;
            started.countDown();
          }
        }
      } catch (IOException e) {
        // the process was killed: its output ends here
      } finally {
        started.countDown();
      }
    }, "service-output");
    pump.setDaemon(true);
    pump.start();
  }

  /**
   * Starts the service and waits until it says it started (at most {@code maxSeconds}).
   *
   * @throws IllegalStateException if it exits or does not start in time; the log says why
   */
  static ServiceProcess start(Path jar, Map<String, String> env, Path log, int maxSeconds)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: the package phase builds it (mvn -B verify)");
    }
    ServiceProcess s = new ServiceProcess(jar, freePort(), env, log);
    if (!s.started.await(maxSeconds, TimeUnit.SECONDS) || !s.ready) {
      s.process.destroyForcibly().waitFor();
      throw new IllegalStateException("the service did not start in " + maxSeconds + " s; see " + log);
    }
    return s;
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  /** kill -9: the JVM gets no chance to finish anything. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** A normal stop (SIGTERM). */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }

  int exitCode() {
    return process.exitValue();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
