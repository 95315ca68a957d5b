package be.classenumerique.core.privacy.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.privacy.PersonRef;
import be.classenumerique.api.privacy.PersonalDataProvider;
import be.classenumerique.core.attempts.domain.Attempt;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountAuthority;
import be.classenumerique.core.progress.domain.LearningEvent;
import be.classenumerique.core.shared.NotFoundException;
import java.time.Clock;
import java.util.LinkedHashMap;
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

    private final PersonalRecords records;
    private final AuditLog audit;
    private final Clock clock;

    private final AccountAuthority authority;

    public PersonalDataExport(PersonalRecords records, AuditLog audit, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
        this.authority = new AccountAuthority(records.accounts(), records.guardianships());
    }

    /**
     * @param caller an admin who manages the person's account ({@link AccountAuthority})
     * @param personId the person
     * @return the export, ready to be written as JSON
     * @throws NotFoundException for anyone but an admin of the person's school
     */
    public Map<String, Object> export(Caller caller, String personId) {
        Account person = records.accounts()
                .findById(personId)
                .filter(found -> authority.manages(caller, found))
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
            export.put("secondFactor", records.secondFactors().factsForPrivacyRequest(person.id()));
        }
        export.put(
                "school",
                records.schools()
                        .findSchool(person.schoolId())
                        .map(school -> school.name())
                        .orElse(""));
        export.put(
                "classes",
                person.classIds().stream()
                        .map(records.schools()::findClass)
                        .flatMap(Optional::stream)
                        .map(schoolClass -> Map.of(
                                "id", schoolClass.id(), "name", schoolClass.name(), "level", schoolClass.level()))
                        .toList());
        export.put(
                person.role() == Role.PARENT ? "children" : "guardians",
                records.guardianships().linkedForPrivacyRequest(person.id()).stream()
                        .map(linked -> Map.of("id", linked.id(), "displayName", linked.displayName()))
                        .toList());
        if (person.role() == Role.PUPIL) {
            export.put("signIn", records.signIn().signInFactsForPrivacyRequest(person.id()));
            export.put(
                    "answers",
                    records.attempts().allAttemptsForPrivacyRequest(person.id()).stream()
                            .map(PersonalDataExport::answer)
                            .toList());
            export.put("drafts", records.drafts().allForPrivacyRequest(person.id()));
            export.put(
                    "learningLog",
                    records.learningLog().of(person.id()).stream()
                            .map(PersonalDataExport::event)
                            .toList());
        }
        Map<String, Object> plugins = new LinkedHashMap<>();
        PersonRef ref = new PersonRef(person.id(), person.schoolId(), person.role());
        for (PersonalDataProvider provider : records.providers()) {
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

    private static Map<String, Object> event(LearningEvent event) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("at", event.at().toString());
        entry.put("verb", event.verb().name());
        entry.put("object", event.objectId());
        if (event.result() != null) {
            entry.put("outcome", event.result().outcome());
            entry.put("score", event.result().score());
            entry.put("maxScore", event.result().maxScore());
        }
        entry.put("context", event.context());
        return entry;
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
