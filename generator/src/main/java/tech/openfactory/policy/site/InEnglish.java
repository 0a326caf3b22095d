package tech.openfactory.policy.site;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.Map;

/**
 * A unit a translated page shows in English (its translation is missing or stale): the English is marked
 * {@code lang="en"}, so that screen readers and hyphenation read it as English, and followed or preceded by a short
 * note in the page's language, so that a reader sees it too.
 */
final class InEnglish {
    /** The class of every note, which tells a renderer that the page shows some English. */
    static final String NOTE_CLASS = "in-english-note";

    private InEnglish() {}

    /** {@code lang="en"}, and on a right-to-left page {@code dir="ltr"}, so English punctuation stays in place. */
    static String english(PageLanguage lang) {
        return " lang=\"en\"" + (lang.isRtl() ? " dir=\"ltr\"" : "");
    }

    /** Inline text: {@code <span lang="en">…</span> <small class="in-english-note">(in English)</small>}. */
    static SafeString inline(PageLanguage lang, String key, String html) {
        return new SafeString("<span" + english(lang) + ">" + html + "</span> <small class=\"in-english-note\">"
                + lang.messages.html(lang.stale(key) ? "translation.stale" : "translation.inEnglish", Map.of())
                + "</small>");
    }

    /** Paragraphs: the note first, then the English in a {@code <div lang="en">}. */
    static SafeString block(PageLanguage lang, String key, String html) {
        return new SafeString("<div class=\"in-english\"><p class=\"in-english-note\">"
                + lang.messages.html(lang.stale(key) ? "translation.stale.block" : "translation.inEnglish.block",
                        Map.of())
                + "</p><div" + english(lang) + ">" + html + "</div></div>");
    }
}
