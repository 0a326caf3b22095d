package tech.openfactory.policy.site;

/**
 * The site could not be built for a reason other than the policy itself: a template with an error, or a folder
 * that cannot be written. The message is ready to show: where, what, and what to do.
 */
public final class SiteException extends Exception {
    private static final long serialVersionUID = 1L;

    public SiteException(String message) {
        super(message);
    }

    public SiteException(String message, Throwable cause) {
        super(message, cause);
    }
}
