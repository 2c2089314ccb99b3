package org.partnercoach;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The design's rules (docs/architecture.md), stated generally so that a new feature package is held to them
 * without being named here.
 */
@DisplayName("The shape of the code")
class ArchitectureTest {

    private static final String BASE = "org.partnercoach";
    /** The lower layers: every feature may use them; they use no feature and no adapter. */
    private static final String[] LOWER = {BASE + ".chat..", BASE + ".storage..", BASE + ".config..",
        BASE + ".curriculum..", BASE + ".settings.."};
    /** The adapters: only they (and the composition root) know a chat platform or a terminal. */
    private static final String[] ADAPTERS = {BASE + ".discord..", BASE + ".console.."};

    /**
     * Which package owns which table (docs/architecture.md): only its code names the table in SQL; others read it
     * through the owner's API. A table not listed here belongs to the one package whose code names it.
     */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("partners", "partners"),
            Map.entry("partner_touchpoints", "partners"),
            Map.entry("partner_stage_changes", "partners"),
            Map.entry("partner_contacts", "partners"),
            Map.entry("partner_intros", "partners"),
            Map.entry("partner_intro_waits", "partners"),
            Map.entry("partner_key_rule", "partners"),
            Map.entry("partner_name_suffixes", "partners"),
            Map.entry("partner_stage_counts", "partners"),
            Map.entry("partner_owners", "partners"),
            Map.entry("partner_former_names", "partners"),
            Map.entry("partner_deletions", "partners"),
            Map.entry("partner_names_to_add", "partners"),
            Map.entry("partner_name_rounds", "partners"),
            Map.entry("partner_group_name_rounds", "partners"),
            Map.entry("walks", "coaching"),
            Map.entry("walk_answers", "coaching"),
            Map.entry("dm_offers", "coaching"),
            Map.entry("group_sessions", "sessions"),
            Map.entry("group_session_questions", "sessions"),
            Map.entry("group_session_answers", "sessions"),
            Map.entry("group_session_told_ended", "sessions"),
            Map.entry("group_session_members", "sessions"),
            Map.entry("server_settings", "settings"),
            Map.entry("member_settings", "settings"),
            Map.entry("member_home", "storage"),
            Map.entry("servers_without_bot", "storage"),
            Map.entry("storage_jobs", "storage"),
            Map.entry("migration_checks", "storage"),
            Map.entry("commit_rehearsals", "storage"),
            Map.entry("stored_times_zone", "storage"),
            Map.entry("scheduled_sends", "outbox"),
            Map.entry("scheduler_turns", "outbox"),
            Map.entry("cultivate_states", "reminders"),
            Map.entry("partnership_asks", "network"),
            Map.entry("partnership_ratings", "network"),
            Map.entry("partnership_settings", "network"));

    private static final Path MAIN = Path.of("src/main/java/org/partnercoach");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)");
    /** Java string literals and text blocks. */
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    @DisplayName("JDA is used only in discord/ (the composition root may start discord.DiscordBot)")
    void jdaOnlyInDiscord() {
        noClasses().that().resideOutsideOfPackage("..discord..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
                .because("features speak the chat model; only the Discord adapter knows JDA")
                .check(MAIN_CLASSES);
    }

    @Test
    @DisplayName("no cycles between packages")
    void noCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(MAIN_CLASSES);
    }

    @Test
    @DisplayName("the lower layers (chat, storage, config, curriculum, settings) use no feature and no adapter")
    void lowerLayers() {
        noClasses().that().resideInAnyPackage(LOWER)
                .should().dependOnClassesThat(resideInAPackage(BASE + "..").and(not(resideInAnyPackage(LOWER))))
                .because("a feature is added without touching the layers under it")
                .check(MAIN_CLASSES);
    }

    @Test
    @DisplayName("features use no adapter (discord, console) and nothing uses the composition root but adapters")
    void featuresIgnoreAdapters() {
        noClasses().that().resideInAPackage(BASE + "..").and().resideOutsideOfPackages(ADAPTERS)
                .and().resideOutsideOfPackage(BASE)
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .check(MAIN_CLASSES);
        noClasses().that().resideInAPackage(BASE + "..").and().resideOutsideOfPackages(ADAPTERS)
                .and().resideOutsideOfPackage(BASE)
                .should().dependOnClassesThat().resideInAPackage(BASE)
                .check(MAIN_CLASSES);
    }

    @Test
    @DisplayName("a feature's stores (its SQL) are its own: no *Store class is public")
    void storesArePrivateToTheirFeature() {
        classes().that().haveSimpleNameEndingWith("Store").should().notBePublic()
                .because("other packages read a table only through its owner's API")
                .allowEmptyShould(true)
                .check(MAIN_CLASSES);
    }

    @Test
    @DisplayName("each table is named in SQL by its owning package only")
    void tablesOwned() throws IOException {
        Set<String> tables = tablesInMigrations();
        assertThat(tables).as("tables created by the migrations").containsAll(OWNERS.keySet());
        Map<String, Set<String>> usedBy = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = packageOf(file);
                for (String sql : sqlStrings(Files.readString(file, StandardCharsets.UTF_8))) {
                    for (String table : tables) {
                        if (Pattern.compile("\\b(FROM|JOIN|INTO|UPDATE|TABLE)\\s+" + table + "\\b").matcher(sql)
                                .find()) {
                            usedBy.computeIfAbsent(table, t -> new TreeSet<>()).add(pkg);
                        }
                    }
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        usedBy.forEach((table, packages) -> {
            String owner = OWNERS.get(table);
            if (owner == null ? packages.size() > 1 : !packages.equals(Set.of(owner))) {
                wrong.add(table + " (owner: " + (owner == null ? "not named yet" : owner) + ") is named in SQL by "
                        + packages);
            }
        });
        assertThat(wrong).as("tables named outside their owner; read them through the owner's API").isEmpty();
        assertThat(usedBy).as("the check sees the SQL of every owner").containsKeys("partners", "scheduled_sends",
                "cultivate_states", "walks", "server_settings");
    }

    private static Set<String> tablesInMigrations() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return tables;
    }

    /** The string literals of a source file that hold SQL (comments are not looked at). */
    private static List<String> sqlStrings(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
        List<String> out = new ArrayList<>();
        Matcher m = STRING.matcher(code);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }

    private static String packageOf(Path file) {
        Path relative = MAIN.relativize(file);
        return relative.getNameCount() == 1 ? "(root)" : relative.getName(0).toString();
    }

    static {
        if (!Files.isDirectory(MAIN)) {
            throw new UncheckedIOException(new IOException("run from the project folder: " + MAIN + " is missing"));
        }
    }
}
