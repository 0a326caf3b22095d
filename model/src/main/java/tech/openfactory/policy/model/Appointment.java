package tech.openfactory.policy.model;

/**
 * A data protection officer or a representative (GDPR Art. 13(1)(a)–(b), Art. 27), or the statement that none is
 * appointed ({@code none-appointed} in the YAML).
 *
 * @param name    who it is; null when none is appointed
 * @param email   how to reach them; null when none is appointed
 * @param address their postal address; null when not stated
 */
public record Appointment(boolean appointed, String name, String email, Prose address) {
    /** The statement that no one is appointed. */
    public static final Appointment NONE = new Appointment(false, null, null, null);
}
