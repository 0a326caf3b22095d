package tech.openfactory.policy.lint;

import static tech.openfactory.policy.lint.Regime.CCPA;
import static tech.openfactory.policy.lint.Regime.GDPR;
import static tech.openfactory.policy.lint.Regime.UK_GDPR;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the law asks a privacy notice to say, one item per requirement that can be checked against the policy's
 * facts. Each item names its article, what it checks and why; {@code policy lint --explain ID} prints them.
 * The checks themselves are in {@link NoticeChecks}.
 */
public enum LintItem {
    GDPR_13_1_A(Set.of(GDPR, UK_GDPR), "13(1)(a)", "The controller's identity and contact details",
            "The notice must give the identity and the contact details of the controller. The policy names the"
                    + " controller and an e-mail address; the lint asks for the postal address too (contact.address),"
                    + " which regulators expect as part of the contact details.",
            NoticeChecks::controllerAddress),
    GDPR_13_1_B(Set.of(GDPR, UK_GDPR), "13(1)(b)", "The data protection officer",
            "Where a data protection officer is designated, the notice must give their contact details. The lint"
                    + " asks the policy to say either way: contact.dpo with name and email, or dpo: none-appointed.",
            NoticeChecks::dpo),
    GDPR_13_1_C(Set.of(GDPR, UK_GDPR), "13(1)(c)", "The legal basis of each purpose",
            "The notice must give the purposes of the processing and the legal basis of each (Art. 6(1)(a)-(f))."
                    + " Every purpose needs legalBasis: consent, contract, legal-obligation, vital-interests,"
                    + " public-task or legitimate-interests.",
            NoticeChecks::legalBasis),
    GDPR_13_1_D(Set.of(GDPR, UK_GDPR), "13(1)(d)", "The legitimate interests pursued",
            "Where processing relies on legitimate interests (Art. 6(1)(f)), the notice must say what those"
                    + " interests are. A purpose with legalBasis: legitimate-interests needs legitimateInterest:.",
            NoticeChecks::legitimateInterest),
    GDPR_13_1_E(Set.of(GDPR, UK_GDPR), "13(1)(e)", "The recipients",
            "The notice must name the recipients or categories of recipients. Regulators' transparency guidance"
                    + " (WP260) asks for the type of recipient: each recipient needs role: processor, controller or"
                    + " public-authority, which also tells whether it uses the data for its own purposes.",
            NoticeChecks::recipientRole),
    GDPR_13_1_F(Set.of(GDPR), "13(1)(f)", "Transfers outside the EEA",
            "Where data is transferred to a country outside the EEA, the notice must say so, name the adequacy"
                    + " decision or the safeguards (Art. 45, 46, 47, 49), and how to obtain a copy of them. Each"
                    + " recipient needs transfers: none, or each country with mechanism: (and copy: for SCCs and BCRs).",
            NoticeChecks::euTransfers),
    GDPR_13_2_A(Set.of(GDPR, UK_GDPR), "13(2)(a)", "How long data is kept",
            "The notice must give the period each kind of data is stored, or the criteria that set it. Every data"
                    + " category needs a rule under retention.rules.",
            NoticeChecks::retentionPerCategory),
    GDPR_13_2_B(Set.of(GDPR, UK_GDPR), "13(2)(b)", "The rights of access, rectification, erasure, restriction, objection and portability",
            "The notice must tell people of the rights of Art. 15-18, 20 and 21. Each needs a right under"
                    + " rights.rights whose id or kind: names it (access, rectification or correction, erasure or"
                    + " deletion, restriction, objection, portability).",
            NoticeChecks::gdprRights),
    GDPR_13_2_C(Set.of(GDPR, UK_GDPR), "13(2)(c)", "Withdrawing consent",
            "Where a purpose relies on consent, the notice must tell people they may withdraw it at any time,"
                    + " without affecting what was done before. A consent basis needs a right of kind withdraw-consent.",
            NoticeChecks::withdrawConsent),
    GDPR_13_2_D(Set.of(GDPR, UK_GDPR), "13(2)(d)", "Complaining to a supervisory authority",
            "The notice must tell people of the right to lodge a complaint with a supervisory authority (Art. 77)."
                    + " State it as a fact: contact.supervisoryAuthority with the authority's name, or a right of kind"
                    + " complaint.",
            NoticeChecks::complaint),
    GDPR_13_2_E(Set.of(GDPR, UK_GDPR), "13(2)(e)", "Whether providing data is required",
            "The notice must say whether providing the data is a statutory or contractual requirement or needed to"
                    + " enter into a contract, whether the person is obliged to provide it, and what happens if they do"
                    + " not. Each category (or each of its elements) needs provision: with requirement: and, unless"
                    + " voluntary, ifNotProvided:.",
            NoticeChecks::provision),
    GDPR_13_2_F(Set.of(GDPR, UK_GDPR), "13(2)(f)", "Automated decisions",
            "The notice must say whether decisions are made by automated means only, including profiling (Art. 22),"
                    + " and if so the logic involved and the consequences. Write use.automatedDecisions: none, or list"
                    + " each decision with logic: and consequences:.",
            NoticeChecks::automatedDecisions),
    GDPR_14_2_F(Set.of(GDPR, UK_GDPR), "14(2)(f)", "Where data comes from",
            "Where data is not obtained from the person, the notice must say from which source it comes and whether"
                    + " that source is publicly accessible. Each category needs sources: with ids defined under"
                    + " collection.sources (kind: the-person, third-party or publicly-available), so a reader can tell"
                    + " which data Art. 14 covers.",
            NoticeChecks::sources),
    GDPR_21_4(Set.of(GDPR, UK_GDPR), "21(4)", "The right to object, where legitimate interests are relied on",
            "Where processing relies on legitimate interests, the right to object must be brought to the person's"
                    + " attention explicitly and presented separately from other information. A legitimate-interests"
                    + " basis needs a right of kind objection.",
            NoticeChecks::objection),
    GDPR_5_1_B(Set.of(GDPR, UK_GDPR), "5(1)(b)", "Every kind of data has a purpose",
            "Data is collected for specified purposes only (purpose limitation). Each purpose needs categories:"
                    + " naming the data it uses, and each data category must be used by some purpose.",
            NoticeChecks::purposeData),
    GDPR_27(Set.of(GDPR), "27", "A representative in the EU",
            "A controller not established in the EU that offers services to people there must designate a"
                    + " representative in the EU, and the notice gives its contact details (Art. 13(1)(a)). Write"
                    + " contact.euRepresentative: with name and email, or none-appointed when the controller is"
                    + " established in the EU.",
            NoticeChecks::euRepresentative),
    UK_GDPR_27(Set.of(UK_GDPR), "27", "A representative in the UK",
            "A controller not established in the UK that offers services to people there must designate a"
                    + " representative in the UK. Write contact.ukRepresentative: with name and email, or none-appointed"
                    + " when the controller is established in the UK.",
            NoticeChecks::ukRepresentative),
    UK_GDPR_13_1_F(Set.of(UK_GDPR), "13(1)(f)", "Transfers outside the UK",
            "Transfers from the UK need their own ground: UK adequacy regulations, the International Data Transfer"
                    + " Agreement, the UK Addendum to the EU clauses, BCRs or a derogation. Each transfer needs"
                    + " ukMechanism: (and copy: for the safeguards).",
            NoticeChecks::ukTransfers),
    CCPA_7011_E_1_A(Set.of(CCPA), "Regs. §7011(e)(1)(A)", "The categories of personal information collected",
            "The privacy policy must list the categories of personal information collected in the preceding 12"
                    + " months, by the categories of Cal. Civ. Code §1798.140(v)(1). Each data category needs"
                    + " ccpaCategories:.",
            NoticeChecks::ccpaCategories),
    CCPA_7011_E_1_B(Set.of(CCPA), "Regs. §7011(e)(1)(B)", "The categories of sources",
            "The privacy policy must give the categories of sources personal information is collected from. Each"
                    + " data category needs sources:.",
            NoticeChecks::sources),
    CCPA_7011_E_1_C(Set.of(CCPA), "Regs. §7011(e)(1)(C)", "The purposes of collection",
            "The privacy policy must give the business or commercial purpose for which each category is collected."
                    + " Each data category must be named in the categories: of some purpose.",
            NoticeChecks::categoriesWithoutPurpose),
    CCPA_7011_E_1_D(Set.of(CCPA), "Regs. §7011(e)(1)(D)", "Personal information sold or shared, or none",
            "The privacy policy must say which categories are sold or shared (for cross-context behavioural"
                    + " advertising), or that none are. The lint derives it: a processor or public authority neither"
                    + " buys nor shares; any other recipient needs sold: and sharedForAdvertising:.",
            NoticeChecks::soldOrShared),
    CCPA_7011_E_1_F(Set.of(CCPA), "Regs. §7011(e)(1)(F)", "The categories disclosed, and to whom",
            "The privacy policy must give the categories disclosed for a business purpose and the categories of"
                    + " recipients. Each recipient needs categories: naming the data it receives.",
            NoticeChecks::recipientCategories),
    CCPA_1798_121(Set.of(CCPA), "§1798.121", "Limiting the use of sensitive personal information",
            "Where sensitive personal information is collected, people may limit its use, and the policy must say"
                    + " so. A category with ccpaCategories: [sensitive-personal-information] needs a right of kind"
                    + " limit-sensitive-data.",
            NoticeChecks::limitSensitive),
    CCPA_7011_E_2(Set.of(CCPA), "Regs. §7011(e)(2)", "The consumer's rights",
            "The privacy policy must explain the rights to know, delete, correct and not be discriminated against,"
                    + " and to opt out of sale and sharing where data is sold or shared. Each needs a right whose id or"
                    + " kind: names it.",
            NoticeChecks::ccpaRights),
    CCPA_1798_135(Set.of(CCPA), "§1798.135(a)", "The opt-out link",
            "A business that sells or shares personal information must give a clear \"Do Not Sell or Share My"
                    + " Personal Information\" link. Where any recipient buys or receives data for advertising,"
                    + " sharing.optOutLink: needs the https address of that page.",
            NoticeChecks::optOutLink),
    CCPA_7011_E_3_A(Set.of(CCPA), "Regs. §7011(e)(3)(A)", "How to submit a request",
            "The privacy policy must give the methods to submit requests; §1798.130(a)(1) asks for two or more,"
                    + " including a toll-free number, except that a business operating exclusively online with a direct"
                    + " relationship may offer an e-mail address alone (accept the gap with that reason). List them"
                    + " under rights.requestMethods:.",
            NoticeChecks::requestMethods),
    CCPA_7011_E_3_B(Set.of(CCPA), "Regs. §7011(e)(3)(B)", "How requests are verified",
            "The privacy policy must describe how the business verifies a request. Write rights.verification:.",
            NoticeChecks::verification),
    CCPA_7011_E_3_F(Set.of(CCPA), "Regs. §7011(e)(3)(F)", "Opt-out preference signals",
            "The privacy policy must explain how an opt-out preference signal (such as Global Privacy Control) is"
                    + " processed. Write sharing.optOutPreferenceSignals:.",
            NoticeChecks::preferenceSignals),
    CCPA_7011_E_3_H(Set.of(CCPA), "Regs. §7011(e)(3)(H)", "Authorised agents",
            "The privacy policy must tell how an authorised agent can make a request on the consumer's behalf."
                    + " Write rights.authorizedAgents:.",
            NoticeChecks::authorizedAgents),
    CCPA_1798_100_A_3(Set.of(CCPA), "§1798.100(a)(3)", "How long each category is kept",
            "The business must say how long it keeps each category of personal information, or the criteria used."
                    + " Every data category needs a rule under retention.rules.",
            NoticeChecks::retentionPerCategory),
    CCPA_1798_130_A_5(Set.of(CCPA), "§1798.130(a)(5)", "Updated at least once every 12 months",
            "The privacy policy must be updated at least once every 12 months and give the date it was last"
                    + " updated (Regs. §7011(e)(4)). lastUpdated must be no more than 12 months before the day of the"
                    + " build; after reviewing the policy, move lastUpdated to the review date.",
            NoticeChecks::reviewedWithinAYear);

    /** What an item does to a policy: reports each gap to the scope it is given. */
    interface Check {
        void run(NoticeChecks.Scope scope);
    }

    private final Set<Regime> regimes;
    private final String article;
    private final String title;
    private final String explanation;
    private final Check check;

    LintItem(Set<Regime> regimes, String article, String title, String explanation, Check check) {
        this.regimes = EnumSet.copyOf(regimes);
        this.article = article;
        this.title = title;
        this.explanation = explanation;
        this.check = check;
    }

    /** The id legal writes in {@code lint.accepted} and {@code --explain}: {@code gdpr-13-1-c}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The laws that ask for it. */
    public Set<Regime> regimes() {
        return EnumSet.copyOf(regimes);
    }

    /** The article within its law, e.g. "13(1)(c)" or "Regs. §7011(e)(2)". */
    public String article() {
        return article;
    }

    /** What it checks, in a few words. */
    public String title() {
        return title;
    }

    /** What the law asks, what the lint checks, and what to write. */
    public String explanation() {
        return explanation;
    }

    /**
     * The article as cited under the regimes being checked: "GDPR 13(1)(c)" (or "UK GDPR 13(1)(c)" when only the UK
     * GDPR is checked), "CCPA §1798.121".
     */
    public String citation(Set<Regime> enabled) {
        Regime law = regimes.contains(GDPR) && enabled.contains(GDPR) ? GDPR
                : regimes.contains(UK_GDPR) ? UK_GDPR : regimes.iterator().next();
        return law.title() + " " + article;
    }

    void check(NoticeChecks.Scope scope) {
        check.run(scope);
    }

    /** An item by its id, or by its citation as printed ("GDPR 13(1)(c)"). */
    public static Optional<LintItem> of(String idOrCitation) {
        String wanted = idOrCitation.strip();
        return Arrays.stream(values()).filter(i -> i.id().equals(wanted)
                || i.citation(i.regimes).equalsIgnoreCase(wanted)).findFirst();
    }
}
