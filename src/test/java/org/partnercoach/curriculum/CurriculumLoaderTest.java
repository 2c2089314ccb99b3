package org.partnercoach.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The coaching content")
class CurriculumLoaderTest {

    @TempDir
    Path overrides;

    private final CurriculumLoader builtIn = new CurriculumLoader(Path.of("does-not-exist"));

    @Test
    @DisplayName("has the 5 tips, in order, each with guidance and 2 to 5 questions")
    void fiveTips() {
        Curriculum tips = builtIn.load(CurriculumLoader.FIVE_TIPS);
        assertThat(tips.steps()).extracting(Curriculum.Step::title).containsExactly(
                "Do your research", "Get connected", "Cultivate relationships", "Make your ask fail-proof",
                "Consider what's in it for them");
        assertThat(tips.steps()).allSatisfy(step -> {
            assertThat(step.guidance()).isNotBlank();
            assertThat(step.questions()).hasSizeBetween(2, 5);
        });
    }

    @Test
    @DisplayName("keeps every idea of every tip")
    void everyIdea() {
        Curriculum tips = builtIn.load(CurriculumLoader.FIVE_TIPS);
        assertThat(text(tips, 0)).contains("list of the organizations").contains("500").contains("website")
                .contains("news").contains("social media").contains("goals").contains("get involved")
                .contains("hold them back");
        assertThat(text(tips, 1)).contains("changemaker").contains("introduce");
        assertThat(text(tips, 2)).contains("priorities").contains("listen");
        assertThat(text(tips, 3)).contains("simple").contains("specific").contains("Tailor")
                .contains("does not have to become a coalition member");
        assertThat(text(tips, 4)).contains("what's in it for them").contains("not enough")
                .contains("clear and direct benefit").contains("Effective Recruitment of Coalition Members");
    }

    @Test
    @DisplayName("has the four Ask Yourself questions")
    void askYourself() {
        Curriculum reflect = builtIn.load(CurriculumLoader.ASK_YOURSELF);
        assertThat(reflect.steps()).hasSize(4);
        String all = String.join("\n", reflect.positions().stream().map(p -> p.question().text()).toList());
        assertThat(all).contains("mandate").contains("history of getting involved")
                .contains("partnerships already exist").contains("past experience")
                .contains("clear expectations").contains("kinds of experts").contains("missing at the table");
        assertThat(text(reflect, 2)).contains("feel free to move on");
    }

    @Test
    @DisplayName("a file in the config folder replaces the built-in one")
    void override() throws Exception {
        String yaml = Files.readString(Path.of("src/main/resources/curriculum/ask-yourself.yml"))
                .replace("title: Ask Yourself", "title: Our own reflection");
        Files.writeString(overrides.resolve("ask-yourself.yml"), yaml);
        Curriculum reflect = new CurriculumLoader(overrides).load(CurriculumLoader.ASK_YOURSELF);
        assertThat(reflect.title()).isEqualTo("Our own reflection");
    }

    @Test
    @DisplayName("a duplicate question key is refused with the file and key named")
    void duplicateKey() throws Exception {
        String yaml = Files.readString(Path.of("src/main/resources/curriculum/five-tips.yml"))
                .replace("key: connect.mutual", "key: connect.changemaker");
        Files.writeString(overrides.resolve("five-tips.yml"), yaml);
        assertThatThrownBy(() -> new CurriculumLoader(overrides).load(CurriculumLoader.FIVE_TIPS))
                .isInstanceOf(CurriculumException.class)
                .hasMessage(overrides.resolve("five-tips.yml")
                        + ": steps[1].questions[1].key 'connect.changemaker' is used twice");
    }

    @Test
    @DisplayName("a step title too long for a form title (45 characters) is refused")
    void tooLongTitle() throws Exception {
        String yaml = Files.readString(Path.of("src/main/resources/curriculum/five-tips.yml"))
                .replace("title: Get connected", "title: Get connected with every single person in town");
        Files.writeString(overrides.resolve("five-tips.yml"), yaml);
        assertThatThrownBy(() -> new CurriculumLoader(overrides).load(CurriculumLoader.FIVE_TIPS))
                .hasMessageStartingWith(overrides.resolve("five-tips.yml") + ": steps[1].title is longer than 31 "
                        + "characters");
    }

    @Test
    @DisplayName("a misspelt key is refused, naming where it is")
    void unknownKey() throws Exception {
        Files.writeString(overrides.resolve("five-tips.yml"), "key: five-tips\ntitel: oops\n");
        assertThatThrownBy(() -> new CurriculumLoader(overrides).load(CurriculumLoader.FIVE_TIPS))
                .hasMessageContaining("five-tips.yml").hasMessageContaining("titel");
    }

    @Test
    @DisplayName("a section of the wrong shape, or a misspelt key, is said in plain words with the file and the key, "
            + "not in the reader's Java terms")
    void wrongShapeInPlainWords() throws Exception {
        String tips = Files.readString(Path.of("src/main/resources/curriculum/five-tips.yml"));
        Files.writeString(overrides.resolve("five-tips.yml"), tips.replace("finish:\n", "finish: Thanks.\nx:\n"));
        assertThatThrownBy(() -> new CurriculumLoader(overrides).load(CurriculumLoader.FIVE_TIPS))
                .hasMessage(overrides.resolve("five-tips.yml") + ": finish: expected `message:` and `nextStep:` under "
                        + "it, found a line of text");

        Files.writeString(overrides.resolve("five-tips.yml"), tips.replace("steps:\n", "steps: research\nx:\n"));
        assertThatThrownBy(() -> new CurriculumLoader(overrides).load(CurriculumLoader.FIVE_TIPS))
                .hasMessage(overrides.resolve("five-tips.yml") + ": steps: expected a list under it, each entry on its "
                        + "own line starting with `- `, found a line of text");

        Files.writeString(overrides.resolve("five-tips.yml"), tips.replace("    title: Get connected\n",
                "    titel: Get connected\n"));
        assertThatThrownBy(() -> new CurriculumLoader(overrides).load(CurriculumLoader.FIVE_TIPS))
                .hasMessage(overrides.resolve("five-tips.yml") + ": steps[1].titel: not a key of this file (the keys at "
                        + "this level: `key:`, `title:`, `guidance:` and `questions:`); correct or remove it");
    }

    @Test
    @DisplayName("a YAML slip (a key indented by mistake) is one line naming the file and the line, without the "
            + "reader's excerpt")
    void yamlSlip() throws Exception {
        Files.writeString(overrides.resolve("five-tips.yml"), "key: five-tips\ntitle: Tips\n  intro: [\n");
        assertThatThrownBy(() -> new CurriculumLoader(overrides).load(CurriculumLoader.FIVE_TIPS))
                .isInstanceOf(CurriculumException.class)
                .hasMessage(overrides.resolve("five-tips.yml")
                        + ": cannot be read as YAML at line 3 (mapping values are not allowed here)");
    }

    @Test
    @DisplayName("a problem in a built-in file names the built-in file")
    void builtInNamed() {
        assertThatThrownBy(() -> builtIn.readData("no-such-plan", Curriculum.class))
                .hasMessage("curriculum/no-such-plan.yml: no such file");
    }

    @Test
    @DisplayName("every text fits Discord's limits")
    void limits() {
        for (String key : List.of(CurriculumLoader.FIVE_TIPS, CurriculumLoader.ASK_YOURSELF)) {
            Curriculum c = builtIn.load(key);
            c.positions().forEach(p -> {
                assertThat(p.step().title().length() + 14).isLessThanOrEqualTo(45);
                assertThat(p.question().hint() == null ? 0 : p.question().hint().length()).isLessThanOrEqualTo(100);
                assertThat(c.intro().length() + p.step().guidance().length() + p.question().text().length())
                        .isLessThan(4096);
            });
        }
    }

    private static String text(Curriculum c, int step) {
        Curriculum.Step s = c.steps().get(step);
        return s.guidance() + "\n" + String.join("\n", s.questions().stream().map(Curriculum.Question::text)
                .toList());
    }
}
