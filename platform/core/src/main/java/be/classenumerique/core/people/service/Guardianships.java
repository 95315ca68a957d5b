package be.classenumerique.core.people.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.ClaimOutcome;
import be.classenumerique.core.people.domain.Invitation;
import be.classenumerique.core.people.domain.InvitationCode;
import be.classenumerique.core.people.domain.PendingGuardianship;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.schools.service.SchoolAdmins;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.Secrets;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;

/**
 * Who follows which child. A parent follows a pupil through a guardianship made by claiming a
 * one-time invitation code from the school (valid 14 days, single use); a pupil may have several
 * guardians; the school may end a guardianship. One document per parent and one per pupil, each read
 * by its id, are kept in step.
 */
public final class Guardianships {

    /** How long an invitation code works. */
    public static final Duration VALIDITY = Duration.ofDays(14);

    private static final int CODE_LENGTH = 12;
    private static final int SCHEMA_VERSION = 1;

    private final MongoCollection<Document> byParent;
    private final MongoCollection<Document> byPupil;
    private final MongoCollection<Document> invitations;
    private final MongoCollection<Document> claims;
    private final MongoCollection<Document> pending;
    private final MongoCollection<Document> settings;
    private final SchoolRepository schools;
    private final AccountRepository accounts;
    private final SecureRandom random;
    private final Clock clock;
    private final AuditLog audit;

    public Guardianships(
            DocumentStore store,
            SchoolRepository schools,
            AccountRepository accounts,
            SecureRandom random,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.byParent = store.collection("guardianships");
        this.byPupil = store.collection("pupil_guardians");
        this.invitations = store.collection("guardian_invitations");
        this.claims = store.collection("guardian_invitation_claims");
        this.pending = store.collection("guardian_pending");
        this.settings = store.collection("school_guardianship_settings");
        this.schools = schools;
        this.accounts = accounts;
        this.random = random;
        this.clock = clock;
    }

    /**
     * Makes an invitation code for a pupil's parent; the pupil's earlier codes that nobody used stop
     * working, so only the latest letter or e-mail counts.
     *
     * @param caller a teacher of the pupil's class or an admin of the pupil's school
     * @param pupilId the pupil
     * @return the invitation, with its code in clear for the letter
     * @throws NotFoundException when the caller may not manage the pupil
     */
    public Invitation invite(Caller caller, String pupilId) {
        Account pupil = manageablePupil(caller, pupilId);
        String printed = Secrets.grouped(random);
        String code = normalize(printed);
        Instant expiresAt = clock.instant().plus(VALIDITY);
        invitations.updateMany(
                new Document("pupilId", pupil.id()).append("usedAt", null).append("replacedAt", null),
                new Document("$set", new Document("replacedAt", clock.instant().toString())));
        invitations.insertOne(new Document("_id", Secrets.sha256(code))
                .append("pupilId", pupil.id())
                .append("schoolId", pupil.schoolId())
                .append("issuedBy", caller.accountId())
                .append("issuedAt", clock.instant().toString())
                .append("expiresAt", expiresAt.toString())
                .append("usedAt", null)
                .append("usedBy", null)
                .append("schemaVersion", SCHEMA_VERSION));
        audit.record(caller, pupil.schoolId(), "pupil.invitation.create", pupil.id(), "");
        String schoolName = schools.findSchool(pupil.schoolId())
                .map(school -> school.name())
                .orElse("");
        return new Invitation(printed, pupil.id(), pupil.displayName(), schoolName, expiresAt);
    }

    /**
     * Links a parent to the child of an invitation code, once.
     *
     * @param caller a parent
     * @param typedCode the code as typed (any case, spaces and dashes ignored)
     * @return whether it linked, and if not, why; nothing changes unless it linked
     */
    public ClaimOutcome claim(Caller caller, String typedCode) {
        if (!caller.has(Role.PARENT)) {
            return ClaimOutcome.refused(ClaimOutcome.Status.UNKNOWN);
        }
        Optional<ClaimOutcome.Status> problem = problemWith(typedCode);
        if (problem.isPresent()) {
            return ClaimOutcome.refused(problem.get());
        }
        // The first claim to insert under the code's id wins; a unique _id is exact on every store,
        // where a conditional update would scan the collection on the embedded one.
        String id = idOf(typedCode);
        try {
            claims.insertOne(new Document("_id", id)
                    .append("usedBy", caller.accountId())
                    .append("usedAt", clock.instant().toString())
                    .append("schemaVersion", SCHEMA_VERSION));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return ClaimOutcome.refused(ClaimOutcome.Status.USED);
            }
            throw e;
        }
        Document invitation = invitations.findOneAndUpdate(
                new Document("_id", id),
                new Document(
                        "$set",
                        new Document("usedAt", clock.instant().toString()).append("usedBy", caller.accountId())));
        String pupilId = invitation.getString("pupilId");
        String schoolId = invitation.getString("schoolId");
        Optional<String> childName = accounts.findById(pupilId).map(Account::displayName);
        if (approvalRequired(schoolId)) {
            pending.insertOne(new Document("_id", id)
                    .append("parentId", caller.accountId())
                    .append("pupilId", pupilId)
                    .append("schoolId", schoolId)
                    .append("issuedBy", invitation.getString("issuedBy"))
                    .append("claimedAt", clock.instant().toString())
                    .append("schemaVersion", SCHEMA_VERSION));
            audit.record(caller, schoolId, "guardianship.claim.pending", pupilId, "");
            return new ClaimOutcome(ClaimOutcome.Status.PENDING, childName);
        }
        link(caller.accountId(), pupilId);
        audit.record(caller, schoolId, "guardianship.claim", pupilId, "");
        return new ClaimOutcome(ClaimOutcome.Status.LINKED, childName);
    }

    /**
     * @param caller a parent
     * @return the children whose link the parent asked for and a school has still to approve, by name
     */
    public List<String> pendingChildrenOf(Caller caller) {
        if (!caller.has(Role.PARENT)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (Document claim : pending.find(new Document("parentId", caller.accountId()))) {
            names.add(nameOf(claim.getString("pupilId")));
        }
        return names;
    }

    /**
     * @param schoolId a school
     * @return whether an admin approves each parent's link to a child before it counts
     */
    public boolean approvalRequired(String schoolId) {
        Document setting = settings.find(new Document("_id", schoolId)).first();
        return setting != null && setting.getBoolean("approveEachLink", false);
    }

    /**
     * Decides whether an admin approves each parent's link to a child: a code alone, which any teacher
     * can print, then links nobody.
     *
     * @param caller an admin of the school
     * @param required whether each link waits for approval
     * @throws NotFoundException for anyone but a school admin
     */
    public void requireApproval(Caller caller, boolean required) {
        String schoolId = SchoolAdmins.schoolOf(caller, schools).id();
        settings.replaceOne(
                new Document("_id", schoolId),
                new Document("_id", schoolId)
                        .append("approveEachLink", required)
                        .append("schemaVersion", SCHEMA_VERSION),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
        audit.record(caller, schoolId, "school.guardianship-approval.change", schoolId, String.valueOf(required));
    }

    /**
     * @param caller an admin of the school
     * @return the links parents asked for with a code and the school has not decided on, oldest first
     * @throws NotFoundException for anyone but a school admin
     */
    public List<PendingGuardianship> pending(Caller caller) {
        String schoolId = SchoolAdmins.schoolOf(caller, schools).id();
        List<PendingGuardianship> waiting = new ArrayList<>();
        for (Document claim : pending.find(new Document("schoolId", schoolId))) {
            Optional<Account> parent = accounts.findById(claim.getString("parentId"));
            Optional<Account> pupil = accounts.findById(claim.getString("pupilId"));
            if (parent.isEmpty() || pupil.isEmpty()) {
                continue;
            }
            waiting.add(new PendingGuardianship(
                    claim.getString("_id"),
                    parent.get().displayName(),
                    parent.get().loginName(),
                    pupil.get().displayName(),
                    nameOf(claim.getString("issuedBy")),
                    Instant.parse(claim.getString("claimedAt"))));
        }
        waiting.sort(java.util.Comparator.comparing(PendingGuardianship::claimedAt));
        return waiting;
    }

    /**
     * Approves or refuses a parent's link; a refused parent's code stays spent.
     *
     * @param caller an admin of the school
     * @param claimId a pending link
     * @param approved whether the parent now follows the child
     * @throws NotFoundException for anyone but an admin of the link's school
     */
    public void decide(Caller caller, String claimId, boolean approved) {
        String schoolId = SchoolAdmins.schoolOf(caller, schools).id();
        Document claim = pending.findOneAndDelete(new Document("_id", claimId).append("schoolId", schoolId));
        if (claim == null) {
            throw new NotFoundException("pending guardianship");
        }
        String pupilId = claim.getString("pupilId");
        if (approved) {
            link(claim.getString("parentId"), pupilId);
        }
        audit.record(
                caller,
                schoolId,
                approved ? "guardianship.approve" : "guardianship.refuse",
                pupilId,
                claim.getString("parentId"));
    }

    /**
     * @param caller an admin of the school
     * @return the school's invitation codes of the last 90 days, newest first: who made them and what
     *     became of them, never the codes
     * @throws NotFoundException for anyone but a school admin
     */
    public List<InvitationCode> codes(Caller caller) {
        String schoolId = SchoolAdmins.schoolOf(caller, schools).id();
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(90));
        List<InvitationCode> codes = new ArrayList<>();
        for (Document invitation : invitations.find(new Document("schoolId", schoolId))) {
            Instant issuedAt = Instant.parse(invitation.getString("issuedAt"));
            if (issuedAt.isBefore(since)) {
                continue;
            }
            Instant expiresAt = Instant.parse(invitation.getString("expiresAt"));
            String usedBy = invitation.getString("usedBy");
            InvitationCode.State state;
            if (usedBy != null) {
                state = pending.find(new Document("_id", invitation.getString("_id")))
                                        .first()
                                != null
                        ? InvitationCode.State.PENDING
                        : InvitationCode.State.USED;
            } else if (invitation.get("replacedAt") != null) {
                state = InvitationCode.State.REPLACED;
            } else {
                state = now.isBefore(expiresAt) ? InvitationCode.State.UNUSED : InvitationCode.State.EXPIRED;
            }
            codes.add(new InvitationCode(
                    nameOf(invitation.getString("pupilId")),
                    nameOf(invitation.getString("issuedBy")),
                    issuedAt,
                    expiresAt,
                    state,
                    Optional.ofNullable(usedBy).map(this::nameOf)));
        }
        codes.sort(java.util.Comparator.comparing(InvitationCode::issuedAt).reversed());
        audit.record(caller, schoolId, "school.invitations.read", schoolId, "");
        return codes;
    }

    private String nameOf(String accountId) {
        return accountId == null
                ? ""
                : accounts.findById(accountId).map(Account::displayName).orElse("");
    }

    /**
     * Checks a code without using it, so a sign-up form can refuse a bad code before creating an account.
     *
     * @param typedCode the code as typed
     * @return why the code cannot be claimed, or empty when it can
     */
    public Optional<ClaimOutcome.Status> problemWith(String typedCode) {
        String code = normalize(typedCode);
        Document invitation = code.length() == CODE_LENGTH
                ? invitations.find(new Document("_id", Secrets.sha256(code))).first()
                : null;
        if (invitation == null) {
            return Optional.of(ClaimOutcome.Status.UNKNOWN);
        }
        if (invitation.get("usedAt") != null) {
            return Optional.of(ClaimOutcome.Status.USED);
        }
        if (invitation.get("replacedAt") != null) {
            return Optional.of(ClaimOutcome.Status.REPLACED);
        }
        return clock.instant().isBefore(Instant.parse(invitation.getString("expiresAt")))
                ? Optional.empty()
                : Optional.of(ClaimOutcome.Status.EXPIRED);
    }

    /**
     * @param typedCode a code that {@link #problemWith} accepted
     * @return the school of the code's pupil, for the parent's account
     */
    public Optional<String> schoolOfCode(String typedCode) {
        String code = normalize(typedCode);
        return Optional.ofNullable(invitations
                        .find(new Document("_id", Secrets.sha256(code)))
                        .first())
                .map(invitation -> invitation.getString("schoolId"));
    }

    /** Links a parent to a pupil directly, for the demo seed and roster imports; linking twice changes nothing. */
    public void link(String parentId, String pupilId) {
        byParent.updateOne(
                new Document("_id", parentId),
                new Document("$addToSet", new Document("pupilIds", pupilId))
                        .append("$set", new Document("schemaVersion", SCHEMA_VERSION)),
                new UpdateOptions().upsert(true));
        byPupil.updateOne(
                new Document("_id", pupilId),
                new Document("$addToSet", new Document("parentIds", parentId))
                        .append("$set", new Document("schemaVersion", SCHEMA_VERSION)),
                new UpdateOptions().upsert(true));
    }

    /**
     * Ends a guardianship.
     *
     * @param caller an admin of the pupil's school
     * @param parentId the parent
     * @param pupilId the pupil
     * @throws NotFoundException when the caller is not an admin of the pupil's school
     */
    public void revoke(Caller caller, String parentId, String pupilId) {
        Account pupil = accounts.findById(pupilId)
                .filter(found ->
                        caller.has(Role.SCHOOL_ADMIN) && found.schoolId().equals(caller.schoolId()))
                .orElseThrow(() -> new NotFoundException("pupil"));
        byParent.updateOne(new Document("_id", parentId), new Document("$pull", new Document("pupilIds", pupil.id())));
        byPupil.updateOne(new Document("_id", pupil.id()), new Document("$pull", new Document("parentIds", parentId)));
        audit.record(caller, pupil.schoolId(), "guardianship.revoke", pupil.id(), parentId);
    }

    /**
     * @param caller a parent
     * @return the pupils the parent follows through a live guardianship; nothing for anyone else
     */
    public List<Account> childrenOf(Caller caller) {
        if (!caller.has(Role.PARENT)) {
            return List.of();
        }
        Document document =
                byParent.find(new Document("_id", caller.accountId())).first();
        List<Account> children =
                accounts.findAll(document == null ? List.of() : document.getList("pupilIds", String.class, List.of()));
        children.forEach(child -> audit.record(caller, child.schoolId(), "pupil.read", child.id(), ""));
        return children;
    }

    /**
     * @param caller a teacher of the pupil's class or an admin of its school
     * @param pupilId the pupil
     * @return the pupil's guardians
     */
    public List<Account> guardiansOf(Caller caller, String pupilId) {
        Account pupil = manageablePupil(caller, pupilId);
        audit.record(caller, pupil.schoolId(), "pupil.guardians.read", pupilId, "");
        Document document = byPupil.find(new Document("_id", pupilId)).first();
        return accounts.findAll(document == null ? List.of() : document.getList("parentIds", String.class, List.of()));
    }

    /**
     * The people linked to someone by a guardianship, for a privacy request whose rights the caller already
     * checked: a parent's children, or a pupil's guardians.
     *
     * @param personId a parent or a pupil
     * @return the linked people
     */
    public List<Account> linkedForPrivacyRequest(String personId) {
        Document asParent = byParent.find(new Document("_id", personId)).first();
        Document asPupil = byPupil.find(new Document("_id", personId)).first();
        List<String> ids = new java.util.ArrayList<>();
        if (asParent != null) {
            ids.addAll(asParent.getList("pupilIds", String.class, List.of()));
        }
        if (asPupil != null) {
            ids.addAll(asPupil.getList("parentIds", String.class, List.of()));
        }
        return accounts.findAll(ids);
    }

    /**
     * Ends every guardianship of a person, deletes the invitation codes and pending links for them, and
     * takes their id off the codes they made or used; for an erasure whose rights the caller already
     * checked. Scans the invitations: erasures are rare.
     *
     * @param personId a parent or a pupil
     */
    public void forgetForErasure(String personId) {
        for (Account linked : linkedForPrivacyRequest(personId)) {
            byParent.updateOne(
                    new Document("_id", linked.id()), new Document("$pull", new Document("pupilIds", personId)));
            byPupil.updateOne(
                    new Document("_id", linked.id()), new Document("$pull", new Document("parentIds", personId)));
        }
        byParent.deleteOne(new Document("_id", personId));
        byPupil.deleteOne(new Document("_id", personId));
        invitations.deleteMany(new Document("pupilId", personId));
        pending.deleteMany(new Document("pupilId", personId));
        pending.deleteMany(new Document("parentId", personId));
        // The codes' history keeps that a code was made and used, not by whom.
        invitations.updateMany(new Document("usedBy", personId), new Document("$set", new Document("usedBy", "")));
        invitations.updateMany(new Document("issuedBy", personId), new Document("$set", new Document("issuedBy", "")));
        claims.updateMany(new Document("usedBy", personId), new Document("$set", new Document("usedBy", "")));
    }

    private Account manageablePupil(Caller caller, String pupilId) {
        Account pupil = accounts.findById(pupilId)
                .filter(found -> found.role() == Role.PUPIL)
                .orElseThrow(() -> new NotFoundException("pupil"));
        boolean allowed = pupil.classIds().stream()
                .map(schools::findClass)
                .flatMap(Optional::stream)
                .filter(schoolClass -> schoolClass.pupilIds().contains(pupilId))
                .anyMatch(schoolClass -> ClassService.canReadAllWork(caller, schoolClass));
        if (!allowed) {
            throw new NotFoundException("pupil");
        }
        return pupil;
    }

    /**
     * @param typedCode an invitation code as typed
     * @return one id for every way of typing it (any case, spaces and dashes ignored), never the code
     */
    public static String idOf(String typedCode) {
        return Secrets.sha256(normalize(typedCode));
    }

    private static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]+", "").toUpperCase(Locale.ROOT);
    }
}
