package tech.openfactory.policy.compliance.drift.inherited;

import jakarta.persistence.MappedSuperclass;

/** A name shared by two kinds of person. */
@MappedSuperclass
public abstract class Person {
    String firstName;
}
