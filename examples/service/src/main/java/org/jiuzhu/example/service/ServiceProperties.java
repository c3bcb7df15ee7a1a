package org.jiuzhu.example.service;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service's own settings ({@code jiuzhu.service.*}).
 *
 * @param dataKey base64 of a 32-byte AES key: households (with names and ID numbers) are stored encrypted
 *     with it (AES-256-GCM)
 * @param hashKey base64 of a key of at least 32 bytes for the keyed hash (HMAC-SHA256) of ID numbers, by
 *     which applications are found without storing the number
 * @param maxBodyBytes the largest request body accepted
 * @param maxNestingDepth the deepest nesting of JSON accepted
 * @param situations a case-by-case catalogue file ({@code jiuzhu-situations/1}); empty for the illustrative
 *     example pack
 * @param users caseworkers created or updated at start, each {@code name:password:LEVEL:region}; the password
 *     is stored only as a bcrypt hash
 */
@ConfigurationProperties("jiuzhu.service")
public record ServiceProperties(String dataKey, String hashKey, long maxBodyBytes, int maxNestingDepth, String situations,
    List<String> users) {
  /** Fills the limits that have a safe default. */
  public ServiceProperties {
    if (maxBodyBytes <= 0) {
      maxBodyBytes = 256 * 1024;
    }
    if (maxNestingDepth <= 0) {
      maxNestingDepth = 16;
    }
    users = users == null ? List.of() : List.copyOf(users);
  }
}
