package org.flipside.program.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.program.ProgramTestUsers.actAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.people.EmploymentStatus;
import org.flipside.program.Enrollment;
import org.flipside.program.EnrollmentFixture;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Enrolment pages and API: who gets what, and the status codes and problem documents. */
class EnrollmentWebTest extends WebTestBase {

    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Enrollment enrollment;

    EnrollmentFixture fixture;
    Person manager;
    Person junior;
    ProgramView program;
    ParticipantView invited;

    @BeforeEach
    void invitedJunior() {
        fixture = new EnrollmentFixture(accounts, directory, programs);
        manager = fixture.person(5, Role.PROGRAM_MANAGER);
        junior = fixture.person(2, Role.EMPLOYEE);
        program = fixture.enrollingProgram(manager);
        invited = enrollment.invite(program.id(), Side.MENTOR, List.of(junior.employeeNumber())).get(0);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theProgramsManagerSeesParticipantsOthersDoNot() throws Exception {
        String path = "/api/v1/programs/" + program.id() + "/participants";
        mvc.perform(get(path).with(authentication(manager.auth())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].employeeNumber").value(junior.employeeNumber()))
                .andExpect(jsonPath("$.totalItems").value(1));
        Person otherManager = fixture.person(5, Role.PROGRAM_MANAGER);
        mvc.perform(get(path).with(authentication(otherManager.auth()))).andExpect(status().isForbidden());
        Person sponsor = fixture.person(9, Role.SPONSOR);
        mvc.perform(get(path).with(authentication(sponsor.auth()))).andExpect(status().isForbidden());
        Person admin = fixture.person(9, Role.ADMIN);
        mvc.perform(get(path).with(authentication(admin.auth()))).andExpect(status().isForbidden());
        mvc.perform(get("/programs/" + program.id() + "/participants").with(authentication(otherManager.auth())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programs/" + program.id() + "/participants").with(authentication(manager.auth())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Name " + junior.employeeNumber())));
        mvc.perform(get("/api/v1/programs/987654321/participants").with(authentication(manager.auth())))
                .andExpect(status().isNotFound());
    }

    @Test
    void invitationByFilterPreviewThenInvite() throws Exception {
        String senior = fixture.employee(8, EmploymentStatus.ACTIVE);
        fixture.employee(8, EmploymentStatus.LEAVER);
        String body = "{\"side\":\"MENTEE\",\"department\":\"" + fixture.department + "\",\"gradeMin\":7}";
        mvc.perform(json(post("/api/v1/programs/" + program.id() + "/participants/invitation-preview"), body)
                        .with(authentication(manager.auth())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.sample[0].employeeNumber").value(senior));
        mvc.perform(json(post("/api/v1/programs/" + program.id() + "/participants/invitations"), body)
                        .with(authentication(manager.auth())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].side").value("MENTEE"));
        mvc.perform(json(post("/api/v1/programs/" + program.id() + "/participants/invitations"),
                        "{\"side\":\"MENTEE\",\"employeeNumbers\":[\"nobody-here\"]}").with(authentication(manager.auth())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("employeeNumbers"));
        mvc.perform(get("/programs/" + program.id() + "/participants/preview").param("side", "MENTEE")
                        .param("department", fixture.department).param("gradeMin", "7")
                        .with(authentication(manager.auth())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("0 people will be invited")));
    }

    @Test
    void anEmployeeAppliesToTheirOwnInvitationAndTheManagerDecides() throws Exception {
        String participation = "/api/v1/me/participations/" + invited.id();
        mvc.perform(get("/api/v1/me/participations").with(authentication(junior.auth())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(invited.id()));
        mvc.perform(json(post(participation + "/application"), "{\"answers\":{},\"consent\":false,\"version\":0}")
                        .with(authentication(junior.auth())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("consent"));
        Person other = fixture.person(2, Role.EMPLOYEE);
        mvc.perform(get(participation).with(authentication(other.auth()))).andExpect(status().isNotFound());
        mvc.perform(get("/me/programs/" + invited.id()).with(authentication(other.auth()))).andExpect(status().isNotFound());
        mvc.perform(json(post(participation + "/application"), "{\"answers\":{},\"consent\":true,\"version\":0}")
                        .with(authentication(other.auth())))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(participation + "/application"), "{\"answers\":{},\"consent\":true,\"version\":0}")
                        .with(authentication(junior.auth())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPLIED"));
        mvc.perform(json(post(participation + "/application"), "{\"answers\":{},\"consent\":true,\"version\":1}")
                        .with(authentication(junior.auth())))
                .andExpect(status().isConflict());

        String decision = "/api/v1/participants/" + invited.id() + "/decision";
        mvc.perform(json(post(decision), "{\"decision\":\"DECLINE\",\"version\":1}").with(authentication(manager.auth())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(post(decision), "{\"decision\":\"APPROVE\",\"version\":0}").with(authentication(manager.auth())))
                .andExpect(status().isConflict());
        mvc.perform(json(post(decision), "{\"decision\":\"APPROVE\",\"version\":1}").with(authentication(junior.auth())))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(decision), "{\"decision\":\"APPROVE\",\"version\":1}").with(authentication(manager.auth())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));
        assertThat(auditCount(manager.username(), "PARTICIPANT_APPROVED", String.valueOf(invited.id()))).isEqualTo(1);
    }

    @Test
    void myProgramsPageAndTheApplicationForm() throws Exception {
        mvc.perform(get("/me/programs").with(authentication(junior.auth())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(program.name())));
        mvc.perform(post("/me/programs/" + invited.id() + "/application").param("version", "0")
                        .with(csrf()).with(authentication(junior.auth())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("error-summary")));
        mvc.perform(post("/me/programs/" + invited.id() + "/application").param("version", "0").param("consent", "true")
                        .with(csrf()).with(authentication(junior.auth())))
                .andExpect(status().is3xxRedirection());
        actAs(junior.auth());
        assertThat(enrollment.myParticipation(invited.id()).participant().consentVersion()).isNotBlank();
    }

    @Test
    void questionsOfEveryTypeAreEditedByTheManagerAndAnsweredOnTheParticipationPage() throws Exception {
        String questions = "/programs/" + program.id() + "/questions";
        String[][] added = {{"TEXT", "Why do you join?", ""}, {"SINGLE_CHOICE", "Which site?", "Lyon\nParis"},
                {"MULTIPLE_CHOICE", "Which tools?", "AI\nVideo"}, {"SCALE", "How comfortable are you?", ""}};
        for (String[] q : added) {
            mvc.perform(post(questions).param("type", q[0]).param("text", q[1]).param("choices", q[2])
                            .param("required", "true").with(csrf()).with(authentication(manager.auth())))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post(questions).param("type", "SINGLE_CHOICE").param("text", "Only one choice").param("choices", "A")
                        .with(csrf()).with(authentication(manager.auth())))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "Give at least two choices."));
        mvc.perform(get("/programs/" + program.id() + "/participants").with(authentication(manager.auth())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("How comfortable are you?")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Only one choice"))));
        mvc.perform(get("/me/programs/" + invited.id()).with(authentication(junior.auth())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Which tools?")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"consent\"")));

        actAs(manager.auth());
        List<org.flipside.program.Question> form = enrollment.questions(program.id());
        SecurityContextHolder.clearContext();
        mvc.perform(post("/me/programs/" + invited.id() + "/application").param("version", "0").param("consent", "true")
                        .param("answer" + form.get(0).id(), "To learn").param("answer" + form.get(1).id(), "Paris")
                        .param("answer" + form.get(2).id(), "AI", "Video").param("answer" + form.get(3).id(), "4")
                        .with(csrf()).with(authentication(junior.auth())))
                .andExpect(status().is3xxRedirection());
        actAs(junior.auth());
        assertThat(enrollment.myParticipation(invited.id()).answers())
                .containsEntry(form.get(2).id(), List.of("AI", "Video")).containsEntry(form.get(3).id(), List.of("4"));
        SecurityContextHolder.clearContext();
        mvc.perform(get("/me/programs/" + invited.id()).with(authentication(junior.auth())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("AI, Video")));
    }

    @Test
    void selfEnrolmentPage() throws Exception {
        actAs(manager.auth());
        enrollment.setSelfEnrollment(program.id(), true);
        SecurityContextHolder.clearContext();
        Person applicant = fixture.person(8, Role.EMPLOYEE);
        mvc.perform(get("/me/programs").with(authentication(applicant.auth())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/programs/" + program.id() + "/enroll")));
        mvc.perform(get("/programs/" + program.id() + "/enroll").with(authentication(applicant.auth())))
                .andExpect(status().isOk());
        mvc.perform(post("/programs/" + program.id() + "/enroll").param("consent", "true")
                        .with(csrf()).with(authentication(applicant.auth())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("error-summary")));
        mvc.perform(post("/programs/" + program.id() + "/enroll").param("consent", "true").param("side", "MENTEE")
                        .with(csrf()).with(authentication(applicant.auth())))
                .andExpect(status().is3xxRedirection());
        actAs(applicant.auth());
        assertThat(enrollment.mine()).singleElement().satisfies(p -> {
            assertThat(p.side()).isEqualTo(Side.MENTEE);
            assertThat(p.state()).isEqualTo(org.flipside.program.ParticipantState.APPLIED);
        });
    }

    @Test
    void theOutboxIsForAdministrators() throws Exception {
        mvc.perform(get("/admin/outbox").with(authentication(fixture.person(9, Role.ADMIN).auth())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/me/programs/" + invited.id())));
        mvc.perform(get("/admin/outbox").with(authentication(manager.auth()))).andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void deletingAnAnsweredQuestionOverTheApiRetiresItAndThePagesMarkIt() throws Exception {
        actAs(manager.auth());
        org.flipside.program.Question why = enrollment.addQuestion(program.id(),
                new org.flipside.program.NewQuestion(org.flipside.program.QuestionType.TEXT, "Why retire me?", null, true));
        org.flipside.program.Question unused = enrollment.addQuestion(program.id(),
                new org.flipside.program.NewQuestion(org.flipside.program.QuestionType.TEXT, "Never answered", null, false));
        actAs(junior.auth());
        enrollment.apply(invited.id(), new org.flipside.program.Application(
                java.util.Map.of(why.id(), List.of("Because")), true), invited.version());
        SecurityContextHolder.clearContext();

        String questions = "/api/v1/programs/" + program.id() + "/questions/";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(questions + why.id())
                        .with(authentication(manager.auth())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.retired").value(true));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(questions + unused.id())
                        .with(authentication(manager.auth())))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/programs/" + program.id() + "/questions").with(authentication(manager.auth())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].retired").value(true));
        mvc.perform(get("/programs/" + program.id() + "/participants").with(authentication(manager.auth())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("(retired)")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Never answered"))));
        mvc.perform(get("/me/programs/" + invited.id()).with(authentication(junior.auth())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Why retire me?")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Because")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("(retired)")));
    }

    @Test
    void theParticipantsListPagesOverTheApiAndOnThePage() throws Exception {
        actAs(manager.auth());
        List<String> more = new java.util.ArrayList<>();
        for (int i = 0; i < 54; i++) {
            more.add(fixture.employee(8, EmploymentStatus.ACTIVE));
        }
        enrollment.invite(program.id(), Side.MENTEE, more);
        SecurityContextHolder.clearContext();

        String path = "/api/v1/programs/" + program.id() + "/participants";
        mvc.perform(get(path).param("page", "1").param("size", "20").with(authentication(manager.auth())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(55))
                .andExpect(jsonPath("$.page").value(1)).andExpect(jsonPath("$.items.length()").value(20));
        mvc.perform(get(path).param("side", "MENTEE").param("page", "2").param("size", "20")
                        .with(authentication(manager.auth())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(54))
                .andExpect(jsonPath("$.items.length()").value(14));
        mvc.perform(get(path).param("size", "1000").with(authentication(manager.auth())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(200));
        mvc.perform(get("/programs/" + program.id() + "/participants").param("page", "1")
                        .with(authentication(manager.auth())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("pagination")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("page=0")));
    }
}
