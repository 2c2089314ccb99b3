package org.partnercoach.chat;

import java.util.function.Supplier;

/**
 * How the router runs one member's action as one unit of work: everything a handler reads and writes, from its
 * start to its reply, in one transaction on one connection. The chat model knows nothing of storage; the
 * composition root passes the implementation.
 */
public interface Transactions {

    /** Runs {@code work} in one transaction; it commits when the work returns and rolls back when it throws. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} in one read-only transaction (autocomplete). */
    <T> T readOnly(Supplier<T> work);

    /** No transaction around the work (tests of the chat model alone). */
    Transactions NONE = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T readOnly(Supplier<T> work) {
            return work.get();
        }
    };
}
