package tech.openfactory.policy.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import tech.openfactory.policy.model.Period;
import tech.openfactory.policy.model.Placeholder;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.Prose;

/** Prose of a policy as HTML: its placeholders filled with the policy's facts, then its Markdown rendered. */
final class ProseRenderer {
    /** How dates read on the page: "April 8, 2026". */
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    String block(Prose prose, Policy policy) {
        return markdown.block(fill(prose.markdown(), policy));
    }

    String inline(Prose prose, Policy policy) {
        return markdown.inline(fill(prose.markdown(), policy));
    }

    /** Markdown of a page in a language: its placeholders filled with the policy's facts worded in that language. */
    String block(String text, Policy policy, FactWording words) {
        return markdown.block(fill(text, policy, true, words));
    }

    String inline(String text, Policy policy, FactWording words) {
        return markdown.inline(fill(text, policy, true, words));
    }

    /** The Markdown source with placeholders replaced by their plain values, for a redline. */
    static String plain(String markdown, Policy policy) {
        return fill(markdown, policy, false);
    }

    /** Replaces each {@code {{name}}} by its value, escaped so that a value is never read as Markdown. */
    static String fill(String markdown, Policy policy) {
        return fill(markdown, policy, true);
    }

    private static String fill(String markdown, Policy policy, boolean asMarkdown) {
        return fill(markdown, policy, asMarkdown, null);
    }

    /** {@code words} null: the English of the changelog and the pull-request summary. */
    private static String fill(String markdown, Policy policy, boolean asMarkdown, FactWording words) {
        Matcher m = Placeholder.SYNTAX.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // The loader has rejected unknown names and forms, so a miss here is a bug, not bad input.
            Placeholder placeholder = Placeholder.named(m.group(1)).orElseThrow(
                    () -> new IllegalStateException("unknown placeholder reached the renderer: " + m.group()));
            m.appendReplacement(out, Matcher.quoteReplacement(text(placeholder, m.group(2), policy, asMarkdown, words)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String text(Placeholder placeholder, String form, Policy policy, boolean asMarkdown,
            FactWording words) {
        Object value = placeholder.valueIn(policy);
        if (placeholder == Placeholder.CONTACT_EMAIL && asMarkdown) {
            return "<" + value + ">"; // a Markdown autolink: the address is clickable wherever prose names it
        }
        if (value instanceof Period period) {
            String worded = words == null
                    ? "compound".equals(form) ? period.amount() + "-" + period.unit().singular() : period.toString()
                    : "compound".equals(form) ? words.compound(period) : words.period(period);
            return escapeWorded(worded, asMarkdown, words);
        }
        if (value instanceof LocalDate date) {
            return escapeWorded(words == null ? LONG_DATE.format(date) : words.date(date), asMarkdown, words);
        }
        return asMarkdown ? escapeMarkdown(String.valueOf(value)) : String.valueOf(value);
    }

    /**
     * A worded fact in Markdown. English words ("30-day", "April 8, 2026") are put in as they are, as they always
     * were; another language's are escaped, since "8. April 2026" at the start of a line would start a list.
     */
    private static String escapeWorded(String worded, boolean asMarkdown, FactWording words) {
        return asMarkdown && words != null && !words.english() ? escapeMarkdown(worded) : worded;
    }

    static String escapeMarkdown(String text) {
        return text.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!<>|~&])", "\\\\$1");
    }
}
