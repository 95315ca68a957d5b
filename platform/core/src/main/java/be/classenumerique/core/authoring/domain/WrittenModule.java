package be.classenumerique.core.authoring.domain;

import be.classenumerique.core.content.domain.Authorship;
import be.classenumerique.core.content.domain.Module;

/**
 * A module written in the platform, as stored.
 *
 * @param module the module; its version rises with each saved change
 * @param authorship its school, author and sharing
 */
public record WrittenModule(Module module, Authorship authorship) {}
