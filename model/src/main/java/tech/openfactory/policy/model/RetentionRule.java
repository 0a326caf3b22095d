package tech.openfactory.policy.model;

/**
 * One row of the retention table.
 *
 * @param category      id of the {@link DataCategory} the row is about
 * @param label         what the row is called; the category's name unless the YAML gives one
 * @param keptFor       how long the data is kept while in use
 * @param afterDeletion what happens once it is deleted or expires
 */
public record RetentionRule(String id, String category, String label, KeptFor keptFor, AfterDeletion afterDeletion) {}
