package tech.openfactory.service.privacy;

import tech.openfactory.policy.annotations.Exporter;

/** Answers access and portability requests: a copy of a person's data. */
@Exporter({"account", "builds", "conversations", "security", "organizations"})
public class DataExporter {
    public byte[] export(long accountId) {
        return new byte[0];
    }
}
