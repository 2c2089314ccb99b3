package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Finding a sector of the catalogue by its key or its name")
class SectorsTest {

    private static final List<String> EXAMPLES = List.of("a", "b", "c", "d");
    private static final Sector FOOD = new Sector("food", "Food and nutrition", EXAMPLES);
    private static final Sector FAITH = new Sector("faith", "Faith communities", EXAMPLES);
    /** A sector whose name is another's key: the one first in the file wins, as before. */
    private static final Sector NAMED_FAITH = new Sector("belief", "Faith", EXAMPLES);
    private static final Sectors SECTORS = new Sectors(List.of(FOOD, FAITH, NAMED_FAITH));

    @Test
    @DisplayName("by key, or by name in any case, with spaces around it")
    void byKeyOrName() {
        assertThat(SECTORS.find("food")).contains(FOOD);
        assertThat(SECTORS.find(" FOOD ")).contains(FOOD);
        assertThat(SECTORS.find("food and NUTRITION")).contains(FOOD);
        assertThat(SECTORS.find("Faith Communities")).contains(FAITH);
        assertThat(SECTORS.find("belief")).contains(NAMED_FAITH);
        assertThat(SECTORS.find("faith")).contains(FAITH);
    }

    @Test
    @DisplayName("an unknown key, a part of a name, nothing at all, emoji or SQL: none, and its own key is shown")
    void unknown() {
        for (String typed : new String[] {"housing", "food and", "", "   ", null, "🍎", "food'; DROP TABLE partners; --"}) {
            assertThat(SECTORS.find(typed)).as("%s", typed).isEmpty();
        }
        assertThat(SECTORS.nameOf("housing")).isEqualTo("housing");
        assertThat(SECTORS.nameOf("faith")).isEqualTo("Faith communities");
    }
}
