package be.classenumerique.api.privacy;

import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * Declares the personal data a plugin stores, so a school can answer privacy requests completely: an
 * export of everything about a person, and an erasure. Every plugin that stores anything about a person
 * (programs, answers, chat messages, LTI identifiers…) must provide one.
 *
 * <p>Contract: both methods are called by the platform on behalf of a school admin whose right to the
 * person was already checked; they must not check rights again, and must be idempotent.
 *
 * @since 0.1.0
 */
public interface PersonalDataProvider extends ExtensionPoint {

    /**
     * @return what this data is, e.g. {@code coding:programs}; the key of this provider's part of an export
     * @since 0.1.0
     */
    String category();

    /**
     * @param person whose data
     * @return everything stored about the person, as JSON-like values (maps, lists, texts, numbers,
     *     booleans); an empty map when nothing is stored
     * @since 0.1.0
     */
    Map<String, Object> export(PersonRef person);

    /**
     * Removes what identifies the person. Records that feed class statistics may be kept under the given
     * pseudonym instead of the person's id; everything else is deleted.
     *
     * @param person whose data
     * @param pseudonym a stable random id that replaces the person's id where a record is kept
     * @since 0.1.0
     */
    void erase(PersonRef person, String pseudonym);
}
