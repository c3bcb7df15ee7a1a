package org.jiuzhu.example.service;

import java.net.URI;
import java.util.List;
import org.jiuzhu.core.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json} (RFC 9457) with a {@code problems} list of
 * {@code {path, code, message}}. Spring's own errors (wrong method, media type, missing parameter) keep
 * their status; anything unexpected is a 500 whose body says nothing of the request.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  /** The body of a refusal. */
  public static ProblemDetail body(HttpStatusCode status, String code, String title, List<ApiException.Item> problems) {
    ProblemDetail p = ProblemDetail.forStatus(status);
    p.setType(URI.create("urn:jiuzhu:problem:" + code));
    p.setTitle(title);
    p.setDetail(problems.size() == 1 ? problems.get(0).message() : problems.size() + " problems");
    p.setProperty("problems", problems);
    return p;
  }

  private static ResponseEntity<Object> respond(HttpStatusCode status, ProblemDetail body) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Object> api(ApiException e) {
    return respond(e.status(), body(e.status(), e.code(), e.getMessage(), e.problems()));
  }

  @ExceptionHandler(ValidationException.class)
  ResponseEntity<Object> validation(ValidationException e) {
    List<ApiException.Item> items = e.problems().stream()
        .map(p -> new ApiException.Item(p.path(), p.code(), p.message())).toList();
    return respond(HttpStatus.UNPROCESSABLE_ENTITY,
        body(HttpStatus.UNPROCESSABLE_ENTITY, "validation", "The household is not valid", items));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    // the class only: a message could carry request data
    LOG.error("unexpected {} while handling a request", e.getClass().getName());
    return respond(HttpStatus.INTERNAL_SERVER_ERROR, body(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
        List.of(new ApiException.Item("", "internal", "the service failed; nothing was stored"))));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String detail = body instanceof ProblemDetail p && p.getDetail() != null ? p.getDetail() : ex.getClass().getSimpleName();
    ProblemDetail out = body(status, "request", body instanceof ProblemDetail p && p.getTitle() != null ? p.getTitle()
        : "Bad request", List.of(new ApiException.Item("", "request", detail)));
    return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(out);
  }
}
