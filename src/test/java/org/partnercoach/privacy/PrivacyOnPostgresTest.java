package org.partnercoach.privacy;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("/privacy: what is kept, export and forget, on PostgreSQL")
class PrivacyOnPostgresTest extends PrivacyTest {
}
