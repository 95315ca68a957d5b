package be.classenumerique.core.search.service;

import be.classenumerique.core.content.domain.Authorship;
import be.classenumerique.core.content.domain.Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * A Lucene index over the catalogue's modules, derived: rebuilt from the loaded content at start, then
 * given the modules written in schools, and updated when one changes. Accent and case folding plus fuzzy matching let a
 * child's spelling ("harcelment") find "harcèlement". Each module carries who may find it; the caller
 * still re-checks rights on each hit against the database before showing it.
 */
public final class ModuleIndex implements AutoCloseable {

    private static final int MAX_QUERY_TERMS = 12;
    private static final String VISIBLE_TO = "visibleTo";
    private static final String EVERYONE = "everyone";
    private static final Map<String, Float> FIELD_BOOSTS = Map.of("title", 3f, "summary", 1.5f, "body", 1f);

    private final Analyzer analyzer = new FoldingAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public ModuleIndex() {
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the index's content with these modules and makes them searchable.
     *
     * @param modules every module to index
     */
    public void rebuild(Collection<Module> modules) {
        try {
            writer.deleteAll();
            for (Module module : modules) {
                writer.updateDocument(new Term("id", module.id()), document(module, Optional.empty()));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds a module, or replaces it after a change, and makes it searchable before returning.
     *
     * @param module the module as it is now
     */
    public void update(Module module) {
        update(module, Optional.empty());
    }

    /**
     * Adds a module written in a school, or replaces it after a change, and makes it searchable there
     * before returning.
     *
     * @param module the module as it is now
     * @param authorship its school, author and sharing, when written in a school
     */
    public void update(Module module, Optional<Authorship> authorship) {
        try {
            writer.updateDocument(new Term("id", module.id()), document(module, authorship));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Finds modules matching free text typed by a person. Any input is accepted: it is never parsed as
     * Lucene syntax.
     *
     * @param text what was typed
     * @param limit the most ids to return
     * @return matching module ids, best first
     */
    public List<String> search(String text, int limit) {
        return search(text, limit, null, null);
    }

    /**
     * As {@link #search(String, int)}, also finding the modules written in the person's school that they
     * may see: shared ones and their own.
     *
     * @param schoolId the person's school, or {@code null}
     * @param accountId the person, or {@code null}
     */
    public List<String> search(String text, int limit, String schoolId, String accountId) {
        Query filter = visibility(schoolId, accountId);
        List<String> terms = analyze(text == null ? "" : text);
        if (terms.isEmpty()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // The words as typed first; typo tolerance only when they find nothing, which keeps the
                // common search fast and the exact matches first.
                List<String> ids = ids(searcher, filtered(query(terms, false), filter), limit);
                if (ids.isEmpty()) {
                    // Other forms of the same words ("mots" finds "mot", "Passwörter" finds "Passwort").
                    ids = ids(searcher, filtered(stemQuery(bounded(text)), filter), limit);
                }
                return ids.isEmpty() ? ids(searcher, filtered(query(terms, true), filter), limit) : ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Modules whose title completes what is being typed: the words typed so far, the last one as the
     * start of a word ("harc" suggests "Réagir face au cyberharcèlement" only if a title word starts so),
     * with a typo forgiven in it when nothing starts so. Same visibility as {@link #search(String, int,
     * String, String)}; the caller re-checks rights.
     *
     * @param text what is typed so far
     * @param limit the most ids to return
     * @return module ids, best first
     */
    public List<String> suggest(String text, int limit, String schoolId, String accountId) {
        List<String> terms = analyze(text == null ? "" : text);
        if (terms.isEmpty() || terms.getLast().length() < 2) {
            return List.of();
        }
        List<Query> words = terms.subList(0, terms.size() - 1).stream()
                .<Query>map(term -> new TermQuery(new Term("title", term)))
                .toList();
        String last = terms.getLast();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query filter = visibility(schoolId, accountId);
                List<String> ids =
                        ids(searcher, filtered(words, new PrefixQuery(new Term("title", last)), filter), limit);
                if (ids.isEmpty() && last.length() > 3) {
                    Query fuzzy = new FuzzyQuery(new Term("title", last), last.length() > 6 ? 2 : 1);
                    ids = ids(searcher, filtered(words, fuzzy, filter), limit);
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any one language's stems of the words, all of them required. */
    private Query stemQuery(String text) {
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        STEMMERS.values().forEach(stemmer -> {
            List<String> stems = tokens(stemmer, text);
            if (!stems.isEmpty()) {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                stems.forEach(stem -> all.add(new TermQuery(new Term("stems", stem)), BooleanClause.Occur.MUST));
                anyLanguage.add(all.build(), BooleanClause.Occur.SHOULD);
            }
        });
        return anyLanguage.build();
    }

    /** Modules of the packs, and a school's own modules the person may see. */
    private static Query visibility(String schoolId, String accountId) {
        BooleanQuery.Builder visible = new BooleanQuery.Builder();
        visible.add(new TermQuery(new Term(VISIBLE_TO, EVERYONE)), BooleanClause.Occur.SHOULD);
        if (schoolId != null) {
            visible.add(new TermQuery(new Term(VISIBLE_TO, "school:" + schoolId)), BooleanClause.Occur.SHOULD);
        }
        if (accountId != null) {
            visible.add(new TermQuery(new Term(VISIBLE_TO, "person:" + accountId)), BooleanClause.Occur.SHOULD);
        }
        return visible.build();
    }

    /** The words typed before the last, each in the title, and the last word's query, among the visible. */
    private static Query filtered(List<Query> words, Query last, Query filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(last, BooleanClause.Occur.MUST);
        words.forEach(word -> query.add(word, BooleanClause.Occur.FILTER));
        return filtered(query.build(), filter);
    }

    private static Query filtered(Query query, Query filter) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
    }

    private static String bounded(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static Query query(List<String> terms, boolean forgiveTypos) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            FIELD_BOOSTS.forEach((field, boost) -> {
                anyField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost), BooleanClause.Occur.SHOULD);
                if (forgiveTypos && term.length() > 3) {
                    Query fuzzy = new FuzzyQuery(new Term(field, term), term.length() > 6 ? 2 : 1);
                    anyField.add(new BoostQuery(fuzzy, boost * 0.5f), BooleanClause.Occur.SHOULD);
                }
            });
            query.add(anyField.build(), BooleanClause.Occur.MUST);
        }
        return query.build();
    }

    private static List<String> ids(IndexSearcher searcher, Query query, int limit) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }

    private List<String> analyze(String text) {
        return tokens(analyzer, bounded(text));
    }

    private static List<String> tokens(Analyzer analyzer, String bounded) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("title", bounded)) {
            var attribute = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
                terms.add(attribute.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Document document(Module module, Optional<Authorship> authorship) {
        Document document = new Document();
        document.add(new StringField("id", module.id(), Field.Store.YES));
        if (authorship.isEmpty()) {
            document.add(new StringField(VISIBLE_TO, EVERYONE, Field.Store.NO));
        } else {
            document.add(
                    new StringField(VISIBLE_TO, "person:" + authorship.get().authorId(), Field.Store.NO));
            if (authorship.get().shared()) {
                document.add(
                        new StringField(VISIBLE_TO, "school:" + authorship.get().schoolId(), Field.Store.NO));
            }
        }
        document.add(new StringField("language", module.language().getLanguage(), Field.Store.NO));
        document.add(new TextField("title", module.title(), Field.Store.NO));
        document.add(new TextField("summary", module.summary(), Field.Store.NO));
        StringBuilder body = new StringBuilder();
        module.activities()
                .forEach(activity -> activity.values().values().stream()
                        .filter(String.class::isInstance)
                        .forEach(value -> body.append(value).append('\n')));
        document.add(new TextField("body", body.toString(), Field.Store.NO));
        Analyzer stemmer = STEMMERS.getOrDefault(module.language().getLanguage(), STEMMERS.get("fr"));
        document.add(new TextField(
                "stems", stemmer.tokenStream("stems", module.title() + "\n" + module.summary() + "\n" + body)));
        return document;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Standard tokens, lower-cased and stripped of accents, for every language of the catalogue. */
    /** Light stemming per platform language, after folding, so singular and plural meet. */
    private static final Map<String, Analyzer> STEMMERS = Map.of(
            "fr",
                    new StemmingAnalyzer(stream ->
                            new FrenchLightStemFilter(new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES))),
            "nl", new StemmingAnalyzer(stream -> new SnowballFilter(stream, new DutchStemmer())),
            "de", new StemmingAnalyzer(stream -> new GermanLightStemFilter(new GermanNormalizationFilter(stream))),
            "en", new StemmingAnalyzer(EnglishMinimalStemFilter::new));

    private static final class StemmingAnalyzer extends Analyzer {
        private final java.util.function.UnaryOperator<TokenStream> stemming;

        StemmingAnalyzer(java.util.function.UnaryOperator<TokenStream> stemming) {
            this.stemming = stemming;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(stemming.apply(new LowerCaseFilter(tokenizer)));
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    private static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
