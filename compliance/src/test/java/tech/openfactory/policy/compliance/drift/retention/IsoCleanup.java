package tech.openfactory.policy.compliance.drift.retention;

import tech.openfactory.policy.annotations.RetentionJob;

@RetentionJob(rule = "iso-images", keeps = "60 days")
public class IsoCleanup {}
