package org.jiuzhu.example.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the tests and the load runs: loopback only. */
final class Http {
  /** A response. */
  record Response(int status, String contentType, String body, String location) {}

  private final HttpClient client;
  private final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Response get(String path, String auth) throws IOException, InterruptedException {
    return send("GET", path, auth, null, null);
  }

  Response post(String path, String auth, String json) throws IOException, InterruptedException {
    return send("POST", path, auth, json == null ? null : json.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  Response send(String method, String path, String auth, byte[] body, String contentType)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
        r.headers().firstValue("Location").orElse(null));
  }
}
