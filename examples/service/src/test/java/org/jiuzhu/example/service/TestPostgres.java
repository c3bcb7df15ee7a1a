package org.jiuzhu.example.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real, throw-away PostgreSQL server for the tests: a new cluster in a temporary directory, listening on
 * a free loopback port only, with a random password, removed at the end of the JVM. It uses the server
 * binaries of Debian's {@code postgresql} package ({@code /usr/lib/postgresql/N/bin}), or those in
 * {@code JIUZHU_PG_BIN}. PostgreSQL refuses to run as root, so as root the server runs as {@code nobody}
 * (through {@code runuser}), which then owns the temporary directory.
 */
final class TestPostgres {
  private static TestPostgres shared;

  private final Path dir;
  private final Path bin;
  private final boolean asNobody;
  private final int port;
  private final String password;

  private TestPostgres(Path bin) throws IOException, InterruptedException {
    this.bin = bin;
    this.asNobody = "root".equals(System.getProperty("user.name"));
    this.dir = Files.createTempDirectory("jiuzhu-pg-");
    this.port = freePort();
    byte[] pw = new byte[16];
    new SecureRandom().nextBytes(pw);
    this.password = HexFormat.of().formatHex(pw);
    Path pwfile = dir.resolve("pw");
    Files.writeString(pwfile, password + "\n", StandardCharsets.US_ASCII);
    if (asNobody) {
      run(List.of("chown", "-R", "nobody", dir.toString()), false);
    }
    run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "jiuzhu", "--pwfile=" + pwfile,
        "-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"), true);
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(),
        "-w", "-t", "60", "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir + " -c max_connections=200", "start"),
        true);
  }

  /** The server of this JVM, started on first use and stopped at its end. */
  static synchronized TestPostgres shared() {
    if (shared == null) {
      try {
        shared = new TestPostgres(binaries());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
    }
    return shared;
  }

  /** A new, empty database on the server; its JDBC address. */
  String createDatabase(String name) {
    try (Connection c = connect("postgres")) {
      c.createStatement().execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return url(name);
  }

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  String user() {
    return "jiuzhu";
  }

  String password() {
    return password;
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), user(), password);
  }

  private void stop() {
    try {
      run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"), true);
    } catch (IOException | RuntimeException e) {
      System.err.println("test PostgreSQL did not stop: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("cannot remove " + dir + ": " + e.getMessage());
    }
  }

  private void run(List<String> command, boolean asServerUser) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (asServerUser && asNobody) {
      cmd.addAll(List.of("runuser", "-u", "nobody", "--"));
    }
    cmd.addAll(command);
    Path out = Files.createTempFile("jiuzhu-pg-cmd-", ".log");
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      int rc = p.waitFor();
      if (rc != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited " + rc + ":\n" + Files.readString(out)
            + serverLog());
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private String serverLog() {
    try {
      Path log = dir.resolve("server.log");
      return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static Path binaries() throws IOException {
    String env = System.getenv("JIUZHU_PG_BIN");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Optional<Path> newest = versions.map(v -> v.resolve("bin"))
            .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
            .max(Comparator.comparingInt(b -> parseVersion(b.getParent().getFileName().toString())));
        if (newest.isPresent()) {
          return newest.get();
        }
      }
    }
    throw new IllegalStateException("no PostgreSQL server binaries: install Debian's postgresql package"
        + " (.ci/run does) or set JIUZHU_PG_BIN to a folder holding initdb, pg_ctl and postgres");
  }

  private static int parseVersion(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
