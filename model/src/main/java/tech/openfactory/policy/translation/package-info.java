/**
 * Translations of the policy's prose, unit by unit, each pinned to the English text it translates.
 *
 * <h2>Files</h2>
 *
 * <pre>
 * content/privacy/translations/de.yaml          the living German translation, edited by translators
 * content/privacy/versions/2026-04-08/de.yaml   frozen with version 2026-04-08 by `policy release`
 * </pre>
 *
 * A file is named by the BCP 47 tag of its language ({@code de}, {@code fr}, {@code fr-CA}, {@code ar}), written
 * the canonical way, and holds:
 *
 * <pre>
 * locale: de                 # the same tag as the file name
 * language: Deutsch          # the language's own name, for the language switch
 * units:
 *   summary.text:            # the unit: the key of a passage of the policy (see below)
 *     source: 3f5a…          # SHA-256 of the English text translated (64 lower-case hex digits)
 *     text: >-
 *       OpenFactory erhebt nur …
 * </pre>
 *
 * <h2>Units</h2>
 *
 * A unit is one passage of {@link tech.openfactory.policy.model.PolicyText#passages}: its key is the passage's key,
 * built from ids, never positions, e.g. {@code collection.categories.account.description} or {@code
 * restrictions.commitments.no-sale} ({@link tech.openfactory.policy.translation.UnitKeys} lists every form). Its
 * {@code source} is the SHA-256 of the English passage's Markdown source with the placeholders unfilled, encoded as
 * UTF-8 ({@link tech.openfactory.policy.translation.Translations#sourceHash}); {@code policy translations status
 * --missing} prints it for each unit still to translate. Facts are never translated by hand: a translated text uses
 * exactly the placeholders of its English text ({@code {{contact.email}}}, {@code {{rights.responseTime:compound}}},
 * ...), and the page fills them per locale. So a fact changed in English changes the German page and no German file.
 *
 * <h2>Status</h2>
 *
 * {@link tech.openfactory.policy.translation.TranslationStatus} says per unit whether it is current, missing,
 * stale, mismatched in its placeholders or orphaned, and makes the {@link
 * tech.openfactory.policy.translation.TranslatedPage} a renderer shows; {@link
 * tech.openfactory.policy.translation.StalePolicy} decides whether a stale unit falls back to English with a note
 * (the default) or refuses the build.
 *
 * <h2>Release</h2>
 *
 * {@code policy release} copies every living translation, byte for byte, to {@code versions/<version>/<locale>.yaml}
 * and records its SHA-256 under the version in {@code versions.lock}; {@link
 * tech.openfactory.policy.model.HistoryLoader} verifies it, and {@link
 * tech.openfactory.policy.model.PublishedVersion#translations()} holds it, so an old version's German page never
 * changes.
 */
package tech.openfactory.policy.translation;
