/**
 * Reporting every problem of an input at once: {@link org.jiuzhu.core.validation.Problem}
 * (path, code, message) and {@link org.jiuzhu.core.validation.ValidationException}.
 * {@link org.jiuzhu.core.validation.Problems} collects problems while a check runs.
 */
package org.jiuzhu.core.validation;
