/**
 * The household model: {@link org.jiuzhu.core.household.Household} with its {@link
 * org.jiuzhu.core.household.Member}s, income items, assets, rigid spending and life events —
 * immutable, checked on construction, each built with its nested {@code Builder}. Citizen ID
 * numbers ({@link org.jiuzhu.core.household.CitizenId}) are checked and always shown masked.
 */
@JiuzhuStyle
package org.jiuzhu.core.household;

import org.jiuzhu.core.style.JiuzhuStyle;
