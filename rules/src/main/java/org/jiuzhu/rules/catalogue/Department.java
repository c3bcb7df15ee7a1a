package org.jiuzhu.rules.catalogue;

/**
 * A department that runs programmes, e.g. 民政局.
 *
 * @param id a stable id, e.g. {@code civil-affairs}
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @since 0.1.0
 */
public record Department(String id, String nameZh, String nameEn) {}
