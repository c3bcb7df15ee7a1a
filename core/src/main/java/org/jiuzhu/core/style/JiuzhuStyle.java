package org.jiuzhu.core.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated {@code Immutable*} classes are package
 * private and hidden behind the abstract value type; each value type exposes a nested
 * {@code Builder} that extends the generated one; builders are strict (each attribute set once);
 * no {@code with*} copy methods, so values change only through a new builder.
 *
 * <p>Put it on a {@code package-info.java}. It is only needed at compile time.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = false),
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
public @interface JiuzhuStyle {}
