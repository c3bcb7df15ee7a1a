package org.jiuzhu.core.policy;

import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Text;

/**
 * No policy module declares the region (nor, for a township, its county).
 *
 * @since 0.1.0
 */
public final class UnknownRegionException extends PolicyException {
  private static final long serialVersionUID = 1L;

  private final transient RegionCode region;
  private final transient Text text;

  /** Creates the exception for {@code region}, with its message in English only. */
  public UnknownRegionException(RegionCode region, String message) {
    super(message);
    this.region = region;
    this.text = null;
  }

  /**
   * Creates the exception for {@code region}, with its message in both languages.
   *
   * @since 0.2.0
   */
  public UnknownRegionException(RegionCode region, Text message) {
    super(message.in(Lang.EN));
    this.region = region;
    this.text = message;
  }

  /** The message in {@code lang} (in English when it was given in English only). @since 0.2.0 */
  @Override
  public String getMessage(Lang lang) {
    return text == null ? getMessage() : text.in(lang);
  }

  /**
   * The message in both languages, when it was given so (a {@link Policy#snapshot} gives it): to
   * say the region as one problem among others ({@link org.jiuzhu.core.validation.Problem#of(String,
   * String, Text)}).
   *
   * @since 0.14.0
   */
  public java.util.Optional<Text> text() {
    return java.util.Optional.ofNullable(text);
  }

  /** The region that is unknown. */
  public RegionCode region() {
    return region;
  }
}
