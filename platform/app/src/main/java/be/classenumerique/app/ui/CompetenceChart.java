package be.classenumerique.app.ui;

import be.classenumerique.core.content.service.CompetenceFrameworks;
import be.classenumerique.core.progress.domain.AreaProgress;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pupil's progress per DigComp area as a bar chart drawn by the platform (plain HTML, no paid component):
 * one row per area with its whole name, a bar and "3 / 5" written next to it, so nothing depends on colour
 * or on seeing the bars; the whole chart also carries a spoken summary. The rows wrap like text, so every
 * area and its full name show at any width, with no box of its own to scroll. With an earlier state, a thin
 * bar under each area shows where the pupil stood then and the text says how much was gained ("3 / 5, +2").
 */
class CompetenceChart extends Div {

    CompetenceChart(String pupilName, List<AreaProgress> areas, CompetenceFrameworks frameworks) {
        this(pupilName, areas, null, 0, frameworks);
    }

    /**
     * @param now the progress now
     * @param then the progress at the start of the period shown, area by area as {@code now}; null for none
     * @param weeks how long the period is
     */
    CompetenceChart(
            String pupilName,
            List<AreaProgress> now,
            List<AreaProgress> then,
            long weeks,
            CompetenceFrameworks frameworks) {
        addClassName("cn-competence-chart");
        Locale locale = getLocale();
        boolean growth = then != null;
        List<String> spoken = new ArrayList<>();
        Div chart = new Div();
        chart.addClassName("cn-chart");
        for (int i = 0; i < now.size(); i++) {
            AreaProgress area = now.get(i);
            String title = frameworks.title(area.areaRef(), locale).orElse(area.areaRef());
            spoken.add(
                    growth
                            ? getTranslation(
                                    "chart.area.growth",
                                    title,
                                    area.succeeded(),
                                    area.available(),
                                    gained(area, then.get(i)),
                                    weeks)
                            : getTranslation("chart.area", title, area.succeeded(), area.available()));
            Span name = new Span(title);
            name.addClassName("cn-chart-name");
            Span bars = new Span(bar(area, "cn-chart-now"));
            bars.addClassName("cn-chart-bars");
            if (growth) {
                // Where the pupil stood at the start of the period: a thin dark bar under the current one.
                bars.add(bar(then.get(i), "cn-chart-then"));
            }
            Span figures = new Span(
                    area.succeeded() + " / " + area.available() + (growth ? ", +" + gained(area, then.get(i)) : ""));
            figures.addClassName("cn-chart-figures");
            Div row = new Div(name, bars, figures);
            row.addClassName("cn-chart-row");
            chart.add(row);
        }
        chart.getElement().setAttribute("role", "img");
        chart.getElement()
                .setAttribute("aria-label", getTranslation("chart.summary", pupilName, String.join(" ; ", spoken)));
        add(chart);
        if (growth) {
            Paragraph legend = new Paragraph(getTranslation("chart.legend.growth", weeks));
            legend.addClassName("cn-chart-legend");
            add(legend);
        }
    }

    private static int gained(AreaProgress now, AreaProgress then) {
        return Math.max(0, now.succeeded() - then.succeeded());
    }

    private static Span bar(AreaProgress area, String className) {
        Span filled = new Span();
        filled.addClassName("cn-chart-filled");
        filled.getStyle().set("width", Math.round(area.share() * 1000) / 10.0 + "%");
        Span track = new Span(filled);
        track.addClassNames("cn-chart-track", className);
        return track;
    }
}
