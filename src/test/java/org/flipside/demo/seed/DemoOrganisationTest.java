package org.flipside.demo.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.people.Directory;
import org.flipside.people.DirectoryQuery;
import org.flipside.people.Employee;
import org.flipside.people.ReportingLines;
import org.flipside.program.ParticipantProfiles;
import org.flipside.program.ProfileSnapshot;
import org.flipside.program.SkillRating;
import org.flipside.program.WorkStyleDimension;
import org.flipside.shared.privacy.SmallGroups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-seed;DB_CLOSE_DELAY=-1",
        "flipside.demo=true"})
@AutoConfigureMockMvc
class DemoOrganisationTest {

    private static final Path ACCOUNTS_FILE = temporaryDirectory().resolve("demo-accounts.txt");

    @DynamicPropertySource
    static void accountsFile(DynamicPropertyRegistry registry) {
        registry.add("flipside.demo.accounts-file", ACCOUNTS_FILE::toString);
    }

    @Autowired
    Directory directory;

    @Autowired
    ReportingLines reportingLines;

    @Autowired
    Accounts accounts;

    @Autowired
    DemoOrganisation demoOrganisation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ParticipantProfiles profiles;

    @Test
    void theDirectoryHoldsOneTreeOfPeople() {
        List<Employee> everyone = directory.search(DirectoryQuery.everyone(), 0, 200).items();
        long total = directory.count();
        assertThat(total).isBetween(380L, 420L);
        Map<String, Employee> byNumber = new HashMap<>();
        for (int page = 0; page * 200 < total; page++) {
            directory.search(DirectoryQuery.everyone(), page, 200).items().forEach(e -> byNumber.put(e.employeeNumber(), e));
        }
        assertThat(byNumber).hasSize((int) total);
        assertThat(byNumber.values()).filteredOn(e -> e.managerNumber() == null).hasSize(1);
        assertThat(byNumber.values()).filteredOn(e -> e.managerNumber() != null)
                .allMatch(e -> byNumber.containsKey(e.managerNumber()));
        assertThat(reportingLines.cycles()).isEmpty();
        Employee ceo = byNumber.values().stream().filter(e -> e.managerNumber() == null).findFirst().orElseThrow();
        assertThat(byNumber.keySet()).allMatch(number -> reportingLines.inChainOf(number, ceo.employeeNumber()));
        assertThat(directory.departments()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(everyone).isNotEmpty();
    }

    @Test
    void oneAccountPerRoleCanSignInWithThePasswordFromTheFile() throws Exception {
        Map<String, String[]> lines = credentials();
        assertThat(lines.keySet()).containsExactlyInAnyOrder("admin", "manager", "sponsor", "employee");
        Map<String, Role> expected = Map.of("admin", Role.ADMIN, "manager", Role.PROGRAM_MANAGER,
                "sponsor", Role.SPONSOR, "employee", Role.EMPLOYEE);
        for (var entry : expected.entrySet()) {
            var account = accounts.findByUsername(entry.getKey()).orElseThrow();
            assertThat(account.roles()).containsExactly(entry.getValue());
            assertThat(account.email()).endsWith("@demo.flipside.example");
            String password = lines.get(entry.getKey())[1];
            assertThat(password).hasSizeGreaterThanOrEqualTo(16);
            assertThat(lines.get(entry.getKey())[2]).isEqualTo(entry.getValue().name());
            mvc.perform(formLogin("/login").user(entry.getKey()).password(password))
                    .andExpect(authenticated().withUsername(entry.getKey()).withRoles(entry.getValue().name()));
        }
        assertThat(accounts.findByUsername("manager").orElseThrow().displayName())
                .isEqualTo(directory.search(DirectoryQuery.text("People Programs Manager"), 0, 1).items().get(0).fullName());
    }

    @Test
    void thereIsOneProgramInEachLifecycleStateMadeByTheDemoManager() {
        List<String> states = jdbc.sql("select state from program order by state").query(String.class).list();
        List<String> creators = jdbc.sql("select distinct created_by from program").query(String.class).list();
        List<String> transitions = jdbc.sql("select changed_by from program_state_change where from_state is not null")
                .query(String.class).list();

        // the second CLOSED one is the program old enough for its outcomes report (DemoOutcomes)
        assertThat(states).containsExactlyInAnyOrder("DRAFT", "ENROLLING", "MATCHING", "RUNNING", "CLOSED", "CLOSED");
        assertThat(creators).containsExactly("manager");
        // Every program reached its state through the legal path: 0 + 1 + 2 + 3 + 4 + 4 moves.
        assertThat(transitions).hasSize(14).containsOnly("manager");
    }

    @Test
    void theRunningProgramHasActivePairsAndTheDemoEmployeesPairIsUnderWay() {
        long running = jdbc.sql("select id from program where state = 'RUNNING'").query(Long.class).single();
        List<String> states = jdbc.sql("select state from mentoring_pair where program_id = :id")
                .param("id", running).query(String.class).list();
        String employeeEmail = accounts.findByUsername("employee").orElseThrow().email();

        assertThat(states).hasSize(DemoPairs.PAIRS).containsOnly("ACTIVE");
        assertThat(jdbc.sql("select count(*) from mentoring_pair x join participant p on p.id = x.mentor_participant_id "
                        + "join employee e on e.employee_number = p.employee_number "
                        + "where x.program_id = :id and lower(e.email) = lower(:email)")
                .param("id", running).param("email", employeeEmail).query(Long.class).single()).isEqualTo(1);
        long pair = jdbc.sql("select x.id from mentoring_pair x join participant p on p.id = x.mentor_participant_id "
                        + "join employee e on e.employee_number = p.employee_number "
                        + "where x.program_id = :id and lower(e.email) = lower(:email)")
                .param("id", running).param("email", employeeEmail).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from pair_agreement_signature s join pair_agreement_version v "
                + "on v.id = s.version_id where v.pair_id = :pair").param("pair", pair).query(Long.class).single())
                .as("both signed the agreement").isEqualTo(2);
        assertThat(jdbc.sql("select side from pair_goal where pair_id = :pair order by side").param("pair", pair)
                .query(String.class).list()).containsExactly("MENTEE", "MENTOR");
        assertThat(jdbc.sql("select status from pair_session where pair_id = :pair").param("pair", pair)
                .query(String.class).list()).containsExactly("SCHEDULED");
    }

    @Test
    void theRunningProgramsFirstSafetyPulseRoundHasEnoughAnswersToShowAndOneIdentifiedFlag() {
        long running = jdbc.sql("select id from program where state = 'RUNNING'").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from safety_invitation where program_id = :id").param("id", running)
                .query(Long.class).single()).isEqualTo(DemoPairs.PAIRS);
        long answers = jdbc.sql("select count(*) from safety_answer where program_id = :id").param("id", running)
                .query(Long.class).single();
        assertThat(answers).isEqualTo(DemoPairs.PAIRS - 1).isGreaterThanOrEqualTo(SmallGroups.MINIMUM);
        assertThat(jdbc.sql("select count(*) from safety_flag where program_id = :id and pair_id is not null")
                .param("id", running).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theRunningProgramHasASponsorAndInsightsInEveryState() {
        long running = jdbc.sql("select id from program where state = 'RUNNING'").query(Long.class).single();
        String sponsor = jdbc.sql("select e.employee_number from employee e join app_user u on lower(u.email) = "
                + "lower(e.email) where u.username = 'sponsor'").query(String.class).single();
        assertThat(jdbc.sql("select sponsor_number from program where id = :id").param("id", running)
                .query(String.class).single()).isEqualTo(sponsor);
        assertThat(jdbc.sql("select coalesce(response, case when proposed_at is null then 'RECORDED' else 'PROPOSED' "
                        + "end) from insight where program_id = :id").param("id", running).query(String.class).list())
                .containsExactlyInAnyOrder("ACCEPTED", "ACCEPTED", "DECLINED", "PROPOSED", "RECORDED");
        assertThat(jdbc.sql("select status from insight_action where program_id = :id order by status")
                .param("id", running).query(String.class).list()).containsExactly("DONE", "IN_PROGRESS");
    }

    @Test
    void theRunningProgramHasTheFourSurveysAndTheMidPointOneHasEnoughAnswersToShow() {
        long running = jdbc.sql("select id from program where state = 'RUNNING'").query(Long.class).single();
        assertThat(jdbc.sql("select template_key from survey where program_id = :id order by template_key")
                .param("id", running).query(String.class).list())
                .containsExactly("closing", "final-evaluation", "mid-point-health", "post-session-pulse");
        assertThat(jdbc.sql("select count(*) from survey_response r "
                        + "join survey s on s.id = r.survey_id where s.template_key = 'mid-point-health' "
                        + "and s.program_id = :id").param("id", running).query(Long.class).single())
                .isGreaterThanOrEqualTo(org.flipside.shared.privacy.SmallGroups.MINIMUM);
    }

    @Test
    void theProgramBeingMatchedHasEnrolledParticipantsOnBothSides() {
        long programId = programToMatch();
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select side, state, count(*) from participant where program_id = :id group by side, state")
                .param("id", programId)
                .query((rs, row) -> counts.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3))).list();

        assertThat(jdbc.sql("select state from program where id = :id").param("id", programId).query(String.class)
                .single()).isEqualTo("MATCHING");
        assertThat(counts).containsOnly(
                Map.entry("MENTOR APPROVED", 40L), Map.entry("MENTOR APPLIED", 2L), Map.entry("MENTOR INVITED", 2L),
                Map.entry("MENTOR DECLINED", 2L), Map.entry("MENTEE APPROVED", 25L),
                Map.entry("MENTEE APPLIED", 2L), Map.entry("MENTEE INVITED", 1L), Map.entry("MENTEE DECLINED", 2L));
        List<Integer> mentorGrades = jdbc.sql("select e.grade from participant p join employee e "
                        + "on e.employee_number = p.employee_number where p.program_id = :id and p.side = 'MENTOR'")
                .param("id", programId).query(Integer.class).list();
        List<Integer> menteeGrades = jdbc.sql("select e.grade from participant p join employee e "
                        + "on e.employee_number = p.employee_number where p.program_id = :id and p.side = 'MENTEE'")
                .param("id", programId).query(Integer.class).list();
        assertThat(mentorGrades).allMatch(grade -> grade <= 3);
        assertThat(menteeGrades).allMatch(grade -> grade >= 8);
        assertThat(jdbc.sql("select count(*) from participant where program_id = :id and state in ('APPLIED', 'APPROVED') "
                        + "and (consent_at is null or applied_at is null)")
                .param("id", programId).query(Long.class).single()).isZero();
    }

    @Test
    void approvedParticipantsHaveProfilesAndAFewAreUnfinished() {
        long programId = programToMatch();
        Map<Long, String> approved = new HashMap<>();
        jdbc.sql("select id, side from participant where program_id = :id and state = 'APPROVED'").param("id", programId)
                .query((rs, row) -> approved.put(rs.getLong(1), rs.getString(2))).list();
        List<ProfileSnapshot> snapshots = profiles.snapshots(programId).stream()
                .filter(s -> approved.containsKey(s.participantId())).toList();

        assertThat(snapshots).hasSize(65);
        List<ProfileSnapshot> complete = snapshots.stream().filter(s -> s.completeness() == 100).toList();
        assertThat(complete).hasSize(62);
        assertThat(snapshots).filteredOn(s -> s.completeness() < 100).hasSize(3)
                .allMatch(s -> !s.offered().isEmpty());
        assertThat(complete).allMatch(s -> s.workStyle().size() == WorkStyleDimension.values().length
                && !s.availability().isEmpty() && s.meetingMode() != null && s.languages().contains("en")
                && s.timeZone() != null);
        assertThat(complete).filteredOn(s -> !s.doNotMatch().isEmpty()).isNotEmpty();

        List<String> digital = List.of("DIGITAL_TOOLS", "SOCIAL_MEDIA", "AI_DATA", "COLLABORATION");
        Map<String, String> categories = new HashMap<>();
        jdbc.sql("select code, category from skill").query((rs, row) -> categories.put(rs.getString(1), rs.getString(2)))
                .list();
        List<ProfileSnapshot> mentors = complete.stream().filter(s -> approved.get(s.participantId()).equals("MENTOR")).toList();
        List<ProfileSnapshot> mentees = complete.stream().filter(s -> approved.get(s.participantId()).equals("MENTEE")).toList();
        assertThat(share(mentors, true, categories, digital)).isGreaterThan(0.7);
        assertThat(share(mentees, false, categories, digital)).isEqualTo(1.0);
        assertThat(share(mentees, true, categories, digital)).isZero();
    }

    @Test
    void theDemoEmployeeIsAnApprovedMentorWithACompleteProfile() {
        String email = accounts.findByUsername("employee").orElseThrow().email();
        String number = directory.byEmail(email).orElseThrow().employeeNumber();
        long programId = programToMatch();
        Map<String, Object> row = jdbc.sql("select id, side, state from participant where program_id = :id "
                        + "and employee_number = :number").param("id", programId).param("number", number)
                .query().singleRow();

        assertThat(row.get("side")).isEqualTo("MENTOR");
        assertThat(row.get("state")).isEqualTo("APPROVED");
        ProfileSnapshot profile = profiles.snapshot(((Number) row.get("id")).longValue()).orElseThrow();
        assertThat(profile.completeness()).isEqualTo(100);
    }

    private long programToMatch() {
        return jdbc.sql("select id from program where name = 'Bridging Generations in Operations'")
                .query(Long.class).single();
    }

    private static double share(List<ProfileSnapshot> profiles, boolean offered, Map<String, String> categories,
                                List<String> wantedCategories) {
        List<String> codes = profiles.stream().flatMap(p -> (offered ? p.offered() : p.wanted()).stream())
                .map(SkillRating::skillCode).toList();
        return (double) codes.stream().filter(code -> wantedCategories.contains(categories.get(code))).count()
                / codes.size();
    }

    @Test
    void theAccountsFileIsReadableByItsOwnerOnly() throws IOException {
        if (Files.getFileStore(ACCOUNTS_FILE).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ACCOUNTS_FILE))).isEqualTo("rw-------");
        }
    }

    @Test
    void theSeedingIsAuditedUnderItsOwnName() {
        List<String> actions = jdbc.sql("select action from audit_entry where actor = :actor")
                .param("actor", DemoOrganisation.ACTOR).query(String.class).list();
        assertThat(actions).contains("EMPLOYEES_ADDED", "USER_CREATED");
    }

    @Test
    void aSecondStartChangesNothing() throws Exception {
        long people = directory.count();
        long accountCount = accounts.count();
        String file = Files.readString(ACCOUNTS_FILE);

        demoOrganisation.run(new DefaultApplicationArguments());

        assertThat(directory.count()).isEqualTo(people);
        assertThat(accounts.count()).isEqualTo(accountCount).isEqualTo(4);
        assertThat(Files.readString(ACCOUNTS_FILE)).isEqualTo(file);
    }

    private static Map<String, String[]> credentials() throws IOException {
        Map<String, String[]> byUsername = new HashMap<>();
        for (String line : Files.readAllLines(ACCOUNTS_FILE)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] parts = line.split(" \\| ");
                byUsername.put(parts[0], parts);
            }
        }
        return byUsername;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("flipside-demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
