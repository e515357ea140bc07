package org.flipside.pairing.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.flipside.program.Cadence;
import org.flipside.shared.FieldProblem;

/**
 * What the two people of a pair agree on: how often and how they meet, what stays between them, and what each
 * expects of the other. {@code practicalities} (where and how they meet) is optional; everything else is needed.
 */
public record AgreementTerms(Cadence cadence, AgreedMeetingMode meetingMode, String confidentiality,
                             String mentorExpectations, String menteeExpectations, String practicalities) {

    public static final int LONG_TEXT = 2000;
    public static final int PRACTICALITIES = 1000;

    /** Trims every text and turns an empty practicalities field into none. */
    public AgreementTerms normalised() {
        String where = trim(practicalities);
        return new AgreementTerms(cadence, meetingMode, trim(confidentiality), trim(mentorExpectations),
                trim(menteeExpectations), where == null || where.isEmpty() ? null : where);
    }

    /** Every problem of these (normalised) terms, by field. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (cadence == null) {
            problems.add(FieldProblem.of("cadence", "agreement.field.cadence", "Choose how often you meet."));
        }
        if (meetingMode == null) {
            problems.add(FieldProblem.of("meetingMode", "agreement.field.meetingMode", "Choose how you meet."));
        }
        text(problems, "confidentiality", confidentiality, LONG_TEXT, true);
        text(problems, "mentorExpectations", mentorExpectations, LONG_TEXT, true);
        text(problems, "menteeExpectations", menteeExpectations, LONG_TEXT, true);
        text(problems, "practicalities", practicalities, PRACTICALITIES, false);
        return problems;
    }

    /** Whether saving {@code other} would change anything these terms say. */
    public boolean sameAs(AgreementTerms other) {
        return other != null && cadence == other.cadence && meetingMode == other.meetingMode
                && Objects.equals(confidentiality, other.confidentiality)
                && Objects.equals(mentorExpectations, other.mentorExpectations)
                && Objects.equals(menteeExpectations, other.menteeExpectations)
                && Objects.equals(practicalities, other.practicalities);
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (required && (value == null || value.isEmpty())) {
            problems.add(FieldProblem.of(field, "agreement.field.required", "Write something here."));
        } else if (value != null && value.length() > max) {
            problems.add(FieldProblem.of(field, "agreement.field.tooLong",
                    "Keep it to " + max + " characters.", max));
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
