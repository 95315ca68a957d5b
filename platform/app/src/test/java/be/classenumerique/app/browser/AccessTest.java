package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** What must not be seen: another class, another role's screens, another family's child, unknown pages. */
class AccessTest extends BrowserTest {

    @Test
    void aTeacherOpeningAnotherTeachersClassGetsNotFound() {
        Page teacher = tabletLandscape();
        login(teacher, "t.martin@tilleuls.demo", PASSWORD);

        teacher.navigate("/classes/demo-tilleuls-s1b");

        assertThat(heading(teacher, "Page introuvable")).isVisible();
        assertThat(teacher.getByText("Emma R.")).hasCount(0);
        assertAccessible(teacher);
    }

    @Test
    void aPupilCannotOpenTeacherScreens() {
        Page pupil = tabletPortrait();
        login(pupil, "noah.m", PASSWORD);

        pupil.navigate("/classes/demo-tilleuls-p5a");

        assertThat(pupil.getByText("Léa D.")).hasCount(0);
        assertThat(heading(pupil, "Page introuvable")).isVisible();
    }

    @Test
    void aParentSeesOnlyTheirOwnChild() {
        Page parent = tabletPortrait();
        login(parent, "parent.dumont@tilleuls.demo", PASSWORD);

        assertThat(heading(parent, "Mes enfants")).isVisible();
        assertThat(parent.getByText("Léa D.")).isVisible();
        assertThat(parent.getByText("Noah M.")).hasCount(0);
        assertAccessible(parent);

        parent.navigate("/classes/demo-tilleuls-p5a");
        assertThat(parent.getByText("Noah M.")).hasCount(0);
    }

    @Test
    void anUnknownAddressGetsAFriendlyNotFoundPageWithoutStackTrace() {
        Page page = tabletLandscape();
        login(page, "t.martin@tilleuls.demo", PASSWORD);

        page.navigate("/no/such/page");

        assertThat(heading(page, "Page introuvable")).isVisible();
        assertThat(page.getByText("Exception")).hasCount(0);
        assertAccessible(page);
    }
}
