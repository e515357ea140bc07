package org.flipside.demo.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.flipside.feedback.survey.OpenSurvey;
import org.flipside.feedback.survey.QuestionKind;
import org.flipside.feedback.survey.SurveyAnswering;
import org.flipside.feedback.survey.SurveyQuestion;
import org.flipside.feedback.survey.SurveySetup;
import org.flipside.feedback.survey.SurveyTemplate;
import org.flipside.feedback.survey.SurveyTemplates;
import org.flipside.feedback.survey.SurveyView;
import org.flipside.pairing.PairMember;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.program.ActingEmployee;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The running program's surveys: the manager copies the four templates, sends the mid-point health survey to the
 * pairs now, and most of the pairs' people answer it, so that its results page has figures to show.
 */
@Component
@Order(610)
class DemoSurveys implements DemoStep {

    private static final long SEED = 610L;
    private static final int RESPONDENTS = 9;
    private static final List<String> THOUGHTS = List.of("We should meet in person more often.",
            "The reverse perspective is eye-opening.", "Hard to find time in the quarter close.",
            "I would like more structure for our sessions.", "Our goals help us stay on track.");

    private final SurveySetup setup;
    private final SurveyAnswering answering;
    private final Pairs pairs;

    DemoSurveys(SurveySetup setup, SurveyAnswering answering, Pairs pairs) {
        this.setup = setup;
        this.answering = answering;
        this.pairs = pairs;
    }

    @Override
    public void seed(DemoSeeding seeding) {
        Optional<Long> program = seeding.programToPair();
        if (program.isEmpty()) {
            return;
        }
        long programId = program.get();
        Authentication asManager = DemoEnrolment.manager(seeding);
        SurveyView health = null;
        for (SurveyTemplate template : SurveyTemplates.all()) {
            SurveyView copy = DemoEnrolment.as(asManager, () -> setup.copy(programId, template.key()));
            if (template.key().equals(SurveyTemplates.MIDPOINT)) {
                health = copy;
            }
        }
        long healthId = health.id();
        DemoEnrolment.as(asManager, () -> setup.sendNow(programId, healthId));
        List<PairView> running = DemoEnrolment.as(asManager, () -> pairs.ofProgram(programId, 0, 100).items());
        List<PairMember> people = running.stream().flatMap(pair -> Stream.of(pair.mentor(), pair.mentee())).toList();
        Random random = new Random(SEED);
        for (PairMember person : people.subList(0, Math.min(RESPONDENTS, people.size()))) {
            Authentication asPerson = new ActingEmployee(person.employeeNumber());
            DemoEnrolment.as(asPerson, () -> {
                answering.mine().stream().filter(open -> open.surveyId() == healthId)
                        .map(OpenSurvey::invitationId).findFirst()
                        .ifPresent(invitation -> answering.respond(invitation,
                                answers(answering.form(invitation).questions(), random)));
                return null;
            });
        }
    }

    /** Mostly favourable answers with some spread; free text from a few stock thoughts, not from everyone. */
    private static Map<Long, List<String>> answers(List<SurveyQuestion> questions, Random random) {
        Map<Long, List<String>> answers = new LinkedHashMap<>();
        for (SurveyQuestion question : questions) {
            QuestionKind kind = question.kind();
            List<String> values = new ArrayList<>();
            if (kind == QuestionKind.AGREEMENT) {
                values.add(String.valueOf(2 + random.nextInt(4)));
            } else if (kind == QuestionKind.LIKELIHOOD) {
                values.add(String.valueOf(5 + random.nextInt(6)));
            } else if (kind.choice()) {
                values.add(String.valueOf(random.nextInt(question.choices().size())));
            } else if (random.nextInt(3) > 0) {
                values.add(THOUGHTS.get(random.nextInt(THOUGHTS.size())));
            }
            if (!values.isEmpty()) {
                answers.put(question.id(), values);
            }
        }
        return answers;
    }
}
