package org.jiuzhu.core.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jiuzhu.core.validation.Problems;

/**
 * The official source a {@linkplain ParameterStatus#VERIFIED verified} value was checked against:
 * the document's title, its issuing body, its document number where the page prints one
 * (文号, e.g. 锡政发〔2025〕8号), the date the document bears, the address of the page read, and
 * what kind of page that is. Only an official government page or an official-media copy of the
 * official text can verify a value; a mirror or a republication is a {@linkplain
 * ParameterValue#lead() lead}, never a source.
 *
 * @since 0.1.0
 */
public final class Source {
  /** What kind of page a source was read on. */
  public enum Kind {
    /** A government or civil-affairs site (a gov.cn domain or a 民政 site). */
    OFFICIAL("official"),
    /** Official media (Xinhua, a party or government newspaper) carrying the official text. */
    OFFICIAL_MEDIA("official-media"),
    /**
     * The complete text of a promulgated national regulation, cited by its order number and read
     * in an official compilation (国家法律法规数据库 flk.npc.gov.cn, the State Council gazette). A
     * private compilation (a copy on GitHub or a law portal) is a mirror: a lead, never a source.
     */
    STATUTE_TEXT("statute-text");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** The name policy files use, e.g. {@code official-media}. */
    public String id() {
      return id;
    }

    /** The kind whose {@link #id()} is {@code id}, if any. */
    public static Optional<Kind> fromId(String id) {
      for (Kind k : values()) {
        if (k.id.equals(id)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  private final String title;
  private final String issuer;
  private final String documentNumber;
  private final LocalDate date;
  private final String address;
  private final Kind kind;
  private final String quote;

  private Source(Builder b) {
    this.title = b.title;
    this.issuer = b.issuer;
    this.documentNumber = b.documentNumber;
    this.date = b.date;
    this.address = b.address;
    this.kind = b.kind;
    this.quote = b.quote;
  }

  /** Starts a source. */
  public static Builder builder() {
    return new Builder();
  }

  /** The document's title, e.g. 市政府关于调整全市居民最低生活保障等标准的通知. */
  public String title() {
    return title;
  }

  /** The body that issued it, e.g. 无锡市人民政府. */
  public String issuer() {
    return issuer;
  }

  /** The document number (文号) where the page prints one. */
  public Optional<String> documentNumber() {
    return Optional.ofNullable(documentNumber);
  }

  /** The date the document bears (成文日期 or the date of the notice). */
  public LocalDate date() {
    return date;
  }

  /** The address of the page read. */
  public String address() {
    return address;
  }

  /** What kind of page it was read on. */
  public Kind kind() {
    return kind;
  }

  /** The passage of the text that gives the value, if recorded. */
  public Optional<String> quote() {
    return Optional.ofNullable(quote);
  }

  /** The same document without its quote: what two values from one document share. */
  public Source document() {
    if (quote == null) {
      return this;
    }
    return builder().title(title).issuer(issuer).documentNumber(documentNumber).date(date).address(address).kind(kind)
        .build();
  }

  /** One line: issuer《title》number, date, kind, address. */
  @Override
  public String toString() {
    return issuer + "《" + title + "》" + (documentNumber == null ? "" : documentNumber) + ", " + date + ", "
        + kind.id() + ", " + address;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Source)) {
      return false;
    }
    Source s = (Source) o;
    return s.title.equals(title) && s.issuer.equals(issuer) && Objects.equals(s.documentNumber, documentNumber)
        && s.date.equals(date) && s.address.equals(address) && s.kind == kind && Objects.equals(s.quote, quote);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, issuer, documentNumber, date, address, kind, quote);
  }

  /** Builds a {@link Source}; {@link #build()} reports every missing field at once. */
  public static final class Builder {
    private String title;
    private String issuer;
    private String documentNumber;
    private LocalDate date;
    private String address;
    private Kind kind;
    private String quote;

    private Builder() {}

    /** The document's title (required). */
    public Builder title(String title) {
      this.title = blankToNull(title);
      return this;
    }

    /** The issuing body (required). */
    public Builder issuer(String issuer) {
      this.issuer = blankToNull(issuer);
      return this;
    }

    /** The document number, where printed. */
    public Builder documentNumber(String documentNumber) {
      this.documentNumber = blankToNull(documentNumber);
      return this;
    }

    /** The date the document bears (required). */
    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /** The address of the page read (required). */
    public Builder address(String address) {
      this.address = blankToNull(address);
      return this;
    }

    /** The kind of page (required). */
    public Builder kind(Kind kind) {
      this.kind = kind;
      return this;
    }

    /** The passage that gives the value. */
    public Builder quote(String quote) {
      this.quote = blankToNull(quote);
      return this;
    }

    /**
     * Builds the source.
     *
     * @throws org.jiuzhu.core.validation.ValidationException naming every missing field
     */
    public Source build() {
      Problems p = new Problems();
      if (title == null) {
        p.add("source.title", "source.title.missing", "no title of the document");
      }
      if (issuer == null) {
        p.add("source.issuer", "source.issuer.missing", "no issuing body");
      }
      if (date == null) {
        p.add("source.date", "source.date.missing", "no date of the document (YYYY-MM-DD)");
      }
      if (address == null) {
        p.add("source.address", "source.address.missing", "no address of the page read");
      }
      if (kind == null) {
        p.add("source.kind", "source.kind.missing", "no kind of page; expected official, official-media or statute-text"
            + " (a mirror or a republication is a lead, not a source)");
      }
      p.throwIfAny("source");
      return new Source(this);
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
