/** A back-office codebase: it signs nobody up and sets no cookie, and says so. */
@PolicyScope(without = {PolicyScope.Part.SIGN_UP, PolicyScope.Part.COOKIES}, reason = "an internal reporting job")
package tech.openfactory.policy.compliance.drift.scope;

import tech.openfactory.policy.annotations.PolicyScope;
