/**
 * Aid plans from screenings: {@link org.jiuzhu.rules.plan.AidPlanner} derives a household's
 * needs and proposes a plan of cash, services, in-kind items, development measures and referrals.
 */
package org.jiuzhu.rules.plan;
