package tech.openfactory.service.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import tech.openfactory.policy.annotations.ConsentGated;

/** Counts visits to the marketing site, once the visitor agreed. */
public class AnalyticsCookies {
    static final String NAME = "of_analytics";

    @ConsentGated
    public void count(HttpServletResponse response, String visitorId) {
        Cookie cookie = new Cookie(NAME, visitorId);
        cookie.setMaxAge(60 * 60 * 24 * 30);
        cookie.setPath("/");
        response.addCookie(cookie);
    }

    /** Removes the cookie when the visitor withdraws consent. */
    public void clear(HttpServletResponse response) {
        Cookie cookie = new Cookie(NAME, "");
        cookie.setMaxAge(0);
        cookie.setPath("/");
        response.addCookie(cookie);
    }
}
