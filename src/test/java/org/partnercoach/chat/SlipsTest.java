package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Slips of the keys between what was typed and what was meant")
class SlipsTest {

    @Test
    @DisplayName("a letter left out, added, changed, or two side by side swapped is one slip each")
    void oneSlipEach() {
        assertThat(Slips.between("lsit", "list", 40)).isEqualTo(1);
        assertThat(Slips.between("progess", "progress", 40)).isEqualTo(1);
        assertThat(Slips.between("listt", "list", 40)).isEqualTo(1);
        assertThat(Slips.between("lost", "list", 40)).isEqualTo(1);
        assertThat(Slips.between("sunrise clinic", "sunrise clinic", 40)).isZero();
        assertThat(Slips.between("kitten", "sitting", 40)).isEqualTo(3);
        assertThat(Slips.between("", "abc", 40)).isEqualTo(3);
    }

    @Test
    @DisplayName("text longer than the caller compares is never near anything")
    void longTextIsFar() {
        String long10k = "a".repeat(10_000);
        assertThat(Slips.between(long10k, "list", 40)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Slips.between("list", "x".repeat(41), 40)).isEqualTo(Integer.MAX_VALUE);
    }
}
