package org.jiuzhu.core.region;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;

/**
 * A named administrative division, as a policy module declares it.
 *
 * @since 0.1.0
 */
public final class Region {
  private final RegionCode code;
  private final String nameZh;
  private final String nameEn;

  private Region(RegionCode code, String nameZh, String nameEn) {
    this.code = checkNotNull(code, "code");
    this.nameZh = checkNotNull(nameZh, "nameZh");
    this.nameEn = checkNotNull(nameEn, "nameEn");
    checkArgument(!nameZh.isBlank(), "region %s needs a Chinese name", code);
    checkArgument(!nameEn.isBlank(), "region %s needs an English name", code);
  }

  /** A region with its Chinese and English names. */
  public static Region of(RegionCode code, String nameZh, String nameEn) {
    return new Region(code, nameZh, nameEn);
  }

  /** The division code. */
  public RegionCode code() {
    return code;
  }

  /** The official Chinese name, e.g. 庄浪县. */
  public String nameZh() {
    return nameZh;
  }

  /** An English name, e.g. Zhuanglang County. */
  public String nameEn() {
    return nameEn;
  }

  /** The level given by the code. */
  public RegionLevel level() {
    return code.level();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Region
        && ((Region) o).code.equals(code)
        && ((Region) o).nameZh.equals(nameZh)
        && ((Region) o).nameEn.equals(nameEn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, nameZh, nameEn);
  }

  @Override
  public String toString() {
    return code + " " + nameZh + " (" + nameEn + ")";
  }
}
