package be.classenumerique.app.web;

import be.classenumerique.core.content.service.ContentLoader;
import be.classenumerique.core.content.service.ModuleCatalogue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The images of lesson pages, served from their module's pack to signed-in people; nothing else. */
@RestController
public class ContentFiles {

    private static final Map<String, MediaType> TYPES = Map.of(
            "png", MediaType.IMAGE_PNG,
            "jpg", MediaType.IMAGE_JPEG,
            "jpeg", MediaType.IMAGE_JPEG,
            "gif", MediaType.IMAGE_GIF,
            "svg", MediaType.valueOf("image/svg+xml"),
            "webp", MediaType.valueOf("image/webp"),
            "mp3", MediaType.valueOf("audio/mpeg"),
            "ogg", MediaType.valueOf("audio/ogg"),
            "m4a", MediaType.valueOf("audio/mp4"),
            "wav", MediaType.valueOf("audio/wav"));

    private final ModuleCatalogue catalogue;

    public ContentFiles(ModuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(ContentLoader.FILE_ROUTE + "{moduleId}/**")
    public ResponseEntity<byte[]> file(@PathVariable String moduleId, HttpServletRequest request) throws IOException {
        String prefix = request.getContextPath() + ContentLoader.FILE_ROUTE + moduleId + "/";
        String path = request.getRequestURI().startsWith(prefix)
                ? request.getRequestURI().substring(prefix.length())
                : "";
        Optional<InputStream> file = catalogue.file(moduleId, path);
        if (file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        byte[] bytes;
        try (InputStream in = file.get()) {
            bytes = in.readAllBytes();
        }
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return ResponseEntity.ok()
                .contentType(TYPES.getOrDefault(extension, MediaType.APPLICATION_OCTET_STREAM))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                // An SVG opened on its own must not run scripts.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }
}
