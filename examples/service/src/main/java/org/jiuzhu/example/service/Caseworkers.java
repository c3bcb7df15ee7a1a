package org.jiuzhu.example.service;

import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.region.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates or updates the caseworkers named in {@code jiuzhu.service.users} ({@code name:password:LEVEL:region})
 * at start, after the migrations and before the server opens; only the bcrypt hash of a password is stored. A bad entry stops the start, naming the entry by
 * its position and name (never its password).
 */
@Component
public class Caseworkers implements InitializingBean {
  private static final Logger LOG = LoggerFactory.getLogger(Caseworkers.class);

  private final ServiceProperties properties;
  private final JdbcTemplate jdbc;
  private final PasswordEncoder encoder;

  /** The runner. */
  public Caseworkers(ServiceProperties properties, JdbcTemplate jdbc, PasswordEncoder encoder) {
    this.properties = properties;
    this.jdbc = jdbc;
    this.encoder = encoder;
  }

  @Override
  public void afterPropertiesSet() {
    int i = 0;
    for (String entry : properties.users()) {
      i++;
      String[] f = entry.split(":", -1);
      String at = "jiuzhu.service.users[" + (i - 1) + "]";
      if (f.length != 4 || f[0].isBlank() || f[1].isEmpty()) {
        throw new IllegalStateException(at + ": expected name:password:LEVEL:region");
      }
      DecisionLevel level;
      try {
        level = DecisionLevel.valueOf(f[2]);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(at + " (" + f[0] + "): level '" + f[2] + "'; expected TOWNSHIP, COUNTY or CITY", e);
      }
      RegionCode.problemWith(f[3]).ifPresent(p -> {
        throw new IllegalStateException(at + " (" + f[0] + "): " + p);
      });
      jdbc.update("insert into caseworker (username, password_hash, level, region) values (?, ?, ?, ?) "
          + "on conflict (username) do update set password_hash = excluded.password_hash, level = excluded.level, "
          + "region = excluded.region", f[0], encoder.encode(f[1]), level.name(), f[3]);
      LOG.info("caseworker {} ({} of {})", f[0], level, f[3]);
    }
  }
}
