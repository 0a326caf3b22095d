package tech.openfactory.policy.site;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tech.openfactory.policy.model.PublishedVersion;

/**
 * The language of one page, as its templates see it ({@code lang}): the language's tag and direction, its
 * messages and fact wording, the translation of the page's prose (none for English), and where the other pages in
 * this language are, so that links stay in the reader's language where a page exists in it and lead to the English
 * page, marked {@code hreflang="en"}, where it does not.
 */
public final class PageLanguage {
    final Locale locale;
    final Messages messages;
    final FactWording words;
    /** The translation of the page's prose; null on English pages. */
    final PageTranslation translation;
    /** The versions that have a page in this language, by id. */
    private final Set<String> versions;
    /** Whether {@code /privacy/<tag>/} exists: the version in force has this language. */
    private final boolean index;
    /** Whether the PDF's embedded fonts can print this language: no PDF is made for one they cannot. */
    private final boolean printable;

    PageLanguage(Messages messages, PageTranslation translation, Set<String> versions, boolean index,
            boolean printable) {
        this.locale = messages.locale;
        this.messages = messages;
        this.words = new FactWording(messages);
        this.translation = translation;
        this.versions = Set.copyOf(versions);
        this.index = index;
        this.printable = printable;
    }

    /** Whether pages in this language have a PDF (see {@link PdfRenderer#prints}). */
    public boolean isPrintable() {
        return printable;
    }

    /** An English page. */
    static PageLanguage english(Messages english) {
        return new PageLanguage(english, null, Set.of(), true, true);
    }

    /** The same language for another version's page, with that version's translation. */
    PageLanguage with(PageTranslation translation) {
        return new PageLanguage(messages, translation, versions, index, printable);
    }

    /** The BCP 47 tag: {@code en}, {@code de}, {@code ar}. */
    public String getTag() {
        return locale.toLanguageTag();
    }

    public boolean isEnglish() {
        return translation == null;
    }

    /** Whether the language is written right to left (the translation says: Arabic, Hebrew, Persian, Urdu...). */
    public boolean isRtl() {
        return translation != null && translation.rightToLeft();
    }

    /** The language's name in itself, for the language switch: "English", "Deutsch", "العربية". */
    public String getName() {
        return translation != null ? translation.name() : locale.getDisplayLanguage(locale);
    }

    /** Below /privacy/: the page in force in this language ("de/"), or the English one ("") where there is none. */
    public String getIndexPath() {
        return isEnglish() || !index ? "" : getTag() + "/";
    }

    /** Below /privacy/: a version's page in this language ("2025-06-02/de/"), or its English page. */
    public String versionPath(PublishedVersion version) {
        return version.id() + "/" + (hasVersion(version) ? getTag() + "/" : "");
    }

    public boolean hasVersion(PublishedVersion version) {
        return !isEnglish() && versions.contains(version.id());
    }

    /** A link for a message to the page in force: in this language when it exists, else English and marked so. */
    public Object indexLink(String root) {
        return isEnglish() || index ? root + getIndexPath() : englishLink(root);
    }

    /** A link for a message to a version's page, in this language when it exists, else English and marked so. */
    public Object versionLink(String root, PublishedVersion version) {
        String href = root + versionPath(version);
        return isEnglish() || hasVersion(version) ? href : englishLink(href);
    }

    /** A link for a message to a page that is in English only (a changelog): marked {@code hreflang="en"} here. */
    public Object englishLink(String href) {
        return isEnglish() ? href : new Messages.Link(href, Messages.ENGLISH);
    }

    /** The attribute for a plain link to an English-only page: {@code  hreflang="en"} on a translated page. */
    public SafeString getHreflangEnglish() {
        return new SafeString(isEnglish() ? "" : " hreflang=\"en\"");
    }

    /** The attribute for a link to the page in force: {@code  hreflang="en"} when it is not in this language. */
    public SafeString getHreflangIndex() {
        return new SafeString(isEnglish() || index ? "" : " hreflang=\"en\"");
    }

    /** The attribute for a link to a version's page: {@code  hreflang="en"} when it is not in this language. */
    public SafeString hreflangOf(PublishedVersion version) {
        return new SafeString(isEnglish() || hasVersion(version) ? "" : " hreflang=\"en\"");
    }

    /**
     * The attributes marking English text on a translated page (a release summary): {@code  lang="en"}, with
     * {@code dir="ltr"} on a right-to-left page.
     */
    public SafeString getEnglishText() {
        return new SafeString(isEnglish() ? "" : InEnglish.english(this));
    }

    /** A unit's text on this page: its translation when current, else the English. */
    Optional<String> translated(String key) {
        return translation == null ? Optional.empty() : translation.translatedUnit().apply(key);
    }

    /** Whether a unit is shown in English on a translated page. */
    boolean inEnglish(String key) {
        return translation != null && translated(key).isEmpty();
    }

    /** Whether a unit is shown in English because its translation is out of date. */
    boolean stale(String key) {
        return translation != null && translation.stale().contains(key);
    }

    @Override
    public String toString() {
        return getTag();
    }
}
