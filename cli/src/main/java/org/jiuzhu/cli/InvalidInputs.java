package org.jiuzhu.cli;

import java.util.List;

/**
 * Several inputs of one run are invalid (a household and a policy file): each is said, one after
 * the other, in one run, and the command exits 1.
 */
final class InvalidInputs extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Each input's refusal: a {@link org.jiuzhu.core.validation.ValidationException} or a policy file's. */
  final transient List<RuntimeException> parts;

  InvalidInputs(List<RuntimeException> parts) {
    super(parts.get(0).getMessage(), parts.get(0));
    this.parts = List.copyOf(parts);
  }
}
