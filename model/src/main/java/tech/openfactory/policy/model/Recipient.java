package tech.openfactory.policy.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A party data is shared with, e.g. "Infrastructure providers".
 *
 * @param categories           ids of the data categories it may receive; empty when the policy names none
 * @param sdkPackages          the Java packages of its client libraries, in ArchUnit's syntax ({@code com.openai..}):
 *                             only code declared as this recipient's adapter may use them
 * @param role                 whether it processes on the company's behalf or decides for itself; null when not stated
 * @param transfers            where it takes data outside the EEA or the UK; empty when the policy says none; null
 *                             when the policy does not say
 * @param sold                 whether disclosing data to it is a sale under California law; null when not stated
 * @param sharedForAdvertising whether it receives data for cross-context behavioural advertising ("sharing" under
 *                             California law); null when not stated
 */
public record Recipient(String id, String name, Prose description, List<String> categories, List<String> sdkPackages,
        Role role, List<Transfer> transfers, Boolean sold, Boolean sharedForAdvertising) {
    public Recipient {
        categories = List.copyOf(categories);
        sdkPackages = List.copyOf(sdkPackages);
        transfers = transfers == null ? null : List.copyOf(transfers);
    }

    /** A recipient that states none of the optional facts. */
    public Recipient(String id, String name, Prose description, List<String> categories, List<String> sdkPackages) {
        this(id, name, description, categories, sdkPackages, null, null, null, null);
    }

    /**
     * Whether disclosing to it is a sale: as stated, or derived from its role (a processor acts on the company's
     * instructions and a public authority receives what the law compels, so neither is a sale); empty when the
     * facts do not tell.
     */
    public Optional<Boolean> sells() {
        return sold != null ? Optional.of(sold) : role != null && role.neverSold() ? Optional.of(false) : Optional.empty();
    }

    /** Whether it receives data for cross-context behavioural advertising, as stated or derived like {@link #sells()}. */
    public Optional<Boolean> sharesForAdvertising() {
        return sharedForAdvertising != null ? Optional.of(sharedForAdvertising)
                : role != null && role.neverSold() ? Optional.of(false) : Optional.empty();
    }

    /** What a recipient is to the company (GDPR Art. 4(7)–(9); CCPA service provider or third party). */
    public enum Role {
        /** Processes on the company's documented instructions (a service provider under the CCPA). */
        PROCESSOR(true),
        /** Decides the purposes of its own processing. */
        CONTROLLER(false),
        /** A court, regulator or police authority receiving what the law compels. */
        PUBLIC_AUTHORITY(true);

        private final boolean neverSold;

        Role(boolean neverSold) {
            this.neverSold = neverSold;
        }

        boolean neverSold() {
            return neverSold;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Role> of(String id) {
            return Words.of(values(), id, Role::id);
        }

        public static String ids() {
            return Words.ids(values(), Role::id);
        }
    }
}
