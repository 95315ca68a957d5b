package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ActivityType;
import be.classenumerique.api.ui.ReviewViewContext;
import be.classenumerique.app.mail.InvitationMail;
import be.classenumerique.app.printing.Printouts;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.app.security.PupilCredentials;
import be.classenumerique.core.activities.service.ActivityTypeRegistry;
import be.classenumerique.core.assignments.service.Assignments;
import be.classenumerique.core.attempts.domain.ActivityResult;
import be.classenumerique.core.attempts.domain.Attempt;
import be.classenumerique.core.attempts.domain.ClassModuleProgress;
import be.classenumerique.core.attempts.domain.PupilSummary;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.authoring.service.WrittenModules;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.PupilSecret;
import be.classenumerique.core.people.service.ClassSignInGuard;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.people.service.People;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.schools.service.ClassService.ClassMember;
import be.classenumerique.core.shared.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One class: its pupils' results on a module, and each answer on tap. */
@Route("classes/:classId")
@RolesAllowed({"TEACHER", "SCHOOL_ADMIN"})
public class ClassView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentCaller currentCaller;
    private final ClassService classes;
    private final AttemptService attempts;
    private final ModuleCatalogue catalogue;
    private final WrittenModules written;
    private final ActivityTypeRegistry activityTypes;
    private final PupilSignIn signIn;
    private final ClassSignInGuard signInGuard;
    private final PupilCredentials credentials;
    private final Printouts printouts;
    private final Guardianships guardianships;
    private final People people;
    private final InvitationMail invitationMail;
    private final Assignments assignments;
    private final Clock clock;
    private String title = "";
    private String classId = "";

    public ClassView(
            CurrentCaller currentCaller,
            ClassService classes,
            AttemptService attempts,
            ModuleCatalogue catalogue,
            ActivityTypeRegistry activityTypes,
            PupilSignIn signIn,
            PupilCredentials credentials,
            Printouts printouts,
            Guardianships guardianships,
            People people,
            InvitationMail invitationMail,
            Assignments assignments,
            WrittenModules written,
            ClassSignInGuard signInGuard,
            Clock clock) {
        this.signInGuard = signInGuard;
        this.written = written;
        this.assignments = assignments;
        this.clock = clock;
        this.people = people;
        this.invitationMail = invitationMail;
        this.printouts = printouts;
        this.guardianships = guardianships;
        this.signIn = signIn;
        this.credentials = credentials;
        this.currentCaller = currentCaller;
        this.classes = classes;
        this.attempts = attempts;
        this.catalogue = catalogue;
        this.activityTypes = activityTypes;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        classId = event.getRouteParameters().get("classId").orElse("");
        render();
    }

    private void render() {
        Caller caller = currentCaller.require();
        SchoolClass schoolClass = classes.get(caller, classId);
        List<ClassMember> pupils = classes.pupils(caller, classId);
        title = schoolClass.name();
        removeAll();
        add(new H2(schoolClass.name()));
        add(new Paragraph(getTranslation("classes.level", schoolClass.level()) + " · "
                + getTranslation("classes.pupils", pupils.size())));
        boolean current = classes.classesOf(caller).stream()
                .anyMatch(candidate -> candidate.id().equals(classId));
        if (current && caller.has(Role.SCHOOL_ADMIN)) {
            add(adminTools(caller, schoolClass));
        }
        if (current) {
            add(
                    new AssignmentsSection(
                            caller,
                            assignments,
                            classes,
                            catalogue,
                            written.modulesFor(caller),
                            classId,
                            pupils,
                            clock),
                    signInSection(caller, schoolClass, pupils),
                    new ClassGroupsSection(caller, classes, classId, pupils));
        } else {
            Paragraph archived = new Paragraph(getTranslation("class.archived"));
            archived.addClassName("cn-archived");
            add(archived);
        }

        Select<Module> module = new Select<>();
        module.setLabel(getTranslation("class.module"));
        List<Module> modules = written.modulesFor(caller);
        module.setItems(modules);
        module.setItemLabelGenerator(Module::title);
        module.setWidth("min(100%, 32rem)");
        Div results = new Div();
        module.addValueChangeListener(
                change -> showResults(caller, schoolClass, pupils, results, change.getValue(), ""));
        add(module, results);
        modules.stream().findFirst().ifPresent(module::setValue);
    }

    private void showResults(
            Caller caller,
            SchoolClass schoolClass,
            List<ClassMember> pupils,
            Div results,
            Module module,
            String status) {
        results.removeAll();
        if (module == null) {
            return;
        }
        DownloadLink booklet = new DownloadLink(
                getTranslation("booklet.print"),
                "application/pdf",
                () -> getTranslation("booklet.file", title, module.title()),
                () -> printouts.moduleBooklet(caller, classId, module));
        Button paper = new Button(
                getTranslation("paper.enter"),
                click -> new PaperAnswersDialog(
                                caller,
                                attempts,
                                activityTypes,
                                module,
                                pupils,
                                saved -> showResults(caller, schoolClass, pupils, results, module, saved))
                        .open());
        Div tools = new Div(booklet, paper);
        tools.addClassName("cn-actions");
        Paragraph message = new Paragraph(status);
        message.getElement().setAttribute("role", "status");
        results.add(tools, message, grid(caller, schoolClass, pupils, module), resultsCsv(caller, module));
    }

    private DownloadLink resultsCsv(Caller caller, Module module) {
        DownloadLink csv = new DownloadLink(
                getTranslation("class.results.csv"),
                "text/csv;charset=UTF-8",
                () -> getTranslation("class.results.file", title, module.title()),
                () -> printouts.classResultsCsv(caller, classId, module));
        csv.addClassName("cn-results-csv");
        return csv;
    }

    private Div adminTools(Caller caller, SchoolClass schoolClass) {
        Button edit = new Button(getTranslation("classes.edit"), click -> {
            ClassForm form = new ClassForm(schoolClass, classes.teachersOfSchool(caller));
            FormDialog dialog = new FormDialog(getTranslation("classes.edit"), form);
            form.addSaveListener(save -> {
                try {
                    classes.updateClass(caller, schoolClass.id(), save.name(), save.level(), save.teacherIds());
                    dialog.close();
                    reload();
                } catch (RefusedException refused) {
                    dialog.showProblem(getTranslation(refused.messageKey(), ClassService.MAX_CLASS_NAME_LENGTH));
                }
            });
            dialog.open();
        });
        Button addPupil = new Button(getTranslation("pupil.form.title"), click -> {
            PupilForm form = new PupilForm();
            FormDialog dialog = new FormDialog(getTranslation("pupil.form.title"), form);
            form.addSaveListener(save -> {
                try {
                    people.addPupil(caller, schoolClass.id(), save.firstName(), save.lastName(), save.language());
                    dialog.close();
                    reload();
                } catch (RefusedException refused) {
                    dialog.showProblem(getTranslation(refused.messageKey(), People.MAX_PUPIL_NAME_LENGTH));
                }
            });
            dialog.open();
        });
        Div tools = new Div(edit, addPupil);
        tools.addClassName("cn-actions");
        return tools;
    }

    private void reload() {
        render();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private Div signInSection(Caller caller, SchoolClass schoolClass, List<ClassMember> pupils) {
        Div section = new Div();
        section.addClassName("cn-sign-in-tools");
        ClassSignInPanel signInState =
                new ClassSignInPanel(caller, schoolClass.id(), pupils, signIn, signInGuard, this::reload);
        DownloadLink cards = new DownloadLink(
                getTranslation("class.cards"),
                "application/pdf",
                () -> getTranslation("class.cards.file", schoolClass.name()),
                () -> printouts.loginCards(caller, schoolClass.id()));
        cards.addClassName("cn-print-cards");
        DownloadLink list = new DownloadLink(
                getTranslation("classlist.print"),
                "application/pdf",
                () -> getTranslation("classlist.file", schoolClass.name()),
                () -> printouts.classList(caller, schoolClass.id()));
        Button secrets = new Button(getTranslation("class.secrets"), click -> showSecrets(caller, pupils));
        Button families = new Button(getTranslation("class.families"), click -> showFamilies(caller, pupils));
        section.add(signInState, cards, list, secrets, families, invitationLetters(caller, schoolClass));
        return section;
    }

    private Div invitationLetters(Caller caller, SchoolClass schoolClass) {
        LanguageSelect language = new LanguageSelect(getTranslation("class.letters.language"), Locale.FRENCH);
        DownloadLink letters = new DownloadLink(
                getTranslation("class.letters"),
                "application/pdf",
                () -> getTranslation("class.letters.file", schoolClass.name()),
                () -> printouts.invitationLetters(caller, schoolClass.id(), language.getValue()));
        Div block = new Div(language, letters);
        block.addClassName("cn-letters");
        return block;
    }

    private void showFamilies(Caller caller, List<ClassMember> pupils) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("class.families"));
        LanguageSelect language = new LanguageSelect(getTranslation("invite.mail.language"), Locale.FRENCH);
        if (invitationMail.enabled()) {
            dialog.add(new Paragraph(getTranslation("invite.mail.help")), language);
        }
        for (ClassMember pupil : pupils) {
            Div row = new Div(PersonNames.isolated(new H3(pupil.displayName())));
            row.addClassName("cn-family");
            if (invitationMail.enabled()) {
                row.add(invitationByMail(caller, pupil, language));
            }
            List<Account> guardians = guardianships.guardiansOf(caller, pupil.id());
            if (guardians.isEmpty()) {
                row.add(new Paragraph(getTranslation("class.families.none")));
            }
            for (Account guardian : guardians) {
                Div line = new Div(PersonNames.isolated(new Span(guardian.displayName())));
                line.addClassName("cn-secret-row");
                if (caller.has(Role.SCHOOL_ADMIN)) {
                    Button revoke = new Button(getTranslation("class.families.revoke"), click -> {
                        guardianships.revoke(caller, guardian.id(), pupil.id());
                        line.removeAll();
                        line.add(new Span(getTranslation("class.families.revoked", guardian.displayName())));
                    });
                    revoke.setAriaLabel(
                            getTranslation("class.families.revoke.for", guardian.displayName(), pupil.displayName()));
                    line.add(revoke);
                }
                row.add(line);
            }
            dialog.add(row);
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private Div invitationByMail(Caller caller, ClassMember pupil, LanguageSelect language) {
        EmailField email = new EmailField(getTranslation("invite.mail.address", pupil.displayName()));
        email.setMaxLength(254);
        Paragraph outcome = new Paragraph();
        outcome.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("invite.mail.send"), click -> {
            String problem = invitationMail.invite(caller, pupil.id(), email.getValue(), language.getValue());
            outcome.setText(
                    problem != null ? getTranslation(problem) : getTranslation("invite.mail.sent", email.getValue()));
            if (problem == null) {
                email.clear();
            }
        });
        send.setAriaLabel(getTranslation("invite.mail.send.for", pupil.displayName()));
        Div line = new Div(email, send, outcome);
        line.addClassName("cn-secret-row");
        return line;
    }

    private void showSecrets(Caller caller, List<ClassMember> pupils) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("class.secrets"));
        dialog.add(new Paragraph(getTranslation("class.secrets.help")));
        for (ClassMember pupil : pupils) {
            Div row = new Div();
            row.addClassName("cn-secret-row");
            Div shown = new Div();
            shown.getElement().setAttribute("aria-live", "polite");
            Button reset = new Button(getTranslation("class.secret.new"), click -> {
                PupilSignIn.NewSecret secret = credentials.resetSecret(caller, pupil.id());
                shown.removeAll();
                shown.add(secretView(pupil, secret));
            });
            reset.setAriaLabel(getTranslation("class.secret.new.for", pupil.displayName()));
            DownloadLink card = new DownloadLink(
                    getTranslation("class.card.new"),
                    "application/pdf",
                    () -> getTranslation("class.card.file", pupil.displayName()),
                    () -> printouts.loginCard(caller, pupil.id()));
            card.getElement().setAttribute("aria-label", getTranslation("class.card.new.for", pupil.displayName()));
            Button revoke = new Button(getTranslation("class.card.revoke"), click -> {
                signIn.revokeCard(caller, pupil.id());
                shown.removeAll();
                shown.add(new Span(getTranslation("class.card.revoked", pupil.displayName())));
            });
            revoke.setAriaLabel(getTranslation("class.card.revoke.for", pupil.displayName()));
            row.add(PersonNames.isolated(new Span(pupil.displayName())), reset, card, revoke, shown);
            dialog.add(row);
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private Div secretView(ClassMember pupil, PupilSignIn.NewSecret secret) {
        Div view = new Div();
        view.addClassName("cn-new-secret");
        if (secret.kind() == PupilSecret.Kind.PICTURES) {
            for (String picture : secret.parts()) {
                Image image =
                        new Image("themes/default/pictures/" + picture + ".svg", getTranslation("picture." + picture));
                image.addClassName("cn-secret-picture");
                view.add(image, new Span(getTranslation("picture." + picture)));
            }
        } else {
            view.add(new Span(String.join(" ", secret.parts())));
        }
        view.getElement().setAttribute("aria-label", getTranslation("class.secret.of", pupil.displayName()));
        return view;
    }

    private Grid<ClassMember> grid(Caller caller, SchoolClass schoolClass, List<ClassMember> pupils, Module module) {
        ClassModuleProgress progress = attempts.classProgress(caller, schoolClass.id(), module.id());
        Grid<ClassMember> grid = new Grid<>();
        grid.addClassName("cn-progress-grid");
        grid.setAriaLabel(getTranslation("class.grid", module.title()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ClassMember::displayName)
                .setHeader(getTranslation("class.pupil"))
                .setFrozen(true)
                .setAutoWidth(true);
        List<String> activityIds =
                module.activities().stream().map(ActivityConfig::activityId).toList();
        Set<String> pastDue = assignments.pastDue(caller, schoolClass.id(), module.id());
        grid.addComponentColumn(pupil -> summary(
                        PupilSummary.of(progress.results().getOrDefault(pupil.id(), Map.of()), activityIds),
                        pastDue.contains(pupil.id())))
                .setHeader(getTranslation("class.summary"))
                .setAutoWidth(true);
        for (ActivityConfig activity : module.activities()) {
            grid.addComponentColumn(pupil -> cell(progress, pupil, activity))
                    .setHeader(activity.text("title").orElse(activity.activityId()))
                    .setAutoWidth(true);
        }
        grid.addComponentColumn(pupil -> {
                    Button answers = new Button(
                            getTranslation("class.answers"), click -> showAnswers(caller, progress, pupil, module));
                    answers.setAriaLabel(getTranslation("class.answers.of", pupil.displayName()));
                    return answers;
                })
                .setHeader(getTranslation("class.details"))
                .setAutoWidth(true);
        grid.setItems(pupils);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div summary(PupilSummary summary, boolean overdue) {
        Div cell = new Div();
        cell.addClassName("cn-summary");
        String done = getTranslation("class.summary.done", summary.done(), summary.total());
        cell.add(new Span(
                summary.maxScore() > 0
                        ? done + " · "
                                + getTranslation(
                                        "class.summary.score", Math.round(100 * summary.score() / summary.maxScore()))
                        : done));
        if (overdue && !summary.complete()) {
            Span late = new Span(getTranslation("task.late.symbol") + " " + getTranslation("task.late"));
            late.addClassName("cn-flag-late");
            cell.add(late);
        }
        if (summary.struggling()) {
            Span struggling =
                    new Span(getTranslation("class.struggling.symbol") + " " + getTranslation("class.struggling"));
            struggling.addClassName("cn-flag-struggling");
            cell.add(struggling);
        }
        return cell;
    }

    private Span cell(ClassModuleProgress progress, ClassMember pupil, ActivityConfig activity) {
        return progress.result(pupil.id(), activity.activityId())
                .map(result -> {
                    String key = "outcome." + result.outcome().name().toLowerCase(java.util.Locale.ROOT);
                    Span span = new Span(getTranslation(key + ".symbol") + " " + getTranslation(key));
                    span.addClassName("cn-outcome");
                    span.addClassName("cn-outcome-" + result.outcome().name().toLowerCase(java.util.Locale.ROOT));
                    return span;
                })
                .orElseGet(() -> {
                    Span span = new Span(getTranslation("outcome.none.symbol") + " " + getTranslation("outcome.none"));
                    span.addClassName("cn-outcome");
                    return span;
                });
    }

    private void showAnswers(Caller caller, ClassModuleProgress progress, ClassMember pupil, Module module) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("class.answers.of", pupil.displayName()));
        Map<String, ActivityResult> results = progress.results().getOrDefault(pupil.id(), Map.of());
        if (results.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("class.answers.none")));
        }
        for (ActivityConfig activity : module.activities()) {
            ActivityResult result = results.get(activity.activityId());
            if (result == null) {
                continue;
            }
            Attempt attempt = attempts.attempt(caller, result.attemptId());
            Div entry = new Div(new H3(activity.text("title").orElse(activity.activityId())));
            entry.addClassName("cn-review");
            activityTypes
                    .find(attempt.activity().typeId())
                    .map(ActivityType::views)
                    .ifPresent(views -> entry.add(views.reviewView(new ReviewViewContext(
                            attempt.activity(), attempt.response(), attempt.grade(), getLocale()))));
            String outcome = "outcome." + attempt.grade().outcome().name().toLowerCase(java.util.Locale.ROOT);
            entry.add(new Paragraph(getTranslation(outcome + ".symbol") + " " + getTranslation(outcome) + " · "
                    + getTranslation("class.attempts", result.attempts())));
            dialog.add(entry);
        }
        Button close = new Button(getTranslation("action.close"), click -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " — " + getTranslation("app.name");
    }
}
