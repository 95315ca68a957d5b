package be.classenumerique.core.roster.domain;

import java.util.List;

/** The fields a roster import understands, each with the column headers school software commonly uses. */
public enum RosterField {
    /** The class, e.g. "5A" (required). */
    CLASS(true, List.of("classe", "class", "klas", "groupe", "group")),
    /** The class's FWB level, e.g. P5; needed only for classes the school does not have yet. */
    LEVEL(false, List.of("niveau", "level", "annee", "année", "leerjaar", "stufe")),
    /** The pupil's first name (required). */
    FIRST_NAME(true, List.of("prenom", "prénom", "first name", "firstname", "voornaam", "vorname")),
    /** The pupil's last name: only its initial is kept. */
    LAST_NAME(
            false,
            List.of("nom", "nom de famille", "last name", "lastname", "surname", "achternaam", "naam", "nachname")),
    /** Birth year, to tell apart two pupils with the same name. */
    BIRTH_YEAR(
            false,
            List.of(
                    "annee de naissance",
                    "année de naissance",
                    "naissance",
                    "birth year",
                    "geboortejaar",
                    "geburtsjahr")),
    /** The pupil's language: fr, nl, en or de. */
    LANGUAGE(false, List.of("langue", "language", "taal", "sprache")),
    /**
     * Parents' e-mail addresses, separated by commas or spaces: each new pupil's parents get an invitation
     * code by e-mail; the addresses are not kept.
     */
    PARENT_EMAILS(
            false,
            List.of(
                    "email parent",
                    "e-mail parent",
                    "email parents",
                    "e-mail parents",
                    "email des parents",
                    "e-mail des parents",
                    "courriel parent",
                    "courriel des parents",
                    "parent email",
                    "parents email",
                    "parent e-mail",
                    "e-mail ouders",
                    "email ouders",
                    "e-mail ouder",
                    "eltern e-mail",
                    "e-mail eltern")),
    /** The school software's id for the pupil, which makes re-imports exact. */
    EXTERNAL_ID(false, List.of("matricule", "id", "identifiant", "external id", "stamnummer", "schülernummer"));

    private final boolean required;
    private final List<String> headers;

    RosterField(boolean required, List<String> headers) {
        this.required = required;
        this.headers = headers;
    }

    /** @return whether every row needs it */
    public boolean required() {
        return required;
    }

    /** @return header names, lower case, that this field is recognised by */
    public List<String> headers() {
        return headers;
    }
}
