package org.bridgework.assembly.internal;

import org.bridgework.model.Person;
import org.bridgework.model.Source;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** A source as one CSL-JSON object (fixed key order: deterministic). */
final class CslJson {

    private CslJson() {
    }

    static String of(Source s, String key) {
        JsonObject o = new JsonObject();
        o.addProperty("id", key);
        if (s == null) {
            return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o);
        }
        o.addProperty("type", s.getType() == null ? "document" : s.getType().getLiteral());
        put(o, "title", s.getTitle());
        names(o, "author", s);
        if (!s.getEditors().isEmpty()) {
            JsonArray editors = new JsonArray();
            s.getEditors().forEach(p -> editors.add(person(p)));
            o.add("editor", editors);
        }
        put(o, "container-title", s.getContainerTitle());
        if (s.getIssuedYear() != null) {
            JsonArray parts = new JsonArray();
            parts.add(s.getIssuedYear());
            if (s.getIssuedMonth() != null) {
                parts.add(s.getIssuedMonth());
                if (s.getIssuedDay() != null) {
                    parts.add(s.getIssuedDay());
                }
            }
            JsonArray dateParts = new JsonArray();
            dateParts.add(parts);
            JsonObject issued = new JsonObject();
            issued.add("date-parts", dateParts);
            o.add("issued", issued);
        }
        put(o, "publisher", s.getPublisher());
        put(o, "publisher-place", s.getPublisherPlace());
        put(o, "volume", s.getVolume());
        put(o, "issue", s.getIssue());
        put(o, "page", s.getPages());
        put(o, "DOI", s.getDoi());
        put(o, "URL", s.getUrl());
        put(o, "ISBN", s.getIsbn());
        if (s.getAccessed() != null) {
            JsonArray parts = new JsonArray();
            parts.add(s.getAccessed().getYear());
            parts.add(s.getAccessed().getMonthValue());
            parts.add(s.getAccessed().getDayOfMonth());
            JsonArray dateParts = new JsonArray();
            dateParts.add(parts);
            JsonObject accessed = new JsonObject();
            accessed.add("date-parts", dateParts);
            o.add("accessed", accessed);
        }
        put(o, "note", s.getNote());
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o);
    }

    private static void names(JsonObject o, String field, Source s) {
        if (s.getAuthors().isEmpty()) {
            return;
        }
        JsonArray a = new JsonArray();
        s.getAuthors().forEach(p -> a.add(person(p)));
        o.add(field, a);
    }

    private static JsonObject person(Person p) {
        JsonObject o = new JsonObject();
        if (p.getLiteral() != null && !p.getLiteral().isBlank()) {
            o.addProperty("literal", p.getLiteral().strip());
            return o;
        }
        put(o, "family", p.getFamily());
        put(o, "given", p.getGiven());
        put(o, "non-dropping-particle", p.getNonDroppingParticle());
        put(o, "suffix", p.getSuffix());
        return o;
    }

    private static void put(JsonObject o, String key, String value) {
        if (value != null && !value.isBlank()) {
            o.addProperty(key, value.strip());
        }
    }
}
