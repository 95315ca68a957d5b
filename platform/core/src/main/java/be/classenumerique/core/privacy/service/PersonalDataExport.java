package be.classenumerique.core.privacy.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.privacy.PersonRef;
import be.classenumerique.api.privacy.PersonalDataProvider;
import be.classenumerique.core.attempts.domain.Attempt;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.attempts.service.Drafts;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.people.service.SecondFactors;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the platform and its plugins store about one person, for a privacy request (GDPR access
 * and portability): machine-readable, JSON-like values. Never includes password hashes, secrets or
 * card tokens.
 */
public final class PersonalDataExport {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataExport.class);

    private final AccountRepository accounts;
    private final SchoolRepository schools;
    private final AttemptService attempts;
    private final PupilSignIn signIn;
    private final SecondFactors secondFactors;
    private final Drafts drafts;
    private final Guardianships guardianships;
    private final List<PersonalDataProvider> providers;
    private final AuditLog audit;
    private final Clock clock;

    public PersonalDataExport(
            AccountRepository accounts,
            SchoolRepository schools,
            AttemptService attempts,
            PupilSignIn signIn,
            SecondFactors secondFactors,
            Drafts drafts,
            Guardianships guardianships,
            List<PersonalDataProvider> providers,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.schools = schools;
        this.attempts = attempts;
        this.signIn = signIn;
        this.secondFactors = secondFactors;
        this.drafts = drafts;
        this.guardianships = guardianships;
        this.providers = List.copyOf(providers);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param caller an admin of the person's school
     * @param personId the person
     * @return the export, ready to be written as JSON
     * @throws NotFoundException for anyone but an admin of the person's school
     */
    public Map<String, Object> export(Caller caller, String personId) {
        Account person = accounts.findById(personId)
                .filter(found -> found.administeredBy(caller))
                .orElseThrow(() -> new NotFoundException("person"));
        audit.record(caller, person.schoolId(), "person.export", person.id(), "");
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant().toString());
        export.put("platform", "Classe numérique 2030");
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("id", person.id());
        identity.put("role", person.role().name());
        identity.put("displayName", person.displayName());
        if (person.role() != Role.PUPIL) {
            identity.put("email", person.loginName());
        }
        identity.put("language", person.language().toLanguageTag());
        identity.put("active", person.active());
        export.put("person", identity);
        if (person.role() != Role.PUPIL) {
            export.put("secondFactor", secondFactors.factsForPrivacyRequest(person.id()));
        }
        export.put(
                "school",
                schools.findSchool(person.schoolId())
                        .map(school -> school.name())
                        .orElse(""));
        export.put(
                "classes",
                person.classIds().stream()
                        .map(schools::findClass)
                        .flatMap(Optional::stream)
                        .map(schoolClass -> Map.of(
                                "id", schoolClass.id(), "name", schoolClass.name(), "level", schoolClass.level()))
                        .toList());
        export.put(
                person.role() == Role.PARENT ? "children" : "guardians",
                guardianships.linkedForPrivacyRequest(person.id()).stream()
                        .map(linked -> Map.of("id", linked.id(), "displayName", linked.displayName()))
                        .toList());
        if (person.role() == Role.PUPIL) {
            export.put("signIn", signIn.signInFactsForPrivacyRequest(person.id()));
            export.put(
                    "answers",
                    attempts.allAttemptsForPrivacyRequest(person.id()).stream()
                            .map(PersonalDataExport::answer)
                            .toList());
            export.put("drafts", drafts.allForPrivacyRequest(person.id()));
        }
        Map<String, Object> plugins = new LinkedHashMap<>();
        PersonRef ref = new PersonRef(person.id(), person.schoolId(), person.role());
        for (PersonalDataProvider provider : providers) {
            try {
                plugins.put(provider.category(), provider.export(ref));
            } catch (RuntimeException e) {
                // An incomplete export must say so rather than look complete.
                LOG.error("Plugin data {} could not be exported", provider.category(), e);
                plugins.put(provider.category(), Map.of("error", "this plugin's data could not be exported"));
            }
        }
        export.put("plugins", plugins);
        return export;
    }

    private static Map<String, Object> answer(Attempt attempt) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", attempt.id());
        answer.put("at", attempt.at().toString());
        answer.put("module", attempt.moduleId());
        answer.put("moduleVersion", attempt.moduleVersion());
        answer.put("activity", attempt.activity().activityId());
        answer.put("response", attempt.response().values());
        answer.put(
                "grade",
                Map.of(
                        "outcome", attempt.grade().outcome().name(),
                        "score", attempt.grade().score(),
                        "maxScore", attempt.grade().maxScore(),
                        "feedback", attempt.grade().feedback()));
        return answer;
    }
}
