package tech.openfactory.policy.compliance.drift.headers;

import jakarta.servlet.http.HttpServletResponse;

/** Writes a cookie as a raw header, undeclared. */
public class RawHeaders {
    void remember(HttpServletResponse response) {
        response.addHeader("Set-Cookie", "remember=1; Path=/");
    }
}
