package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.assignments.domain.PupilTask;
import be.classenumerique.core.assignments.service.Assignments;
import be.classenumerique.core.content.service.CompetenceFrameworks;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.ClaimOutcome;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.progress.domain.Achievement;
import be.classenumerique.core.progress.domain.CompetenceGrowth;
import be.classenumerique.core.progress.service.CompetenceProgress;
import be.classenumerique.core.schools.domain.School;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** A parent's children: only those linked by a live guardianship, and a code to add one. */
@Route("children")
@RolesAllowed("PARENT")
public class ChildrenView extends Main implements HasDynamicTitle {

    private final Caller caller;
    private final Guardianships guardianships;
    private final Assignments assignments;
    private final CompetenceProgress progress;
    private final CompetenceFrameworks frameworks;
    private final Div cards = new Div();
    /** Parents see how much their child grew over the last four weeks. */
    private static final Duration GROWTH_PERIOD = Duration.ofDays(28);

    private static final int ACHIEVEMENTS_SHOWN = 5;

    public ChildrenView(
            CurrentCaller currentCaller,
            Guardianships guardianships,
            Assignments assignments,
            CompetenceProgress progress,
            CompetenceFrameworks frameworks) {
        this.caller = currentCaller.require();
        this.progress = progress;
        this.frameworks = frameworks;
        this.assignments = assignments;
        this.guardianships = guardianships;
        cards.addClassName("cn-children");
        add(new H2(getTranslation("children.title")), cards, claimForm());
        showChildren();
    }

    private void showChildren() {
        cards.removeAll();
        List<Account> children = guardianships.childrenOf(caller);
        List<String> waiting = guardianships.pendingChildrenOf(caller);
        if (children.isEmpty() && waiting.isEmpty()) {
            cards.add(new Paragraph(getTranslation("children.none")));
        }
        for (String child : waiting) {
            Paragraph pending = PersonNames.inSentence(
                    new Paragraph(), getTranslation("children.pending", PersonNames.NAME), child);
            pending.addClassName("cn-notice");
            cards.add(pending);
        }
        for (Account child : children) {
            Div card = new Div(PersonNames.isolated(new H3(child.displayName())));
            card.addClassName("cn-child");
            CompetenceGrowth growth = progress.growthOfChild(caller, child.id(), GROWTH_PERIOD);
            card.add(
                    new H4(getTranslation("chart.title")),
                    new CompetenceChart(
                            child.displayName(), growth.now(), growth.then(), GROWTH_PERIOD.toDays() / 7, frameworks),
                    new CompetenceDetails(progress.competencesOfChild(caller, child.id()), frameworks),
                    new H4(getTranslation("children.achievements")),
                    achievements(progress.achievementsOfChild(caller, child.id(), ACHIEVEMENTS_SHOWN)));
            List<PupilTask> tasks = assignments.forChild(caller, child.id());
            card.add(
                    tasks.isEmpty()
                            ? new Paragraph(getTranslation("children.tasks.none"))
                            : new TaskCards(tasks, false));
            cards.add(card);
        }
    }

    private Component achievements(List<Achievement> achievements) {
        if (achievements.isEmpty()) {
            return new Paragraph(getTranslation("children.achievements.none"));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale())
                .withZone(School.TIME_ZONE);
        UnorderedList list = new UnorderedList();
        list.addClassName("cn-achievements");
        for (Achievement achievement : achievements) {
            list.add(new ListItem(getTranslation(
                    "children.achievement",
                    achievement.title(),
                    dates.format(achievement.at()),
                    Math.round(achievement.score()),
                    Math.round(achievement.maxScore()))));
        }
        return list;
    }

    private Div claimForm() {
        TextField code = new TextField(getTranslation("children.code"));
        code.setMaxLength(40);
        code.setHelperText(getTranslation("children.code.help"));
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        Button add = new Button(getTranslation("children.add"), click -> {
            ClaimOutcome outcome = guardianships.claim(caller, code.getValue());
            String key = "children.claim." + outcome.status().name().toLowerCase(Locale.ROOT);
            result.setText(getTranslation(key, outcome.childName().orElse("")));
            if (outcome.status() == ClaimOutcome.Status.LINKED || outcome.status() == ClaimOutcome.Status.PENDING) {
                code.clear();
                showChildren();
            }
        });
        Div form = new Div(new H3(getTranslation("children.add.title")), code, add, result);
        form.addClassName("cn-claim");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("children.title") + " — " + getTranslation("app.name");
    }
}
