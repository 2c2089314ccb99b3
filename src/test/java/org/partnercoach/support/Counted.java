package org.partnercoach.support;

import java.util.function.Supplier;
import org.partnercoach.chat.Reply;
import org.partnercoach.storage.Database;

/**
 * A reply, and how many statements the action that made it ran on this thread, and how many rows they returned: for
 * tests that hold a handler to the statements it needs (a second read of the same rows shows as one more) and to
 * the rows it reads (a read of every row of a table grows with it).
 */
public record Counted(Reply reply, long statements, long rows) {

    public static Counted of(Supplier<Reply> action) {
        long before = Database.statementsRun();
        long rowsBefore = Database.rowsReturned();
        Reply reply = action.get();
        return new Counted(reply, Database.statementsRun() - before, Database.rowsReturned() - rowsBefore);
    }
}
