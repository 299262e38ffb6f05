package org.bridgework.search.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriterConfig;
import org.bridgework.model.GuidanceProject;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/**
 * The product's documents and writer configuration on their own, for the benchmark's raw-Lucene reference (the same
 * documents through the same analysers and configuration, without the product's model walk, key bookkeeping, checks and
 * change tracking). Not API: this package is not exported.
 */
public final class IndexingParts {

    private IndexingParts() {
    }

    /** Every searchable element's document, facets built, as the product indexes them. */
    public static List<Document> documents(GuidanceProject root) throws java.io.IOException {
        IndexKeys keys = new IndexKeys();
        List<Document> documents = new ArrayList<>();
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (Documents.isDocument(o)) {
                documents.add(Documents.FACETS.build(Documents.document(o, keys.assign(o))));
            }
        }
        return documents;
    }

    /** The facet dimensions' configuration. */
    public static org.apache.lucene.facet.FacetsConfig facetsConfig() {
        return Documents.FACETS;
    }

    /** The field holding all of an element's text (what an unqualified query word searches). */
    public static String allTextField() {
        return Fields.ALL;
    }

    public static String titleField() {
        return Fields.TITLE;
    }

    public static String textField() {
        return Fields.TEXT;
    }

    /** The product's writer configuration for a new index (its analysers included). */
    public static IndexWriterConfig writerConfig() {
        return IndexBuilder.config(IndexWriterConfig.OpenMode.CREATE);
    }
}
