package org.jiuzhu.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.catalogue.CatalogueScreening;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service in this JVM on a real PostgreSQL (a throw-away cluster on a loopback port): the API, every
 * refusal of the security model, bad input, tampered records and the personal-data scan of the tables and
 * the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "logging.file.name=target/service-api-test.log",
    // the scan should also hold with the web and security layers logging at DEBUG
    "logging.level.org.springframework.web=DEBUG", "logging.level.org.springframework.security=DEBUG",
    "logging.level.org.jiuzhu=DEBUG"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class ServiceApiTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private static final String COUNTY = Http.basic("county-zl", "county-pass-1");
  private static final String TOWNSHIP = Http.basic("township-zl", "township-pass-1");
  private static final String CITY = Http.basic("city-pl", "city-pass-1");
  private static final String OTHER_COUNTY = Http.basic("county-jc", "county-pass-2");
  private static final Path LOG = Path.of("target", "service-api-test.log");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Where this run's lines start in the log (earlier runs appended to it). */
  private static final long LOG_START = LOG.toFile().length();
  /** Every name and ID number submitted, for the scans at the end. */
  private static final Set<String> PERSONAL = ConcurrentHashMap.newKeySet();
  private static final Random RANDOM = new Random(15);

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    TestPostgres pg = TestPostgres.shared();
    String url = pg.createDatabase("api");
    r.add("spring.datasource.url", () -> url);
    r.add("spring.datasource.username", pg::user);
    r.add("spring.datasource.password", pg::password);
    r.add("jiuzhu.service.data-key", () -> randomKey(32));
    r.add("jiuzhu.service.hash-key", () -> randomKey(32));
    r.add("jiuzhu.service.users[0]", () -> "county-zl:county-pass-1:COUNTY:620825");
    r.add("jiuzhu.service.users[1]", () -> "township-zl:township-pass-1:TOWNSHIP:620825");
    r.add("jiuzhu.service.users[2]", () -> "city-pl:city-pass-1:CITY:620800");
    r.add("jiuzhu.service.users[3]", () -> "county-jc:county-pass-2:COUNTY:620826");
  }

  static String randomKey(int bytes) {
    byte[] k = new byte[bytes];
    new SecureRandom().nextBytes(k);
    return Base64.getEncoder().encodeToString(k);
  }

  private Http http() {
    return new Http(port);
  }

  private static JsonNode json(Http.Response r) throws Exception {
    return JSON.readTree(r.body());
  }

  private static String fire(String id, String loss) {
    return fire(id, "620825", loss);
  }

  private static String fire(String id, String region, String loss) {
    Households.Generated g = Households.fire(RANDOM, id, region, loss);
    PERSONAL.addAll(List.of(g.names()));
    PERSONAL.addAll(List.of(g.citizenIds()));
    return g.json();
  }

  private String submit(String auth, String household) throws Exception {
    Http.Response r = http().post("/api/applications?date=" + DATE, auth, household);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return json(r).get("id").asText();
  }

  private long count(String sql) throws Exception {
    try (Connection c = TestPostgres.shared().connect("api"); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void execute(String sql) throws Exception {
    try (Connection c = TestPostgres.shared().connect("api"); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static void assertProblem(Http.Response r, int status, String code) throws Exception {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    JsonNode p = json(r);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("problems")).isNotEmpty();
    if (code != null) {
      assertThat(p.get("problems").findValuesAsText("code")).as(r.body()).contains(code);
    }
    String message = p.get("problems").get(0).get("message").asText();
    REFUSALS.add("| " + status + " | " + String.join(", ", new java.util.LinkedHashSet<>(p.get("problems").findValuesAsText("code")))
        + " | " + (message.length() > 140 ? message.substring(0, 140) + "…" : message).replace("|", "\\|") + " |");
  }

  /** Every refusal the tests saw, as table rows for BENCHMARKS.md ({@code target/service-refusals.md}). */
  private static final List<String> REFUSALS = java.util.Collections.synchronizedList(new ArrayList<>());

  @org.junit.jupiter.api.AfterAll
  static void writeRefusals() throws Exception {
    Files.writeString(Path.of("target", "service-refusals.md"), "| status | problem codes | first message |\n|---|---|---|\n"
        + String.join("\n", REFUSALS) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  @Order(1)
  void anApplicationIsScreenedAcrossTheCatalogueAndStoredWithItsProvenance() throws Exception {
    String household = fire("fire-1", "6000");
    Http.Response r = http().post("/api/applications?date=" + DATE, COUNTY, household);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.contentType()).startsWith("application/json");
    JsonNode a = json(r);
    assertThat(r.location()).isEqualTo("/api/applications/" + a.get("id").asText());

    // the same screening as the library gives, to the fen
    CatalogueScreening direct = new CatalogueScreener(CnRulebook.create(Policy.installed()), Catalogue.cn())
        .screen(HouseholdReader.fromTree(JSON.readTree(household)), DATE);
    assertThat(a.get("totals").get("monthly").decimalValue()).isEqualByComparingTo(direct.totalMonthly().toYuan());
    assertThat(a.get("totals").get("oneOff").decimalValue()).isEqualByComparingTo(direct.totalOneOff().toYuan());
    assertThat(a.get("catalogue")).hasSize(direct.results().size());
    assertThat(a.get("rulebookVersion").asText()).isEqualTo(CnRulebook.VERSION);
    assertThat(a.get("parameterFingerprint").asText())
        .isEqualTo(direct.rulebook().determinations().get(0).parameterFingerprint());
    assertThat(a.get("determinations")).hasSize(CnRulebook.PROGRAMMES.size());
    JsonNode temporary = find(a.get("determinations"), "cn.temporary-assistance");
    assertThat(temporary.get("outcome").asText()).isEqualTo("NEEDS_REVIEW");
    assertThat(temporary.get("situation").asText()).isEqualTo("temporary.above-cap");
    assertThat(temporary.get("level").asText()).isEqualTo("COUNTY");
    assertThat(temporary.get("source").asText()).isEqualTo("RULE");
    assertThat(a.get("members").findValuesAsText("citizenIdMasked")).allMatch(m -> m.matches("620825\\*{8}\\d{3}[\\dX]"));

    Http.Response read = http().get("/api/applications/" + a.get("id").asText(), COUNTY);
    assertThat(read.status()).isEqualTo(200);
    assertThat(json(read)).isEqualTo(a);
    // the city above sees it too
    assertThat(http().get("/api/applications/" + a.get("id").asText(), CITY).status()).isEqualTo(200);

    Http.Response rec = http().get("/api/applications/" + a.get("id").asText() + "/record", COUNTY);
    assertThat(rec.status()).isEqualTo(200);
    assertThat(json(rec).get("verified").asBoolean()).isTrue();
    assertThat(json(rec).get("chain").findValuesAsText("type")).containsExactly("APPLICATION", "DETERMINATION",
        "DETERMINATION", "DETERMINATION", "DETERMINATION", "DETERMINATION", "DETERMINATION", "PLAN");
  }

  private static JsonNode find(JsonNode list, String programme) {
    for (JsonNode n : list) {
      if (n.get("programme").asText().equals(programme)) {
        return n;
      }
    }
    throw new AssertionError(programme + " not in " + list);
  }

  @Test
  @Order(2)
  void theCountyDecidesWithinItsAuthorityAndEveryRefusalWritesNothing() throws Exception {
    String id = submit(COUNTY, fire("fire-2", "6000"));
    String decision = "{\"programme\": \"cn.temporary-assistance\", \"situation\": \"temporary.above-cap\", \"outcome\":"
        + " \"ELIGIBLE\", \"amount\": \"%s\", \"reason\": \"the house burnt down; no other shelter\", \"date\": \"2025-10-03\"}";
    long entries = count("select count(*) from case_entry");
    long decisions = count("select count(*) from decision");

    // a township may not decide a county's situation
    assertProblem(http().post("/api/applications/" + id + "/decisions", TOWNSHIP, decision.formatted("6000")), 403,
        "decision.level");
    // the county may not grant above its limit of 30000
    assertProblem(http().post("/api/applications/" + id + "/decisions", COUNTY, decision.formatted("30000.01")), 403,
        "decision.amount");
    // another county neither sees nor decides it
    assertProblem(http().get("/api/applications/" + id, OTHER_COUNTY), 403, "region.scope");
    assertProblem(http().get("/api/applications/" + id + "/record", OTHER_COUNTY), 403, "region.scope");
    assertProblem(http().post("/api/applications/" + id + "/decisions", OTHER_COUNTY, decision.formatted("6000")), 403,
        "region.scope");
    assertProblem(http().post("/api/applications/" + id + "/deliveries", OTHER_COUNTY,
        "{\"item\": \"i1\", \"date\": \"2025-10-05\", \"quantity\": 1, \"amount\": \"0\"}"), 403, "region.scope");
    // nor submits for a region that is not its own
    long applications = count("select count(*) from application");
    assertProblem(http().post("/api/applications?date=" + DATE, OTHER_COUNTY, fire("fire-x", "6000")), 403, "region.scope");
    // no credentials, a wrong password, an unknown caseworker
    assertProblem(http().get("/api/applications/" + id, null), 401, "unauthenticated");
    assertProblem(http().get("/api/applications/" + id, Http.basic("county-zl", "wrong")), 401, "unauthenticated");
    assertProblem(http().post("/api/applications?date=" + DATE, Http.basic("nobody", "x"), fire("fire-y", "6000")), 401,
        "unauthenticated");
    assertThat(count("select count(*) from case_entry")).isEqualTo(entries);
    assertThat(count("select count(*) from decision")).isEqualTo(decisions);
    assertThat(count("select count(*) from application")).isEqualTo(applications);

    Http.Response ok = http().post("/api/applications/" + id + "/decisions", COUNTY, decision.formatted("6000"));
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    JsonNode d = json(ok);
    assertThat(d.get("outcome").asText()).isEqualTo("ELIGIBLE");
    assertThat(d.get("oneOff").decimalValue()).isEqualByComparingTo("6000.00");
    assertThat(d.get("level").asText()).isEqualTo("COUNTY");
    assertThat(d.get("decider").asText()).isEqualTo("county-zl");
    assertThat(d.get("rulebookVersion").asText()).isEqualTo(CnRulebook.VERSION);
    assertThat(d.get("explanationEn").asText()).endsWith("Decided case by case (一事一议) by the county on 3 October 2025: the house burnt"
        + " down; no other shelter");
    // decided once only
    assertProblem(http().post("/api/applications/" + id + "/decisions", COUNTY, decision.formatted("6000")), 409,
        "decision.exists");

    JsonNode a = json(http().get("/api/applications/" + id, COUNTY));
    assertThat(a.get("determinations").findValuesAsText("source")).containsOnly("RULE", "DECISION");
    JsonNode rec = json(http().get("/api/applications/" + id + "/record", COUNTY));
    List<String> types = rec.get("chain").findValuesAsText("type");
    assertThat(types.subList(types.size() - 2, types.size())).containsExactly("DETERMINATION", "DECISION");

    // the city above may grant more than the county's limit
    String big = submit(COUNTY, fire("fire-3", "40000"));
    Http.Response city = http().post("/api/applications/" + big + "/decisions", CITY, decision.formatted("30000.01"));
    assertThat(city.status()).as(city.body()).isEqualTo(201);
    assertThat(json(city).get("level").asText()).isEqualTo("CITY");
  }

  @Test
  @Order(3)
  void deliveriesAndEvaluationsOfThePlanAreRecorded() throws Exception {
    String household = Files.readString(Path.of("../households/boy-back-to-school.json"));
    String id = submit(COUNTY, household);
    JsonNode plan = json(http().get("/api/applications/" + id, COUNTY)).get("plan");
    assertThat(plan).isNotEmpty();
    JsonNode item = plan.get(0);
    String start = item.get("start").asText();
    Http.Response r = http().post("/api/applications/" + id + "/deliveries", TOWNSHIP, "{\"item\": \"" + item.get("id").asText()
        + "\", \"date\": \"" + start + "\", \"quantity\": " + item.get("quantity").asInt() + ", \"amount\": \""
        + item.get("amount").asText() + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(json(r).get("date").asText()).isEqualTo(start);
    // on the item's first day nothing of it is due yet (units fall due at the end of their period), and
    // other items that started on the plan date may be behind: the share is a number from 0 to 1
    assertThat(json(r).get("deliveredShare").decimalValue()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE);
    assertThat(json(r).get("overdueItems").toString()).doesNotContain("\"" + item.get("id").asText() + "\"");

    long deliveries = count("select count(*) from delivery");
    assertProblem(http().post("/api/applications/" + id + "/deliveries", COUNTY,
        "{\"item\": \"no-such-item\", \"date\": \"" + start + "\", \"quantity\": 1, \"amount\": \"0\"}"), 422, "delivery.invalid");
    assertProblem(http().post("/api/applications/" + id + "/deliveries", COUNTY, "{\"item\": \"" + item.get("id").asText()
        + "\", \"date\": \"" + LocalDate.parse(start).minusDays(1) + "\", \"quantity\": 1, \"amount\": \"0\"}"), 422,
        "delivery.invalid");
    // the same delivery again in the same period is more than the item provides: refused, nothing written
    Http.Response over = http().post("/api/applications/" + id + "/deliveries", TOWNSHIP, "{\"item\": \"" + item.get("id").asText()
        + "\", \"date\": \"" + start + "\", \"quantity\": " + item.get("quantity").asInt() + ", \"amount\": \""
        + item.get("amount").asText() + "\"}");
    assertProblem(over, 422, "delivery.invalid");
    assertThat(over.body()).contains(item.get("id").asText()).containsPattern("expected at most|最多应为");
    assertThat(count("select count(*) from delivery")).isEqualTo(deliveries);

    Http.Response e = http().post("/api/applications/" + id + "/evaluations", COUNTY, "{\"item\": \"" + item.get("id").asText()
        + "\", \"date\": \"" + LocalDate.parse(start).plusMonths(1) + "\", \"targetMet\": true, \"note\": \"on track\"}");
    assertThat(e.status()).as(e.body()).isEqualTo(201);
    assertThat(json(e).get("targetsMet").asInt()).isEqualTo(1);
    JsonNode rec = json(http().get("/api/applications/" + id + "/record", COUNTY));
    assertThat(rec.get("chain").findValuesAsText("type")).endsWith("DELIVERY", "EVALUATION");
  }

  @Test
  @Order(4)
  void badInputIsAClear4xxAndNothingIsWritten() throws Exception {
    String id = submit(COUNTY, fire("fire-4", "6000"));
    long applications = count("select count(*) from application");
    long entries = count("select count(*) from case_entry");
    String post = "/api/applications?date=" + DATE;
    List<String[]> table = new ArrayList<>();

    Http.Response r = http().post(post, COUNTY, "{\"id\": \"x\", \"region\": ");
    assertProblem(r, 400, "body.malformed");
    table.add(new String[] {"truncated JSON", "400"});
    r = http().post(post, COUNTY, "{\"id\": \"x\" \"region\": \"620825\"}");
    assertProblem(r, 400, "body.malformed");
    r = http().post(post, COUNTY, "{\"id\": \"x\"} {\"id\": \"y\"}");
    assertProblem(r, 400, "body.malformed");
    r = http().post(post, COUNTY, "{\"id\": \"x\", \"id\": \"y\"}");
    assertProblem(r, 400, "body.duplicate-field");
    r = http().post(post, COUNTY, "");
    assertProblem(r, 400, "body.empty");
    // wrong types: every problem with its path
    r = http().post(post, COUNTY, "{\"id\": 5, \"region\": \"620825\", \"applicant\": \"m1\", \"members\": [{\"id\": \"m1\","
        + " \"relationship\": \"APPLICANT\", \"birthDate\": \"yesterday\", \"hukouType\": \"RURAL\", \"hukouRegion\":"
        + " \"620825\", \"workStatus\": 7}]}");
    assertProblem(r, 422, null);
    assertThat(json(r).get("problems").findValuesAsText("path")).contains("members[0].birthDate", "members[0].workStatus");
    r = http().post(post, COUNTY, "[1, 2]");
    assertProblem(r, 422, null);
    // an amount with a huge exponent, as text and as a number: a short 422 naming the path, never the number spelt out
    for (String huge : List.of("\"1e999999999\"", "1e999999999", "\"1e-999999999\"")) {
      r = http().post(post, COUNTY, fire("fire-huge", "6000").replace("\"amount\": \"6000\"", "\"amount\": " + huge));
      assertProblem(r, 422, null);
      assertThat(r.body().length()).as(huge).isLessThan(4_000);
      assertThat(json(r).get("problems").findValuesAsText("path")).as(huge).contains("events[0].amount");
    }
    table.add(new String[] {"an amount of 1e999999999 (text or number)", "422"});
    // an ID number in free text that is stored in clear (the household's id): refused, not stored, not echoed
    String idInText = Households.citizenId("620825", LocalDate.of(1979, 3, 1), 3);
    PERSONAL.add(idInText);
    r = http().post(post, COUNTY, fire("fire-" + idInText, "6000"));
    assertProblem(r, 422, "personal-data.in-text");
    assertThat(r.body()).doesNotContain(idInText);
    // an invalid ID number: named by its path, masked
    String bad = Households.citizenId("620825", LocalDate.of(1980, 5, 1), 1);
    bad = bad.substring(0, 17) + (bad.charAt(17) == '0' ? '1' : '0');
    PERSONAL.add(bad);
    r = http().post(post, COUNTY, fire("fire-5", "6000").replaceFirst("\"citizenId\": \"[0-9X]{18}\"", "\"citizenId\": \"" + bad
        + "\""));
    assertProblem(r, 422, null);
    assertThat(json(r).get("problems").findValuesAsText("path")).contains("members[0].citizenId");
    assertThat(r.body()).doesNotContain(bad).contains(bad.substring(0, 6) + "********" + bad.substring(14));
    // an unknown region within the caller's scope
    r = http().post(post, CITY, fire("fire-6", "620899", "6000"));
    assertProblem(r, 422, "region.unknown");
    // deep nesting and huge bodies
    r = http().post(post, COUNTY, "[".repeat(5000) + "]".repeat(5000));
    assertProblem(r, 400, "body.limit");
    r = http().post(post, COUNTY, "{\"id\": \"" + "x".repeat(300_000) + "\"}");
    assertProblem(r, 413, "body.too-large");
    // the request itself
    assertProblem(http().post("/api/applications", COUNTY, fire("fire-7", "6000")), 400, null);
    assertProblem(http().post("/api/applications?date=2025-13-01", COUNTY, fire("fire-8", "6000")), 400, null);
    assertProblem(http().send("POST", post, COUNTY, "id=x".getBytes(StandardCharsets.UTF_8),
        "application/x-www-form-urlencoded"), 415, null);
    assertProblem(http().get("/api/applications/not-a-uuid", COUNTY), 400, null);
    // an ID number where an application id belongs is not echoed
    String misplaced = Households.citizenId("620825", LocalDate.of(1990, 1, 2), 7);
    PERSONAL.add(misplaced);
    r = http().get("/api/applications/" + misplaced, COUNTY);
    assertProblem(r, 400, null);
    assertThat(r.body()).doesNotContain(misplaced).contains(misplaced.substring(0, 6) + "********");
    assertProblem(http().get("/api/applications/00000000-0000-0000-0000-000000000000", COUNTY), 404, "not-found");
    assertProblem(http().send("DELETE", "/api/applications/" + id, COUNTY, null, null), 405, null);
    // decisions: wrong types and missing fields, all listed; a refusal with money; a programme with nothing to decide
    r = http().post("/api/applications/" + id + "/decisions", COUNTY, "{\"programme\": 1, \"outcome\": \"MAYBE\", \"amount\":"
        + " \"lots\", \"date\": \"2025-10-32\", \"extra\": true}");
    assertProblem(r, 422, null);
    assertThat(json(r).get("problems").findValuesAsText("path")).contains("programme", "situation", "outcome", "amount",
        "reason", "date", "extra");
    r = http().post("/api/applications/" + id + "/decisions", COUNTY, "{\"programme\": \"cn.dibao\", \"situation\":"
        + " \"temporary.above-cap\", \"outcome\": \"ELIGIBLE\", \"amount\": \"1\", \"reason\": \"r\", \"date\": \"2025-10-03\"}");
    assertProblem(r, 409, "decision.not-needed");
    r = http().post("/api/applications/" + id + "/decisions", COUNTY, "{\"programme\": \"cn.temporary-assistance\","
        + " \"situation\": \"hardship.other\", \"outcome\": \"ELIGIBLE\", \"amount\": \"1\", \"reason\": \"r\", \"date\":"
        + " \"2025-10-03\"}");
    assertProblem(r, 422, "decision.situation");
    r = http().post("/api/applications/" + id + "/decisions", COUNTY, "{\"programme\": \"cn.temporary-assistance\","
        + " \"situation\": \"temporary.above-cap\", \"outcome\": \"INELIGIBLE\", \"amount\": \"5\", \"reason\": \"r\","
        + " \"date\": \"2025-10-03\"}");
    assertProblem(r, 422, "decision.refusal-amount");
    r = http().post("/api/applications/" + id + "/decisions", COUNTY, "{\"programme\": \"cn.temporary-assistance\","
        + " \"situation\": \"temporary.above-cap\", \"outcome\": \"ELIGIBLE\", \"amount\": \"5\", \"reason\": \"r\","
        + " \"date\": \"2025-09-03\"}");
    assertProblem(r, 422, "decision.date");

    assertThat(count("select count(*) from application")).isEqualTo(applications);
    assertThat(count("select count(*) from case_entry")).isEqualTo(entries);
    assertThat(count("select count(*) from decision where application_id = '" + id + "'")).isZero();
  }

  @Test
  @Order(5)
  void aTamperedCaseRecordIsRefused() throws Exception {
    String changed = submit(COUNTY, fire("fire-9", "6000"));
    execute("update case_entry set content = replace(content, 'NEEDS_REVIEW', 'ELIGIBLE') where application_id = '" + changed
        + "' and content like 'cn.temporary-assistance%'");
    assertProblem(http().get("/api/applications/" + changed + "/record", COUNTY), 409, "record.tampered");
    assertProblem(http().post("/api/applications/" + changed + "/decisions", COUNTY, "{\"programme\":"
        + " \"cn.temporary-assistance\", \"situation\": \"temporary.above-cap\", \"outcome\": \"ELIGIBLE\", \"amount\": \"6000\","
        + " \"reason\": \"r\", \"date\": \"2025-10-03\"}"), 409, "record.tampered");
    assertThat(count("select count(*) from decision where application_id = '" + changed + "'")).isZero();

    String cut = submit(COUNTY, fire("fire-10", "6000"));
    execute("delete from case_entry where application_id = '" + cut + "' and seq = (select max(seq) from case_entry where"
        + " application_id = '" + cut + "')");
    Http.Response r = http().get("/api/applications/" + cut + "/record", COUNTY);
    assertProblem(r, 409, "record.tampered");
    assertThat(json(r).get("detail").asText()).contains("removed or added at the end");

    String reordered = submit(COUNTY, fire("fire-11", "6000"));
    execute("update case_entry set seq = -seq where application_id = '" + reordered + "' and seq in (2, 3)");
    execute("update case_entry set seq = 3 where application_id = '" + reordered + "' and seq = -2");
    execute("update case_entry set seq = 2 where application_id = '" + reordered + "' and seq = -3");
    assertProblem(http().get("/api/applications/" + reordered + "/record", COUNTY), 409, "record.tampered");
  }

  @Test
  @Order(6)
  void applicationsAreFoundByIdNumberWithinTheCallersRegionOnly() throws Exception {
    Households.Generated g = Households.fire(RANDOM, "fire-12", "620825", "3000");
    PERSONAL.addAll(List.of(g.names()));
    PERSONAL.addAll(List.of(g.citizenIds()));
    String id = submit(COUNTY, g.json());
    String query = "{\"citizenId\": \"" + g.citizenIds()[1] + "\"}";
    JsonNode found = json(http().post("/api/applications/search", COUNTY, query));
    assertThat(found.findValuesAsText("applicationId")).containsExactly(id);
    assertThat(found.get(0).get("memberId").asText()).isEqualTo("m2");
    assertThat(json(http().post("/api/applications/search", OTHER_COUNTY, query))).isEmpty();
    assertProblem(http().post("/api/applications/search", COUNTY, "{\"citizenId\": \"62082519800501001\"}"), 422,
        "citizenId.invalid");
  }

  @Test
  @Order(7)
  void theApiIsDocumentedWithOpenApi() throws Exception {
    Http.Response r = http().get("/v3/api-docs", null);
    assertThat(r.status()).isEqualTo(200);
    JsonNode doc = json(r);
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.get("paths").has("/api/applications")).isTrue();
    assertThat(doc.get("paths").has("/api/applications/{id}/decisions")).isTrue();
    assertThat(doc.get("paths").has("/api/applications/{id}/record")).isTrue();
    assertThat(doc.get("components").get("securitySchemes").has("basic")).isTrue();
    assertThat(http().get("/swagger-ui/index.html", null).status()).isEqualTo(200);
  }

  @Test
  @Order(100)
  void noNameOrIdNumberIsInTheDatabaseOrTheLog() throws Exception {
    assertThat(PERSONAL).hasSizeGreaterThan(20);
    List<String> hits = new ArrayList<>();
    try (Connection c = TestPostgres.shared().connect("api"); Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = 'public'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      assertThat(tables).contains("application", "applicant_id", "case_entry", "determination", "decision");
      long rows = 0;
      for (String t : tables) {
        try (ResultSet rs = s.executeQuery("select t::text from " + t + " t")) {
          while (rs.next()) {
            rows++;
            String row = rs.getString(1);
            for (String p : PERSONAL) {
              // in clear, or as the hex of its bytes in a bytea column
              if (row.contains(p) || row.contains(HexFormat.of().formatHex(p.getBytes(StandardCharsets.UTF_8)))) {
                hits.add(t + ": " + p.charAt(0) + "…");
              }
            }
          }
        }
      }
      assertThat(rows).isGreaterThan(100);
    }
    byte[] all = Files.readAllBytes(LOG);
    String log = new String(all, (int) LOG_START, all.length - (int) LOG_START, StandardCharsets.UTF_8);
    assertThat(log).contains("Started ServiceApiTest").contains("caseworker county-zl");
    for (String p : PERSONAL) {
      if (log.contains(p)) {
        hits.add("log: " + p.charAt(0) + "…");
      }
    }
    assertThat(hits).as("personal data in clear").isEmpty();
  }
}
