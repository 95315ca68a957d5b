package be.classenumerique.core.people.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.people.domain.Account;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may manage whose account (reset a password or a second factor, disable, erase, export). A school's
 * admin manages the school's teachers, admins and pupils. A parent's rights come from their children, not
 * from the school they signed up through: an admin manages a parent's account only when every child the
 * parent follows is in the admin's school; otherwise each school ends its own links, and the parent
 * manages their own account. One admin acting on another admin also needs a second one ({@link
 * SecondAdmin}).
 */
public final class AccountAuthority {

    private final AccountRepository accounts;
    private final Guardianships guardianships;

    public AccountAuthority(AccountRepository accounts, Guardianships guardianships) {
        this.accounts = accounts;
        this.guardianships = guardianships;
    }

    /**
     * @param caller who asks
     * @param personId a person
     * @return the person, when the caller is an admin who manages their account; never the caller
     */
    public Optional<Account> managedBy(Caller caller, String personId) {
        return accounts.findById(personId)
                .filter(person -> !person.id().equals(caller.accountId()))
                .filter(person -> manages(caller, person));
    }

    /**
     * @param caller who asks
     * @param person a person
     * @return whether the caller is an admin of the school the person's account belongs to
     */
    public boolean manages(Caller caller, Account person) {
        if (!person.administeredBy(caller)) {
            return false;
        }
        if (person.role() != Role.PARENT) {
            return true;
        }
        return guardianships.linkedForPrivacyRequest(person.id()).stream()
                .allMatch(child -> Objects.equals(child.schoolId(), caller.schoolId()));
    }
}
