/**
 * Deciding programmes: a rule checks {@link org.jiuzhu.core.eligibility.Criterion}s through an
 * {@link org.jiuzhu.core.eligibility.Explainer} (off in population runs, recording for
 * caseworkers) and returns a {@link org.jiuzhu.core.eligibility.Determination} — outcome,
 * amounts, findings, bilingual explanation, validity and provenance.
 */
package org.jiuzhu.core.eligibility;
