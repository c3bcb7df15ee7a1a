package org.jiuzhu.example.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Keeps personal data out of the database in clear: a household as submitted (names, ID numbers) is stored
 * encrypted with AES-256-GCM, and each citizen ID number as a keyed hash (HMAC-SHA256, for look-ups) beside
 * its masked form. Both keys come from the service's settings; without them the service does not start.
 */
@Component
public final class PersonalData {
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec dataKey;
  private final SecretKeySpec hashKey;
  private final SecureRandom random = new SecureRandom();

  /** Reads the keys from {@code properties}. */
  public PersonalData(ServiceProperties properties) {
    this.dataKey = new SecretKeySpec(key("jiuzhu.service.data-key", properties.dataKey(), 32, 32), "AES");
    this.hashKey = new SecretKeySpec(key("jiuzhu.service.hash-key", properties.hashKey(), 32, 1024), "HmacSHA256");
  }

  private static byte[] key(String name, String base64, int min, int max) {
    if (base64 == null || base64.isBlank()) {
      throw new IllegalStateException(name + " is not set: give base64 of " + min + " random bytes (openssl rand -base64 32)");
    }
    byte[] k;
    try {
      k = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(name + " is not base64", e);
    }
    if (k.length < min || k.length > max) {
      throw new IllegalStateException(name + " holds " + k.length + " bytes; expected " + (min == max ? min : min + " to " + max));
    }
    return k;
  }

  /** The encrypted form: a random nonce, then the ciphertext and tag. */
  public byte[] encrypt(byte[] clear) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = c.doFinal(clear);
      return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * The clear form.
   *
   * @throws IllegalStateException when the data was changed or another key encrypted it
   */
  public byte[] decrypt(byte[] stored) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
      return c.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a stored household does not decrypt: changed, or encrypted with another key", e);
    }
  }

  /** The keyed hash of a citizen ID number (upper-case X), hex. */
  public String idHash(String citizenId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hashKey);
      byte[] h = mac.doFinal(citizenId.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
      return java.util.HexFormat.of().formatHex(h);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
