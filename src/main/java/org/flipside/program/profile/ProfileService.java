package org.flipside.program.profile;

import java.util.stream.Collectors;
import java.util.Collection;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.flipside.audit.AuditLog;
import org.flipside.identity.Role;
import org.flipside.people.Directory;
import org.flipside.people.DirectoryQuery;
import org.flipside.people.Employee;
import org.flipside.people.EmploymentStatus;
import org.flipside.program.CurrentEmployee;
import org.flipside.program.ParticipantProfiles;
import org.flipside.program.ProfileSnapshot;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.program.SkillRating;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and saving profiles with the per-record rules: a participant sees and edits their own profile only; the
 * program's managers see its participants' profiles without the do-not-match list; sponsors are refused (403);
 * anyone else is told there is no such participant (404).
 */
@Service
public class ProfileService implements ParticipantProfiles {

    private final ProfileStore store;
    private final SkillCatalogue skills;
    private final Programs programs;
    private final CurrentEmployee currentEmployee;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;

    ProfileService(ProfileStore store, SkillCatalogue skills, Programs programs, CurrentEmployee currentEmployee,
                   Directory directory, AuditLog audit, Clock clock) {
        this.store = store;
        this.skills = skills;
        this.programs = programs;
        this.currentEmployee = currentEmployee;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    public ProfileView view(long participantId) {
        Participant participant = participant(participantId);
        boolean own = access(participant);
        return ProfileView.of(participant, nameOf(participant), store.load(participantId), own);
    }

    @Transactional
    public ProfileView save(long participantId, ProfileContent content, long expectedVersion) {
        Participant participant = participant(participantId);
        if (!access(participant)) {
            throw new AccessDeniedException("Only the participant edits their profile.");
        }
        StoredProfile current = store.load(participantId);
        Set<String> kept = new HashSet<>();
        Stream.concat(current.content().offered().stream(), current.content().wanted().stream())
                .map(SkillRating::skillCode).forEach(kept::add);
        List<FieldProblem> problems = ProfileRules.check(content, new ProfileRules.Context(skills::find, kept,
                number -> directory.byNumber(number).isPresent(), participant.employeeNumber()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.save(participantId, content, expectedVersion, clock.instant(), Caller.name());
        audit.success("PROFILE_SAVED", "Participant", participantId, "program " + participant.programId());
        return ProfileView.of(participant, nameOf(participant), store.load(participantId), true);
    }

    /** The profiles of a program's participants (without do-not-match lists), for its managers only. */
    public List<ProfileView> ofProgram(long programId, boolean incompleteOnly) {
        programs.get(programId);
        if (!programs.managedByCurrentUser(programId)) {
            throw new NotFoundException("Program", programId);
        }
        List<Participant> active = store.participants(programId).stream().filter(Participant::active).toList();
        Map<Long, StoredProfile> stored = store.loadProgram(programId);
        Map<String, Employee> people = directory.byNumbers(active.stream().map(Participant::employeeNumber).toList());
        return active.stream()
                .map(participant -> ProfileView.of(participant, nameIn(people, participant),
                        stored.getOrDefault(participant.id(), new StoredProfile(participant.id(), ProfileContent.empty(), 0)),
                        false))
                .filter(view -> !incompleteOnly || !view.completeness().complete())
                .toList();
    }

    /** Active colleagues whose name or number matches, for the participant's own do-not-match list. */
    public List<PersonChoice> findPeople(long participantId, String text) {
        Participant participant = participant(participantId);
        if (!access(participant)) {
            throw new AccessDeniedException("Only the participant edits their profile.");
        }
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        DirectoryQuery query = new DirectoryQuery(text, null, null, null, null, EmploymentStatus.ACTIVE);
        return directory.search(query, 0, 10).items().stream()
                .filter(employee -> !employee.employeeNumber().equals(participant.employeeNumber()))
                .map(employee -> new PersonChoice(employee.employeeNumber(), employee.fullName(), employee.department()))
                .toList();
    }

    /** Names for the numbers on the participant's own list; numbers no longer in the directory show as they are. */
    public List<PersonChoice> describe(List<String> numbers) {
        Map<String, Employee> people = directory.byNumbers(numbers);
        return numbers.stream().map(number -> Optional.ofNullable(people.get(number))
                        .map(e -> new PersonChoice(number, e.fullName(), e.department()))
                        .orElse(new PersonChoice(number, number, null)))
                .toList();
    }

    @Override
    public Optional<ProfileSnapshot> snapshot(long participantId) {
        return store.participant(participantId).map(participant -> snapshotOf(participant,
                store.load(participantId).content(), store.applicationAnswers(participantId)));
    }

    /** A fixed number of queries however large the program: one per table, never one per participant. */
    @Override
    public Map<Long, String> employeeNumbers(Collection<Long> participantIds) {
        return store.participants(participantIds).stream()
                .collect(Collectors.toMap(Participant::id, Participant::employeeNumber));
    }

    @Override
    public Map<Long, String> timeZones(Collection<Long> participantIds) {
        return participantIds.isEmpty() ? Map.of() : store.timeZones(participantIds);
    }

    @Override
    public List<ProfileSnapshot> snapshots(long programId) {
        List<Participant> active = store.participants(programId).stream().filter(Participant::active).toList();
        Map<Long, StoredProfile> stored = store.loadProgram(programId);
        Map<Long, Map<Long, List<String>>> answers = store.applicationAnswersOfProgram(programId);
        return active.stream().map(participant -> snapshotOf(participant,
                        Optional.ofNullable(stored.get(participant.id())).map(StoredProfile::content)
                                .orElseGet(ProfileContent::empty),
                        answers.getOrDefault(participant.id(), Map.of())))
                .toList();
    }

    private static ProfileSnapshot snapshotOf(Participant participant, ProfileContent content,
                                              Map<Long, List<String>> answers) {
        return new ProfileSnapshot(participant.id(), participant.programId(), participant.employeeNumber(),
                Side.valueOf(participant.side()), content.offered(), content.wanted(), content.interests(),
                WorkStyle.score(content.answers()), content.timeZone(), content.availability(), content.meetingMode(),
                content.languages(), Set.copyOf(content.doNotMatch()), Completeness.of(content).percent(), answers);
    }

    /** True when the caller is the participant, false for one of the program's managers; otherwise refused. */
    private boolean access(Participant participant) {
        Optional<Employee> me = currentEmployee.get();
        if (me.isPresent() && me.get().employeeNumber().equals(participant.employeeNumber())) {
            return true;
        }
        if (programs.managedByCurrentUser(participant.programId())) {
            return false;
        }
        if (Caller.has(Role.SPONSOR)) {
            throw new AccessDeniedException("Sponsors see no personal profile data.");
        }
        throw new NotFoundException("Participant", participant.id());
    }

    private Participant participant(long id) {
        return store.participant(id).orElseThrow(() -> new NotFoundException("Participant", id));
    }

    private static String nameIn(Map<String, Employee> people, Participant participant) {
        Employee employee = people.get(participant.employeeNumber());
        return employee == null ? participant.employeeNumber() : employee.fullName();
    }

    private String nameOf(Participant participant) {
        return directory.byNumber(participant.employeeNumber()).map(Employee::fullName).orElse(participant.employeeNumber());
    }
}
