package org.gflow.engine.absence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.errors.ProblemException;
import org.gflow.engine.identity.DisplayName;
import org.gflow.engine.tasks.Organisations;
import org.gflow.engine.tasks.Oversight;
import org.gflow.ldap.DirectoryPeople;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting, listing and cancelling absence periods, with the rules every caller meets: a person's
 * absences are theirs to manage, their manager's in the directory, a supervisor's of their
 * organisation ({@code <org>-…-supervisors}) or an administrator's — anyone else is refused (403).
 * The delegate is a colleague of the same organisation, not the person; a period runs from a day
 * to a later or the same day, has not ended yet and overlaps none of the person's others.
 */
@Service
public class AbsenceService {

    /** Refusal codes, translated by the web app. */
    static final String NOT_THEIRS = "absence-not-yours";

    static final String DELEGATE_OUTSIDE = "absence-delegate-outside";
    static final String DELEGATE_SELF = "absence-delegate-self";
    static final String UNTIL_BEFORE_FROM = "absence-until-before-from";
    static final String ALREADY_ENDED = "absence-already-ended";
    static final String OVERLAP = "absence-overlap";

    /** A colleague who may stand in for the person. */
    public record Delegate(String id, String name) {}

    private final AbsenceStore store;
    private final DirectoryPeople people;
    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl configuration;

    AbsenceService(
            AbsenceStore store,
            DirectoryPeople people,
            IdentityService identityService,
            ProcessEngineConfigurationImpl configuration) {
        this.store = store;
        this.people = people;
        this.identityService = identityService;
        this.configuration = configuration;
    }

    /** The person's absences that have not ended, earliest first (the signed-in person's when null). */
    public List<Absence> list(String userId) {
        String person = personOrMe(userId);
        requireMayManage(person);
        LocalDate today = Absences.today();
        List<AbsenceStore.Period> periods = store.notEndedOf(person, today);
        return described(periods, today);
    }

    /** Sets an absence period for the person (the signed-in person when null). */
    @Transactional
    public Absence set(String userId, String delegateId, LocalDate from, LocalDate until) {
        String person = personOrMe(userId);
        requireMayManage(person);
        if (delegateId == null || delegateId.isBlank()) {
            throw new BadRequestException("delegate", "Choose the colleague who receives the work meanwhile.");
        }
        if (from == null || until == null) {
            throw new BadRequestException(from == null ? "from" : "until", "Give the first and the last day away.");
        }
        if (delegateId.equals(person)) {
            throw new BadRequestException("delegate", "The delegate must be someone else.", DELEGATE_SELF);
        }
        requireSameOrganisation(person, delegateId);
        if (until.isBefore(from)) {
            throw new BadRequestException("until", "The last day comes before the first day.", UNTIL_BEFORE_FROM);
        }
        LocalDate today = Absences.today();
        if (until.isBefore(today)) {
            throw new BadRequestException("until", "This period has already ended.", ALREADY_ENDED);
        }
        if (!store.overlapping(person, from, until).isEmpty()) {
            throw ProblemException.of(
                    HttpStatus.CONFLICT,
                    OVERLAP,
                    "This period shares days with another absence of " + person + "; change or cancel that one.");
        }
        AbsenceStore.Period period = new AbsenceStore.Period(
                UUID.randomUUID().toString(), person, delegateId, from, until, actor().getUserId());
        store.insert(period, ClockUtil.getCurrentTime().toInstant());
        return described(List.of(period), today).get(0);
    }

    /** Cancels a period; a current one ends at once (its tasks stay with the delegate). */
    @Transactional
    public void cancel(String absenceId) {
        AbsenceStore.Period period = store.byId(absenceId).orElseThrow(ProblemException::notFound);
        requireMayManage(period.userId());
        store.delete(absenceId);
    }

    /** The colleagues who may stand in for the person: their organisation's people, not them. */
    public List<Delegate> delegatesFor(String userId) {
        String person = personOrMe(userId);
        requireMayManage(person);
        Optional<String> organisation = people.organisationOf(person);
        if (organisation.isEmpty()) {
            return List.of();
        }
        Map<String, Delegate> found = new LinkedHashMap<>();
        for (Group group : identityService.createGroupQuery().list()) {
            if (!organisation.get().equals(Organisations.ofGroup(group.getId()))) {
                continue;
            }
            for (User member : identityService
                    .createUserQuery()
                    .memberOfGroup(group.getId())
                    .list()) {
                if (!member.getId().equals(person)) {
                    found.putIfAbsent(member.getId(), new Delegate(member.getId(), DisplayName.of(member)));
                }
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Delegate::name))
                .toList();
    }

    private void requireSameOrganisation(String person, String delegateId) {
        Optional<String> organisation = people.organisationOf(person);
        if (organisation.isEmpty() || !organisation.equals(people.organisationOf(delegateId))) {
            throw new BadRequestException(
                    "delegate",
                    delegateId + " is not part of " + organisation.orElse("the organisation") + " of " + person
                            + "; the delegate must be a colleague of the same organisation.",
                    DELEGATE_OUTSIDE);
        }
    }

    private void requireMayManage(String person) {
        Authentication actor = actor();
        String me = actor.getUserId();
        if (person.equals(me) || isAdmin(actor)) {
            return;
        }
        if (people.managerOf(person).filter(me::equals).isPresent()) {
            return;
        }
        Optional<String> organisation = people.organisationOf(person);
        List<String> groups = actor.getGroupIds() == null ? List.of() : actor.getGroupIds();
        if (organisation.isPresent() && Oversight.supervised(groups).contains(organisation.get())) {
            return;
        }
        throw ProblemException.of(
                HttpStatus.FORBIDDEN,
                NOT_THEIRS,
                "Only " + person + ", their manager, a supervisor of their organisation or an administrator "
                        + "may see or change their absences.");
    }

    private boolean isAdmin(Authentication actor) {
        Collection<String> adminGroups =
                configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
        return actor.getGroupIds() != null && actor.getGroupIds().stream().anyMatch(adminGroups::contains);
    }

    private String personOrMe(String userId) {
        return userId == null || userId.isBlank() ? actor().getUserId() : userId;
    }

    private Authentication actor() {
        Authentication actor = identityService.getCurrentAuthentication();
        if (actor == null || actor.getUserId() == null) {
            throw ProblemException.of(HttpStatus.FORBIDDEN, NOT_THEIRS, "Sign in to manage absences.");
        }
        return actor;
    }

    private List<Absence> described(List<AbsenceStore.Period> periods, LocalDate today) {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> ids = periods.stream()
                .flatMap(period -> Stream.of(period.userId(), period.delegateId()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (!ids.isEmpty()) {
            identityService
                    .createUserQuery()
                    .userIdIn(ids.toArray(String[]::new))
                    .list()
                    .forEach(user -> names.put(user.getId(), DisplayName.of(user)));
        }
        return periods.stream()
                .map(period -> new Absence(
                        period.id(),
                        period.userId(),
                        names.get(period.userId()),
                        period.delegateId(),
                        names.get(period.delegateId()),
                        period.from(),
                        period.until(),
                        period.setBy(),
                        period.covers(today)))
                .toList();
    }
}
