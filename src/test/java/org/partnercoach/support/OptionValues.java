package org.partnercoach.support;

import org.partnercoach.chat.OptionSpec;

/** A believable value for any command option, so that a test can fill the options it is not about. */
public final class OptionValues {

    private OptionValues() {
    }

    /**
     * The first choice when the option has choices, else a value of its type: {@code member} for a user option,
     * {@code flag} for a yes/no one, and for text a value the option's name calls for.
     */
    public static String plausible(OptionSpec option, Member member, boolean flag) {
        if (!option.choices().isEmpty()) {
            return option.choices().get(0).value();
        }
        return switch (option.type()) {
            case USER -> String.valueOf(member.id());
            case CHANNEL -> String.valueOf(TestBot.CHANNEL);
            case ROLE -> "4004";
            case BOOLEAN -> String.valueOf(flag);
            case INTEGER -> String.valueOf(option.min() == null ? 1 : Math.max(1, option.min()));
            case TEXT -> switch (option.name()) {
                case "partner" -> "Grace Church";
                case "name" -> "Lincoln High";
                case "when" -> "in 3 days";
                case "time" -> "09:00";
                case "timezone", "zone" -> "Europe/Berlin";
                case "quiet" -> "21:00-08:00";
                case "reminder" -> "Bring flyers";
                default -> "Coffee with their volunteer lead";
            };
        };
    }
}
