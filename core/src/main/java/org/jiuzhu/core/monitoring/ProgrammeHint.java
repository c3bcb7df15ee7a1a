package org.jiuzhu.core.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A programme a household probably qualifies for, found by screening the household as it now
 * stands.
 *
 * @param programmeId the programme's id in the catalogue, e.g. {@code cn.dibao}
 * @param nameZh the programme's Chinese name
 * @param nameEn the programme's English name
 * @param alreadyReceived whether the household already receives it
 * @since 0.1.0
 */
public record ProgrammeHint(String programmeId, String nameZh, String nameEn, boolean alreadyReceived) {
  /** Checks the fields. */
  public ProgrammeHint {
    checkNotNull(programmeId, "programmeId");
    checkNotNull(nameZh, "nameZh");
    checkNotNull(nameEn, "nameEn");
  }
}
