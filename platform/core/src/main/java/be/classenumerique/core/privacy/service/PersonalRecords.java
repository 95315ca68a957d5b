package be.classenumerique.core.privacy.service;

import be.classenumerique.api.privacy.PersonalDataProvider;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.attempts.service.Drafts;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.people.service.SecondFactors;
import be.classenumerique.core.progress.service.LearningEvents;
import be.classenumerique.core.schools.service.SchoolRepository;
import java.util.List;

/**
 * Every place the platform and its plugins keep something about a person: what a privacy request
 * exports and what an erasure clears. One list for both, so a new kind of record is never exported
 * without being erased, or the other way round.
 *
 * @param accounts the accounts
 * @param schools schools and classes, for class membership
 * @param attempts answers
 * @param drafts answers not yet sent
 * @param learningLog the learning events derived views read
 * @param signIn pupils' secrets and cards
 * @param secondFactors adults' second factors
 * @param guardianships parents' links and invitation codes
 * @param providers what plugins keep
 */
public record PersonalRecords(
        AccountRepository accounts,
        SchoolRepository schools,
        AttemptService attempts,
        Drafts drafts,
        LearningEvents learningLog,
        PupilSignIn signIn,
        SecondFactors secondFactors,
        Guardianships guardianships,
        List<PersonalDataProvider> providers) {

    public PersonalRecords {
        providers = List.copyOf(providers);
    }
}
