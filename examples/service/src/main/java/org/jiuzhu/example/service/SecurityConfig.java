package org.jiuzhu.example.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.region.RegionCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic over a stateless API; caseworkers and their bcrypt hashes in the {@code caseworker} table. A
 * successful sign-in is remembered for a few minutes under a keyed hash of the password, so that a bcrypt
 * check is not paid on every request. 401 and 403 are problem+json like every other error.
 */
@Configuration
public class SecurityConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  UserDetailsService caseworkerDetails(JdbcTemplate jdbc) {
    return username -> {
      List<Caller> found = jdbc.query("select username, password_hash, level, region from caseworker where username = ?",
          (rs, i) -> new Caller(rs.getString(1), rs.getString(2), DecisionLevel.valueOf(rs.getString(3)),
              RegionCode.parse(rs.getString(4))), username);
      if (found.isEmpty()) {
        throw new UsernameNotFoundException("no such caseworker");
      }
      return found.get(0);
    };
  }

  @Bean
  AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(encoder);
    return new ProviderManager(new RememberingProvider(dao));
  }

  @Bean
  SecurityFilterChain api(HttpSecurity http, ObjectMapper json, AuthenticationManager manager) throws Exception {
    http
        .authenticationManager(manager)
        .csrf(c -> c.disable()) // no cookies, no sessions: every request carries its credentials
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a
            .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
            .requestMatchers("/api/**").authenticated()
            .anyRequest().denyAll())
        .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> {
          res.setHeader("WWW-Authenticate", "Basic realm=\"jiuzhu\"");
          write(json, res, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign-in required",
              "give a caseworker's name and password (HTTP Basic)");
        }))
        .exceptionHandling(x -> x.accessDeniedHandler((req, res, e) -> write(json, res, HttpStatus.FORBIDDEN, "forbidden",
            "Not within your authority", "this request is not open to you")));
    return http.build();
  }

  static void write(ObjectMapper json, HttpServletResponse res, HttpStatus status, String code, String title, String message)
      throws IOException {
    res.setStatus(status.value());
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(res.getOutputStream(), ProblemHandler.body(status, code, title, List.of(new ApiException.Item("", code, message))));
  }

  /** Remembers successful sign-ins for five minutes, keyed by name and a keyed hash of the password. */
  static final class RememberingProvider implements AuthenticationProvider {
    private final AuthenticationProvider delegate;
    private final HashFunction mac;
    private final Cache<String, Authentication> recent = CacheBuilder.newBuilder()
        .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(10_000).build();

    RememberingProvider(AuthenticationProvider delegate) {
      this.delegate = delegate;
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      this.mac = Hashing.hmacSha256(key);
    }

    @Override
    public Authentication authenticate(Authentication a) {
      String key = a.getName() + "\u0000" + mac.hashString(String.valueOf(a.getCredentials()), StandardCharsets.UTF_8);
      Authentication known = recent.getIfPresent(key);
      if (known != null) {
        return known;
      }
      Authentication done = delegate.authenticate(a);
      if (done != null && done.isAuthenticated()) {
        recent.put(key, done);
      }
      return done;
    }

    @Override
    public boolean supports(Class<?> type) {
      return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
  }
}
