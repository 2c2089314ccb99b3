package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.curriculum.Curriculum;
import org.partnercoach.curriculum.CurriculumException;
import org.partnercoach.curriculum.CurriculumLoader;

@DisplayName("The partner content: sector catalogue and partner plan")
class PartnerContentTest {

    private static final List<String> REQUIRED = List.of("public-health", "health-care", "mental-health",
            "education", "youth", "seniors", "faith", "business", "government", "housing", "food", "transportation",
            "safety", "media", "philanthropy", "academia", "community", "arts", "parks", "environment");

    @Test
    @DisplayName("the built-in catalogue has the 20 sectors, each with a name and 4 to 8 example types")
    void catalogue() {
        Sectors sectors = Sectors.load(new CurriculumLoader(null));

        assertThat(sectors.all()).extracting(Sector::key).containsAll(REQUIRED);
        assertThat(sectors.all()).allSatisfy(s -> {
            assertThat(s.name()).isNotBlank();
            assertThat(s.examples()).hasSizeBetween(4, 8);
        });
        assertThat(sectors.find("Food and nutrition")).map(Sector::key).hasValue("food");
    }

    @Test
    @DisplayName("a catalogue in the override folder replaces the built-in one, and a bad one names its problem")
    void override(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sectors.yml"), """
                sectors:
                  - key: food
                    name: Food
                    examples: [a, b, c, d]
                """);
        assertThat(Sectors.load(new CurriculumLoader(dir)).all()).extracting(Sector::key).containsExactly("food");

        Files.writeString(dir.resolve("sectors.yml"), """
                sectors:
                  - key: food
                    name: Food
                    examples: [a, b]
                """);
        assertThatThrownBy(() -> Sectors.load(new CurriculumLoader(dir))).isInstanceOf(CurriculumException.class)
                .hasMessageContaining("sectors.yml: sectors[0].examples: 4 to 8 are needed, found 2");
    }

    @Test
    @DisplayName("partner-plan.yml passes the curriculum checks and walks the 5 tips for one organization")
    void plan() {
        Curriculum plan = new CurriculumLoader(null).load(Partners.PLAN_CURRICULUM);
        CurriculumLoader.validate("partner-plan.yml", plan);

        assertThat(plan.steps()).hasSize(5);
        assertThat(plan.positions()).extracting(p -> p.question().key()).contains("plan.mandate", "plan.goals",
                "plan.draw", "plan.changemaker", "plan.introducer", "plan.priorities", "plan.ask", "plan.tailor",
                "plan.benefit", "plan.commitment");
        for (Stage stage : Stage.movable()) {
            assertThat(plan.startOfStep(stage.planStep())).as("the tip for %s", stage).isPresent();
        }
    }
}
