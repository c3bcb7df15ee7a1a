/**
 * User-facing texts in both languages: {@link org.jiuzhu.core.text.Lang} and message bundles
 * ({@link org.jiuzhu.core.text.Messages}, on the JDK's {@code ResourceBundle} and {@code
 * MessageFormat}).
 */
package org.jiuzhu.core.text;
