package tech.openfactory.service.web;

import jakarta.servlet.http.HttpServletResponse;

/** What the site does on each page view and sign-in, and when the visitor answers the consent banner. */
public class Visits {
    private final SessionCookies sessions = new SessionCookies();
    private final AnalyticsCookies analytics = new AnalyticsCookies();

    /** A page view; the visitor's consent comes from the consent banner's stored answer. */
    public void view(HttpServletResponse response, String visitorId, Boolean consentOnRecord) {
        if (consented(consentOnRecord)) {
            analytics.count(response, visitorId);
        }
    }

    public void signIn(HttpServletResponse response, String sessionToken) {
        sessions.issue(response, sessionToken);
    }

    public void answerConsent(HttpServletResponse response, String visitorId, boolean analyticsAllowed) {
        if (analyticsAllowed) {
            analytics.count(response, visitorId);
        } else {
            analytics.clear(response);
        }
    }

    /** Only an explicit yes counts; no answer yet is a no. */
    protected boolean consented(Boolean consentOnRecord) {
        return Boolean.TRUE.equals(consentOnRecord);
    }
}
