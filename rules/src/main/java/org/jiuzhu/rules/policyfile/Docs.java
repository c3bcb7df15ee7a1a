package org.jiuzhu.rules.policyfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The shape of a policy file as Jackson binds it; checked by {@link PolicyFileLoader}. */
final class Docs {
  private Docs() {}

  /** A document part that remembers the line it starts on. */
  abstract static class Located {
    int line;
    /** The fields given a value of the wrong kind (already said), left unset. */
    final java.util.Set<String> refused = new java.util.HashSet<>();
  }

  static final class FileDoc extends Located {
    public String format;
    public String module;
    public String description;
    public List<RegionDoc> regions;
    public List<EntryDoc> parameters;
  }

  static final class RegionDoc extends Located {
    public String code;
    public String name;
    public String nameEn;
  }

  static final class EntryDoc extends Located {
    public String key;
    public String region;
    public String unit;
    public String reference;
    public String status;
    public JsonNode source;
    public String lead;
    public String note;
    public List<ValueDoc> values;
  }

  static final class ValueDoc extends Located {
    public String from;
    public String to;
    public JsonNode value;
    public String reference;
    public String status;
    public JsonNode source;
    public String lead;
    public String note;
  }
}
