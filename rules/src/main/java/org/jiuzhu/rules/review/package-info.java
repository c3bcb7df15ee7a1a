/**
 * Case-by-case catalogues as files: {@link org.jiuzhu.rules.review.SituationFiles} reads them and
 * ships an illustrative example pack of 7 township, 4 county and 4 city situations.
 */
package org.jiuzhu.rules.review;
