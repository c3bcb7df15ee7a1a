package org.jiuzhu.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the household reader with the mistakes an upstream system makes — a key written twice,
 * enum values with stray spaces, numbers and booleans in quotes, trailing text or a second
 * document, UTF-16 files, lone surrogates, ten thousand members, an ID number whose region part
 * names no region, a current benefit naming no programme — on every example household, with a
 * fixed seed. No mutant may crash the reader (only a {@link ValidationException} may come out);
 * every mutant that must be refused is refused, with a problem at the path of the mistake; the
 * mutants that keep the household valid are still read.
 */
final class HouseholdFuzzTest {
  private static final Path HOUSEHOLDS = Path.of(System.getProperty("jiuzhu.households", "../examples/households"));
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long SEED = 20251203L;
  /** A refusal may name any path (a truncated file: where the parser stopped). */
  private static final String ANY = "*";
  private static final int PER_HOUSEHOLD = 95;
  private static final Set<String> ENUM_FIELDS = Set.of("relationship", "hukouType", "workStatus", "workCapacity",
      "schooling", "sex", "category", "type", "use", "reason", "carePlacement");
  private static final Set<String> BOOLEAN_FIELDS = Set.of("livedIn", "orphan", "major", "chronic", "active",
      "onlyDwelling", "earmarkedForMajorIllness", "assetsWithinLowIncomeRules", "eating", "dressing", "bedTransfer",
      "toileting", "indoorWalking", "bathing");
  private static final Set<String> INTEGER_FIELDS = Set.of("grade", "employees", "refusedJobOffers", "dialysisSessionsPerWeek");
  private static final Set<String> TEXT_FIELDS = Set.of("id", "member", "owner", "applicant", "region", "hukouRegion");

  /**
   * A mutant: its bytes, what was done, the path a refusal must name (null: it may be read or
   * refused; {@link #ANY}: it must be refused, at any path), and whether it must be read.
   */
  private record Mutant(String what, byte[] bytes, String mustRefuseAt, boolean mustAccept) {}

  private enum Kind {
    DUPLICATE_KEY, ENUM_SPACE, QUOTED_BOOLEAN, QUOTED_INTEGER, NUMBER_FOR_TEXT, TRAILING_GARBAGE, SECOND_DOCUMENT,
    UTF16, LONE_SURROGATE_ESCAPE, LONE_SURROGATE_BYTES, MANY_MEMBERS, ID_REGION, VALID_ID, UNKNOWN_PROGRAMME,
    DROP_FIELD, TRUNCATE, RANDOM_VALUE
  }

  @Test
  void everyMutantIsReadOrRefusedWithAPathAndNoneThatMustBeRefusedIsAccepted() throws IOException {
    Random random = new Random(SEED);
    List<Path> files;
    try (Stream<Path> s = Files.list(HOUSEHOLDS)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    int total = 0;
    int refused = 0;
    int mustRefuse = 0;
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      JsonNode original = MAPPER.readTree(Files.readAllBytes(file));
      HouseholdReader.read(file.getFileName().toString(), new ByteArrayInputStream(Files.readAllBytes(file)), false);
      for (int i = 0; i < PER_HOUSEHOLD; i++) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        Mutant m = mutate(kind, original, random);
        if (m == null) {
          continue; // this household has no field of that kind
        }
        total++;
        String label = file.getFileName() + " #" + i + " " + m.what();
        try {
          HouseholdReader.read("mutant.json", new ByteArrayInputStream(m.bytes()), false);
          if (m.mustRefuseAt() != null) {
            failures.add(label + ": accepted, expected a refusal at '" + m.mustRefuseAt() + "'");
          }
        } catch (ValidationException e) {
          refused++;
          if (m.mustAccept()) {
            failures.add(label + ": refused " + e.problems() + ", expected it to be read");
          }
          assertThat(e.problems()).as(label).isNotEmpty();
          for (Problem p : e.problems()) {
            assertThat(p.path()).as(label).isNotNull();
            assertThat(p.message()).as(label).isNotBlank();
          }
          if (m.mustRefuseAt() != null) {
            mustRefuse++;
            boolean named = m.mustRefuseAt().equals(ANY) || e.problems().stream().anyMatch(p -> p.path().equals(m.mustRefuseAt()));
            if (!named) {
              failures.add(label + ": refused, but no problem names '" + m.mustRefuseAt() + "': " + e.problems());
            }
          }
        } catch (RuntimeException e) {
          failures.add(label + ": crashed with " + e);
        }
      }
    }
    System.out.printf("household fuzz: %d mutants, %d refused, %d had to be refused at a path%n", total, refused, mustRefuse);
    assertThat(failures).isEmpty();
    assertThat(total).isBetween(900, 1100);
    assertThat(mustRefuse).isGreaterThan(total / 2);
    assertThat(refused).isGreaterThanOrEqualTo(mustRefuse);
  }

  private static Mutant mutate(Kind kind, JsonNode original, Random random) {
    ObjectNode copy = original.deepCopy();
    List<Slot> slots = new ArrayList<>();
    collect(copy, "", slots);
    return switch (kind) {
      case DUPLICATE_KEY -> {
        Slot s = pick(slots, random, x -> x.value().isValueNode());
        if (s == null) {
          yield null;
        }
        String json = write(copy, s.parent(), s.field(), s.value());
        yield new Mutant("duplicate key " + s.path(), utf8(json), s.path(), false);
      }
      case ENUM_SPACE -> {
        Slot s = pick(slots, random, x -> ENUM_FIELDS.contains(x.field()) && x.value().isTextual());
        if (s == null) {
          yield null;
        }
        String v = s.value().textValue();
        s.parent().put(s.field(), random.nextBoolean() ? " " + v : v + " ");
        yield new Mutant("stray space in enum " + s.path(), utf8(copy.toString()), s.path(), false);
      }
      case QUOTED_BOOLEAN -> {
        Slot s = pick(slots, random, x -> BOOLEAN_FIELDS.contains(x.field()) && x.value().isBoolean());
        if (s == null) {
          yield null;
        }
        s.parent().put(s.field(), random.nextBoolean() ? s.value().asText() : (s.value().booleanValue() ? "1" : "0"));
        yield new Mutant("boolean as text " + s.path(), utf8(copy.toString()), s.path(), false);
      }
      case QUOTED_INTEGER -> {
        Slot s = pick(slots, random, x -> INTEGER_FIELDS.contains(x.field()) && x.value().isIntegralNumber());
        if (s == null) {
          yield null;
        }
        s.parent().put(s.field(), s.value().asText());
        yield new Mutant("integer as text " + s.path(), utf8(copy.toString()), s.path(), false);
      }
      case NUMBER_FOR_TEXT -> {
        Slot s = pick(slots, random, x -> TEXT_FIELDS.contains(x.field()) && x.value().isTextual());
        if (s == null) {
          yield null;
        }
        if (random.nextBoolean()) {
          s.parent().put(s.field(), 1 + random.nextInt(999_999));
        } else {
          s.parent().put(s.field(), random.nextBoolean());
        }
        yield new Mutant("number or boolean for text " + s.path(), utf8(copy.toString()), s.path(), false);
      }
      case TRAILING_GARBAGE -> {
        String[] tails = {"}", "]", "x", ",", "\"", "null", "0", ";", "<html>"};
        yield new Mutant("trailing garbage", utf8(copy.toPrettyString() + "\n" + tails[random.nextInt(tails.length)]), "", false);
      }
      case SECOND_DOCUMENT ->
          new Mutant("a second document", utf8(copy.toString() + "\n" + original.toString()), "", false);
      case UTF16 -> {
        boolean bom = random.nextBoolean();
        byte[] b = copy.toPrettyString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        if (bom) {
          byte[] withBom = new byte[b.length + 2];
          withBom[0] = (byte) 0xFE;
          withBom[1] = (byte) 0xFF;
          System.arraycopy(b, 0, withBom, 2, b.length);
          b = withBom;
        }
        yield new Mutant("UTF-16" + (bom ? " with BOM" : ""), b, "", false);
      }
      case LONE_SURROGATE_ESCAPE -> {
        Slot s = pick(slots, random, x -> x.value().isTextual() && !x.field().equals("region"));
        if (s == null) {
          yield null;
        }
        s.parent().put(s.field(), s.value().textValue() + "\uD800");
        String json = copy.toString(); // Jackson writes the lone surrogate as an escape or raw; make it an escape
        json = json.replace("\uD800", "\\ud800");
        yield new Mutant("lone surrogate escape in " + s.path(), utf8(json), s.path(), false);
      }
      case LONE_SURROGATE_BYTES -> {
        byte[] b = utf8(copy.toPrettyString());
        int at = indexOfQuote(b, random);
        byte[] out = new byte[b.length + 3];
        System.arraycopy(b, 0, out, 0, at + 1);
        out[at + 1] = (byte) 0xED; // CESU-style encoding of U+D800
        out[at + 2] = (byte) 0xA0;
        out[at + 3] = (byte) 0x80;
        System.arraycopy(b, at + 1, out, at + 4, b.length - at - 1);
        yield new Mutant("lone surrogate bytes", out, "", false);
      }
      case MANY_MEMBERS -> {
        ArrayNode members = (ArrayNode) copy.get("members");
        JsonNode template = members.get(members.size() - 1);
        int n = HouseholdReader.MAX_MEMBERS + 1 + random.nextInt(10_000 - HouseholdReader.MAX_MEMBERS);
        for (int k = members.size(); k < n; k++) {
          ObjectNode extra = template.deepCopy();
          extra.put("id", "x" + k);
          extra.put("relationship", "OTHER_RELATIVE");
          members.add(extra);
        }
        yield new Mutant(n + " members", utf8(copy.toString()), "members", false);
      }
      case ID_REGION, VALID_ID -> {
        ArrayNode members = (ArrayNode) copy.get("members");
        int k = random.nextInt(members.size());
        ObjectNode member = (ObjectNode) members.get(k);
        if (member.has("citizenId") || !member.has("birthDate")) {
          yield null;
        }
        LocalDate birth = LocalDate.parse(member.get("birthDate").textValue());
        String[] bad = {"990101", "000000", "100000", "110005", "720101", "300000"};
        String region = kind == Kind.VALID_ID ? "620825" : bad[random.nextInt(bad.length)];
        String id17 = region + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        member.put("citizenId", id17 + check(id17));
        member.remove("sex");
        String path = "members[" + k + "].citizenId";
        yield kind == Kind.VALID_ID
            ? new Mutant("valid ID number at " + path, utf8(copy.toString()), null, true)
            : new Mutant("ID number of region " + region + " at " + path, utf8(copy.toString()), path, false);
      }
      case UNKNOWN_PROGRAMME -> {
        ArrayNode benefits = copy.has("currentBenefits") ? (ArrayNode) copy.get("currentBenefits") : copy.putArray("currentBenefits");
        String[] names = {"cn.dibao ", "dibao", "cn.di-bao", "cn.tekun2", "低保", "CN.DIBAO", "cn.medical"};
        ObjectNode b = benefits.addObject();
        b.put("programme", names[random.nextInt(names.length)]);
        b.put("since", "2024-01-01");
        yield new Mutant("unknown programme", utf8(copy.toString()), "currentBenefits[" + (benefits.size() - 1) + "].programme", false);
      }
      case DROP_FIELD -> {
        Slot s = pick(slots, random, x -> true);
        if (s == null) {
          yield null;
        }
        s.parent().remove(s.field());
        yield new Mutant("dropped " + s.path(), utf8(copy.toString()), null, false);
      }
      case TRUNCATE -> {
        byte[] b = utf8(copy.toPrettyString());
        int cut = 1 + random.nextInt(b.length - 2);
        byte[] out = new byte[cut];
        System.arraycopy(b, 0, out, 0, cut);
        yield new Mutant("truncated at byte " + cut, out, ANY, false);
      }
      case RANDOM_VALUE -> {
        Slot s = pick(slots, random, x -> true);
        if (s == null) {
          yield null;
        }
        JsonNode[] values = {MAPPER.getNodeFactory().textNode(""), MAPPER.getNodeFactory().nullNode(),
            MAPPER.getNodeFactory().numberNode(-1), MAPPER.getNodeFactory().numberNode(new java.math.BigDecimal("1e400")),
            MAPPER.getNodeFactory().textNode("9999999999999999999999.999"), MAPPER.getNodeFactory().arrayNode(),
            MAPPER.getNodeFactory().objectNode(), MAPPER.getNodeFactory().textNode("2025-02-30"),
            MAPPER.getNodeFactory().textNode("-0.001"), MAPPER.getNodeFactory().numberNode(Long.MAX_VALUE)};
        s.parent().set(s.field(), values[random.nextInt(values.length)]);
        yield new Mutant("random value at " + s.path(), utf8(copy.toString()), null, false);
      }
    };
  }

  /** A field of an object in the tree, with our path. */
  private record Slot(ObjectNode parent, String field, JsonNode value, String path) {}

  private static void collect(JsonNode node, String path, List<Slot> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        out.add(new Slot((ObjectNode) node, e.getKey(), e.getValue(), p));
        collect(e.getValue(), p, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", out);
      }
    }
  }

  private static Slot pick(List<Slot> slots, Random random, java.util.function.Predicate<Slot> which) {
    List<Slot> fit = slots.stream().filter(which).toList();
    return fit.isEmpty() ? null : fit.get(random.nextInt(fit.size()));
  }

  /** The tree as JSON with {@code field} of {@code object} written twice (the second with the same value). */
  private static String write(JsonNode tree, ObjectNode object, String field, JsonNode value) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(w)) {
      writeNode(g, tree, object, field, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void writeNode(JsonGenerator g, JsonNode n, ObjectNode object, String field, JsonNode value) throws IOException {
    if (n.isObject()) {
      g.writeStartObject();
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        g.writeFieldName(e.getKey());
        writeNode(g, e.getValue(), object, field, value);
        if (n == object && e.getKey().equals(field)) {
          g.writeFieldName(field); // the mistake: the key again, with another value of the same kind
          g.writeTree(value.isTextual() ? MAPPER.getNodeFactory().textNode(value.textValue() + "0") : value);
        }
      }
      g.writeEndObject();
    } else if (n.isArray()) {
      g.writeStartArray();
      for (JsonNode x : n) {
        writeNode(g, x, object, field, value);
      }
      g.writeEndArray();
    } else {
      g.writeTree(n);
    }
  }

  private static int indexOfQuote(byte[] b, Random random) {
    List<Integer> quotes = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '"' && i + 1 < b.length && b[i + 1] != ':' && b[i + 1] != ',') {
        quotes.add(i);
      }
    }
    return quotes.get(random.nextInt(quotes.size()));
  }

  private static char check(String id17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    char[] check = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id17.charAt(i) - '0') * weights[i];
    }
    return check[sum % 11];
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
