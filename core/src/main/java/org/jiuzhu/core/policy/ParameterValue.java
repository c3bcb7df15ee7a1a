package org.jiuzhu.core.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.time.DateRange;
import org.jiuzhu.core.validation.Problems;

/**
 * One dated value of one parameter in one region, with its provenance: the legal reference it
 * implements, its status ({@link ParameterStatus#VERIFIED} with the official source it was
 * checked against, or {@link ParameterStatus#ILLUSTRATIVE}), and where it was read from.
 *
 * @since 0.1.0
 */
public final class ParameterValue {
  private final ParameterKey<?> key;
  private final RegionCode region;
  private final DateRange effective;
  private final Object value;
  private final String legalReference;
  private final ParameterStatus status;
  private final String source;
  private final Source citation;
  private final String lead;
  private final String note;
  private final String origin;

  private ParameterValue(Builder b) {
    this.key = b.key;
    this.region = b.region;
    this.effective = b.effective;
    this.value = b.value;
    this.legalReference = b.legalReference;
    this.status = b.status;
    this.citation = b.citation;
    this.source = b.citation != null ? b.citation.toString() : b.source;
    this.lead = b.lead;
    this.note = b.note;
    this.origin = b.origin;
  }

  /** Starts a value of {@code key}. */
  public static Builder builder(ParameterKey<?> key) {
    return new Builder(key);
  }

  /** The parameter this is a value of. */
  public ParameterKey<?> key() {
    return key;
  }

  /** The region the value is for. */
  public RegionCode region() {
    return region;
  }

  /** The half-open range of dates on which the value is in force. */
  public DateRange effective() {
    return effective;
  }

  /** The value, of type {@code key().type()}. */
  public Object value() {
    return value;
  }

  /** The value formatted as policy files write it. */
  public String formattedValue() {
    return key.unit().format(value);
  }

  /** The instrument and article the value implements, e.g. 社会救助暂行办法 第十一条. */
  public String legalReference() {
    return legalReference;
  }

  /** Whether the value was checked against an official source. */
  public ParameterStatus status() {
    return status;
  }

  /**
   * The official source a verified value was checked against, as one line of text (the
   * {@linkplain #citation() citation} when there is one); may be given for others too.
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * The official source as structured data: title, issuing body, document number, date, address
   * and kind of page. Every {@linkplain ParameterStatus#VERIFIED verified} value has one.
   *
   * @since 0.1.0
   */
  public Optional<Source> citation() {
    return Optional.ofNullable(citation);
  }

  /**
   * Where a figure was seen on a mirror or a republication (a copy on a non-government host, or a
   * third party's re-telling): the address and what it says, so the next person knows where to
   * look for the original. A lead never verifies a value.
   *
   * @since 0.1.0
   */
  public Optional<String> lead() {
    return Optional.ofNullable(lead);
  }

  /** A remark, e.g. why a value is illustrative. */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /** Where the value was read, e.g. {@code cn/gansu.yaml:42} or a module id. */
  public String origin() {
    return origin;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ParameterValue)) {
      return false;
    }
    ParameterValue v = (ParameterValue) o;
    return v.key.equals(key) && v.region.equals(region) && v.effective.equals(effective)
        && v.value.equals(value) && v.legalReference.equals(legalReference) && v.status == status
        && Objects.equals(v.source, source) && Objects.equals(v.citation, citation) && Objects.equals(v.lead, lead)
        && Objects.equals(v.note, note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, region, effective, value, legalReference, status, source, citation, lead, note);
  }

  @Override
  public String toString() {
    return key + "@" + region + " " + effective + " = " + formattedValue() + " " + key.unit().id()
        + " (" + status.name().toLowerCase(java.util.Locale.ROOT) + ", " + origin + ")";
  }

  /** Builds a {@link ParameterValue}; {@link #build()} reports every missing or bad field at once. */
  public static final class Builder {
    private final ParameterKey<?> key;
    private RegionCode region;
    private DateRange effective;
    private Object value;
    private String legalReference;
    private ParameterStatus status;
    private String source;
    private Source citation;
    private String lead;
    private String note;
    private String origin = "(built in code)";

    private Builder(ParameterKey<?> key) {
      this.key = checkNotNull(key, "key");
    }

    /** Sets the region the value is for (required). */
    public Builder region(RegionCode region) {
      this.region = region;
      return this;
    }

    /** Sets the dates on which it is in force (required). */
    public Builder effective(DateRange effective) {
      this.effective = effective;
      return this;
    }

    /** Sets the value, of the key's type (required). */
    public Builder value(Object value) {
      this.value = value;
      return this;
    }

    /** Sets the instrument and article it implements (required). */
    public Builder legalReference(String legalReference) {
      this.legalReference = legalReference;
      return this;
    }

    /** Sets the status (required). */
    public Builder status(ParameterStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the source as free text. A verified value needs a {@link #citation(Source)}; free text
     * alone does not verify it.
     */
    public Builder source(String source) {
      this.source = source == null || source.isBlank() ? null : source;
      return this;
    }

    /** Sets the official source as structured data (required when verified). */
    public Builder citation(Source citation) {
      this.citation = citation;
      return this;
    }

    /** Sets a lead: a mirror or republication that gives the figure (see {@link ParameterValue#lead()}). */
    public Builder lead(String lead) {
      this.lead = lead == null || lead.isBlank() ? null : lead;
      return this;
    }

    /** Sets a remark. */
    public Builder note(String note) {
      this.note = note == null || note.isBlank() ? null : note;
      return this;
    }

    /** Sets where the value was read, for messages. */
    public Builder origin(String origin) {
      this.origin = checkNotNull(origin, "origin");
      return this;
    }

    /**
     * Builds the value.
     *
     * @throws org.jiuzhu.core.validation.ValidationException listing every missing or bad field
     */
    public ParameterValue build() {
      Problems p = new Problems();
      if (region == null) {
        p.add("region", "value.region.missing", "no region for " + key);
      }
      if (effective == null) {
        p.add("from", "value.effective.missing", "no effective dates for " + key);
      }
      if (value == null) {
        p.add("value", "value.missing", "no value for " + key);
      } else {
        try {
          value = key.unit().check(value);
        } catch (IllegalArgumentException e) {
          p.add("value", "value.invalid", key + ": " + e.getMessage());
        }
      }
      if (legalReference == null || legalReference.isBlank()) {
        p.add("reference", "value.reference.missing", "no legal reference for " + key
            + "; every value names the instrument it implements");
      }
      if (status == null) {
        p.add("status", "value.status.missing", "no status for " + key + "; expected verified or illustrative");
      } else if (status == ParameterStatus.VERIFIED && citation == null) {
        p.add("source", "value.source.missing", key + " is marked verified but names no official source;"
            + " give the source (title, issuer, date, address, kind of page) or mark it illustrative");
      }
      p.throwIfAny("parameter value of " + key + " from " + origin);
      return new ParameterValue(this);
    }
  }
}
