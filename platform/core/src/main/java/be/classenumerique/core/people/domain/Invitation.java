package be.classenumerique.core.people.domain;

import java.time.Instant;

/**
 * A one-time code a school hands a parent, on paper or by e-mail, to follow one child.
 *
 * @param code the code to print, shown once; only its hash is stored
 * @param pupilId the child
 * @param childName the child's name, printed on the letter
 * @param schoolName the school's name, printed on the letter
 * @param expiresAt when the code stops working (14 days after it was made)
 */
public record Invitation(String code, String pupilId, String childName, String schoolName, Instant expiresAt) {}
