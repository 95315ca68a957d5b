package be.classenumerique.app.mail;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * The platform's e-mails, when a mail server is configured ({@code spring.mail.host}); without one, the
 * features that need mail are not offered. Mails leave in the background: the screen answers at once and
 * in the same time whether a mail goes out or not.
 */
@Service
public class PlatformMail {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformMail.class);

    private final JavaMailSender sender;
    private final Executor executor;
    private final String from;

    public PlatformMail(
            ObjectProvider<JavaMailSender> sender,
            @Qualifier("applicationTaskExecutor") Executor executor,
            @Value("${cn.mail.from:}") String from,
            @Value("${spring.mail.host:}") String host) {
        // An empty host (an unset variable in a compose file) means no mail, not a broken sender.
        this.sender = host.isBlank() ? null : sender.getIfAvailable();
        this.executor = executor;
        this.from = from;
    }

    /** @return whether the platform can send e-mails */
    public boolean enabled() {
        return sender != null;
    }

    /**
     * Sends a plain-text e-mail in the background; a failure is logged, with the reason, not the address.
     *
     * @param to the address
     * @param subject the subject
     * @param text the body
     * @param what what the mail is, for the log (no personal data)
     */
    public void send(String to, String subject, String text, String what) {
        if (!enabled()) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        if (!from.isBlank()) {
            message.setFrom(from);
        }
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        executor.execute(() -> {
            try {
                sender.send(message);
            } catch (MailException e) {
                LOG.error("A {} mail could not be sent", what, e);
            }
        });
    }

    /** Runs work that may end in a mail in the background, so its duration tells nothing. */
    public void inBackground(Runnable work) {
        executor.execute(work);
    }
}
