package be.classenumerique.app.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with the words a person searched for marked, accents and case ignored ("harcelement" marks
 * "harcèlement"). Built from text nodes, never from markup in the text.
 */
final class Highlighted {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_TERM = 3;

    private Highlighted() {}

    static Paragraph of(String text, String query) {
        List<String> terms = Arrays.stream((query == null ? "" : query).split("[^\\p{L}\\p{N}]+"))
                .map(Highlighted::fold)
                .filter(term -> term.length() >= MIN_TERM)
                .toList();
        Paragraph paragraph = new Paragraph();
        if (terms.isEmpty()) {
            paragraph.setText(text);
            return paragraph;
        }
        Matcher word = WORD.matcher(text);
        int from = 0;
        while (word.find()) {
            String folded = fold(word.group());
            if (terms.stream().anyMatch(folded::startsWith)) {
                if (word.start() > from) {
                    paragraph.add(new Span(text.substring(from, word.start())));
                }
                Span mark = new Span(word.group());
                mark.addClassName("cn-mark");
                paragraph.add(mark);
                from = word.end();
            }
        }
        if (from < text.length()) {
            paragraph.add(new Span(text.substring(from)));
        }
        return paragraph;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
