package org.bridgework.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.bridgework.search.api.InvalidQueryException;
import org.bridgework.search.api.SearchFields;

/**
 * Turns what users type into a Lucene query: the classic query parser (phrases, {@code prefix*}, {@code fuzzy~},
 * {@code field:value}, {@code AND OR NOT + - ()}, ranges) with Bridgework's field names and aliases, every word required
 * by default, the glossary's synonyms through the query analyser (no whitespace splitting, so multi-word expansions
 * match), matches in titles ranked higher. Errors become {@link InvalidQueryException}s that say where.
 */
final class QueryCompiler {

    /** How much more a match in the title counts. */
    static final float TITLE_BOOST = 2f;

    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private final Analyzer analyzer;

    QueryCompiler(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** The query for {@code text}; blank text matches every element. */
    Query compile(String text) throws InvalidQueryException {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        precheck(text);
        String escaped = text.replace("/", "\\/"); // no regular expressions: "24/7" is text
        Query query = parse(text, escaped, Fields.ALL, QueryParser.Operator.AND);
        if (isOnlyNegative(query)) {
            BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
            for (BooleanClause clause : ((BooleanQuery) query).clauses()) {
                all.add(clause);
            }
            return all.build();
        }
        Query titles = parse(text, escaped, Fields.TITLE, QueryParser.Operator.OR);
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new BoostQuery(titles, TITLE_BOOST), Occur.SHOULD)
                .build();
    }

    /**
     * The part of a query {@link #compile} made that says what matches, for the highlighter: without the boost of
     * matches in titles, whose words, phrases and patterns are those of the required part again (on the title field,
     * which the highlighter does not tell apart: it marks query words of every field). Highlighting them twice gave the
     * same marks for twice the work, and counted each prefix, wildcard or fuzzy pattern twice when the best passage of
     * a long text was chosen (words and phrases were counted once, patterns are not merged): a query mixing a pattern
     * with other words could show a passage with the pattern's matches over one with every word of the query.
     */
    static Query highlighted(Query compiled) {
        if (compiled instanceof BooleanQuery bq && bq.clauses().size() == 2) {
            BooleanClause required = bq.clauses().get(0);
            BooleanClause boost = bq.clauses().get(1);
            if (required.occur() == Occur.MUST && boost.occur() == Occur.SHOULD && boost.query() instanceof BoostQuery b
                    && b.getBoost() == TITLE_BOOST) {
                return required.query();
            }
        }
        return compiled;
    }

    private Query parse(String original, String text, String defaultField, QueryParser.Operator operator) throws InvalidQueryException {
        Parser parser = new Parser(defaultField, analyzer);
        parser.setDefaultOperator(operator);
        parser.setSplitOnWhitespace(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw translate(original, e);
        }
    }

    private static boolean isOnlyNegative(Query query) {
        if (!(query instanceof BooleanQuery bq) || bq.clauses().isEmpty()) {
            return false;
        }
        for (BooleanClause clause : bq.clauses()) {
            if (clause.occur() != Occur.MUST_NOT) {
                return false;
            }
        }
        return true;
    }

    /** The field a name typed by the user means, or null when there is none. */
    static String resolveField(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (Fields.QUERY_FIELDS.contains(lower)) {
            return lower;
        }
        return SearchFields.FIELD_ALIASES.get(lower);
    }

    static String knownFields() {
        List<String> names = new ArrayList<>(List.of(Fields.ALL, Fields.TITLE, Fields.TEXT, Fields.AUTHOR, Fields.KEYWORD, Fields.ID, Fields.KIND));
        names.addAll(SearchFields.FACETS);
        return String.join(", ", names);
    }

    /** Messages for the mistakes people make most, with their exact position, before the parser's generic ones. */
    private static void precheck(String text) throws InvalidQueryException {
        int openQuote = -1;
        List<Integer> open = new ArrayList<>();
        boolean inQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '"') {
                inQuote = !inQuote;
                openQuote = inQuote ? i : -1;
                continue;
            }
            if (inQuote) {
                continue;
            }
            if (c == '(') {
                open.add(i);
            } else if (c == ')') {
                if (open.isEmpty()) {
                    throw new InvalidQueryException(text, i + 1, "this ')' closes nothing; add the '(' it belongs to or remove it.");
                }
                open.remove(open.size() - 1);
            } else if ((c == '*' || c == '?') && (i == 0 || isTermStart(text, i))) {
                throw new InvalidQueryException(text, i + 1,
                        "a word cannot start with '" + c + "' (use it inside or at the end of a word, as in liais*).");
            }
        }
        if (inQuote) {
            throw new InvalidQueryException(text, openQuote + 1, "this quote is never closed; add a '\"' after the phrase.");
        }
        if (!open.isEmpty()) {
            throw new InvalidQueryException(text, open.get(0) + 1, "this '(' is never closed; add a ')'.");
        }
    }

    private static boolean isTermStart(String text, int i) {
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == ':' || before == '+' || before == '-';
    }

    private static InvalidQueryException translate(String text, ParseException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnknownField unknown) {
            return new InvalidQueryException(text, fieldColumn(text, unknown.field),
                    "there is no field '" + unknown.field + "'; the fields are " + knownFields()
                            + " (put the words in quotes to search for a ':' itself).");
        }
        if (cause instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            Token last = pe.currentToken;
            Token next = last.next;
            if (next.kind == QueryParserConstants.EOF) {
                String image = last.image == null ? "" : last.image;
                return new InvalidQueryException(text, last.beginColumn + 1, // the parser counts from 0
                        "the query ends after '" + image + "', where a word or phrase must follow.");
            }
            return new InvalidQueryException(text, next.beginColumn + 1,
                    "'" + next.image + "' cannot come here" + (last.image == null || last.kind == QueryParserConstants.EOF ? "" : " after '" + last.image + "'")
                            + "; put words in quotes to search for them literally.");
        }
        if (cause instanceof TokenMgrError error) {
            Matcher m = COLUMN.matcher(String.valueOf(error.getMessage()));
            int column = m.find() ? Integer.parseInt(m.group(1)) + 1 : 0;
            return new InvalidQueryException(text, column, "the query cannot be read there (a stray '\\' or an unfinished phrase?).");
        }
        if (cause instanceof ParseException pe && pe.getMessage() != null) {
            return new InvalidQueryException(text, 0, pe.getMessage());
        }
        return new InvalidQueryException(text, 0, "the query cannot be read: " + e.getMessage());
    }

    private static int fieldColumn(String text, String field) {
        Matcher m = Pattern.compile("(?i)(?<![\\p{L}\\p{N}_])" + Pattern.quote(field) + "\\s*:").matcher(text);
        return m.find() ? m.start() + 1 : 0;
    }

    /** A field name that is not one of ours. */
    static final class UnknownField extends ParseException {
        private static final long serialVersionUID = 1L;
        final String field;

        UnknownField(String field) {
            super("unknown field " + field);
            this.field = field;
        }
    }

    /** The classic parser with our field names; prefix, wildcard and fuzzy terms of the default field go unstemmed. */
    private static final class Parser extends QueryParser {

        private final String defaultField;

        Parser(String defaultField, Analyzer analyzer) {
            super(defaultField, analyzer);
            this.defaultField = defaultField;
        }

        private String field(String name) throws ParseException {
            if (name == null) {
                return defaultField;
            }
            String field = resolveField(name);
            if (field == null) {
                throw new UnknownField(name);
            }
            return field;
        }

        /** Multi-term queries (prefix, wildcard, fuzzy) on the default field run on the unstemmed copy. */
        private String multiTermField(String name) throws ParseException {
            String field = field(name);
            return Fields.ALL.equals(field) ? Fields.EXACT : field;
        }

        private static String value(String field, String text) {
            if (Fields.TYPE.equals(field)) {
                String normal = Analysis.normaliseKeyword(text);
                return SearchFields.TYPE_ALIASES.getOrDefault(normal, normal);
            }
            return text;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            String resolved = field(field);
            return super.getFieldQuery(resolved, value(resolved, queryText), quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            String resolved = field(field);
            return super.getFieldQuery(resolved, value(resolved, queryText), slop);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            return super.getRangeQuery(field(field), part1, part2, startInclusive, endInclusive);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(multiTermField(field), termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(multiTermField(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(multiTermField(field), termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return super.getRegexpQuery(multiTermField(field), termStr);
        }
    }

    /** Field names for messages and help, sorted. */
    static TreeSet<String> allFieldNames() {
        TreeSet<String> names = new TreeSet<>(Fields.QUERY_FIELDS);
        names.addAll(SearchFields.FIELD_ALIASES.keySet());
        return names;
    }
}
