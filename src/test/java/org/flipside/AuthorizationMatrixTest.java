package org.flipside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.flipside.identity.AccountView;
import org.flipside.identity.FlipsideUser;
import org.flipside.identity.Role;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call which endpoint. The matrix below is the specification: every endpoint of the application must be in
 * it (the test fails naming any that is not), and for every endpoint every role and an anonymous caller are tried.
 * <ul>
 *   <li>allowed role: anything but 401 and 403 (ids that do not exist are fine: 404 and 400 are answers too);</li>
 *   <li>other roles: 403, for pages and API alike, and an {@code ACCESS_DENIED} audit entry;</li>
 *   <li>anonymous: 401 on {@code /api/**}, a redirect to the sign-in page elsewhere.</li>
 * </ul>
 * Pages are requested with a CSRF token as a signed-in user; the API with a real personal token, so the Bearer
 * path is held to the same rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends WebTestBase {

    static final Set<Role> PUBLIC = Set.of();
    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    static final Set<Role> MANAGER_ADMIN = EnumSet.of(Role.PROGRAM_MANAGER, Role.ADMIN);
    static final Set<Role> MANAGER = EnumSet.of(Role.PROGRAM_MANAGER);
    static final Set<Role> EMPLOYEE_MANAGER = EnumSet.of(Role.EMPLOYEE, Role.PROGRAM_MANAGER);

    /** Endpoint ("METHOD /pattern", ANY when the mapping accepts every method) → roles allowed; PUBLIC: no sign-in. */
    static final Map<String, Set<Role>> MATRIX = matrix(
            // sign-in and the pages the security filters forward to
            "GET /login", PUBLIC,
            "ANY /login/throttled", PUBLIC,
            "ANY /access-denied", PUBLIC,
            // everyone signed in
            "GET /", EVERYONE,
            "GET /account", EVERYONE,
            "POST /account/profile", EVERYONE,
            "POST /account/password", EVERYONE,
            "GET /account/tokens", EVERYONE,
            "POST /account/tokens", EVERYONE,
            "POST /account/tokens/{id}/revoke", EVERYONE,
            "GET /api/v1/me", EVERYONE,
            "GET /api/v1/me/tokens", EVERYONE,
            "DELETE /api/v1/me/tokens/{id}", EVERYONE,
            // administration
            "GET /admin/users", ADMIN,
            "GET /admin/users/new", ADMIN,
            "POST /admin/users", ADMIN,
            "GET /admin/users/{id}", ADMIN,
            "POST /admin/users/{id}/roles", ADMIN,
            "POST /admin/users/{id}/deactivate", ADMIN,
            "POST /admin/users/{id}/reactivate", ADMIN,
            "POST /admin/users/{id}/password", ADMIN,
            "GET /admin/audit", ADMIN,
            "GET /api/v1/users", ADMIN,
            "POST /api/v1/users", ADMIN,
            "GET /api/v1/users/{id}", ADMIN,
            "PUT /api/v1/users/{id}/roles", ADMIN,
            "POST /api/v1/users/{id}/deactivate", ADMIN,
            "POST /api/v1/users/{id}/reactivate", ADMIN,
            "GET /api/v1/audit-entries", ADMIN,
            // people directory: HR data, program managers and administrators only
            "GET /people", MANAGER_ADMIN,
            "GET /people/{employeeNumber}", MANAGER_ADMIN,
            "GET /api/v1/people", MANAGER_ADMIN,
            "GET /api/v1/people/{employeeNumber}", MANAGER_ADMIN,
            "GET /people/imports/new", MANAGER_ADMIN,
            "POST /people/imports", MANAGER_ADMIN,
            "GET /people/imports/{id}/mapping", MANAGER_ADMIN,
            "POST /people/imports/{id}/mapping", MANAGER_ADMIN,
            "GET /people/imports/{id}", MANAGER_ADMIN,
            "POST /people/imports/{id}/confirm", MANAGER_ADMIN,
            "POST /api/v1/people/imports", MANAGER_ADMIN,
            "GET /api/v1/people/imports/{id}", MANAGER_ADMIN,
            "POST /api/v1/people/imports/{id}/confirm", MANAGER_ADMIN,
            // programs: everyone reads (per-record rules hide drafts from employees), program managers write
            "GET /programs", EVERYONE,
            "GET /programs/{id}", EVERYONE,
            "GET /programs/new", MANAGER,
            "GET /programs/new/form", MANAGER,
            "POST /programs", MANAGER,
            "GET /programs/{id}/edit", MANAGER,
            "POST /programs/{id}", MANAGER,
            "POST /programs/{id}/transitions", MANAGER,
            "POST /programs/{id}/copy", MANAGER,
            "GET /api/v1/programs", EVERYONE,
            "GET /api/v1/programs/{id}", EVERYONE,
            "GET /api/v1/program-templates", EVERYONE,
            "GET /api/v1/objectives", EVERYONE,
            "POST /api/v1/programs", MANAGER,
            "PUT /api/v1/programs/{id}", MANAGER,
            "POST /api/v1/programs/{id}/transitions", MANAGER,
            "POST /api/v1/programs/{id}/copy", MANAGER,
            // participants of a program: its managers (the service refuses managers of other programs)
            "GET /programs/{id}/participants", MANAGER,
            "GET /programs/{id}/participants/preview", MANAGER,
            "POST /programs/{id}/participants/invitations", MANAGER,
            "POST /programs/{id}/participants/{participantId}/decision", MANAGER,
            "POST /programs/{id}/questions", MANAGER,
            "POST /programs/{id}/questions/{questionId}/remove", MANAGER,
            "POST /programs/{id}/questions/{questionId}/move", MANAGER,
            "POST /programs/{id}/self-enrollment", MANAGER,
            "GET /api/v1/programs/{id}/participants", MANAGER,
            "GET /api/v1/programs/{id}/participant-counts", MANAGER,
            "POST /api/v1/programs/{id}/participants/invitation-preview", MANAGER,
            "POST /api/v1/programs/{id}/participants/invitations", MANAGER,
            "POST /api/v1/participants/{id}/decision", MANAGER,
            "GET /api/v1/programs/{id}/questions", MANAGER,
            "POST /api/v1/programs/{id}/questions", MANAGER,
            "DELETE /api/v1/programs/{id}/questions/{questionId}", MANAGER,
            "PUT /api/v1/programs/{id}/self-enrollment", MANAGER,
            // one's own participations: everyone signed in (the service finds them by the caller's employee number)
            "GET /me/programs", EVERYONE,
            "GET /me/programs/{id}", EVERYONE,
            "POST /me/programs/{id}/application", EVERYONE,
            "POST /me/programs/{id}/decline", EVERYONE,
            "POST /me/programs/{id}/withdraw", EVERYONE,
            "GET /programs/{id}/enroll", EVERYONE,
            "POST /programs/{id}/enroll", EVERYONE,
            "GET /api/v1/me/participations", EVERYONE,
            "GET /api/v1/me/participations/{id}", EVERYONE,
            "POST /api/v1/me/participations/{id}/application", EVERYONE,
            "POST /api/v1/me/participations/{id}/decline", EVERYONE,
            "POST /api/v1/me/participations/{id}/withdrawal", EVERYONE,
            "GET /api/v1/enrollment-offers", EVERYONE,
            "POST /api/v1/programs/{id}/enrollments", EVERYONE,
            // matches: one's own (per record: only the two people, 404 for anyone else) and a program's (its managers)
            "GET /me/matches", EVERYONE,
            "POST /me/matches/{id}/answer", EVERYONE,
            "GET /api/v1/me/matches", EVERYONE,
            "GET /api/v1/me/matches/{id}", EVERYONE,
            "POST /api/v1/me/matches/{id}/answer", EVERYONE,
            "POST /me/matches/{id}/withdraw", EVERYONE,
            "POST /api/v1/me/matches/{id}/withdrawal", EVERYONE,
            "GET /me/matches/suggestions", EVERYONE,
            "POST /me/matches/requests", EVERYONE,
            "GET /api/v1/me/matches/suggestions", EVERYONE,
            "POST /api/v1/me/matches/requests", EVERYONE,
            // role training: a participant's own (others' answer 404), a program's for its managers
            "GET /me/training", EVERYONE,
            "GET /me/training/{participantId}/modules/{code}", EVERYONE,
            "POST /me/training/{participantId}/modules/{code}", EVERYONE,
            "GET /api/v1/me/training", EVERYONE,
            "GET /api/v1/participants/{participantId}/training", EVERYONE,
            "GET /api/v1/participants/{participantId}/training/modules/{code}", EVERYONE,
            "POST /api/v1/participants/{participantId}/training/modules/{code}/attempts", EVERYONE,
            "GET /programs/{id}/training", MANAGER,
            "POST /programs/{id}/training/settings", MANAGER,
            "GET /api/v1/programs/{id}/training/completion", MANAGER,
            "GET /api/v1/programs/{id}/training/not-done", MANAGER,
            "GET /api/v1/programs/{id}/training/settings", MANAGER,
            "PUT /api/v1/programs/{id}/training/settings", MANAGER,
            "POST /programs/{id}/matching/runs/{runId}/publish", MANAGER,
            "GET /programs/{id}/matching/matches", MANAGER,
            "POST /programs/{id}/matching/matches/{matchId}/cancel", MANAGER,
            "POST /api/v1/programs/{id}/matching/runs/{runId}/publication", MANAGER,
            "GET /api/v1/programs/{id}/matching/matches", MANAGER,
            "POST /api/v1/programs/{id}/matching/matches/{matchId}/cancellation", MANAGER,
            // pairs: every signed-in person may ask; per-record rules decide (the two people, the program's managers)
            "GET /me/pairs", EVERYONE,
            "GET /api/v1/me/pairs", EVERYONE,
            "GET /pairs/{id}", EVERYONE,
            "GET /api/v1/pairs/{id}", EVERYONE,
            "GET /programs/{id}/pairs", MANAGER,
            "GET /programs/{id}/pairs/new", MANAGER,
            "GET /api/v1/programs/{id}/pairs", MANAGER,
            "POST /programs/{id}/pairs", MANAGER,
            "POST /api/v1/programs/{id}/pairs", MANAGER,
            // pair workspace: agreement and goals
            // (per record: the pair's two people write, its program's managers read, anyone else gets 404)
            "GET /pairs/{id}/agreement", EVERYONE,
            "POST /pairs/{id}/agreement", EVERYONE,
            "POST /pairs/{id}/agreement/signature", EVERYONE,
            "GET /api/v1/pairs/{id}/agreement", EVERYONE,
            "PUT /api/v1/pairs/{id}/agreement", EVERYONE,
            "POST /api/v1/pairs/{id}/agreement/signature", EVERYONE,
            "GET /pairs/{id}/goals", EVERYONE,
            "GET /pairs/{id}/goals/new", EVERYONE,
            "GET /pairs/{id}/goals/{goalId}/edit", EVERYONE,
            "POST /pairs/{id}/goals", EVERYONE,
            "POST /pairs/{id}/goals/{goalId}", EVERYONE,
            "POST /pairs/{id}/goals/{goalId}/archive", EVERYONE,
            "POST /pairs/{id}/goals/{goalId}/key-results/{keyResultId}/updates", EVERYONE,
            "GET /api/v1/pairs/{id}/goals", EVERYONE,
            "POST /api/v1/pairs/{id}/goals", EVERYONE,
            "PUT /api/v1/pairs/{id}/goals/{goalId}", EVERYONE,
            "DELETE /api/v1/pairs/{id}/goals/{goalId}", EVERYONE,
            "POST /api/v1/pairs/{id}/goals/{goalId}/key-results/{krId}/updates", EVERYONE,
            // (agreement and goals end)
            // pair workspace: sessions, cadence and closing
            "GET /pairs/{id}/sessions", EVERYONE,
            "POST /pairs/{id}/sessions", EVERYONE,
            "GET /pairs/{id}/sessions/partner-time", EVERYONE,
            "GET /pairs/{id}/sessions/{sessionId}", EVERYONE,
            "POST /pairs/{id}/sessions/{sessionId}", EVERYONE,
            "POST /pairs/{id}/sessions/{sessionId}/cancel", EVERYONE,
            "POST /pairs/{id}/sessions/{sessionId}/log", EVERYONE,
            "GET /pairs/{id}/sessions/{sessionId}/calendar.ics", EVERYONE,
            "GET /api/v1/pairs/{id}/sessions", EVERYONE,
            "POST /api/v1/pairs/{id}/sessions", EVERYONE,
            "GET /api/v1/pairs/{id}/sessions/{sessionId}", EVERYONE,
            "PUT /api/v1/pairs/{id}/sessions/{sessionId}", EVERYONE,
            "POST /api/v1/pairs/{id}/sessions/{sessionId}/cancellation", EVERYONE,
            "PUT /api/v1/pairs/{id}/sessions/{sessionId}/log", EVERYONE,
            "GET /api/v1/pairs/{id}/sessions/{sessionId}/calendar.ics", EVERYONE,

            "GET /api/v1/programs/{id}/pairs/cadence", MANAGER,
            "GET /api/v1/programs/{id}/pairs/at-risk", MANAGER,
            "GET /pairs/{id}/close", EVERYONE,
            "POST /pairs/{id}/close", EVERYONE,
            "POST /pairs/{id}/close/agreement", EVERYONE,
            "POST /pairs/{id}/close/withdrawal", EVERYONE,
            "POST /pairs/{id}/close/by-manager", MANAGER,
            "POST /api/v1/pairs/{id}/closing", EVERYONE,
            "POST /api/v1/pairs/{id}/closing/agreement", EVERYONE,
            "DELETE /api/v1/pairs/{id}/closing", EVERYONE,
            "POST /api/v1/pairs/{id}/closing/by-manager", MANAGER,
            // (sessions end)
            // pair workspace: self-assessment, private notes and export
            "GET /pairs/{id}/assessment", EVERYONE,
            "POST /pairs/{id}/assessment/{phase}", EVERYONE,
            "GET /api/v1/pairs/{id}/assessments", EVERYONE,
            "POST /api/v1/pairs/{id}/assessments/{phase}", EVERYONE,
            "PUT /api/v1/pairs/{id}/assessments/{phase}", EVERYONE,
            "GET /pairs/{id}/notes", EVERYONE,
            "POST /pairs/{id}/notes", EVERYONE,
            "POST /pairs/{id}/notes/{noteId}", EVERYONE,
            "POST /pairs/{id}/notes/{noteId}/delete", EVERYONE,
            "GET /api/v1/pairs/{id}/notes", EVERYONE,
            "POST /api/v1/pairs/{id}/notes", EVERYONE,
            "GET /api/v1/pairs/{id}/notes/{noteId}", EVERYONE,
            "PUT /api/v1/pairs/{id}/notes/{noteId}", EVERYONE,
            "DELETE /api/v1/pairs/{id}/notes/{noteId}", EVERYONE,
            "GET /pairs/{id}/record.csv", EVERYONE,
            "GET /api/v1/pairs/{id}/record", EVERYONE,
            // (notes end)
            // role training
            // (training end)
            // conversation guides
            // (guides end)
            // notification preferences
            // (notification end)
            // insights
            "GET /api/v1/pairs/{id}/insights", EVERYONE,
            "POST /api/v1/pairs/{id}/insights", EVERYONE,
            "POST /api/v1/insights/{id}/endorsement", EVERYONE,
            "POST /api/v1/insights/{id}/proposal", EVERYONE,
            "GET /api/v1/me/insights/owned", EVERYONE,
            "POST /api/v1/insights/{id}/response", EVERYONE,
            "GET /api/v1/programs/{id}/insights", MANAGER,
            "GET /me/insights/owned", EVERYONE,
            "POST /me/insights/owned/{id}/response", EVERYONE,
            // (insights end)
            // insights: workspace tab, actions and "You said, we did"
            "GET /pairs/{id}/insights", EVERYONE,
            "POST /pairs/{id}/insights", EVERYONE,
            "POST /pairs/{id}/insights/{insightId}/endorsement", EVERYONE,
            "POST /pairs/{id}/insights/{insightId}/proposal", EVERYONE,
            "POST /pairs/{id}/insights/{insightId}/credit", EVERYONE,
            "PUT /api/v1/insights/{id}/credit", EVERYONE,
            "GET /programs/{id}/sponsor", MANAGER,
            "POST /programs/{id}/sponsor", MANAGER,
            "GET /api/v1/programs/{id}/sponsor", EVERYONE,
            "PUT /api/v1/programs/{id}/sponsor", MANAGER,
            "GET /insights/actions/{id}", EVERYONE,
            "POST /insights/actions/{id}/updates", EVERYONE,
            "POST /insights/actions/{id}/due-date", EVERYONE,
            "GET /api/v1/insight-actions/{id}", EVERYONE,
            "POST /api/v1/insight-actions/{id}/updates", EVERYONE,
            "PUT /api/v1/insight-actions/{id}/due-date", EVERYONE,
            "GET /programs/{id}/insights", MANAGER,
            "GET /programs/{id}/you-said-we-did", EVERYONE,
            "GET /programs/{id}/you-said-we-did.csv", EVERYONE,
            "GET /api/v1/programs/{id}/you-said-we-did", EVERYONE,
            "GET /api/v1/programs/{id}/you-said-we-did/export", EVERYONE,
            // (insights 2 end)
            // surveys
            // (answering: every signed-in role reaches it, per record only the invited person (404 for anyone else);
            // set-up and results: program managers, per record only the program's own managers)
            "GET /me/surveys", EVERYONE,
            "GET /surveys/{invitationId}", EVERYONE,
            "POST /surveys/{invitationId}", EVERYONE,
            "GET /api/v1/me/surveys", EVERYONE,
            "GET /api/v1/surveys/{invitationId}", EVERYONE,
            "POST /api/v1/surveys/{invitationId}/response", EVERYONE,
            "GET /programs/{id}/surveys", MANAGER,
            "POST /programs/{id}/surveys", MANAGER,
            "POST /programs/{id}/surveys/{surveyId}/trigger", MANAGER,
            "POST /programs/{id}/surveys/{surveyId}/sending", MANAGER,
            "GET /programs/{id}/surveys/{surveyId}", MANAGER,
            "POST /programs/{id}/surveys/{surveyId}", MANAGER,
            "GET /programs/{id}/surveys/{surveyId}/results", MANAGER,
            "GET /api/v1/survey-templates", MANAGER,
            "GET /api/v1/programs/{id}/surveys", MANAGER,
            "POST /api/v1/programs/{id}/surveys", MANAGER,
            "GET /api/v1/programs/{id}/surveys/{surveyId}", MANAGER,
            "PUT /api/v1/programs/{id}/surveys/{surveyId}", MANAGER,
            "POST /api/v1/programs/{id}/surveys/{surveyId}/sending", MANAGER,
            "GET /api/v1/programs/{id}/surveys/{surveyId}/results", MANAGER,
            // (surveys end)
            // psychological-safety pulse: every signed-in role reaches it; per record only the pair's junior mentor
            // answers, and only the program's managers see results, flags and settings (404 for everyone else)
            "GET /me/safety-pulse", EVERYONE,
            "POST /me/safety-pulse/{invitationId}", EVERYONE,
            "GET /api/v1/me/safety-pulse", EVERYONE,
            "POST /api/v1/me/safety-pulse/{invitationId}/answer", EVERYONE,
            "GET /programs/{id}/safety-pulse", EVERYONE,
            "POST /programs/{id}/safety-pulse/settings", EVERYONE,
            "POST /programs/{id}/safety-pulse/flags/{flagId}/follow-up", EVERYONE,
            "GET /api/v1/programs/{id}/safety-pulse", EVERYONE,
            "GET /api/v1/programs/{id}/safety-pulse/flags", EVERYONE,
            "POST /api/v1/programs/{id}/safety-pulse/flags/{flagId}/follow-up", EVERYONE,
            "GET /api/v1/programs/{id}/safety-pulse/settings", EVERYONE,
            "PUT /api/v1/programs/{id}/safety-pulse/settings", EVERYONE,
            // (safety pulse end)
            // directory history and outcomes
            // (level history: HR data like the import; outcomes: the program's managers, administrators and
            // sponsors, the service answering 404 to managers of other programs)
            "GET /people/level-history/new", MANAGER_ADMIN,
            "POST /people/level-history", MANAGER_ADMIN,
            "GET /people/level-history/{id}", MANAGER_ADMIN,
            "POST /people/level-history/{id}/apply", MANAGER_ADMIN,
            "POST /api/v1/people/level-history", MANAGER_ADMIN,
            "GET /api/v1/people/level-history/{id}", MANAGER_ADMIN,
            "POST /api/v1/people/level-history/{id}/apply", MANAGER_ADMIN,
            "GET /programs/{id}/outcomes", EnumSet.of(Role.PROGRAM_MANAGER, Role.ADMIN, Role.SPONSOR),
            "GET /api/v1/programs/{id}/outcomes", EnumSet.of(Role.PROGRAM_MANAGER, Role.ADMIN, Role.SPONSOR),
            // (outcomes end)
            // program dashboard
            // (the program's managers, administrators and sponsors; the service answers 404 to managers of others)
            "GET /programs/{id}/dashboard", EnumSet.of(Role.PROGRAM_MANAGER, Role.ADMIN, Role.SPONSOR),
            "GET /api/v1/programs/{id}/dashboard", EnumSet.of(Role.PROGRAM_MANAGER, Role.ADMIN, Role.SPONSOR),
            // (dashboard end)

            // organisation overview and exports
            // (overview: administrators and sponsors; evaluation and program exports: like the outcomes report, the
            // service answering 404 to managers of other programs)
            "GET /insight/organisation", EnumSet.of(Role.ADMIN, Role.SPONSOR),
            "GET /insight/organisation.csv", EnumSet.of(Role.ADMIN, Role.SPONSOR),
            "GET /api/v1/insight/organisation", EnumSet.of(Role.ADMIN, Role.SPONSOR),
            "GET /api/v1/insight/organisation/csv", EnumSet.of(Role.ADMIN, Role.SPONSOR),
            "GET /programs/{id}/evaluation", EnumSet.of(Role.PROGRAM_MANAGER, Role.ADMIN, Role.SPONSOR),
            "GET /api/v1/programs/{id}/evaluation", EnumSet.of(Role.PROGRAM_MANAGER, Role.ADMIN, Role.SPONSOR),
            "GET /programs/{id}/outcomes.csv", EnumSet.of(Role.PROGRAM_MANAGER, Role.ADMIN, Role.SPONSOR),
            "GET /programs/{id}/report.pdf", EnumSet.of(Role.PROGRAM_MANAGER, Role.ADMIN, Role.SPONSOR),
            "GET /api/v1/programs/{id}/outcomes/csv", EnumSet.of(Role.PROGRAM_MANAGER, Role.ADMIN, Role.SPONSOR),
            "GET /api/v1/programs/{id}/report/pdf", EnumSet.of(Role.PROGRAM_MANAGER, Role.ADMIN, Role.SPONSOR),
            "GET /programs/{id}/dashboard.csv", EnumSet.of(Role.PROGRAM_MANAGER, Role.ADMIN, Role.SPONSOR),
            "GET /api/v1/programs/{id}/dashboard/csv", EnumSet.of(Role.PROGRAM_MANAGER, Role.ADMIN, Role.SPONSOR),
            // (exports end)
            // the mail outbox
            "GET /admin/outbox", ADMIN,
            // everyone's own notification preferences
            "GET /me/notifications", EVERYONE,
            "POST /me/notifications", EVERYONE,
            "GET /api/v1/me/notification-preferences", EVERYONE,
            "PUT /api/v1/me/notification-preferences", EVERYONE,
            // profiles: participants (employees) and program managers; per-record rules decide whose profile
            "GET /participants/{id}/profile", EMPLOYEE_MANAGER,
            "POST /participants/{id}/profile", EMPLOYEE_MANAGER,
            "GET /participants/{id}/profile/people", EMPLOYEE_MANAGER,
            "GET /programs/{id}/profiles", MANAGER,
            "GET /api/v1/participants/{id}/profile", EMPLOYEE_MANAGER,
            "PUT /api/v1/participants/{id}/profile", EMPLOYEE_MANAGER,
            "GET /api/v1/programs/{id}/profiles", MANAGER,
            "GET /api/v1/work-style/statements", EVERYONE,
            // the skill taxonomy: everyone reads, administrators extend
            "GET /admin/skills", ADMIN,
            "POST /admin/skills", ADMIN,
            "POST /admin/skills/{code}/retire", ADMIN,
            "GET /api/v1/skills", EVERYONE,
            "POST /api/v1/skills", ADMIN,
            "POST /api/v1/skills/{code}/retire", ADMIN,
            // matching: the program's managers (the services refuse managers of other programs)
            "GET /programs/{id}/matching", MANAGER,
            "GET /programs/{id}/matching/settings", MANAGER,
            "POST /programs/{id}/matching/settings", MANAGER,
            "POST /programs/{id}/matching/capacities/{participantId}", MANAGER,
            "POST /programs/{id}/matching/runs", MANAGER,
            "GET /programs/{id}/matching/runs/{runId}", MANAGER,
            "GET /programs/{id}/matching/runs/{runId}/progress", MANAGER,
            "POST /programs/{id}/matching/runs/{runId}/swap", MANAGER,
            "GET /programs/{id}/matching/runs/{runId}/fairness", MANAGER,
            "POST /programs/{id}/matching/rules", MANAGER,
            "POST /programs/{id}/matching/rules/remove", MANAGER,
            "GET /programs/{id}/matching/compare", MANAGER,
            "GET /api/v1/programs/{id}/matching/settings", MANAGER,
            "PUT /api/v1/programs/{id}/matching/settings", MANAGER,
            "GET /api/v1/programs/{id}/matching/capacities", MANAGER,
            "PUT /api/v1/programs/{id}/matching/capacities/{participantId}", MANAGER,
            "DELETE /api/v1/programs/{id}/matching/capacities/{participantId}", MANAGER,
            "POST /api/v1/programs/{id}/matching/runs", MANAGER,
            "GET /api/v1/programs/{id}/matching/runs", MANAGER,
            "GET /api/v1/programs/{id}/matching/runs/{runId}", MANAGER,
            "GET /api/v1/programs/{id}/matching/runs/{runId}/proposals", MANAGER,
            "GET /api/v1/programs/{id}/matching/runs/{runId}/unmatched", MANAGER,
            "POST /api/v1/programs/{id}/matching/runs/{runId}/swap", MANAGER,
            "GET /api/v1/programs/{id}/matching/runs/{runId}/fairness", MANAGER,
            "GET /api/v1/programs/{id}/matching/compare", MANAGER,
            "GET /api/v1/programs/{id}/matching/rules", MANAGER,
            "POST /api/v1/programs/{id}/matching/rules", MANAGER,
            "DELETE /api/v1/programs/{id}/matching/rules", MANAGER,
            // confidential channel: every signed-in role reaches it; per record only the author and the program's
            // managers get in (404 for everyone else, administrators and sponsors included)
            "GET /me/confidential", EVERYONE,
            "POST /me/confidential", EVERYONE,
            "GET /me/confidential/{id}", EVERYONE,
            "POST /me/confidential/{id}/messages", EVERYONE,
            "POST /me/confidential/{id}/closing", EVERYONE,
            "POST /me/confidential/{id}/reopening", EVERYONE,
            "GET /programs/{id}/confidential", EVERYONE,
            "GET /programs/{id}/confidential/{conversationId}", EVERYONE,
            "POST /programs/{id}/confidential/{conversationId}/messages", EVERYONE,
            "POST /programs/{id}/confidential/{conversationId}/closing", EVERYONE,
            "GET /api/v1/me/confidential", EVERYONE,
            "POST /api/v1/me/confidential", EVERYONE,
            "GET /api/v1/me/confidential/{id}", EVERYONE,
            "POST /api/v1/me/confidential/{id}/messages", EVERYONE,
            "POST /api/v1/me/confidential/{id}/closing", EVERYONE,
            "POST /api/v1/me/confidential/{id}/reopening", EVERYONE,
            "GET /api/v1/programs/{id}/confidential", EVERYONE,
            "GET /api/v1/programs/{id}/confidential/{conversationId}", EVERYONE,
            "POST /api/v1/programs/{id}/confidential/{conversationId}/messages", EVERYONE,
            "POST /api/v1/programs/{id}/confidential/{conversationId}/closing", EVERYONE,
            // (confidential channel end)
            // conversation guides: the program's managers and approved participants read (404 for anyone else),
            // its managers edit
            "GET /programs/{id}/guides", EMPLOYEE_MANAGER,
            "GET /programs/{id}/guides/{guideId}", EMPLOYEE_MANAGER,
            "GET /programs/{id}/guides/{guideId}/edit", MANAGER,
            "POST /programs/{id}/guides/{guideId}", MANAGER,
            "POST /programs/{id}/guides/{guideId}/reset", MANAGER,
            "GET /api/v1/programs/{id}/guides", EMPLOYEE_MANAGER,
            "GET /api/v1/programs/{id}/guides/{guideId}", EMPLOYEE_MANAGER,
            "PUT /api/v1/programs/{id}/guides/{guideId}", MANAGER,
            "POST /api/v1/programs/{id}/guides/{guideId}/reset", MANAGER);

    /** An id no record has: allowed callers then get 404 (or 400), which is not what this test is about. */
    static final String ABSENT_ID = "987654321";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<Role, FlipsideUser> signedIn = new EnumMap<>(Role.class);
    final Map<Role, String> apiTokens = new EnumMap<>(Role.class);

    @BeforeAll
    void oneAccountAndTokenPerRole() {
        for (Role role : Role.values()) {
            AccountView account = newAccount("matrix." + role.name().toLowerCase().replace('_', '-'), role);
            signedIn.put(role, new FlipsideUser(account.id(), account.username(), account.displayName(),
                    ZoneId.of(account.timeZone()), account.roles(), true, null));
            apiTokens.put(role, tokens.issue(account.id(), account.username(), "matrix", null).secret());
        }
    }

    @Test
    void everyEndpointIsInTheMatrixAndEveryRowIsAnEndpoint() {
        Set<String> endpoints = endpoints();
        Set<String> missing = new TreeSet<>(endpoints);
        missing.removeAll(MATRIX.keySet());
        Set<String> stale = new TreeSet<>(MATRIX.keySet());
        stale.removeAll(endpoints);

        assertThat(missing).as("endpoints missing from the authorisation matrix in " + getClass().getSimpleName()).isEmpty();
        assertThat(stale).as("matrix rows for endpoints that no longer exist").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheMatrixSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String endpoint : endpoints()) {
            Set<Role> allowed = MATRIX.get(endpoint);
            if (allowed == null) {
                continue; // reported by everyEndpointIsInTheMatrixAndEveryRowIsAnEndpoint
            }
            tests.add(DynamicTest.dynamicTest(endpoint + " as anonymous", () -> checkAnonymous(endpoint, allowed)));
            for (Role role : Role.values()) {
                boolean permitted = allowed == PUBLIC || allowed.contains(role);
                tests.add(DynamicTest.dynamicTest(endpoint + " as " + role + (permitted ? " is allowed" : " is refused"),
                        () -> checkRole(endpoint, role, permitted)));
            }
        }
        return tests.stream();
    }

    private void checkAnonymous(String endpoint, Set<Role> allowed) throws Exception {
        MockHttpServletResponse response = perform(endpoint, null);
        if (allowed == PUBLIC) {
            assertThat(response.getStatus()).as(endpoint).isNotIn(401, 403);
            assertThat(redirectsToSignIn(response)).as(endpoint + " redirects to sign-in").isFalse();
        } else if (isApi(endpoint)) {
            assertThat(response.getStatus()).as(endpoint).isEqualTo(401);
        } else {
            assertThat(response.getStatus()).as(endpoint).isEqualTo(302);
            assertThat(redirectsToSignIn(response)).as(endpoint + " redirects to sign-in").isTrue();
        }
    }

    private void checkRole(String endpoint, Role role, boolean permitted) throws Exception {
        String username = signedIn.get(role).getUsername();
        String target = concrete(endpoint);
        long deniedBefore = auditCount(username, "ACCESS_DENIED", target);

        MockHttpServletResponse response = perform(endpoint, role);

        if (permitted) {
            assertThat(response.getStatus()).as(endpoint + " as " + role).isNotIn(401, 403);
            assertThat(redirectsToSignIn(response)).as(endpoint + " as " + role + " redirects to sign-in").isFalse();
        } else {
            assertThat(response.getStatus()).as(endpoint + " as " + role).isEqualTo(403);
            assertThat(auditCount(username, "ACCESS_DENIED", target)).as("ACCESS_DENIED audited").isEqualTo(deniedBefore + 1);
        }
    }

    private MockHttpServletResponse perform(String endpoint, Role role) throws Exception {
        String[] parts = endpoint.split(" ", 2);
        HttpMethod method = parts[0].equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(parts[0]);
        MockHttpServletRequestBuilder builder = request(method, concrete(endpoint).substring(parts[0].length() + 1));
        if (isApi(endpoint)) {
            builder.accept(MediaType.APPLICATION_JSON);
            if (method != HttpMethod.GET && method != HttpMethod.DELETE) {
                builder.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
            if (role != null) {
                builder.header("Authorization", "Bearer " + apiTokens.get(role));
            }
        } else {
            builder.accept(MediaType.TEXT_HTML).with(csrf());
            if (role != null) {
                builder.with(user(signedIn.get(role)));
            }
        }
        return mvc.perform(builder).andReturn().getResponse();
    }

    /** Every handler method of the application's own controllers, as "METHOD /pattern". */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, org.springframework.web.method.HandlerMethod handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.flipside")) {
                return;
            }
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            if (methods.isEmpty()) {
                methods.add("ANY");
            }
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    endpoints.add(method + " " + pattern);
                }
            }
        });
        assertThat(endpoints).as("discovered endpoints").isNotEmpty();
        return endpoints;
    }

    private static String concrete(String endpoint) {
        String[] parts = endpoint.split(" ", 2);
        String method = parts[0].equals("ANY") ? "GET" : parts[0];
        return method + " " + parts[1].replaceAll("\\{[^}]+}", ABSENT_ID);
    }

    private static boolean isApi(String endpoint) {
        return endpoint.split(" ", 2)[1].startsWith("/api/");
    }

    private static boolean redirectsToSignIn(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() / 100 == 3 && location != null
                && java.net.URI.create(location).getPath().equals("/login");
    }

    private static Map<String, Set<Role>> matrix(Object... rows) {
        Map<String, Set<Role>> matrix = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<Role> roles = (Set<Role>) rows[i + 1];
            if (matrix.put((String) rows[i], roles) != null) {
                throw new IllegalArgumentException("Endpoint listed twice in the matrix: " + rows[i]);
            }
        }
        return matrix;
    }
}
