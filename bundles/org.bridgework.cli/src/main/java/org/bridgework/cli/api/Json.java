package org.bridgework.cli.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** One JSON style for every command's {@code --json} output: pretty, stable key order as built. */
public final class Json {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private Json() {
    }

    public static String write(Object value) {
        return GSON.toJson(value);
    }
}
