package org.jiuzhu.example.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * An example caseworker service (救助经办服务): screening of an application against the whole catalogue
 * (一件事一次办), case-by-case decisions (一事一议) within the caller's authority, aid-plan deliveries and
 * evaluations (一户一策) and hash-chained case records, stored in PostgreSQL.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ServiceApplication {
  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(ServiceApplication.class, args);
  }
}
