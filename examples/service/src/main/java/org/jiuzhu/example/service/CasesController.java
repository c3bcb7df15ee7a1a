package org.jiuzhu.example.service;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The REST API; every error is {@code application/problem+json}. */
@RestController
@RequestMapping(path = "/api/applications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "applications", description = "applications, determinations, case-by-case decisions (一事一议), aid plans (一户一策)"
    + " and case records")
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityRequirement(name = "basic")
@ApiResponse(responseCode = "4XX", description = "a refusal, with every problem and its path",
    content = @Content(mediaType = "application/problem+json",
        schema = @Schema(implementation = org.springframework.http.ProblemDetail.class)))
public class CasesController {
  private final CaseService cases;

  /** The controller. */
  public CasesController(CaseService cases) {
    this.cases = cases;
  }

  @Operation(summary = "Submit an application and screen it across the catalogue (一件事一次办)",
      description = "The body is a household in jiuzhu's household format (docs/household-format.md). The application is"
          + " stored with the rulebook version and parameter fingerprint of every determination, its aid plan and the first"
          + " entries of its case record.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object", description = "a household")))
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Views.Application> submit(@AuthenticationPrincipal Caller caller,
      @Parameter(description = "the day of the screening, YYYY-MM-DD") @RequestParam("date")
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestBody(required = false) byte[] body) {
    Views.Application a = cases.submit(caller, body, date);
    return ResponseEntity.created(URI.create("/api/applications/" + a.id())).body(a);
  }

  @Operation(summary = "An application, its determinations (by rule and case by case), catalogue results and plan")
  @GetMapping("/{id}")
  public Views.Application read(@AuthenticationPrincipal Caller caller, @PathVariable("id") UUID id) {
    return cases.read(caller, id);
  }

  @Operation(summary = "Find applications by a member's citizen ID number",
      description = "The number travels in the body, never in the address; it is looked up by its keyed hash.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object", example = "{\"citizenId\": \"…\"}")))
  @PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
  public List<Views.Found> search(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) byte[] body) {
    return cases.findByCitizenId(caller, body);
  }

  @Operation(summary = "Record a case-by-case decision (一事一议) at your level, within its authority",
      description = "Body: programme, situation, outcome (ELIGIBLE|INELIGIBLE), amount (yuan, decimal string), reason, date."
          + " A level below the situation's, or an amount above the level's limit, is 403 with nothing written.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object", example = "{\"programme\":"
          + " \"cn.temporary-assistance\", \"situation\": \"temporary.above-cap\", \"outcome\": \"ELIGIBLE\", \"amount\":"
          + " \"6000.00\", \"reason\": \"house burnt down\", \"date\": \"2025-10-03\"}")))
  @PostMapping(path = "/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Views.Determination> decide(@AuthenticationPrincipal Caller caller, @PathVariable("id") UUID id,
      @RequestBody(required = false) byte[] body) {
    return ResponseEntity.status(201).body(cases.decide(caller, id, body));
  }

  @Operation(summary = "Record a delivery of a plan item (一户一策)",
      description = "Body: item, date, quantity (> 0), amount (yuan). Returns the plan's state on that date.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object", example = "{\"item\": \"i1\","
          + " \"date\": \"2025-10-05\", \"quantity\": 1, \"amount\": \"0\"}")))
  @PostMapping(path = "/{id}/deliveries", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Views.PlanStatus> deliver(@AuthenticationPrincipal Caller caller, @PathVariable("id") UUID id,
      @RequestBody(required = false) byte[] body) {
    return ResponseEntity.status(201).body(cases.deliver(caller, id, body));
  }

  @Operation(summary = "Record an evaluation of a plan item against its target",
      description = "Body: item, date, targetMet (true|false), note.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object", example = "{\"item\": \"i1\","
          + " \"date\": \"2026-01-05\", \"targetMet\": true, \"note\": \"back at school\"}")))
  @PostMapping(path = "/{id}/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Views.PlanStatus> evaluate(@AuthenticationPrincipal Caller caller, @PathVariable("id") UUID id,
      @RequestBody(required = false) byte[] body) {
    return ResponseEntity.status(201).body(cases.evaluate(caller, id, body));
  }

  @Operation(summary = "The case's hash-chained record, verified",
      description = "409 record.tampered when an entry was changed, removed, inserted or reordered in the database.")
  @GetMapping("/{id}/record")
  public Views.Record record(@AuthenticationPrincipal Caller caller, @PathVariable("id") UUID id) {
    return cases.verifiedRecord(caller, id);
  }
}
