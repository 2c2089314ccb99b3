package org.partnercoach.storage;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Write work begins its transaction at its first write or lock, on PostgreSQL")
class TransactionBeginOnPostgresTest extends TransactionBeginTest {
}
