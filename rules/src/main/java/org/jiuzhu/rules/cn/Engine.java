package org.jiuzhu.rules.cn;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jiuzhu.rules.batch.BatchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch path's view of {@link Programmes}: decide the household {@code f} is positioned on
 * into {@code sink} at {@code row}.
 *
 * <p>The batch path runs {@link Programmes} — the same class file, byte for byte — loaded a second
 * time as a hidden class ({@link MethodHandles.Lookup#defineHiddenClass}). The rules are written
 * and compiled once; the second copy only gives the JIT compiler a profile of its own: explain
 * mode's branches and the recording explainer never reach the batch path's compiled code, so a
 * caseworker's explanations in the same JVM do not slow a population run down (measured: 35–60%
 * slower with one shared profile). Where the copy cannot be defined, the class itself is used.
 */
interface Engine {
  void run(Facts f, BatchResult sink, int row, int spec);

  /** A new engine for the batch path (fast mode, no objects), from the batch path's own copy of the programmes. */
  static Engine batch() {
    return Copy.make();
  }

  /** Defines the copy once. */
  final class Copy {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final MethodHandle CONSTRUCTOR = define();

    private Copy() {}

    private static MethodHandle define() {
      try (InputStream in = Programmes.class.getResourceAsStream("Programmes.class")) {
        if (in == null) {
          throw new IOException("Programmes.class not found");
        }
        byte[] bytes = in.readAllBytes();
        MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
        return lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class, boolean.class, boolean.class));
      } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
        LOG.debug("the batch path runs on the shared Programmes class ({})", e.toString());
        return null;
      }
    }

    static Engine make() {
      if (CONSTRUCTOR != null) {
        try {
          return (Engine) CONSTRUCTOR.invoke(false, false);
        } catch (Throwable e) {
          LOG.debug("the batch path runs on the shared Programmes class ({})", e.toString());
        }
      }
      return new Programmes(false, false);
    }
  }
}
