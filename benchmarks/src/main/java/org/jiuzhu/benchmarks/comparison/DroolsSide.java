package org.jiuzhu.benchmarks.comparison;

import java.util.Arrays;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;

/**
 * The three rules in Drools (the classic engine, {@code drools-engine-classic}), from
 * {@code three-rules.drl}: a stateless session per batch of households, over the plain objects.
 * The knowledge base is built once and shared by threads; each batch gets a new session.
 */
public final class DroolsSide {
  /** The rules' resource on the class path. */
  public static final String DRL = "org/jiuzhu/benchmarks/comparison/three-rules.drl";

  private final KieBase base;

  public DroolsSide() {
    KieHelper helper = new KieHelper();
    helper.addResource(ResourceFactory.newClassPathResource(DRL, DroolsSide.class.getClassLoader()), ResourceType.DRL);
    var verified = helper.verify();
    if (verified.hasMessages(org.kie.api.builder.Message.Level.ERROR)) {
      throw new IllegalStateException("the Drools rules " + DRL + " do not compile: " + verified.getMessages());
    }
    this.base = helper.build();
  }

  /** Decides households {@code from} to {@code to} (exclusive) of {@code pool} in one stateless session into {@code out}. */
  public void run(PlainHousehold[] pool, int from, int to, Results out) {
    out.clear(from, to);
    StatelessKieSession session = base.newStatelessKieSession();
    session.setGlobal("results", out);
    List<PlainHousehold> batch = Arrays.asList(pool).subList(from, to);
    session.execute(batch);
  }
}
