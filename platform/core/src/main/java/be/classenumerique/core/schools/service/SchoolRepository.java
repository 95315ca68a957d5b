package be.classenumerique.core.schools.service;

import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.store.DocumentStore;
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

    private final MongoCollection<Document> schools;
    private final MongoCollection<Document> classes;

    public SchoolRepository(DocumentStore store) {
        this.schools = store.collection("schools");
        this.classes = store.collection("classes");
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
                        document.getList("pupilIds", String.class, List.of())));
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
                        .append("pupilIds", schoolClass.pupilIds()),
                UPSERT);
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

    /** Removes a person from a class's pupils and teachers; for erasures. */
    public void removeMember(String classId, String personId) {
        classes.updateOne(
                new Document("_id", classId),
                new Document("$pull", new Document("pupilIds", personId).append("teacherIds", personId)));
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
