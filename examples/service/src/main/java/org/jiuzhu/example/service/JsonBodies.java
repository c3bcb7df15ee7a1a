package org.jiuzhu.example.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Parses request bodies with limits (nesting depth, string and number lengths, no duplicate keys, nothing
 * after the value). A parse error names the line and column but never echoes the text, which may be an ID
 * number or a name.
 */
@Component
public final class JsonBodies {
  private final ObjectMapper mapper;

  /** A parser with the service's limits. */
  public JsonBodies(ServiceProperties properties) {
    JsonFactory f = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(properties.maxNestingDepth())
            .maxStringLength(64 * 1024)
            .maxNumberLength(64)
            .build())
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = JsonMapper.builder(f)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * The body as a tree.
   *
   * @throws ApiException 400 naming where the body stops being JSON
   */
  public JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      throw ApiException.of(org.springframework.http.HttpStatus.BAD_REQUEST, "body.empty", "Malformed request body", "",
          "the body is empty; expected a JSON object");
    }
    try (JsonParser p = mapper.createParser(body)) {
      JsonNode tree = mapper.readTree(p);
      if (tree == null || tree.isMissingNode()) {
        throw ApiException.of(org.springframework.http.HttpStatus.BAD_REQUEST, "body.empty", "Malformed request body", "",
            "the body holds no JSON value; expected a JSON object");
      }
      return tree;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      String what;
      String code;
      if (e instanceof StreamConstraintsException) {
        code = "body.limit";
        what = e.getOriginalMessage().replaceAll(", from `StreamReadConstraints[^`]*`", "");
      } else if (e instanceof JsonEOFException) {
        code = "body.malformed";
        what = "the body ends inside a value";
      } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
        code = "body.duplicate-field";
        what = e.getOriginalMessage();
      } else if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("Trailing token")) {
        code = "body.malformed";
        what = "more text after the JSON value";
      } else {
        code = "body.malformed";
        what = "not valid JSON (RFC 8259)";
      }
      throw ApiException.of(org.springframework.http.HttpStatus.BAD_REQUEST, code, "Malformed request body", "",
          what + where);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
