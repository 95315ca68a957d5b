package be.classenumerique.core.content.service;

import be.classenumerique.core.content.domain.Authorship;
import be.classenumerique.core.content.domain.ContentProblem;
import be.classenumerique.core.content.domain.ContentSource;
import be.classenumerique.core.content.domain.Module;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every module by id: those of the content packs and plugins, loaded at start with the problems of what
 * was skipped, and those teachers write in the platform, which belong to one school and are added or
 * replaced while the platform runs.
 */
public final class ModuleCatalogue {

    /** The {@link Module#source()} of a module written in the platform. */
    public static final String SCHOOL_SOURCE = "school";

    private final Map<String, Module> byId;
    private final Map<String, Written> written = new ConcurrentHashMap<>();

    private record Written(Module module, Authorship authorship) {}

    private final List<ContentProblem> problems;
    private final Map<String, ContentSource.FileOpener> files;

    public ModuleCatalogue(ContentLoader.Result loaded) {
        Map<String, Module> map = new LinkedHashMap<>();
        loaded.modules().forEach(module -> map.put(module.id(), module));
        this.byId = Collections.unmodifiableMap(map);
        this.problems = loaded.problems();
        this.files = loaded.files();
    }

    /**
     * @param moduleId a loaded module
     * @param path an image or recording path of its pack, as checked at load
     * @return the file, if the module's pack has it
     */
    public Optional<InputStream> file(String moduleId, String path) throws IOException {
        ContentSource.FileOpener opener = files.get(moduleId);
        boolean servable = ContentLoader.isPackImage(path) || ContentLoader.isPackAudio(path);
        return opener == null || !servable ? Optional.empty() : opener.open(path);
    }

    /**
     * @param moduleId a pack module's id
     * @param path a path in its pack
     * @return whether the platform serves that image or recording
     */
    public boolean hasFile(String moduleId, String path) {
        try {
            Optional<InputStream> file = file(moduleId, path);
            if (file.isPresent()) {
                file.get().close();
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Any module by id, whoever may see it: for services that check the caller's rights themselves, and
     * to name a module in a list the caller may already see.
     *
     * @param moduleId a module id
     * @return the module, if loaded or written
     */
    public Optional<Module> find(String moduleId) {
        return Optional.ofNullable(byId.get(moduleId))
                .or(() -> Optional.ofNullable(written.get(moduleId)).map(Written::module));
    }

    /**
     * @param schoolId the school of the person asking
     * @param moduleId a module id, possibly of another school
     * @return the module when it comes from a pack or was written in that school
     */
    public Optional<Module> findFor(String schoolId, String moduleId) {
        Module module = byId.get(moduleId);
        if (module != null) {
            return Optional.of(module);
        }
        return Optional.ofNullable(written.get(moduleId))
                .filter(found -> found.authorship().schoolId().equals(schoolId))
                .map(Written::module);
    }

    /**
     * @param moduleId a module id
     * @return whether it is a module of a content pack or plugin, which everyone may see
     */
    public boolean isFromPack(String moduleId) {
        return byId.containsKey(moduleId);
    }

    /** @return every module of the content packs and plugins, in load order (no school's own modules) */
    public Collection<Module> all() {
        return byId.values();
    }

    /**
     * @param schoolId a school
     * @return the modules written in it, shared or not, by title
     */
    public List<Module> writtenIn(String schoolId) {
        return written.values().stream()
                .filter(found -> found.authorship().schoolId().equals(schoolId))
                .map(Written::module)
                .sorted(java.util.Comparator.comparing(Module::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * @param moduleId a module id
     * @return who wrote it, for a module written in the platform
     */
    public Optional<Authorship> authorship(String moduleId) {
        return Optional.ofNullable(written.get(moduleId)).map(Written::authorship);
    }

    /**
     * Adds a module written in the platform, or replaces it after a change.
     *
     * @param module the module, its source {@link #SCHOOL_SOURCE}
     * @param authorship its school and author
     * @throws IllegalArgumentException when a pack module already has its id
     */
    public void putWritten(Module module, Authorship authorship) {
        if (byId.containsKey(module.id())) {
            throw new IllegalArgumentException("module id taken by a pack: " + module.id());
        }
        written.put(module.id(), new Written(module, authorship));
    }

    /** @return what was skipped and why */
    public List<ContentProblem> problems() {
        return problems;
    }
}
