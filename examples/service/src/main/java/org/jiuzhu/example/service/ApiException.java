package org.jiuzhu.example.service;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal the service explains: an HTTP status, a stable problem code, a title and every problem with
 * its path. Messages never hold a name or an unmasked ID number.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem.
   *
   * @param path where in the request, e.g. {@code members[0].citizenId}; empty for the whole request
   * @param code a stable code
   * @param message what is wrong and what was expected
   */
  public record Item(String path, String code, String message) {}

  private final HttpStatus status;
  private final String code;
  private final transient List<Item> problems;

  /** A refusal with its problems. */
  public ApiException(HttpStatus status, String code, String title, List<Item> problems) {
    super(title);
    this.status = status;
    this.code = code;
    this.problems = List.copyOf(problems);
  }

  /** A refusal with one problem. */
  public static ApiException of(HttpStatus status, String code, String title, String path, String message) {
    return new ApiException(status, code, title, List.of(new Item(path, code, message)));
  }

  /** 403: outside the caller's region or authority. */
  public static ApiException forbidden(String code, String path, String message) {
    return of(HttpStatus.FORBIDDEN, code, "Not within your authority", path, message);
  }

  /** 404. */
  public static ApiException notFound(String what) {
    return of(HttpStatus.NOT_FOUND, "not-found", "Not found", "", what + " does not exist");
  }

  /** 409: the stored state forbids it. */
  public static ApiException conflict(String code, String path, String message) {
    return of(HttpStatus.CONFLICT, code, "Conflicts with the stored case", path, message);
  }

  /** 422: well-formed but invalid. */
  public static ApiException invalid(String code, String path, String message) {
    return of(HttpStatus.UNPROCESSABLE_ENTITY, code, "Invalid request", path, message);
  }

  /** The HTTP status. */
  public HttpStatus status() {
    return status;
  }

  /** The problem code. */
  public String code() {
    return code;
  }

  /** Every problem. */
  public List<Item> problems() {
    return problems;
  }
}
