package be.classenumerique.core.people.service;

import be.classenumerique.api.Caller;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.ClassRoster;
import be.classenumerique.core.people.domain.LoginCard;
import be.classenumerique.core.people.domain.PupilSecret;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.Secrets;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bson.Document;

/**
 * Signing in without typing an e-mail or a password: a class code shown on the board, the pupil's name
 * to tap, then a picture or word secret; or a printed QR card. Codes and cards are read by their id.
 * Secrets are hashed by the caller's adaptive hasher; card tokens, being long and random, by SHA-256.
 */
public final class PupilSignIn {

    private static final int CODE_LENGTH = 6;
    private static final int TOKEN_BYTES = 24;
    private static final int SCHEMA_VERSION = 1;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    /** A secret chosen for a pupil, to tell them once; only its hash is kept. */
    public record NewSecret(PupilSecret.Kind kind, List<String> parts) {
        /** @return the normal form that is hashed */
        public String normalForm() {
            return kind == PupilSecret.Kind.PICTURES ? PupilSecret.pictures(parts) : String.join("-", parts);
        }
    }

    private final MongoCollection<Document> codes;
    private final MongoCollection<Document> classCodes;
    private final MongoCollection<Document> secrets;
    private final MongoCollection<Document> cards;
    private final MongoCollection<Document> currentCards;
    private final MongoCollection<Document> wrongSecrets;
    private final SchoolRepository schools;
    private final AccountRepository accounts;
    private final SecureRandom random;
    private final Clock clock;
    private final AuditLog audit;
    private final List<String> words;

    public PupilSignIn(
            DocumentStore store,
            SchoolRepository schools,
            AccountRepository accounts,
            SecureRandom random,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.codes = store.collection("class_codes");
        this.classCodes = store.collection("class_login_codes");
        this.secrets = store.collection("pupil_secrets");
        this.cards = store.collection("login_cards");
        this.currentCards = store.collection("pupil_current_cards");
        this.wrongSecrets = store.collection(ClassSignInGuard.FAILURES);
        this.schools = schools;
        this.accounts = accounts;
        this.random = random;
        this.clock = clock;
        this.words = loadWords();
    }

    /**
     * Gives a class its code, once: later calls return the same code.
     *
     * @param classId an existing class
     * @return its code, six characters from an alphabet without look-alikes
     */
    public String ensureClassCode(String classId) {
        Document existing = classCodes.find(new Document("_id", classId)).first();
        if (existing != null) {
            return existing.getString("code");
        }
        while (true) {
            String code = Secrets.code(random, CODE_LENGTH);
            try {
                // The code document is written first: its _id makes the code unique across classes.
                codes.insertOne(
                        new Document("_id", code).append("classId", classId).append("schemaVersion", SCHEMA_VERSION));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    continue;
                }
                throw e;
            }
            classCodes.insertOne(
                    new Document("_id", classId).append("code", code).append("schemaVersion", SCHEMA_VERSION));
            return code;
        }
    }

    /**
     * Gives a class a chosen code, for the demo school whose codes the README prints. Does nothing when
     * the class already has this code.
     *
     * @param classId the class
     * @param code an unused code
     * @throws MongoWriteException when another class holds the code
     */
    public void claimClassCode(String classId, String code) {
        Document existing = classCodes.find(new Document("_id", classId)).first();
        if (existing != null && code.equals(existing.getString("code"))) {
            return;
        }
        codes.replaceOne(
                new Document("_id", code).append("classId", classId),
                new Document("_id", code).append("classId", classId).append("schemaVersion", SCHEMA_VERSION),
                UPSERT);
        classCodes.replaceOne(
                new Document("_id", classId),
                new Document("_id", classId).append("code", code).append("schemaVersion", SCHEMA_VERSION),
                UPSERT);
    }

    /**
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @return its code
     * @throws NotFoundException when the caller may not manage the class
     */
    public String classCode(Caller caller, String classId) {
        return ensureClassCode(manageable(caller, classId).id());
    }

    /**
     * @param code a class code as typed (any case, spaces ignored)
     * @param locale the reader's language, for the order of names
     * @return the class and its pupils, when the code is known
     */
    public Optional<ClassRoster> roster(String code, Locale locale) {
        return classOfCode(code).map(schoolClass -> {
            Collator collator = Collator.getInstance(locale);
            collator.setStrength(Collator.SECONDARY);
            List<ClassRoster.Pupil> pupils = accounts.findAll(schoolClass.pupilIds()).stream()
                    .filter(Account::active)
                    .map(pupil -> new ClassRoster.Pupil(pupil.id(), pupil.displayName()))
                    .sorted(Comparator.comparing(ClassRoster.Pupil::displayName, collator))
                    .toList();
            return new ClassRoster(
                    schoolClass.id(), schoolClass.name(), PupilSecret.kindForLevel(schoolClass.level()), pupils);
        });
    }

    /**
     * Gives a class a new code at random; the old one stops working at once, on every tablet that
     * remembered it.
     *
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @return the new code
     * @throws NotFoundException when the caller may not manage the class
     */
    public String renewClassCode(Caller caller, String classId) {
        SchoolClass schoolClass = manageable(caller, classId);
        String old = ensureClassCode(schoolClass.id());
        while (true) {
            String code = Secrets.code(random, CODE_LENGTH);
            try {
                codes.insertOne(new Document("_id", code)
                        .append("classId", schoolClass.id())
                        .append("schemaVersion", SCHEMA_VERSION));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    continue;
                }
                throw e;
            }
            classCodes.replaceOne(
                    new Document("_id", schoolClass.id()),
                    new Document("_id", schoolClass.id()).append("code", code).append("schemaVersion", SCHEMA_VERSION),
                    UPSERT);
            codes.deleteOne(new Document("_id", old));
            audit.record(caller, schoolClass.schoolId(), "class.code.renew", schoolClass.id(), "");
            return code;
        }
    }

    /**
     * @param code a class code as typed (any case, spaces ignored)
     * @return the class of the current school year that has it
     */
    public Optional<SchoolClass> classOfCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normal = code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (normal.length() != CODE_LENGTH) {
            return Optional.empty();
        }
        // A class of a past year no longer opens with its code.
        return Optional.ofNullable(codes.find(new Document("_id", normal)).first())
                .flatMap(document -> schools.findClass(document.getString("classId")))
                .filter(schoolClass -> schools.findSchool(schoolClass.schoolId())
                        .map(school -> school.classIds().contains(schoolClass.id()))
                        .orElse(false));
    }

    /**
     * @param code a class code
     * @param pupilId a pupil tapped on the roster
     * @return the pupil, when active and in that class
     */
    public Optional<Account> pupilOfClass(String code, String pupilId) {
        return classOfCode(code)
                .filter(schoolClass -> schoolClass.pupilIds().contains(pupilId))
                .flatMap(schoolClass -> accounts.findById(pupilId))
                .filter(Account::active);
    }

    /**
     * @param pupilId a pupil
     * @return the adaptive hash of the pupil's secret, if one is set
     */
    public Optional<String> secretHash(String pupilId) {
        return Optional.ofNullable(secrets.find(new Document("_id", pupilId)).first())
                .map(document -> document.getString("hash"));
    }

    /**
     * What a privacy export says about a pupil's sign-in: the kind of secret and whether a card works,
     * never the secret, its hash or the card's token.
     *
     * @param pupilId the pupil
     * @return {@code secret} (kind or {@code none}) and {@code card} (whether a card is valid)
     */
    public java.util.Map<String, Object> signInFactsForPrivacyRequest(String pupilId) {
        Document secret = secrets.find(new Document("_id", pupilId)).first();
        return java.util.Map.of(
                "secret",
                secret == null ? "none" : secret.getString("kind"),
                "card",
                currentCards.find(new Document("_id", pupilId)).first() != null);
    }

    /**
     * Deletes a pupil's secret, login card and wrong secrets tried in their name; for an erasure whose
     * rights the caller already checked.
     *
     * @param pupilId the pupil
     */
    public void forgetForErasure(String pupilId) {
        secrets.deleteOne(new Document("_id", pupilId));
        Document card = currentCards.find(new Document("_id", pupilId)).first();
        if (card != null) {
            cards.deleteOne(new Document("_id", card.getString("cardId")));
        }
        currentCards.deleteOne(new Document("_id", pupilId));
        wrongSecrets.deleteMany(new Document("pupilId", pupilId));
    }

    /**
     * Chooses a new secret for a pupil at random, replacing the old one at once.
     *
     * @param caller a teacher of the pupil's class or an admin of its school
     * @param pupilId the pupil
     * @param hasher the adaptive hash to keep
     * @return the secret, to tell the pupil now; it cannot be read back later
     * @throws NotFoundException when the caller may not manage the pupil's class
     */
    public NewSecret resetSecret(Caller caller, String pupilId, UnaryOperator<String> hasher) {
        SchoolClass schoolClass = classOfPupil(caller, pupilId);
        NewSecret secret = randomSecret(PupilSecret.kindForLevel(schoolClass.level()));
        storeSecret(pupilId, secret, hasher);
        audit.record(caller, schoolClass.schoolId(), "pupil.secret.reset", pupilId, "");
        return secret;
    }

    /**
     * Sets a known secret, for the demo school's seed.
     *
     * @param pupilId the pupil
     * @param secret the secret
     * @param hasher the adaptive hash to keep
     */
    public void storeSecret(String pupilId, NewSecret secret, UnaryOperator<String> hasher) {
        secrets.replaceOne(
                new Document("_id", pupilId),
                new Document("_id", pupilId)
                        .append("kind", secret.kind().name())
                        .append("hash", hasher.apply(secret.normalForm()))
                        .append("changedAt", clock.instant().toString())
                        .append("schemaVersion", SCHEMA_VERSION),
                UPSERT);
    }

    /**
     * Prints new cards for every pupil of a class; each pupil's previous card stops working.
     *
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @return one card per active pupil, alphabetical
     */
    public List<LoginCard> issueCards(Caller caller, String classId) {
        SchoolClass schoolClass = manageable(caller, classId);
        String code = ensureClassCode(schoolClass.id());
        audit.record(caller, schoolClass.schoolId(), "class.cards.issue", schoolClass.id(), "");
        List<LoginCard> issued = new ArrayList<>();
        for (var pupil : roster(code, caller.locale()).orElseThrow().pupils()) {
            issued.add(newCard(schoolClass, code, pupil));
        }
        return issued;
    }

    /**
     * Prints a new card for one pupil, e.g. when theirs is lost: only their previous card stops working.
     *
     * @param caller a teacher of the pupil's class or an admin of its school
     * @param pupilId the pupil
     * @return the card
     * @throws NotFoundException when the caller may not manage the pupil's class
     */
    public LoginCard issueCard(Caller caller, String pupilId) {
        SchoolClass schoolClass = classOfPupil(caller, pupilId);
        String code = ensureClassCode(schoolClass.id());
        audit.record(caller, schoolClass.schoolId(), "pupil.card.issue", pupilId, "");
        ClassRoster.Pupil pupil = roster(code, caller.locale()).orElseThrow().pupils().stream()
                .filter(candidate -> candidate.id().equals(pupilId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("pupil"));
        return newCard(schoolClass, code, pupil);
    }

    /**
     * Ends one pupil's card, leaving every other card of the class working.
     *
     * @param caller a teacher of the pupil's class or an admin of its school
     * @param pupilId the pupil
     * @throws NotFoundException when the caller may not manage the pupil's class
     */
    public void revokeCard(Caller caller, String pupilId) {
        SchoolClass schoolClass = classOfPupil(caller, pupilId);
        Document current = currentCards.findOneAndDelete(new Document("_id", pupilId));
        if (current != null) {
            cards.deleteOne(new Document("_id", current.getString("cardId")));
        }
        audit.record(caller, schoolClass.schoolId(), "pupil.card.revoke", pupilId, "");
    }

    /**
     * @param token the token from a card's link, possibly forged
     * @return the pupil, when the card is the pupil's current one, the pupil is active and still in the
     *     class of this school year the card was printed for
     */
    public Optional<Account> pupilByCard(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        Document card = cards.find(new Document("_id", Secrets.sha256(token))).first();
        if (card == null || card.getString("classId") == null) {
            return Optional.empty();
        }
        String pupilId = card.getString("pupilId");
        boolean stillInClass = schools.findClass(card.getString("classId"))
                .filter(schoolClass -> schoolClass.pupilIds().contains(pupilId))
                .filter(schoolClass -> schools.findSchool(schoolClass.schoolId())
                        .map(school -> school.classIds().contains(schoolClass.id()))
                        .orElse(false))
                .isPresent();
        return stillInClass ? accounts.findById(pupilId).filter(Account::active) : Optional.empty();
    }

    private LoginCard newCard(SchoolClass schoolClass, String code, ClassRoster.Pupil pupil) {
        String token = randomToken();
        Document previous = currentCards.find(new Document("_id", pupil.id())).first();
        cards.insertOne(new Document("_id", Secrets.sha256(token))
                .append("pupilId", pupil.id())
                .append("classId", schoolClass.id())
                .append("issuedAt", clock.instant().toString())
                .append("schemaVersion", SCHEMA_VERSION));
        currentCards.replaceOne(
                new Document("_id", pupil.id()),
                new Document("_id", pupil.id())
                        .append("cardId", Secrets.sha256(token))
                        .append("schemaVersion", SCHEMA_VERSION),
                UPSERT);
        if (previous != null) {
            cards.deleteOne(new Document("_id", previous.getString("cardId")));
        }
        return new LoginCard(pupil.id(), pupil.displayName(), schoolClass.name(), code, token);
    }

    private SchoolClass manageable(Caller caller, String classId) {
        return schools.findClass(classId)
                .filter(schoolClass -> ClassService.canReadAllWork(caller, schoolClass))
                .orElseThrow(() -> new NotFoundException("class"));
    }

    private SchoolClass classOfPupil(Caller caller, String pupilId) {
        return accounts.findById(pupilId).stream()
                .flatMap(pupil -> pupil.classIds().stream())
                .map(schools::findClass)
                .flatMap(Optional::stream)
                .filter(schoolClass -> schoolClass.pupilIds().contains(pupilId))
                .filter(schoolClass -> ClassService.canReadAllWork(caller, schoolClass))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("pupil"));
    }

    private NewSecret randomSecret(PupilSecret.Kind kind) {
        List<String> pool = kind == PupilSecret.Kind.PICTURES ? PupilSecret.PICTURES : words;
        String first = pool.get(random.nextInt(pool.size()));
        String second;
        do {
            second = pool.get(random.nextInt(pool.size()));
        } while (second.equals(first));
        return new NewSecret(kind, List.of(first, second));
    }

    private String randomToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static List<String> loadWords() {
        try (InputStream in = PupilSignIn.class.getResourceAsStream("secret-words-fr.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
