package be.classenumerique.core.content.service;

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

/** The modules loaded at start, by id, with the problems of what was skipped. Immutable. */
public final class ModuleCatalogue {

    private final Map<String, Module> byId;
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
     * @param path an image path of its pack, as checked at load
     * @return the file, if the module's pack has it
     */
    public Optional<InputStream> file(String moduleId, String path) throws IOException {
        ContentSource.FileOpener opener = files.get(moduleId);
        return opener == null || !ContentLoader.isPackImage(path) ? Optional.empty() : opener.open(path);
    }

    /**
     * @param moduleId a module id
     * @return the module, if loaded
     */
    public Optional<Module> find(String moduleId) {
        return Optional.ofNullable(byId.get(moduleId));
    }

    /** @return every loaded module, in load order */
    public Collection<Module> all() {
        return byId.values();
    }

    /** @return what was skipped and why */
    public List<ContentProblem> problems() {
        return problems;
    }
}
