package be.classenumerique.core.people.domain;

import be.classenumerique.api.Role;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Someone who signs in. Pupils carry minimal personal data: a display name made of a first name and an
 * initial (or a pseudonym) and a login name chosen by the school, never an e-mail address.
 *
 * @param id stable id
 * @param schoolId the school; {@code null} for a platform admin
 * @param role what the person does
 * @param displayName the name shown to others
 * @param loginName what the person types to sign in: an e-mail for adults, a school-chosen name for
 *     pupils; stored lower-case and unique
 * @param passwordHash an adaptive hash (never the password)
 * @param language the language the person reads in
 * @param classIds classes taught (teacher) or attended (pupil)
 * @param active whether the account may sign in
 */
public record Account(
        String id,
        String schoolId,
        Role role,
        String displayName,
        String loginName,
        String passwordHash,
        Locale language,
        List<String> classIds,
        boolean active) {

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(displayName, "displayName");
        loginName = normalizeLoginName(loginName);
        Objects.requireNonNull(language, "language");
        classIds = List.copyOf(classIds);
    }

    /** @return this account with other classes */
    public Account withClassIds(List<String> newClassIds) {
        return new Account(id, schoolId, role, displayName, loginName, passwordHash, language, newClassIds, active);
    }

    /** @return this account under another name and language */
    public Account withProfile(String newDisplayName, Locale newLanguage) {
        return new Account(id, schoolId, role, newDisplayName, loginName, passwordHash, newLanguage, classIds, active);
    }

    /** @return this account with another password hash */
    public Account withPasswordHash(String newHash) {
        return new Account(id, schoolId, role, displayName, loginName, newHash, language, classIds, active);
    }

    /** @return this account, allowed or not to sign in */
    public Account withActive(boolean newActive) {
        return new Account(id, schoolId, role, displayName, loginName, passwordHash, language, classIds, newActive);
    }

    /**
     * @param caller who asks
     * @return whether the caller is an admin of this person's school, who may manage the person's account
     *     and answer privacy requests about them
     */
    public boolean administeredBy(be.classenumerique.api.Caller caller) {
        return caller.has(Role.SCHOOL_ADMIN) && schoolId != null && schoolId.equals(caller.schoolId());
    }

    /**
     * @param text as typed
     * @return whether it looks like an e-mail address an adult signs in with
     */
    public static boolean isEmailAddress(String text) {
        return text != null && EMAIL.matcher(text.strip()).matches();
    }

    /**
     * @param loginName as typed
     * @return the form it is stored and looked up in
     */
    public static String normalizeLoginName(String loginName) {
        return Objects.requireNonNull(loginName, "loginName").strip().toLowerCase(Locale.ROOT);
    }
}
