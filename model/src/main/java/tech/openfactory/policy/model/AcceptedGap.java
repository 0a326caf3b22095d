package tech.openfactory.policy.model;

/**
 * An item of the legal-completeness lint that legal has decided does not apply, with the reason; shown in the
 * lint output and the pull-request summary, never silent.
 *
 * @param item   the lint item's id, e.g. {@code gdpr-13-1-b}
 * @param reason why it does not apply
 */
public record AcceptedGap(String item, String reason) {}
