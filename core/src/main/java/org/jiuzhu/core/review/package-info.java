/**
 * Case-by-case decisions (一事一议): a region's {@link org.jiuzhu.core.review.SituationCatalogue}
 * says which level may decide what; {@link org.jiuzhu.core.review.CaseByCase} applies a {@link
 * org.jiuzhu.core.review.Decision} within that authority and records it in a hash-chained {@link
 * org.jiuzhu.core.review.CaseRecord}.
 */
package org.jiuzhu.core.review;
