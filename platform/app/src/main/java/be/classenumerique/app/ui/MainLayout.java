package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.ui.PluginPage;
import be.classenumerique.app.plugins.PluginHost;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.people.service.People;
import be.classenumerique.core.people.service.SecondFactors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame around every signed-in screen: the platform's name, the menu for the person's role, sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final Caller caller;
    private final SecondFactors secondFactors;
    private final boolean mustChangePassword;
    private boolean mustSetUpSecondFactor;

    public MainLayout(
            CurrentCaller currentCaller,
            AuthenticationContext authentication,
            PluginHost plugins,
            People people,
            SecondFactors secondFactors) {
        caller = currentCaller.require();
        this.secondFactors = secondFactors;
        mustChangePassword = people.mustChangePassword(caller);
        mustSetUpSecondFactor = caller.roles().stream().anyMatch(SecondFactors::requiredFor)
                && !secondFactors.isEnabled(caller.accountId());
        UI.getCurrent().setLocale(caller.locale());
        UI.getCurrent()
                .getPage()
                .executeJs("document.documentElement.lang = $0", caller.locale().getLanguage());

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("cn-app-title");
        Span who = PersonNames.isolated(new Span(caller.displayName()));
        who.addClassName("cn-who");
        // On a shared tablet a pupil hands over to the next one; the tablet remembers the class.
        Button logout = new Button(
                getTranslation(caller.has(Role.PUPIL) ? "nav.switch-pupil" : "nav.logout"),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(toggle, title, who, logout);
        header.addClassName("cn-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        if (caller.has(Role.TEACHER) || caller.has(Role.SCHOOL_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.classes"), ClassesView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.modules"), ModulesView.class));
        }
        if (caller.has(Role.PUPIL)) {
            nav.addItem(new SideNavItem(getTranslation("nav.learn"), LearnView.class));
        }
        if (caller.has(Role.PARENT)) {
            nav.addItem(new SideNavItem(getTranslation("nav.children"), ChildrenView.class));
        }
        if (caller.has(Role.SCHOOL_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.people"), PeopleView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.families"), FamiliesView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.import"), ImportView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.year"), SchoolYearView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), AuditView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.privacy"), PrivacyView.class));
        }
        if (caller.has(Role.PLATFORM_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.schools"), SchoolsView.class));
        }
        if (caller.has(Role.SCHOOL_ADMIN) || caller.has(Role.PLATFORM_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.plugins"), PluginsView.class));
        }
        if (!caller.has(Role.PUPIL)) {
            nav.addItem(new SideNavItem(getTranslation("nav.security"), SecurityView.class));
        }
        for (PluginPage page : plugins.extensions(PluginPage.class)) {
            if (page.roles().stream().anyMatch(caller::has)) {
                nav.addItem(new SideNavItem(page.title(caller.locale()), PluginPageView.path(plugins, page)));
            }
        }
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }

    /**
     * After an admin's reset, the person chooses their own password before anything else; an admin sets up
     * their second factor before anything else.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (mustChangePassword) {
            event.forwardTo(PasswordView.class);
            return;
        }
        // The layout outlives the navigation that follows the setup, so the answer is asked again.
        mustSetUpSecondFactor = mustSetUpSecondFactor && !secondFactors.isEnabled(caller.accountId());
        if (mustSetUpSecondFactor && event.getNavigationTarget() != SecurityView.class) {
            event.forwardTo(SecurityView.class);
        }
    }
}
