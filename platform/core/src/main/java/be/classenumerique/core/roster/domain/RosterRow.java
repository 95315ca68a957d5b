package be.classenumerique.core.roster.domain;

import java.util.List;

/**
 * One pupil of an import, checked: what will be written, or why the line cannot be.
 *
 * @param line the line in the file
 * @param className the class
 * @param level the class's level, when given
 * @param firstName the first name
 * @param lastNameInitial the last name's initial, or empty
 * @param birthYear the birth year, or 0
 * @param language the language code
 * @param key what identifies the pupil across imports (external id, else name, class and birth year)
 * @param parentEmails the parents' addresses to invite, never stored
 * @param problems message keys of what is wrong; empty when the line can be imported
 */
public record RosterRow(
        int line,
        String className,
        String level,
        String firstName,
        String lastNameInitial,
        int birthYear,
        String language,
        String key,
        List<String> parentEmails,
        List<String> problems) {

    public RosterRow {
        parentEmails = List.copyOf(parentEmails);
        problems = List.copyOf(problems);
    }

    /** @return whether the line can be imported */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** @return the name the platform shows: first name and initial */
    public String displayName() {
        return lastNameInitial.isEmpty() ? firstName : firstName + " " + lastNameInitial + ".";
    }
}
