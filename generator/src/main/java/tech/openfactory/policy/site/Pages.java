package tech.openfactory.policy.site;

import java.nio.charset.StandardCharsets;

/** Small shared helpers of the renderers. */
final class Pages {
    private Pages() {}

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
