/**
 */
package org.bridgework.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Source Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bridgework.model.GuidancePackage#getSourceType()
 * @model
 * @generated
 */
public enum SourceType implements Enumerator {
	/**
	 * The '<em><b>REPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	REPORT(0, "REPORT", "report"),

	/**
	 * The '<em><b>ARTICLE JOURNAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARTICLE_JOURNAL_VALUE
	 * @generated
	 * @ordered
	 */
	ARTICLE_JOURNAL(1, "ARTICLE_JOURNAL", "article-journal"),

	/**
	 * The '<em><b>BOOK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOK_VALUE
	 * @generated
	 * @ordered
	 */
	BOOK(2, "BOOK", "book"),

	/**
	 * The '<em><b>CHAPTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAPTER_VALUE
	 * @generated
	 * @ordered
	 */
	CHAPTER(3, "CHAPTER", "chapter"),

	/**
	 * The '<em><b>WEBPAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEBPAGE_VALUE
	 * @generated
	 * @ordered
	 */
	WEBPAGE(4, "WEBPAGE", "webpage"),

	/**
	 * The '<em><b>PAPER CONFERENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAPER_CONFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	PAPER_CONFERENCE(5, "PAPER_CONFERENCE", "paper-conference"),

	/**
	 * The '<em><b>THESIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THESIS_VALUE
	 * @generated
	 * @ordered
	 */
	THESIS(6, "THESIS", "thesis"),

	/**
	 * The '<em><b>DATASET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATASET_VALUE
	 * @generated
	 * @ordered
	 */
	DATASET(7, "DATASET", "dataset"),

	/**
	 * The '<em><b>LEGISLATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGISLATION_VALUE
	 * @generated
	 * @ordered
	 */
	LEGISLATION(8, "LEGISLATION", "legislation"),

	/**
	 * The '<em><b>POST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POST_VALUE
	 * @generated
	 * @ordered
	 */
	POST(9, "POST", "post"),

	/**
	 * The '<em><b>ARTICLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARTICLE_VALUE
	 * @generated
	 * @ordered
	 */
	ARTICLE(10, "ARTICLE", "article"),

	/**
	 * The '<em><b>DOCUMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCUMENT_VALUE
	 * @generated
	 * @ordered
	 */
	DOCUMENT(11, "DOCUMENT", "document");

	/**
	 * The '<em><b>REPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORT
	 * @model literal="report"
	 * @generated
	 * @ordered
	 */
	public static final int REPORT_VALUE = 0;

	/**
	 * The '<em><b>ARTICLE JOURNAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARTICLE_JOURNAL
	 * @model literal="article-journal"
	 * @generated
	 * @ordered
	 */
	public static final int ARTICLE_JOURNAL_VALUE = 1;

	/**
	 * The '<em><b>BOOK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOK
	 * @model literal="book"
	 * @generated
	 * @ordered
	 */
	public static final int BOOK_VALUE = 2;

	/**
	 * The '<em><b>CHAPTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAPTER
	 * @model literal="chapter"
	 * @generated
	 * @ordered
	 */
	public static final int CHAPTER_VALUE = 3;

	/**
	 * The '<em><b>WEBPAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEBPAGE
	 * @model literal="webpage"
	 * @generated
	 * @ordered
	 */
	public static final int WEBPAGE_VALUE = 4;

	/**
	 * The '<em><b>PAPER CONFERENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAPER_CONFERENCE
	 * @model literal="paper-conference"
	 * @generated
	 * @ordered
	 */
	public static final int PAPER_CONFERENCE_VALUE = 5;

	/**
	 * The '<em><b>THESIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THESIS
	 * @model literal="thesis"
	 * @generated
	 * @ordered
	 */
	public static final int THESIS_VALUE = 6;

	/**
	 * The '<em><b>DATASET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATASET
	 * @model literal="dataset"
	 * @generated
	 * @ordered
	 */
	public static final int DATASET_VALUE = 7;

	/**
	 * The '<em><b>LEGISLATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGISLATION
	 * @model literal="legislation"
	 * @generated
	 * @ordered
	 */
	public static final int LEGISLATION_VALUE = 8;

	/**
	 * The '<em><b>POST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POST
	 * @model literal="post"
	 * @generated
	 * @ordered
	 */
	public static final int POST_VALUE = 9;

	/**
	 * The '<em><b>ARTICLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARTICLE
	 * @model literal="article"
	 * @generated
	 * @ordered
	 */
	public static final int ARTICLE_VALUE = 10;

	/**
	 * The '<em><b>DOCUMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCUMENT
	 * @model literal="document"
	 * @generated
	 * @ordered
	 */
	public static final int DOCUMENT_VALUE = 11;

	/**
	 * An array of all the '<em><b>Source Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SourceType[] VALUES_ARRAY =
		new SourceType[] {
			REPORT,
			ARTICLE_JOURNAL,
			BOOK,
			CHAPTER,
			WEBPAGE,
			PAPER_CONFERENCE,
			THESIS,
			DATASET,
			LEGISLATION,
			POST,
			ARTICLE,
			DOCUMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Source Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SourceType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Source Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourceType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SourceType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Source Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourceType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SourceType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Source Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourceType get(int value) {
		switch (value) {
			case REPORT_VALUE: return REPORT;
			case ARTICLE_JOURNAL_VALUE: return ARTICLE_JOURNAL;
			case BOOK_VALUE: return BOOK;
			case CHAPTER_VALUE: return CHAPTER;
			case WEBPAGE_VALUE: return WEBPAGE;
			case PAPER_CONFERENCE_VALUE: return PAPER_CONFERENCE;
			case THESIS_VALUE: return THESIS;
			case DATASET_VALUE: return DATASET;
			case LEGISLATION_VALUE: return LEGISLATION;
			case POST_VALUE: return POST;
			case ARTICLE_VALUE: return ARTICLE;
			case DOCUMENT_VALUE: return DOCUMENT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SourceType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //SourceType
