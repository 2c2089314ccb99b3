package org.partnercoach.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.partnercoach.storage.Engine;

/**
 * Runs a test class on PostgreSQL instead of H2: every {@link TestBot} and {@link TestBot#freshDatabase()} in it gets
 * a database of its own on the JVM's one embedded PostgreSQL ({@link Postgres}). The usual way is a subclass of an
 * H2 test with nothing in it but this annotation, so the same tests run on both engines:
 * <pre>{@code @OnPostgres class OutboxOnPostgresTest extends OutboxTest { }}</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@Tag("postgres")
@ExtendWith(OnPostgres.Switch.class)
public @interface OnPostgres {

    /** Switches the engine for the class, its @Nested classes included, and back after it. */
    final class Switch implements BeforeAllCallback, AfterAllCallback {
        private static final AtomicInteger DEPTH = new AtomicInteger();

        @Override
        public void beforeAll(ExtensionContext context) {
            if (DEPTH.getAndIncrement() == 0) {
                TestBot.useEngine(Engine.POSTGRESQL);
            }
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (DEPTH.decrementAndGet() == 0) {
                TestBot.useEngine(Engine.H2);
            }
        }
    }
}
