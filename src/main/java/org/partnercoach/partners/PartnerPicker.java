package org.partnercoach.partners;

import java.util.List;
import org.partnercoach.chat.OptionSpec;

/**
 * Lets another feature take a partner as an option (e.g. {@code /remind ... partner:}): suggestions while the
 * member types on Discord (their value is the exact name), and the partner a typed or picked name means, with the same friendly "I can't find"
 * message as {@code /partner} commands.
 */
public final class PartnerPicker {

    private final PartnerLookup lookup;
    private final Sectors sectors;

    PartnerPicker(PartnerLookup lookup, Sectors sectors) {
        this.lookup = lookup;
        this.sectors = sectors;
    }

    /**
     * The partner a member means, in their own server.
     *
     * @throws org.partnercoach.chat.UserError naming close matches when there is no such partner
     */
    public Partner pick(long guildId, String typedOrPicked) {
        return lookup.resolve(guildId, PartnerRef.typed(typedOrPicked));
    }

    /** Up to 25 partners still on the list whose names contain what the member typed. */
    public List<OptionSpec.Choice> suggest(long guildId, String typed) {
        return lookup.suggest(guildId, typed, PartnerLookup.Which.ACTIVE, sectors);
    }
}
