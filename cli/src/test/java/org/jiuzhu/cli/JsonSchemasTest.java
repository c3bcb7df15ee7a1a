package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON outputs of screen, plan, sweep and monitor against their versioned schemas under
 * docs/schemas, validated by networknt's json-schema-validator (draft 2020-12) on real outputs.
 */
final class JsonSchemasTest {
  private static final Path SCHEMAS = Path.of("../docs/schemas");
  private static final Path EXAMPLES = Path.of("../examples");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  static Schema schema(String name) throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SCHEMAS.resolve(name + "-1.schema.json")), InputFormat.JSON);
  }

  static List<String> problems(Schema schema, String json) {
    List<String> out = new ArrayList<>();
    for (Error e : schema.validate(json, InputFormat.JSON)) {
      out.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    return out;
  }

  private static String out(String... args) {
    CliRun r = CliRun.of(args);
    assertThat(r.exit()).as("jiuzhu %s: %s", String.join(" ", args), r.err()).isZero();
    return r.out();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dibao-marginal-car-story", "tekun", "temporary-assistance", "dialysis-story", "boy-back-to-school"})
  void screenOutputsMatchTheirSchema(String household) throws IOException {
    String json = out("screen", "--date", "2025-10-01", "--format", "json",
        EXAMPLES.resolve("households/" + household + ".json").toString());
    assertThat(problems(schema("screen"), json)).isEmpty();
  }

  @Test
  void planOutputsWithAndWithoutAStatusMatchTheirSchema() throws IOException {
    Path record = dir.resolve("record.yaml");
    Files.writeString(record, "- {delivered: i12, date: 2025-10-20, quantity: 4, by: coop-7}\n"
        + "- {evaluated: i12, date: 2025-10-31, targetMet: true, note: four baskets sold, by: coop-7}\n");
    String craftsman = EXAMPLES.resolve("households/craftsman.json").toString();
    String plain = out("plan", "--date", "2025-10-01", "--format", "json", craftsman);
    String status = out("plan", "--date", "2025-10-01", "--format", "json", "--record", record.toString(), "--status-date",
        "2025-10-31", craftsman);
    Schema s = schema("plan");
    assertThat(problems(s, plain)).isEmpty();
    assertThat(problems(s, status)).isEmpty();
    assertThat(JSON.readTree(status).has("status")).isTrue();
  }

  @Test
  void sweepOutputsWithAndWithoutAReformMatchTheirSchema() throws IOException {
    String reform = EXAMPLES.resolve("reforms/dibao-standard-plus-10.yaml").toString();
    Schema s = schema("sweep");
    String base = out("sweep", "--format", "json", "--to", "1200", "--step", "10",
        EXAMPLES.resolve("households/dibao.json").toString());
    String withReform = out("sweep", "--format", "json", "--to", "1200", "--step", "10", "--reform", reform,
        EXAMPLES.resolve("households/dibao.json").toString());
    assertThat(problems(s, base)).isEmpty();
    assertThat(problems(s, withReform)).isEmpty();
    assertThat(JSON.readTree(withReform).get("cliffs").size()).as("cliffs to validate").isPositive();
  }

  @Test
  void everyLineOfMonitorOutputMatchesTheSchemaAndEveryKindOccurs() throws IOException {
    String lines = out("monitor", "--region", "620825", "--synthetic", "300", "--months", "4", "--format", "json",
        "--progress", "never", "--rejects", dir.resolve("rejects.jsonl").toString());
    Schema s = schema("monitor");
    List<String> kinds = new ArrayList<>();
    for (String line : lines.split("\n")) {
      assertThat(problems(s, line)).as(line).isEmpty();
      String kind = JSON.readTree(line).get("kind").asText();
      if (!kinds.contains(kind)) {
        kinds.add(kind);
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder("alert", "colour-change", "due", "overdue", "month", "run");
    // without --rejects no file is written and the run says none
    String[] none = out("monitor", "--region", "620825", "--synthetic", "5", "--months", "1", "--format", "json",
        "--progress", "never").split("\n");
    String run = none[none.length - 1];
    assertThat(problems(s, run)).as(run).isEmpty();
    assertThat(JSON.readTree(run).get("rejectsFile").isNull()).isTrue();
  }

  @Test
  void anOutputThatBreaksTheContractIsCaughtWithItsPath() throws IOException {
    String json = out("screen", "--date", "2025-10-01", "--format", "json",
        EXAMPLES.resolve("households/dibao.json").toString());
    ObjectNode tree = (ObjectNode) JSON.readTree(json);
    ((ObjectNode) tree.get("determinations").get(0)).put("monthlyAmount", 760.0); // a number, not an exact decimal string
    tree.put("surprise", true);
    List<String> p = problems(schema("screen"), JSON.writeValueAsString(tree));
    assertThat(p).anySatisfy(x -> assertThat(x).contains("/determinations/0/monthlyAmount"))
        .anySatisfy(x -> assertThat(x).contains("surprise"));
    String line = "{\"kind\":\"month\",\"month\":\"2025-13\"}";
    assertThat(problems(schema("monitor"), line)).isNotEmpty();
  }

  /**
   * validUntil is exclusive (the first day a result no longer applies) and lastValidDay the day before
   * (docs/rulebook.md), in every determination and catalogue result that has an end; one without an
   * end has neither. The schema requires a date in lastValidDay exactly when validUntil is a date.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rigid-expenditure", "boy-back-to-school", "dibao-marginal-car-story", "dibao-job-placement"})
  void lastValidDayIsTheDayBeforeValidUntil(String household) throws IOException {
    JsonNode tree = JSON.readTree(out("screen", "--date", "2025-10-01", "--format", "json",
        EXAMPLES.resolve("households/" + household + ".json").toString()));
    int ends = 0;
    for (String list : new String[] {"determinations", "catalogue"}) {
      for (JsonNode r : tree.get(list)) {
        String at = list + " " + r.get("programme").asText();
        assertThat(r.has("validUntil")).as(at).isTrue();
        assertThat(r.has("lastValidDay")).as(at).isTrue();
        if (r.get("validUntil").isNull()) {
          assertThat(r.get("lastValidDay").isNull()).as(at).isTrue();
        } else {
          ends++;
          assertThat(LocalDate.parse(r.get("lastValidDay").asText()))
              .as(at).isEqualTo(LocalDate.parse(r.get("validUntil").asText()).minusDays(1));
        }
      }
    }
    assertThat(ends).as("results with an end").isPositive();
    if (household.equals("rigid-expenditure")) {
      // recognised on 2025-10-01 for 12 months: until 2026-10-01 exclusive, 30 September 2026 the last day
      for (String list : new String[] {"determinations", "catalogue"}) {
        JsonNode rigid = null;
        for (JsonNode r : tree.get(list)) {
          if (r.get("programme").asText().equals("cn.rigid-expenditure")) {
            rigid = r;
          }
        }
        assertThat(rigid).as(list).isNotNull();
        assertThat(rigid.get("validUntil").asText()).as(list).isEqualTo("2026-10-01");
        assertThat(rigid.get("lastValidDay").asText()).as(list).isEqualTo("2026-09-30");
      }
    }
  }

  @Test
  void theSchemaWantsLastValidDayExactlyWhenThereIsAValidUntil() throws IOException {
    String json = out("screen", "--date", "2025-10-01", "--format", "json",
        EXAMPLES.resolve("households/rigid-expenditure.json").toString());
    Schema screen = schema("screen");
    assertThat(problems(screen, json)).isEmpty();
    for (String list : new String[] {"determinations", "catalogue"}) {
      int rigid = -1;
      int open = -1;
      JsonNode items = JSON.readTree(json).get(list);
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).get("programme").asText().equals("cn.rigid-expenditure")) {
          rigid = i;
        } else if (open < 0 && items.get(i).get("validUntil").isNull()) {
          open = i;
        }
      }
      assertThat(rigid).isNotNegative();
      assertThat(open).isNotNegative();
      String path = "/" + list + "/" + rigid;
      String openPath = "/" + list + "/" + open;
      // a result with an end and no lastValidDay, or a null one, breaks the contract
      ObjectNode missing = (ObjectNode) JSON.readTree(json);
      ((ObjectNode) missing.get(list).get(rigid)).remove("lastValidDay");
      assertThat(problems(screen, JSON.writeValueAsString(missing))).as(list)
          .anySatisfy(x -> assertThat(x).startsWith(path).contains("lastValidDay"));
      ObjectNode nulled = (ObjectNode) JSON.readTree(json);
      ((ObjectNode) nulled.get(list).get(rigid)).putNull("lastValidDay");
      assertThat(problems(screen, JSON.writeValueAsString(nulled))).as(list)
          .anySatisfy(x -> assertThat(x).startsWith(path + "/lastValidDay"));
      // an open-ended result with a last day breaks it too
      ObjectNode stray = (ObjectNode) JSON.readTree(json);
      ((ObjectNode) stray.get(list).get(open)).put("lastValidDay", "2026-09-30");
      assertThat(problems(screen, JSON.writeValueAsString(stray))).as(list)
          .anySatisfy(x -> assertThat(x).startsWith(openPath + "/lastValidDay"));
    }
  }
}
