package tech.openfactory.policy.trials.drift;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import tech.openfactory.policy.annotations.SetsCookie;

/** A cookie no policy declares, set each of the ways real controllers set one; planted beside a fixture's code. */
public class UndeclaredCookies {
    private static final String LAST_VISIT = "last_visit";

    public void servletCookie(HttpServletResponse response, String when) {
        Cookie cookie = new Cookie(LAST_VISIT, when);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    public ResponseEntity<Void> responseCookieHeader(String when) {
        ResponseCookie cookie = ResponseCookie.from(LAST_VISIT, when).httpOnly(true).secure(true).path("/").build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    public void rawHeader(HttpServletResponse response, String when) {
        response.addHeader(HttpHeaders.SET_COOKIE, LAST_VISIT + "=" + when + "; Path=/; Secure; HttpOnly");
    }

    public HttpHeaders springHeaders(String when) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.SET_COOKIE, "last_visit=" + when + "; Path=/");
        return headers;
    }

    /** The annotation names a declared cookie; the code sets another. */
    @SetsCookie(cookie = "session", name = "session")
    public void wrongNameUnderAnnotation(HttpServletResponse response, String when) {
        response.addCookie(new Cookie(LAST_VISIT, when));
    }
}
