package org.jiuzhu.rules.catalogue;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One programme of the catalogue: who runs it, what it gives, what it requires and which
 * documents an applicant brings. Rulebook programmes ({@link #isRulebook()}) are decided by
 * {@link org.jiuzhu.rules.cn.CnRulebook}; the others by their conditions here.
 *
 * @since 0.1.0
 */
public final class CatalogueProgramme {
  final Docs.ProgrammeDoc doc;
  private final Department department;
  private final Kind kind;
  private final ImmutableList<Document> documents;
  private final ImmutableList<Document> documentsIfSchemeNotRecorded;
  /** Interned, so that looking up a rulebook programme's determination by id compares references. */
  private final String id;

  CatalogueProgramme(Docs.ProgrammeDoc doc, Department department, Kind kind, ImmutableList<Document> documents,
      ImmutableList<Document> documentsIfSchemeNotRecorded) {
    this.doc = doc;
    this.documentsIfSchemeNotRecorded = documentsIfSchemeNotRecorded;
    this.department = department;
    this.kind = kind;
    this.documents = documents;
    this.id = doc.id.intern();
  }

  /** The stable id, e.g. {@code cn.medical.reimbursement}. */
  public String id() {
    return id;
  }

  /** The Chinese name. */
  public String nameZh() {
    return doc.nameZh;
  }

  /** The English name. */
  public String nameEn() {
    return doc.nameEn;
  }

  /** The department that runs it. */
  public Department department() {
    return department;
  }

  /** What it gives. */
  public Kind kind() {
    return kind;
  }

  /** The instrument it implements. */
  public String legalReference() {
    return doc.reference;
  }

  /** The documents an applicant brings. */
  public ImmutableList<Document> documents() {
    return documents;
  }

  /**
   * The documents asked for besides {@link #documents()} when the programme is granted to a member
   * whose insurance scheme (a condition of the programme) is not recorded: proof of the scheme.
   */
  public ImmutableList<Document> documentsIfSchemeNotRecorded() {
    return documentsIfSchemeNotRecorded;
  }

  /** True for the programmes of the rulebook, decided by {@link org.jiuzhu.rules.cn.CnRulebook}. */
  public boolean isRulebook() {
    return doc.rulebook;
  }

  /** The programmes one of which the household must get first (e.g. 低保), if any. */
  public ImmutableList<String> prerequisites() {
    return doc.anyOf == null ? ImmutableList.of() : ImmutableList.copyOf(doc.anyOf);
  }

  /**
   * The programme this one is an alternative to, if any (e.g. the rent subsidy to public rental
   * housing in kind): when both are granted the household chooses one, and the totals count the
   * programme named here, not this one.
   */
  public Optional<String> alternativeTo() {
    return Optional.ofNullable(doc.alternativeTo);
  }

  /** The amount's type, e.g. {@code MONTHLY_PER_MEMBER}, where the programme pays money. */
  public Optional<String> amountType() {
    return doc.amount == null ? Optional.empty() : Optional.of(doc.amount.type);
  }

  @Override
  public String toString() {
    return doc.id + " (" + doc.nameZh + ", " + department.id() + ", " + kind + ")";
  }
}
