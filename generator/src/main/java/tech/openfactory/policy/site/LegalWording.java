package tech.openfactory.policy.site;

import java.util.Locale;
import tech.openfactory.policy.model.CcpaCategory;
import tech.openfactory.policy.model.LegalBasis;
import tech.openfactory.policy.model.Provision;
import tech.openfactory.policy.model.Recipient;
import tech.openfactory.policy.model.RequestMethod;
import tech.openfactory.policy.model.Source;
import tech.openfactory.policy.model.Transfer;

/**
 * The English words of the legal facts' enums, as the page and the changelog show them. They are the page's own
 * labels for a value of the model, never a fact of a policy: "legitimate-interests" reads "our legitimate
 * interests", {@code sccs} reads "standard contractual clauses". Words are lower case, to sit inside a sentence;
 * the page capitalises them where they start one.
 */
final class LegalWording {
    private LegalWording() {}

    /** The lawful basis of GDPR Art. 6(1), as "on the basis of …" would finish. */
    static String legalBasis(LegalBasis basis) {
        return switch (basis) {
            case CONSENT -> "your consent";
            case CONTRACT -> "performance of a contract with you";
            case LEGAL_OBLIGATION -> "compliance with a legal obligation";
            case VITAL_INTERESTS -> "protection of your vital interests or those of another person";
            case PUBLIC_TASK -> "a task carried out in the public interest";
            case LEGITIMATE_INTERESTS -> "our legitimate interests";
        };
    }

    /** What a recipient is to the company, with what that means for readers. */
    static String role(Recipient.Role role) {
        return switch (role) {
            case PROCESSOR -> "a processor, acting only on our instructions";
            case CONTROLLER -> "an independent controller, deciding for itself how it uses the data";
            case PUBLIC_AUTHORITY -> "a public authority, receiving what the law obliges us to disclose";
        };
    }

    /** The role by its name only: "processor". */
    static String roleName(Recipient.Role role) {
        return switch (role) {
            case PROCESSOR -> "processor";
            case CONTROLLER -> "independent controller";
            case PUBLIC_AUTHORITY -> "public authority";
        };
    }

    /** The ground of a transfer under the GDPR. */
    static String mechanism(Transfer.Mechanism mechanism) {
        return switch (mechanism) {
            case ADEQUACY -> "an adequacy decision of the European Commission";
            case SCCS -> "standard contractual clauses";
            case BCRS -> "binding corporate rules";
            case DEROGATION -> "a derogation for a specific situation";
            case IDTA -> "the International Data Transfer Agreement";
            case UK_ADDENDUM -> "the UK Addendum to the standard contractual clauses";
        };
    }

    /** The ground of a transfer under the UK GDPR: adequacy is by UK regulations there. */
    static String ukMechanism(Transfer.Mechanism mechanism) {
        return mechanism == Transfer.Mechanism.ADEQUACY ? "UK adequacy regulations" : mechanism(mechanism);
    }

    /** Whether data must be provided (GDPR Art. 13(2)(e)). */
    static String requirement(Provision.Requirement requirement) {
        return switch (requirement) {
            case STATUTORY -> "required by law";
            case CONTRACTUAL -> "required by our contract with you";
            case CONTRACT_ENTRY -> "required to enter into a contract with us";
            case VOLUNTARY -> "optional: you may choose not to provide it";
        };
    }

    /** Where a source stands; null for the person themselves, whom a source's name already names. */
    static String sourceKind(Source.Kind kind) {
        return switch (kind) {
            case THE_PERSON -> null;
            case THIRD_PARTY -> "a third party";
            case PUBLICLY_AVAILABLE -> "publicly available";
        };
    }

    /** The way a request is made. */
    static String requestMethod(RequestMethod.Kind kind) {
        return switch (kind) {
            case EMAIL -> "email";
            case WEB_FORM -> "web form";
            case TOLL_FREE_NUMBER -> "toll-free number";
            case POSTAL_MAIL -> "post";
            case IN_PERSON -> "in person";
        };
    }

    /** Where a request method's address leads: mailto:, the form's https address, tel:; null for post or in person. */
    static String requestLink(RequestMethod method) {
        return switch (method.kind()) {
            case EMAIL -> "mailto:" + method.address();
            case WEB_FORM -> method.address();
            case TOLL_FREE_NUMBER -> telephoneLink(method.address());
            case POSTAL_MAIL, IN_PERSON -> null;
        };
    }

    /** A telephone number as a {@code tel:} link: its digits and a leading plus (RFC 3966 without separators). */
    static String telephoneLink(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        return "tel:" + (number.strip().startsWith("+") ? "+" : "") + digits;
    }

    /**
     * Any value of a legal fact in words, for the changelog: the enums above, CCPA categories by their statute's
     * title; null when the value is of no legal-fact type.
     */
    static String words(Object value) {
        if (value instanceof LegalBasis b) {
            return legalBasis(b);
        }
        if (value instanceof Recipient.Role r) {
            return roleName(r);
        }
        if (value instanceof Transfer.Mechanism m) {
            return mechanism(m);
        }
        if (value instanceof Provision.Requirement r) {
            return r == Provision.Requirement.VOLUNTARY ? "optional" : requirement(r);
        }
        if (value instanceof Source.Kind k) {
            return k == Source.Kind.THE_PERSON ? "the person" : sourceKind(k);
        }
        if (value instanceof RequestMethod.Kind k) {
            return requestMethod(k);
        }
        if (value instanceof CcpaCategory c) {
            return c.title();
        }
        return null;
    }

    static String capitalize(String text) {
        return text == null || text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
