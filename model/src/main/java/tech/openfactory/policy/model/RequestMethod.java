package tech.openfactory.policy.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A way to submit a privacy request (CCPA §1798.130(a)(1)), e.g. an e-mail address or a web form.
 *
 * @param address the e-mail address, https link, telephone number or postal address
 */
public record RequestMethod(Kind kind, String address) {

    public enum Kind {
        EMAIL, WEB_FORM, TOLL_FREE_NUMBER, POSTAL_MAIL, IN_PERSON;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Kind> of(String id) {
            return Words.of(values(), id, Kind::id);
        }

        public static String ids() {
            return Words.ids(values(), Kind::id);
        }
    }
}
