package be.classenumerique.app.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

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

    /** @return the first mail that reached the address, waiting up to 10 s for it */
    static MimeMessage mailTo(String address) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> received = mailsTo(address);
            if (!received.isEmpty()) {
                return received.getFirst();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail reached " + address);
    }

    /** @return every mail that reached the address so far */
    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(to -> to.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
