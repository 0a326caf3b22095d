package tech.openfactory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import tech.openfactory.policy.compliance.PolicyCheck;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyLoader;

/** The policy reaches this service as a Maven artifact whose version is the policy's last-updated date. */
class PolicyArtifactTest {

    @Test
    void the_artifact_version_is_the_policys_last_updated_date() throws Exception {
        Properties pom = new Properties();
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/maven/tech.openfactory.policy/privacy-policy/pom.properties")) {
            pom.load(in);
        }
        Policy policy;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PolicyCheck.DEFAULT_RESOURCE)) {
            policy = PolicyLoader.builder().build().load(PolicyCheck.DEFAULT_RESOURCE, in.readAllBytes());
        }
        String expected = policy.lastUpdated().format(DateTimeFormatter.ofPattern("uuuu.MM.dd"));
        assertEquals(expected, pom.getProperty("version"), "set <version>" + expected + "</version> in policy/pom.xml"
                + " and the privacy-policy version in the root pom.xml: the artifact is named by the policy's date");
    }
}
