package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.support.ConsoleScript;

@DisplayName("Console script: the network map and the quarterly report")
class NetworkConsoleScriptTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("/coalition map and /report quarter save their files under the console's output folder")
    void mapAndReport() throws Exception {
        String transcript = ConsoleScript.run("""
                /partner add name:"Eastside Food Bank" sector:food
                /partner log partner:"Eastside Food Bank" what:"Coffee with the director"
                /coalition map
                /report quarter which:this
                """, dir.resolve("out"));

        assertThat(transcript).contains("Quick pulse: Eastside Food Bank", "Coalition network",
                "Partnership report · Q1 2026");
        Matcher files = Pattern.compile("\\(file saved: ([^)]+)\\)").matcher(transcript);
        List<Path> saved = new ArrayList<>();
        while (files.find()) {
            saved.add(Path.of(files.group(1)));
        }
        assertThat(saved).hasSize(6);
        assertThat(saved).allSatisfy(p -> assertThat(p.startsWith(dir.resolve("out"))).isTrue());
        assertThat(saved.get(0).getFileName().toString()).endsWith("coalition-map-2026-03-02.png");
        assertThat(Files.readAllBytes(saved.get(1))).startsWith(new byte[] {'%', 'P', 'D', 'F'});
    }

    @Test
    @DisplayName(":leave bea: the map leaves her out with her tie, and says so; :member bea brings her back on it")
    void mapWithoutMemberWhoLeft() throws Exception {
        String transcript = ConsoleScript.run("""
                :user bea
                /partner add name:"Eastside Food Bank" sector:food
                :user you
                /partner know partner:"Eastside Food Bank"
                :leave bea
                /coalition map
                :member bea
                /coalition map
                """, dir.resolve("out"));

        String[] maps = transcript.split("Coalition network · ", -1);
        assertThat(maps).hasSize(3);
        assertThat(maps[1]).contains("1 partner and 1 member, 1 tie", "Fragile partners: 1",
                "Not on the map: 1 person who has left the server, and their ties.");
        assertThat(maps[2]).contains("1 partner and 2 members, 2 ties").doesNotContain("left the server");
    }
}
