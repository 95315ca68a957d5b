package be.classenumerique.core.authoring.domain;

import be.classenumerique.core.content.domain.Authorship;
import be.classenumerique.core.content.domain.Module;
import java.time.Instant;

/**
 * A module written in the platform, as stored.
 *
 * @param module the module; its version rises with each saved change
 * @param authorship its school, author and sharing
 * @param updatedAt when it was last saved
 */
public record WrittenModule(Module module, Authorship authorship, Instant updatedAt) {}
