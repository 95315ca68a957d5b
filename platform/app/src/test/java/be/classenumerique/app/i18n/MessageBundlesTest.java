package be.classenumerique.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language has every key, every pattern formats, and every key the code asks for exists. */
class MessageBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\\s*\"([a-z0-9.-]*[a-z0-9])\"");

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en", "de"})
    void eachLanguageHasExactlyTheFrenchKeys(String language) throws IOException {
        Set<String> french = load("fr").stringPropertyNames();
        Set<String> other = load(language).stringPropertyNames();

        assertThat(new TreeSet<>(other)).as("keys of messages_" + language).isEqualTo(new TreeSet<>(french));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "en", "de"})
    void everyPatternFormatsWithoutLosingText(String language) throws IOException {
        Properties messages = load(language);
        for (String key : messages.stringPropertyNames()) {
            String pattern = messages.getProperty(key);
            assertThat(pattern).as(key).isNotBlank().doesNotContain("'");
            String formatted = new MessageFormat(pattern, Locale.forLanguageTag(language)).format(new Object[] {2, 3});
            assertThat(formatted).as(key).isNotBlank();
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> french = load("fr").stringPropertyNames();
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    asked.add(matcher.group(1));
                }
            }
        }
        assertThat(asked).isNotEmpty();
        assertThat(french).containsAll(asked);
    }

    @Test
    void everyAuditedActionHasAName() throws IOException {
        Pattern recorded = Pattern.compile("audit\\.record\\(\\s*\\w+,\\s*[^,]+,\\s*\"([a-z.-]+)\""
                + "|audit\\.recordEvent\\(\\s*[^,]+,\\s*[^,]+,\\s*[^,]+,\\s*\"([a-z.-]+)\"");
        Set<String> french = load("fr").stringPropertyNames();
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("../core/src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = recorded.matcher(Files.readString(source));
                while (matcher.find()) {
                    actions.add("audit.action." + (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
                }
            }
        }
        assertThat(actions).hasSizeGreaterThanOrEqualTo(10);
        assertThat(french).containsAll(actions);
    }

    @Test
    void aMissingKeyShowsItselfAndALanguageWithoutBundleFallsBackToFrench() {
        BundleMessages messages = new BundleMessages("i18n/messages", getClass().getClassLoader());

        assertThat(messages.get(Locale.FRENCH, "no.such.key")).isEqualTo("!no.such.key!");
        assertThat(messages.get(Locale.forLanguageTag("it"), "nav.logout")).isEqualTo("Se déconnecter");
        assertThat(messages.get(Locale.forLanguageTag("nl-BE"), "nav.logout")).isNotEqualTo("Se déconnecter");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            assertThat(in).as("messages_" + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
