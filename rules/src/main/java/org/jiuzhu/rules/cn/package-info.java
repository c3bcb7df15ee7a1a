/**
 * China's rulebook parameters: {@link org.jiuzhu.rules.cn.CnParameters} declares the keys,
 * {@link org.jiuzhu.rules.cn.CnPolicyModule} ships the national defaults and region packs.
 */
package org.jiuzhu.rules.cn;
