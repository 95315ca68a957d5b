package be.classenumerique.app.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.app.config.PlatformSettings;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.people.service.SecondFactors;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** The demo's published passwords never reach a start that is not the demo. */
class DemoSeederTest {

    @TempDir
    Path data;

    private DocumentStore store;

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStartWithoutTheDemoRefusesADatabaseThatHoldsTheDemoSchool() {
        store = DocumentStore.embedded(data);
        DemoSeeder demo = seeder(true);
        demo.afterPropertiesSet();
        demo.run(null);
        assertThat(new AccountRepository(store).findById("demo-platform")).isPresent();

        assertThatThrownBy(() -> seeder(false).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo school");
    }

    @Test
    void aStartWithoutTheDemoOnAnEmptyDatabaseSeedsNothing() {
        store = DocumentStore.embedded(data);
        DemoSeeder real = seeder(false);
        real.afterPropertiesSet();
        real.run(null);

        assertThat(new AccountRepository(store).count()).isZero();
    }

    private DemoSeeder seeder(boolean demo) {
        Clock clock = Clock.systemUTC();
        AuditLog audit = new AuditLog(store, clock);
        AccountRepository accounts = new AccountRepository(store);
        SchoolRepository schools = new SchoolRepository(store);
        SecureRandom random = new SecureRandom();
        Guardianships guardianships = new Guardianships(store, schools, accounts, random, clock, audit);
        return new DemoSeeder(
                new PlatformSettings(data, null, null, null, demo, null, false),
                schools,
                accounts,
                guardianships,
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                new PupilSignIn(store, schools, accounts, random, clock, audit),
                new SecondFactors(store, accounts, guardianships, audit, random, clock),
                clock);
    }
}
