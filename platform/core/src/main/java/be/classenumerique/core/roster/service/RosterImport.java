package be.classenumerique.core.roster.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.text.DirectionControls;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.roster.domain.RosterField;
import be.classenumerique.core.roster.domain.RosterFile;
import be.classenumerique.core.roster.domain.RosterRow;
import be.classenumerique.core.schools.domain.Levels;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolAdmins;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.shared.Secrets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Imports pupils (and the classes they are in) from a roster file, all or nothing: every line is checked
 * first, and nothing is written while a line has a problem, unless the admin chooses to leave those lines
 * out. Ids are derived from the school and the pupil's key, so importing the same file again adds nobody,
 * and an import interrupted half-way is completed by running it again.
 */
public final class RosterImport {

    private static final Set<String> LANGUAGES = Set.of("fr", "nl", "en", "de");
    private static final int MAX_NAME = 100;
    private static final int ACCOUNT_BATCH = 500;

    /** A checked import, ready to apply. */
    public record Preview(
            String schoolId, List<RosterRow> rows, int newPupils, int knownPupils, List<String> newClasses) {

        public Preview {
            rows = List.copyOf(rows);
            newClasses = List.copyOf(newClasses);
        }

        /** @return the lines with a problem */
        public List<RosterRow> invalid() {
            return rows.stream().filter(row -> !row.valid()).toList();
        }
    }

    /**
     * What an applied import did.
     *
     * @param parentsToInvite for each pupil added by this import, the parents' addresses from the file, to
     *     send invitation codes to; pupils already there get none, so importing again mails nobody
     */
    public record Report(
            int pupilsAdded,
            int pupilsAlreadyThere,
            int classesCreated,
            int linesLeftOut,
            Map<String, List<String>> parentsToInvite) {

        public Report {
            parentsToInvite = Map.copyOf(parentsToInvite);
        }
    }

    /** Most parents' addresses one line may give. */
    static final int MAX_PARENT_EMAILS = 4;

    private final SchoolRepository schools;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    public RosterImport(SchoolRepository schools, AccountRepository accounts, AuditLog audit, Clock clock) {
        this.schools = schools;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Guesses which column holds which field from the header's names.
     *
     * @param header the file's header cells
     * @return the column index of each recognised field
     */
    public Map<RosterField, Integer> guessMapping(List<String> header) {
        Map<RosterField, Integer> mapping = new EnumMap<>(RosterField.class);
        for (int column = 0; column < header.size(); column++) {
            String name = plain(header.get(column));
            for (RosterField field : RosterField.values()) {
                if (!mapping.containsKey(field)
                        && field.headers().stream().map(RosterImport::plain).anyMatch(name::equals)) {
                    mapping.put(field, column);
                    break;
                }
            }
        }
        return mapping;
    }

    /**
     * Checks every line against the school as it is now. Writes nothing.
     *
     * @param caller an admin of the school
     * @param file the file as read
     * @param mapping which column holds which field
     * @return every line, checked
     * @throws NotFoundException for anyone but a school admin
     * @throws RefusedException when a required field has no column
     */
    public Preview check(Caller caller, RosterFile file, Map<RosterField, Integer> mapping) {
        School school = adminSchool(caller);
        for (RosterField field : RosterField.values()) {
            if (field.required() && !mapping.containsKey(field)) {
                throw new RefusedException("import.mapping.missing", field.name());
            }
        }
        Map<String, SchoolClass> classesByName = new HashMap<>();
        Set<String> knownPupilIds = new HashSet<>();
        for (String classId : school.classIds()) {
            schools.findClass(classId).ifPresent(schoolClass -> {
                classesByName.put(plain(schoolClass.name()), schoolClass);
                knownPupilIds.addAll(schoolClass.pupilIds());
            });
        }
        List<RosterRow> rows = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        Map<String, Integer> namesInClass = new HashMap<>();
        Map<String, String> newClassLevels = new LinkedHashMap<>();
        int newPupils = 0;
        int knownPupils = 0;
        for (RosterFile.Line line : file.rows()) {
            RosterRow row = checkLine(line, mapping, classesByName, newClassLevels);
            List<String> problems = new ArrayList<>(row.problems());
            Integer earlier = keys.putIfAbsent(row.key(), line.number());
            if (earlier != null && !row.key().isEmpty()) {
                problems.add("import.row.duplicate");
            }
            String nameKey = plain(row.className()) + "|" + plain(row.displayName());
            Integer sameName = namesInClass.putIfAbsent(nameKey, line.number());
            if (sameName != null && earlier == null) {
                problems.add("import.row.same-name");
            }
            RosterRow checked = new RosterRow(
                    row.line(),
                    row.className(),
                    row.level(),
                    row.firstName(),
                    row.lastNameInitial(),
                    row.birthYear(),
                    row.language(),
                    row.key(),
                    row.parentEmails(),
                    problems);
            rows.add(checked);
            if (checked.valid()) {
                if (knownPupilIds.contains(pupilId(school.id(), checked.key()))) {
                    knownPupils++;
                } else {
                    newPupils++;
                }
            }
        }
        return new Preview(school.id(), rows, newPupils, knownPupils, List.copyOf(newClassLevels.keySet()));
    }

    /**
     * Writes a checked import.
     *
     * @param caller an admin of the school the preview was made for
     * @param preview the checked lines
     * @param leaveOutInvalid whether the admin chose to leave out the lines with a problem
     * @return what was written
     * @throws RefusedException when a line has a problem and the admin did not choose to leave it out
     */
    public Report apply(Caller caller, Preview preview, boolean leaveOutInvalid) {
        School school = adminSchool(caller);
        if (!school.id().equals(preview.schoolId())) {
            throw new NotFoundException("school");
        }
        int invalid = preview.invalid().size();
        if (invalid > 0 && !leaveOutInvalid) {
            throw new RefusedException("import.refused.invalid", invalid + " lines have problems");
        }
        Map<String, SchoolClass> classesByName = new HashMap<>();
        school.classIds()
                .forEach(classId -> schools.findClass(classId)
                        .ifPresent(schoolClass -> classesByName.put(plain(schoolClass.name()), schoolClass)));
        Map<String, List<String>> pupilsByClass = new LinkedHashMap<>();
        Map<String, List<String>> parentsToInvite = new LinkedHashMap<>();
        List<Account> newAccounts = new ArrayList<>();
        int classesCreated = 0;
        int added = 0;
        int already = 0;
        for (RosterRow row : preview.rows()) {
            if (!row.valid()) {
                continue;
            }
            SchoolClass schoolClass = classesByName.get(plain(row.className()));
            if (schoolClass == null) {
                schoolClass = new SchoolClass(
                        classId(school.id(), row.className()),
                        school.id(),
                        row.className(),
                        row.level(),
                        List.of(),
                        List.of());
                schools.save(schoolClass);
                schools.addClass(school.id(), schoolClass.id());
                classesByName.put(plain(row.className()), schoolClass);
                classesCreated++;
            }
            String id = pupilId(school.id(), row.key());
            if (schoolClass.pupilIds().contains(id) || accounts.findById(id).isPresent()) {
                already++;
            } else {
                added++;
                newAccounts.add(new Account(
                        id,
                        school.id(),
                        Role.PUPIL,
                        row.displayName(),
                        "pupil-" + id,
                        null,
                        Locale.forLanguageTag(row.language()),
                        List.of(schoolClass.id()),
                        true));
                if (!row.parentEmails().isEmpty()) {
                    parentsToInvite.put(id, row.parentEmails());
                }
            }
            pupilsByClass
                    .computeIfAbsent(schoolClass.id(), ignored -> new ArrayList<>())
                    .add(id);
        }
        for (int from = 0; from < newAccounts.size(); from += ACCOUNT_BATCH) {
            accounts.saveAll(newAccounts.subList(from, Math.min(newAccounts.size(), from + ACCOUNT_BATCH)));
        }
        pupilsByClass.forEach(schools::addPupils);
        audit.record(caller, school.id(), "roster.import", school.id(), added + " pupils");
        return new Report(added, already, classesCreated, leaveOutInvalid ? invalid : 0, parentsToInvite);
    }

    private RosterRow checkLine(
            RosterFile.Line line,
            Map<RosterField, Integer> mapping,
            Map<String, SchoolClass> classesByName,
            Map<String, String> newClassLevels) {
        List<String> problems = new ArrayList<>();
        String className = cell(line, mapping, RosterField.CLASS);
        String firstName = cell(line, mapping, RosterField.FIRST_NAME);
        String lastName = cell(line, mapping, RosterField.LAST_NAME);
        String level = cell(line, mapping, RosterField.LEVEL).toUpperCase(Locale.ROOT);
        String birth = cell(line, mapping, RosterField.BIRTH_YEAR);
        String language = cell(line, mapping, RosterField.LANGUAGE).toLowerCase(Locale.ROOT);
        String externalId = cell(line, mapping, RosterField.EXTERNAL_ID);
        List<String> parentEmails =
                cell(line, mapping, RosterField.PARENT_EMAILS).isEmpty()
                        ? List.of()
                        : List.of(cell(line, mapping, RosterField.PARENT_EMAILS).split("[,\\s]+"));
        if (parentEmails.size() > MAX_PARENT_EMAILS
                || parentEmails.stream().anyMatch(email -> !Account.isEmailAddress(email))) {
            problems.add("import.row.bad-parent-email");
        }
        for (String value : List.of(className, firstName, lastName, externalId)) {
            if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
                problems.add("import.row.formula");
                break;
            }
        }
        if (Stream.of(className, firstName, lastName).anyMatch(DirectionControls::present)) {
            problems.add("import.row.direction-control");
        }
        if (className.isEmpty()) {
            problems.add("import.row.no-class");
        } else if (className.length() > MAX_NAME) {
            problems.add("import.row.too-long");
        }
        if (firstName.isEmpty()) {
            problems.add("import.row.no-first-name");
        } else if (firstName.length() > MAX_NAME || lastName.length() > MAX_NAME) {
            problems.add("import.row.too-long");
        }
        SchoolClass existing = classesByName.get(plain(className));
        if (existing == null && !className.isEmpty()) {
            if (level.isEmpty()) {
                problems.add("import.row.unknown-class");
            } else if (!Levels.isKnown(level)) {
                problems.add("import.row.bad-level");
            } else {
                newClassLevels.putIfAbsent(className, level);
            }
        }
        int birthYear = 0;
        if (!birth.isEmpty()) {
            try {
                birthYear = Integer.parseInt(birth);
            } catch (NumberFormatException e) {
                birthYear = -1;
            }
            int thisYear = Year.now(clock).getValue();
            if (birthYear < thisYear - 30 || birthYear > thisYear - 2) {
                problems.add("import.row.bad-birth-year");
            }
        }
        if (language.isEmpty()) {
            language = "fr";
        } else if (!LANGUAGES.contains(language)) {
            problems.add("import.row.bad-language");
        }
        String initial = lastName.isEmpty() ? "" : lastName.substring(0, lastName.offsetByCodePoints(0, 1));
        String key = externalId.isEmpty()
                ? "name:" + plain(className) + "|" + plain(firstName) + "|" + plain(lastName) + "|" + birthYear
                : "ext:" + externalId;
        return new RosterRow(
                line.number(),
                className,
                existing != null ? existing.level() : level,
                firstName,
                initial.toUpperCase(Locale.ROOT),
                Math.max(birthYear, 0),
                language,
                key,
                parentEmails,
                problems);
    }

    private School adminSchool(Caller caller) {
        return SchoolAdmins.schoolOf(caller, schools);
    }

    private static String cell(RosterFile.Line line, Map<RosterField, Integer> mapping, RosterField field) {
        return Optional.ofNullable(mapping.get(field))
                .filter(column -> column < line.cells().size())
                .map(column -> line.cells().get(column).strip())
                .orElse("");
    }

    /** Case, accents and spacing do not make a different class or pupil. */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }

    static String pupilId(String schoolId, String key) {
        return "pupil-" + Secrets.sha256(schoolId + "|" + key).substring(0, 24);
    }

    private static String classId(String schoolId, String className) {
        return "class-" + Secrets.sha256(schoolId + "|" + plain(className)).substring(0, 24);
    }
}
