package tech.openfactory.policy.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The categories of personal information California law enumerates (Cal. Civ. Code §1798.140(v)(1)(A)–(L));
 * a privacy policy under the CCPA lists the ones it collects.
 */
public enum CcpaCategory {
    IDENTIFIERS("Identifiers"),
    CUSTOMER_RECORDS("Personal information categories listed in Cal. Civ. Code §1798.80(e)"),
    PROTECTED_CLASSIFICATIONS("Characteristics of protected classifications"),
    COMMERCIAL_INFORMATION("Commercial information"),
    BIOMETRIC_INFORMATION("Biometric information"),
    INTERNET_ACTIVITY("Internet or other electronic network activity information"),
    GEOLOCATION("Geolocation data"),
    SENSORY_DATA("Audio, electronic, visual, thermal, olfactory, or similar information"),
    PROFESSIONAL_INFORMATION("Professional or employment-related information"),
    EDUCATION_INFORMATION("Education information"),
    INFERENCES("Inferences drawn to create a profile"),
    SENSITIVE_PERSONAL_INFORMATION("Sensitive personal information");

    private final String title;

    CcpaCategory(String title) {
        this.title = title;
    }

    /** The statute's name for it, as the page shows it. */
    public String title() {
        return title;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CcpaCategory> of(String id) {
        return Words.of(values(), id, CcpaCategory::id);
    }

    public static String ids() {
        return Words.ids(values(), CcpaCategory::id);
    }
}
