package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.classenumerique.api.Role;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.PupilSecret;
import be.classenumerique.core.people.service.ClassSignInGuard;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Wrong picture secrets sprayed across a class pause its picture sign-in; the teacher sees who was tried,
 * reopens it in one tap, and can give the class a new code. Runs on a school of its own.
 */
class ClassSignInPauseTest extends BrowserTest {

    @Autowired
    SchoolRepository schools;

    @Autowired
    PupilSignIn signIn;

    @Autowired
    ClassSignInGuard guard;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aClassPausedByWrongSecretsIsReopenedByItsTeacher() {
        SchoolClass schoolClass = new SchoolClass(
                "gp-c", "gp", "1re primaire G", "P1", List.of("gp-teacher"), List.of("gp-nina", "gp-omar"));
        schools.save(schoolClass);
        accounts.save(new Account(
                "gp-teacher",
                "gp",
                Role.TEACHER,
                "Hélène Gilson",
                "helene@pause.test",
                passwords.encode(PASSWORD),
                Locale.FRENCH,
                List.of("gp-c"),
                true));
        for (String pupil : List.of("Nina", "Omar")) {
            String id = "gp-" + pupil.toLowerCase(Locale.ROOT);
            accounts.save(
                    new Account(id, "gp", Role.PUPIL, pupil + " G.", id, null, Locale.FRENCH, List.of("gp-c"), true));
            signIn.storeSecret(
                    id,
                    new PupilSignIn.NewSecret(PupilSecret.Kind.PICTURES, List.of("velo", "maison")),
                    passwords::encode);
        }
        schools.save(new School("gp", "École G", List.of("gp-c")));
        String code = signIn.ensureClassCode("gp-c");
        // Someone already tried wrong secrets from other tablets, one short of the budget.
        for (int i = 1; i < ClassSignInGuard.BUDGET; i++) {
            guard.failed(schoolClass, "gp-omar", "elsewhere-" + i);
        }

        Page tablet = tabletPortrait();
        tablet.navigate("/classe/" + code);
        button(tablet, "Nina G.").click();
        button(tablet, "Soleil").click();
        button(tablet, "Lune").click();
        button(tablet, "C’est moi !").click();
        assertThat(tablet.getByText("La connexion avec les images et les mots est en pause pour ta classe."))
                .isVisible();
        tablet.navigate("/classe/" + code);
        assertThat(tablet.getByText("La connexion avec les images et les mots est en pause pour ta classe."))
                .isVisible();
        assertThat(button(tablet, "Nina G.")).hasCount(0);
        assertAccessible(tablet);

        Page teacher = tabletLandscape();
        login(teacher, "helene@pause.test", PASSWORD);
        link(teacher, "1re primaire G").click();
        assertThat(teacher.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("8 secrets faux ont été essayés")))
                .isVisible();
        assertThat(teacher.getByText("Omar G. : 7 fois")).isVisible();
        assertThat(teacher.getByText("Nina G. : 1 fois")).isVisible();
        assertAccessible(teacher);
        button(teacher, "Rouvrir la connexion").click();
        assertThat(button(teacher, "Rouvrir la connexion")).hasCount(0);
        assertThat(teacher.getByText("Omar G. : 7 fois")).hasCount(0);

        tablet.navigate("/classe/" + code);
        button(tablet, "Nina G.").click();
        button(tablet, "Vélo").click();
        button(tablet, "Maison").click();
        button(tablet, "C’est moi !").click();
        assertThat(tablet).hasURL(Pattern.compile(".*/learn$"));

        button(teacher, "Nouveau code de classe").click();
        assertAccessible(teacher);
        button(teacher, "Changer le code").click();
        assertThat(teacher.getByText("Code de la classe : " + code)).hasCount(0);
        assertThat(teacher.getByText(Pattern.compile("Code de la classe : [A-Z2-9]{6}")))
                .isVisible();
        Page otherTablet = tabletPortrait();
        otherTablet.navigate("/classe/" + code);
        assertThat(otherTablet.getByText("Ce code ne correspond à aucune classe."))
                .isVisible();
    }
}
