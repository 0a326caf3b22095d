package tech.openfactory.policy.compliance;

import java.util.Arrays;
import java.util.Optional;
import tech.openfactory.policy.model.Section;

/**
 * Every rule of the kit, defined once: its id (what {@code @Exempt(rule = ...)} and {@code code.exemptions} name),
 * the section of the policy it checks, what it checks, and how code says so. The README's table, the report and the
 * validation of exemptions are all made from this list.
 */
public enum RuleId {
    PERSONAL_DATA_DECLARED("personal-data-declared", Section.COLLECTION,
            "declared personal data uses the policy's category and element ids",
            "`@PersonalData(category, element)`"),
    UNDECLARED_PERSONAL_DATA("undeclared-personal-data", Section.COLLECTION,
            "every stored field of a persisted type (JPA, Spring Data, MyBatis, `code.storagePackages`) that looks"
                    + " personal, that can hold text in a person-like type, or that is a fact of a row belonging to a"
                    + " person, is declared or marked not personal; finding no persisted type fails",
            "`@PersonalData` on the field or the class, `@NotPersonal(reason)`"),
    STALE_ELEMENT("stale-element", Section.COLLECTION,
            "every element the policy lists is stored by some declared field",
            "`@PersonalData`"),
    ENCRYPTION("encryption", Section.COLLECTION,
            "elements marked `encrypted: true` or `hashed: true` are stored only in encrypted or hashed fields",
            "`@Encrypted`, `@Hashed`"),
    SECURITY_DATA("security-data", Section.COLLECTION,
            "IP addresses and user agents are kept only as data of the category that lists them",
            "`@PersonalData`"),
    DENIED_SDK("denied-sdk", Section.RESTRICTIONS,
            "no advertising, data-broker or tracking SDK (a default list; `code.deniedSdkPackages` adds)",
            "—"),
    NO_TRAINING("no-training", Section.RESTRICTIONS,
            "no type holding declared personal data, or using one, reaches a training or fine-tuning API"
                    + " (`code.trainingApis` adds)",
            "—"),
    RECIPIENT_ADAPTER("recipient-adapter", Section.SHARING,
            "a recipient's `sdkPackages` are used only by its adapters",
            "`@RecipientAdapter(id)`"),
    RECIPIENT_CATEGORIES("recipient-categories", Section.SHARING,
            "an adapter handles only the categories its recipient may receive",
            "`@RecipientAdapter(id)`"),
    RETENTION_JOB("retention-job", Section.RETENTION,
            "each rule purged automatically has a job, and the period its code uses (`Duration.ofDays(n)`,"
                    + " `minusDays(n)`, `minus(n, DAYS)`) is the policy's",
            "`@RetentionJob(rule)`"),
    REMOVAL_AFTER_DELETION("removal-after-deletion", Section.RETENTION,
            "what a rule removes within a period after the account is deleted is gone once that period has passed (a"
                    + " contract test: erase a person, run the removal jobs that much later, find nothing)",
            "`PolicyContracts...eraser(...)`, `.removal(rule, job)`"),
    RIGHTS_HANDLER("rights-handler", Section.RIGHTS,
            "each right `enforcedBy` an eraser, exporter or corrector has one for every category it covers",
            "`@Eraser`, `@Exporter`, `@Corrector`"),
    COOKIE_DECLARED("cookie-declared", Section.COOKIES,
            "every cookie the code sets (Servlet `Cookie`, `ResponseCookie`, a `Set-Cookie` header) or its"
                    + " configuration sets (session cookie, remember-me, CSRF) is declared under a listed name, read"
                    + " from the code; every declared cookie is set somewhere",
            "`@SetsCookie` only where the name is computed at run time"),
    COOKIE_CONSENT("cookie-consent", Section.COOKIES,
            "a cookie the policy marks not required is set only by consent-gated code",
            "`@ConsentGated`"),
    COOKIE_SECURITY("cookie-security", Section.COOKIES,
            "a required cookie is made Secure and HttpOnly (setters, `ResponseCookie` builder, session properties);"
                    + " HttpOnly not for one the policy marks `scriptReadable: true`",
            "—"),
    MINIMUM_AGE("minimum-age", Section.CHILDREN_AND_CHANGES,
            "the sign-up age in code is the policy's (the constant's value is read)",
            "`@MinimumAge(16)`, or `@PolicyScope(without = SIGN_UP)`"),
    EXEMPTIONS("exemptions", null,
            "every exemption in `code.exemptions` excuses code that exists; every `@Exempt` names a rule and a reason",
            "—");

    private final String id;
    private final Section section;
    private final String checks;
    private final String codeSaysSoWith;

    RuleId(String id, Section section, String checks, String codeSaysSoWith) {
        this.id = id;
        this.section = section;
        this.checks = checks;
        this.codeSaysSoWith = codeSaysSoWith;
    }

    /** The id exemptions name, e.g. {@code retention-job}. */
    public String id() {
        return id;
    }

    /** The section of the policy the rule checks; null for {@link #EXEMPTIONS}, which checks the code section. */
    public Section section() {
        return section;
    }

    /** What the rule checks, in the README's words (Markdown). */
    public String checks() {
        return checks;
    }

    /** The annotations code uses to say so (Markdown). */
    public String codeSaysSoWith() {
        return codeSaysSoWith;
    }

    /** Whether code can be excused from the rule (every rule but the check of the exemptions themselves). */
    public boolean exemptable() {
        return this != EXEMPTIONS;
    }

    public static Optional<RuleId> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
