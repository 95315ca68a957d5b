package be.classenumerique.app.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/** A real SMTP server in the test JVM, on a free port, receiving what the platform sends. */
final class TestMailServer {

    /** Started once for the shared application of all browser tests. */
    static final GreenMail SERVER = start();

    private TestMailServer() {}

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }
}
