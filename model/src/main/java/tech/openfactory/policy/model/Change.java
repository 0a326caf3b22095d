package tech.openfactory.policy.model;

/**
 * One fact that differs between two versions of the policy, e.g. the retention of security logs going from 60 to
 * 90 days. Values stay structured (a {@link Period}, a {@link KeptFor}, a date) so that whoever shows the change
 * words it the same way the page words the fact.
 *
 * @param section  the YAML key of the section the fact belongs to, e.g. "retention"
 * @param type     added, removed or changed
 * @param noun     what the fact is about, e.g. "recipient", "element of Account information"
 * @param subject  which one, by its name or label, e.g. "Security logs"
 * @param aspect   for a change, which attribute changed, e.g. "retention"; null for added and removed
 * @param before   the old value; null when added
 * @param after    the new value; null when removed
 * @param material whether this change alone makes the new version material
 */
public record Change(String section, Type type, String noun, String subject, String aspect, Object before,
        Object after, boolean material) {

    public enum Type { ADDED, REMOVED, CHANGED }

    static Change added(String section, String noun, String subject, boolean material) {
        return new Change(section, Type.ADDED, noun, subject, null, null, subject, material);
    }

    static Change removed(String section, String noun, String subject, boolean material) {
        return new Change(section, Type.REMOVED, noun, subject, null, subject, null, material);
    }

    static Change changed(String section, String noun, String subject, String aspect, Object before, Object after,
            boolean material) {
        return new Change(section, Type.CHANGED, noun, subject, aspect, before, after, material);
    }
}
