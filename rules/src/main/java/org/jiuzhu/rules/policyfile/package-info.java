/**
 * Policy files: the YAML format {@code jiuzhu-policy/1} and its {@link
 * org.jiuzhu.rules.policyfile.PolicyFileLoader}, whose problems name file, line and key. {@link
 * org.jiuzhu.rules.policyfile.PolicyFileModule} turns files into a policy module.
 */
package org.jiuzhu.rules.policyfile;
