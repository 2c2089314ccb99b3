package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.h2.command.Command;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every query the bot keeps as a constant is one H2 keeps prepared between runs. H2 parses and plans a statement
 * whose top level is a {@code UNION} again on every run (its per-session cache takes a single query only): partner
 * autocomplete spent three quarters of its statement's time on that, on every keystroke. Such a statement is
 * written as one query over the union ({@code Database.overUnion}), which H2 keeps. A locking read ({@code FOR
 * UPDATE}) H2 never keeps; the outbox's claim and a group session's turn run one a few times a poll.
 */
@DisplayName("Every query the bot keeps as a constant is one H2 keeps prepared, not parsed again on each run")
class StatementsKeptPreparedTest {

    /** A whole query, as opposed to a fragment of one (columns, a condition) that no database would take alone. */
    private static final Pattern QUERY = Pattern.compile("^\\s*\\(?\\s*(SELECT|WITH)\\b.*", Pattern.DOTALL);

    private static final Pattern LOCKING = Pattern.compile(".*\\bFOR UPDATE( SKIP LOCKED)?\\s*", Pattern.DOTALL);

    private final Database db = Database.inMemory();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("each query constant of the bot's code that H2 takes is kept in H2's cache of prepared statements")
    void queriesAreKeptPrepared() throws Exception {
        Map<String, String> queries = queryConstants();
        List<String> parsedEachRun = new ArrayList<>();
        int prepared = db.read(c -> {
            SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
            int count = 0;
            for (Map.Entry<String, String> q : queries.entrySet()) {
                Command command;
                try {
                    command = session.prepareLocal(q.getValue());
                } catch (RuntimeException notForH2) {
                    // PostgreSQL's own statement, or a piece of a larger one: not run as such on H2
                    continue;
                }
                count++;
                // a locking read H2 prepares on each run by design; the claim and a session's turn run it rarely
                boolean locking = LOCKING.matcher(q.getValue()).matches();
                if (!command.isCacheable() && !locking) {
                    parsedEachRun.add(q.getKey() + ": " + q.getValue());
                }
            }
            return count;
        });

        // the bot's statements were found (a rename of the package or of how constants are kept would empty this)
        assertThat(prepared).as("queries prepared on H2").isGreaterThan(200);
        assertThat(parsedEachRun).as("queries H2 parses again on every run").isEmpty();
    }

    /** Every String and String[] constant of the bot's classes that reads as a whole query, by class and field. */
    private static Map<String, String> queryConstants() throws IllegalAccessException {
        Map<String, String> queries = new TreeMap<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.partnercoach")) {
            Class<?> type = javaClass.reflect();
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || !Modifier.isFinal(field.getModifiers())) {
                    continue;
                }
                if (field.getType() == String.class) {
                    field.setAccessible(true);
                    add(queries, type.getName() + "." + field.getName(), (String) field.get(null));
                } else if (field.getType() == String[].class) {
                    field.setAccessible(true);
                    String[] values = (String[]) field.get(null);
                    for (int i = 0; values != null && i < values.length; i++) {
                        add(queries, type.getName() + "." + field.getName() + "[" + i + "]", values[i]);
                    }
                }
            }
        }
        return queries;
    }

    private static void add(Map<String, String> queries, String name, String value) {
        if (value != null && QUERY.matcher(value).matches()) {
            queries.put(name, value);
        }
    }
}
