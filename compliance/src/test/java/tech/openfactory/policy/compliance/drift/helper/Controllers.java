package tech.openfactory.policy.compliance.drift.helper;

import jakarta.servlet.http.HttpServletResponse;
import tech.openfactory.policy.annotations.SetsCookie;

public class Controllers {
    private static final String SESSION = "of_session";

    void signIn(HttpServletResponse response, String token) {
        CookieHelper.add(response, SESSION, token);
    }

    void rememberTheme(HttpServletResponse response, String theme) {
        CookieHelper.add(response, "theme", theme);
    }

    /** The name is computed at run time: only the annotation can say it. */
    @SetsCookie(cookie = "session", name = "of_session")
    void legacy(HttpServletResponse response, String prefix, String token) {
        CookieHelper.add(response, prefix + "_session", token);
    }
}
