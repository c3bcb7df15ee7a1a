package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The batch path runs its own copy of {@link Programmes} (same class file, a profile of its own). */
final class EngineTest {
  @Test
  void theBatchPathRunsAHiddenCopyOfTheSameClassFile() {
    Engine e = Engine.batch();
    assertThat(e.getClass().isHidden()).isTrue();
    assertThat(e.getClass().getName()).startsWith(Programmes.class.getName() + "/");
    assertThat(e.getClass()).isNotEqualTo(Programmes.class);
    // one copy for the JVM, any number of engines
    assertThat(Engine.batch().getClass()).isEqualTo(e.getClass());
  }
}
