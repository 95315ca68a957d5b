package be.classenumerique.core.people.domain;

/**
 * A printed login card: whoever scans it signs in as the pupil, so it is handed out like a key and
 * replaced (which revokes the old one) when lost.
 *
 * @param pupilId the pupil
 * @param displayName the name printed on the card
 * @param className the class printed on the card
 * @param classCode the class code printed on the card, for signing in without the QR code
 * @param token the secret in the QR code's link; shown once, stored only as a hash
 */
public record LoginCard(String pupilId, String displayName, String className, String classCode, String token) {}
