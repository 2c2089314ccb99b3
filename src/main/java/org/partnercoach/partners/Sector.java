package org.partnercoach.partners;

import java.util.List;

/** A part of the community partners come from (food, faith, housing...), with kinds of organizations in it. */
public record Sector(String key, String name, List<String> examples) {

    public Sector {
        examples = examples == null ? List.of() : List.copyOf(examples);
    }
}
