package tech.openfactory.policy.compliance.drift.scope;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

/** Says it sets no cookie, then sets one. */
public class Reports {
    void download(HttpServletResponse response) {
        response.addCookie(new Cookie("report_seen", "1"));
    }
}
