package org.partnercoach.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The commands whose names come closest to words typed for one that does not exist ({@code /coach strat}: {@code
 * /coach start}), for every place a command is typed as text: the console, and a DM.
 */
public final class ClosestCommands {

    /** How near a typed word must come to a command's word to count: "partnr" to "partner", not "st" to "status". */
    public static final double CLOSE = 0.6;

    /**
     * Everyday words for what a command does, far in letters from the command's own word ({@code /partner rename} is
     * {@code /partner edit}), with the command words they mean. Such a word counts a little less than the command's
     * own word, so a command typed nearly right still comes first, and is near no other word by its letters.
     */
    private static final Map<String, List<String>> MEANINGS = Map.ofEntries(
            Map.entry("rename", List.of("edit")), Map.entry("update", List.of("edit")),
            Map.entry("change", List.of("edit")), Map.entry("modify", List.of("edit")),
            Map.entry("remove", List.of("delete", "archive", "cancel")), Map.entry("erase", List.of("delete")),
            Map.entry("delete", List.of("cancel")), Map.entry("create", List.of("add")),
            Map.entry("new", List.of("add")), Map.entry("view", List.of("show")), Map.entry("open", List.of("show")),
            Map.entry("see", List.of("show")), Map.entry("details", List.of("show")),
            Map.entry("search", List.of("list")), Map.entry("find", List.of("list")),
            Map.entry("transfer", List.of("owner")), Map.entry("assign", List.of("owner")),
            Map.entry("handover", List.of("owner")), Map.entry("reassign", List.of("owner")),
            Map.entry("touchpoint", List.of("log")), Map.entry("record", List.of("log")),
            Map.entry("unarchive", List.of("restore")), Map.entry("undelete", List.of("restore")),
            Map.entry("introduce", List.of("intro")), Map.entry("introduction", List.of("intro")),
            Map.entry("schedule", List.of("setup")));

    /** How near a word of {@link #MEANINGS} comes to the command word it means. */
    private static final double MEANS = 0.9;

    private final CommandCatalogue catalogue;

    public ClosestCommands(CommandCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The one or two commands whose names are closest to the words typed ({@code /status}: {@code /coach status};
     * {@code /partners}: {@code /partner list}), one of each group for a single word; for a member, coordinators'
     * commands only when they come closer than every one the member may use, and marked; nothing when none is close.
     */
    public List<String> closest(List<String> words, boolean coordinator) {
        List<String> paths = List.copyOf(catalogue.leaves().keySet());
        List<String> close = paths.stream().filter(p -> closeness(words, p) > 0)
                .sorted(Comparator.comparingDouble((String p) -> closeness(words, p)).reversed()
                        .thenComparing(Comparator.comparingLong(this::groupSize).reversed())
                        .thenComparingInt(paths::indexOf))
                .toList();
        if (!coordinator) {
            // a coordinators' command only when it comes closer than every one the member may use (/digest statsu
            // now: /digest status, not /partner know for "now" alone)
            double theirs = close.stream().filter(p -> !catalogue.forCoordinators(p))
                    .mapToDouble(p -> closeness(words, p)).max().orElse(0);
            close = close.stream().filter(p -> !catalogue.forCoordinators(p) || closeness(words, p) > theirs)
                    .toList();
        }
        List<String> best = new ArrayList<>();
        java.util.Set<String> groups = new java.util.HashSet<>();
        for (String path : close) {
            if (best.size() < 2 && (words.size() > 1 || groups.add(group(path)))) {
                best.add(path);
            }
        }
        // a group named after the first word (/coalition report: /report quarter) has its closest command offered
        // second, where two of the first word's group filled the offer
        close.stream().filter(p -> words.subList(1, words.size()).contains(group(p))).findFirst()
                .filter(p -> best.size() == 2 && best.stream().noneMatch(b -> group(b).equals(group(p))))
                .ifPresent(p -> best.set(1, p));
        return List.copyOf(best);
    }

    /** A command's first word: its group's name, or the command itself ({@code /reflect}). */
    private static String group(String path) {
        return path.split(" ")[0];
    }

    /** Commands as offered to the member typing: for a member, a coordinators' command is marked as one. */
    public String offered(List<String> paths, boolean coordinator, String joiner) {
        boolean allTheirs = !coordinator && paths.stream().allMatch(catalogue::forCoordinators);
        String list = String.join(joiner, paths.stream().map(p -> "`/" + p + "`"
                + (!coordinator && !allTheirs && catalogue.forCoordinators(p) ? " (for coordinators)" : "")).toList());
        if (!allTheirs) {
            return list;
        }
        return list + switch (paths.size()) {
            case 1 -> " (for coordinators)";
            case 2 -> " (both for coordinators)";
            default -> " (all for coordinators)";
        };
    }

    /**
     * How closely a command's name fits the words typed, 0 when none of them is near any of its words: each typed
     * word adds how much of the nearest word it begins the same way (a plural or a typo near the end counts), the
     * command's first word typed first adds half, and a group's {@code list} is what a group's name typed alone asks.
     */
    public static double closeness(List<String> words, String path) {
        String[] names = path.split(" ");
        double sum = 0;
        for (String word : words) {
            // a word of known meaning is near only what it means, or itself: "undelete" is not near "delete"
            List<String> meant = MEANINGS.get(word);
            double near = java.util.Arrays.stream(names).mapToDouble(name -> meant == null ? sameStart(word, name)
                    : name.equals(word) ? 1 : meant.contains(name) ? MEANS : 0).max().orElse(0);
            sum += near >= CLOSE ? near : 0;
        }
        if (sum == 0) {
            return 0;
        }
        if (sameStart(words.get(0), names[0]) >= CLOSE) {
            sum += 0.5;
        }
        return words.size() == 1 && names.length > 1 && names[names.length - 1].equals("list") ? sum + 0.1 : sum;
    }

    /**
     * How near two words are: the larger of how much of a word's start they share (1 for the same word, 7/8 for
     * "partners" and "partner") and how much is left once the slips of the keys between them are counted (7/8 for
     * "progess" and "progress", 3/4 for "lsit" and "list"), so a typo in the middle counts as one near the end does.
     */
    public static double sameStart(String a, String b) {
        int same = 0;
        while (same < Math.min(a.length(), b.length()) && a.charAt(same) == b.charAt(same)) {
            same++;
        }
        int longer = Math.max(a.length(), b.length());
        // words longer than a command's name are never near one
        int slips = Slips.between(a, b, 40);
        return (slips == Integer.MAX_VALUE ? same : Math.max(same, longer - slips)) / (double) longer;
    }

    /** Under a shared word ({@code /status}), the larger group is the likelier home of it: {@code /coach}. */
    private long groupSize(String path) {
        String root = group(path);
        return catalogue.leaves().keySet().stream().filter(p -> group(p).equals(root)).count();
    }
}
