package tech.openfactory.policy.compliance.internal;

import java.util.List;
import java.util.Locale;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.model.Commitment;
import tech.openfactory.policy.model.Cookie;
import tech.openfactory.policy.model.DataCategory;
import tech.openfactory.policy.model.DataElement;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.Recipient;
import tech.openfactory.policy.model.RetentionRule;
import tech.openfactory.policy.model.Right;
import tech.openfactory.policy.model.Section;

/**
 * Where in the policy file each clause, and each claim no code backs, is written; and each clause's stable key, made
 * of the policy's ids (which legal's rewording of a label or a period leaves alone), for tools that track findings
 * from run to run.
 */
final class PolicyPlaces {
    /**
     * One clause's place.
     *
     * @param key    {@code iso-images} for the clause of the retention rule of that id; empty for a rule with one
     *               clause
     * @param path   where the clause is written, e.g. {@code retention.rules[2]}; empty when the policy is not known
     * @param target what {@code code.exemptions} names to excuse a claim of this clause that no code backs, e.g.
     *               {@code retention.iso-images}; empty when its findings are about code only
     */
    record Place(String key, String path, String target) {}

    private final Policy policy;
    private final CheckContext context;

    private PolicyPlaces(Policy policy) {
        this.policy = policy;
        this.context = policy == null ? null : new CheckContext(policy, "the policy file");
    }

    static PolicyPlaces of(Policy policy) {
        return new PolicyPlaces(policy);
    }

    /** The place of a clause of {@code rule}, found by the policy item its words were made from. */
    Place clause(RuleId rule, String clause) {
        if (policy == null) {
            return new Place(multiple(rule) ? slug(clause) : "", "", "");
        }
        switch (rule) {
            case RETENTION_JOB -> {
                List<RetentionRule> rules = policy.retention().rules();
                for (int i = 0; i < rules.size(); i++) {
                    if (clause.startsWith(context.clause(Section.RETENTION, rules.get(i).label() + ": "))) {
                        return new Place(rules.get(i).id(), "retention.rules[" + i + "]", "retention." + rules.get(i).id());
                    }
                }
            }
            case RIGHTS_HANDLER -> {
                List<Right> rights = policy.rights().rights();
                for (int i = 0; i < rights.size(); i++) {
                    if (clause.startsWith(context.clause(Section.RIGHTS, rights.get(i).name() + ": "))) {
                        return new Place(rights.get(i).id(), "rights.rights[" + i + "]",
                                "rights." + rights.get(i).id() + ".<category id>");
                    }
                }
            }
            case COOKIE_CONSENT, COOKIE_SECURITY -> {
                List<Cookie> cookies = policy.cookies().cookies();
                for (int i = 0; i < cookies.size(); i++) {
                    if (clause.startsWith(context.clause(Section.COOKIES, cookies.get(i).name() + ": "))) {
                        return new Place(cookies.get(i).id(), "cookies.cookies[" + i + "]", "");
                    }
                }
            }
            case RECIPIENT_ADAPTER -> {
                List<Recipient> recipients = policy.sharing().recipients();
                for (int i = 0; i < recipients.size(); i++) {
                    if (clause.startsWith(context.clause(Section.SHARING, recipients.get(i).name() + ": "))) {
                        return new Place(recipients.get(i).id(), "sharing.recipients[" + i + "]",
                                "sharing." + recipients.get(i).id());
                    }
                }
            }
            case STALE_ELEMENT, ENCRYPTION -> {
                List<DataCategory> categories = policy.collection().categories();
                for (int i = 0; i < categories.size(); i++) {
                    DataCategory category = categories.get(i);
                    String prefix = context.clause(Section.COLLECTION, category.name() + ": ");
                    if (!clause.startsWith(prefix)) {
                        continue;
                    }
                    if (rule == RuleId.STALE_ELEMENT) {
                        return new Place(category.id(), "collection.categories[" + i + "]",
                                category.id() + ".<element id>");
                    }
                    for (int j = 0; j < category.elements().size(); j++) {
                        DataElement element = category.elements().get(j);
                        if (clause.startsWith(prefix + element.label() + " are stored only ")) {
                            return new Place(category.id() + "." + element.id(),
                                    "collection.categories[" + i + "].elements[" + j + "]", "");
                        }
                    }
                }
            }
            default -> {
                return single(rule);
            }
        }
        // Words this class does not know (a rule's wording changed): still one key per clause, from its words.
        return new Place(slug(clause), "", "");
    }

    /** The place of a rule with one clause. */
    private Place single(RuleId rule) {
        return switch (rule) {
            case PERSONAL_DATA_DECLARED, SECURITY_DATA -> new Place("", "collection.categories", "");
            case UNDECLARED_PERSONAL_DATA -> new Place("", "code.storagePackages", "inventory");
            case DENIED_SDK -> new Place("", "restrictions.commitments", "");
            case NO_TRAINING -> new Place("", commitment("training"), "");
            case RECIPIENT_CATEGORIES -> new Place("", "sharing.recipients", "");
            case COOKIE_DECLARED -> new Place("", "cookies.cookies", "cookies.<cookie id>");
            case MINIMUM_AGE -> new Place("", "childrenAndChanges.children.minimumAge", "children.minimumAge");
            case EXEMPTIONS -> new Place("", "code.exemptions", "");
            default -> new Place("", "", "");
        };
    }

    /** The restriction whose id names it ({@code no-model-training}), else the list of them. */
    private String commitment(String word) {
        List<Commitment> commitments = policy.restrictions().commitments();
        for (int i = 0; i < commitments.size(); i++) {
            if (commitments.get(i).id().contains(word)) {
                return "restrictions.commitments[" + i + "]";
            }
        }
        return "restrictions.commitments";
    }

    /**
     * Where a target of {@code code.exemptions} that is about the policy rather than code is written: {@code
     * retention.security-logs} is {@code retention.rules[4]}; empty when the target names nothing of the policy.
     */
    String target(String target) {
        if (policy == null) {
            return "";
        }
        String[] p = target.split("\\.", 3);
        if (target.startsWith("code.exemptions[")) {
            return target;
        }
        if (target.equals("inventory")) {
            return "code.storagePackages";
        }
        if (target.equals("children.minimumAge")) {
            return "childrenAndChanges.children.minimumAge";
        }
        if (target.startsWith("code.storagePackages.")) {
            int i = policy.code().storagePackages().indexOf(target.substring("code.storagePackages.".length()));
            return i < 0 ? "code.storagePackages" : "code.storagePackages[" + i + "]";
        }
        if (p.length >= 2) {
            switch (p[0]) {
                case "retention" -> {
                    return indexed("retention.rules", policy.retention().rules().stream().map(RetentionRule::id).toList(),
                            target.substring(p[0].length() + 1));
                }
                case "sharing" -> {
                    return indexed("sharing.recipients", policy.sharing().recipients().stream().map(Recipient::id).toList(),
                            target.substring(p[0].length() + 1));
                }
                case "cookies" -> {
                    return indexed("cookies.cookies", policy.cookies().cookies().stream().map(Cookie::id).toList(),
                            target.substring(p[0].length() + 1));
                }
                case "rights" -> {
                    List<Right> rights = policy.rights().rights();
                    for (int i = 0; i < rights.size(); i++) {
                        if (rights.get(i).id().equals(p[1])) {
                            int c = p.length > 2 ? rights.get(i).categories().indexOf(p[2]) : -1;
                            return "rights.rights[" + i + "]" + (c < 0 ? "" : ".categories[" + c + "]");
                        }
                    }
                    return "rights.rights";
                }
                default -> {
                    // fall through to a category's element
                }
            }
            List<DataCategory> categories = policy.collection().categories();
            for (int i = 0; i < categories.size(); i++) {
                if (target.startsWith(categories.get(i).id() + ".")) {
                    String element = target.substring(categories.get(i).id().length() + 1);
                    List<String> ids = categories.get(i).elements().stream().map(DataElement::id).toList();
                    int j = ids.indexOf(element);
                    return "collection.categories[" + i + "]" + (j < 0 ? "" : ".elements[" + j + "]");
                }
            }
        }
        return "";
    }

    private static String indexed(String list, List<String> ids, String id) {
        int i = ids.indexOf(id);
        return i < 0 ? list : list + "[" + i + "]";
    }

    /** Whether the kit makes one clause per item of the policy for the rule, rather than one for the rule. */
    private static boolean multiple(RuleId rule) {
        return switch (rule) {
            case RETENTION_JOB, RIGHTS_HANDLER, COOKIE_CONSENT, COOKIE_SECURITY, RECIPIENT_ADAPTER, STALE_ELEMENT,
                    ENCRYPTION -> true;
            default -> false;
        };
    }

    /** "§5 Retention — ISO images: purged within 90 days" → {@code iso-images}: the subject of the claim. */
    static String slug(String clause) {
        String claim = clause.contains(" — ") ? clause.substring(clause.indexOf(" — ") + 3) : clause;
        if (claim.contains(": ")) {
            claim = claim.substring(0, claim.indexOf(": "));
        }
        String slug = claim.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }
}
