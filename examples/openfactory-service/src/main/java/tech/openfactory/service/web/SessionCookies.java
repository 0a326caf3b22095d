package tech.openfactory.service.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

/** Keeps a person signed in. */
public class SessionCookies {
    static final String NAME = "of_session";

    public void issue(HttpServletResponse response, String token) {
        Cookie cookie = new Cookie(NAME, token);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setPath("/");
        response.addCookie(cookie);
    }
}
