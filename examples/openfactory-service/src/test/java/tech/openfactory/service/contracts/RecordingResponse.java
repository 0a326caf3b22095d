package tech.openfactory.service.contracts;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/** A servlet response that keeps the Set-Cookie headers written to it, as a servlet container would send them. */
final class RecordingResponse {
    private final List<String> setCookies = new ArrayList<>();
    private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
            HttpServletResponse.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                if (method.getName().equals("addCookie")) {
                    setCookies.add(header((Cookie) args[0]));
                } else if ((method.getName().equals("addHeader") || method.getName().equals("setHeader"))
                        && "Set-Cookie".equalsIgnoreCase((String) args[0])) {
                    setCookies.add((String) args[1]);
                }
                Class<?> type = method.getReturnType();
                return type == boolean.class ? false : type == int.class ? 0 : null;
            });

    HttpServletResponse response() {
        return response;
    }

    List<String> setCookies() {
        return List.copyOf(setCookies);
    }

    /** The header a container writes for a Servlet cookie. */
    static String header(Cookie cookie) {
        StringBuilder out = new StringBuilder(cookie.getName()).append('=').append(cookie.getValue());
        if (cookie.getPath() != null) {
            out.append("; Path=").append(cookie.getPath());
        }
        if (cookie.getMaxAge() >= 0) {
            out.append("; Max-Age=").append(cookie.getMaxAge());
        }
        if (cookie.getSecure()) {
            out.append("; Secure");
        }
        if (cookie.isHttpOnly()) {
            out.append("; HttpOnly");
        }
        if (cookie.getAttribute("SameSite") != null) {
            out.append("; SameSite=").append(cookie.getAttribute("SameSite"));
        }
        return out.toString();
    }
}
