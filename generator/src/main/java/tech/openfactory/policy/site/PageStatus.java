package tech.openfactory.policy.site;

/**
 * Where a policy page stands in the policy's history, for the banner it shows. Templates test it as
 * {@code status.current}; with Pebble's strict variables a misspelt status fails the build instead of silently
 * showing no banner.
 */
public enum PageStatus {
    /** /privacy/ while nothing is published yet: the living policy. */
    LIVING,
    /** /privacy/: the version in force, with news of an upcoming one. */
    INDEX,
    /** A version's own page: the version in force. */
    CURRENT,
    /** A version's own page: published, taking effect later. */
    UPCOMING,
    /** A version's own page: no longer in force. */
    REPLACED;

    public boolean isLiving() {
        return this == LIVING;
    }

    public boolean isIndex() {
        return this == INDEX;
    }

    public boolean isCurrent() {
        return this == CURRENT;
    }

    public boolean isUpcoming() {
        return this == UPCOMING;
    }

    public boolean isReplaced() {
        return this == REPLACED;
    }
}
