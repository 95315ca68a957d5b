package be.classenumerique.app.ui;

import be.classenumerique.core.content.service.CompetenceFrameworks;
import be.classenumerique.core.progress.domain.AreaProgress;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pupil's progress per DigComp area as a bar chart drawn by the platform (SVG, no paid component): one
 * bar per area with its name and "3 / 5" written next to it, so nothing depends on colour or on seeing the
 * bars; the whole chart also carries a spoken summary. With an earlier state, a thin bar under each area
 * shows where the pupil stood then and the text says how much was gained ("3 / 5, +2").
 */
class CompetenceChart extends Div {

    private static final int WIDTH = 640;
    private static final int ROW = 44;
    private static final int ROW_WITH_GROWTH = 56;
    private static final int LABEL = 300;
    private static final int BAR = 240;

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
        for (int i = 0; i < now.size(); i++) {
            AreaProgress area = now.get(i);
            String title = title(area, frameworks, locale);
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
        }
        String summary = getTranslation("chart.summary", pupilName, String.join(" ; ", spoken));
        int row = growth ? ROW_WITH_GROWTH : ROW;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(row * now.size())
                .append("\" aria-label=\"")
                .append(xml(summary))
                .append("\" style=\"width:100%;max-width:")
                .append(WIDTH)
                .append("px;height:auto\">");
        for (int i = 0; i < now.size(); i++) {
            AreaProgress area = now.get(i);
            int y = i * row;
            String figures =
                    area.succeeded() + " / " + area.available() + (growth ? ", +" + gained(area, then.get(i)) : "");
            text(svg, 0, y + 26, shorten(title(area, frameworks, locale)));
            bar(svg, y + 10, 22, BAR, "#e8ecf1");
            bar(svg, y + 10, 22, width(area), "#1f5fbf");
            if (growth) {
                // Where the pupil stood at the start of the period: a thin dark bar under the current one.
                bar(svg, y + 38, 8, BAR, "#e8ecf1");
                bar(svg, y + 38, 8, width(then.get(i)), "#4a4a4a");
            }
            text(svg, LABEL + BAR + 10, y + 26, figures);
        }
        svg.append("</svg>");
        add(new Html(svg.toString()));
        if (growth) {
            Paragraph legend = new Paragraph(getTranslation("chart.legend.growth", weeks));
            legend.addClassName("cn-chart-legend");
            add(legend);
        }
    }

    private static int gained(AreaProgress now, AreaProgress then) {
        return Math.max(0, now.succeeded() - then.succeeded());
    }

    private static int width(AreaProgress area) {
        return (int) Math.round(area.share() * BAR);
    }

    private static void bar(StringBuilder svg, int y, int height, int width, String fill) {
        svg.append("<rect x=\"")
                .append(LABEL)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" rx=\"4\" fill=\"")
                .append(fill)
                .append("\"/>");
    }

    private static void text(StringBuilder svg, int x, int y, String text) {
        svg.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" font-size=\"14\" fill=\"#1a1a1a\">")
                .append(xml(text))
                .append("</text>");
    }

    private static String title(AreaProgress area, CompetenceFrameworks frameworks, Locale locale) {
        return frameworks.title(area.areaRef(), locale).orElse(area.areaRef());
    }

    private static String shorten(String title) {
        return title.length() <= 38 ? title : title.substring(0, 37) + "…";
    }

    /** Names come from data files and people: always escaped, never markup. */
    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
