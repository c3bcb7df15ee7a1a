package org.jiuzhu.rules.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Parses YAML text into a tree for tests. */
public final class HouseholdReaderTestSupport {
  private HouseholdReaderTestSupport() {}

  /** The tree of {@code yaml}. */
  public static JsonNode yaml(String yaml) {
    try {
      return new YAMLMapper().readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
