/**
 * Aid plans (一户一策): an {@link org.jiuzhu.core.plan.AidPlan} of {@link
 * org.jiuzhu.core.plan.PlanItem}s answering a household's {@link org.jiuzhu.core.plan.Need}s,
 * with deliveries, evaluations and {@link org.jiuzhu.core.plan.AidPlan#status status} at any date.
 */
package org.jiuzhu.core.plan;
