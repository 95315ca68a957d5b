/**
 * UI contributions, built with Vaadin Flow components. The host provides Vaadin at run time with a
 * pre-compiled front-end bundle: a plugin uses the vaadin-core components and plain HTML elements,
 * and ships any client-side code as a static file (see {@link be.classenumerique.api.PluginContext#staticUrl}).
 * {@code @NpmPackage}, {@code @JsModule} and {@code @CssImport} in a plugin have no effect.
 *
 * @since 0.1.0
 */
package be.classenumerique.api.ui;
