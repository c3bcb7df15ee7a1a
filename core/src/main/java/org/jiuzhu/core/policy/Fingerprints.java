package org.jiuzhu.core.policy;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * SHA-256 fingerprints of parameter values, so a decision can say exactly which values it used.
 *
 * @since 0.1.0
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** The fingerprint of {@code values}, in the order given. */
  public static String of(Iterable<ParameterValue> values) {
    Hasher h = Hashing.sha256().newHasher();
    for (ParameterValue v : values) {
      h.putString(v.key().name(), StandardCharsets.UTF_8).putByte((byte) 0)
          .putString(v.region().code(), StandardCharsets.UTF_8).putByte((byte) 0)
          .putString(v.effective().toString(), StandardCharsets.UTF_8).putByte((byte) 0)
          .putString(v.formattedValue(), StandardCharsets.UTF_8).putByte((byte) 0)
          .putString(v.status().name(), StandardCharsets.UTF_8).putByte((byte) 1);
    }
    return h.hash().toString();
  }
}
