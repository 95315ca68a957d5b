/**
 * The contract between Classe numérique 2030 and its plugins.
 *
 * <p>A plugin compiles against this package only (with {@code provided} scope). It never sees the
 * Spring context, the database or core classes: what it needs from the platform comes through the
 * {@link be.classenumerique.api.PluginContext} that its extensions receive by constructor.
 *
 * @since 0.1.0
 */
package be.classenumerique.api;
