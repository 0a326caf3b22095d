package tech.openfactory.policy.compliance.drift.cookies;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import tech.openfactory.policy.annotations.SetsCookie;

public class Cookies {
    /** Sets a cookie without saying which one. */
    void theme(HttpServletResponse response) {
        response.addCookie(new Cookie("theme", "dark"));
    }

    /** Sets the analytics cookie without waiting for consent. */
    @SetsCookie(cookie = "analytics", name = "of_analytics")
    void analytics(HttpServletResponse response) {
        response.addCookie(new Cookie("of_analytics", "1"));
    }

    /** Sets the session cookie readable by scripts. */
    @SetsCookie(cookie = "session", name = "of_session")
    void session(HttpServletResponse response) {
        Cookie cookie = new Cookie("of_session", "t");
        cookie.setSecure(true);
        response.addCookie(cookie);
    }

    /** Sets the session cookie under a name the policy does not list. */
    @SetsCookie(cookie = "session", name = "sid")
    void legacySession(HttpServletResponse response) {
        Cookie cookie = new Cookie("sid", "t");
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }
}
