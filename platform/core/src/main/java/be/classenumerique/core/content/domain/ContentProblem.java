package be.classenumerique.core.content.domain;

/**
 * Something wrong in a content file, with where it is, so an author can fix it.
 *
 * @param file the file, as the author knows it (a path or a plugin resource)
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong
 */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
