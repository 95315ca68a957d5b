package be.classenumerique.app.ui;

import be.classenumerique.core.content.service.CompetenceFrameworks;
import be.classenumerique.core.progress.domain.AreaProgress;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A pupil's progress per DigComp area as a bar chart drawn by the platform (SVG, no paid component): one
 * bar per area with its name and "3 / 5" written next to it, so nothing depends on colour or on seeing the
 * bars; the whole chart also carries a spoken summary.
 */
class CompetenceChart extends Div {

    private static final int WIDTH = 640;
    private static final int ROW = 44;
    private static final int LABEL = 300;
    private static final int BAR = 240;

    CompetenceChart(String pupilName, List<AreaProgress> areas, CompetenceFrameworks frameworks) {
        addClassName("cn-competence-chart");
        Locale locale = getLocale();
        String summary = getTranslation(
                "chart.summary",
                pupilName,
                areas.stream()
                        .map(area -> getTranslation(
                                "chart.area", title(area, frameworks, locale), area.succeeded(), area.available()))
                        .collect(Collectors.joining(" ; ")));
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(ROW * areas.size())
                .append("\" aria-label=\"")
                .append(xml(summary))
                .append("\" style=\"width:100%;max-width:")
                .append(WIDTH)
                .append("px;height:auto\">");
        for (int i = 0; i < areas.size(); i++) {
            AreaProgress area = areas.get(i);
            int y = i * ROW;
            int filled = (int) Math.round(area.share() * BAR);
            svg.append("<text x=\"0\" y=\"")
                    .append(y + 26)
                    .append("\" font-size=\"14\" fill=\"#1a1a1a\">")
                    .append(xml(shorten(title(area, frameworks, locale))))
                    .append("</text>")
                    .append("<rect x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y + 10)
                    .append("\" width=\"")
                    .append(BAR)
                    .append("\" height=\"22\" rx=\"4\" fill=\"#e8ecf1\"/>")
                    .append("<rect x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y + 10)
                    .append("\" width=\"")
                    .append(filled)
                    .append("\" height=\"22\" rx=\"4\" fill=\"#1f5fbf\"/>")
                    .append("<text x=\"")
                    .append(LABEL + BAR + 10)
                    .append("\" y=\"")
                    .append(y + 26)
                    .append("\" font-size=\"14\" fill=\"#1a1a1a\">")
                    .append(area.succeeded())
                    .append(" / ")
                    .append(area.available())
                    .append("</text>");
        }
        svg.append("</svg>");
        add(new Html(svg.toString()));
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
