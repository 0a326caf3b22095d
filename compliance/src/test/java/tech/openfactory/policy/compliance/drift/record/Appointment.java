package tech.openfactory.policy.compliance.drift.record;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import tech.openfactory.policy.annotations.PersonalData;

/** A row that is one element as a whole; its text fields are still asked about one by one. */
@Entity
@PersonalData(category = "builds", element = "build-logs")
@PersonalData(category = "billing", element = "invoices")
public class Appointment {
    @Id
    Long id;

    Instant startsAt;
    String note;
}
