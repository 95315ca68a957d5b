package be.classenumerique.core.schools.service;

import be.classenumerique.core.schools.domain.ClassGroup;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.store.DocumentStore;
import be.classenumerique.core.store.StoredNames;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/** Schools and their classes, read by id. */
public final class SchoolRepository {

    private static final int SCHEMA_VERSION = 1;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final String STAFF = "school_staff";
    private static final String SCHOOLS = "schools";
    private static final String CLASSES = "classes";

    private final MongoCollection<Document> schools;
    private final MongoCollection<Document> classes;
    private final MongoCollection<Document> staff;

    public SchoolRepository(DocumentStore store) {
        this.schools = store.collection(SCHOOLS);
        this.classes = store.collection(CLASSES);
        this.staff = store.collection(STAFF);
    }

    /**
     * Cleans schools', classes' and groups' names stored with direction controls; migrations call it once.
     *
     * @return how many schools and classes had a name cleaned
     */
    public static int removeDirectionControls(DocumentStore store) {
        return StoredNames.clean(store.collection(SCHOOLS), "name")
                + StoredNames.clean(store.collection(CLASSES), "name")
                + StoredNames.cleanInList(store.collection(CLASSES), "groups", "name");
    }

    /**
     * Lists every existing teacher and admin in their school's staff list; for the migration that
     * introduced the list.
     */
    public static void collectStaff(DocumentStore store) {
        MongoCollection<Document> lists = store.collection(STAFF);
        for (Document account : store.collection("accounts")
                .find(new Document("role", new Document("$in", List.of("TEACHER", "SCHOOL_ADMIN"))))) {
            if (account.getString("schoolId") != null) {
                lists.updateOne(
                        new Document("_id", account.getString("schoolId")),
                        new Document("$addToSet", new Document("staffIds", account.getString("_id")))
                                .append("$set", new Document("schemaVersion", SCHEMA_VERSION)),
                        new com.mongodb.client.model.UpdateOptions().upsert(true));
            }
        }
    }

    /** Adds a teacher or admin to their school's staff list, which the admin's people screen reads. */
    public void addStaff(String schoolId, String accountId) {
        staff.updateOne(
                new Document("_id", schoolId),
                new Document("$addToSet", new Document("staffIds", accountId))
                        .append("$set", new Document("schemaVersion", SCHEMA_VERSION)),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
    }

    /** @return the ids of the school's teachers and admins, including those without a class */
    public List<String> staffIds(String schoolId) {
        Document list = staff.find(new Document("_id", schoolId)).first();
        return list == null ? List.of() : list.getList("staffIds", String.class, List.of());
    }

    /** Removes someone from their school's staff list; for erasures. */
    public void removeStaff(String schoolId, String accountId) {
        staff.updateOne(new Document("_id", schoolId), new Document("$pull", new Document("staffIds", accountId)));
    }

    /** Changes a class's name, level and teachers, leaving its pupils and groups as they are. */
    public void updateClass(String classId, String name, String level, List<String> teacherIds) {
        classes.updateOne(
                new Document("_id", classId),
                new Document(
                        "$set",
                        new Document("name", name).append("level", level).append("teacherIds", teacherIds)));
    }

    public Optional<School> findSchool(String id) {
        return Optional.ofNullable(schools.find(new Document("_id", id)).first())
                .map(document -> {
                    Map<String, List<String>> archive = new LinkedHashMap<>();
                    Document archived = document.get("archive", new Document());
                    archived.keySet().forEach(year -> archive.put(year, archived.getList(year, String.class)));
                    return new School(
                            document.getString("_id"),
                            document.getString("name"),
                            document.getList("classIds", String.class, List.of()),
                            document.getString("year"),
                            archive);
                });
    }

    public Optional<SchoolClass> findClass(String id) {
        return Optional.ofNullable(classes.find(new Document("_id", id)).first())
                .map(document -> new SchoolClass(
                        document.getString("_id"),
                        document.getString("schoolId"),
                        document.getString("name"),
                        document.getString("level"),
                        document.getList("teacherIds", String.class, List.of()),
                        document.getList("pupilIds", String.class, List.of()),
                        document.getList("groups", Document.class, List.of()).stream()
                                .map(SchoolRepository::group)
                                .toList()));
    }

    private static ClassGroup group(Document document) {
        return new ClassGroup(
                document.getString("id"),
                document.getString("name"),
                document.getList("pupilIds", String.class, List.of()));
    }

    private static List<Document> documents(List<ClassGroup> groups) {
        return groups.stream()
                .map(group -> new Document("id", group.id())
                        .append("name", group.name())
                        .append("pupilIds", group.pupilIds()))
                .toList();
    }

    /** Creates or replaces a school. */
    public void save(School school) {
        schools.replaceOne(
                new Document("_id", school.id()),
                new Document("_id", school.id())
                        .append("schemaVersion", SCHEMA_VERSION)
                        .append("name", school.name())
                        .append("classIds", school.classIds())
                        .append("year", school.year())
                        .append("archive", new Document(new LinkedHashMap<String, Object>(school.archive()))),
                UPSERT);
    }

    /** Creates or replaces a class. */
    public void save(SchoolClass schoolClass) {
        classes.replaceOne(
                new Document("_id", schoolClass.id()),
                new Document("_id", schoolClass.id())
                        .append("schemaVersion", SCHEMA_VERSION)
                        .append("schoolId", schoolClass.schoolId())
                        .append("name", schoolClass.name())
                        .append("level", schoolClass.level())
                        .append("teacherIds", schoolClass.teacherIds())
                        .append("pupilIds", schoolClass.pupilIds())
                        .append("groups", documents(schoolClass.groups())),
                UPSERT);
    }

    /**
     * Replaces a class's groups, unless they changed since they were read: two teachers editing groups at
     * once never silently undo each other's work, and the class's pupils are not touched.
     *
     * @return whether the groups were replaced
     */
    public boolean replaceGroups(String classId, List<ClassGroup> expected, List<ClassGroup> groups) {
        Document current = classes.find(new Document("_id", classId)).first();
        if (current == null
                || !current.getList("groups", Document.class, List.of()).equals(documents(expected))) {
            return false;
        }
        Document filter = new Document("_id", classId);
        filter.append("groups", current.containsKey("groups") ? documents(expected) : new Document("$exists", false));
        return classes.updateOne(filter, new Document("$set", new Document("groups", documents(groups))))
                        .getModifiedCount()
                == 1;
    }

    /** Adds a class to its school's list; adding twice changes nothing. */
    public void addClass(String schoolId, String classId) {
        schools.updateOne(new Document("_id", schoolId), new Document("$addToSet", new Document("classIds", classId)));
    }

    /** Adds pupils to a class in one write; a pupil already there is not added twice. */
    public void addPupils(String classId, List<String> pupilIds) {
        classes.updateOne(
                new Document("_id", classId),
                new Document("$addToSet", new Document("pupilIds", new Document("$each", pupilIds))));
    }

    /** Removes a person from a class's pupils, teachers and groups; for erasures. */
    public void removeMember(String classId, String personId) {
        classes.updateOne(
                new Document("_id", classId),
                new Document("$pull", new Document("pupilIds", personId).append("teacherIds", personId)));
        findClass(classId).ifPresent(schoolClass -> {
            List<ClassGroup> without = schoolClass.groups().stream()
                    .map(group -> new ClassGroup(
                            group.id(),
                            group.name(),
                            group.pupilIds().stream()
                                    .filter(id -> !id.equals(personId))
                                    .toList()))
                    .toList();
            if (!without.equals(schoolClass.groups())) {
                classes.updateOne(
                        new Document("_id", classId), new Document("$set", new Document("groups", documents(without))));
            }
        });
    }

    /** @return every school, by name; for the platform admin's screen, not for hot paths */
    public List<School> allSchools() {
        List<School> all = new java.util.ArrayList<>();
        for (Document document : schools.find()) {
            findSchool(document.getString("_id")).ifPresent(all::add);
        }
        all.sort(java.util.Comparator.comparing(School::name, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    public long countSchools() {
        return schools.countDocuments();
    }
}
