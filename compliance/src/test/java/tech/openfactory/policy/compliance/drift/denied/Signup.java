package tech.openfactory.policy.compliance.drift.denied;

import com.mixpanel.fixture.Tracker;

public class Signup {
    void completed() {
        Tracker.track("signup");
    }
}
