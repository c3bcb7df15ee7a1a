/**
 * {@link org.jiuzhu.core.style.JiuzhuStyle}, the project-wide Immutables style (compile time
 * only).
 */
package org.jiuzhu.core.style;
