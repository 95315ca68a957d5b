package be.classenumerique.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a file made when it is clicked (a PDF, a CSV, an export), never before. */
class DownloadLink extends Anchor {

    /**
     * @param label the link's text
     * @param mimeType the file's type
     * @param fileName the file's name, asked at click time
     * @param content the file, made at click time, with the rights of whoever clicks
     */
    DownloadLink(String label, String mimeType, Supplier<String> fileName, Supplier<byte[]> content) {
        super(
                DownloadHandler.fromInputStream(download -> {
                    byte[] file = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(file), fileName.get(), mimeType, file.length);
                }),
                label);
        getElement().setAttribute("download", true);
    }
}
