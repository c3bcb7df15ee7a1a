package org.jiuzhu.rules.catalogue;

/**
 * A document an applicant brings, e.g. 身份证或户口簿.
 *
 * @param id a stable id, e.g. {@code id-card}
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @since 0.1.0
 */
public record Document(String id, String nameZh, String nameEn) {}
