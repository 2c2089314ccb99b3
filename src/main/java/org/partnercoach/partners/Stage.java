package org.partnercoach.partners;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnercoach.chat.OptionSpec;

/**
 * Where a relationship stands: researching → connecting → cultivating → asking → partnered, or moved on (archived).
 * Each active stage matches one step of the partner's coaching plan ({@link #planStep()}).
 */
public enum Stage {
    RESEARCHING("researching", "Researching", 1),
    CONNECTING("connecting", "Connecting", 2),
    CULTIVATING("cultivating", "Cultivating", 3),
    ASKING("asking", "Asking", 4),
    PARTNERED("partnered", "Partnered", 5),
    MOVED_ON("moved-on", "Moved on", 0);

    private final String key;
    private final String label;
    private final int planStep;

    Stage(String key, String label, int planStep) {
        this.key = key;
        this.label = label;
        this.planStep = planStep;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The step of the partner plan (1-based) that helps in this stage; 0 for moved on. */
    public int planStep() {
        return planStep;
    }

    public boolean active() {
        return this != MOVED_ON;
    }

    /** Connecting, cultivating or asking: on the way to the table. */
    public boolean onTheWay() {
        return this == CONNECTING || this == CULTIVATING || this == ASKING;
    }

    /**
     * Researching or connecting: the coalition is still trying to reach them, so an introduction helps. From
     * cultivating on, members already know someone there.
     */
    boolean stillReaching() {
        return this == RESEARCHING || this == CONNECTING;
    }

    private static final Stage[] ALL = values();

    /**
     * The stage stored as {@code name} ({@link #name()}), as {@link #valueOf} finds it but without hashing the name:
     * every partner row read names its stage in a new string, and comparing it with six names is quicker than
     * hashing it ({@code /coalition gaps} reads about a hundred a request).
     */
    public static Stage stored(String name) {
        for (Stage stage : ALL) {
            if (stage.name().equals(name)) {
                return stage;
            }
        }
        return valueOf(name);
    }

    public static Optional<Stage> parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        return Arrays.stream(values()).filter(s -> s.key.equals(wanted)).findFirst();
    }

    /** The stages a member can move a partner into (moving on is {@code /partner archive}). */
    static List<Stage> movable() {
        return Arrays.stream(values()).filter(Stage::active).toList();
    }

    static List<OptionSpec.Choice> choices(List<Stage> stages) {
        return stages.stream().map(s -> new OptionSpec.Choice(s.label, s.key)).toList();
    }
}
