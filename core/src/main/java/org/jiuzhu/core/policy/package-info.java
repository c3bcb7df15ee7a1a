/**
 * Dated, regional parameters with provenance. {@link org.jiuzhu.core.policy.Policy} gathers
 * {@link org.jiuzhu.core.policy.PolicyModule}s (found with {@link
 * org.jiuzhu.core.policy.PolicyModules}) and hands out immutable, cached {@link
 * org.jiuzhu.core.policy.PolicySnapshot}s per region and date; rules read typed {@link
 * org.jiuzhu.core.policy.ParameterKey}s from them.
 */
package org.jiuzhu.core.policy;
