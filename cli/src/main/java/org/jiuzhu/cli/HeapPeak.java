package org.jiuzhu.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The largest heap in use during a run, sampled every 10 ms by a daemon thread (the sum of the
 * pools' own peaks overstates it: the pools peak at different times).
 */
final class HeapPeak implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private volatile long peak;
  private volatile boolean running = true;

  HeapPeak() {
    sample();
    sampler = new Thread(() -> {
      while (running) {
        sample();
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "jiuzhu-heap-peak");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    long used = memory.getHeapMemoryUsage().getUsed();
    if (used > peak) {
      peak = used;
    }
  }

  /** The peak so far, in bytes. */
  long peak() {
    sample();
    return peak;
  }

  /** The heap still in use after a full collection, in bytes: what the run retains. */
  long retainedAfterGc() {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
