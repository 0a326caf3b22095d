package tech.openfactory.policy.compliance.internal;

import java.util.List;

/** The fully qualified names of what the kit reads, so it needs no compile-time dependency on them. */
public final class Names {
    private Names() {}

    public static final String ANNOTATIONS = "tech.openfactory.policy.annotations.";
    public static final String PERSONAL_DATA = ANNOTATIONS + "PersonalData";
    public static final String PERSONAL_DATA_LIST = ANNOTATIONS + "PersonalData$List";
    public static final String NOT_PERSONAL = ANNOTATIONS + "NotPersonal";
    public static final String HASHED = ANNOTATIONS + "Hashed";
    public static final String POLICY_SCOPE = ANNOTATIONS + "PolicyScope";
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
    public static final String[] PERSISTENCE = {"jakarta.persistence.", "javax.persistence."};
    public static final String[] SERVLET = {"jakarta.servlet.http.", "javax.servlet.http."};

    public static final String SCHEDULED = "org.springframework.scheduling.annotation.Scheduled";
    public static final String RESPONSE_COOKIE = "org.springframework.http.ResponseCookie";
    /** Spring Data's auditing annotations: the fields hold the login of who wrote the row. */
    public static final List<String> AUDITOR_FIELDS = List.of("org.springframework.data.annotation.CreatedBy",
            "org.springframework.data.annotation.LastModifiedBy");
    /** Spring Data's and JPA's bookkeeping of when a row was written. */
    public static final List<String> AUDIT_TIMESTAMPS = List.of("org.springframework.data.annotation.CreatedDate",
            "org.springframework.data.annotation.LastModifiedDate", "org.hibernate.annotations.CreationTimestamp",
            "org.hibernate.annotations.UpdateTimestamp");
    /** What marks a field as not stored, or as the row's identity or version rather than data. */
    public static final List<String> TRANSIENT = List.of("jakarta.persistence.Transient", "javax.persistence.Transient",
            "org.springframework.data.annotation.Transient");
    public static final List<String> IDENTITY = List.of("jakarta.persistence.Id", "javax.persistence.Id",
            "jakarta.persistence.EmbeddedId", "javax.persistence.EmbeddedId", "jakarta.persistence.Version",
            "javax.persistence.Version", "org.springframework.data.annotation.Id",
            "org.springframework.data.annotation.Version");
}
