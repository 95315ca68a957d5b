package be.classenumerique.app.seed;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.app.config.PlatformSettings;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.PupilSecret;
import be.classenumerique.core.people.domain.Totp;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.people.service.SecondFactors;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds a demo school on the first start of an empty database, so the platform can be tried at once.
 * The accounts are listed in the README. Never runs on a database that already has a school.
 */
@Component
public class DemoSeeder implements ApplicationRunner, InitializingBean {

    /** The demo accounts' password, printed in the README; a real school sets its own. */
    public static final String DEMO_PASSWORD = "Classe2030!";

    public static final String SCHOOL_ID = "demo-tilleuls";
    static final String PLATFORM_ADMIN_ID = "demo-platform";
    public static final String CLASS_P5 = "demo-tilleuls-p5a";
    public static final String CLASS_S1 = "demo-tilleuls-s1b";
    public static final String CLASS_P2 = "demo-tilleuls-p2c";

    /** The demo classes' codes, printed in the README; a real class gets a random one. */
    public static final Map<String, String> CLASS_CODES =
            Map.of(CLASS_P5, "DEMP5A", CLASS_S1, "DEMS1B", CLASS_P2, "DEMP2C");

    /** The demo pupils' secrets, printed in the README. */
    static final List<String> P2_PICTURES = List.of("soleil+chat", "arbre+poisson", "lune+fleur");

    static final String WORD_SECRET = "lapin-nuage";

    /**
     * The demo admins' authenticator key, printed in the README: admins must have a second factor, and
     * the demo must be usable at once (add the key to any authenticator app, or run {@code oathtool}).
     */
    public static final String DEMO_SECOND_FACTOR_KEY = "CLASSENUMERIQUEDEMOTOTPKEY234567";

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final PlatformSettings settings;
    private final SchoolRepository schools;
    private final AccountRepository accounts;
    private final Guardianships guardianships;
    private final PasswordEncoder passwords;
    private final PupilSignIn signIn;
    private final SecondFactors secondFactors;
    private final Clock clock;

    public DemoSeeder(
            PlatformSettings settings,
            SchoolRepository schools,
            AccountRepository accounts,
            Guardianships guardianships,
            PasswordEncoder passwords,
            PupilSignIn signIn,
            SecondFactors secondFactors,
            Clock clock) {
        this.signIn = signIn;
        this.secondFactors = secondFactors;
        this.clock = clock;
        this.settings = settings;
        this.schools = schools;
        this.accounts = accounts;
        this.guardianships = guardianships;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!settings.seedDemo() || schools.countSchools() > 0) {
            return;
        }
        String hash = passwords.encode(DEMO_PASSWORD);
        List<Account> people = new ArrayList<>();
        people.add(account(
                "demo-admin", Role.SCHOOL_ADMIN, "Claire Dubois", "direction@tilleuls.demo", hash, "fr", List.of()));
        people.add(account(
                PLATFORM_ADMIN_ID,
                null,
                Role.PLATFORM_ADMIN,
                "Admin plateforme",
                "plateforme@classe-numerique.demo",
                hash,
                "fr",
                List.of()));
        people.add(account(
                "demo-teacher-martin",
                Role.TEACHER,
                "Thomas Martin",
                "t.martin@tilleuls.demo",
                hash,
                "fr",
                List.of(CLASS_P5, CLASS_P2)));
        people.add(account(
                "demo-teacher-peeters",
                Role.TEACHER,
                "Sofie Peeters",
                "s.peeters@tilleuls.demo",
                hash,
                "nl",
                List.of(CLASS_S1)));
        List<String> p5 = List.of("lea.d:Léa D.", "noah.m:Noah M.", "ines.b:Inès B.", "lucas.v:Lucas V.");
        List<String> s1 = List.of("emma.r:Emma R.", "adam.k:Adam K.", "zoe.l:Zoé L.");
        List<String> p2 = List.of("mia.t:Mia T.", "tom.b:Tom B.", "sara.e:Sara E.");
        List<String> p5Ids = pupils(people, p5, CLASS_P5, hash);
        List<String> s1Ids = pupils(people, s1, CLASS_S1, hash);
        List<String> p2Ids = pupils(people, p2, CLASS_P2, hash);
        people.add(account(
                "demo-parent-dumont",
                Role.PARENT,
                "Marc Dumont",
                "parent.dumont@tilleuls.demo",
                hash,
                "fr",
                List.of()));

        // Fixed ids and saves that replace: a start interrupted half-way seeds again without duplicates,
        // and the school, written last, marks the seed as done.
        schools.save(
                new SchoolClass(CLASS_P5, SCHOOL_ID, "5e primaire A", "P5", List.of("demo-teacher-martin"), p5Ids));
        schools.save(
                new SchoolClass(CLASS_S1, SCHOOL_ID, "1re secondaire B", "S1", List.of("demo-teacher-peeters"), s1Ids));
        schools.save(
                new SchoolClass(CLASS_P2, SCHOOL_ID, "2e primaire C", "P2", List.of("demo-teacher-martin"), p2Ids));
        people.forEach(accounts::save);
        people.stream()
                .filter(person -> person.role() == Role.TEACHER || person.role() == Role.SCHOOL_ADMIN)
                .forEach(person -> schools.addStaff(SCHOOL_ID, person.id()));
        guardianships.link("demo-parent-dumont", "demo-pupil-lea-d");
        CLASS_CODES.forEach(signIn::claimClassCode);
        for (int i = 0; i < p2Ids.size(); i++) {
            signIn.storeSecret(
                    p2Ids.get(i),
                    new PupilSignIn.NewSecret(
                            PupilSecret.Kind.PICTURES,
                            List.of(P2_PICTURES.get(i).split("\\+"))),
                    passwords::encode);
        }
        for (String pupilId : concat(p5Ids, s1Ids)) {
            signIn.storeSecret(
                    pupilId,
                    new PupilSignIn.NewSecret(PupilSecret.Kind.WORDS, List.of(WORD_SECRET.split("-"))),
                    passwords::encode);
        }
        String code = Totp.code(
                Totp.fromBase32(DEMO_SECOND_FACTOR_KEY),
                Totp.step(clock.instant().getEpochSecond()));
        for (Account admin : people) {
            if (SecondFactors.requiredFor(admin.role())) {
                Caller self = new Caller(
                        admin.id(), admin.schoolId(), admin.displayName(), Set.of(admin.role()), admin.language());
                secondFactors.confirm(self, DEMO_SECOND_FACTOR_KEY, code, false);
            }
        }
        schools.save(new School(SCHOOL_ID, "École des Tilleuls (démo)", List.of(CLASS_P5, CLASS_S1, CLASS_P2)));
        LOG.info("Demo school seeded: {} accounts; the README lists them", people.size());
    }

    /**
     * A start without the demo never has accounts whose passwords are published: a database that holds the
     * demo school is refused before the server listens.
     */
    @Override
    public void afterPropertiesSet() {
        if (!settings.seedDemo()
                && (schools.findSchool(SCHOOL_ID).isPresent()
                        || accounts.findById(PLATFORM_ADMIN_ID).isPresent())) {
            throw new IllegalStateException("This database holds the demo school, whose passwords are published in"
                    + " the README. Start it as the demo (without CN_DEMO_SEED=false), or use an empty database"
                    + " (another CN_DATA_DIR or MONGODB_URI) for real use.");
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<String> pupils(List<Account> people, List<String> pupils, String classId, String hash) {
        List<String> ids = new ArrayList<>();
        for (String pupil : pupils) {
            String[] parts = pupil.split(":");
            String id = "demo-pupil-" + parts[0].replace('.', '-');
            people.add(account(id, Role.PUPIL, parts[1], parts[0], hash, "fr", List.of(classId)));
            ids.add(id);
        }
        return ids;
    }

    private static Account account(
            String id, Role role, String name, String login, String hash, String language, List<String> classIds) {
        return account(id, SCHOOL_ID, role, name, login, hash, language, classIds);
    }

    private static Account account(
            String id,
            String schoolId,
            Role role,
            String name,
            String login,
            String hash,
            String language,
            List<String> classIds) {
        return new Account(id, schoolId, role, name, login, hash, Locale.forLanguageTag(language), classIds, true);
    }
}
