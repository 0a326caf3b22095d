package tech.openfactory.service.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import tech.openfactory.policy.annotations.ConsentGated;
import tech.openfactory.policy.annotations.SetsCookie;

/** Counts visits to the marketing site, once the visitor agreed. */
public class AnalyticsCookies {
    @ConsentGated
    @SetsCookie(cookie = "analytics", name = "of_analytics")
    public void count(HttpServletResponse response, String visitorId) {
        Cookie cookie = new Cookie("of_analytics", visitorId);
        cookie.setMaxAge(60 * 60 * 24 * 30);
        response.addCookie(cookie);
    }
}
