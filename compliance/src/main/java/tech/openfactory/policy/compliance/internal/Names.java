package tech.openfactory.policy.compliance.internal;

/** The fully qualified names of what the kit reads, so it needs no compile-time dependency on them. */
public final class Names {
    private Names() {}

    static final String ANNOTATIONS = "tech.openfactory.policy.annotations.";
    public static final String PERSONAL_DATA = ANNOTATIONS + "PersonalData";
    public static final String RETENTION_JOB = ANNOTATIONS + "RetentionJob";
    public static final String RECIPIENT_ADAPTER = ANNOTATIONS + "RecipientAdapter";
    public static final String SETS_COOKIE = ANNOTATIONS + "SetsCookie";
    public static final String CONSENT_GATED = ANNOTATIONS + "ConsentGated";
    public static final String ERASER = ANNOTATIONS + "Eraser";
    public static final String EXPORTER = ANNOTATIONS + "Exporter";
    public static final String CORRECTOR = ANNOTATIONS + "Corrector";
    public static final String ENCRYPTED = ANNOTATIONS + "Encrypted";
    public static final String MINIMUM_AGE = ANNOTATIONS + "MinimumAge";
    public static final String EXEMPT = ANNOTATIONS + "Exempt";
    public static final String EXEMPT_LIST = ANNOTATIONS + "Exempt$List";

    /** Both the Jakarta and the older javax names of JPA and the Servlet API. */
    static final String[] PERSISTENCE = {"jakarta.persistence.", "javax.persistence."};
    static final String[] SERVLET = {"jakarta.servlet.http.", "javax.servlet.http."};
}
