package org.partnercoach.partners;

import java.util.List;

/** The suffixes a partner's name key is kept with, for the benchmark's seeding (org.partnercoach.bench). */
public final class NameSuffixesProbe {

    private NameSuffixesProbe() {
    }

    /** The rows {@code partner_name_suffixes} holds for a partner called {@code name}. */
    public static List<String> suffixesOfName(String name) {
        return NameSuffixes.of(PartnerInput.nameKey(name));
    }

    /** The letters and digits kept beside the key of a partner called {@code name} (V59). */
    public static String lettersOfName(String name) {
        return PartnerInput.letters(PartnerInput.nameKey(name));
    }

    /** The name key rule a seeded server's keys and suffixes are made with. */
    public static int keyRule() {
        return PartnerInput.KEY_RULE;
    }
}
