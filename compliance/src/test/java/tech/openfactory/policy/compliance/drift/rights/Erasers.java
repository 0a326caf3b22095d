package tech.openfactory.policy.compliance.drift.rights;

import tech.openfactory.policy.annotations.Eraser;
import tech.openfactory.policy.annotations.Exporter;

/** Erases accounts only; exports and corrects nothing. */
@Eraser({"account", "builds", "conversations", "security"})
@Exporter({"account", "builds", "conversations", "security", "organizations"})
public class Erasers {}
