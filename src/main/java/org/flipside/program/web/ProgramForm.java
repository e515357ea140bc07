package org.flipside.program.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flipside.program.Cadence;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The program form as the browser posts it: catalogue objectives as checkboxes, own objectives as several text
 * inputs, focus topics as one text (one per line or comma-separated). Mutable because Spring binds it field by field.
 */
public class ProgramForm {

    /** Empty inputs offered for own objectives, so a manager can add a few without a script. */
    static final int CUSTOM_INPUTS = 5;

    private String name;
    private String purpose;
    private List<Objective> objectives = new ArrayList<>();
    private List<String> customObjectives = new ArrayList<>();
    private String focusTopics;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private Cadence cadence;
    private Integer mentorCapacity;
    private String templateCode;
    private Long version;

    static ProgramForm from(ProgramDraft draft) {
        ProgramForm form = new ProgramForm();
        form.name = draft.name();
        form.purpose = draft.purpose();
        draft.objectives().forEach(choice -> {
            if (choice.hasCustomText()) {
                form.customObjectives.add(choice.custom());
            } else {
                form.objectives.add(choice.catalogue());
            }
        });
        form.focusTopics = String.join("\n", draft.focusTopics());
        form.startDate = draft.startDate();
        form.endDate = draft.endDate();
        form.cadence = draft.cadence();
        form.mentorCapacity = draft.mentorCapacity();
        form.templateCode = draft.templateCode();
        return form;
    }

    static ProgramForm from(ProgramView program) {
        ProgramForm form = from(new ProgramDraft(program.name(), program.purpose(), program.objectives(),
                program.focusTopics(), program.startDate(), program.endDate(), program.cadence(),
                program.mentorCapacity(), program.templateCode()));
        form.version = program.version();
        return form;
    }

    /** For a new program before anything is chosen: the usual one-to-one pairing, meeting every two weeks. */
    static ProgramForm blank() {
        ProgramForm form = new ProgramForm();
        form.cadence = Cadence.FORTNIGHTLY;
        form.mentorCapacity = 1;
        return form;
    }

    ProgramDraft toDraft() {
        List<ObjectiveChoice> choices = new ArrayList<>();
        objectives.stream().distinct().map(ObjectiveChoice::of).forEach(choices::add);
        customObjectives.stream().filter(text -> text != null && !text.isBlank()).map(ObjectiveChoice::custom)
                .forEach(choices::add);
        return new ProgramDraft(name, purpose, choices, getTopicList(), startDate, endDate, cadence, mentorCapacity,
                templateCode == null || templateCode.isBlank() ? null : templateCode);
    }

    /** The focus topics as a list: split at line breaks and commas, trimmed, empty entries dropped. */
    public List<String> getTopicList() {
        if (focusTopics == null) {
            return List.of();
        }
        return Arrays.stream(focusTopics.split("[,\\r\\n]+")).map(String::strip).filter(topic -> !topic.isEmpty()).toList();
    }

    /** The own objectives entered so far followed by empty inputs, always at least one empty. */
    public List<String> getCustomObjectiveInputs() {
        List<String> inputs = new ArrayList<>(customObjectives.stream().filter(text -> text != null && !text.isBlank()).toList());
        int blanks = Math.max(1, CUSTOM_INPUTS - inputs.size());
        for (int i = 0; i < blanks; i++) {
            inputs.add("");
        }
        return inputs;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public List<Objective> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<Objective> objectives) {
        this.objectives = objectives == null ? new ArrayList<>() : new ArrayList<>(objectives);
    }

    public List<String> getCustomObjectives() {
        return customObjectives;
    }

    public void setCustomObjectives(List<String> customObjectives) {
        this.customObjectives = customObjectives == null ? new ArrayList<>() : new ArrayList<>(customObjectives);
    }

    public String getFocusTopics() {
        return focusTopics;
    }

    public void setFocusTopics(String focusTopics) {
        this.focusTopics = focusTopics;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public Integer getMentorCapacity() {
        return mentorCapacity;
    }

    public void setMentorCapacity(Integer mentorCapacity) {
        this.mentorCapacity = mentorCapacity;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public void setTemplateCode(String templateCode) {
        this.templateCode = templateCode;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
