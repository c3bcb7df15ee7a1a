/**
 * Administrative divisions: {@link org.jiuzhu.core.region.RegionCode} (GB/T 2260, six digits,
 * or nine for a township) with its parent chain township → county → prefecture → province →
 * national, and {@link org.jiuzhu.core.region.Region}, a named division declared by a policy
 * module.
 */
package org.jiuzhu.core.region;
