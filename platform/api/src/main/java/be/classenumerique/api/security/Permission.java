package be.classenumerique.api.security;

import be.classenumerique.api.Role;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Something a plugin lets only some people do, e.g. review the programs pupils wrote. A permission is
 * typed by its id, which starts with the id of the plugin that defines it ({@code coding.programs.review}),
 * and is held by people with one of its roles. Its description, shown to admins on the Extensions page,
 * is the defining plugin's message {@code permission.<id>}.
 *
 * @param id dotted lower-case words, the first being the defining plugin's id
 * @param roles the roles that hold it; a role not listed never does
 * @since 0.2.0
 */
public record Permission(String id, Set<Role> roles) {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

    public Permission {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a permission id is dotted lower-case words: " + id);
        }
        roles = Set.copyOf(roles);
    }

    /**
     * @return the plugin id the permission must start with
     * @since 0.2.0
     */
    public String namespace() {
        return id.substring(0, id.indexOf('.'));
    }
}
