package org.jiuzhu.example.service;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.jiuzhu.core.household.CitizenId;
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
    List<ApiException.Item> masked = problems.stream()
        .map(i -> new ApiException.Item(i.path(), i.code(), mask(i.message()))).toList();
    p.setDetail(masked.size() == 1 ? masked.get(0).message() : masked.size() + " problems");
    p.setProperty("problems", masked);
    return p;
  }

  private static final java.util.regex.Pattern ID_NUMBER = java.util.regex.Pattern.compile("(?<!\\d)(\\d{17}[\\dXx]|\\d{15})(?![\\dXx])");

  /** Masks whatever looks like a citizen ID number (18 or 15 characters), should a message echo one. */
  static String mask(String message) {
    return ID_NUMBER.matcher(message).replaceAll(m -> CitizenId.mask(m.group()));
  }

  private static ResponseEntity<Object> respond(HttpStatusCode status, ProblemDetail body) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Object> api(ApiException e, HttpServletRequest request) {
    return respond(e.status(), at(request.getRequestURI(), body(e.status(), e.code(), e.getMessage(), e.problems())));
  }

  @ExceptionHandler(ValidationException.class)
  ResponseEntity<Object> validation(ValidationException e, HttpServletRequest request) {
    List<ApiException.Item> items = e.problems().stream()
        .map(p -> new ApiException.Item(p.path(), p.code(), p.message())).toList();
    return respond(HttpStatus.UNPROCESSABLE_ENTITY, at(request.getRequestURI(),
        body(HttpStatus.UNPROCESSABLE_ENTITY, "validation", "The household is not valid", items)));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
    // the class only: a message could carry request data
    LOG.error("unexpected {} while handling a request", e.getClass().getName());
    return respond(HttpStatus.INTERNAL_SERVER_ERROR, at(request.getRequestURI(), body(HttpStatus.INTERNAL_SERVER_ERROR,
        "internal", "Internal error", List.of(new ApiException.Item("", "internal", "the service failed; nothing was stored")))));
  }

  /** The request's address as the problem's instance, with anything like an ID number masked. */
  static ProblemDetail at(String path, ProblemDetail p) {
    try {
      p.setInstance(URI.create(mask(path)));
    } catch (IllegalArgumentException e) {
      p.setInstance(URI.create("/"));
    }
    return p;
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    ProblemDetail spring = body instanceof ProblemDetail p ? p
        : ex instanceof org.springframework.web.ErrorResponse er ? er.getBody() : null;
    String detail = spring != null && spring.getDetail() != null ? spring.getDetail() : ex.getClass().getSimpleName();
    String title = spring != null && spring.getTitle() != null ? spring.getTitle() : "Bad request";
    ProblemDetail out = body(status, "request", title, List.of(new ApiException.Item("", "request", detail)));
    if (request instanceof org.springframework.web.context.request.ServletWebRequest sw) {
      at(sw.getRequest().getRequestURI(), out);
    }
    return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(out);
  }
}
