package org.flipside.program.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.flipside.program.Cadence;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.junit.jupiter.api.Test;

class ProgramFormTest {

    @Test
    void topicsMayBeOnePerLineOrCommaSeparated() {
        ProgramForm form = new ProgramForm();
        form.setFocusTopics("AI assistants\r\n  Dashboards , Hybrid work,\n\n,TikTok ");

        assertThat(form.toDraft().focusTopics()).containsExactly("AI assistants", "Dashboards", "Hybrid work", "TikTok");
    }

    @Test
    void checkedObjectivesComeFirstThenOwnTextsAndEmptyInputsAreIgnored() {
        ProgramForm form = new ProgramForm();
        form.setObjectives(List.of(Objective.INNOVATION, Objective.DIGITAL_FLUENCY));
        form.setCustomObjectives(List.of("", "Learn how Gen Z shops", "  "));

        assertThat(form.toDraft().objectives()).containsExactly(ObjectiveChoice.of(Objective.INNOVATION),
                ObjectiveChoice.of(Objective.DIGITAL_FLUENCY), ObjectiveChoice.custom("Learn how Gen Z shops"));
    }

    @Test
    void aDraftFillsTheFormAndComesBackUnchanged() {
        ProgramDraft draft = new ProgramDraft("Pilot", "Why", List.of(ObjectiveChoice.of(Objective.INNOVATION),
                ObjectiveChoice.custom("Mine")), List.of("AI", "Hybrid work"), LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 6, 5), Cadence.MONTHLY, 3, "innovation-lab");

        ProgramForm form = ProgramForm.from(draft);

        assertThat(form.getFocusTopics()).isEqualTo("AI\nHybrid work");
        assertThat(form.getCustomObjectiveInputs()).startsWith("Mine").hasSize(ProgramForm.CUSTOM_INPUTS);
        assertThat(form.toDraft()).isEqualTo(draft);
    }

    @Test
    void thereIsAlwaysAnEmptyInputForOneMoreOwnObjective() {
        ProgramForm form = new ProgramForm();
        form.setCustomObjectives(List.of("1", "2", "3", "4", "5", "6"));

        assertThat(form.getCustomObjectiveInputs()).hasSize(7).endsWith("");
    }

    @Test
    void aBlankTemplateCodeMeansFromScratch() {
        ProgramForm form = ProgramForm.blank();
        form.setTemplateCode("");

        assertThat(form.toDraft().templateCode()).isNull();
        assertThat(form.toDraft().cadence()).isEqualTo(Cadence.FORTNIGHTLY);
        assertThat(form.toDraft().mentorCapacity()).isEqualTo(1);
    }
}
