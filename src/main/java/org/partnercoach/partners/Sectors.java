package org.partnercoach.partners;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.SelectMenu;
import org.partnercoach.curriculum.CurriculumException;
import org.partnercoach.curriculum.CurriculumLoader;

/**
 * The sector catalogue, read from {@code curriculum/sectors.yml} (a file of the same name in the override folder
 * replaces it). Checked on load so every sector fits in a command choice and a select menu.
 */
public final class Sectors {

    public static final String FILE = "sectors";
    static final int MIN_EXAMPLES = 4;
    static final int MAX_EXAMPLES = 8;
    private static final int MAX_KEY = 40;
    private static final int MAX_EXAMPLE = 100;

    /** The file as written. */
    record File(List<Sector> sectors) {
    }

    private final List<Sector> all;
    /**
     * Each sector by its key and by its name in lower case, the first in the file's order where two share one: a page
     * of {@code /partner list} names the sector of each of its 25 partners.
     */
    private final Map<String, Sector> byKeyOrName = new HashMap<>();

    Sectors(List<Sector> sectors) {
        this.all = List.copyOf(sectors);
        for (Sector s : all) {
            byKeyOrName.putIfAbsent(s.key(), s);
            if (s.name() != null) {
                byKeyOrName.putIfAbsent(s.name().toLowerCase(Locale.ROOT), s);
            }
        }
    }

    public static Sectors load(CurriculumLoader content) {
        File file = content.readData(FILE, File.class);
        List<Sector> sectors = file.sectors() == null ? List.of() : file.sectors();
        validate(content.source(FILE), sectors);
        return new Sectors(sectors);
    }

    /** Throws naming the file and the first problem. */
    static void validate(String file, List<Sector> sectors) {
        List<String> problems = new ArrayList<>();
        if (sectors.isEmpty() || sectors.size() > Limits.SELECT_OPTIONS) {
            problems.add("sectors: 1 to " + Limits.SELECT_OPTIONS + " sectors are needed, found " + sectors.size());
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < sectors.size(); i++) {
            Sector s = sectors.get(i);
            String at = "sectors[" + i + "]";
            if (s.key() == null || !s.key().matches("[a-z0-9-]{1," + MAX_KEY + "}")) {
                problems.add(at + ".key must be 1 to " + MAX_KEY + " lower-case letters, digits or dashes");
            } else if (!keys.add(s.key())) {
                problems.add(at + ".key '" + s.key() + "' is used twice");
            }
            if (s.name() == null || s.name().isBlank() || s.name().length() > Limits.CHOICE_NAME) {
                problems.add(at + ".name must be 1 to " + Limits.CHOICE_NAME + " characters");
            }
            if (s.examples().size() < MIN_EXAMPLES || s.examples().size() > MAX_EXAMPLES) {
                problems.add(at + ".examples: " + MIN_EXAMPLES + " to " + MAX_EXAMPLES + " are needed, found "
                        + s.examples().size());
            }
            for (String example : s.examples()) {
                if (example == null || example.isBlank() || example.length() > MAX_EXAMPLE) {
                    problems.add(at + ".examples: each is 1 to " + MAX_EXAMPLE + " characters");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CurriculumException(file + ": " + problems.get(0));
        }
    }

    public List<Sector> all() {
        return all;
    }

    public Optional<Sector> find(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        Sector known = byKeyOrName.get(wanted);
        // not found so: compared letter by letter, ignoring case, as before
        return known != null ? Optional.of(known)
                : all.stream().filter(s -> s.key().equals(wanted) || s.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * The sector for a member's input, or a friendly refusal listing the keys: first those the input is part of
     * ("health": public-health, health-care, mental-health), so that a near miss finds its sector at a glance.
     */
    Sector require(String key) {
        return find(key).orElseThrow(() -> {
            String typed = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
            List<String> near = typed.isEmpty() ? List.of() : all.stream()
                    .filter(s -> s.key().contains(typed) || s.name().toLowerCase(Locale.ROOT).contains(typed))
                    .map(s -> s.key() + " (" + s.name() + ")").toList();
            return new org.partnercoach.chat.UserError("I don't know the sector "
                    + Quoted.endingSentence(Limits.clip(key, 40)) + " "
                    + (near.isEmpty() ? "" : "Did you mean " + orList(near) + "? ")
                    + "Run the command again with one of: " + String.join(", ", all.stream().map(Sector::key)
                    .toList()) + ".");
        });
    }

    private static String orList(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    /** The display name of a stored key; an unknown key (removed from the file) shows as it is. */
    String nameOf(String key) {
        return find(key).map(Sector::name).orElse(key);
    }

    List<OptionSpec.Choice> choices() {
        return all.stream().map(s -> new OptionSpec.Choice(s.name(), s.key())).toList();
    }

    List<SelectMenu.Option> options() {
        return all.stream().map(s -> new SelectMenu.Option(s.key(), s.name(),
                String.join(", ", s.examples().subList(0, Math.min(2, s.examples().size()))))).toList();
    }
}
