package tech.openfactory.policy.compliance.drift.helper;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

/** The helper real codebases have: the callers name the cookie. */
public final class CookieHelper {
    private CookieHelper() {}

    static void add(HttpServletResponse response, String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }
}
