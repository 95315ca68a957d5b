package be.classenumerique.app.plugins;

import be.classenumerique.api.Caller;
import be.classenumerique.api.security.Permission;
import be.classenumerique.api.security.Permissions;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * The permissions started plugins define, and who holds them. Filled by the plugin host as plugins
 * start; every plugin's context answers from it.
 */
public final class PluginPermissions implements Permissions {

    private final Map<String, Permission> byId = new ConcurrentHashMap<>();
    private final BiPredicate<Caller, String> classIsTheCallers;

    /**
     * @param classIsTheCallers whether a class is the caller's: a teacher of it, an admin of its school or
     *     a pupil in it
     */
    public PluginPermissions(BiPredicate<Caller, String> classIsTheCallers) {
        this.classIsTheCallers = classIsTheCallers;
    }

    /**
     * @return why a plugin's permissions cannot be added (wrong prefix, an id already taken), or empty
     *     when they can
     */
    Optional<String> problemWith(String pluginId, Collection<Permission> permissions) {
        for (Permission permission : permissions) {
            if (!permission.namespace().equals(pluginId)) {
                return Optional.of("permission " + permission.id() + " must start with " + pluginId + ".");
            }
            if (byId.containsKey(permission.id())
                    || permissions.stream()
                                    .filter(other -> other.id().equals(permission.id()))
                                    .count()
                            > 1) {
                return Optional.of("permission " + permission.id() + " is defined twice");
            }
        }
        return Optional.empty();
    }

    /** Adds a started plugin's permissions, checked with {@link #problemWith} first. */
    void add(Collection<Permission> permissions) {
        permissions.forEach(permission -> byId.put(permission.id(), permission));
    }

    /** @return every permission, by id */
    public List<Permission> all() {
        return byId.values().stream()
                .sorted(java.util.Comparator.comparing(Permission::id))
                .toList();
    }

    @Override
    public boolean granted(Caller caller, String permissionId) {
        Permission permission = permissionId == null ? null : byId.get(permissionId);
        return permission != null && caller.roles().stream().anyMatch(permission.roles()::contains);
    }

    @Override
    public boolean grantedInClass(Caller caller, String permissionId, String classId) {
        return granted(caller, permissionId) && classId != null && classIsTheCallers.test(caller, classId);
    }
}
