package tech.openfactory.policy.model.internal;

import java.util.List;

/** Every mapping the policy file is made of, and the keys each accepts. */
public final class Shapes {
    private Shapes() {}

    static final Shape POLICY = Shape.named("Policy").required("title", "controller", "effective", "lastUpdated",
            "summary", "intro", "collection", "use", "restrictions", "sharing", "retention", "rights", "security",
            "cookies", "childrenAndChanges", "contact").optional("code", "lint");
    static final Shape SUMMARY = Shape.named("Summary").required("title", "text");
    static final Shape COLLECTION = Shape.named("Collection").required("title", "categories").optional("intro", "sources");
    static final Shape SOURCE = Shape.named("Source").required("id", "name", "kind").optional("description");
    static final Shape CATEGORY = Shape.named("DataCategory").required("id", "name", "description", "elements")
            .optional("sources", "ccpaCategories", "provision");
    static final Shape PROVISION = Shape.named("Provision").required("requirement").optional("ifNotProvided");
    static final Shape ELEMENT = Shape.named("DataElement").required("id", "label")
            .optional("encrypted", "hashed", "provision");
    static final Shape USE = Shape.named("Use").required("title", "purposes").optional("automatedDecisions");
    static final Shape AUTOMATED_DECISION = Shape.named("AutomatedDecision")
            .required("id", "name", "logic", "consequences");
    static final Shape PURPOSE = Shape.named("Purpose").required("id", "name", "description")
            .optional("categories", "legalBasis", "legitimateInterest");
    static final Shape RESTRICTIONS = Shape.named("Restrictions").required("title", "commitments");
    static final Shape COMMITMENT = Shape.named("Commitment").required("id", "text");
    static final Shape SHARING = Shape.named("Sharing").required("title", "recipients")
            .optional("intro", "optOutLink", "optOutPreferenceSignals");
    static final Shape RECIPIENT = Shape.named("Recipient").required("id", "name", "description")
            .optional("categories", "sdkPackages", "role", "transfers", "sold", "sharedForAdvertising");
    static final Shape TRANSFER = Shape.named("Transfer").required("country")
            .optional("mechanism", "ukMechanism", "copy");
    static final Shape RETENTION = Shape.named("Retention").required("title", "rules").optional("intro", "note");
    static final Shape RETENTION_RULE = Shape.named("RetentionRule")
            .required("id", "category", "keptFor", "afterDeletion").optional("label");
    static final Shape KEPT_FOR = Shape.named("KeptFor").optional("while", "upTo", "typically", "after", "when");
    static final Shape AFTER_DELETION = Shape.named("AfterDeletion")
            .optional("removedWithin", "purged", "retainedAsRequiredBy");
    static final Shape RIGHTS = Shape.named("Rights").required("title", "rights", "responseTime", "requests")
            .optional("requestMethods", "verification", "authorizedAgents");
    static final Shape REQUEST_METHOD = Shape.named("RequestMethod").required("kind", "address");
    static final Shape RIGHT = Shape.named("Right").required("id", "name", "description")
            .optional("enforcedBy", "categories", "kind");
    static final Shape SECURITY = Shape.named("Security").required("title", "commitments");
    static final Shape COOKIES = Shape.named("Cookies").required("title", "cookies").optional("intro", "note");
    static final Shape COOKIE = Shape.named("Cookie").required("id", "name", "purpose", "required")
            .optional("names", "scriptReadable");
    static final Shape CHILDREN_AND_CHANGES = Shape.named("ChildrenAndChanges")
            .required("title", "children", "changes");
    static final Shape CHILDREN = Shape.named("Children").required("title", "minimumAge", "text");
    static final Shape CHANGE_NOTICE = Shape.named("ChangeNotice").required("title", "text")
            .optional("noticePeriod");
    static final Shape CONTACT = Shape.named("Contact").required("title", "intro", "email", "website")
            .optional("note", "address", "dpo", "euRepresentative", "ukRepresentative", "supervisoryAuthority");
    static final Shape APPOINTMENT = Shape.named("Appointment").required("name", "email").optional("address");
    static final Shape SUPERVISORY_AUTHORITY = Shape.named("SupervisoryAuthority").required("name")
            .optional("website");

    static final Shape CODE = Shape.named("CodeRules")
            .optional("storagePackages", "personalDataNames", "deniedSdkPackages", "trainingApis", "exemptions");
    static final Shape EXEMPTION = Shape.named("Exemption").required("rule", "target", "reason");

    static final Shape LINT = Shape.named("Lint").optional("accepted");
    static final Shape ACCEPTED_GAP = Shape.named("AcceptedGap").required("item", "reason");

    static final Shape LOCK = Shape.named("VersionLock").required("versions");
    static final Shape LOCKED_VERSION = Shape.named("LockedVersion")
            .required("file", "sha256", "kind", "released", "summary").optional("reason", "translations");
    static final Shape LOCKED_TRANSLATION = Shape.named("LockedTranslation").required("file", "sha256");

    /** All shapes of the policy file, for tests that compare the loader with the schema. */
    public static List<Shape> all() {
        return List.of(POLICY, SUMMARY, COLLECTION, SOURCE, CATEGORY, PROVISION, ELEMENT, USE, AUTOMATED_DECISION,
                PURPOSE, RESTRICTIONS, COMMITMENT, SHARING, RECIPIENT, TRANSFER, RETENTION, RETENTION_RULE, KEPT_FOR,
                AFTER_DELETION, RIGHTS, REQUEST_METHOD, RIGHT, SECURITY, COOKIES, COOKIE, CHILDREN_AND_CHANGES,
                CHILDREN, CHANGE_NOTICE, CONTACT, APPOINTMENT, SUPERVISORY_AUTHORITY, CODE, EXEMPTION, LINT,
                ACCEPTED_GAP);
    }
}
