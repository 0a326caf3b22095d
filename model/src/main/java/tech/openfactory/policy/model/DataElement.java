package tech.openfactory.policy.model;

/**
 * One piece of data within a category, e.g. "email address".
 *
 * @param label     the words the category's description uses for it
 * @param encrypted whether the policy promises it is stored encrypted
 */
public record DataElement(String id, String label, boolean encrypted) {}
