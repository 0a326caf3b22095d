package tech.openfactory.policy.site;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level redline of two texts as HTML: removed words in {@code <del>}, added ones in {@code <ins>}. Each
 * carries a visually hidden "removed:"/"added:" so the change is not told by colour or strike-through alone, and
 * every word is HTML-escaped.
 */
final class Redline {
    // A word with the spaces after it: "do not " against "never " reads as one change, not three.
    private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+\\s*");

    private Redline() {}

    static String html(String before, String after) {
        return html(before, after, true);
    }

    /**
     * @param labelled whether to add the hidden "removed:"/"added:" words (pages, whose stylesheet hides them), or
     *                 not (a pull-request comment, where {@code <del>} and {@code <ins>} alone are kept)
     */
    static String html(String before, String after, boolean labelled) {
        List<String> old = tokens(before == null ? "" : before);
        List<String> now = tokens(after == null ? "" : after);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            int start = delta.getSource().getPosition();
            old.subList(at, start).forEach(t -> out.append(escape(t)));
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            if (!removed.isEmpty()) {
                out.append(labelled ? "<del><span class=\"visually-hidden\">removed: </span>" : "<del>").append(escape(String.join("", removed)))
                        .append("</del>");
            }
            if (!removed.isEmpty() && !added.isEmpty() && !removed.get(removed.size() - 1).matches("(?s).*\\s")) {
                out.append(' '); // "Conversations AI conversations", not "ConversationsAI conversations"
            }
            if (!added.isEmpty()) {
                out.append(labelled ? "<ins><span class=\"visually-hidden\">added: </span>" : "<ins>").append(escape(String.join("", added)))
                        .append("</ins>");
            }
            at = start + removed.size();
        }
        old.subList(at, old.size()).forEach(t -> out.append(escape(t)));
        return out.toString();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
