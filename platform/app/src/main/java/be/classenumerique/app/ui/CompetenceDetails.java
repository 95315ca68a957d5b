package be.classenumerique.app.ui;

import be.classenumerique.core.content.service.CompetenceFrameworks;
import be.classenumerique.core.progress.domain.CompetenceScore;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Under the chart, folded: the same progress competence by competence, as plain text. */
class CompetenceDetails extends Details {

    CompetenceDetails(List<CompetenceScore> scores, CompetenceFrameworks frameworks) {
        setSummaryText(getTranslation("chart.details"));
        addClassName("cn-competence-details");
        UnorderedList list = new UnorderedList();
        for (CompetenceScore score : scores) {
            list.add(new ListItem(getTranslation(
                    "chart.competence",
                    frameworks.title(score.competenceRef(), getLocale()).orElse(score.competenceRef()),
                    score.succeeded(),
                    score.available())));
        }
        add(list);
    }
}
