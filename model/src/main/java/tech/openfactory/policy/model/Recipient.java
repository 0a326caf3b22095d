package tech.openfactory.policy.model;

import java.util.List;

/**
 * A party data is shared with, e.g. "Infrastructure providers".
 *
 * @param categories  ids of the data categories it may receive; empty when the policy names none
 * @param sdkPackages the Java packages of its client libraries, in ArchUnit's syntax ({@code com.openai..}): only
 *                    code declared as this recipient's adapter may use them
 */
public record Recipient(String id, String name, Prose description, List<String> categories, List<String> sdkPackages) {}
