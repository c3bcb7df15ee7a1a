package org.jiuzhu.example.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load on loopback: {@code clients} threads, each submitting applications (a household whose
 * loss is above the cap of temporary assistance, 临时救助) and deciding each case by case (一事一议) as the
 * county, until {@code seconds} have passed, {@code maxRequests} were sent or {@link #stop()} is called.
 * Every acknowledgement (201) is kept so that the database can be checked against it.
 */
final class LoadRun {
  private static final ObjectMapper JSON = new ObjectMapper();

  final Set<String> applications = ConcurrentHashMap.newKeySet();
  final Set<String> decisions = ConcurrentHashMap.newKeySet();
  final Set<String> personal = ConcurrentHashMap.newKeySet();
  final AtomicInteger requests = new AtomicInteger();
  final AtomicInteger errors = new AtomicInteger();
  final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final AtomicLong elapsedNanos = new AtomicLong();
  private final CountDownLatch acks;

  LoadRun(int acksToSignal) {
    this.acks = new CountDownLatch(Math.max(acksToSignal, 0));
  }

  /** Runs the load and returns when every client is done. */
  void run(int port, String auth, int clients, int seconds, int maxRequests, long seed) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread t = new Thread(() -> client(new Http(port), auth, new Random(seed + client), client, deadline, maxRequests),
          "load-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    elapsedNanos.set(System.nanoTime() - start);
  }

  /** Waits until {@code n} applications were acknowledged (at most {@code maxSeconds}). */
  boolean awaitAcks(int maxSeconds) throws InterruptedException {
    return acks.await(maxSeconds, java.util.concurrent.TimeUnit.SECONDS);
  }

  void stop() {
    stopped.set(true);
  }

  private void client(Http http, String auth, Random r, int client, long deadline, int maxRequests) {
    long[] mine = new long[4096];
    int n = 0;
    int i = 0;
    while (!stopped.get() && System.nanoTime() < deadline && requests.get() < maxRequests) {
      i++;
      String loss = (6000 + r.nextInt(3000)) + "." + String.format(Locale.ROOT, "%02d", r.nextInt(100));
      Households.Generated g = Households.fire(r, "load-" + client + "-" + i, "620825", loss);
      personal.addAll(List.of(g.names()));
      personal.addAll(List.of(g.citizenIds()));
      String id = null;
      long t0 = System.nanoTime();
      try {
        requests.incrementAndGet();
        Http.Response a = http.post("/api/applications?date=2025-10-01", auth, g.json());
        if (a.status() == 201) {
          id = JSON.readTree(a.body()).get("id").asText();
          applications.add(id);
          acks.countDown();
        } else {
          error(a.status() + " " + a.body());
        }
      } catch (Exception e) {
        error(e.getClass().getSimpleName());
      }
      if (n == mine.length) {
        latencies.add(mine);
        mine = new long[4096];
        n = 0;
      }
      mine[n++] = System.nanoTime() - t0;
      if (id == null || stopped.get()) {
        continue;
      }
      String amount = (5000 + r.nextInt(4000)) + ".00";
      t0 = System.nanoTime();
      try {
        requests.incrementAndGet();
        Http.Response d = http.post("/api/applications/" + id + "/decisions", auth, "{\"programme\": \"cn.temporary-assistance\","
            + " \"situation\": \"temporary.above-cap\", \"outcome\": \"ELIGIBLE\", \"amount\": \"" + amount + "\", \"reason\":"
            + " \"house burnt down\", \"date\": \"2025-10-03\"}");
        if (d.status() == 201) {
          JsonNode body = JSON.readTree(d.body());
          if (body.get("oneOff").decimalValue().compareTo(new java.math.BigDecimal(amount)) == 0) {
            decisions.add(id);
          } else {
            error("decided " + body.get("oneOff") + ", not " + amount);
          }
        } else {
          error(d.status() + " " + d.body());
        }
      } catch (Exception e) {
        error(e.getClass().getSimpleName());
      }
      if (n == mine.length) {
        latencies.add(mine);
        mine = new long[4096];
        n = 0;
      }
      mine[n++] = System.nanoTime() - t0;
    }
    latencies.add(java.util.Arrays.copyOf(mine, n));
  }

  private void error(String what) {
    errors.incrementAndGet();
    if (errorSamples.size() < 5) {
      errorSamples.add(what.length() > 300 ? what.substring(0, 300) : what);
    }
  }

  double seconds() {
    return elapsedNanos.get() / 1e9;
  }

  /** The latency at quantile {@code q} (0-1), milliseconds. */
  double latencyMs(double q) {
    List<Long> all = new ArrayList<>();
    for (long[] a : latencies) {
      for (long x : a) {
        all.add(x);
      }
    }
    if (all.isEmpty()) {
      return 0;
    }
    Collections.sort(all);
    int i = (int) Math.min(all.size() - 1, Math.ceil(q * all.size()) - 1);
    return all.get(Math.max(i, 0)) / 1e6;
  }

  String summary(int clients) {
    return String.format(Locale.ROOT, "%d clients, %.1f s: %d requests (%d applications and %d decisions acknowledged),"
        + " %.0f requests/s, p50 %.1f ms, p99 %.1f ms, errors %d", clients, seconds(), requests.get(), applications.size(),
        decisions.size(), requests.get() / seconds(), latencyMs(0.50), latencyMs(0.99), errors.get());
  }
}
