package tech.openfactory.policy.site;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.escaper.EscapeFilter;
import java.util.HashMap;

/** Escaping for text the site's Java code puts into HTML, exactly as Pebble's autoescaping escapes it. */
final class Html {
    private static final EscapeFilter PEBBLE = new EscapeFilter();

    private Html() {}

    static String escape(String text) {
        try {
            return PEBBLE.apply(text, new HashMap<>(), null, null, 0).toString();
        } catch (PebbleException e) {
            throw new IllegalStateException(e);
        }
    }
}
