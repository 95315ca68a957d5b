package be.classenumerique.app.config;

import be.classenumerique.api.activity.ActivityType;
import be.classenumerique.api.privacy.PersonalDataProvider;
import be.classenumerique.app.plugins.PluginHost;
import be.classenumerique.core.CoreMigrations;
import be.classenumerique.core.activities.service.ActivityTypeRegistry;
import be.classenumerique.core.assignments.service.AssignmentRules;
import be.classenumerique.core.assignments.service.Assignments;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.attempts.service.Drafts;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.authoring.service.WrittenModules;
import be.classenumerique.core.content.domain.ContentProblem;
import be.classenumerique.core.content.domain.ContentSource;
import be.classenumerique.core.content.service.CompetenceFrameworks;
import be.classenumerique.core.content.service.ContentLoader;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.ClassSignInGuard;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.people.service.PasswordResetLinks;
import be.classenumerique.core.people.service.People;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.people.service.SecondFactors;
import be.classenumerique.core.privacy.service.PersonalDataErasure;
import be.classenumerique.core.privacy.service.PersonalDataExport;
import be.classenumerique.core.privacy.service.PersonalRecords;
import be.classenumerique.core.progress.service.CompetenceProgress;
import be.classenumerique.core.progress.service.LearningEvents;
import be.classenumerique.core.roster.service.RosterImport;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.schools.service.SchoolYears;
import be.classenumerique.core.schools.service.Schools;
import be.classenumerique.core.search.service.ModuleIndex;
import be.classenumerique.core.store.DocumentStore;
import be.classenumerique.core.store.Migrations;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the core's services: the core knows nothing of Spring, so it is built here by constructor. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    DocumentStore documentStore(PlatformSettings settings, Clock clock) {
        DocumentStore store = settings.embedded()
                ? DocumentStore.embedded(settings.dataDir())
                : DocumentStore.mongodb(settings.mongodbUri());
        new Migrations(store, clock).run(CoreMigrations.all());
        return store;
    }

    @Bean
    AuditLog auditLog(DocumentStore store, Clock clock) {
        return new AuditLog(store, clock);
    }

    @Bean
    AccountRepository accountRepository(DocumentStore store) {
        return new AccountRepository(store);
    }

    @Bean
    SchoolRepository schoolRepository(DocumentStore store) {
        return new SchoolRepository(store);
    }

    @Bean
    Guardianships guardianships(
            DocumentStore store, SchoolRepository schools, AccountRepository accounts, Clock clock, AuditLog audit) {
        return new Guardianships(store, schools, accounts, new SecureRandom(), clock, audit);
    }

    @Bean
    PupilSignIn pupilSignIn(
            DocumentStore store, SchoolRepository schools, AccountRepository accounts, Clock clock, AuditLog audit) {
        return new PupilSignIn(store, schools, accounts, new SecureRandom(), clock, audit);
    }

    @Bean
    ClassSignInGuard classSignInGuard(DocumentStore store, SchoolRepository schools, AuditLog audit, Clock clock) {
        return new ClassSignInGuard(store, schools, audit, clock);
    }

    @Bean
    RosterImport rosterImport(SchoolRepository schools, AccountRepository accounts, AuditLog audit, Clock clock) {
        return new RosterImport(schools, accounts, audit, clock);
    }

    /** Every place something about a person is kept, for export and erasure alike. */
    @Bean
    PersonalRecords personalRecords(
            AccountRepository accounts,
            SchoolRepository schools,
            AttemptService attempts,
            Drafts drafts,
            LearningEvents learningLog,
            PupilSignIn signIn,
            SecondFactors secondFactors,
            Guardianships guardianships,
            PluginHost plugins) {
        return new PersonalRecords(
                accounts,
                schools,
                attempts,
                drafts,
                learningLog,
                signIn,
                secondFactors,
                guardianships,
                plugins.extensions(PersonalDataProvider.class));
    }

    @Bean
    PersonalDataExport personalDataExport(PersonalRecords records, AuditLog audit, Clock clock) {
        return new PersonalDataExport(records, audit, clock);
    }

    @Bean
    PersonalDataErasure personalDataErasure(DocumentStore store, PersonalRecords records, AuditLog audit, Clock clock) {
        return new PersonalDataErasure(store, records, audit, clock);
    }

    @Bean
    People people(
            DocumentStore store,
            AccountRepository accounts,
            SchoolRepository schools,
            Guardianships guardianships,
            AuditLog audit,
            Clock clock) {
        return new People(store, accounts, schools, guardianships, audit, new SecureRandom(), clock);
    }

    @Bean
    PasswordResetLinks passwordResetLinks(DocumentStore store, AccountRepository accounts, People people, Clock clock) {
        return new PasswordResetLinks(store, accounts, people, new SecureRandom(), clock);
    }

    @Bean
    SecondFactors secondFactors(
            DocumentStore store, AccountRepository accounts, Guardianships guardianships, AuditLog audit, Clock clock) {
        return new SecondFactors(store, accounts, guardianships, audit, new SecureRandom(), clock);
    }

    @Bean
    Schools schools(SchoolRepository schools, People people, AuditLog audit) {
        return new Schools(schools, people, audit);
    }

    @Bean
    SchoolYears schoolYears(SchoolRepository schools, AccountRepository accounts, AuditLog audit, Clock clock) {
        return new SchoolYears(schools, accounts, audit, clock);
    }

    @Bean
    ClassService classService(SchoolRepository schools, AccountRepository accounts, AuditLog audit) {
        return new ClassService(schools, accounts, audit);
    }

    /** The platform's own activity types first, so a plugin can never take over a built-in id. */
    @Bean
    ActivityTypeRegistry activityTypeRegistry(List<ActivityType> builtInTypes, PluginHost plugins) {
        List<ActivityType> types = new ArrayList<>(builtInTypes);
        types.addAll(plugins.extensions(ActivityType.class));
        return new ActivityTypeRegistry(types);
    }

    @Bean
    CompetenceFrameworks competenceFrameworks(PlatformSettings settings) {
        return CompetenceFrameworks.load(settings.contentDir());
    }

    /** Modules may name competences of any loaded framework; a broken framework file is listed as content. */
    @Bean
    ContentLoader contentLoader(ActivityTypeRegistry types, CompetenceFrameworks frameworks) {
        return new ContentLoader(types, frameworks::knows);
    }

    @Bean
    ModuleCatalogue moduleCatalogue(
            ContentLoader loader, PlatformSettings settings, PluginHost plugins, CompetenceFrameworks frameworks) {
        List<ContentSource> sources = new ArrayList<>(ContentLoader.packFolders(settings.contentDir()));
        sources.addAll(plugins.contentSources());
        ContentLoader.Result loaded = loader.load(sources);
        List<ContentProblem> problems = new ArrayList<>(frameworks.problems());
        problems.addAll(loaded.problems());
        return new ModuleCatalogue(new ContentLoader.Result(loaded.modules(), problems, loaded.files()));
    }

    @Bean(destroyMethod = "close")
    ModuleIndex moduleIndex(ModuleCatalogue catalogue) {
        ModuleIndex index = new ModuleIndex();
        index.rebuild(catalogue.all());
        return index;
    }

    /** Built at start, after the packs: puts the modules written in schools into the catalogue and index. */
    @Bean
    WrittenModules writtenModules(
            DocumentStore store,
            ModuleCatalogue catalogue,
            ContentLoader loader,
            ModuleIndex index,
            ActivityTypeRegistry types,
            AuditLog audit,
            Clock clock) {
        WrittenModules written =
                new WrittenModules(store, catalogue, loader, index, types, audit, clock, new SecureRandom());
        written.loadAll();
        return written;
    }

    @Bean
    CompetenceProgress competenceProgress(
            CompetenceFrameworks frameworks,
            ModuleCatalogue catalogue,
            AttemptService attempts,
            AccountRepository accounts,
            Guardianships guardianships,
            SchoolRepository schools,
            LearningEvents learningLog,
            Clock clock) {
        return new CompetenceProgress(
                frameworks, catalogue, attempts, accounts, guardianships, schools, learningLog, clock);
    }

    @Bean
    LearningEvents learningEvents(DocumentStore store) {
        return new LearningEvents(store);
    }

    @Bean
    Assignments assignments(
            DocumentStore store,
            SchoolRepository schools,
            AccountRepository accounts,
            Guardianships guardianships,
            ModuleCatalogue catalogue,
            AttemptService attempts,
            AuditLog audit,
            Clock clock) {
        return new Assignments(store, schools, accounts, guardianships, catalogue, attempts, audit, clock);
    }

    @Bean
    Drafts drafts(DocumentStore store, ModuleCatalogue catalogue, Clock clock) {
        return new Drafts(store, catalogue, clock);
    }

    @Bean
    AttemptService attemptService(
            DocumentStore store,
            ModuleCatalogue catalogue,
            ActivityTypeRegistry types,
            AccountRepository accounts,
            SchoolRepository schools,
            Clock clock,
            AuditLog audit) {
        return new AttemptService(
                store, catalogue, types, accounts, schools, clock, audit, new AssignmentRules(store, clock));
    }
}
