package tech.openfactory.policy.model;

/**
 * One piece of data within a category, e.g. "email address".
 *
 * @param label     the words the category's description uses for it
 * @param encrypted whether the policy promises it is stored encrypted
 * @param hashed    whether the policy promises only a one-way hash of it is stored (a password)
 * @param provision whether it must be provided, when it differs from its category's; null otherwise
 */
public record DataElement(String id, String label, boolean encrypted, boolean hashed, Provision provision) {

    public DataElement(String id, String label, boolean encrypted, boolean hashed) {
        this(id, label, encrypted, hashed, null);
    }
}
