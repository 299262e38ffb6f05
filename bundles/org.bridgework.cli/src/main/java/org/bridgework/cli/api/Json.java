package org.bridgework.cli.api;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * One JSON style for every command's {@code --json} output: pretty, stable key order as built. A map made with
 * {@code Map.of} (whose order changes from one run of the JVM to the next) is written with its keys sorted, so the
 * same command gives the same bytes every time.
 */
public final class Json {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .registerTypeAdapterFactory(new StableImmutableMaps()).create();

    private Json() {
    }

    public static String write(Object value) {
        return GSON.toJson(value);
    }

    /** Writes the JDK's immutable maps ({@code Map.of}, {@code Map.copyOf}) with sorted keys; every other map as built. */
    private static final class StableImmutableMaps implements TypeAdapterFactory {
        @Override
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (!Map.class.isAssignableFrom(type.getRawType()) || !type.getRawType().getName().startsWith("java.util.ImmutableCollections$")) {
                return null;
            }
            TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
            return new TypeAdapter<T>() {
                @Override
                @SuppressWarnings("unchecked")
                public void write(JsonWriter out, T value) throws IOException {
                    if (value instanceof Map<?, ?> map && map.keySet().stream().allMatch(String.class::isInstance)) {
                        delegate.write(out, (T) new TreeMap<>(map));
                    } else {
                        delegate.write(out, value);
                    }
                }

                @Override
                public T read(JsonReader in) throws IOException {
                    return delegate.read(in);
                }
            };
        }
    }
}
