package org.jiuzhu.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as its own process on a real PostgreSQL: a bounded load run (every request
 * acknowledged, rows stored = acknowledgements), then a crash run (kill -9 in the middle of the load, a
 * restart on the same database: every acknowledged request is there and every case record verifies;
 * nothing is half-stored). Sizes come from system properties ({@code load.clients}, {@code load.seconds},
 * {@code load.maxRequests}, {@code crash.clients}, {@code crash.afterAcks}); the README's test command runs
 * small ones, BENCHMARKS.md the long ones. Figures go to {@code target/service-load-report.txt}.
 */
final class ServiceUnderLoadIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COUNTY = Http.basic("county-zl", "county-pass-1");

  private static int intProperty(String name, int fallback) {
    String v = System.getProperty(name);
    return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
  }

  @Test
  void underLoadAndAfterAKillEveryAcknowledgedRequestIsStoredWholeAndVerifies() throws Exception {
    int clients = intProperty("load.clients", 16);
    int seconds = intProperty("load.seconds", 4);
    int maxRequests = intProperty("load.maxRequests", 1500);
    int crashClients = intProperty("crash.clients", 16);
    int crashAfter = intProperty("crash.afterAcks", 150);
    Path target = Path.of(System.getProperty("jiuzhu.service.target", "target"));
    Path jar = Path.of(System.getProperty("jiuzhu.service.jar", target.resolve("jiuzhu-service-exec.jar").toString()));
    Path log = target.resolve("service-process.log");
    Path report = target.resolve("service-load-report.txt");
    Files.deleteIfExists(log);

    TestPostgres pg = TestPostgres.shared();
    String url = pg.createDatabase("cases");
    Map<String, String> env = Map.of(
        "SPRING_DATASOURCE_URL", url + "?reWriteBatchedInserts=true",
        "SPRING_DATASOURCE_USERNAME", pg.user(),
        "SPRING_DATASOURCE_PASSWORD", pg.password(),
        "SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", "16",
        "JIUZHU_SERVICE_DATA_KEY", ServiceApiTest.randomKey(32),
        "JIUZHU_SERVICE_HASH_KEY", ServiceApiTest.randomKey(32),
        "JIUZHU_SERVICE_USERS_0", "county-zl:county-pass-1:COUNTY:620825");
    List<String> lines = new ArrayList<>();

    // 1. the load run
    ServiceProcess first = ServiceProcess.start(jar, env, log, 180);
    // warm-up, one client, not measured: the JIT, the first sign-in's bcrypt check, the first screening
    LoadRun warm = new LoadRun(0);
    warm.run(first.port(), COUNTY, 1, 60, 40, 0);
    assertThat(warm.errors.get()).as("errors: %s", warm.errorSamples).isZero();
    LoadRun load = new LoadRun(0);
    load.run(first.port(), COUNTY, clients, seconds, maxRequests, 1);
    lines.add("load: " + load.summary(clients));
    assertThat(load.errors.get()).as("errors: %s", load.errorSamples).isZero();
    assertThat(load.applications).isNotEmpty();
    load.applications.addAll(warm.applications);
    load.decisions.addAll(warm.decisions);
    load.personal.addAll(warm.personal);
    assertThat(count(pg, "select count(*) from application")).isEqualTo(load.applications.size());
    assertThat(count(pg, "select count(*) from decision")).isEqualTo(load.decisions.size());
    assertThat(ids(pg, "select id::text from application")).isEqualTo(load.applications);
    assertThat(ids(pg, "select application_id::text from decision")).isEqualTo(load.decisions);
    lines.add("load: rows stored " + count(pg, "select count(*) from application") + " applications, "
        + count(pg, "select count(*) from decision") + " decisions = acknowledged " + load.applications.size() + " and "
        + load.decisions.size() + " (with " + warm.applications.size() + " + " + warm.decisions.size() + " of the warm-up)");

    // 2. the crash run: kill -9 once enough new applications were acknowledged, while the clients go on
    LoadRun crash = new LoadRun(crashAfter);
    Thread loadThread = new Thread(() -> {
      try {
        crash.run(first.port(), COUNTY, crashClients, 600, Integer.MAX_VALUE, 2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "crash-load");
    loadThread.start();
    boolean reached = crash.awaitAcks(600);
    first.kill();
    crash.stop();
    loadThread.join();
    assertThat(reached).as("acknowledgements before the kill").isTrue();
    Set<String> acknowledged = new HashSet<>(load.applications);
    acknowledged.addAll(crash.applications);
    Set<String> decided = new HashSet<>(load.decisions);
    decided.addAll(crash.decisions);
    lines.add("crash: killed pid " + first.pid() + " (exit " + first.exitCode() + ") after " + crash.applications.size()
        + " applications and " + crash.decisions.size() + " decisions acknowledged; requests cut off by the kill: "
        + crash.errors.get());

    ServiceProcess second = ServiceProcess.start(jar, env, log, 180);
    try {
      Http http = new Http(second.port());
      Set<String> stored = ids(pg, "select id::text from application");
      assertThat(stored).as("every acknowledged application is stored").containsAll(acknowledged);
      Set<String> storedDecisions = ids(pg, "select application_id::text from decision");
      assertThat(storedDecisions).as("every acknowledged decision is stored").containsAll(decided);
      // nothing half-stored: every application, acknowledged or not, is whole and its record verifies
      int verified = 0;
      for (String id : stored) {
        Http.Response r = http.get("/api/applications/" + id + "/record", COUNTY);
        assertThat(r.status()).as("record of %s: %s", id, r.body()).isEqualTo(200);
        JsonNode rec = JSON.readTree(r.body());
        List<String> types = rec.get("chain").findValuesAsText("type");
        boolean hasDecision = storedDecisions.contains(id);
        assertThat(types).as(id).hasSize(hasDecision ? 10 : 8).startsWith("APPLICATION").contains("PLAN");
        assertThat(types.contains("DECISION")).as(id).isEqualTo(hasDecision);
        verified++;
      }
      assertThat(count(pg, "select count(*) from determination where source = 'RULE'")).isEqualTo(6L * stored.size());
      assertThat(count(pg, "select count(*) from determination where source = 'DECISION'")).isEqualTo(storedDecisions.size());
      assertThat(count(pg, "select count(distinct n) from (select count(*) n from catalogue_result group by application_id) c"))
          .isEqualTo(1);
      lines.add("crash: after restart " + stored.size() + " applications stored (" + acknowledged.size()
          + " acknowledged, " + (stored.size() - acknowledged.size()) + " committed but not acknowledged), "
          + storedDecisions.size() + " decisions (" + decided.size() + " acknowledged); records verified: " + verified
          + "; acknowledged but lost: 0; half-stored: 0");

      // 3. the personal data of every household sent is in no table and no line of the service's log
      Set<String> personal = new HashSet<>(load.personal);
      personal.addAll(crash.personal);
      String logText = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(logText).contains("Started ServiceApplication");
      List<String> hits = new ArrayList<>();
      for (String p : personal) {
        if (logText.contains(p)) {
          hits.add("log");
        }
      }
      try (Connection c = pg.connect("cases"); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select string_agg(t::text, ' ') from (select * from applicant_id) t")) {
        rs.next();
        String ids = rs.getString(1);
        for (String p : personal) {
          if (ids.contains(p)) {
            hits.add("applicant_id");
          }
        }
      }
      assertThat(hits).as("personal data in clear").isEmpty();
    } finally {
      second.stop();
    }
    String text = String.join("\n", lines) + "\n";
    System.out.print(text);
    Files.writeString(report, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
  }

  private static long count(TestPostgres pg, String sql) throws Exception {
    try (Connection c = pg.connect("cases"); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Set<String> ids(TestPostgres pg, String sql) throws Exception {
    Set<String> out = new HashSet<>();
    try (Connection c = pg.connect("cases"); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
