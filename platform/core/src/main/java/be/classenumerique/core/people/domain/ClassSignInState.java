package be.classenumerique.core.people.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * How picture and word sign-in stands for one class, as its teacher sees it.
 *
 * @param pausedSince when too many wrong secrets paused it, if they did
 * @param wrongSecretsByPupil the wrong secrets since the class was last opened that no right one on the
 *     same tablet soon after made up for, by pupil id (a pupil tapped by whoever tried), most first
 * @param budget how many such wrong secrets pause the class
 * @since 0.3.0
 */
public record ClassSignInState(Optional<Instant> pausedSince, Map<String, Integer> wrongSecretsByPupil, int budget) {

    public ClassSignInState {
        wrongSecretsByPupil = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(wrongSecretsByPupil));
    }

    /** @return whether pupils of the class can sign in with their pictures or words now */
    public boolean open() {
        return pausedSince.isEmpty();
    }

    /** @return the wrong secrets counted against the class */
    public int wrongSecrets() {
        return wrongSecretsByPupil.values().stream().mapToInt(Integer::intValue).sum();
    }
}
