package org.partnercoach.network;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One thing the pulse asks about a relationship, scored 1 to 5. Three make its trust (asked by the member who looks
 * after the partner, after a touchpoint), three its value to the coalition (asked once a quarter).
 */
enum Aspect {
    OPENNESS(Kind.TRUST, "Open communication", "How openly do you and they talk things through?"),
    FOLLOW_THROUGH(Kind.TRUST, "Follow-through", "How reliably do they do what they said they would?"),
    MISSION_FIT(Kind.TRUST, "Shared mission", "How well do their mission and ours line up?"),
    RESOURCES(Kind.VALUE, "Resources", "How much do they bring: people, space, money, know-how?"),
    INFLUENCE(Kind.VALUE, "Influence", "How much weight do they carry in the community?"),
    INVOLVEMENT(Kind.VALUE, "Involvement", "How involved are they in the coalition's work?");

    /** The two sides of a relationship's health. */
    enum Kind {
        TRUST("Trust"), VALUE("Value");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        List<Aspect> aspects() {
            return Arrays.stream(Aspect.values()).filter(a -> a.kind == this).toList();
        }
    }

    /** The bottom of every aspect's scale. */
    static final int MIN_SCORE = 1;
    /** The top of every aspect's scale. */
    static final int MAX_SCORE = 5;

    private final Kind kind;
    private final String label;
    private final String question;

    Aspect(Kind kind, String label, String question) {
        this.kind = kind;
        this.label = label;
        this.question = question;
    }

    Kind kind() {
        return kind;
    }

    String label() {
        return label;
    }

    String question() {
        return question;
    }

    static Optional<Aspect> parse(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
    }
}
