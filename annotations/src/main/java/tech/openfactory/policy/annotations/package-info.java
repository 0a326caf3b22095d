/**
 * The annotations production code carries so that the compliance kit can check it against the privacy policy.
 * Every id they take is an id of the policy file (the privacy-policy artifact's {@code privacy/policy.yaml}). This
 * package has no dependencies.
 */
package tech.openfactory.policy.annotations;
